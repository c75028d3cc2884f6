import Foundation
import Logging
import ServiceKit
import Synchronization
import Testing

@Suite struct PersonalDataTests {
    @Test func phoneNumbersKeepOnlyWhatIdentifiesACallToAPerson() {
        #expect(PersonalData.maskPhone("13904720001") == "139****0001")
        #expect(PersonalData.maskPhone("0472-5123456") == "047****3456")
        #expect(PersonalData.maskPhone("0472 5123456转802") == "047****3456")
        // A number too short to keep 7 digits with 4 hidden keeps 2, or none.
        #expect(PersonalData.maskPhone("5123456") == "*****56")
        #expect(PersonalData.maskPhone("99887") == "*****")
    }

    @Test func namesKeepTheFamilyNameOnly() {
        #expect(PersonalData.maskName("王女士") == "王**")
        #expect(PersonalData.maskName("李强") == "李*")
        #expect(PersonalData.maskName("王") == "王*")
    }

    @Test func accountsKeepAtMostTheirLastFourCharactersBehindAStar() {
        #expect(PersonalData.maskAccount("0472-100234") == "*******0234")
        #expect(PersonalData.maskAccount("1234") == "*234")
    }

    @Test func logLinesAreJSONWithPhoneNumbersMaskedInMessageAndMetadata() throws {
        let lines = Mutex<[String]>([])
        var logger = Logger(label: "intake") { label in
            JSONLogHandler(label: label, level: .info) { line in lines.withLock { $0.append(line) } }
        }
        logger[metadataKey: "service"] = "intake"
        logger.info("caller 13904720001 urged ticket", metadata: ["landline": "0472-5123456", "ticket": "95598-20260302-0001"])
        let line = try #require(lines.withLock { $0.first })
        #expect(!line.contains("13904720001") && !line.contains("5123456"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "caller 139****0001 urged ticket")
        #expect(object["landline"] as? String == "047****3456")
        // A ticket number is not a phone number and stays readable.
        #expect(object["ticket"] as? String == "95598-20260302-0001")
        #expect(object["level"] as? String == "info" && object["logger"] as? String == "intake")
    }
}
