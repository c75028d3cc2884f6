#!/usr/bin/env python3
"""Checks topics/: each schema is a valid JSON Schema (draft 2020-12), each example validates against its schema
(formats such as date-time included), and topic files, schemas and examples name the same message types.

    python3 scripts/check-schemas.py [scenario.jsonl ...]

Scenario files given as arguments get every line's `data` validated too. Prints "N schemas, N examples valid"
and exits 0, or lists every problem and exits 1. Needs the `jsonschema` package (with `rfc3339-validator`, or
date-time is not checked).
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ID_PREFIX = "https://schemas.jiuyuan-power.example/complaints/"

topics_dir = pathlib.Path(__file__).resolve().parent.parent / "topics"
problems = []


def load(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        problems.append(f"{path}: not valid JSON: {error}")
        return None


def relative(path):
    return path.relative_to(topics_dir.parent)


# Types the topic files declare: the catalogue the services use.
declared = {}
for path in sorted(topics_dir.glob("*.json")):
    topic = load(path)
    if topic is None:
        continue
    if topic.get("name") + ".json" != path.name:
        problems.append(f"{relative(path)}: name {topic.get('name')!r} does not match the file name")
    for ce_type in topic.get("types", []):
        if ce_type in declared:
            problems.append(f"{relative(path)}: {ce_type} is also declared by {declared[ce_type]}")
        declared[ce_type] = topic.get("name")

validators = {}
for path in sorted((topics_dir / "schemas").glob("*.schema.json")):
    ce_type = path.name.removesuffix(".schema.json")
    schema = load(path)
    if schema is None:
        continue
    if schema.get("$schema") != DRAFT:
        problems.append(f"{relative(path)}: $schema must be {DRAFT}")
    if schema.get("$id") != f"{ID_PREFIX}{ce_type}.json":
        problems.append(f"{relative(path)}: $id must be {ID_PREFIX}{ce_type}.json")
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        problems.append(f"{relative(path)}: not a valid draft 2020-12 schema: {error.message}")
        continue
    validators[ce_type] = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate(ce_type, data, where):
    validator = validators.get(ce_type)
    if validator is None:
        problems.append(f"{where}: no valid schema for type {ce_type!r}")
        return False
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    for error in errors:
        location = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        problems.append(f"{where}: {location}: {error.message}")
    return not errors


valid_examples = 0
example_types = set()
for path in sorted((topics_dir / "examples").glob("*.json")):
    ce_type = path.name.removesuffix(".json")
    example_types.add(ce_type)
    data = load(path)
    if data is not None and validate(ce_type, data, relative(path)):
        valid_examples += 1

schema_types = {p.name.removesuffix(".schema.json") for p in (topics_dir / "schemas").glob("*.schema.json")}
for ce_type in sorted(set(declared) - schema_types):
    problems.append(f"topics/schemas/{ce_type}.schema.json: missing (declared by {declared[ce_type]})")
for ce_type in sorted(schema_types - set(declared)):
    problems.append(f"topics/schemas/{ce_type}.schema.json: no topic file declares {ce_type}")
for ce_type in sorted(schema_types - example_types):
    problems.append(f"topics/examples/{ce_type}.json: missing")
for ce_type in sorted(example_types - schema_types):
    problems.append(f"topics/examples/{ce_type}.json: no schema for {ce_type}")

scenario_lines = 0
for name in sys.argv[1:]:
    for number, line in enumerate(pathlib.Path(name).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        event = json.loads(line)
        if "data" not in event:
            continue  # clock-only lines and deliberately raw (bad) messages
        if declared.get(event.get("type")) != event.get("topic"):
            problems.append(f"{name}:{number}: type {event.get('type')!r} is not carried by {event.get('topic')!r}")
        validate(event.get("type"), event["data"], f"{name}:{number}")
        scenario_lines += 1

if problems:
    print("\n".join(problems), file=sys.stderr)
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    sys.exit(1)
suffix = f", {scenario_lines} scenario events" if sys.argv[1:] else ""
print(f"{len(validators)} schemas, {valid_examples} examples valid{suffix}")
