/// Objects and arrays: a container's entry is written first and its size filled in when it closes.
extension JSONReader {
    mutating func enter() throws(JSONSyntaxIssue) {
        depth += 1
        if depth > 512 {
            throw issue("nesting is deeper than 512 levels", hint: "flatten the structure")
        }
    }

    /// Starts a container's entry; `close` fills in its size once its contents are read.
    mutating func open(_ tag: JSONDocument.Tag, key: StringSpan?) throws(JSONSyntaxIssue) -> Int {
        try enter()
        appendScalar(tag, at: index, key: key)
        index += 1
        skipWhitespace()
        return entries.count - 1
    }

    mutating func close(_ container: Int, count: Int) {
        index += 1
        depth -= 1
        entries[container].length = Int32(count)
        entries[container].end = Int32(entries.count)
    }

    mutating func parseObject(key: StringSpan?) throws(JSONSyntaxIssue) {
        let start = index
        let object = try open(.object, key: key)
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { return close(object, count: 0) }
        // This object's members so far sit on top of `memberStack` (one array for the whole file).
        let base = memberStack.count
        // Past a few dozen members, keys are checked against a set instead of one by one.
        var keySet: Set<String>?
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw issue("unexpected end of file inside an object", at: start, hint: "close the object with '}'")
            }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") {
                    throw issue("trailing comma before '}'", hint: "remove the ',' after the last member")
                }
                if let quote = lookalikeIssue(at: index) { throw quote }
                throw issue(
                    "expected a key in double quotes, found \(describe(at: index))",
                    hint: "object keys are written \"key\": value")
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                if index < bytes.count, let quote = lookalikeIssue(at: index) { throw quote }
                if let quote = closingTypographicQuote(from: key.start, to: key.start + key.length) { throw quote }
                throw issue("expected ':' after the key '\(text(of: key))'", hint: "write \"\(text(of: key))\": value")
            }
            index += 1
            skipWhitespace()
            let member = entries.count
            try parseValue(key: key)
            if memberStack.count - base == 32 {
                keySet = Set(memberStack[base...].map { text(ofKey: $0) })
            }
            let isDuplicate =
                keySet != nil
                ? keySet?.insert(text(of: key)).inserted == false
                : memberStack[base...].contains { sameKey($0, member) }
            if isDuplicate {
                entries[member].isDuplicate = true
                duplicates.append(
                    issue(
                        "duplicate key '\(text(of: key))'", at: keyOffset,
                        hint: "each key may appear once in an object; remove or rename one"))
            } else {
                memberStack.append(member)
            }
            skipWhitespace()
            guard index < bytes.count else {
                throw issue("unexpected end of file inside an object", at: start, hint: "close the object with '}'")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                close(object, count: memberStack.count - base)
                memberStack.removeLast(memberStack.count - base)
                return
            }
            if let quote = lookalikeIssue(at: index) ?? closingTypographicQuote(inValueOf: member) {
                throw quote
            }
            throw issue(
                "expected ',' or '}' after the value of '\(text(of: key))', found \(describe(at: index))",
                hint: "separate members with ','")
        }
    }

    mutating func parseArray(key: StringSpan?) throws(JSONSyntaxIssue) {
        let start = index
        let array = try open(.array, key: key)
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { return close(array, count: 0) }
        var count = 0
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw issue("trailing comma before ']'", hint: "remove the ',' after the last element")
            }
            let element = entries.count
            try parseValue(key: nil)
            count += 1
            skipWhitespace()
            guard index < bytes.count else {
                throw issue("unexpected end of file inside an array", at: start, hint: "close the array with ']'")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") { return close(array, count: count) }
            if let quote = lookalikeIssue(at: index) ?? closingTypographicQuote(inValueOf: element) {
                throw quote
            }
            throw issue(
                "expected ',' or ']' in the array, found \(describe(at: index))",
                hint: "separate elements with ','")
        }
    }
}
