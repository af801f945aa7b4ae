// The latency baseline for `make bench`: a Swift binary that only starts, reads one JSON file and exits.
import Foundation

guard CommandLine.arguments.count > 1, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]),
    (try? JSONSerialization.jsonObject(with: data)) != nil
else {
    exit(1)
}
exit(0)
