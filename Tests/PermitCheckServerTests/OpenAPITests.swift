import Foundation
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// The OpenAPI document and the route table agree, both ways.
@Suite struct OpenAPITests {
    static func document() throws -> JSONValue {
        try JSONValue(parsing: OpenAPIDocument.bytes)
    }

    @Test func everyRouteAndStatusIsDocumented() throws {
        let doc = try Self.document()
        #expect(doc["openapi"]?.string == "3.1.0")
        for route in RouteTable.routes {
            let operation = doc["paths"]?[route.path]?[route.method.rawValue.lowercased()]
            #expect(operation != nil, "\(route.method) \(route.path) is not in openapi.json")
            for status in route.allStatuses {
                #expect(operation?["responses"]?[String(status)] != nil, "\(route.method) \(route.path) → \(status) is not documented")
            }
        }
    }

    @Test func everyDocumentedOperationIsARoute() throws {
        let doc = try Self.document()
        guard case .object(let paths)? = doc["paths"] else { Issue.record("no paths"); return }
        for member in paths {
            guard case .object(let operations) = member.value else { continue }
            for op in operations where ["get", "post", "put", "delete", "patch"].contains(op.key) {
                let route = RouteTable.routes.first { $0.path == member.key && $0.method.rawValue.lowercased() == op.key }
                #expect(route != nil, "openapi.json documents \(op.key) \(member.key), which the router lacks")
                guard let route, case .object(let responses)? = op.value["responses"] else { continue }
                for status in responses.keys where status != "default" {
                    #expect(route.allStatuses.contains(Int(status) ?? -1), "\(op.key) \(member.key) documents \(status), which the route never answers")
                }
            }
        }
    }

    @Test func documentIsServed() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let r = try await client.send("/openapi.json")
            #expect(r.status == .ok)
            #expect(r.bytes == OpenAPIDocument.bytes)
        }
    }

    /// Every `$ref` of the served document points inside it, at something.
    @Test func everyReferenceResolvesInsideTheDocument() throws {
        let doc = try Self.document()
        var refs: [String] = []
        Self.collectReferences(doc, into: &refs)
        #expect(refs.contains("#/components/schemas/filing-v1"))
        #expect(refs.contains("#/components/schemas/findings-v1/$defs/finding"))
        for ref in Set(refs).sorted() {
            #expect(ref.hasPrefix("#/"), "\(ref) is not a local reference")
            #expect(Self.resolve(String(ref.dropFirst()), in: doc) != nil, "\(ref) points at nothing")
        }
    }

    /// The embedded schemas are the bundled ones, `$id` and `$schema` aside.
    @Test func embeddedSchemasAreTheBundledOnes() throws {
        let doc = try Self.document()
        for (component, document) in OpenAPIDocument.embeddedSchemas {
            let embedded = try #require(doc["components"]?["schemas"]?[component], "\(component) is not embedded")
            let bundled = try JSONValue(parsing: try #require(PackFiles.schema(document)))
            #expect(embedded["$id"] == nil && embedded["$schema"] == nil)
            #expect(embedded["title"] == bundled["title"])
            guard case .object(let defs)? = bundled["$defs"], case .object(let embeddedDefs)? = embedded["$defs"] else {
                Issue.record("\(document) has no $defs"); continue
            }
            #expect(Set(defs.keys) == Set(embeddedDefs.keys))
        }
        // A template without the schemas still resolves nothing outside itself.
        let stub = OpenAPIDocument.compose(template: nil, schema: { _ in nil })
        #expect(stub == OpenAPIDocument.stub)
    }

    /// `openapi-spec-validator` (PyPI; installed by `.ci/run`) passes on the
    /// served document with no network, and the embedded filing schema,
    /// resolved through the document, accepts every example filing and
    /// rejects a broken one (Python's `jsonschema`, `referencing`).
    @Test func openAPISpecValidatorPasses() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-\(UUID().uuidString).json")
        try Data(OpenAPIDocument.bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let examples = try FileManager.default.contentsOfDirectory(atPath: TestEnvironment.packageRoot + "/Examples/filings")
            .filter { $0.hasSuffix(".json") }.sorted().map { TestEnvironment.packageRoot + "/Examples/filings/" + $0 }
        #expect(examples.count >= 6)
        let script = """
        import json, sys
        from openapi_spec_validator import validate
        from openapi_spec_validator.readers import read_from_filename
        from jsonschema import Draft202012Validator, FormatChecker
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
        spec, base = read_from_filename(sys.argv[1])
        validate(spec, base_uri=base)
        doc = json.load(open(sys.argv[1], encoding="utf-8"))
        registry = Registry().with_resource("urn:permitcheck:openapi", Resource.from_contents(doc, default_specification=DRAFT202012))
        filing = Draft202012Validator({"$ref": "urn:permitcheck:openapi#/components/schemas/filing-v1"}, registry=registry, format_checker=FormatChecker())
        bad = [f for f in sys.argv[2:] if list(filing.iter_errors(json.load(open(f, encoding="utf-8"))))]
        broken = json.load(open(sys.argv[2], encoding="utf-8")); broken["period"] = "2025"
        print("valid", len(sys.argv) - 2 - len(bad), "accepted", "broken rejected" if list(filing.iter_errors(broken)) else "broken accepted", bad)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path.path] + examples
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openapi-spec-validator failed: \(err)")
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == "valid \(examples.count) accepted broken rejected []")
    }

    static func collectReferences(_ value: JSONValue, into refs: inout [String]) {
        switch value {
        case .object(let object):
            for member in object {
                if member.key == "$ref", case .string(let ref) = member.value { refs.append(ref) } else { collectReferences(member.value, into: &refs) }
            }
        case .array(let items): for item in items { collectReferences(item, into: &refs) }
        default: break
        }
    }

    /// The value at a JSON Pointer (RFC 6901).
    static func resolve(_ pointer: String, in value: JSONValue) -> JSONValue? {
        var current = value
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let object): guard let next = object[key] else { return nil }; current = next
            case .array(let items): guard let i = Int(key), items.indices.contains(i) else { return nil }; current = items[i]
            default: return nil
            }
        }
        return current
    }
}
