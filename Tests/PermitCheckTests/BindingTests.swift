import Foundation
import Testing
@testable import PermitCheck

/// The binding of the filing's shape to the rule language agrees with the
/// JSON Schemas in `Schemas/`: every JSON field of a bound type is a member
/// of the schema with the same type, optionality and enumeration, every
/// schema member is bound (or listed below with the reason), and every node
/// kind's JSON Pointer resolves in the schema.
@Suite struct BindingTests {
    /// Schema members the language reads through another field, with why.
    static let unboundMembers: Set<String> = [
        "Filing.schema",  // the document's version marker, not data
        "Series.values", "Series.o2", "Series.flow", "Series.flags",  // read per element as `series.hours[i].value`, `.o2`, `.flow`, `.flag`
        "Registry.schema",
    ]

    @Test func everyBoundFieldMatchesTheSchema() throws {
        var problems: [String] = []
        let filing = try JSONSchemaFile(TestFiles.schemas.appendingPathComponent("filing-v1.schema.json"))
        let registry = try JSONSchemaFile(TestFiles.schemas.appendingPathComponent("registry-v1.schema.json"))
        var seen: Set<String> = []
        compare("Filing", filing.root, filing, &problems, &seen)
        compare("Registry", registry.root, registry, &problems, &seen)
        #expect(problems == [], "\(problems.joined(separator: "\n"))")
        // Every object type the filing or registry binds was reached from the roots.
        let bound = Set(Schema.filing.types.values.filter { t in t.fields.contains { $0.field.origin == .json } }.map(\.name))
        #expect(bound.subtracting(seen) == [], "bound types the schemas never reach")
    }

    @Test(arguments: ObjectRef.Kind.allCases)
    func everyPointerResolvesInTheSchema(kind: ObjectRef.Kind) throws {
        let ref = ObjectRef(kind, 1, 2, 3)
        let file = ref.isRegistryNode ? "registry-v1.schema.json" : "filing-v1.schema.json"
        let schema = try JSONSchemaFile(TestFiles.schemas.appendingPathComponent(file))
        var node = schema.root
        for token in ref.pointer.split(separator: "/").map(String.init) {
            let resolved = schema.resolve(node)
            if let items = resolved["items"] as? [String: Any], Int(token) != nil {
                node = items
            } else if let properties = resolved["properties"] as? [String: Any], let next = properties[token] as? [String: Any] {
                node = next
            } else {
                Issue.record("\(ref.pointer): `\(token)` is not in \(file)")
                return
            }
        }
    }

    /// The decoder reads every member the schema defines: the example filings
    /// and the spec fixture together use each member of `filing-v1.schema.json`
    /// (each shared `$defs` member at least once), and decoding them reports no
    /// unknown field. A schema member the decoder ignores, or one no example
    /// shows, fails here.
    @Test(arguments: ["filing", "registry"])
    func decoderReadsEverySchemaMember(document: String) throws {
        let schema = try JSONSchemaFile(TestFiles.schemas.appendingPathComponent("\(document)-v1.schema.json"))
        var defined: Set<String> = [], used: Set<String> = [], visited: Set<String> = []
        schema.members(schema.root, owner: document, into: &defined, visited: &visited)
        let files = document == "filing"
            ? try FileManager.default.contentsOfDirectory(atPath: TestFiles.exampleFilings.path).filter { $0.hasSuffix(".json") }.sorted()
                .map { TestFiles.exampleFilings.appendingPathComponent($0) } + [TestFiles.fixture("spec-filing.json")]
            : [TestFiles.examples.appendingPathComponent("registry.json"), TestFiles.fixture("spec-registry.json")]
        for url in files {
            let bytes = [UInt8](try Data(contentsOf: url))
            let problems = document == "filing" ? Filing.decode(bytes).problems : Registry.decode(bytes).problems
            #expect(problems == [], "\(url.lastPathComponent): \(problems)")
            schema.members(of: try JSONValue(parsing: String(decoding: bytes, as: UTF8.self)), schema.root, owner: document, into: &used)
        }
        #expect(defined.subtracting(used).sorted() == [], "schema members no example \(document) uses")
        #expect(defined.count > 20)
    }

    /// Compares one bound type with one schema object, then their children.
    func compare(_ typeName: String, _ node: [String: Any], _ file: JSONSchemaFile,
                 _ problems: inout [String], _ seen: inout Set<String>) {
        guard !seen.contains(typeName) else { return }
        seen.insert(typeName)
        guard let type = Schema.filing.types[typeName] else { problems.append("no bound type \(typeName)"); return }
        let object = file.resolve(node)
        let members = object["properties"] as? [String: Any] ?? [:]
        let required = Set(object["required"] as? [String] ?? [])
        for (name, field) in type.fields where field.origin == .json {
            guard let member = members[name] as? [String: Any] else {
                problems.append("\(typeName).\(name) is bound but not in the schema"); continue
            }
            let schemaType = file.describe(member)
            let expected = Self.describe(field.type)
            if schemaType.kind != expected.kind {
                problems.append("\(typeName).\(name): the binding reads \(expected.kind), the schema has \(schemaType.kind)")
            }
            let optional = field.type.isOptional
            if required.contains(name) == optional && field.type.element == nil {
                problems.append("\(typeName).\(name): \(optional ? "optional" : "required") in the binding, \(required.contains(name) ? "required" : "optional") in the schema")
            }
            // Pollutant codes and unit symbols are vocabularies the decoder
            // normalises and checks; every other enumeration (of a string, or of
            // a list's strings) is the model's enum.
            let vocabulary = field.values == nil && file.vocabulary(member)
            if schemaType.values != field.values.map(Set.init) && !vocabulary {
                problems.append("\(typeName).\(name): enumeration \(field.values ?? []) in the binding, \(schemaType.values.map { $0.sorted() } ?? []) in the schema")
            }
            if let child = expected.object, let childNode = schemaType.object {
                compare(child, childNode, file, &problems, &seen)
            }
        }
        for name in members.keys.sorted() where !type.fields.contains(where: { $0.name == name && $0.field.origin == .json }) {
            if !Self.unboundMembers.contains("\(typeName).\(name)") {
                problems.append("\(typeName).\(name) is in the schema but not bound")
            }
        }
    }

