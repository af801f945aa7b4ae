extension GuideDecoder {
    /// A guide's `monitor` block: how its result reads as a monitoring check (checked in ProcedureChecker.checkMonitor).
    static func decodeMonitor(_ node: JSONNode, sink: DiagnosticSink) -> Monitor? {
        var r = ObjectReader(node, what: "'monitor'", sink: sink)
        guard r.isObject else { return nil }
        let state = r.string("state", required: true)
        var levels: [String: Monitor.Level] = [:]
        var levelKeys: [String]?
        if let levelsNode = r.node("levels", required: true) {
            if case .object(let members) = levelsNode.kind {
                levelKeys = members.map(\.key)
                for member in members {
                    if case .string(let text) = member.value.kind, let level = Monitor.Level(rawValue: text) {
                        levels[member.key] = level
                    } else {
                        sink.error(
                            .invalidValue, at: member.value.offset,
                            "the level of '\(member.key)' must be \"ok\", \"warning\" or \"critical\"",
                            hint: "write e.g. \"\(member.key)\": \"warning\"")
                    }
                }
            } else {
                r.typeError("levels", levelsNode, expected: "an object of state → level")
            }
        }
        let since = r.string("since", required: true)
        let deadlineMinutes = r.string("deadlineMinutes")
        let deadlineApplies = r.string("deadlineApplies")
        var labels: [String: LocalizedText] = [:]
        var labelKeys: [String]? = []
        if let labelsNode = r.node("labels") {
            if case .object(let members) = labelsNode.kind {
                labelKeys = members.map(\.key)
                for member in members {
                    labels[member.key] = TextDecoder.decode(member.value, key: "labels.\(member.key)", sink: sink)
                }
            } else {
                labelKeys = nil
                r.typeError("labels", labelsNode, expected: "an object of state → text")
            }
        }
        let deadlineLabel = r.text("deadlineLabel")
        let prognosis = r.string("prognosis")
        let prognosisEta = r.string("prognosisEta")
        let probeFailures = r.int("probeFailures")
        if let probeFailures, probeFailures < 1, let node = r.node("probeFailures") {
            sink.error(.invalidValue, at: node.offset, "'probeFailures' must be 1 or more", hint: "e.g. 3")
        }
        let recovery = r.node("recovery").flatMap { decodeRecovery($0, sink: sink) }
        let endedLabel = r.text("endedLabel")
        var interpretations: [(id: String, text: LocalizedText)] = []
        if let node = r.node("interpretations") {
            if case .object(let members) = node.kind {
                for member in members {
                    if let text = TextDecoder.decode(member.value, key: "interpretations.\(member.key)", sink: sink) {
                        interpretations.append((member.key, text))
                    }
                }
            } else {
                r.typeError("interpretations", node, expected: "an object of derived value → text")
            }
        }
        let source = r.string("source", required: true)
        r.finish()
        guard let state, let since, let source else { return nil }
        var monitor = Monitor(
            state: state, levels: levels, since: since, deadlineMinutes: deadlineMinutes,
            deadlineApplies: deadlineApplies,
            labels: labels, deadlineLabel: deadlineLabel, source: source)
        monitor.prognosis = prognosis
        monitor.prognosisEta = prognosisEta
        monitor.probeFailures = probeFailures
        monitor.endedLabel = endedLabel
        monitor.recovery = recovery
        monitor.interpretations = interpretations
        monitor.offset = node.offset
        monitor.levelKeys = levelKeys
        monitor.labelKeys = labelKeys
        monitor.levelsOffset = r.node("levels")?.offset
        monitor.labelsOffset = r.node("labels")?.offset
        return monitor
    }

    /// `"recovery": { "minutes": 15, "interpretation": { … } }`: no source names a recovery period, so the block
    /// must say it is govctl's reading.
    static func decodeRecovery(_ node: JSONNode, sink: DiagnosticSink) -> Monitor.Recovery? {
        var r = ObjectReader(node, what: "'monitor.recovery'", sink: sink)
        guard r.isObject else { return nil }
        let minutes = r.int("minutes", required: true)
        if let minutes, !(0...Monitor.Recovery.maxMinutes).contains(minutes), let at = r.node("minutes") {
            sink.error(
                .invalidValue, at: at.offset,
                "'recovery.minutes' must be whole minutes from 0 to \(Monitor.Recovery.maxMinutes) (a day)",
                hint: "e.g. \"minutes\": 15")
        }
        if r.node("interpretation") == nil {
            sink.error(
                .missingKey, at: node.offset,
                "'monitor.recovery' has no 'interpretation': no source names a recovery period, so it is govctl's reading",
                hint:
                    "add \"interpretation\": { \"sv\": \"…\", \"en\": \"…\" } saying what govctl reads into the source")
        }
        let interpretation = r.interpretation()
        r.finish()
        guard let minutes, let interpretation, (0...Monitor.Recovery.maxMinutes).contains(minutes) else { return nil }
        return Monitor.Recovery(minutes: minutes, interpretation: interpretation)
    }
}
