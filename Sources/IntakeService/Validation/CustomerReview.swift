import Contracts

/// The customer as intake registers them (H1): the phone normalised (or kept as typed when it cannot be read, since a
/// person may still dial it), the account kept as written, blank fields left out, and the keys repeat demands match
/// on (R2).
struct CustomerReview {
    var registered: Customer
    var account: AccountNumber?
    var phone: PhoneNumber?
}

extension TicketValidation {
    /// Reads `customer`'s phone and account, adding a problem for each that cannot be read and one when neither is
    /// there.
    func review(_ customer: Customer, problems: inout [DataProblem]) -> CustomerReview {
        var registered = customer
        registered.phone = customer.phone.map { String($0.trimmed) }.flatMap { $0.isEmpty ? nil : $0 }
        registered.account = customer.account.map { String($0.trimmed) }.flatMap { $0.isEmpty ? nil : $0 }
        if customer.address.isBlank { registered.address = nil }
        var phone: PhoneNumber?
        if let raw = registered.phone {
            // Masked only for a problem's message: masking reads the number again, and most numbers have none.
            phone = PhoneNumber(raw)
            switch phone {
            case nil:
                problems.append(.init(field: "customer.phone", code: .unreadable, message: "customer.phone "
                    + "\(PersonalDataMask.phone(raw)) is neither a mainland mobile number nor a landline (with or "
                    + "without its area code); registered as typed, and repeat demands are not matched on it"))
            case .local?:
                problems.append(.init(field: "customer.phone", code: .incomplete, message: "customer.phone "
                    + "\(PersonalDataMask.phone(raw)) is a local number without its area code: registered without it, "
                    + "area code unknown"))
            default:
                break
            }
            registered.phone = phone?.normalized ?? raw
        }
        let account = registered.account.flatMap(AccountNumber.init)
        if let raw = registered.account, account == nil {
            problems.append(.init(field: "customer.account", code: .unreadable, message: "customer.account "
                + "\(PersonalDataMask.account(raw)) is not an account number (\(AccountNumber.formatDescription)); "
                + "registered as written, and repeat demands are not matched on it"))
        }
        if registered.phone == nil, registered.account == nil {
            problems.append(.init(field: "customer", code: .missing, message: "no phone and no account: repeat demands "
                + "cannot be matched (R2), and a callback (C1) can only go to the address, if there is one"))
        }
        return CustomerReview(registered: registered, account: account, phone: phone)
    }
}
