import Reportable
import Foundation
import Hummingbird
import HummingbirdCore
import HTTPTypes
import Logging
import ServiceLifecycle
import Clustering
import Graph
import Workspace

/// `agenda serve`'s web server: the live report on loopback, its JSON endpoints, and the
/// guards a local app needs against the rest of the web.
///
/// - Only the listening host's own names are accepted in `Host` (no DNS rebinding).
/// - A state-changing request must come from the page itself: its `Origin` is this server and
///   it carries the session's token (`X-Agenda-Session`), which only the served page knows.
/// - Bodies are bounded (``maximumBody`` bytes); bad requests get a 4xx and one sentence.
/// - Listening beyond loopback takes an access token, asked for on every request: the one the
///   server printed, or on a team server each person's own (``TeamAccess``), which names her
///   as the author of her corrections and decisions. A token is never written to the log.
/// - No request names a file: the corpus is the one the server was started on.
/// - A connection that sends no request (or only part of one) for ``Settings/idleTimeout`` is
///   closed, and the server holds at most ``Settings/maximumConnections`` at once, well inside
///   the process's file limit: a flood of idle connections waits its turn instead of starving
///   the server of file descriptors.
/// - Every failed request is logged in one line (method, path, status, time, its sentence);
///   with ``Settings/verbose``, every request.
public struct ReportServer: Sendable {
    /// Where to listen, and the token asked for when that is beyond loopback.
    public struct Settings: Sendable {
        public var host: String
        public var port: Int
        /// Required (as `?access=` once, then a cookie) when `host` is not a loopback address.
        public var accessToken: String?
        /// How long a connection may send nothing before it is closed (an open event stream
        /// that is being answered is not idle).
        public var idleTimeout: Duration
        /// The most connections held open at once; `nil` takes the process's file limit, raised
        /// as far as the system allows, less what the server needs for its own files.
        public var maximumConnections: Int?
        /// Whether every request is logged, not only those that fail.
        public var verbose: Bool
        /// On a team server, who a person's token names; asked beyond loopback instead of `accessToken`.
        public var team: TeamAccess?
        /// The author of what is decided where no person's token says who: the local user.
        public var localAuthor: String

        public init(host: String = "127.0.0.1", port: Int = 8080, accessToken: String? = nil, idleTimeout: Duration = .seconds(30), maximumConnections: Int? = nil, verbose: Bool = false, team: TeamAccess? = nil, localAuthor: String = "local") {
            self.host = host
            self.port = port
            self.accessToken = accessToken
            self.idleTimeout = idleTimeout
            self.maximumConnections = maximumConnections
            self.verbose = verbose
            self.team = team
            self.localAuthor = localAuthor
        }

        /// Whether `host` is a loopback address or name.
        public var isLoopback: Bool { ["127.0.0.1", "localhost", "::1"].contains(host) }
    }

    /// The most bytes a request body may have: a correction is a few hundred.
    public static let maximumBody = 8 * 1024

    public let report: LiveReport
    public let settings: Settings

    public init(report: LiveReport, settings: Settings) {
        self.report = report
        self.settings = settings
    }

    /// Serves until Ctrl-C (or SIGTERM); `started` receives the address to open once listening,
    /// `log` one line per request and what the server itself has to say.
    public func run(started: @escaping @Sendable (String) -> Void, log: @escaping @Sendable (String) -> Void) async throws {
        let settings = settings
        var logger = Logger(label: "agenda-serve") { _ in LineLogHandler(write: log) }
        logger.logLevel = .warning
        let connections = settings.maximumConnections ?? Self.connectionBudget()
        let app = Application(
            router: router(log: log),
            server: .http1(configuration: .init(idleTimeout: .milliseconds(Self.milliseconds(settings.idleTimeout)))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "agenda", backlog: 4096, availableConnectionsDelegate: MaximumAvailableConnections(connections, logger: logger)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
                // A team's people open it with their own tokens, which the server does not know.
                let access = settings.isLoopback || settings.team != nil ? "" : "?access=\(settings.accessToken ?? "")"
                started("http://\(host):\(port)/\(access)")
            },
            logger: logger
        )
        try await app.runService()
    }

