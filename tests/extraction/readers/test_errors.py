from __future__ import annotations

from pathlib import Path

import pytest

from dondoc.extraction.errors import ReadError
from dondoc.extraction.readers import read_document


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "rong.txt", "tệp rỗng"),
        (b"   \n\n ", "trang.txt", "tệp rỗng"),
        (b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 50, "rac.bin", "không phải văn bản"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "anh.txt", "không phải văn bản"),
        (b"MZ\x90\x00" + bytes(100), "chuongtrinh.docx", "không phải văn bản"),
        (b"%PDF-1.4\n garbage", "hong.pdf", "tệp PDF bị hỏng"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "cu.doc", "định dạng .doc cũ"),
        (b"just text", "x.docx", "tệp .docx bị hỏng"),
    ],
)
def test_bad_input_is_a_read_error_naming_the_file(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(ReadError) as err:
        read_document(data, name)
    assert reason in err.value.reason
    assert name in str(err.value)


def test_a_file_over_the_limit_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(ReadError) as err:
        read_document(path, max_bytes=1024)
    assert "tệp quá lớn" in err.value.reason
    assert "lon.txt" in str(err.value)


def test_a_missing_path_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="không mở được"):
        read_document(tmp_path / "khong-co.txt")


def test_the_default_limit_is_named_in_megabytes() -> None:
    with pytest.raises(ReadError, match=r"tối đa 1 MB"):
        read_document(b"a" * (1024 * 1024 + 1), "lon.txt", max_bytes=1024 * 1024)
