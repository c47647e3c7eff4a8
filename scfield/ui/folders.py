"""File names and the folder file dialogs open in: shared by every dialog that reads or
writes a file (workbooks, reports, the audit export), so none of them has to import
another dialog module for it."""

from __future__ import annotations

import re
from pathlib import Path


def last_folder() -> Path:
    """Where the previous file dialog was answered (workbooks come back in batches)."""
    from scfield.ui.i18n import settings

    folder = Path(str(settings().value("files/last_folder", "") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: str | Path) -> None:
    from scfield.ui.i18n import settings

    path = Path(path)
    settings().setValue("files/last_folder", str(path if path.is_dir() else path.parent))


def file_name(title: str, suffix: str) -> str:
    """A file name from an assessment title: characters no file system accepts removed."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title).strip(" .") or "assessment"
    return f"{name}{suffix}"


def with_suffix(path: str | Path, suffix: str) -> Path:
    """The dialog may return a name without its extension; the writers insist on one."""
    path = Path(path)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
