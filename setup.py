"""Builds scfield with its translations compiled (the rest is in pyproject.toml).

One step is added to the standard build: ``build_catalogues`` compiles the
gettext catalogues (``resources/i18n/core.<lang>.po`` → ``.mo``, with Babel) and
the app's Qt translations (``scfield_<lang>.ts`` → ``.qm``, with the lrelease
that ships in PySide6) into the package, so an installed scfield never compiles
anything at start. In an editable install (``pip install -e .``) the compiled
files are written beside their sources (they are ignored by git).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build import build

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "resources" / "i18n"


def _catalogues():  # noqa: ANN202 - the module scfield/catalogues.py
    """``scfield/catalogues.py`` loaded by its path: the build environment has only
    setuptools, Babel and PySide6, so the scfield package itself (whose root registers
    the database schema) is never imported while building."""
    spec = importlib.util.spec_from_file_location("_scfield_catalogues",
                                                  HERE / "scfield" / "catalogues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogues = _catalogues()


class build_catalogues(Command):  # noqa: N801 - setuptools names commands in snake case
    description = "compile the gettext (.po) and Qt (.ts) translations"
    user_options: list = []
    editable_mode = False

    def initialize_options(self) -> None:
        self.build_lib: str | None = None

    def finalize_options(self) -> None:
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def _target(self) -> Path:
        if self.editable_mode:
            return SOURCE
        return Path(self.build_lib) / "scfield" / "resources" / "i18n"

    def run(self) -> None:
        for path in catalogues.compile_all(SOURCE, self._target()):
            self.announce(f"compiled {path.name}", level=2)

    def get_source_files(self) -> list[str]:
        return [str(p.relative_to(HERE)) for p in catalogues.sources(SOURCE)]

    def get_outputs(self) -> list[str]:
        return list(self.get_output_mapping())

    def get_output_mapping(self) -> dict[str, str]:
        return {str(self._target() / catalogues.compiled_name(p)): str(p)
                for p in catalogues.sources(SOURCE)}


build.sub_commands.append(("build_catalogues", None))
setup(cmdclass={"build_catalogues": build_catalogues})
