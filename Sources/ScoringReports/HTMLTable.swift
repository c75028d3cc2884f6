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
        let body = rows.map { row in
            let cells = row.enumerated().map { column, text in
                let opening = numeric.contains(column) ? "<td class=\"num\">" : "<td>"
                return opening + Markup.escaped(text) + "</td>"
            }
            return "<tr>" + cells.joined() + "</tr>"
        }
        return (["<table id=\"\(Markup.escaped(id))\">", "<thead><tr>\(head)</tr></thead>", "<tbody>"] + body
            + ["</tbody>", "</table>"]).joined(separator: "\n")
    }
}
