import Foundation
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// A service started without `--registry` judges no rule on registry data:
/// no licence finding, and the response says which rules were not judged.
@Suite struct RegistryAbsenceServerTests {
    @Test func checkWithoutARegistrySaysWhatWasNotJudged() async throws {
        let env = try TestEnvironment()
        let services = try await env.services { $0.registryPath = nil }
        try await env.withApp(services) { client in
            let response = try await client.send("/v1/check?lang=en", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("pharma-huangpi"))
            #expect(response.status == .ok)
            let rules = response.json["findings"]?.array?.compactMap { $0["rule"]?.string } ?? []
            #expect(!rules.isEmpty && !rules.contains("HW-LICENSE") && !rules.contains("HW-TRANSPORTER"))
            let notJudged = response.json["notJudged"]?.array ?? []
            let licence = try #require(notJudged.first { $0["rule"]?.string == "HW-LICENSE" })
            #expect(licence["reason"]?["en"]?.string == "no registry given (--registry) — wasteLicenses not loaded")
            let text = try await client.send("/v1/check?lang=en&format=text", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("pharma-huangpi"))
            #expect(String(decoding: text.bytes, as: UTF8.self).hasPrefix("Note: no registry given (--registry)"))
        }
    }

    @Test func checkWithTheRegistryJudgesEverything() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let response = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("pharma-huangpi"))
            #expect(response.json["notJudged"] == nil)
            #expect(response.json["findings"]?.array?.contains { $0["rule"]?.string == "HW-LICENSE" } == true)
        }
    }
}
