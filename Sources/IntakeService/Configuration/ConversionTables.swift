import Foundation
import ServiceKit
import TicketClassification

/// The OpenCC tables that fold traditional characters to simplified, read at start from the data folder's `opencc/`
/// (`services/intake/opencc`, a copy of Debian's OpenCC 1.1.6 tables with their licence): a ticket in traditional
/// characters is then classified, matched and checked for risk words like a simplified one.
enum ConversionTables {
    /// The folder of the data folder that holds `TSPhrases.txt` and `TSCharacters.txt`.
    static let folder = "opencc"

    /// The normaliser with the tables. Missing or broken tables stop the start, reported like every other data file:
    /// without them, traditional text would be misread without anyone noticing.
    static func normalizer(from data: ServiceData) throws(ServiceDataError) -> TextNormalizer {
        let directory = data.file(folder)
        do {
            return TextNormalizer(script: try ScriptFolding.traditionalToSimplified(in: directory))
        } catch {
            throw ServiceDataError(file: directory.path, problems: error.problems.map { problem in
                "\((problem.file as NSString).lastPathComponent)\(problem.line.map { " line \($0)" } ?? ""): \(problem.problem)"
                    + " (the traditional-to-simplified tables; scripts/opencc-data writes them)"
            })
        }
    }
}
