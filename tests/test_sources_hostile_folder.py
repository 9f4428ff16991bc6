"""The chaos benchmark's hostile-input folder, read by the source stage alone: nothing lost, quickly."""

from __future__ import annotations

import time
from pathlib import Path

from bench.chaos import hostile_files
from pipeline.sources.files import read_input_folder
from pipeline.sources.records import RawRecord, Rejection


def test_every_record_of_the_hostile_folder_is_read_or_rejected_quickly(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("never read me", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    files = hostile_files(secret, bomb_inflated_bytes=64 * 1024 * 1024)
    for item in files:
        (folder / item.name).write_bytes(item.data)

    started = time.monotonic()
    records, rejections = read_input_folder(folder)
    elapsed = time.monotonic() - started

    by_file: dict[str, list[RawRecord | Rejection]] = {}
    for item in [*records, *rejections]:
        by_file.setdefault(item.input_path, []).append(item)
    lost = []
    for item in files:
        got = by_file.get(item.name, [])
        whole_file_rejected = any(isinstance(g, Rejection) and g.record_index == -1 for g in got)
        if not whole_file_rejected and len({g.record_index for g in got}) != item.records:
            lost.append(item.name)
    assert lost == []
    assert sorted(name for name, got in by_file.items() if all(isinstance(g, Rejection) for g in got)) == [
        "binary_with_text_extension.txt",
        "deep_nesting.html",
        "empty.html",
        "external_entities.xml",
        "gzip_bomb.txt.gz",
        "not_gzip.html.gz",
        "report.pdf",
        "truncated.html.gz",
        "unknown_type.xyz",
        "whitespace_only.txt",
    ]
    assert not any("never read me" in r.content for r in records)
    assert elapsed < 5.0
