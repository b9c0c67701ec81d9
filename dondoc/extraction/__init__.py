"""Reading and understanding directives. Pure: no database, no web, no settings."""

from dondoc.extraction.errors import ReadError
from dondoc.extraction.model import Extraction
from dondoc.extraction.pipeline import extract

__all__ = ["Extraction", "ReadError", "extract"]