    /// A language type as the JSON kind it is read from, and the bound object type within.
    static func describe(_ type: ValueType) -> (kind: String, object: String?) {
        switch type.unwrapped {
        case .string: return ("string", nil)
        case .date: return ("date", nil)
        case .time: return ("time", nil)
        case .bool: return ("boolean", nil)
        case .number: return ("number", nil)
        case .object(let name): return ("object", name)
        case .list(let element):
            let inner = describe(element)
            return ("array of " + inner.kind, inner.object)
        default: return ("\(type)", nil)
        }
    }
}

/// A JSON Schema document with local `$ref`s resolved.
struct JSONSchemaFile {
    let root: [String: Any]

    init(_ url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// Follows `$ref` (local `#/$defs/…` only) until a node without one.
    func resolve(_ node: [String: Any]) -> [String: Any] {
        var node = node
        while let ref = node["$ref"] as? String, ref.hasPrefix("#/") {
            var target: Any = root
            for token in ref.dropFirst(2).split(separator: "/") { target = (target as? [String: Any])?[String(token)] ?? [:] }
            var merged = target as? [String: Any] ?? [:]
            for (k, v) in node where k != "$ref" { merged[k] = v }
            node = merged
        }
        return node
    }

    /// The `$defs` name a node refers to, if any.
    func definition(_ node: [String: Any]) -> String? {
        (node["$ref"] as? String).flatMap { $0.hasPrefix("#/$defs/") ? String($0.dropFirst(8)) : nil }
    }

    /// Every member the schema defines below `node`, as `owner/member`, where
    /// the owner is the `$defs` entry (shared definitions count once) or the path.
    func members(_ node: [String: Any], owner: String, into out: inout Set<String>, visited: inout Set<String>) {
        var owner = owner
        if let def = definition(node) {
            guard visited.insert(def).inserted else { return }
            owner = def
        }
        let resolved = resolve(node)
        for (key, child) in resolved["properties"] as? [String: Any] ?? [:] {
            out.insert("\(owner)/\(key)")
            if let child = child as? [String: Any] { members(child, owner: "\(owner)/\(key)", into: &out, visited: &visited) }
        }
        if let items = resolved["items"] as? [String: Any] { members(items, owner: owner + "/*", into: &out, visited: &visited) }
    }

    /// The schema members a document uses, named as ``members(_:owner:into:visited:)`` names them.
    func members(of value: JSONValue, _ node: [String: Any], owner: String, into out: inout Set<String>) {
        let owner = definition(node) ?? owner
        let resolved = resolve(node)
        switch value {
        case .object(let object):
            let properties = resolved["properties"] as? [String: Any] ?? [:]
            for member in object {
                guard let childNode = properties[member.key] as? [String: Any] else { continue }
                out.insert("\(owner)/\(member.key)")
                members(of: member.value, childNode, owner: "\(owner)/\(member.key)", into: &out)
            }
        case .array(let items):
            guard let itemNode = resolved["items"] as? [String: Any] else { return }
            for item in items { members(of: item, itemNode, owner: owner + "/*", into: &out) }
        default: return
        }
    }

    /// Whether a member (or a list member's items) is one of the vocabularies
    /// the decoder checks itself: pollutant names and unit symbols.
    func vocabulary(_ member: [String: Any]) -> Bool {
        let vocabularies: Set<String> = ["pollutant", "unit", "massUnit"]
        if let def = definition(member), vocabularies.contains(def) { return true }
        if let items = resolve(member)["items"] as? [String: Any] { return vocabulary(items) }
        return false
    }

    /// The member's kind (`string`, `date`, `time`, `number`, `boolean`,
    /// `object`, `array of …`), its enumeration, and the object node for objects.
    func describe(_ member: [String: Any]) -> (kind: String, values: Set<String>?, object: [String: Any]?) {
        let raw = member["$ref"] as? String
        let node = resolve(member)
        if raw == "#/$defs/date" || node["format"] as? String == "date" { return ("date", nil, nil) }
        if raw == "#/$defs/time" || node["format"] as? String == "date-time" { return ("time", nil, nil) }
        // A `{value, unit}` object: the language reads it as one quantity.
        if let members = node["properties"] as? [String: Any], Set(members.keys) == ["value", "unit"] { return ("number", nil, nil) }
        if let values = node["enum"] as? [String] { return ("string", Set(values), nil) }
        var type = node["type"] as? String ?? (node["type"] as? [String])?.first { $0 != "null" }
        if type == nil, node["properties"] != nil { type = "object" }
        switch type {
        case "array":
            let items = describe(node["items"] as? [String: Any] ?? [:])
            return ("array of " + items.kind, items.values, items.object)
        case "object": return ("object", nil, node)
        case "integer": return ("number", nil, nil)
        case let t?: return (t, nil, nil)
        case nil: return ("unknown", nil, nil)
        }
    }
}
