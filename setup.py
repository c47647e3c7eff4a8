"""Builds scfield with its translations compiled (the rest is in pyproject.toml).

One step is added to the standard build: ``build_catalogues`` compiles the
gettext catalogues (``resources/i18n/core.<lang>.po`` → ``.mo``, with Babel) and
the app's Qt translations (``scfield_<lang>.ts`` → ``.qm``, with the lrelease
that ships in PySide6) into the package, so an installed scfield never compiles
anything at start. In an editable install (``pip install -e .``) the compiled
files are written beside their sources (they are ignored by git).
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build import build

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "resources" / "i18n"


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
        sys.path.insert(0, str(HERE))
        from scfield.catalogues import compile_all

        for path in compile_all(SOURCE, self._target()):
            self.announce(f"compiled {path.name}", level=2)

    def get_source_files(self) -> list[str]:
        sys.path.insert(0, str(HERE))
        from scfield.catalogues import sources

        return [str(p.relative_to(HERE)) for p in sources(SOURCE)]

    def get_outputs(self) -> list[str]:
        sys.path.insert(0, str(HERE))
        from scfield.catalogues import compiled_name, sources

        return [str(self._target() / compiled_name(p)) for p in sources(SOURCE)]

    def get_output_mapping(self) -> dict[str, str]:
        sys.path.insert(0, str(HERE))
        from scfield.catalogues import compiled_name, sources

        return {str(self._target() / compiled_name(p)): str(p) for p in sources(SOURCE)}


build.sub_commands.append(("build_catalogues", None))
setup(cmdclass={"build_catalogues": build_catalogues})
