/// Every code a `Diagnostic` can carry: the stable strings scripts read from `govctl validate --format json`.
///
/// The one source of their documentation: the table in docs/procedure-format.md is generated from `meaning` and
/// `fix` (`make golden`) and a test keeps it equal to this enum. A new code needs a case here and a case in the
/// invalid corpus (Tests/GovKitTests/Fixtures/invalid/<code>/), or the tests fail.
package enum DiagnosticCode: String, CaseIterable, Sendable {
    // Reading the file
    case jsonSyntax = "json-syntax"
    case duplicateKey = "duplicate-key"
    // Decoding its objects
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case emptyValue = "empty-value"
    case controlCharacter = "control-character"
    case missingTranslation = "missing-translation"
    case schemaVersion = "schema-version"
    case outOfRange = "out-of-range"
    case unknownPurpose = "unknown-purpose"
    case wrongFactType = "wrong-fact-type"
    case datesOutOfOrder = "dates-out-of-order"
    // Rules
    case unknownOperator = "unknown-operator"
    case invalidRule = "invalid-rule"
    case derivedOutOfOrder = "derived-out-of-order"
    // Names within a procedure
    case undeclaredFact = "undeclared-fact"
    case unknownPlaceholder = "unknown-placeholder"
    case reservedName = "reserved-name"
    case unknownRole = "unknown-role"
    case unknownGuide = "unknown-guide"
    case unknownStep = "unknown-step"
    case unknownDerived = "unknown-derived"
    case unknownShare = "unknown-share"
    case unknownReference = "unknown-reference"
    case uncoveredState = "uncovered-state"
    // Citations against the document's outline
    case unknownSection = "unknown-section"
    case uncitedSection = "uncited-section"
    case unknownParagraph = "unknown-paragraph"
    case uncarriedParagraph = "uncarried-paragraph"
    case suspectCitation = "suspect-citation"
    // Names across files
    case unknownSystem = "unknown-system"
    case duplicateId = "duplicate-id"
    case nameCollision = "name-collision"
    case ambiguousGuide = "ambiguous-guide"
    case guideNotForSystem = "guide-not-for-system"
    // Budgets
    case budgetUnbalanced = "budget-unbalanced"
    case financingNot100 = "financing-not-100"
    case duplicateYear = "duplicate-year"
    // Warnings
    case noHolder = "no-holder"
    case looseEquality = "loose-equality"
    case writableByOthers = "writable-by-others"
    case leftoverTodo = "leftover-todo"
    // Notes
    case expired = "expired"

    /// The severity every diagnostic with this code has (`--strict` turns warnings into failures; notes never fail).
    package var severity: Diagnostic.Severity {
        switch self {
        case .noHolder, .looseEquality, .writableByOthers, .leftoverTodo, .uncarriedParagraph, .suspectCitation:
            .warning
        case .expired: .note
        default: .error
        }
    }

    /// What the code means, in one line.
    package var meaning: String {
        switch self {
        case .jsonSyntax:
            "not valid JSON (trailing comma, missing quote, a typographic quote such as “ ” where a straight quote "
                + "belongs, a non-breaking space where an ordinary one belongs, comment, leading zero, bad escape, "
                + "control character, …), or not UTF-8 (reported at the first bad byte)"
        case .duplicateKey: "the same key twice in one object"
        case .unknownKey: "a key govctl does not know here, or a text in a language it does not know"
        case .missingKey: "a required key is missing (or a choice fact lists no `choices`)"
        case .wrongType: "a value of the wrong JSON type, e.g. text where a number belongs"
        case .invalidValue: "a bad id, fact name, date, clock time, language, time zone, amount, level or choice"
        case .emptyValue: "a name, id, text or list entry (an alias, a keyword, a system) is empty or only spaces"
        case .controlCharacter:
            "a name, id, title, label or other one-line value holds a line break, a tab or another control "
                + "character (C0, DEL, C1, U+2028, U+2029, a bidirectional override), which every output would have "
                + "to show escaped"
        case .missingTranslation: "a text lacks the source language or English"
        case .schemaVersion: "a `schemaVersion` this govctl does not read"
        case .outOfRange:
            "a threshold govctl cannot act on: a monitor's fixed deadline that is not whole minutes in 0…5,270,400 "
                + "(ten years), or a financing share outside 0–100 %"
        case .unknownPurpose: "a guide's `purpose` names no govctl command that uses guides, so no command finds it"
        case .wrongFactType:
            "a fact's `value` or `default`, or a value a test gives it, is not of the fact's `type` (text in a number "
                + "fact, a choice not among its `choices`, a number that is not exact such as `1e400` or `\"Infinity\"`, …), or "
                + "a fact that is not a choice lists `choices`"
        case .datesOutOfOrder: "the document's `validFrom` is after its `validUntil`"
        case .unknownOperator: "a rule uses an operator JSON Logic does not have"
        case .invalidRule: "an operator is given the wrong kind or number of arguments"
        case .derivedOutOfOrder:
            "a derived value's rule reads a derived value defined further down the list, or itself (rules run in order)"
        case .undeclaredFact: "a rule reads, or a test sets, a fact the guide does not declare"
        case .unknownPlaceholder: "a `{{placeholder}}` in a text names no fact"
        case .reservedName: "a fact or derived value is called `now` or `system`, which govctl provides"
        case .unknownRole: "a route or step names a role the file does not declare"
        case .unknownGuide: "a test names a guide its file does not have"
        case .unknownStep: "a test expects a step its guide does not have"
        case .unknownDerived: "a test expects a derived value its guide does not derive"
        case .unknownShare: "a budget's `remainderTo` names no financing share"
        case .unknownReference:
            "a `monitor` names a state, time fact, number fact for the deadline or condition its guide lacks (or a "
                + "fact of another type)"
        case .uncoveredState:
            "a state the monitor's `state` rule can give has no level in `levels` or no label in `labels` "
                + "(monitoring would say UNKNOWN), or the rule can give a value that is not a state's name"
        case .unknownSection: "a `source` cites a section the document's `outline` does not declare"
        case .uncitedSection:
            "a section of the document's `outline` that nothing cites and that is not marked `notCarried` with a reason"
        case .unknownParagraph:
            "a `source` cites a paragraph (`¶2`, `¶2.3`, `¶2-4`) its section's `paragraphs` do not declare, a list "
                + "without saying which items, or writes something after `¶` that is not a paragraph"
        case .uncarriedParagraph:
            "a paragraph (or list item) of a cited section that no `source` carries and that is not marked "
                + "`notCarried` with a reason (a warning; an error with `--strict`)"
        case .suspectCitation:
            "a section the data cites has no fingerprint in `reviewed`, or its text in the procedure's `sourceFile` "
                + "differs from the text it was reviewed against (or is gone): the entries that cite it are suspect"
        case .unknownSystem: "a role, route, guide or budget names a system no file declares"
        case .duplicateId:
            "two procedures, systems, guides or budgets (in any files), or two roles, routes, facts, "
                + "steps or texts (in one file or guide), share an id"
        case .nameCollision:
            "an id, name or alias of one system is, once case, spaces, hyphens and underscores are ignored, "
                + "the same as one of another system's (in any files), or one of a role's the same as one of another "
                + "role's for the same system (`who-owns --role`), so a typed name could find either"
        case .ambiguousGuide:
            "two guides with one `purpose` apply to a system at the same precedence (both in the procedure that "
                + "declares it, or both in other files; both naming it, or both naming no system), so the command "
                + "for that purpose refuses to choose"
        case .guideNotForSystem:
            "a test runs a guide for a system the guide does not apply to (one its `systems` does not name or its "
                + "`appliesWhen` does not accept), which the command refuses: its steps and phone numbers are another "
                + "system's"
        case .budgetUnbalanced: "budget lines do not add up to the stated total"
        case .financingNot100: "financing shares do not add up to 100 %"
        case .duplicateYear:
            "two budgets (in any files) are for one system and one year, so `budget` could show either"
        case .expired: "the source document's `validUntil` has passed"
        case .noHolder: "a role has no holders and does not say that the source names none"
        case .looseEquality:
            "a rule compares text with `==` or `!=`, which convert both sides to numbers first"
        case .writableByOthers:
            "a procedure file, or a directory procedure files are read from, that any user on the machine can write"
        case .leftoverTodo:
            "a value still holds a `TODO` from `govctl new`'s skeleton: the procedure is not finished"
        }
    }

    /// How to fix it, in one line (the message's own hint is more specific).
    package var fix: String {
        switch self {
        case .jsonSyntax: "fix the spot shown; files are strict RFC 8259 JSON in UTF-8"
        case .duplicateKey: "keep one of the two (the first one counts)"
        case .unknownKey: "correct the spelling (the hint names the closest key), or remove it"
        case .missingKey: "add the key"
        case .wrongType: "write the type the message names"
        case .invalidValue: "write a value of the form the hint shows"
        case .emptyValue: "write the value, or leave the key or entry out"
        case .controlCharacter: "write the value on one line, without control characters"
        case .missingTranslation: "add the missing `nb`/`sv` or `en` text"
        case .schemaVersion: "upgrade govctl, or convert the file"
        case .outOfRange: "write a value in the range the message names"
        case .unknownPurpose:
            "use one of " + GuidePurpose.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                + " (the hint names the closest), or leave `purpose` out"
        case .wrongFactType: "write a value of the fact's type (the hint shows one), or correct the `type`"
        case .datesOutOfOrder: "correct the date that differs from the document"
        case .unknownOperator: "correct the operator (the hint names the closest one)"
        case .invalidRule: "give the operator the arguments it takes"
        case .derivedOutOfOrder: "move the derived value that is read above the one that reads it"
        case .undeclaredFact: "declare the fact under the guide's `facts`, or correct the name"
        case .unknownPlaceholder: "declare the fact, or correct the placeholder"
        case .reservedName: "rename the fact or derived value"
        case .unknownRole: "declare the role under `roles`, or correct the id"
        case .unknownGuide: "use a guide id of the same file"
        case .unknownStep: "use a step id of the guide"
        case .unknownDerived: "use a derived id of the guide"
        case .unknownShare: "use one of the shares' ids"
        case .unknownReference: "use a name the guide declares"
        case .uncoveredState: "add the state to `levels` and `labels`, or correct the state the rule gives"
        case .unknownSection:
            "cite the section by its id or exact heading (the hint names the closest), or add it to the outline"
        case .uncitedSection:
            "cite the section where the data carries it, or give it `\"notCarried\": {…}` with the reason"
        case .unknownParagraph:
            "cite a paragraph the section declares (the hint names the range), or add it to the section's `paragraphs`"
        case .uncarriedParagraph:
            "cite it (`\"source\": \"3.2 ¶2\"`) on the entry that carries it, or give it `\"notCarried\": {…}` with the "
                + "reason"
        case .suspectCitation:
            "check the entries against the source (`govctl trace ID --source FILE` lists them), then record the "
                + "sections' fingerprints with `govctl review ID --source FILE`"
        case .unknownSystem: "declare the system under `systems` in a procedure file, or correct the id"
        case .duplicateId: "rename one of them"
        case .nameCollision: "rename or remove one of the two names (the message says where both are written)"
        case .ambiguousGuide:
            "remove one, narrow one's `systems` or `appliesWhen`, or keep the system's guide in the procedure that "
                + "declares it (it comes first)"
        case .guideNotForSystem: "give the test a system the guide applies to, or leave `system` out"
        case .budgetUnbalanced: "correct the line that differs from the source, or the total"
        case .financingNot100: "correct the shares"
        case .duplicateYear: "remove one, or correct its `year` or `system`"
        case .expired: "ask the document owner for the current version"
        case .noHolder: "add `holders`, or `\"holderNotNamed\": true` where the source names the role but no holder"
        case .looseEquality: "compare with `===` (and `!==`), which compare text as text"
        case .writableByOthers: "`chmod o-w PATH` (and check that no one changed the files)"
        case .leftoverTodo: "write what the source says in its place, or leave the key out where the source is silent"
        }
    }
}
