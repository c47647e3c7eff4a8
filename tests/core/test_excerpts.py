"""Excerpts for one-line displays: search hits and where two values differ."""

from __future__ import annotations

from scfield.excerpts import around, differing, differing_values

NOTE = ("The city has a flood response plan since 2019, but the sensors along the river are "
        "not connected to the control room; the mayor wants a dashboard before the rainy "
        "season of 2026 and the budget is not yet approved.")


def test_around_shows_about_80_characters_cut_at_words() -> None:
    text = around(NOTE, "RAINY season")
    assert "[rainy season]" in text
    assert text.startswith("…") and text.endswith("…")
    body = text.strip("…")
    assert 70 <= len(body) <= 110
    for word in body.replace("[", "").replace("]", "").split():
        assert word in NOTE.split()  # no word cut in half


def test_around_at_the_start_and_end_and_in_short_notes() -> None:
    assert around(NOTE, "the city").startswith("[The city] has a flood response plan")
    assert around(NOTE, "approved").endswith("[approved].")
    assert around("short note", "NOTE") == "short [note]"
    assert around("a\nnote  on\ttwo lines", "note") == "a [note] on two lines"
    assert around(NOTE, "not in it") == NOTE[:NOTE.index(" not connected")] + "…"


def test_around_japanese_without_spaces() -> None:
    note = "洪水対応計画はあるが、河川のセンサーは管制室に接続されていない。" * 4
    text = around(note, "管制室")
    assert "[管制室]" in text and len(text) <= 90


def test_differing_shows_a_change_at_the_end_of_a_long_note() -> None:
    new = NOTE.replace("approved.", "approved by the council in March.")
    old_shown, new_shown = differing(NOTE, new)
    assert old_shown == "…budget is not yet approved."
    assert new_shown == "…budget is not yet approved by the council in March."


def test_differing_in_the_middle_keeps_context_on_both_sides() -> None:
    new = NOTE.replace("the sensors", "the water-level sensors")
    old_shown, new_shown = differing(NOTE, new)
    assert old_shown == "…since 2019, but the sensors along the river…"
    assert new_shown == "…since 2019, but the water-level sensors along the river…"


def test_differing_short_values_whole_and_long_changes_cut_in_their_middle() -> None:
    assert differing("small", "smaller") == ("small", "smaller")
    assert differing_values(None, "x") == ("(empty)", "x")
    assert differing_values("x", None) == ("x", "(empty)")
    other = "Completely different. " * 10
    old_shown, new_shown = differing(NOTE, other)
    assert " … " in old_shown and " … " in new_shown
    assert len(old_shown) < len(NOTE) and len(new_shown) < len(other)
