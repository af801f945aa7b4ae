import Foundation

/// One `source` string of a procedure file and the entry that carries it, e.g. `roles[linjeledere].duties[1]`.
package struct Citation: Sendable {
    /// Where the entry sits in the file: keys, and array entries by their `id` or by their position from 1.
    package let path: String
    /// The citation as written: "<section>[, <sub-heading>]…" parts separated by "; ".
    package let text: String
    /// Byte offset of the `source` value, for messages.
    package let offset: Int
    /// What the entry says, for a reader of `trace` (its text, title, name or label), if it has one.
    package let summary: LocalizedText?
    /// The entry's `interpretation`, where the data reads more than the source says.
    package let interpretation: LocalizedText?

    /// The citation's parts: each names one section.
    package var parts: [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Collects every `source` of a parsed procedure file (tests excepted), walking the file once.
enum CitationCollector {
    static func collect(_ root: JSONNode) -> [Citation] {
        var out: [Citation] = []
        walk(root, path: "", into: &out)
        return out
    }

    private static func walk(_ node: JSONNode, path: String, into out: inout [Citation]) {
        if node.isArray {
            for (i, element) in node.elements.enumerated() {
                let id = element.isObject ? element.members.first { $0.hasKey("id") }?.value.stringValue : nil
                walk(element, path: path + "[\(id ?? String(i + 1))]", into: &out)
            }
            return
        }
        guard node.isObject else { return }
        var summary: LocalizedText?
        var interpretation: LocalizedText?
        var source: JSONNode?
        for member in node.members {
            if member.hasKey("source") {
                source = member.value
            } else if member.hasKey("interpretation") {
                interpretation = text(member.value)
            } else if summary == nil, ["text", "title", "name", "label", "what"].contains(where: member.hasKey) {
                summary = text(member.value)
            }
        }
        if let source, let value = source.stringValue {
            out.append(
                Citation(
                    path: path.isEmpty ? "(file)" : path, text: value, offset: source.offset, summary: summary,
                    interpretation: interpretation))
        }
        for member in node.members where member.value.isObject || member.value.isArray {
            if path.isEmpty && (member.hasKey("tests") || member.hasKey("document")) { continue }
            walk(member.value, path: path.isEmpty ? member.key : path + "." + member.key, into: &out)
        }
    }

    /// A text object, or a plain string (a system's `name`) as a text in every language.
    private static func text(_ node: JSONNode) -> LocalizedText? {
        if let s = node.stringValue { return LocalizedText([.nb: s, .sv: s, .en: s]) }
        guard node.isObject else { return nil }
        var values = LocalizedText()
        for member in node.members {
            if let language = Language(rawValue: member.key), let s = member.value.stringValue {
                values[language] = s
            }
        }
        return values.isEmpty ? nil : values
    }
}
