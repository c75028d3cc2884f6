import Contracts
import Foundation
import TicketClassification
import Testing

/// Loading the model file: the shipped one loads, and a broken one is refused with every problem and the path.
@Suite struct ClassificationModelTests {
    private func problems(_ json: String, source: String = "broken.json") -> [ClassificationModelError.Problem] {
        do {
            _ = try ClassificationModel(data: Data(json.utf8), source: source)
            Issue.record("the model loaded")
            return []
        } catch {
            #expect(error.file == source)
            return error.problems
        }
    }

    @Test func shippedModelLoadsWithEveryCategory() throws {
        let model = try ClassificationModel.load(from: Repository.shippedModel)
        #expect(Set(model.categories.keys) == Set(Category.allCases))
        #expect(model.fallback == [.complaint: .workQuality, .report: .other])
        #expect(model.categories[.wrongReading]?.label == "错抄表")
    }

    @Test func brokenModelFileListsEveryProblem() throws {
        let categories = Category.allCases.filter { $0 != .tariff && $0 != .attitude && $0 != .charges }
            .map { "\"\($0.rawValue)\": {\"label\": \"x\", \"phrases\": {\"占位\($0.rawValue)\": 1}}" }
        let json = """
        {"version": 1,
         "categories": {\(categories.joined(separator: ",")),
           "attitude": {"label": "工作态度", "phrases": {"态度": 0, "态 度": 2, "骂人": -2, "，。": 1, "": 1}},
           "charges": {"label": "收费不合理", "phrases": {}},
           "tarif": {"label": "电价不合理", "phrases": {"电价": 3}}},
         "fallback": {"complaint": "theft", "praise": "other"}}
        """
        let found = problems(json)
        let expected: [ClassificationModelError.Problem] = [
            .emptyPhrase(category: "attitude", phrase: ""),
            .emptyPhrase(category: "attitude", phrase: "，。"),
            .duplicatePhrase(category: "attitude", phrase: "态度", sameAs: "态 度"),
            .nonPositiveWeight(category: "attitude", phrase: "态度", weight: 0),
            .nonPositiveWeight(category: "attitude", phrase: "骂人", weight: -2),
            .noPhrases(category: "charges"),
            .unknownCategory("tarif"),
            .missingCategory("tariff"),
            .fallbackDoesNotFit(type: "complaint", category: "theft"),
            .unknownFallbackType("praise"),
            .missingFallback(type: "report"),
        ]
        for problem in expected { #expect(found.contains(problem), "missing: \(problem)") }
        #expect(found.count == expected.count, "\(found)")
    }

    @Test func errorDescriptionNamesTheFileAndEveryProblem() throws {
        do {
            _ = try ClassificationModel(data: TestModel.json([.tariff: ["电价": -1]]), source: "/srv/model.json")
            Issue.record("the model loaded")
        } catch {
            #expect(error.description.contains("/srv/model.json"), "\(error.description)")
            #expect(error.description.contains("categories.tariff: phrase \"电价\" has weight -1.0"),
                    "\(error.description)")
        }
    }

    @Test func malformedJSONIsRefused() {
        let found = problems("{\"version\": 1, \"categories\": ")
        #expect(found.count == 1)
        guard case .undecodable = found.first else {
            Issue.record("\(found)")
            return
        }
    }

    @Test func weightOfTheWrongTypeIsRefusedWithItsPlace() {
        let found = problems("{\"version\": 1, \"categories\": {\"tariff\": {\"phrases\": {\"电价\": \"high\"}}}}")
        guard case .undecodable(let reason) = found.first else {
            Issue.record("\(found)")
            return
        }
        #expect(reason.contains("categories.tariff.phrases"), "\(reason)")
    }

    @Test func unsupportedVersionBadNormalizationAndBadConfidenceAreRefused() throws {
        var object = try #require(JSONSerialization.jsonObject(with: TestModel.json([:])) as? [String: Any])
        object["version"] = 2
        object["confidence"] = ["halfConfidenceScore": 0]
        object["normalization"] = ["variants": ["电费": ["，"]], "falseFriends": ["家电": ["电表", "家电"]]]
        let data = try JSONSerialization.data(withJSONObject: object)
        let found = problems(String(decoding: data, as: UTF8.self))
        #expect(found == [.unsupportedVersion(2), .emptyVariant(canonical: "电费", variant: "，"),
                          .falseFriendWithoutPhrase(phrase: "家电", falseFriend: "电表"),
                          .falseFriendWithoutPhrase(phrase: "家电", falseFriend: "家电"),
                          .nonPositiveHalfConfidenceScore(0)])
    }

    @Test func missingFileIsReportedWithItsPath() {
        let url = URL(fileURLWithPath: "/nonexistent/classifier.json")
        do {
            _ = try ClassificationModel.load(from: url)
            Issue.record("the model loaded")
        } catch {
            #expect(error.file == url.path)
            guard case .unreadableFile = error.problems.first else {
                Issue.record("\(error)")
                return
            }
        }
    }
}
