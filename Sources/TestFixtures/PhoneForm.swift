/// A caller number as an agent may type it, and what `complaint.closed` shows of it: the table behind the masking
/// tests (ContractsTests) and the check that the intake accepts the forms said to be accepted (IntakeServiceTests).
public struct PhoneForm: Sendable, CustomStringConvertible {
    /// As typed.
    public let number: String
    /// As the closed record and the logs show it.
    public let masked: String

    public var description: String { number.isEmpty ? "(empty)" : number }

    init(_ number: String, _ masked: String) {
        self.number = number
        self.masked = masked
    }

    /// Every form `PhoneNumber` (the intake) accepts: mobiles with or without the country code, spaces and dashes;
    /// landlines with a 3- or 4-digit area code, a 7- or 8-digit number and an extension after a dash or `转`.
    public static let acceptedByIntake = [
        PhoneForm("13904720001", "139****0001"),
        PhoneForm("+8613904720001", "139****0001"),
        PhoneForm("008613904720001", "139****0001"),
        PhoneForm("+86 139 0472 0001", "139****0001"),
        PhoneForm("+86 139-0472-0001", "139****0001"),
        PhoneForm("139 0472 0001", "139****0001"),
        PhoneForm("139-0472-0001", "139****0001"),
        PhoneForm("0472-5123456", "047****3456"),
        PhoneForm("04725123456", "047****3456"),
        PhoneForm("0472-5123456-802", "047****3456"),
        PhoneForm("0472-5123456-123456", "047****3456"),
        PhoneForm("0472 5123456转802", "047****3456"),
        PhoneForm("0472-5123456转802", "047****3456"),
        PhoneForm("+86 0472 5123456", "047****3456"),
        PhoneForm("0086 0472-5123456-802", "047****3456"),
        PhoneForm("0472-51234567", "047*****4567"),
        PhoneForm("010-62345678", "010****5678"),
        PhoneForm("01062345678", "010****5678"),
        PhoneForm("010 62345678转6", "010****5678"),
        PhoneForm("021-87654321-12", "021****4321"),
        // 10 digits: first 3 and last 4 would leave only 3 hidden.
        PhoneForm("010-2345678", "********78"),
    ]

    /// Forms the intake accepts since issue 16: dashes after the country code, a bare 86, the area code in
    /// parentheses, full-width digits, a local number without its area code, and extensions after `ext`, `x`, `分机`.
    public static let comingWithIssue16 = [
        PhoneForm("+86-139-0472-0001", "139****0001"),
        PhoneForm("86 13904720001", "139****0001"),
        PhoneForm("8613904720001", "139****0001"),
        PhoneForm("１３９０４７２０００１", "139****0001"),
        PhoneForm("＋８６ １３９ ０４７２ ０００１", "139****0001"),
        PhoneForm("(0472)5123456", "047****3456"),
        PhoneForm("(0472) 5123456-802", "047****3456"),
        PhoneForm("+86 (0472) 5123456", "047****3456"),
        PhoneForm("０４７２－５１２３４５６", "047****3456"),
        PhoneForm("0472-5123456 ext 802", "047****3456"),
        PhoneForm("0472-5123456 EXT.802", "047****3456"),
        PhoneForm("0472-5123456x802", "047****3456"),
        PhoneForm("0472-5123456 分机 802", "047****3456"),
        PhoneForm("5123456", "*****56"),
        PhoneForm("87654321", "******21"),
    ]

    /// What no rule accepts but an agent may still type: no number, too few digits, too many, a local number starting
    /// with 1, a mobile with an extension, words around a number. The intake registers them as typed, with a data
    /// problem.
    public static let others = [
        PhoneForm("不详", "****"),
        PhoneForm("", "****"),
        PhoneForm("   ", "****"),
        PhoneForm("见备注", "****"),
        PhoneForm("110", "****"),
        PhoneForm("95598", "*****"),
        PhoneForm("512345", "****45"),
        PhoneForm("139047200011234", "139********1234"),
        PhoneForm("13904720001-8", "139****0001"),
        PhoneForm("010-12345678", "010****5678"),
        PhoneForm("01012345678", "010****5678"),
        PhoneForm("电话13904720001", "139****0001"),
    ]
}
