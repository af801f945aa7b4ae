/// An example line as declared: a command line, perhaps followed by `  # comment` (two spaces, then `#`).
struct Example {
    var command: String
    var comment: String?

    init(_ line: String) {
        let characters = Array(line)
        var index = 0
        while index + 2 < characters.count {
            if characters[index] == " ", characters[index + 1] == " " {
                var hash = index
                while hash < characters.count, characters[hash] == " " { hash += 1 }
                if hash < characters.count, characters[hash] == "#" {
                    command = String(characters[..<index])
                    let text = String(characters[(hash + 1)...])
                    comment = String(text.drop { $0 == " " })
                    return
                }
            }
            index += 1
        }
        command = line
        comment = nil
    }
}
