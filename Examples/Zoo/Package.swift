// swift-tools-version: 6.1
import PackageDescription

// An app that uses Specgen's build plugin: the ZooAPI target holds only a specgen.yaml and its spec (several
// files), and the client is generated into it at build time.
let package = Package(
    name: "Zoo",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Specgen", path: "../..")],
    targets: [
        .target(
            name: "ZooAPI",
            dependencies: [.product(name: "SpecgenRuntime", package: "Specgen")],
            plugins: [.plugin(name: "SpecgenBuild", package: "Specgen")]
        ),
        .executableTarget(name: "zoo-demo", dependencies: ["ZooAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
