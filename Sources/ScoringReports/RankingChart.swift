/// Horizontal bars, one row per unit in rank order, on a fixed 0–100 axis so that months compare by eye: the units'
/// composite, the five best and five worst coloured apart. No rows draws the "无数据" note.
struct RankingChart {
    /// Among the five best or the five worst; a unit can be both when there are fewer than ten units.
    enum Standing: String, CaseIterable {
        case top, bottom
    }

    struct Row {
        /// The unit's id, written to the mark's `data-label`.
        var key: String
        var label: String
        var value: Double
        var standings: Set<Standing> = []
    }

    var id: String
    var title: String
    var rows: [Row]

    private static let width = 760.0, rowHeight = 22.0
    private static let topFill = "#2e8b57", bottomFill = "#c0392b", otherFill = "#7f8fa6"

    var svg: String {
        guard !rows.isEmpty else {
            return SVGBuilder.noData(id: id, title: title, width: Self.width)
        }
        let plot = PlotArea(
            left: 190, right: Self.width - 56, top: 36, bottom: 36 + Double(rows.count) * Self.rowHeight)
        var chart = SVGBuilder(id: id, title: title, width: Self.width, height: plot.bottom + 28)
        let scale = ChartScale(upTo: 100, length: plot.width)
        for tick in scale.ticks {
            let x = plot.left + scale.pixels(tick)
            chart.line(from: (x, plot.top), to: (x, plot.bottom), className: tick == 0 ? "axis" : "grid")
            chart.text(Display.number(tick), x: x, y: plot.bottom + 18, anchor: "middle", className: "axis-label")
        }
        for (index, row) in rows.enumerated() {
            let y = plot.top + Double(index) * Self.rowHeight
            let length = scale.pixels(row.value)
            let group = Standing.allCases.filter(row.standings.contains).map(\.rawValue)
            // A unit in both lists is coloured as one of the best: the lists below the chart name it in both.
            let fill = row.standings.contains(.top) ? Self.topFill
                : row.standings.contains(.bottom) ? Self.bottomFill : Self.otherFill
            chart.text(row.label, x: plot.left - 8, y: y + 15, anchor: "end", className: "axis-label")
            chart.bar(x: plot.left, y: y + 3, width: length, height: Self.rowHeight - 6, value: row.value,
                      label: row.key, fill: fill, extra: [("data-group", group.joined(separator: " "))],
                      tooltip: "\(row.label)：\(Display.number(row.value))")
            chart.text(Display.number(row.value), x: plot.left + length + 4, y: y + 15, className: "value")
        }
        chart.legend([("前五名", Self.topFill), ("后五名", Self.bottomFill), ("其他", Self.otherFill)], x: plot.left)
        return chart.svg
    }
}
