import Testing
@testable import PermitCheck

/// The identifier functions against the shared vectors and hand-made edge cases.
@Suite struct CreditCodeTests {
    /// Every `valid` row is valid with the check character it carries; every
    /// `invalid` row is invalid; `valid-after-compact` is invalid as written
    /// (filings must carry the 18 characters) and valid without spaces.
    @Test func sharedVectors() throws {
        let rows = try TestFiles.vectorRows("uscc.txt")
        var counts: [String: Int] = [:]
        for row in rows {
            let code = row[0], verdict = row[1]
            counts[verdict, default: 0] += 1
            switch verdict {
            case "valid":
                #expect(CreditCode.isValid(code), "\(code)")
                #expect(CreditCode.isWellFormed(code), "\(code)")
                #expect(CreditCode.expectedCheckCharacter(code) == code.last, "\(code)")
            case "invalid":
                #expect(!CreditCode.isValid(code), "\(code)")
            case "valid-after-compact":
                #expect(!CreditCode.isValid(code), "\(code)")
                #expect(CreditCode.isValid(code.filter { $0 != " " }), "\(code)")
            default:
                Issue.record("unknown verdict \(verdict) for \(code)")
            }
        }
        #expect(counts["valid", default: 0] >= 380, "\(counts)")
        #expect(counts["invalid", default: 0] >= 4, "\(counts)")
    }

    @Test(arguments: [
        ("91110000600037341N", "L"),  // checksum row of uscc.txt
        ("A1110000600037341L", "K"),  // its note: the body calls for K
        ("01110000600037341X", "X"),  // authority 0 still has a check character
        ("9111000060003IOZSV", nil),  // I, O outside the alphabet
        ("91110000600037341", "L"),  // 17 characters: the body is complete
        ("911100006000373410L", "L"),  // 19 characters: the first 17 decide
        ("9111000060003734", nil),  // 16 characters: no body to check
        ("91110000600037341l", "L"),  // only the body is read
        ("9111000060003734ll", nil),  // lower case is outside the alphabet
        ("", nil),
    ] as [(String, Character?)])
    func expectedCheckCharacter(code: String, expected: Character?) {
        #expect(CreditCode.expectedCheckCharacter(code) == expected)
    }

    @Test(arguments: ["91110000600037341LX", "91110000600037341", "91110000600037341L "])
    func wrongLengthIsNeverValid(code: String) {
        #expect(!CreditCode.isValid(code))
    }

    /// First characters A, N, Y are registration authorities; 0 and B are
    /// not, even with the right check character. Check characters computed
    /// by an independent implementation.
    @Test(arguments: [
        ("A1110000600037341K", true), ("N1420100MA4KXXXX00", true), ("N2110108MA01ABCD1X", true),
        ("Y1110000600037341Y", true), ("Y1420100MA4K3C9A2L", true), ("91420100MA4KLQ2X1D", true),
        ("01110000600037341X", false), ("B1110000600037341J", false), ("A1110000600037341L", false),
        ("91420100ma4klq2x1d", false), ("91420100MA4KLQ2X1D ", false), ("９1420100MA4KLQ2X1D", false),
    ])
    func validity(code: String, valid: Bool) {
        #expect(CreditCode.isValid(code) == valid)
    }

    @Test func wellFormedIgnoresAuthorityAndCheck() {
        #expect(CreditCode.isWellFormed("01110000600037341A"))
        #expect(!CreditCode.isWellFormed("0111000060003734IA"))
        #expect(!CreditCode.isWellFormed("0111000060003734"))
    }
}

@Suite struct PermitNumberTests {
    /// A permit row is valid when its structure holds and its credit code
    /// part is itself valid (ID-PERMIT-NUMBER plus ID-USCC).
    @Test func sharedVectors() throws {
        let rows = try TestFiles.vectorRows("permit_ids.txt").filter { $0[1].hasPrefix("fixed_source_code") }
        try #require(rows.count >= 5)
        for row in rows {
            let number = row[0], valid = row[2] == "valid"
            let code = PermitNumber.creditCode(of: number).map(String.init)
            #expect((code.map(CreditCode.isValid) ?? false) == valid, "\(number)")
            if valid, let code { #expect(PermitNumber.matches(number, uscc: code)) }
        }
    }

    @Test(arguments: [
        ("91130200699229617X001P", true), ("91130200699229617Y001P", true),  // structure only
        ("91130200699229617X999Z", true), ("91130200699229617X01P", false), ("91130200699229617X0001P", false),
        ("91130200699229617X001p", false), ("91130200699229617X00AP", false), ("9113020069922961IX001P", false),
        ("91130200699229617X0011", false), ("", false),
    ])
    func wellFormed(number: String, expected: Bool) {
        #expect(PermitNumber.isWellFormed(number) == expected)
    }

    @Test func creditCodePart() {
        #expect(PermitNumber.creditCode(of: "91130200699229617X002P") == "91130200699229617X")
        #expect(PermitNumber.creditCode(of: "91130200699229617X01P") == nil)
    }

    @Test func matchesEnterprise() {
        #expect(PermitNumber.matches("91130200699229617X001P", uscc: "91130200699229617X"))
        #expect(!PermitNumber.matches("91130200699229617X001P", uscc: "911302307808371268"))
        #expect(!PermitNumber.matches("91130200699229617X001P", uscc: "91130200699229617X0"))
        #expect(!PermitNumber.matches("91130200699229617X01P", uscc: "91130200699229617X"))
    }
}

@Suite struct OutletIDTests {
    @Test func sharedVectors() throws {
        let rows = try TestFiles.vectorRows("permit_ids.txt").filter { $0[1] == "outlet_id" }
        try #require(rows.count >= 4)
        for row in rows {
            #expect(OutletID.isWellFormed(row[0]) == (row[2] == "valid"), "\(row[0])")
        }
    }

