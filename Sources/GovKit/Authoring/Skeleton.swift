/// A new procedure file (`govctl new ID --lang nb|sv`): free of errors as it stands (its tests pass), in the canonical
/// layout, with one example of each part for the author to overwrite: the document, a system, a role with a holder,
/// a route, a guide with a required fact, a constant from the source, a derived value and two steps, and a test.
/// Every text to replace holds `TODO`, and each is a warning until replaced (`LeftoverTodos`; `--strict` fails).
package enum Skeleton {
    /// Whether `id` may be a procedure id: lowercase letters, digits and `-`, starting with a letter or digit.
    package static func isValidId(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-" else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The file's text for a procedure `id` whose source document is in `language` (nb or sv).
    package static func text(id: String, language: Language) -> String {
        let w = Words(language)
        let system = "\(id)-system"
        let guide = "\(id)-guide"
        return """
            {
              "$schema": "../schema/procedure.schema.json",
              "schemaVersion": 1,
              "id": "\(id)",
              "document": {
                "title": { "\(w.code)": "TODO: \(w.title)", "en": "TODO: the document's title" },
                "documentType": { "\(w.code)": "\(w.procedure)", "en": "Procedure" },
                "organisation": "TODO: who issued the document",
                "language": "\(w.code)",
                "version": "TODO",
                "sourceFile": "TODO: the source document's file in shared/sources/",
                "timeZone": "\(w.zone)",
                "notes": [{ "\(w.code)": "TODO: \(w.note)", "en": "TODO: a remark, e.g. a field the source leaves blank" }]
              },
              "systems": [
                { "id": "\(system)", "name": "TODO System", "aliases": ["TODO"], "organisation": "TODO", "criticality": null, "source": "TODO: section" }
              ],
              "roles": [
                {
                  "id": "systemeier",
                  "systems": ["\(system)"],
                  "name": { "\(w.code)": "\(w.owner)", "en": "System owner" },
                  "holders": [{ "name": "TODO: name", "kind": "person" }],
                  "contacts": [{ "kind": "phone", "value": "TODO" }],
                  "duties": [{ "text": { "\(w.code)": "TODO: \(w.duty)", "en": "TODO: a duty" }, "source": "TODO: section" }],
                  "source": "TODO: section"
                }
              ],
              "routes": [
                {
                  "id": "\(id)-access",
                  "systems": ["\(system)"],
                  "keywords": ["\(w.access)", "access"],
                  "title": { "\(w.code)": "TODO: \(w.accessTitle)", "en": "TODO: Access" },
                  "text": { "\(w.code)": "TODO: \(w.routeText)", "en": "TODO: where to go" },
                  "role": "systemeier",
                  "source": "TODO: section"
                }
              ],
              "guides": [
                {
                  "id": "\(guide)",
                  "title": { "\(w.code)": "TODO: \(w.guideTitle)", "en": "TODO: what to do when the system is down" },
                  "systems": ["\(system)"],
                  "facts": [
                    { "id": "since", "type": "time", "label": { "\(w.code)": "\(w.since)", "en": "Outage started" }, "required": true },
                    { "id": "escalateAfterMinutes", "type": "number", "label": { "\(w.code)": "\(w.after)", "en": "Escalate after (minutes)" }, "value": 60, "source": "TODO: section" }
                  ],
                  "derived": [
                    { "id": "escalate", "logic": { ">=": [{ "var": "since.elapsedMinutes" }, { "var": "escalateAfterMinutes" }] }, "source": "TODO: section" }
                  ],
                  "steps": [
                    { "id": "report", "role": "systemeier", "text": { "\(w.code)": "TODO: \(w.report)", "en": "TODO: report the outage" }, "source": "TODO: section" },
                    { "id": "escalate", "when": { "var": "escalate" }, "text": { "\(w.code)": "TODO: \(w.escalate)", "en": "TODO: escalate (since {{since.time}})" }, "source": "TODO: section" }
                  ],
                  "source": "TODO: section"
                }
              ],
              "tests": [
                {
                  "name": "after 60 minutes the guide says to escalate",
                  "guide": "\(guide)",
                  "now": "2026-01-05T10:00",
                  "facts": { "since": "2026-01-05T09:00" },
                  "expect": { "derived": { "escalate": true }, "steps": ["report", "escalate"], "missing": [] }
                },
                {
                  "name": "after 59 minutes it does not",
                  "guide": "\(guide)",
                  "now": "2026-01-05T09:59",
                  "facts": { "since": "2026-01-05T09:00" },
                  "expect": { "derived": { "escalate": false }, "steps": ["report"] }
                }
              ]
            }

            """
    }

    /// The source-language words of the skeleton.
    struct Words {
        let code: String
        let title, procedure, note, owner, duty, access, accessTitle, routeText, guideTitle, since, after, report,
            escalate, zone: String

        init(_ language: Language) {
            code = language.rawValue
            switch language {
            case .sv:
                (title, procedure, note, owner, duty) = (
                    "dokumentets titel", "Rutin", "en anmärkning", "Systemägare", "ett ansvar"
                )
                (access, accessTitle, routeText, guideTitle) = (
                    "behörighet", "Behörighet", "vart man vänder sig", "vad man gör när systemet inte fungerar"
                )
                (since, after, report, escalate, zone) = (
                    "Driftstörningen började", "Eskalera efter (minuter)", "anmäl driftstörningen",
                    "eskalera (sedan {{since.time}})", "Europe/Stockholm"
                )
            case .nb, .en:
                (title, procedure, note, owner, duty) = (
                    "dokumentets tittel", "Prosedyre", "en merknad", "Systemeier", "et ansvar"
                )
                (access, accessTitle, routeText, guideTitle) = (
                    "tilgang", "Tilgang", "hvor man henvender seg", "hva man gjør når systemet er nede"
                )
                (since, after, report, escalate, zone) = (
                    "Driftsavbruddet startet", "Eskaler etter (minutter)", "meld driftsavbruddet",
                    "eskaler (siden {{since.time}})", "Europe/Oslo"
                )
            }
        }
    }
}
