import Foundation

/// `reserve-status`: where a system's outage stands against its procedure's reserve routine.
///
/// Inputs are typed: the start is an instant (given, or the open outage in the log), and it reaches the guide's
/// clock fact as a time, not as text.
package struct ReserveStatusQuery: Sendable {
    /// Whether a prognosis for the system's return has been given.
    package enum Prognosis: Sendable {
        /// A prognosis for this time.
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
    package var log: (any OutageStore)?
    package var language: Language?

    package init(
        system: String, scenario: String? = nil, since: TimeInput? = nil, prognosis: Prognosis? = nil,
        now: TimeInput, log: (any OutageStore)? = nil, language: Language? = nil
    ) {
        self.system = system
        self.scenario = scenario
        self.since = since
        self.prognosis = prognosis
        self.now = now
        self.log = log
        self.language = language
    }

    /// The status, and where it came from.
    package struct Answer: Sendable {
        package let status: MonitorStatus
        package let procedure: Procedure
        package let warnings: [String]
        /// The log read (`nil` when `--since` was given).
        package let log: String?
        /// The episode under way read from the log: an open outage, or one that ended within the recovery period.
        package let episode: OutageEpisode?
        /// The system's latest episode in the log, under way or over (for "the outage has ended").
        package var latest: OutageEpisode? = nil
    }

    /// Throws `notFound` for an unknown system or one without a reserve routine; a missing, unreadable or damaged
    /// log, and an outage that starts after `now`, are errors with exit 3 (a monitoring check cannot tell).
    package func answer(in catalog: Catalog) throws(GovError) -> Answer {
        let (system, guide, monitor, procedure) = try OutageEntry.monitored(self.system, in: catalog)
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        var request = GuideRequest(system: system, now: try now.date(in: clock), language: language)
        var scenario = self.scenario
        var hasPrognosis: Bool?
        var eta: Date?
        var open: OutageEpisode?
        var latest: OutageEpisode?
        if let since {
            request.timeFacts[monitor.since] = try since.date(in: clock)
        } else if let log {
            do throws(GovError) {
                let index = try log.index()
                let systems = Set(catalog.procedures.flatMap { $0.systems.map(\.id) })
                if let problem = index.inconsistency(path: log.location, systems: systems) { throw problem }
                latest = index.episode(system.id, recovery: monitor.recoverySeconds)
            } catch {
                throw error.withExit(MonitorStatus.Level.unknown.exitCode)
            }
            if let latest, !latest.isOver(at: request.now) { open = latest }
            if let open {
                request.timeFacts[monitor.since] = open.startAt
                scenario = scenario ?? open.scenario
                if let prognosis = open.prognosis {
                    hasPrognosis = true
                    eta = prognosis.eta
                }
            }
        }
        switch prognosis {
        case .given(let time)?:
            eta = try time.date(in: clock)
            hasPrognosis = true
        case .none?:
            hasPrognosis = false
            eta = nil
        case nil: break
        }
        // Only facts the guide takes: a procedure without scenarios or prognoses ignores them.
        func settable(_ id: String?, _ kind: FactDefinition.Kind? = nil) -> Bool {
            guide.facts.contains { $0.id == id && $0.value == nil && (kind == nil || $0.kind == kind) }
        }
        if let scenario, settable("scenario") { request.textFacts["scenario"] = scenario }
        if let hasPrognosis, let fact = monitor.prognosis, settable(fact, .boolean) {
            request.jsonFacts[fact] = .bool(hasPrognosis)
        }
        if let eta, let fact = monitor.prognosisEta { request.timeFacts[fact] = eta }
        request.timeFacts = request.timeFacts.filter { settable($0.key, .time) }
        let result = try GuideEvaluator.evaluate(guide, in: procedure, request: request)
        guard var status = MonitorStatus(result) else {
            throw GovError(.internal, "the guide has no monitor", hint: "report this")
        }
        if let elapsed = status.elapsedSeconds, elapsed < 0 {
            // A check (Nagios) gives no --since: there the start is the log's, and the clocks disagree.
            let hint =
                since != nil || log == nil
                ? "check --since and --now; a start in the future cannot be assessed"
                : "the outage log's start\(open.map { " (\(log?.location ?? "") line \($0.first.start.line))" } ?? "") is after this host's clock: check the clocks (timedatectl) of this host and of the one that logged it, or correct the start with 'govctl outage amend --start TIME'"
            throw GovError(
                .dataError,
                "the outage starts after the time evaluated (\(result.now.calendarDate) \(result.now.clock))",
                hint: hint
            )
            .withExit(MonitorStatus.Level.unknown.exitCode)
        }
        if since == nil, let log {
            status.log = log.location
            if let open, let seen = ProbeWatch.lastReachable(system.id, log: log), seen >= open.startAt {
                status.probeReachable = clock.local(seen)
            }
            if let open, let up = open.upSince, let ends = open.endsAt {
                status.recovering = MonitorStatus.Recovering(up: clock.local(up), ends: clock.local(ends))
            }
            status.notes = open?.notes ?? []
        }
        return Answer(
            status: status, procedure: procedure, warnings: [], log: since == nil ? log?.location : nil, episode: open,
            latest: latest)
    }
}
