/// A table of plain-text cells. The cells are escaped here rather than by each caller, so a reason or a name from the
/// ledger can never end up as markup; a table without rows says "无数据" instead of showing bare headers.
struct HTMLTable {
    var id: String
    var headers: [String]
    var rows: [[String]]
    /// Columns of numbers, right-aligned so that their digits line up.
    var numeric: Set<Int> = []

    var html: String {
        guard !rows.isEmpty else {
            return "<p id=\"\(Markup.escaped(id))\" class=\"no-data\">无数据</p>"
        }
        let head = headers.map { "<th scope=\"col\">\(Markup.escaped($0))</th>" }.joined()
        let numericColumns = (0..<(rows.map(\.count).max() ?? 0)).map { numeric.contains($0) }
        // Written into one string: a month's ledger makes hundreds of thousands of rows.
        var html = "<table id=\"\(Markup.escaped(id))\">\n<thead><tr>\(head)</tr></thead>\n<tbody>"
        html.reserveCapacity(html.utf8.count + 30 + rows.reduce(0) { size, row in
            row.reduce(size + 10) { $0 + $1.utf8.count + 20 }
        })
        for row in rows {
            html += "\n<tr>"
            for (column, text) in row.enumerated() {
                html += numericColumns[column] ? "<td class=\"num\">" : "<td>"
                html += Markup.escaped(text)
                html += "</td>"
            }
            html += "</tr>"
        }
        html += "\n</tbody>\n</table>"
        return html
    }
}
