"""One LibreOffice Calc per test module, driven through Python-UNO (``calc_driver.py``).

Calc is started headless with a private profile and a named pipe; each ``edit_in_calc``
call runs the driver with the system Python (Debian's ``python3-uno``), which types,
deletes rows and saves the workbooks as .xlsx, as a person does in Calc.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
SYSTEM_PYTHON = "/usr/bin/python3"
DRIVER = Path(__file__).with_name("calc_driver.py")


def uno_available() -> bool:
    if SOFFICE is None or not os.path.exists(SYSTEM_PYTHON):
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True,
                          check=False).returncode == 0


needs_calc = pytest.mark.skipif(not uno_available(), reason="LibreOffice Calc with Python-UNO "
                                "is not installed: apt-get install -y libreoffice-calc "
                                "python3-uno")


class Calc:
    """A running headless Calc; ``edit`` applies a job and returns the saved files."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.pipe = f"scfield-{uuid.uuid4().hex[:12]}"
        self.proc = subprocess.Popen(
            [SOFFICE, f"-env:UserInstallation=file://{workdir / 'lo-profile'}", "--headless",
             "--invisible", "--nologo", "--norestore",
             f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def edit(self, books: list[dict[str, Any]]) -> None:
        """``books``: [{"in": path, "out": path, "sheets": {"Evidence": [ops…]}}]."""
        job = self.workdir / f"job-{uuid.uuid4().hex[:8]}.json"
        job.write_text(json.dumps([{k: (str(v) if isinstance(v, Path) else v)
                                    for k, v in b.items()} for b in books]),
                       encoding="utf-8")
        proc = subprocess.run([SYSTEM_PYTHON, str(DRIVER), self.pipe, str(job)],
                              capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr[-3000:]

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
