// swift-tools-version: 6.3
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "agenda",
    // Synchronization's Mutex and Atomic, which the clustering uses, need macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "agenda", targets: ["AgendaCLI"]),
        .executable(name: "agenda-bench", targets: ["AgendaBench"]),
        .library(name: "Workspace", targets: ["Workspace"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Documents", targets: ["Documents"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Clustering", targets: ["Clustering"]),
        .library(name: "Linking", targets: ["Linking"]),
        .library(name: "Export", targets: ["Export"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // The error a person reads, as one sentence: what every module's user-facing error conforms to.
        .target(name: "Reportable", swiftSettings: upcoming),
        // The graph model: kinds, nodes, edges, typed property keys, ids, errors.
        .target(name: "Graph", dependencies: ["Reportable"], swiftSettings: upcoming),
        // Formats read into outlines, outlines interpreted into graph deltas; the corpus folder.
        .target(
            name: "Documents",
            dependencies: [
                "Graph", "CLibXML2", "Zip",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        // The graph kept: in an SQLite file (through GRDB) or on a PostgreSQL server (through PostgresNIO).
        .target(
            name: "Store",
            dependencies: [
                "Graph",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(name: "Clustering", dependencies: ["Reportable"], swiftSettings: upcoming),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Zip archives read and written with zlib: Word and ODF documents in, Word documents out.
        .target(name: "Zip", dependencies: ["CZlib"], swiftSettings: upcoming),
        .target(name: "Linking", dependencies: ["Graph", "Clustering"], swiftSettings: upcoming),
        .target(
            name: "Export",
            dependencies: ["Reportable", "Graph", "Clustering", "Linking", "Zip", .product(name: "Crypto", package: "swift-crypto")],
            // The report's front end, built into the binary (HTML/ReportFrontEnd.swift).
            resources: ["report.html", "report.css", "errors.js", "model.js", "report.js", "live.js"].map { .embedInCode("HTML/Front/\($0)") },
            swiftSettings: upcoming
        ),
        // The application layer: the whole job, which every face below calls.
        .target(
            name: "Workspace",
            dependencies: [
                "Reportable", "Graph", "Documents", "Store", "Clustering", "Linking", "Export",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The background of workshop language that ships with the toolkit (Scripts/make-background.sh).
            resources: [.embedInCode("Resources/background.txt"), .embedInCode("Resources/lexicon.yaml")],
            swiftSettings: upcoming
        ),
        // `agenda serve`: the report live in the browser, corrections through the workspace.
        .target(
            name: "AgendaServer",
            dependencies: [
                "Reportable", "Workspace", "Export", "Graph", "Clustering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcoming
        ),
        // The typed options the command line and the benchmarks share.
        .target(
            name: "AgendaArguments",
            dependencies: ["Workspace", "Graph", "Clustering", "Export", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "AgendaCLI",
            dependencies: [
                "AgendaArguments", "AgendaServer", "Reportable", "Workspace", "Graph", "Documents", "Clustering", "Linking", "Export",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "AgendaBench",
            dependencies: [
                "AgendaArguments", "Workspace", "Graph", "Documents", "Store", "Clustering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        // Built only by Scripts/fuzz.sh, with -sanitize=fuzzer (libFuzzer supplies main).
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "AgendaFuzz", dependencies: ["Documents", "Graph", "Clustering", "CFuzzerDriver"], swiftSettings: upcoming),
        // Shared by the test targets: the bundled corpus, temporary folders, small graphs.
        .target(name: "TestSupport", dependencies: ["Graph", "Store", "Workspace", "Zip"], path: "Tests/TestSupport", swiftSettings: upcoming),
        .testTarget(name: "ReportableTests", dependencies: ["Reportable"], swiftSettings: upcoming),
        .testTarget(name: "GraphTests", dependencies: ["Graph", "TestSupport"], swiftSettings: upcoming),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Graph", "Zip", "TestSupport"], exclude: ["Fixtures"], swiftSettings: upcoming),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Graph", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: upcoming),
        .testTarget(name: "ClusteringTests", dependencies: ["Clustering"], exclude: ["Fixtures"], swiftSettings: upcoming),
        .testTarget(name: "LinkingTests", dependencies: ["Linking", "Graph", "Clustering", "TestSupport", .product(name: "Yams", package: "Yams")], swiftSettings: upcoming),
        .testTarget(
            name: "ExportTests",
            dependencies: ["Export", "Linking", "Graph", "Store", "Zip", "CLibXML2", "Clustering", "Workspace", "TestSupport"],
            // Front: the report script's own tests, which Node runs (ReportFrontEndTests).
            exclude: ["Fixtures", "Front"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "WorkspaceTests",
            dependencies: ["Workspace", "Reportable", "Graph", "Documents", "Store", "Clustering", "Linking", "Export", "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: upcoming
        ),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI", "TestSupport"], swiftSettings: upcoming),
    ]
)
