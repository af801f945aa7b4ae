/// `{{placeholder}}` texts: finding placeholders and filling them in.
package enum Template {
    /// The placeholder names in `text`, e.g. `["system.name", "contact"]`.
    package static func placeholders(in text: String) -> [String] {
        pieces(text).compactMap { piece in
            if case .placeholder(let name) = piece { return name }
            return nil
        }
    }

    /// Replaces each placeholder with `value(name)`; a `nil` value is replaced by `missing(name)`.
    package static func render(_ text: String, value: (String) -> String?, missing: (String) -> String) -> String {
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
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var out: [Piece] = []
        var literalStart = 0
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == open, bytes[i + 1] == open else {
                i += 1
                continue
            }
            var j = i + 2
            while j + 1 < bytes.count, !(bytes[j] == close && bytes[j + 1] == close) { j += 1 }
            guard j + 1 < bytes.count else { break }
            if i > literalStart { out.append(.literal(String(decoding: bytes[literalStart..<i], as: UTF8.self))) }
            let name = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
            out.append(.placeholder(name.trimmingJSWhitespace()))
            i = j + 2
            literalStart = i
        }
        if literalStart < bytes.count { out.append(.literal(String(decoding: bytes[literalStart...], as: UTF8.self))) }
        return out
    }
}
