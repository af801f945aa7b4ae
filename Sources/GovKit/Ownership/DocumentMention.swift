/// A person or body a document's header names (who wrote, approved or owns the document), so that `who-owns
/// --person` finds the people a document names even where they hold no role for a system.
package struct DocumentMention: Sendable {
    /// The header field that names them.
    package enum Field: String, Sendable, CaseIterable {
        case author, approvedBy, owner

        var label: Vocabulary {
            switch self {
            case .author: return Vocabulary(nb: "forfatter", sv: "författare", en: "author")
            case .approvedBy: return Vocabulary(nb: "godkjent av", sv: "godkänd av", en: "approved by")
            case .owner: return Vocabulary(nb: "eier", sv: "ägare", en: "owner")
            }
        }

        /// "author of the document", in the output language.
        package func phrase(_ language: Language) -> String {
            "\(label.in(language)) \(Vocabulary.ofTheDocument.in(language))"
        }
    }

    package let field: Field
    /// The name as the document writes it ("Håkansson, Tor", "IKT systemansvarlig Annette Narvestad").
    package let name: String
    package let procedure: Procedure
}

extension Vocabulary {
    static let ofTheDocument = Vocabulary(nb: "(dokumenthodet)", sv: "(dokumenthuvudet)", en: "(document header)")
    package static let namedInDocuments = Vocabulary(
        nb: "Nevnt i dokumenthodene", sv: "Nämnd i dokumenthuvudena", en: "Named in the document headers")
}

extension Ownership {
    /// Every document header field that names `person`: the whole name or part of it, in any case, or every word
    /// of it in any order ("Tor Håkansson" finds "Håkansson, Tor").
    package func mentions(of person: String) -> [DocumentMention] {
        let needle = Self.normalized(person)
        let words = Self.words(person)
        guard !needle.isEmpty else { return [] }
        return catalog.procedures.flatMap { p -> [DocumentMention] in
            let d = p.document
            let fields: [(DocumentMention.Field, String?)] = [
                (.author, d.author), (.approvedBy, d.approvedBy), (.owner, d.owner),
            ]
            return fields.compactMap { field, name in
                guard let name else { return nil }
                let folded = Self.normalized(name)
                let found = folded.contains(needle) || (!words.isEmpty && words.allSatisfy { folded.contains($0) })
                return found ? DocumentMention(field: field, name: name, procedure: p) : nil
            }
        }
    }

    /// The names every document header gives (for "did you mean").
    func mentionedNames() -> [String] {
        catalog.procedures.flatMap {
            [$0.document.author, $0.document.approvedBy, $0.document.owner].compactMap { $0 }
        }
    }

    /// The words of a name, folded (at least two letters each).
    static func words(_ s: String) -> [String] {
        s.split { !$0.isLetter && !$0.isNumber }.map { normalized(String($0)) }.filter { $0.count >= 2 }
    }
}
