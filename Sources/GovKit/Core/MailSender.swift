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

    /// The host's fully qualified name (as `hostname -f`: the host name, else the resolver's names for it), if it
    /// has a dot.
    package static func fullyQualifiedHostName() -> String? {
        let short = ProcessInfo.processInfo.hostName
        if short.contains("."), !short.hasSuffix(".") { return short }
        return Host.current().names.first { $0.contains(".") && !$0.hasSuffix(".") && !$0.hasPrefix("localhost") }
    }
}
