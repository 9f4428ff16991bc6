"""The published eventness threshold is chosen by a rule fixed in advance: the highest out-of-fold F0.5."""

import pytest

from bench.train_eventness import chosen_threshold, f_beta


def test_f_half_weighs_precision_twice_as_much_as_recall():
    assert f_beta(0.5, 0.5) == pytest.approx(0.5)
    assert f_beta(0.8, 0.2) == pytest.approx(0.5)  # 1.25 * 0.16 / (0.2 + 0.2)
    assert f_beta(0.2, 0.8) == pytest.approx(0.2353, abs=1e-4)
    assert f_beta(None, 0.3) == 0.0
    assert f_beta(0.6, 0.0) == 0.0


def test_the_threshold_with_the_highest_f_half_is_chosen_and_the_lower_of_equals():
    table = {
        "0.2": {"threshold": 0.2, "precision": 0.42, "recall_upper_bound": 0.27},
        "0.3": {"threshold": 0.3, "precision": 0.51, "recall_upper_bound": 0.23},
        "0.4": {"threshold": 0.4, "precision": 0.55, "recall_upper_bound": 0.16},
    }
    assert chosen_threshold(table) == 0.3
    table["0.25"] = {"threshold": 0.25, "precision": 0.51, "recall_upper_bound": 0.23}
    assert chosen_threshold(table) == 0.25
