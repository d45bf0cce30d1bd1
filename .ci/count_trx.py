#!/usr/bin/env python3
"""Counts test outcomes from the TRX files in a folder and prints 'N passed, N failed, N skipped'."""
import sys, pathlib, xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
folder = pathlib.Path(sys.argv[1])
passed = failed = skipped = 0
files = sorted(folder.rglob("*.trx"))
for trx in files:
    root = ET.parse(trx).getroot()
    for result in root.iter(NS + "UnitTestResult"):
        outcome = result.get("outcome", "")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive", "Pending", "Disconnected", "Warning"):
            skipped += 1
        else:
            failed += 1
if not files:
    print("no TRX results found in", folder, file=sys.stderr)
    failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
