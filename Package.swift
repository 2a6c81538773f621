// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Specgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .library(name: "SpecgenCore", targets: ["SpecgenCore"]),
        .library(name: "SpecgenRuntime", targets: ["SpecgenRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "SpecgenCore", dependencies: ["CYAML"]),
        .target(name: "SpecgenRuntime"),
        .executableTarget(
            name: "specgen",
            dependencies: [
                "SpecgenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SpecgenCoreTests", dependencies: ["SpecgenCore"], exclude: ["Fixtures"]),
        .testTarget(name: "SpecgenCLITests", dependencies: ["specgen"]),
        .testTarget(name: "SpecgenRuntimeTests", dependencies: ["SpecgenRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
