import Foundation
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// The report formats are listed once, in the library (`ReportFormat`): the
/// service's formatters and the `format` enum of `openapi.json` agree with it,
/// every format answers, and `rule=`/`family=` select rules as the CLI does.
@Suite struct ReportFormatTests {
    static let names = ReportFormat.allCases.map(\.rawValue)

    @Test func openAPIAndFormattersListTheLibraryFormats() throws {
        let doc = try OpenAPITests.document()
        let parameters = doc["paths"]?["/v1/check"]?["post"]?["parameters"]?.array ?? []
        let format = parameters.first { $0["name"]?.string == "format" }
        #expect(format?["schema"]?["enum"]?.array?.compactMap(\.string) == Self.names)
        #expect(ReportFormatters.available.keys.sorted() == Self.names.sorted())
        let content = doc["paths"]?["/v1/check"]?["post"]?["responses"]?["200"]?["content"]
        for f in ReportFormat.allCases {
            let mediaType = String(f.mediaType.prefix { $0 != ";" })
            #expect(content?[mediaType] != nil, "\(mediaType) of format=\(f) is not documented for POST /v1/check")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatAnswers(format: ReportFormat) async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let r = try await client.send("/v1/check?format=\(format.rawValue)", .post, token: TestEnvironment.Token.auditor,
                                          body: try TestEnvironment.example("steel-qingshan"))
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == format.mediaType)
            #expect(!r.bytes.isEmpty)
        }
    }

    @Test func ruleAndFamilySelectRules() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let body = try TestEnvironment.example("steel-qingshan")
            let all = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: body).json
            let one = try await client.send("/v1/check?rule=EL-HOUR", .post, token: TestEnvironment.Token.auditor, body: body).json
            let family = try await client.send("/v1/check?family=ultra-low-emission", .post, token: TestEnvironment.Token.auditor, body: body).json
            let rules = { (report: JSONValue) in (report["findings"]?.array ?? []).compactMap { $0["rule"]?.string } }
            let outcomes = { (report: JSONValue) in (report["outcomes"]?.array ?? []).compactMap { $0["rule"]?.string } }
            #expect(rules(one) == rules(all).filter { $0 == "EL-HOUR" })
            #expect(outcomes(one) == ["EL-HOUR"])
            #expect(!rules(family).isEmpty && rules(family).allSatisfy { $0.hasPrefix("UL-") })
            #expect(rules(family) == rules(all).filter { $0.hasPrefix("UL-") })
            // A name the pack lacks is refused, never an empty "compliant" check.
            let typo = try await client.send("/v1/check?rule=EL-HOURR", .post, token: TestEnvironment.Token.auditor, body: body)
            #expect(typo.status == .badRequest)
            #expect(typo.json["error"]?["code"]?.string == "query.bad-value")
            let noFamily = try await client.send("/v1/check?family=nope", .post, token: TestEnvironment.Token.auditor, body: body)
            #expect(noFamily.status == .badRequest)
        }
    }
}
