import Testing
@testable import PermitCheck

@Suite struct TimeTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2025-07-01", 20270), ("2000-02-29", 11016), ("1969-12-31", -1),
    ])
    func parsesDates(text: String, dayNumber: Int) throws {
        let date = try #require(LocalDate(text))
        #expect(date.dayNumber == dayNumber)
        #expect(date.description == text)
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "2025-7-01", "2025-07-01T00", "", "20250701"])
    func rejectsBadDates(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test(arguments: [
        ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2025-11-30", 2, "2026-01-30"),
        ("2025-03-31", -1, "2025-02-28"),
    ])
    func addsMonthsClamping(from: String, months: Int, expected: String) throws {
        #expect(try #require(LocalDate(from)).adding(months: months).description == expected)
    }

    @Test func parsesTimestampsWithOffset() throws {
        let t = try #require(Timestamp("2025-07-01T00:00:00+08:00"))
        #expect(t.epochSeconds == Double(20270 * 86400 - 8 * 3600))
        #expect(t.localDate.description == "2025-07-01")
        #expect(t.description == "2025-07-01T00:00:00+08:00")
        // Fractional seconds are written back as filed (to the millisecond), not cut off.
        #expect(Timestamp("2026-08-15T20:00:00.5Z")?.description == "2026-08-15T20:00:00.5Z")
        #expect(Timestamp("1969-12-31T23:59:59.25Z")?.description == "1969-12-31T23:59:59.25Z")
        let z = try #require(Timestamp("2025-06-30T16:00:00Z"))
        #expect(z == t)
        #expect(z.localDate.description == "2025-06-30")
        #expect(try #require(Timestamp("2025-07-01T00:00:00.5-05:30")).offsetSeconds == -19800)
    }

    @Test(arguments: ["2025-07-01T00:00:00", "2025-07-01", "2025-07-01T25:00:00Z", "2025-07-01T00:00:00+0800"])
    func rejectsTimestampsWithoutValidOffset(text: String) {
        #expect(Timestamp(text) == nil)
    }
}
