import Foundation
import Testing
@testable import PermitCheck

/// The working-day calendar (`Rules/cn-national/8-calendars.yaml`) and the
/// functions that read it, and what pack tests cannot express: a look-up in a
/// year the calendar lacks is an evaluation error of the rule for that filing,
/// never a weekday guess (HW-UNCONFIRMED, EXEC-REPORT-LATE).
@Suite struct WorkingDayTests {
    static let national = TestFiles.repository.appendingPathComponent("Rules/cn-national").path
    static let calendarYAML = (try? String(contentsOfFile: national + "/8-calendars.yaml", encoding: .utf8)) ?? ""

    /// A pack holding the bundled calendar and one rule whose evidence `v` is `expr`.
    static func pack(_ expr: String, calendar: String = calendarYAML) throws -> CompiledPack {
        try RulePack.compile(yaml: """
        pack: t
        version: 1
        \(calendar)
        rules:
          - id: X
            family: f
            severity: low
            title: t
            when: true
            evidence: { v: "\(expr)" }
        """)
    }

    /// The evidence `v`, or `error: <message>` when the rule could not be evaluated.
    static func evaluate(_ expr: String, calendar: String = calendarYAML) throws -> String {
        let report = Engine(pack: try pack(expr, calendar: calendar)).check(TestFilings.steel(values: [40]))
        if let failure = report.failures.first { return "error: \(failure.message.en) | \(failure.message.zh)" }
        switch report.findings.first?[evidence: "v"] {
        case .string(let s)?: return s
        case .number(let n)?: return NumberFormat.rounded(n, digits: 4)
        case .bool(let b)?: return b ? "true" : "false"
        case .null?: return "null"
        default: return "?"
        }
    }

    @Test func bothListedYearsHave248WorkingDays() throws {
        #expect(try Self.evaluate("working_days_between(2024-12-31, 2025-12-31, params.workingDayCalendar)") == "248")
        #expect(try Self.evaluate("working_days_between(2025-12-31, 2026-12-31, params.workingDayCalendar)") == "248")
    }

    @Test(arguments: [
        ("2025-09-28", true),   // Sunday, adjusted workday
        ("2025-10-11", true),   // Saturday, adjusted workday
        ("2025-10-08", false),  // Wednesday, National Day holiday
        ("2025-01-01", false),
        ("2025-08-15", true),   // an ordinary Friday
        ("2025-08-16", false),  // an ordinary Saturday
        ("2026-02-23", false),  // Monday, last day of the Spring Festival holiday
        ("2026-02-28", true),   // Saturday, adjusted workday
        ("2026-09-25", false),  // Friday, Mid-Autumn
        ("2026-12-31", true),
    ])
    func listedDates(date: String, working: Bool) throws {
        #expect(try Self.evaluate("is_working_day(\(date), params.workingDayCalendar)") == (working ? "true" : "false"))
    }

    @Test func countingLeavesOutTheStartingDay() throws {
        #expect(try Self.evaluate("add_working_days(2025-08-08, 5, params.workingDayCalendar)") == "2025-08-15")
        #expect(try Self.evaluate("add_working_days(2025-08-11, 5, params.workingDayCalendar)") == "2025-08-18")
        #expect(try Self.evaluate("add_working_days(2025-09-26, 5, params.workingDayCalendar)") == "2025-10-10")
        #expect(try Self.evaluate("add_working_days(2026-02-15, 0, params.workingDayCalendar)") == "2026-02-24")
        #expect(try Self.evaluate("next_working_day(2026-02-15, params.workingDayCalendar)") == "2026-02-24")
        #expect(try Self.evaluate("next_working_day(2025-08-15, params.workingDayCalendar)") == "2025-08-15")
        #expect(try Self.evaluate("working_days_between(2025-08-15, 2025-08-18, params.workingDayCalendar)") == "1")
        #expect(try Self.evaluate("month_day(2025-02-10, 31)") == "2025-02-28")
        #expect(try Self.evaluate("month_day(add_months(2025-01-31, 1), 15)") == "2025-02-15")
    }

