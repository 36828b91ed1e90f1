import ArgumentParser
import PermitCheck

/// `permitcheck`: check environmental-permit filings against rule packs.
@main
struct PermitCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permitcheck",
        abstract: "Check pollutant-discharge-permit filings against rule packs. 按规则包检查排污许可执行报告。",
        version: PermitCheckVersion.engine
    )
}
