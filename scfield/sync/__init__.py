"""Field ↔ office sync through Excel workbooks (export, import, three-way merge)."""
