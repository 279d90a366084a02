"""Runs the reference SSDA903 validator (data-to-insight/csc-validator-be-903) on a folder of 903
CSV files, for the benchmark (bench/ssda903.ts) and docs/903-validator-differences.md. The
validator's source is not part of Cairn: it is put on PYTHONPATH from a directory outside the
repository, with stub modules for its two reference-data packages (authorities and postcodes),
which cannot be installed here (research/standards.md §7.2). With the stubs the postcode-derived
fields are empty, so the distance and placement-LA rules flag nothing on either side.

  python3 ssda903Reference.py <csv folder> <ruleset> <collection year> <out.json> [<last year folder>]

Times what its LacValidator does (read the files, build the datastore, run every rule of the
ruleset) and writes, per rule, the number of distinct children flagged.
"""
import importlib
import json
import logging
import os
import sys
import time

logging.disable(logging.CRITICAL)

from lac_validator import lac_validator  # noqa: E402
from lac_validator.report import Report  # noqa: E402


def files_in(folder: str, description: str) -> list:
    out = []
    for name in sorted(os.listdir(folder)):
        if name.lower().endswith(".csv"):
            with open(os.path.join(folder, name), "rb") as f:
                out.append(dict(name=name, description=description, file_content=f.read()))
    return out


def main(folder: str, ruleset: str, year: str, out: str, last: str = "") -> None:
    started = time.perf_counter()
    files = files_in(folder, "This year") + (files_in(last, "Prev year") if last else [])
    registry = importlib.import_module(f"lac_validator.rules.{ruleset}").registry
    v = lac_validator.LacValidator(metadata={"collectionYear": year, "localAuthority": "E06000016"}, files=files, registry=registry)
    report = Report(v.ds_results, registry).report
    seconds = time.perf_counter() - started
    flagged = {}
    for col in [c for c in report.columns if c.startswith("ERR_")]:
        children = report.loc[report[col] == True, "CHILD"].dropna().nunique()  # noqa: E712
        if children:
            flagged[col[4:]] = int(children)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"seconds": seconds, "rules": len(registry), "failed": v.fails, "flagged": flagged}, f)


if __name__ == "__main__":
    main(*sys.argv[1:6])