    @Test(arguments: [
        ("DA001", Medium.air), ("DW001", .water), ("DA999", .air), ("DW000", .water),
        ("DA1", nil), ("DX001", nil), ("TA001", nil), ("da001", nil), ("DA0010", nil), ("DA00A", nil), ("", nil),
    ] as [(String, Medium?)])
    func medium(id: String, expected: Medium?) {
        #expect(OutletID.medium(of: id) == expected)
        #expect(OutletID.isWellFormed(id) == (expected != nil))
    }
}

@Suite struct WasteCodeTests {
    /// Every category of the shared list is known and named as listed.
    @Test func sharedCategories() throws {
        let rows = try TestFiles.vectorRows("hw_codes.txt").filter { $0[0].hasPrefix("HW") && $0.count == 2 }
        try #require(rows.count == 46)
        for row in rows {
            #expect(WasteCode.isKnownCategory(row[0]), "\(row[0])")
            #expect(WasteCode.categoryName(row[0]) == row[1], "\(row[0])")
        }
    }

    /// Codes of the shared list. `900-041-48` is format-valid with a known
    /// category; its row is invalid only by a catalogue look-up, which
    /// HW-CODE does not make.
    @Test func sharedCodes() throws {
        let rows = try TestFiles.vectorRows("hw_codes.txt").filter { $0[0].first?.isNumber == true }
        try #require(rows.count >= 9)
        for row in rows {
            let code = row[0]
            let acceptable = WasteCode.isWellFormed(code) && WasteCode.category(of: code).map(WasteCode.isKnownCategory) == true
            let expected = row[1].hasPrefix("valid") || row[2].contains("catalogue lookup fails")
            #expect(acceptable == expected, "\(code)")
        }
    }

    @Test(arguments: ["HW00", "HW41", "HW42", "HW43", "HW44", "HW51", "HW99", "hw49", "HW4", "HW049", "49", ""])
    func unknownCategories(category: String) {
        #expect(!WasteCode.isKnownCategory(category))
        #expect(WasteCode.categoryName(category) == nil)
    }

    /// The name table covers exactly the known categories.
    @Test func namesMatchKnownCategories() {
        for number in 0...99 {
            let category = number < 10 ? "HW0\(number)" : "HW\(number)"
            #expect(WasteCode.isKnownCategory(category) == (WasteCode.categoryName(category) != nil), "\(category)")
        }
    }

    @Test(arguments: [
        ("900-041-49", "HW49"), ("772-007-50", "HW50"), ("900-249-08", "HW08"), ("900-000-00", "HW00"),
        ("HW49", "HW49"), ("HW41", "HW41"),
        ("900-41-49", nil), ("900-041-4", nil), ("ABC-041-49", nil), ("900_041_49", nil), ("900-041-490", nil),
        ("９００-041-49", nil), ("HW-49", nil), ("hw49", nil), ("", nil),
    ] as [(String, String?)])
    func category(code: String, expected: String?) {
        #expect(WasteCode.category(of: code) == expected)
    }

    @Test(arguments: ["900-41-49", "900-041-4", "ABC-041-49", "HW49", "900-041-49 ", "900–041–49"])
    func malformed(code: String) {
        #expect(!WasteCode.isWellFormed(code))
    }
}

@Suite struct RegionCodeTests {
    @Test(arguments: [
        ("420115", "42"), ("420000", "42"), ("110101", "11"),
        ("42011", nil), ("4201150", nil), ("42011A", nil), ("４20115", nil), ("", nil),
    ] as [(String, String?)])
    func province(code: String, expected: String?) {
        #expect(RegionCode.province(of: code) == expected)
        #expect(RegionCode.isWellFormed(code) == (expected != nil))
    }
}
