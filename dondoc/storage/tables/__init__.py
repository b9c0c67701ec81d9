"""ORM mappings, one module per aggregate. Importing this package registers every table."""

from dondoc.storage.tables.agencies import AgencyMemberRow, AgencyRow
from dondoc.storage.tables.audit import AuditEntryRow, AuditHeadRow
from dondoc.storage.tables.documents import DocumentRow
from dondoc.storage.tables.progress import AttachmentRow, ProgressReportRow
from dondoc.storage.tables.tasks import AssignmentRow, ExtensionRow, TaskAgencyRow, TaskRow
from dondoc.storage.tables.users import UserRow

__all__ = [
    "AgencyMemberRow",
    "AgencyRow",
    "AssignmentRow",
    "AttachmentRow",
    "AuditEntryRow",
    "AuditHeadRow",
    "DocumentRow",
    "ExtensionRow",
    "ProgressReportRow",
    "TaskAgencyRow",
    "TaskRow",
    "UserRow",
]