    /// Raises the process's limit on open files to what the system allows and returns how many
    /// connections fit inside it, keeping 256 descriptors for the database, the documents and
    /// the event loop.
    static func connectionBudget() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 768 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return max(64, Int(clamping: limit.rlim_cur) - 256)
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000 + attoseconds / 1_000_000_000_000_000
    }

    func router(log: @escaping @Sendable (String) -> Void = { _ in }) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard(settings: settings, sessionToken: report.sessionToken, log: log))
        let report = report
        router.get("/") { _, _ -> Response in
            let page = try await report.page()
            var headers = HTTPFields()
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        }
        router.get("api/report") { _, _ -> Response in
            Self.json(.ok, try await report.reportJSON())
        }
        router.get("api/decisions") { _, _ -> Response in
            Self.json(.ok, try report.authorship())
        }
        router.get("api/events") { _, _ -> Response in
            let stream = await report.events()
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-store"
            // The stream ends when the server shuts down, so that an open page never holds Ctrl-C up.
            let events = stream.cancelOnGracefulShutdown().map { revision in ByteBuffer(string: "data: \(revision)\n\n") }
            return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: events))
        }
        router.post("api/corrections") { request, context -> Response in
            let body = try await Self.decode(CorrectionRequest.self, from: request, context: context)
            return Self.revision(try await report.correct(body.correction, basedOn: body.revision, by: RequestGuard.author(of: request)))
        }
        router.post("api/review") { request, context -> Response in
            let body = try await Self.decode(ReviewRequest.self, from: request, context: context)
            return Self.revision(try await report.review(body.decision, basedOn: body.reviewRevision, by: RequestGuard.author(of: request)))
        }
        router.post("api/undo") { request, context -> Response in
            let body = try await Self.decode(RevisionRequest.self, from: request, context: context)
            return Self.revision(try await report.undo(basedOn: body.revision, reviewRevision: body.reviewRevision, by: RequestGuard.author(of: request)))
        }
        router.post("api/reingest") { request, context -> Response in
            _ = try await Self.decode(RevisionRequest.self, from: request, context: context)
            return Self.revision(try await report.reingest())
        }
        return router
    }

    struct CorrectionRequest: Decodable {
        var correction: ClusterCorrection
        var revision: String?
    }

    struct ReviewRequest: Decodable {
        var decision: ReviewDecision
        /// The revision of `agenda-review.yaml` the reviewer saw.
        var reviewRevision: String?
    }

    struct RevisionRequest: Decodable {
        var revision: String?
        /// The revision of `agenda-review.yaml` the page shows.
        var reviewRevision: String?
    }

    /// The body of `request` as `type`, bounded and decoded, or a 4xx that says what is wrong.
    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request, context: BasicRequestContext) async throws -> Body {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBody)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the request body is larger than \(maximumBody) bytes, more than any correction needs")
        }
        do {
            return try JSONDecoder().decode(type, from: Data(buffer.readableBytesView))
        } catch {
            throw HTTPError(.badRequest, message: "the request body is not the JSON this address takes (see docs/report.md)")
        }
    }

    static func revision(_ revision: String) -> Response {
        json(.ok, Data(#"{"revision":"\#(revision)"}"#.utf8))
    }

    static func json(_ status: HTTPResponse.Status, _ data: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"error": sentence}` with `status`.
    static func failure(_ status: HTTPResponse.Status, _ sentence: String, revision: String? = nil) -> Response {
        struct Failure: Encodable {
            var error: String
            var revision: String?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return json(status, (try? encoder.encode(Failure(error: sentence, revision: revision))) ?? Data(#"{"error":"the request failed"}"#.utf8))
    }
}

/// Refuses what does not come from the served page, turns every failure into a 4xx (or
/// 500) with one sentence, and logs it in one line (every request when verbose).
struct RequestGuard: RouterMiddleware {
    typealias Context = BasicRequestContext
    let settings: ReportServer.Settings
    let sessionToken: String
    /// Where the line of each request goes.
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let (response, sentence) = await answer(request, context: context, next: next)
        guard settings.verbose || response.status.code >= 400 else { return response }
        let elapsed = ReportServer.milliseconds(ContinuousClock.now - started)
        // The path without its query: an access token is never written to a log.
        log("\(request.method) \(request.uri.path) \(response.status.code) \(elapsed) ms" + (sentence.map { ": \($0)" } ?? ""))
        return response
    }

    /// The response to `request`, and the sentence of a failure.
    private func answer(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async -> (Response, String?) {
        func failure(_ status: HTTPResponse.Status, _ sentence: String, revision: String? = nil) -> (Response, String?) {
            (ReportServer.failure(status, sentence, revision: revision), sentence)
        }
        let authority = request.head.authority ?? ""
        guard Self.hostName(authority).map(allowedHosts.contains) ?? false else {
            return failure(.misdirectedRequest, "this server answers only to its own address, not to \(authority.isEmpty ? "a request without a Host" : authority)")
        }
        var grant: String?
        var author = settings.localAuthor
        if !settings.isLoopback {
            let query = request.uri.queryParameters["access"].map(String.init)
            let cookie = request.cookies["agenda-access"]?.value
            if let team = settings.team {
                // The token in the address (a first visit), else the cookie it left.
                guard let (token, name) = [query, cookie].lazy.compactMap({ $0 }).compactMap({ token in (try? team.member(token)).flatMap { $0 }.map { (token, $0) } }).first else {
                    return failure(.unauthorized, "this server asks for your own access token; open it with the address you were given, or ask whoever runs it for one (agenda users add NAME)")
                }
                author = name
                if token == query { grant = token }
            } else if let token = settings.accessToken {
                guard query == token || cookie == token else {
                    return failure(.unauthorized, "this server asks for the access token it printed when it started")
                }
                if query == token { grant = token }
            }
        }
        if request.method != .get && request.method != .head {
            guard request.headers[.origin] == "http://\(authority)" else {
                return failure(.forbidden, "a change is taken only from the served page itself, and this request comes from \(request.headers[.origin] ?? "nowhere that says so")")
            }
            guard request.headers.first(where: { $0.name.canonicalName == "x-agenda-session" })?.value == sessionToken else {
                return failure(.forbidden, "a change needs the session token of the served page; reload the page")
            }
        }
        // Who makes a change is the guard's to say, never the request's.
        var head = request.head
        head.headerFields[Self.authorField] = nil
        head.headerFields[Self.authorField] = Self.encoded(author)
        var answer: (response: Response, sentence: String?)
        do {
            answer = (try await next(Request(head: head, body: request.body), context), nil)
        } catch let error as DecisionConflict {
            answer = failure(.conflict, "\(error.problem); \(error.remedy ?? "")", revision: error.current)
        } catch let error as HTTPError {
            answer = failure(error.status, error.body ?? Self.sentence(for: error.status))
        } catch let error as any ReportableError {
            answer = failure(.unprocessableContent, Self.sentence(for: error))
        } catch {
            answer = failure(.internalServerError, "the server could not answer (\(error))")
        }
        if let grant {
            answer.response.setCookie(.init(name: "agenda-access", value: grant, path: "/", httpOnly: true, sameSite: .strict))
        }
        return answer
    }

    /// The header the guard hands the author of a request on in.
    static let authorField = HTTPField.Name("x-agenda-author")!

    /// The author the guard named for `request` (percent-encoded in the header, as a name may
    /// hold any character).
    static func author(of request: Request) -> String {
        request.headers[authorField].flatMap { $0.removingPercentEncoding } ?? "local"
    }

    static func encoded(_ author: String) -> String {
        author.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "local"
    }

    var allowedHosts: Set<String> { ["127.0.0.1", "localhost", "::1", settings.host] }

    /// The host name of an authority (`localhost:8080` → `localhost`, `[::1]:80` → `::1`).
    static func hostName(_ authority: String) -> String? {
        guard !authority.isEmpty else { return nil }
        if authority.hasPrefix("[") {
            guard let end = authority.firstIndex(of: "]") else { return nil }
            return String(authority[authority.index(after: authority.startIndex)..<end])
        }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// The error as one sentence for the page: the file by its name alone (the page has no use
    /// for where the server keeps it), the line, what is wrong and what to do.
    static func sentence(for error: any ReportableError) -> String {
        error.sentence(namingFileAs: error.file.map { URL(fileURLWithPath: $0).lastPathComponent })
    }

    static func sentence(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "there is nothing at this address; the report is at /"
        case .methodNotAllowed: "this address does not take that method"
        default: "the request cannot be answered (\(status.code))"
        }
    }
}
