/// A table of the rendered page read back as text: its body rows, each the text of its cells (still escaped).
enum TableInPage {
    /// The rows of `<table id="id">`; empty when the page has no such table.
    static func rows(_ id: String, in page: String) -> [[String]] {
        guard let start = page.range(of: "<table id=\"\(id)\">"),
              let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex) else { return [] }
        let table = page[start.upperBound..<end.lowerBound]
        return table.matches(of: try! Regex(#"<tr>(.*?)</tr>"#)).dropFirst().map { row in
            String(table[row.range]).matches(of: try! Regex(#"<td[^>]*>(.*?)</td>"#)).map {
                String($0.output[1].substring!)
            }
        }
    }
}
