import Foundation

/// `substr`, `in`, `merge`.
enum Strings {
    /// JavaScript's `substr`: a negative start counts from the end; a negative length stops that far from the end.
    static func substr(_ args: [JSONValue]) throws(LogicError) -> JSONValue {
        let characters = Array(Coercion.text(args.first ?? .null))
        let count = characters.count
        var start = args.count > 1 ? Coercion.integer(try Coercion.number(args[1]), clampedTo: count) : 0
        if start < 0 { start = max(0, count + start) }
        start = min(start, count)
        var end = count
        if args.count > 2 {
            let length = Coercion.integer(try Coercion.number(args[2]), clampedTo: count)
            end = length < 0 ? max(start, count + length) : min(count, start + length)
        }
        return .string(String(characters[start..<max(start, end)]))
    }

    /// Membership in an array, or substring of a string; `false` for anything else.
    static func inside(_ args: [JSONValue]) -> JSONValue {
        guard args.count >= 2 else { return .bool(false) }
        switch args[1] {
        case .array(let items): return .bool(items.contains(args[0]))
        case .string(let s):
            // Spelled out: with Foundation imported, `contains` would pick an overload where "" is never contained.
            let needle = Coercion.text(args[0])
            return .bool(needle.isEmpty || s.range(of: needle) != nil)
        default: return .bool(false)
        }
    }

    /// One array of all arguments, arrays flattened one level.
    static func merge(_ args: [JSONValue]) -> JSONValue {
        var out: [JSONValue] = []
        for arg in args {
            if case .array(let items) = arg { out.append(contentsOf: items) } else { out.append(arg) }
        }
        return .array(out)
    }
}
