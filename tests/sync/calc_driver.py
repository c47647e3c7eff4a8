"""Edit a workbook in a running LibreOffice Calc as a person does, then save it as .xlsx.

Run with the system Python that has Debian's ``python3-uno`` (``/usr/bin/python3``),
not the project's virtualenv: ``calc_driver.py PIPE JOB.json``. The job lists
workbooks and, per sheet, what to do: ``["type", "F5", "text"]`` types into a cell
through ``.uno:EnterString`` (Calc decides, as it does for a person, whether the
text becomes a number, a date or a formula); ``["delete_rows", 5, 2]`` selects rows
5–6 and runs *Delete Rows*; ``["insert_rows", 5, 1]`` runs *Insert Rows Above*;
``["sort", "A2:H40", 3]`` sorts a range by its third column.
"""

from __future__ import annotations

import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - soffice still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def main(pipe, job_path):
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    ctx = connect(pipe)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    for book in job:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(book["in"]), "_blank", 0,
                                           (prop("Hidden", True),))
        frame = doc.getCurrentController().getFrame()
        controller = doc.getCurrentController()

        def run(command, *args, frame=frame):
            dispatcher.executeDispatch(frame, command, "", 0, tuple(prop(*a) for a in args))

        for sheet_name, ops in book["sheets"].items():
            sheet = doc.Sheets.getByName(sheet_name)
            controller.setActiveSheet(sheet)
            if book.get("unprotect"):
                sheet.unprotect("")
            for op in ops:
                if op[0] == "type":
                    run(".uno:GoToCell", ("ToPoint", op[1]))
                    run(".uno:EnterString", ("StringName", op[2]))
                elif op[0] == "delete_rows":
                    first, count = op[1], op[2]
                    run(".uno:GoToCell", ("ToPoint", f"A{first}:A{first + count - 1}"))
                    run(".uno:SelectRow")
                    run(".uno:DeleteRows")
                elif op[0] == "insert_rows":
                    first, count = op[1], op[2]
                    run(".uno:GoToCell", ("ToPoint", f"A{first}:A{first + count - 1}"))
                    run(".uno:SelectRow")
                    run(".uno:InsertRowsBefore")
                elif op[0] == "sort":
                    rng = sheet.getCellRangeByName(op[1])
                    field = uno.createUnoStruct("com.sun.star.table.TableSortField")
                    field.Field = op[2] - 1
                    field.IsAscending = True
                    rng.sort((prop("SortFields", (field,)), prop("ContainsHeader", False)))
                else:
                    raise ValueError(f"unknown operation {op[0]}")
            if book.get("unprotect"):
                sheet.protect("")
        doc.storeToURL(uno.systemPathToFileUrl(book["out"]),
                       (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
