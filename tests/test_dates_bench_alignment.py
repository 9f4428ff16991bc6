"""The benchmark maps gold spans of an original text onto the re-flowed body the pipeline wrote."""

from __future__ import annotations

from bench.dates import OffsetMap, accuracy, value_shape


def test_span_survives_re_flowed_lines():
    original = "The envoy left on\nTuesday   this week, officials said."
    body = "The envoy left on Tuesday this week, officials said."
    start = original.index("Tuesday")
    end = original.index("week") + len("week")
    s, e = OffsetMap(original, body).span(start, end)
    assert body[s:e] == "Tuesday this week"


def test_span_survives_a_dropped_line_before_it():
    original = "Share this story\nThe talks ended on Friday."
    body = "The talks ended on Friday."
    start = original.index("Friday")
    s, e = OffsetMap(original, body).span(start, start + len("Friday"))
    assert body[s:e] == "Friday"


def test_span_of_dropped_text_is_lost():
    original = "Advertisement on Monday\nThe talks ended."
    body = "The talks ended."
    start = original.index("Monday")
    assert OffsetMap(original, body).span(start, start + len("Monday")) is None


def test_value_shapes():
    assert [value_shape(v) for v in ("2024-01-09", "2024-W02", "2024-01", "2024", "PRESENT_REF", None)] == [
        "day",
        "week",
        "month",
        "year",
        "other",
        "other",
    ]


def test_accuracy_counts_like_htmldate():
    result = accuracy(["2024-01-01", None, "2024-01-03", None], ["2024-01-01", "2024-01-02", "2024-01-04", None])
    assert (result["tp"], result["fn"], result["fp"], result["tn"], result["accuracy"]) == (1, 1, 1, 1, 0.5)


def test_one_tempeval_document_in_five_is_held_out_by_its_name():
    from bench.dates import in_held_out_fold

    names = [f"wsj_{i:04d}" for i in range(1000)]
    held = [n for n in names if in_held_out_fold(n)]
    assert 150 < len(held) < 250
    assert held == [n for n in names if in_held_out_fold(n)]  # the same split every run
