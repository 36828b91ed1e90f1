import ExampleKit
import Foundation
import Testing
@testable import PermitCheck

/// The committed `Examples/` folder and its generator (ExampleKit): the files
/// are exactly what the generator makes, decode without a single problem,
/// cover the quarter hour by hour, use real credit codes, and scaled batches
/// spoil exactly the lines they say.
@Suite struct ExampleTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func committed(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: TestFiles.examples.appendingPathComponent(name)))
    }

    /// A stale example (generator changed, files not regenerated) fails here.
    @Test func regeneratingGivesTheCommittedFilesByteForByte() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ExampleSet.write(to: folder)
        #expect(written.map(\.name) == Archetype.allCases.map { "filings/" + $0.slug + ".json" } + ["registry.json"])
        for file in written {
            let fresh = Array(try Data(contentsOf: folder.appendingPathComponent(file.name)))
            #expect(fresh == (try Self.committed(file.name)),
                    "\(file.name) differs: run `swift run permitcheck-examples write --out Examples`")
        }
        let committedJSON = (try FileManager.default.contentsOfDirectory(atPath: TestFiles.examples.path).filter { $0.hasSuffix(".json") }
            + FileManager.default.contentsOfDirectory(atPath: TestFiles.exampleFilings.path).filter { $0.hasSuffix(".json") }.map { "filings/" + $0 }).sorted()
        #expect(committedJSON == written.map(\.name).sorted(), "Examples/ holds JSON files the generator does not make")
    }

    @Test(arguments: Archetype.allCases)
    func exampleDecodesWithoutProblems(archetype: Archetype) throws {
        let bytes = try Self.committed("filings/" + archetype.slug + ".json")
        let decoded = Filing.decode(bytes)
        #expect(decoded.problems.isEmpty, "\(decoded.problems.prefix(5))")
        let filing = try #require(decoded.value)
        let period = archetype.period, hours = period.hours
        #expect(filing.period.from.description == period.from && filing.period.to.description == period.to)
        #expect(!filing.monitoring.isEmpty)
        for series in filing.monitoring {
            #expect(series.interval == .hour)
            #expect(series.start.description == period.seriesStart)
            #expect(series.count == hours, "\(series.outlet)/\(series.pollutant)")
            #expect(series.flags.count == hours)
            #expect(series.flow?.count == hours)
            let hasReference = filing.permit.outlets.first { $0.id == series.outlet }?.referenceO2 != nil
            #expect((series.o2 != nil) == hasReference, "o2 column exactly where the outlet has referenceO2")
            if let o2 = series.o2 { #expect(o2.count == hours) }
        }
        #expect(CreditCode.isValid(filing.enterprise.uscc))
        #expect(PermitNumber.matches(filing.permit.number, uscc: filing.enterprise.uscc))
        #expect(filing.enterprise.region?.hasPrefix("4201") == true)
        #expect((100_000...1_500_000).contains(bytes.count), "\(archetype.slug) is \(bytes.count) bytes")
    }

    @Test func registryDecodesWithoutProblems() throws {
        let decoded = Registry.decode(try Self.committed("registry.json"))
        #expect(decoded.problems.isEmpty, "\(decoded.problems.prefix(5))")
        let registry = try #require(decoded.value)
        #expect(registry.wasteLicenses.contains { $0.codes == ["HW49"] })
        #expect(registry.wasteLicenses.contains { $0.validTo?.description == "2025-06-30" })
        #expect(registry.ultraLowEmissionList.map(\.uscc) == [Parties.steel.uscc])
    }

    /// Every credit code is a valid row of `Fixtures/vectors/uscc.txt`, and no
    /// two parties share one.
    @Test func creditCodesAreRealValidAndDistinct() throws {
        let vectors = Set(try TestFiles.vectorRows("uscc.txt").filter { $0.count > 1 && $0[1] == "valid" }.map { $0[0] })
        let parties = [Parties.steel, Parties.power, Parties.coking, Parties.autoparts, Parties.pharma, Parties.printing,
                       Parties.receiverCaidian, Parties.receiverPackaging, Parties.receiverOil, Parties.receiverHunan,
                       Parties.carrierWuhan, Parties.carrierLapsed, Parties.carrierHunan, Parties.carrierUnregistered]
        for party in parties {
            #expect(vectors.contains(party.uscc), "\(party.name) \(party.uscc)")
            #expect(CreditCode.isValid(party.uscc))
        }
        #expect(Set(parties.map(\.uscc)).count == parties.count)
    }

    /// `batch --corrupt K`: the reader reports an input error on exactly the
    /// K spoiled lines, of the designed kind, and every other line decodes clean.
    @Test func corruptedBatchYieldsExactlyTheSpoiledLinesAsErrors() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("batch.jsonl").path
        let plan = BatchPlan(count: 14, hours: 72, seed: 99, corrupt: 5)
        try plan.write(to: path)

        let results = BatchReader(inputs: [path]).map { ($0.line ?? 0, $0.decodeFiling()) }
        #expect(results.count == 14)
        let failed = results.filter { $0.1.value == nil }
        #expect(failed.count == 5)
        let corruptions = plan.corruptions
        #expect(Set(failed.map(\.0)) == Set(corruptions.keys.map { $0 + 1 }))
        for (line, decoded) in failed {
            let expected = corruptions[line - 1] == .truncated ? InputCode.syntax : InputCode.missingField
            #expect(decoded.errors.first?.code == expected, "line \(line): \(decoded.errors)")
        }
        for (line, decoded) in results where decoded.value != nil {
            #expect(decoded.problems.isEmpty, "line \(line): \(decoded.problems.prefix(3))")
            #expect(decoded.value?.monitoring.allSatisfy { $0.count == 72 } == true)
        }
        #expect(Set(results.compactMap { $0.1.value?.id }).count == 14 - 5, "every good line has its own id")
    }

    @Test func batchIsDeterministicAndVariedAcrossArchetypes() throws {
        let plan = BatchPlan(count: 6, hours: 24, seed: 5)
        let lines = (0..<6).map { plan.line($0) }
        #expect(lines == (0..<6).map { plan.line($0) })
        let industries = lines.compactMap { Filing.decode($0).value?.enterprise.industry }
        #expect(Set(industries).count == 6)
        #expect(plan.line(0) != BatchPlan(count: 6, hours: 24, seed: 6).line(0))
    }
}
