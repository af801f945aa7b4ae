import GovKit

/// The operations of JSON Patch (RFC 6902) that the mistake list uses: add, remove, replace, move and copy, with
/// JSON Pointers (RFC 6901). A pointer that does not lead to a value is an error naming it, so an entry that no longer
/// fits its base file fails instead of silently testing something else.
enum JSONPatch {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func apply(_ operations: [JSONValue], to document: JSONValue) throws -> JSONValue {
        var result = document
        for operation in operations {
            guard case .string(let op)? = operation["op"], case .string(let path)? = operation["path"] else {
                throw Failure(description: "an operation needs \"op\" and \"path\": \(JSONWriter.compact(operation))")
            }
            switch op {
            case "add": result = try insert(try value(of: operation), at: tokens(path), in: result, replacing: false)
            case "replace":
                result = try insert(try value(of: operation), at: tokens(path), in: result, replacing: true)
            case "remove": result = try remove(at: tokens(path), in: result).rest
            case "move", "copy":
                guard case .string(let from)? = operation["from"] else {
                    throw Failure(description: "'\(op)' needs \"from\"")
                }
                let taken = try remove(at: tokens(from), in: result)
                result = try insert(
                    taken.removed, at: tokens(path), in: op == "move" ? taken.rest : result, replacing: false)
            default: throw Failure(description: "unknown operation '\(op)'")
            }
        }
        return result
    }

    static func value(of operation: JSONValue) throws -> JSONValue {
        guard let value = operation["value"] else {
            throw Failure(description: "an operation needs \"value\": \(JSONWriter.compact(operation))")
        }
        return value
    }

    static func tokens(_ pointer: String) throws -> [String] {
        guard pointer.hasPrefix("/") else { throw Failure(description: "'\(pointer)' is not a JSON Pointer") }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// `value` added at `path` (an array index inserts, `-` appends), or put in place of what is there.
    static func insert(_ value: JSONValue, at path: [String], in node: JSONValue, replacing: Bool) throws -> JSONValue {
        guard let key = path.first else { return value }
        let last = path.count == 1
        switch node {
        case .object(var object):
            if last {
                if replacing, object[key] == nil { throw Failure(description: "nothing to replace at '\(key)'") }
                object[key] = value
            } else {
                guard let inner = object[key] else { throw Failure(description: "no member '\(key)'") }
                object[key] = try insert(value, at: Array(path.dropFirst()), in: inner, replacing: replacing)
            }
            return .object(object)
        case .array(var items):
            if last, key == "-", !replacing {
                items.append(value)
            } else if let i = Int(key), last, !replacing, (0...items.count).contains(i) {
                items.insert(value, at: i)
            } else if let i = Int(key), items.indices.contains(i) {
                items[i] =
                    last ? value : try insert(value, at: Array(path.dropFirst()), in: items[i], replacing: replacing)
            } else {
                throw Failure(description: "no element '\(key)' among \(items.count)")
            }
            return .array(items)
        default:
            throw Failure(description: "'\(key)' leads into a \(node.typeName)")
        }
    }

    static func remove(at path: [String], in node: JSONValue) throws -> (rest: JSONValue, removed: JSONValue) {
        guard let key = path.first else { throw Failure(description: "cannot remove the whole document") }
        switch node {
        case .object(var object):
            guard let inner = object[key] else { throw Failure(description: "no member '\(key)'") }
            if path.count == 1 {
                object[key] = nil
                return (.object(object), inner)
            }
            let taken = try remove(at: Array(path.dropFirst()), in: inner)
            object[key] = taken.rest
            return (.object(object), taken.removed)
        case .array(var items):
            guard let i = Int(key), items.indices.contains(i) else {
                throw Failure(description: "no element '\(key)' among \(items.count)")
            }
            if path.count == 1 {
                let removed = items.remove(at: i)
                return (.array(items), removed)
            }
            let taken = try remove(at: Array(path.dropFirst()), in: items[i])
            items[i] = taken.rest
            return (.array(items), taken.removed)
        default:
            throw Failure(description: "'\(key)' leads into a \(node.typeName)")
        }
    }
}
