"""Runs the reference CIN validator (data-to-insight/csc-validator-be-cin) on one census file,
for the benchmark (bench/cinCensus.ts). The validator's source is not part of Cairn: it is put on
PYTHONPATH from a directory outside the repository.

  python3 cinReference.py <census.xml> <ruleset> <out.json>

Times what its CLI `run` command does (parse the XML, build its tables, run every rule of the
ruleset, attach each issue to its child) and writes, per rule, the number of distinct children
flagged: the `children` column of shared/standards/generated/cin_validator_expected_rule_hits.csv.
LA-level and header issues name no child and are left out there too.
"""
import importlib
import json
import sys
import time
import xml.etree.ElementTree as ET

from cin_validator import cin_validator


def main(path: str, ruleset: str, out: str) -> None:
    started = time.perf_counter()
    root = ET.parse(path).getroot()
    data = cin_validator.process_data(cin_validator.convert_data(root))
    registry = importlib.import_module(f"cin_validator.rules.{ruleset}").registry
    validator = cin_validator.CinValidator(data, registry)
    seconds = time.perf_counter() - started
    issues = validator.full_issue_df.dropna(subset=["child_id"])
    flagged = issues.groupby("rule_code")["child_id"].nunique()
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"seconds": seconds, "rules": len(registry), "flagged": {str(k): int(n) for k, n in flagged.items()}}, f)


if __name__ == "__main__":
    main(*sys.argv[1:4])
