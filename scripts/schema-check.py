#!/usr/bin/env python3
"""Checks procedure files against schema/procedure.schema.json with a real JSON Schema validator (Python's
jsonschema, the draft the schema declares in "$schema"). The schema side of the mistake comparison
(Tests/Fixtures/schema-comparison/mistakes.json, run by SchemaComparisonTests); usable on its own too.

    scripts/schema-check.py SCHEMA FILE...

Prints one JSON object a line, {"file": …, "verdict": "accept"|"reject", "error": …}, and exits 0; exits 3 when
jsonschema is not installed. A file that is not strict JSON (a comment, a trailing comma, NaN, Word-style quotes, …)
is "reject", as every JSON Schema validator must first parse it; a key written twice is read as JSON parsers do (the
last one counts), since a schema only sees the parsed value.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(3)


def strict_constant(name):
    raise ValueError(f"{name} is not JSON")


def main(schema_path, files):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                value = json.loads(f.read(), parse_constant=strict_constant)
        except (ValueError, UnicodeDecodeError) as error:
            print(json.dumps({"file": path, "verdict": "reject", "error": f"not JSON: {error}"}, ensure_ascii=False))
            continue
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is None:
            print(json.dumps({"file": path, "verdict": "accept", "error": None}))
        else:
            where = "/" + "/".join(str(p) for p in error.absolute_path)
            print(json.dumps({"file": path, "verdict": "reject", "error": f"{where}: {error.message}"},
                             ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    main(sys.argv[1], sys.argv[2:])
