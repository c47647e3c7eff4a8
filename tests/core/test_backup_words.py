"""A backup's reason and sizes as each language writes them (``scfield backups``, the
Backups window, a full disk's refusal); the stored label and English stay as they were."""

from __future__ import annotations

import pytest

from scfield.errors import N_, DiskFull
from scfield.messages import messages
from scfield.store.backups import REASONS, Size, human_size, reason_text


@pytest.mark.parametrize(("n", "en", "fr", "ja"), [
    (0, "0 bytes", "0 octet", "0 バイト"),
    (1, "1 byte", "1 octet", "1 バイト"),
    (900, "900 bytes", "900 octets", "900 バイト"),
    (1536, "1.5 KiB", "1,5 Kio", "1.5 KiB"),
    (3.4 * 2**20, "3.4 MiB", "3,4 Mio", "3.4 MiB"),
    (5 * 2**30, "5.0 GiB", "5,0 Gio", "5.0 GiB"),
    (3 * 2**40, "3072.0 GiB", "3072,0 Gio", "3072.0 GiB"),
])
def test_sizes_in_each_language(n: float, en: str, fr: str, ja: str) -> None:
    assert human_size(n) == en
    assert [human_size(n, messages(code)) for code in ("fr", "ja")] == [fr, ja]
    assert human_size(n, messages("es")) == en.replace(".", ",")


def test_reasons_are_words_and_unknown_labels_stay() -> None:
    assert str(reason_text("before-import")) == "before an import"
    assert reason_text("before-delete").render(messages("fr")) == "avant une suppression"
    assert reason_text("before-restore").render(messages("ja")) == "復元の前"
    assert all(reason_text(label).render(messages("es")) != str(reason_text(label))
               for label in REASONS)
    assert reason_text("manual-2025").render(messages("fr")) == "manual-2025"


def test_a_full_disk_names_the_sizes_in_the_reader_s_language() -> None:
    err = DiskFull(N_("{path}: not enough free space for the {label} backup: it needs "
                      "{needed}, the disk has {free} free; nothing was changed. Free some "
                      "space (or delete old backups there) and try again"),
                   path="/data/backups", label="before-import", needed=Size(5 * 2**20),
                   free=Size(3000))
    assert "it needs 5.0 MiB, the disk has 2.9 KiB free" in str(err)
    assert "il faut 5,0 Mio, le disque a 2,9 Kio de libre" in err.render("fr")
    assert "5.0 MiB 必要ですが、ディスクの空きは 2.9 KiB" in err.render("ja")
