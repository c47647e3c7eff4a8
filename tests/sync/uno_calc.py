"""Open a password-protected workbook in a real LibreOffice Calc, type into a cell as a
person does, and save it as .xlsx. Run with Debian's python3 (python3-uno), not the venv:

    /usr/bin/python3 tests/sync/uno_calc.py IN.xlsx PASSWORD OUT.xlsx SHEET COLUMN TEXT

Prints JSON: the sheet's header row and the text of the first data row's COLUMN cell as
Calc read it, or {"error": ...} when Calc refused to open the file.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]
from com.sun.star.lang import IllegalArgumentException  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe: str, deadline: float) -> object:
    """Calc's component context once its pipe accepts connections (it starts in ~2 s)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)  # polling the pipe until soffice listens


def main(source: str, password: str, out: str, sheet: str, column: str, text: str) -> int:
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    pipe = f"scfield-test-{profile.name}"
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--nologo", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        ctx = connect(pipe, time.monotonic() + 120)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        url = uno.systemPathToFileUrl(str(Path(source).resolve()))
        error = ""
        try:
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (
                prop("Hidden", True), prop("Password", password), prop("ReadOnly", False)))
        except IllegalArgumentException as exc:  # a wrong password: "type detection aborted"
            doc, error = None, exc.Message
        if doc is None:
            print(json.dumps({"error": error or "Calc did not open the file"}))
            return 0
        ws = doc.Sheets.getByName(sheet)
        header = [ws.getCellByPosition(c, 0).getString() for c in range(30)]
        header = [h for h in header if h]
        col = header.index(column)
        cell = ws.getCellByPosition(col, 1)
        before = cell.getString()
        controller = doc.getCurrentController()
        controller.setActiveSheet(ws)
        controller.select(cell)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        dispatcher.executeDispatch(controller.getFrame(), ".uno:EnterString", "", 0,
                                   (prop("StringName", text),))
        after = ws.getCellByPosition(col, 1).getString()
        doc.storeToURL(uno.systemPathToFileUrl(str(Path(out).resolve())),
                       (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        print(json.dumps({"header": header, "before": before, "after": after},
                         ensure_ascii=False))
        return 0
    finally:
        if desktop is not None:
            with contextlib.suppress(Exception):  # Calc may already be gone
                desktop.terminate()
        office.wait(timeout=60)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
