import Foundation
import Testing
@testable import PermitCheck

/// Evidence for people (issue 13, item 5): text and HTML show evidence rounded
/// with units, under Chinese labels in Chinese reports; machine formats keep
/// the exact values.
@Suite struct EvidenceFormatTests {
    func audit() throws -> ReportAudit { try #require(ReportAudit.shared, "the examples or cn-national could not be loaded") }

    @Test func numbersReadAsInMessages() {
        #expect(EvidenceFormat.text(.number(0.9397058823529412), .share, .en) == "93.97 %")
        #expect(EvidenceFormat.text(.number(0.8), .share, .zh) == "80.00 %")
        #expect(EvidenceFormat.text(.number(5.0000000000000036), .unit("t"), .en) == "5.00 t")
        #expect(EvidenceFormat.text(.number(50), .unit("mg/m3"), .en) == "50 mg/m3")
        #expect(EvidenceFormat.text(.number(67.2972972972973), .unit("mg/m3"), .en) == "67.30 mg/m3")
        #expect(EvidenceFormat.text(.number(43.5), .plain, .en) == "43.5")
        #expect(EvidenceFormat.text(.number(0.0025205479452054794), .unit("t"), .en) == "0.0025 t")
        #expect(EvidenceFormat.text(.number(-2.004), .unit("t"), .en) == "-2.00 t")
        #expect(EvidenceFormat.text(.string("2025-08-14T09:00:00+08:00"), .plain, .en) == "2025-08-14 09:00")
        #expect(EvidenceFormat.text(.array([.string("DA001"), .string("DA002")]), .plain, .zh) == "DA001、DA002")
        #expect(EvidenceFormat.text(.bool(true), .plain, .zh) == "是")
    }

    /// EL-HOUR's `max` and `limit` are in its `unit`, which is then not shown apart.
    @Test func siblingUnit() throws {
        let day = try #require(LocalDate(year: 2025, month: 7, day: 1))
        var evidence = JSONObject()
        evidence["hours"] = .number(3); evidence["max"] = .number(67.2972972972973)
        evidence["limit"] = .number(50); evidence["unit"] = .string("mg/m3")
        let f = Finding(rule: "EL-HOUR", pack: "p@1", family: "emission-limits", severity: .high, filing: "F", enterprise: "E",
                        subject: "/s", message: LocalizedText(zh: "", en: ""), evidence: evidence,
                        acts: ActRange(from: day, to: day),
                        basis: [], fingerprint: "x")
        #expect(EvidenceFormat.line(f, .en) == "hours 3 · max 67.30 mg/m3 · limit 50 mg/m3")
        #expect(EvidenceFormat.line(f, .zh) == "小时数 3 · 最大值 67.30 mg/m3 · 限值 50 mg/m3")
    }

    /// No raw float of the examples' evidence reaches text or HTML; JSON Lines keeps every one.
    @Test func peoplesReportsRoundMachineFormatsKeep() throws {
        let audit = try audit()
        let raw = ["0.9397058823529412", "5.0000000000000036", "0.12666666666666668", "156.72148587592577"]
        let jsonl = audit.render(JSONLinesWriter())
        for number in raw { #expect(jsonl.contains(number), "\(number) must stay exact in JSON Lines") }
        for language in [Language.zh, .en] {
            let text = audit.render(TextWriter(language: language))
            let html = audit.render(HTMLWriter(pack: audit.pack, language: language))
            for number in raw {
                #expect(!text.contains(number), "text (\(language)) shows \(number)")
                #expect(!html.contains(number), "HTML (\(language)) shows \(number)")
            }
            #expect(text.contains("93.97 %") && html.contains("93.97 %"), "VOC-SYNC's rate as a percentage")
            #expect(text.contains("5.00 t") && html.contains("5.00 t"), "HW-BALANCE's gap in tonnes")
        }
    }

    /// A Chinese report names families and evidence keys in Chinese.
    @Test func chineseLabels() throws {
        let audit = try audit()
        let html = audit.render(HTMLWriter(pack: audit.pack, language: .zh))
        let text = audit.render(TextWriter(language: .zh))
        #expect(html.contains("<th>有效数据率</th>") && !html.contains("<th>capture</th>"))
        #expect(html.contains("<span class=\"family\">危险废物</span>"))
        #expect(text.contains("危险废物: ") && text.contains("同步运行率 93.97 %"))
        let english = audit.render(HTMLWriter(pack: audit.pack, language: .en))
        #expect(english.contains("<th>capture</th>") && english.contains("<span class=\"family\">hazardous-waste</span>"))
    }

    /// Every family and evidence key of the bundled packs has a Chinese label.
    @Test func everyBundledKeyHasALabel() throws {
        for name in ["cn-national", "wuhan"] {
            let pack = try RulePack.bundled(name)
            for rule in pack.rules {
                #expect(EvidenceLabels.families[rule.family] != nil, "family \(rule.family)")
                for item in rule.evidence {
                    let key = item.name.hasSuffix("?") ? String(item.name.dropLast()) : item.name
                    #expect(EvidenceLabels.entry(rule: rule.id, key: key) != nil, "\(rule.id) evidence \(key)")
                }
            }
        }
    }

    /// Ids are set in faces whose zero differs from O, and the page says Chinese needs a CJK font.
    @Test func idFacesAndFontNote() throws {
        let audit = try audit()
        let html = audit.render(HTMLWriter(pack: audit.pack, language: .en))
        #expect(HTMLStyle.css.contains("code{font-family:\"SF Mono\",Menlo,Consolas"))
        #expect(HTMLStyle.css.contains("slashed-zero"))
        #expect(!HTMLStyle.css.contains("code{font-family:ui-monospace"))
        #expect(HTMLStyle.css.contains("\"Noto Sans CJK SC\""))
        #expect(html.contains("fonts-noto-cjk") && html.contains("<code>DQ-O2</code>") == audit.findings.contains { $0.rule == "DQ-O2" })
    }
}
