import Foundation

/// The sender of a message a person sends from a terminal when neither `--from` nor the configuration's `mail.from`
/// names one: the user at this host's fully qualified name. Relays reject a bare host name (`govctl@vm`), so a host
/// without a fully qualified name is an error that says how to name a sender.
package enum MailSender {
    package static func local(environment: [String: String]) throws(GovError) -> String {
        let user = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
        guard let host = fullyQualifiedHostName() else {
            throw GovError(
                .usage, "this host has no fully qualified name to send from",
                hint: "give --from ADDRESS, or set \"mail\": {\"from\": …} in /etc/govctl/govctl.json")
        }
        return "\(user.isEmpty ? "govctl" : user)@\(host)"
    }

    /// The host's canonical name from the resolver (as `hostname -f`), if it has a dot.
    package static func fullyQualifiedHostName() -> String? {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count - 1) == 0 else { return nil }
        let short = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if short.contains(".") { return short }
        var hints = addrinfo()
        hints.ai_flags = AI_CANONNAME
        hints.ai_family = AF_UNSPEC
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(short, nil, &hints, &result) == 0, let first = result else { return nil }
        defer { freeaddrinfo(result) }
        guard let canonical = first.pointee.ai_canonname else { return nil }
        let fqdn = String(cString: canonical)
        return fqdn.contains(".") && !fqdn.hasSuffix(".") ? fqdn : nil
    }
}