    @Test func anUnlistedYearIsAnEvaluationErrorNeverAWeekdayGuess() throws {
        for expr in ["is_working_day(2027-01-04, params.workingDayCalendar)",
                     "add_working_days(2026-12-28, 5, params.workingDayCalendar)",
                     "next_working_day(2024-12-31, params.workingDayCalendar)"] {
            let result = try Self.evaluate(expr)
            #expect(result.hasPrefix("error: the working-day calendar has no row for 20"), "\(expr): \(result)")
            #expect(result.contains("weekdays are never guessed") && result.contains("不按星期推测"), "\(result)")
        }
        #expect(try Self.evaluate("is_working_day(2027-01-04, params.workingDayCalendar)").contains("2027-01-04"))
        // Nothing is looked up when the range is empty.
        #expect(try Self.evaluate("working_days_between(2027-01-05, 2027-01-01, params.workingDayCalendar)") == "0")
    }

    @Test func malformedRowsAreEvaluationErrors() throws {
        let reversed = """
        params:
          workingDayCalendar:
            rows:
              - { key: "2025", value: { holidays: [[2025-01-02, 2025-01-01]], workdays: [] }, source: s, status: S }
        """
        #expect(try Self.evaluate("is_working_day(2025-01-06, params.workingDayCalendar)", calendar: reversed).contains("row for 2025 is malformed"))
        let otherYear = """
        params:
          workingDayCalendar:
            rows:
              - { key: "2025", value: { holidays: [[2026-01-01]], workdays: [2025-01-26] }, source: s, status: S }
        """
        #expect(try Self.evaluate("is_working_day(2025-01-06, params.workingDayCalendar)", calendar: otherYear).contains("row for 2025 is malformed"))
    }

    @Test func aCalendarMustBeATableOfRows() {
        #expect(throws: CompileFailure.self) { try Self.pack("is_working_day(2025-01-06, 3)") }
        #expect(throws: CompileFailure.self) { try Self.pack("add_working_days(2025-01-06, 1)") }
    }

    @Test(arguments: [Double.nan, .infinity, 1e300, -1])
    func extremeCountsNeverTrap(value: Double) throws {
        let n = value.isNaN ? "0 / 0" : value.isInfinite ? "1 / 0" : value == -1 ? "-1" : "1e300"
        let result = try Self.evaluate("add_working_days(2025-08-08, \(n), params.workingDayCalendar)")
        #expect(result.hasPrefix("error: ") && result.contains("cannot use the value"), "\(result)")
    }

    @Test func charsAndDigits() throws {
        #expect(try Self.evaluate("chars('20254201000123', 5, 6)") == "42")
        #expect(try Self.evaluate("chars('20254201000123', 1, 4)") == "2025")
        #expect(try Self.evaluate("chars('2025', 3, 6)") == "null")
        #expect(try Self.evaluate("is_digits('20254201000123')") == "true")
        #expect(try Self.evaluate("is_digits('2025420100012A')") == "false")
        #expect(try Self.evaluate("is_digits('')") == "false")
    }

    // MARK: - Rules of the national pack

    static let baseFiling = (try? String(contentsOfFile: national + "/tests/base-filing.json", encoding: .utf8)) ?? ""

