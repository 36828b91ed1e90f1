import PermitCheck

/// The OpenAPI 3.1 document `GET /openapi.json` serves: the template
/// `openapi.json` of this target with the three JSON Schemas of `Schemas/`
/// embedded under `components.schemas` (`filing-v1`, `registry-v1`,
/// `findings-v1`), so every `$ref` resolves inside the document itself.
///
/// Both parts are compiled into the binary (`Plugins/BundlePacks`), never read
/// from a resource bundle at run time: a binary copied without its
/// `…resources` folder serves the same bytes, and no request path can trap.
enum OpenAPIDocument {
    /// The template's path in the bundle (relative to the package).
    static let templatePath = "Sources/PermitCheckServer/openapi.json"

    /// Component name → bundled schema (`PackFiles.schema`).
    static let embeddedSchemas: [(component: String, document: String)] = [
        ("filing-v1", "filing"), ("registry-v1", "registry"), ("findings-v1", "findings"),
    ]

    /// The served bytes, composed once.
    static let bytes: [UInt8] = compose(template: bundledFileTexts[templatePath], schema: PackFiles.schema)

    /// A minimal valid document naming the problem, for a build that lacks a part.
    static let stub = Array(#"{"openapi":"3.1.0","info":{"title":"permitcheck (document missing from this build)","version":"0"},"paths":{}}"#.utf8)

    /// The template with each schema embedded; the stub when the template is
    /// missing or not JSON (a schema that is missing is left out, and the
    /// tests fail on the dangling reference).
    static func compose(template: String?, schema: (String) -> String?) -> [UInt8] {
        guard let template, case .object(var root)? = try? JSONValue(parsing: template) else { return stub }
        guard case .object(var components) = root["components"] ?? .object(JSONObject()),
              case .object(var schemas) = components["schemas"] ?? .object(JSONObject()) else { return stub }
        for (component, document) in embeddedSchemas {
            guard let text = schema(document), let value = try? JSONValue(parsing: text) else { continue }
            schemas[component] = embedded(value, at: "#/components/schemas/\(component)")
        }
        components["schemas"] = .object(schemas)
        root["components"] = .object(components)
        var out = JSONWriter(pretty: true).bytes(.object(root))
        if out.last != 0x0A { out.append(0x0A) }
        return out
    }

    /// A standalone JSON Schema made a component: its `$id` and `$schema`
    /// dropped (the OpenAPI 3.1 dialect is 2020-12 already) and its local
    /// references (`#/$defs/x`) rewritten to the component's own pointer
    /// (`#/components/schemas/filing-v1/$defs/x`), so they resolve with any
    /// resolver, with or without embedded-resource support.
    static func embedded(_ value: JSONValue, at pointer: String, top: Bool = true) -> JSONValue {
        switch value {
        case .object(let object):
            var out = JSONObject()
            for member in object {
                if top && (member.key == "$id" || member.key == "$schema") { continue }
                if member.key == "$ref", case .string(let ref) = member.value, ref.hasPrefix("#") {
                    out[member.key] = .string(pointer + ref.dropFirst())
                } else {
                    out[member.key] = embedded(member.value, at: pointer, top: false)
                }
            }
            return .object(out)
        case .array(let items):
            return .array(items.map { embedded($0, at: pointer, top: false) })
        default:
            return value
        }
    }
}
