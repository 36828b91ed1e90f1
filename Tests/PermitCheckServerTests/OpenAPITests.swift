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
}
