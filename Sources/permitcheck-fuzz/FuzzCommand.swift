import Foundation
import PermitCheckFuzz

/// `permitcheck-fuzz TARGET [--seconds S] [--inputs N] [--seed X] [--repository DIR] [--save DIR]`
/// (or `--list-seeds TARGET`)
/// runs the seeded mutator against one target (or `all`), prints what it
/// ran, writes every failing input to `--save` (default
/// `Tests/Fuzz/regressions/<target>/`) and exits 1 if there was one.
///
/// Built with `PERMITCHECK_LIBFUZZER=1` (see `scripts/fuzz.sh`) the same
/// targets are libFuzzer's: `LLVMFuzzerTestOneInput` runs the target named
/// by `PERMITCHECK_FUZZ_TARGET` and traps on a broken invariant, so libFuzzer
/// keeps the input.
@main struct FuzzCommand {
    static func main() {
        // `--list-seeds TARGET`: the seed files, one path a line (scripts/fuzz.sh copies them).
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--list-seeds", arguments.count == 2, let target = FuzzTarget(rawValue: arguments[1]) {
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            for file in FuzzCorpus.files(target, repository: here, maxBytes: 1 << 20) { print(file.path) }
            exit(0)
        }
        #if LIBFUZZER
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in testOneInput(data, size) })
        #else
        exit(campaign(arguments))
        #endif
    }

    static func campaign(_ arguments: [String]) -> Int32 {
        var options: [String: String] = [:]
        var targets: [FuzzTarget] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a.hasPrefix("--"), i + 1 < arguments.count { options[String(a.dropFirst(2))] = arguments[i + 1]; i += 2; continue }
            if a == "all" { targets = FuzzTarget.allCases } else if let t = FuzzTarget(rawValue: a) { targets.append(t) } else {
                FileHandle.standardError.write(Data("unknown target or option `\(a)`; targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")), all / 未知目标或选项\n".utf8))
                return 64
            }
            i += 1
        }
        if targets.isEmpty { targets = FuzzTarget.allCases }
        let repository = URL(fileURLWithPath: options["repository"] ?? FileManager.default.currentDirectoryPath)
        var failed = false
        for target in targets {
            var c = Campaign(target: target, seeds: FuzzCorpus.seeds(target, repository: repository))
            c.maxSeconds = Double(options["seconds"] ?? "") ?? 10
            c.maxInputs = Int(options["inputs"] ?? "") ?? Int.max
            c.seed = UInt64(options["seed"] ?? "") ?? 1
            let save = options["save"].map { URL(fileURLWithPath: $0) }
                ?? repository.appendingPathComponent("Tests/Fuzz/regressions/\(target.rawValue)")
            // The input about to run is kept on disk, so one that traps the process is not lost.
            let current = save.appendingPathComponent("current-input")
            try? FileManager.default.createDirectory(at: save, withIntermediateDirectories: true)
            c.before = { input in try? Data(input).write(to: current) }
            let result = c.run()
            try? FileManager.default.removeItem(at: current)
            print("\(target.rawValue): \(result.inputs) inputs (\(result.seeds) seeds) in \(String(format: "%.1f", result.seconds)) s, \(result.failures.count) failing")
            for f in result.failures {
                failed = true
                let file = save.appendingPathComponent("failure-\(target.rawValue)-seed\(c.seed)-\(f.number)")
                try? Data(f.input).write(to: file)
                print("  #\(f.number): \(f.message) → \(file.path)")
            }
        }
        return failed ? 1 : 0
    }
}

#if LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

let libFuzzerTarget = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["PERMITCHECK_FUZZ_TARGET"] ?? "") ?? .filing

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let broken = libFuzzerTarget.run(bytes) { preconditionFailure("\(libFuzzerTarget.rawValue): \(broken)") }
    return 0
}
#endif
