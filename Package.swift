// swift-tools-version: 6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "agenda",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "agenda", targets: ["AgendaCLI"]),
        .executable(name: "agenda-bench", targets: ["AgendaBench"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Clustering", targets: ["Clustering"]),
        .library(name: "Linking", targets: ["Linking"]),
        .library(name: "Export", targets: ["Export"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "Graph",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                "CLibXML2", "CZlib",
            ],
            swiftSettings: upcoming
        ),
        .target(name: "Clustering", swiftSettings: upcoming),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Linking", dependencies: ["Graph", "Clustering"], swiftSettings: upcoming),
        .target(name: "Export", dependencies: ["Graph", "Linking"], swiftSettings: upcoming),
        .executableTarget(
            name: "AgendaCLI",
            dependencies: [
                "Graph", "Clustering", "Linking", "Export",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "AgendaBench",
            dependencies: [
                "Graph", "Export", "Clustering", "Linking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        // Built only by Scripts/fuzz.sh, with -sanitize=fuzzer (libFuzzer supplies main).
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "AgendaFuzz", dependencies: ["Graph", "CFuzzerDriver"], swiftSettings: upcoming),
        .testTarget(name: "GraphTests", dependencies: ["Graph"], exclude: ["Fixtures"], swiftSettings: upcoming),
        .testTarget(
            name: "ClusteringTests",
            dependencies: ["Clustering"],
            exclude: ["Fixtures"],
            swiftSettings: upcoming
        ),
        .testTarget(name: "LinkingTests", dependencies: ["Linking", "Graph", "Clustering"], exclude: ["Fixtures"], swiftSettings: upcoming),
        .testTarget(
            name: "ExportTests",
            dependencies: ["Export", "Linking", "Graph", "CLibXML2"],
            exclude: ["Fixtures"],
            swiftSettings: upcoming
        ),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI"], swiftSettings: upcoming),
    ]
)
