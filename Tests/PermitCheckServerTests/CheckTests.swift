import Foundation
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// `POST /v1/check` with the example filings, and reading decisions back.
@Suite struct CheckTests {
    @Test func enterpriseChecksItsOwnFilingAndReadsItBack() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let response = try await client.send("/v1/check", .post, token: TestEnvironment.Token.steel, body: try TestEnvironment.example("steel-qingshan"))
            #expect(response.status == .ok)
            let report = response.json
            #expect(report["pack"]?["name"]?.string == "cn-national")
            #expect(report["pack"]?["contentHash"]?.string?.isEmpty == false)
            #expect(report["engine"]?["version"]?.string == PermitCheckVersion.engine)
            #expect(report["filing"]?["id"]?.string == "2025Q3-420107-STEEL")
            #expect((report["findings"]?.array?.count ?? 0) > 0)
            #expect((report["outcomes"]?.array?.count ?? 0) > 0)
            let id = try #require(report["submission"]?.string)
            #expect(response.headers[.submissionID] == id)

            let again = try await client.send("/v1/submissions/\(id)", token: TestEnvironment.Token.steel)
            #expect(again.status == .ok)
            #expect(again.bytes == response.bytes)
        }
    }

    /// `format=sarif` answers a SARIF 2.1.0 log of the same findings, recorded like any decision.
    @Test func checkAnswersSARIF() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let response = try await client.send("/v1/check?format=sarif&lang=en", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("steel-qingshan"))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/sarif+json")
            let log = response.json
            #expect(log["version"]?.string == "2.1.0")
            let results = log["runs"]?.array?.first?["results"]?.array ?? []
            #expect(results.compactMap { $0["ruleId"]?.string } == ["EL-HOUR", "UL-RATE", "UL-NOT-LISTED", "STOP-CONTRADICTED"])
            let id = try #require(response.headers[.submissionID])
            let again = try await client.send("/v1/submissions/\(id)", token: TestEnvironment.Token.auditor)
            #expect(again.bytes == response.bytes)
        }
    }

    /// The findings match the committed golden findings of the examples, pack by pack.
    @Test(arguments: [("pharma-huangpi", "cn-national"), ("autoparts-dongxihu", "wuhan"), ("printing-xinzhou", "cn-national")])
    func auditorChecksAnyFiling(example: String, pack: String) async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        let golden = try String(contentsOfFile: TestEnvironment.packageRoot + "/Examples/expected/\(example).\(pack).jsonl", encoding: .utf8)
        let expected = golden.split(separator: "\n").compactMap { try? JSONValue(parsing: String($0)) }
        try await env.withApp(services) { client in
            let response = try await client.send("/v1/check?pack=\(pack)&lang=en", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example(example))
            #expect(response.status == .ok)
            #expect(response.headers[.contentLanguage] == "en")
            #expect(response.json["pack"]?["name"]?.string == pack)
            #expect(response.json["findings"]?.array == expected)
        }
    }

    @Test func malformedFilingIsAnEnvelopeWithPositions() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let body = Array("{\n  \"schema\": \"permitcheck/filing-v1\",\n  \"id\": 42\n}\n".utf8)
            let response = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: body)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "filing.malformed")
            let problems = try #require(response.json["error"]?["problems"]?.array)
            let wrongType = try #require(problems.first { $0["pointer"]?.string == "/id" })
            #expect(wrongType["code"]?.string == "input.wrong-type")
            #expect(wrongType["line"]?.number == 3)
            #expect(wrongType["column"]?.number == 9)
            #expect(wrongType["message"]?["zh"]?.string?.isEmpty == false)
            #expect(wrongType["message"]?["en"]?.string?.isEmpty == false)

            let syntax = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: Array("{\"id\": ".utf8))
            #expect(syntax.status == .badRequest)
            #expect(syntax.json["error"]?["problems"]?.array?.first?["code"]?.string == "input.syntax")
        }
    }

    @Test func queryOptionsAreValidated() async throws {
        let env = try TestEnvironment()
        let services = try await env.services { $0.maxFilingBytes = 1024 }
        try await env.withApp(services) { client in
            let filing = try TestEnvironment.example("power-hannan")
            let xml = try await client.send("/v1/check?format=xml", .post, token: TestEnvironment.Token.auditor, body: filing)
            #expect(xml.errorCode == "query.bad-value")
            let pack = try await client.send("/v1/check?pack=nowhere", .post, token: TestEnvironment.Token.auditor, body: filing)
            #expect(pack.errorCode == "query.unknown-pack")
            let large = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: filing)
            #expect(large.status == .contentTooLarge)
            #expect(large.errorCode == "body.too-large")
            let missing = try await client.send("/v1/nothing-here", token: TestEnvironment.Token.auditor)
            #expect(missing.status == .notFound)
            #expect(missing.errorCode == "route.not-found")
        }
    }
}
