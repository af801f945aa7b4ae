import Foundation

/// `reserve-status`: where a system's outage stands against its procedure's reserve routine.
///
/// Inputs are typed: the start is an instant (given, or the open outage in the log), and it reaches the guide's
/// clock fact as a time, not as text.
package struct ReserveStatusQuery: Sendable {
    /// Whether a prognosis for the system's return has been given.
    package enum Prognosis: Sendable {
        /// A prognosis for this time (checked to be a time; the rules read only that there is one).
        case given(eta: TimeInput)
        case none
    }

    /// The system's name or alias, in any case.
    package var system: String
    /// The scenario (a choice of the guide's `scenario` fact); `nil` takes the log's, else the procedure's default.
    package var scenario: String?
    /// When the outage started; `nil` reads the open outage of the system from `log`.
    package var since: TimeInput?
    package var prognosis: Prognosis?
    package var now: TimeInput
    /// The outage log to read when `since` is not given.
    package var log: OutageLog?
    package var language: Language?

    package init(
        system: String, scenario: String? = nil, since: TimeInput? = nil, prognosis: Prognosis? = nil,
        now: TimeInput, log: OutageLog? = nil, language: Language? = nil
    ) {
        self.system = system
        self.scenario = scenario
        self.since = since
        self.prognosis = prognosis
        self.now = now
        self.log = log
        self.language = language
    }

    /// The status, and warnings about the outage log (lines it skipped).
    package struct Answer: Sendable {
        package let status: MonitorStatus
        package let procedure: Procedure
        package let warnings: [String]
    }

    /// Throws `notFound` for an unknown system or one without a reserve routine, and a data error with exit 3
    /// when the outage starts after `now` (a monitoring check cannot tell).
    package func answer(in catalog: Catalog) throws(GovError) -> Answer {
        let (system, _) = try catalog.system(named: self.system)
        guard let (guide, procedure) = catalog.guide(purpose: "reserve-status", for: system),
            let monitor = guide.monitor
        else {
            throw GovError(
                .notFound, "no procedure has a reserve routine for '\(system.name)'",
                hint: "'govctl list' shows the procedures")
        }
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        var request = GuideRequest(system: system, now: try now.date(in: clock), language: language)
        var warnings: [String] = []
        var scenario = self.scenario
        var hasPrognosis: Bool?
        if let since {
            request.timeFacts[monitor.since] = try since.date(in: clock)
        } else if let log {
            let (records, problems) = try log.read()
            warnings += problems
            if let open = OutageLog.outages(records).last(where: { $0.system == system.id && $0.isOpen }) {
                request.timeFacts[monitor.since] = open.start.at
                scenario = scenario ?? open.start.scenario
                if open.prognosis != nil { hasPrognosis = true }
            }
        }
        switch prognosis {
        case .given(let eta)?:
            _ = try eta.date(in: clock)
            hasPrognosis = true
        case .none?: hasPrognosis = false
        case nil: break
        }
        // Only facts the guide takes: a procedure without scenarios or prognoses ignores them.
        func settable(_ id: String, _ kind: FactDefinition.Kind? = nil) -> Bool {
            guide.facts.contains { $0.id == id && $0.value == nil && (kind == nil || $0.kind == kind) }
        }
        if let scenario, settable("scenario") { request.textFacts["scenario"] = scenario }
        if let hasPrognosis, settable("prognosis", .boolean) { request.jsonFacts["prognosis"] = .bool(hasPrognosis) }
        request.timeFacts = request.timeFacts.filter { settable($0.key, .time) }
        let result = try GuideEvaluator.evaluate(guide, in: procedure, request: request)
        guard let status = MonitorStatus(result) else {
            throw GovError(.internal, "the guide has no monitor", hint: "report this")
        }
        if let elapsed = status.elapsedSeconds, elapsed < 0 {
            throw GovError(
                .dataError,
                "the outage starts after the time evaluated (\(result.now.calendarDate) \(result.now.clock))",
                hint: "check --since and --now; a start in the future cannot be assessed"
            )
            .withExit(MonitorStatus.Level.unknown.exitCode)
        }
        return Answer(status: status, procedure: procedure, warnings: warnings)
    }
}
