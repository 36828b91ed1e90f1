import Foundation

/// Validates JSON documents against the schemas in `Schemas/` with Python's
/// `jsonschema` (Draft 2020-12, formats checked), so the schemas are tested
/// by an independent implementation rather than by our own decoder.
///
/// A document may be changed before validation by patches at JSON Pointers;
/// that is how the tests make broken variants of one fixture.
enum SchemaCheck {
    /// One document to validate. `schema` is `filing`, `registry` or
    /// `findings`, or `nil` to pick by the document: its `schema` member,
    /// else findings (an array is validated element by element). A path
    /// ending in `.json` names any other schema (such as SARIF's), validated
    /// with the draft its `$schema` declares.
    struct Case: Encodable {
        var schema: String?
        var instance: String
        var patches: [Patch] = []
    }

    /// Replaces (or adds) the value at `pointer` with the JSON text `json`, or
    /// removes it when `json` is `nil`.
    struct Patch: Encodable, CustomStringConvertible {
        var pointer: String
        var json: String?
        var description: String { "\(pointer) = \(json ?? "(removed)")" }
    }

    /// What Python reported: problems with the schemas themselves
    /// (`check_schema`), and one list of error messages per case.
    struct Report: Decodable {
        var schemaErrors: [String: String]
        var results: [[String]]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs all `cases` in one Python process.
    static func run(_ cases: [Case]) throws -> Report {
        let request = String(decoding: try JSONEncoder().encode(cases), as: UTF8.self)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, TestFiles.schemas.path, request]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 jsonschema failed (\(process.terminationStatus)): "
                + String(decoding: message, as: UTF8.self))
        }
        return try JSONDecoder().decode(Report.self, from: data)
    }

    private static let script = #"""
    import json, sys
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.validators import validator_for

    schemas_dir, cases = sys.argv[1], json.loads(sys.argv[2])
    validators, schema_errors = {}, {}
    for name in ("filing", "registry", "findings"):
        with open(f"{schemas_dir}/{name}-v1.schema.json", encoding="utf-8") as f:
            schema = json.load(f)
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as e:
            schema_errors[name] = str(e)
        validators[name] = Draft202012Validator(schema, format_checker=FormatChecker())

    def validator(name):
        if name.endswith(".json") and name not in validators:
            with open(name, encoding="utf-8") as f:
                schema = json.load(f)
            cls = validator_for(schema)
            try:
                cls.check_schema(schema)
            except Exception as e:
                schema_errors[name] = str(e)
            validators[name] = cls(schema, format_checker=FormatChecker())
        return validators[name]

    def patch(doc, pointer, text):
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
        parent = doc
        for t in tokens[:-1]:
            parent = parent[int(t) if isinstance(parent, list) else t]
        key = int(tokens[-1]) if isinstance(parent, list) else tokens[-1]
        if text is None:
            del parent[key]
        else:
            parent[key] = json.loads(text)

    def schema_for(doc):
        if isinstance(doc, dict) and isinstance(doc.get("schema"), str):
            return {"permitcheck/filing-v1": "filing", "permitcheck/registry-v1": "registry"}.get(doc["schema"])
        return "findings"

    results = []
    for case in cases:
        with open(case["instance"], encoding="utf-8") as f:
            doc = json.load(f)
        for p in case.get("patches", []):
            patch(doc, p["pointer"], p.get("json"))
        name = case.get("schema") or schema_for(doc)
        if name is None:
            results.append([f"no schema for schema member {doc.get('schema')!r}"])
            continue
        docs = doc if name == "findings" and isinstance(doc, list) else [doc]
        errors = []
        for index, item in enumerate(docs):
            for e in validator(name).iter_errors(item):
                where = "/" + "/".join(str(p) for p in e.absolute_path)
                # oneOf reports "not valid under any"; the branches' errors say why.
                why = "".join(f"; {'/'.join(map(str, c.absolute_path))}: {c.message}" for c in e.context)
                errors.append((f"[{index}] " if len(docs) > 1 else "") + f"{where}: {e.message}{why}")
        results.append(errors)
    print(json.dumps({"schemaErrors": schema_errors, "results": results}))
    """#
}
