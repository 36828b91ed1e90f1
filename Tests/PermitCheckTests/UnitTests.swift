import Testing
@testable import PermitCheck

@Suite struct UnitTests {
    @Test(arguments: [
        ("ug/m3", "mg/m3", 1e-3), ("kg", "t", 1e-3), ("t", "kg", 1000), ("%", "", 0.01), ("d", "h", 24),
    ])
    func convertsWithinADimension(from: String, to: String, factor: Double) throws {
        let a = try #require(Unit(symbol: from)), b = try #require(Unit(symbol: to))
        #expect(a.conversion(to: b) == factor)
    }

    @Test func refusesAcrossDimensions() throws {
        #expect(Unit.mgPerM3.conversion(to: .mgPerL) == nil)
        #expect(Unit.kgPerHour.conversion(to: .mgPerM3) == nil)
    }

    @Test func acceptsMicroSign() {
        #expect(Unit(symbol: "µg/m3") == .ugPerM3)
        #expect(Unit(symbol: "mg/Nm3") == nil)
    }
}