    /// The pack's base test filing with `(pointer, JSON text)` edits applied.
    static func filing(_ edits: [(String, String)]) throws -> Filing {
        var document = try JSONValue(parsing: baseFiling)
        for (pointer, json) in edits {
            document = document.setting(pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)[...], try JSONValue(parsing: json))
        }
        let decoded = Filing.decode(JSONWriter(pretty: false).bytes(document))
        return try #require(decoded.value, "\(decoded.problems)")
    }

    static func transfer(received: String, confirmed: String) -> String {
        """
        [{ "manifest": "20264201000001", "code": "900-041-49", "quantity": 1, "unit": "t",
           "shippedAt": "\(received)T08:00:00+08:00", "receivedAt": "\(received)T16:00:00+08:00",
           "confirmedAt": \(confirmed == "null" ? "null" : "\"\(confirmed)T09:00:00+08:00\""),
           "receiver": { "license": "HB4201001" } }]
        """
    }

    /// The outcome of `rule` on the filing: `error: …`, `fired <evidence>`, `passed`, `not-applicable` or `insufficient-data`.
    static func outcome(_ rule: String, _ edits: [(String, String)]) throws -> String {
        let pack = try RulePack.load(path: national)
        let report = Engine(pack: pack).check(try filing(edits))
        if let failure = report.failures.first(where: { $0.rule == rule }) { return "error: \(failure.message.en)" }
        if let finding = report.findings.first(where: { $0.rule == rule }) {
            return "fired " + JSONWriter(pretty: false, keyOrder: .insertion).string(.object(finding.evidence))
        }
        guard let o = report.outcomes.first(where: { $0.rule == rule }) else { return "?" }
        return o.passed > 0 ? "passed" : o.insufficientData > 0 ? "insufficient-data" : "not-applicable"
    }

    @Test func aLateConfirmationIn2027IsAnEvaluationError() throws {
        // Received Mon 2026-12-21, deadline Mon 12-28, confirmed 2027-01-04: the
        // working days late run into 2027, which the calendar lacks.
        let late = try Self.outcome("HW-UNCONFIRMED", [
            ("/period", #"{ "from": "2026-10-01", "to": "2026-12-31" }"#),
            ("/hazardousWaste/transfers", Self.transfer(received: "2026-12-21", confirmed: "2027-01-04"))])
        #expect(late.hasPrefix("error: the working-day calendar has no row for 2027"), "\(late)")
        // Received 2026-12-30 and confirmed 2027-01-02: the deadline itself lies in 2027.
        let deadline = try Self.outcome("HW-UNCONFIRMED", [
            ("/period", #"{ "from": "2026-10-01", "to": "2026-12-31" }"#),
            ("/hazardousWaste/transfers", Self.transfer(received: "2026-12-30", confirmed: "2027-01-02"))])
        #expect(deadline.hasPrefix("error: the working-day calendar has no row for 2027"), "\(deadline)")
        // Unconfirmed at a period end in 2027.
        let open = try Self.outcome("HW-UNCONFIRMED", [
            ("/period", #"{ "from": "2026-12-01", "to": "2027-01-31" }"#),
            ("/hazardousWaste/transfers", Self.transfer(received: "2026-12-30", confirmed: "null"))])
        #expect(open.hasPrefix("error: the working-day calendar has no row for 2027"), "\(open)")
        // A receipt in 2024, before the calendar's first year.
        let early = try Self.outcome("HW-UNCONFIRMED", [
            ("/period", #"{ "from": "2024-10-01", "to": "2024-12-31" }"#),
            ("/hazardousWaste/transfers", Self.transfer(received: "2024-12-02", confirmed: "2024-12-20"))])
        #expect(early.hasPrefix("error: the working-day calendar has no row for 2024"), "\(early)")
    }

    /// A local pack adds a year by writing its row; the national rows stay.
    @Test func aLocalPackAddsAYear() throws {
        let local = try RulePack.compile(yaml: """
        pack: local
        version: 1
        extends: \(Self.national)
        params:
          workingDayCalendar:
            rows:
              - { key: "2027", value: { holidays: [[2027-01-01, 2027-01-03]], workdays: [] }, source: a 2027 notice, status: S }
        """)
        let filing = try Self.filing([
            ("/period", #"{ "from": "2026-10-01", "to": "2026-12-31" }"#),
            ("/hazardousWaste/transfers", Self.transfer(received: "2026-12-21", confirmed: "2027-01-06"))])
        let report = Engine(pack: local).check(filing)
        #expect(report.failures.isEmpty, "\(report.failures)")
        // Deadline Mon 2026-12-28; 12-29, 12-30, 12-31, 2027-01-04, 01-05, 01-06 are late.
        #expect(report.findings.first { $0.rule == "HW-UNCONFIRMED" }?[evidence: "workingDaysLate"] == .number(6))
    }

    @Test func confirmationsInsideTheCalendarNeedNo2027Date() throws {
        let onTime = try Self.outcome("HW-UNCONFIRMED", [
            ("/period", #"{ "from": "2026-10-01", "to": "2026-12-31" }"#),
            ("/hazardousWaste/transfers", Self.transfer(received: "2026-12-21", confirmed: "2026-12-28"))])
        #expect(onTime == "passed")
        let late = try Self.outcome("HW-UNCONFIRMED", [
            ("/period", #"{ "from": "2026-10-01", "to": "2026-12-31" }"#),
            ("/hazardousWaste/transfers", Self.transfer(received: "2026-12-21", confirmed: "2026-12-31"))])
        #expect(late == #"fired {"receivedAt":"2026-12-21T16:00:00+08:00","confirmedAt":"2026-12-31T09:00:00+08:00","deadline":"2026-12-28","workingDaysLate":3}"#)
    }

    @Test func aLateReportWhoseDeadlineLiesIn2027IsAnEvaluationError() throws {
        // Annual 2026: due 2027-01-15; a later submission needs the roll-forward, hence 2027.
        let late = try Self.outcome("EXEC-REPORT-LATE", [
            ("/kind", #""annual-report""#), ("/period", #"{ "from": "2026-01-01", "to": "2026-12-31" }"#),
            ("/submittedAt", #""2027-01-18T09:00:00+08:00""#)])
        #expect(late.hasPrefix("error: the working-day calendar has no row for 2027"), "\(late)")
        // Submitted by the unrolled deadline: still an error — with the roll-forward the
        // deadline is always looked up (catalog: "a year missing from the calendar is an
        // evaluation error"), and 2027 is not in the calendar.
        let onTime = try Self.outcome("EXEC-REPORT-LATE", [
            ("/kind", #""annual-report""#), ("/period", #"{ "from": "2026-01-01", "to": "2026-12-31" }"#),
            ("/submittedAt", #""2027-01-15T09:00:00+08:00""#)])
        #expect(onTime.hasPrefix("error: the working-day calendar has no row for 2027"), "\(onTime)")
        // Without the roll-forward (a local pack turns it off) nothing is looked up.
        let local = try RulePack.compile(yaml: """
        pack: local
        version: 1
        extends: \(Self.national)
        params:
          reportDeadlineRollForward: false
        """)
        let report = Engine(pack: local).check(try Self.filing([
            ("/kind", #""annual-report""#), ("/period", #"{ "from": "2026-01-01", "to": "2026-12-31" }"#),
            ("/submittedAt", #""2027-01-15T09:00:00+08:00""#)]))
        #expect(report.failures.filter { $0.rule == "EXEC-REPORT-LATE" }.isEmpty)
        #expect(report.outcomes.first { $0.rule == "EXEC-REPORT-LATE" }?.passed == 1)
        // Annual 2023, extended to 2024-02-29: a 2024 look-up.
        let old = try Self.outcome("EXEC-REPORT-LATE", [
            ("/kind", #""annual-report""#), ("/period", #"{ "from": "2023-01-01", "to": "2023-12-31" }"#),
            ("/submittedAt", #""2024-03-01T09:00:00+08:00""#)])
        #expect(old.hasPrefix("error: the working-day calendar has no row for 2024"), "\(old)")
    }

    /// HW-CODE reads the list in force on the shipping date: a local pack whose
    /// 2025 edition dropped HW50 flags an HW50 code shipped in 2025, not in 2024.
    @Test func wasteCategoriesAreReadByListYear() throws {
        let categories = (1...40).map { String(format: "\"HW%02d\"", $0) } + (45...49).map { "\"HW\($0)\"" }
        let local = try RulePack.compile(yaml: """
        pack: local
        version: 1
        extends: \(Self.national)
        params:
          wasteCategories:
            values:
              - { value: [\((categories + ["\"HW50\""]).joined(separator: ", "))], from: 2021-01-01, until: 2024-12-31, source: s, status: S }
              - { value: [\(categories.joined(separator: ", "))], from: 2025-01-01, source: s, status: S }
        """)
        let filing = try Self.filing([
            ("/period", #"{ "from": "2024-10-01", "to": "2025-03-31" }"#),
            ("/hazardousWaste/transfers", """
            [{ "manifest": "A", "code": "772-007-50", "quantity": 1, "unit": "t", "shippedAt": "2024-12-31T09:00:00+08:00", "receiver": { "license": "HB4201001" } },
             { "manifest": "B", "code": "772-007-50", "quantity": 1, "unit": "t", "shippedAt": "2025-01-01T09:00:00+08:00", "receiver": { "license": "HB4201001" } }]
            """)])
        let report = Engine(pack: local).check(filing)
        #expect(report.findings.filter { $0.rule == "HW-CODE" }.map(\.subject) == ["/hazardousWaste/transfers/1"])
    }

    /// The retired v1 parameter cannot be set by a local pack.
    @Test func confirmWithinDaysIsRetired() {
        do {
            _ = try RulePack.compile(yaml: """
            pack: local
            version: 1
            extends: \(Self.national)
            params:
              confirmWithinDays: 10
            """)
            Issue.record("a local pack setting confirmWithinDays compiled")
        } catch {
            #expect(error.diagnostics.contains { $0.code == "param.retired" })
        }
    }
}
