// swift-tools-version:6.0
import PackageDescription

/// `PERMITCHECK_LIBFUZZER=1 swift build --product permitcheck-fuzz` (what
/// `scripts/fuzz.sh` runs) instruments the model and the engine for libFuzzer
/// and AddressSanitizer; every other build is unaffected.
let libFuzzer = Context.environment["PERMITCHECK_LIBFUZZER"] == "1"
let instrumented: [SwiftSetting] = libFuzzer ? [.unsafeFlags(["-sanitize=fuzzer,address"]), .define("LIBFUZZER")] : []
let fuzzLinking: [LinkerSetting] = libFuzzer ? [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])] : []

let package = Package(
    name: "permitcheck",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PermitCheck", targets: ["PermitCheck"]),
        .executable(name: "permitcheck", targets: ["permitcheck"]),
        .library(name: "ExampleKit", targets: ["ExampleKit"]),
        .executable(name: "permitcheck-examples", targets: ["permitcheck-examples"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .executableTarget(
            name: "permitcheck-bundler",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .plugin(
            name: "BundlePacks",
            capability: .buildTool(),
            dependencies: ["permitcheck-bundler"]
        ),
        .target(
            name: "PermitCheckModel",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")] + instrumented
        ),
        .target(
            name: "PermitCheck",
            dependencies: ["PermitCheckModel", "CYAML", "CZlib"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")] + instrumented,
            plugins: ["BundlePacks"]
        ),
        .target(
            name: "PermitCheckFuzz",
            dependencies: ["PermitCheck", "PermitCheckModel"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")] + instrumented
        ),
        .executableTarget(
            name: "permitcheck-fuzz",
            dependencies: ["PermitCheckFuzz"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")] + instrumented,
            linkerSettings: fuzzLinking
        ),
        .target(
            name: "PermitCheckServer",
            dependencies: [
                "PermitCheck",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            // Embedded by the plugin, not a resource: a binary copied alone still serves it.
            exclude: ["openapi.json"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")],
            plugins: ["BundlePacks"]
        ),
        .executableTarget(
            name: "permitcheck",
            dependencies: [
                "PermitCheck",
                "PermitCheckServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .executableTarget(
            name: "permitcheck-bench",
            dependencies: ["PermitCheck", "ExampleKit"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .target(
            name: "ExampleKit",
            dependencies: ["PermitCheck"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .executableTarget(
            name: "permitcheck-examples",
            dependencies: [
                "ExampleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "PermitCheckServerTests",
            dependencies: [
                "PermitCheckServer",
                "PermitCheck",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "PermitCheckTests",
            dependencies: ["PermitCheck", "ExampleKit", "PermitCheckFuzz"],
            exclude: ["Fixtures"],
            resources: [.copy("Cases")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
