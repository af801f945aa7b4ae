import Foundation

/// One `source` string of a procedure file and the entry that carries it, e.g. `roles[linjeledere].duties[1]`.
package struct Citation: Sendable {
    /// Where the entry sits in the file: keys, and array entries by their `id` or by their position from 1 (empty
    /// when collected for the checks only).
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
        // Split and trimmed as UTF-8 (';' and ' ' are ASCII, so no character is cut), by index: the lazy
        // reversed-and-dropped views it was written with cost a tenth of loading a file.
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0
        for end in bytes.indices where bytes[end] == UInt8(ascii: ";") {
            Self.append(bytes, start, end, to: &parts)
            start = end + 1
        }
        Self.append(bytes, start, bytes.count, to: &parts)
        return parts
    }

    /// `bytes[from..<to]` without the spaces at either end, unless nothing is left.
    private static func append(_ bytes: [UInt8], _ from: Int, _ to: Int, to parts: inout [String]) {
        var first = from
        var last = to
        while first < last && bytes[first] == 0x20 { first += 1 }
        while last > first && bytes[last - 1] == 0x20 { last -= 1 }
        if first < last { parts.append(String(decoding: bytes[first..<last], as: UTF8.self)) }
    }
}

/// Collects every `source` of a parsed procedure file (tests excepted), walking the file once. Loading keeps only the
/// citations' text and offset (for the outline checks); `trace` collects them `detailed`: with the entry's path, what
/// it says and its reading. The walk keeps entry indices, not nodes.
enum CitationCollector {
    /// One step of the path from the root: a member (its entry index), or an array element (its entry index and
    /// position).
    private enum Step {
        case key(Int)
        case element(Int, Int)
    }

    static func collect(_ root: JSONNode, detailed: Bool = true) -> [Citation] {
        var out: [Citation] = []
        var path: [Step] = []
        walk(root, &path, detailed, into: &out)
        return out
    }

    private static func walk(_ node: JSONNode, _ path: inout [Step], _ detailed: Bool, into out: inout [Citation]) {
        let document = node.document
        if node.isArray {
            var position = 0
            for index in children(node) {
                let tag = document.entries[index].tag
                if tag == .object || tag == .array {
                    path.append(.element(index, position))
                    walk(JSONNode(document: document, index: index), &path, detailed, into: &out)
                    path.removeLast()
                }
                position += 1
            }
            return
        }
        guard node.isObject else { return }
        var source: Int?
        for index in children(node) where document.hasKey("source", at: index) {
            source = index
            break
        }
        if let source, document.entries[source].tag == .string, !detailed {
            out.append(
                Citation(
                    path: "", text: document.string(at: source), offset: Int(document.entries[source].offset),
                    summary: nil, interpretation: nil))
        } else if let source, document.entries[source].tag == .string {
            var summary: LocalizedText?
            var interpretation: LocalizedText?
            for index in children(node) {
                if document.hasKey("interpretation", at: index) {
                    interpretation = text(JSONNode(document: document, index: index))
                } else if summary == nil,
                    document.hasKey("text", at: index) || document.hasKey("title", at: index)
                        || document.hasKey("name", at: index) || document.hasKey("label", at: index)
                        || document.hasKey("what", at: index)
                {
                    summary = text(JSONNode(document: document, index: index))
                }
            }
            out.append(
                Citation(
                    path: spelled(path, document), text: document.string(at: source),
                    offset: Int(document.entries[source].offset), summary: summary, interpretation: interpretation))
        }
        for index in children(node) {
            let tag = document.entries[index].tag
            guard tag == .object || tag == .array else { continue }
            if path.isEmpty && (document.hasKey("tests", at: index) || document.hasKey("document", at: index)) {
                continue
            }
            path.append(.key(index))
            walk(JSONNode(document: document, index: index), &path, detailed, into: &out)
            path.removeLast()
        }
    }

    /// The entry indices of an array's elements or an object's members.
    private static func children(_ node: JSONNode) -> ChildIndices {
        let isContainer = node.isObject || node.isArray
        return ChildIndices(
            document: node.document, first: node.index + 1, count: isContainer ? Int(node.entry.length) : 0)
    }

    /// `roles[linjeledere].duties[2]`: keys joined by '.', array entries by their `id` or their position from 1.
    private static func spelled(_ path: [Step], _ document: JSONDocument) -> String {
        var out = ""
        for step in path {
            switch step {
            case .key(let index): out += (out.isEmpty ? "" : ".") + document.key(at: index)
            case .element(let index, let position):
                let element = JSONNode(document: document, index: index)
                let id = element.isObject ? element.members.first { $0.hasKey("id") }?.value.stringValue : nil
                out += "[\(id ?? String(position + 1))]"
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
