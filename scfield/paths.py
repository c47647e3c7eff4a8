"""Where scfield keeps things: the default database, backups, bundled resources."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

APP_NAME = "scfield"
DB_ENV = "SCFIELD_DB"


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``SCFIELD_DB`` names one.

    platformdirs gives the per-user data folder each OS expects
    (``~/.local/share/scfield`` on Linux, ``%LOCALAPPDATA%\\scfield`` on Windows,
    ``~/Library/Application Support/scfield`` on macOS).
    """
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "scfield.sqlite"


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``SCFIELD_DB``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def _data_root(package: str, folder: str) -> Path:
    """Where a top-level data folder is, installed or in a source checkout.

    ``pip install .`` installs ``resources/`` and ``forms/`` as the packages
    ``scfield.resources`` and ``scfield.forms``; running from a checkout (or an
    editable install) finds them beside the ``scfield`` folder.
    """
    checkout = Path(__file__).resolve().parent.parent / folder
    if checkout.is_dir():
        return checkout
    # They are namespace packages (data only, no __init__.py): importlib.resources
    # would hand back a MultiplexedPath, so ask the import system for the folder.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"scfield is installed without its {folder}/ folder")
    return Path(next(iter(spec.submodule_search_locations)))


def resource_path(*parts: str) -> Path:
    """A file shipped in ``resources/`` (framework file, demo data, fonts, icons, styles)."""
    return _data_root("scfield.resources", "resources").joinpath(*parts)


def form_path(name: str) -> Path:
    """A Qt Designer ``.ui`` file shipped in ``forms/``."""
    return _data_root("scfield.forms", "forms") / name


def default_framework_path() -> Path:
    return resource_path("frameworks", "jica-smart-city-approach.toml")
