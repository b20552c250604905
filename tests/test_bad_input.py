"""Bad input never gives a traceback or touches the file: a finding or exit 2, and the run goes on."""

from __future__ import annotations

import codecs
import json

GOOD = "---\ntitle: Engineer\nlocation: Remote\n---\nWe are hiring an engineer to build our product.\n"


def _write(folder, name, data):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _json(cli, *args):
    code, out, err = cli("check", "--format", "json", *args)
    assert "Traceback" not in out + err
    return code, json.loads(out), err


def test_each_kind_of_bad_file_is_a_finding_and_others_still_run(cli, tmp_path):
    files = {
        "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "latin1.md": "---\ntitle: Développeur\n---\nSalaire : 45 000 € brut\n".encode("cp1252"),
        "utf16.md": codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
        "empty.md": b"",
        "unclosed.md": b"---\ntitle: Engineer\nWe are hiring.\n",
        "yaml_error.md": b"---\ntitle: Engineer: Payments\nlocation: Remote\n---\nWe are hiring.\n",
        "dupes.md": b"---\ntitle: A\nlocation: Denver\nlocation: Remote\n---\nWe are hiring.\n",
        "good.md": GOOD.encode(),
    }
    before = {}
    for name, data in files.items():
        before[name] = _write(tmp_path, name, data).read_bytes()
    code, found, err = _json(cli, ".", "--select", "format")
    by_file = {}
    for item in found:
        by_file.setdefault(item["path"], []).append((item["code"], item["line"]))
    assert ("JD001", 1) in by_file["binary.md"]
    assert ("JD004", 2) in by_file["latin1.md"]
    assert "utf16.md" not in by_file  # decoded fine
    assert ("JD005", 1) in by_file["empty.md"]
    assert ("JD002", 1) in by_file["unclosed.md"]
    assert ("JD002", 2) in by_file["yaml_error.md"]
    assert ("JD003", 4) in by_file["dupes.md"]
    assert "good.md" not in by_file
    assert code == 1
    for name, data in before.items():  # jdlint never writes to a posting
        assert (tmp_path / name).read_bytes() == data


def test_huge_file_is_skipped_with_a_finding_not_read(cli, tmp_path):
    huge = tmp_path / "huge.md"
    with open(huge, "wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    _write(tmp_path, "good.md", GOOD)
    code, found, _ = _json(cli, ".", "--select", "format")
    assert [(f["path"], f["code"]) for f in found] == [("huge.md", "JD001")]
    assert "100 MB" in found[0]["message"]


def test_missing_path_is_exit_2_but_other_files_are_checked(cli, tmp_path):
    _write(tmp_path, "bad.md", "---\ntitle: A\ntitle: B\n---\nText here.\n")
    code, out, err = cli("check", "--format", "json", "--select", "format", "nope.md", "bad.md")
    assert code == 2
    assert "nope.md: no such file or folder" in err
    assert [f["code"] for f in json.loads(out)] == ["JD003"]


def test_folder_without_postings_is_exit_2(cli, tmp_path):
    (tmp_path / "assets").mkdir()
    _write(tmp_path / "assets", "logo.png", b"\x89PNG")
    code, out, err = cli("check", "assets")
    assert code == 2 and "no postings found" in err


def test_stdin_with_filename(cli, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"---\ntitle: A\ntitle: B\n---\nHello.\n")))
    code, out, err = cli("check", "-", "--stdin-filename", "jobs/a.md", "--format", "json", "--select", "JD003")
    assert code == 1 and json.loads(out)[0]["path"] == "jobs/a.md"

