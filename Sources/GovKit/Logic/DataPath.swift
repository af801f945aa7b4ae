/// Reading values out of data by path, the way `var`, `val`, `exists` and `missing` do.
enum DataPath {
    /// A `var` path: a dotted string or a number; `""` or `null` means the whole data.
    static func varComponents(_ path: JSONValue) -> [String]? {
        switch path {
        case .null: return []
        case .string(let s):
            if s.isEmpty { return [] }
            if !s.utf8.contains(UInt8(ascii: ".")) { return [s] }
            return s.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        case .number(let n): return varComponents(.string(JSONWriter.formatNumber(n)))
        default: return nil
        }
    }

    /// A `val` path: each argument is one component, not split on dots. `nil` when dynamic or a scope jump.
    static func valComponents(_ args: [JSONValue]) -> [String]? {
        var components: [String] = []
        for arg in args {
            switch arg {
            case .string(let s): components.append(s)
            case .number(let n): components.append(JSONWriter.formatNumber(n))
            default: return nil
            }
        }
        return components
    }

    /// One `val` path component as a key: a string as it is, a number as JavaScript prints it.
    @inline(__always)
    static func valKey(_ component: JSONValue) -> String? {
        switch component {
        case .string(let s): return s
        case .number(let n): return JSONWriter.formatNumber(n)
        default: return nil
        }
    }

    /// One step into a value: an object key or an array index.
    @inline(__always)
    static func step(_ value: JSONValue, _ component: String) -> JSONValue? {
        switch value {
        case .object(let object): return object[component]
        case .array(let items):
            guard let i = Int(component), i >= 0, i < items.count else { return nil }
            return items[i]
        default: return nil
        }
    }

    /// The value at a `var` path computed at evaluation time: `.some(nil)` when a step is missing, `nil` when the
    /// path is not a string or number. A path without dots is looked up without splitting it.
    static func resolve(_ value: JSONValue, varPath path: JSONValue) -> JSONValue?? {
        if case .string(let s) = path, !s.isEmpty, !s.utf8.contains(UInt8(ascii: ".")) {
            return .some(step(value, s))
        }
        guard let components = varComponents(path) else { return nil }
        return .some(resolve(value, components))
    }

    /// The value at `components`, or `nil` when any step is missing.
    static func resolve(_ value: JSONValue, _ components: [String]) -> JSONValue? {
        if components.isEmpty { return value }
        guard var current = step(value, components[0]) else { return nil }
        var i = 1
        while i < components.count {
            guard let next = step(current, components[i]) else { return nil }
            current = next
            i += 1
        }
        return current
    }
}
