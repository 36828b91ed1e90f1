// swift-tools-version:6.0
import PackageDescription

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
            name: "PermitCheck",
            dependencies: ["CYAML", "CZlib"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")],
            plugins: ["BundlePacks"]
        ),
        .executableTarget(
            name: "permitcheck",
            dependencies: [
                "PermitCheck",
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
            name: "PermitCheckTests",
            dependencies: ["PermitCheck", "ExampleKit"],
            exclude: ["Fixtures"],
            resources: [.copy("Cases")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
