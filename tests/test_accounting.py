"""The accounting that proves nothing is lost."""

import pandas as pd

from pipeline.accounting import account, input_files


def _raw(*ids: str) -> pd.DataFrame:
    return pd.DataFrame({"record_id": list(ids), "input_path": [f"{i}.txt" for i in ids]})


def test_all_records_in_articles_or_rejected_passes() -> None:
    tally = account(
        ["a.txt", "b.txt"],
        _raw("a", "b"),
        pd.DataFrame({"record_id": ["a"]}),
        pd.DataFrame({"record_id": ["b"], "input_path": ["b.txt"]}),
    )
    assert tally.passed
    assert (tally.records_in, tally.records_in_articles, tally.records_rejected) == (2, 1, 1)


def test_a_record_in_neither_table_is_reported_lost() -> None:
    tally = account(
        ["a.txt", "b.txt"],
        _raw("a", "b"),
        pd.DataFrame({"record_id": ["a"]}),
        pd.DataFrame(columns=["record_id", "input_path"]),
    )
    assert not tally.passed
    assert tally.lost_records == ["b"]


def test_a_file_never_read_nor_rejected_is_reported_lost() -> None:
    tally = account(
        ["a.txt", "ghost.html"],
        _raw("a"),
        pd.DataFrame({"record_id": ["a"]}),
        pd.DataFrame(columns=["record_id", "input_path"]),
    )
    assert tally.lost_files == ["ghost.html"]


def test_input_files_skip_manifests_and_hidden_files(tmp_path) -> None:
    for name in ["a.txt", "manifest.csv", ".hidden", "sub/b.html"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert input_files(tmp_path, "2024-03-04/") == ["2024-03-04/a.txt", "2024-03-04/sub/b.html"]


def test_a_day_rejecting_far_more_than_usual_is_flagged() -> None:
    from pipeline.accounting import rejected_share_jumps

    [result] = rejected_share_jumps({"2024-03-08": 0.5}, {"2024-03-06": 0.1, "2024-03-07": 0.1})
    assert result.jumped and result.baseline == 0.1


def test_a_steady_rejected_share_is_not_flagged() -> None:
    from pipeline.accounting import rejected_share_jumps

    [result] = rejected_share_jumps({"2024-03-08": 0.25}, {"2024-03-06": 0.2, "2024-03-07": 0.3})
    assert not result.jumped


def test_the_first_day_has_no_baseline_and_the_next_is_compared_with_it() -> None:
    from pipeline.accounting import rejected_share_jumps

    results = rejected_share_jumps({"2024-03-08": 0.5, "2024-03-09": 0.1, "2024-03-10": 0.9}, {})
    assert [r.jumped for r in results] == [False, False, True]


def test_rejections_are_logged_as_one_structured_line() -> None:
    from pipeline.accounting import rejection_log_line

    line = rejection_log_line("2024-03-04", "2024-03-04/a b.txt", -1, "load", 'empty "file"')
    assert line == (
        'event=rejected day="2024-03-04" input_path="2024-03-04/a b.txt" record_index=-1 stage="load" '
        'reason="empty \\"file\\""'
    )
