import Foundation

/// `{{placeholder}}` texts: finding placeholders and filling them in.
public enum Template {
    /// The placeholder names in `text`, e.g. `["system.name", "contact"]`.
    public static func placeholders(in text: String) -> [String] {
        pieces(text).compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
    }

    /// Replaces each placeholder with `value(name)`; a `nil` value is replaced by `missing(name)`.
    public static func render(_ text: String, value: (String) -> String?, missing: (String) -> String) -> String {
        var out = ""
        for piece in pieces(text) {
            switch piece {
            case .literal(let s): out += s
            case .placeholder(let name): out += value(name) ?? missing(name)
            }
        }
        return out
    }

    enum Piece: Equatable {
        case literal(String)
        case placeholder(String)
    }

    static func pieces(_ text: String) -> [Piece] {
        var out: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            if open.lowerBound > rest.startIndex { out.append(.literal(String(rest[..<open.lowerBound]))) }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            out.append(.placeholder(name))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { out.append(.literal(String(rest))) }
        return out
    }
}
