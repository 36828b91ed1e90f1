import Hummingbird
import PermitCheck

/// An error answer of the HTTP API: status, stable code, bilingual message,
/// and details (input problems or pack diagnostics).
///
/// Every non-2xx response is rendered from one of these by
/// ``ErrorEnvelopeMiddleware``, so clients parse one shape and no stack
/// trace or framework text ever reaches them.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    /// Stable `area.kebab-name` code, documented in the OpenAPI document.
    var code: String
    var message: LocalizedText
    /// Input problems of a filing (`400`), positioned by pointer, line and column.
    var problems: [InputProblem] = []
    /// Pack diagnostics of a refused reload (`422`).
    var diagnostics: [Diagnostic] = []
    /// Extra response headers (`WWW-Authenticate`, `Retry-After`).
    var headers: HTTPFields = [:]

    /// The JSON envelope: `{ "error": { "code", "message": {zh, en}, "problems"?, "diagnostics"? } }`.
    var envelope: JSONValue {
        var error = JSONObject()
        error["code"] = .string(code)
        error["message"] = .object(["zh": .string(message.zh), "en": .string(message.en)])
        if !problems.isEmpty { error["problems"] = .array(problems.map(Self.json)) }
        if !diagnostics.isEmpty { error["diagnostics"] = .array(diagnostics.map(Self.json)) }
        return .object(["error": .object(error)])
    }

    static func json(_ p: InputProblem) -> JSONValue {
        .object([
            "code": .string(p.code), "severity": .string(p.severity.rawValue), "pointer": .string(p.pointer),
            "line": .number(Double(p.line)), "column": .number(Double(p.column)),
            "message": .object(["zh": .string(p.message.zh), "en": .string(p.message.en)]),
        ])
    }

    static func json(_ d: Diagnostic) -> JSONValue {
        var o: JSONObject = [
            "code": .string(d.code), "severity": .string(d.severity.rawValue), "file": .string(d.location.file),
            "line": .number(Double(d.location.line)), "column": .number(Double(d.location.column)),
            "message": .object(["zh": .string(d.message.zh), "en": .string(d.message.en)]),
        ]
        if let s = d.suggestion { o["suggestion"] = .string(s) }
        return .object(o)
    }

    /// The response carrying the envelope.
    var response: Response {
        var response = Response.json(envelope, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}

extension Response {
    /// A compact JSON response of `value`.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        body(JSONWriter().bytes(value), status: status, contentType: "application/json; charset=utf-8")
    }

    /// A response with exactly these bytes as its body.
    static func body(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, contentType: String) -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
