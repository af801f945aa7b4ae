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

/// Collects every `source` of a parsed procedure file (tests excepted), walking the file once. The path of an entry
/// is only spelled out for entries that cite something.
enum CitationCollector {
    /// One step of the path from the root: a member's key, or an array element (named by its `id` or position).
    private enum Step {
        case key(JSONNode.Member)
        case element(JSONNode, Int)
    }

    static func collect(_ root: JSONNode) -> [Citation] {
        var out: [Citation] = []
        var path: [Step] = []
        walk(root, &path, into: &out)
        return out
    }

    private static func walk(_ node: JSONNode, _ path: inout [Step], into out: inout [Citation]) {
        if node.isArray {
            for (i, element) in node.elements.enumerated() where element.isObject || element.isArray {
                path.append(.element(element, i))
                walk(element, &path, into: &out)
                path.removeLast()
            }
            return
        }
        guard node.isObject else { return }
        if let source = node.members.first(where: { $0.hasKey("source") })?.value, let value = source.stringValue {
            var summary: LocalizedText?
            var interpretation: LocalizedText?
            for member in node.members {
                if member.hasKey("interpretation") {
                    interpretation = text(member.value)
                } else if summary == nil, ["text", "title", "name", "label", "what"].contains(where: member.hasKey) {
                    summary = text(member.value)
                }
            }
            out.append(
                Citation(
                    path: spelled(path), text: value, offset: source.offset, summary: summary,
                    interpretation: interpretation))
        }
        for member in node.members where member.value.isObject || member.value.isArray {
            if path.isEmpty && (member.hasKey("tests") || member.hasKey("document")) { continue }
            path.append(.key(member))
            walk(member.value, &path, into: &out)
            path.removeLast()
        }
    }

    /// `roles[linjeledere].duties[2]`: keys joined by '.', array entries by their `id` or their position from 1.
    private static func spelled(_ path: [Step]) -> String {
        var out = ""
        for step in path {
            switch step {
            case .key(let member): out += (out.isEmpty ? "" : ".") + member.key
            case .element(let element, let i):
                let id = element.isObject ? element.members.first { $0.hasKey("id") }?.value.stringValue : nil
                out += "[\(id ?? String(i + 1))]"
            }
        }
        return out.isEmpty ? "(file)" : out
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
