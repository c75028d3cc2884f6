/// Vertical bars over a row of slots (days, categories, levels), one bar per series in each slot, read against a count
/// axis on the left. Optionally a line of percentages over the slots, read against a 0–100 % axis on the right: the
/// Pareto chart's cumulative share. No slots draws the "无数据" note instead of axes.
struct BarChart {
    /// A place along the bottom axis: `key` as the report spells it (a day, a category key), `label` as people read it.
    struct Slot {
        var key: String
        var label: String
    }

    /// One value per slot, drawn in one colour.
    struct Series {
        var key: String
        var name: String
        var fill: String
        var values: [Double]
    }

    /// Percentages, one per slot.
    struct ShareLine {
        var name: String
        var stroke: String
        var percentages: [Double]
    }

    var id: String
    var title: String
    var slots: [Slot]
    var series: [Series]
    var shareLine: ShareLine?

    private static let width = 760.0, height = 320.0
    /// Beyond this many slot labels side by side they collide, so only every so many is written.
    private static let mostSlotLabels = 16
    /// Bars are numbered above their tops only while there is room for the numbers.
    private static let mostNumberedBars = 24

    var svg: String {
        guard !slots.isEmpty else {
            return SVGBuilder.noData(id: id, title: title, width: Self.width)
        }
        var chart = SVGBuilder(id: id, title: title, width: Self.width, height: Self.height)
        let (left, right) = (52.0, Self.width - (shareLine == nil ? 16 : 52))
        let slotWidth = (right - left) / Double(slots.count)
        let labelEvery = (slots.count + Self.mostSlotLabels - 1) / Self.mostSlotLabels
        // Labels wider than the room between them are tilted, and the plot gives up height to hold them.
        let tilted = (slots.map { Self.labelWidth($0.label) }.max() ?? 0) > slotWidth * Double(labelEvery) * 0.9
        let plot = PlotArea(left: left, right: right, top: 36, bottom: Self.height - (tilted ? 72 : 36))
        let counts = ChartScale(upTo: series.flatMap(\.values).max() ?? 0, length: plot.height)
        for tick in counts.ticks {
            let y = plot.bottom - counts.pixels(tick)
            chart.line(from: (plot.left, y), to: (plot.right, y), className: tick == 0 ? "axis" : "grid")
            chart.text(Display.number(tick), x: plot.left - 6, y: y + 4, anchor: "end", className: "axis-label")
        }

        let barWidth = slotWidth * 0.75 / Double(max(series.count, 1))
        let numbered = slots.count * series.count <= Self.mostNumberedBars
        for (index, slot) in slots.enumerated() {
            let slotLeft = plot.left + Double(index) * slotWidth
            for (place, line) in series.enumerated() {
                let value = index < line.values.count ? line.values[index] : 0
                let height = counts.pixels(value)
                let x = slotLeft + slotWidth * 0.125 + Double(place) * barWidth
                chart.bar(x: x, y: plot.bottom - height, width: barWidth, height: height, value: value,
                          label: slot.key, fill: line.fill, extra: [("data-series", line.key)],
                          tooltip: "\(slot.label) \(line.name)：\(Display.number(value))")
                if numbered {
                    chart.text(Display.number(value), x: x + barWidth / 2, y: plot.bottom - height - 4,
                               anchor: "middle", className: "value")
                }
            }
            if index % labelEvery == 0 {
                let x = slotLeft + slotWidth / 2
                chart.text(slot.label, x: x, y: plot.bottom + 16, anchor: tilted ? "end" : "middle",
                           className: "axis-label", rotation: tilted ? -40 : 0)
            }
        }
        if let shareLine {
            drawShare(shareLine, on: &chart, plot: plot, slotWidth: slotWidth)
        }
        drawLegend(on: &chart)
        return chart.svg
    }

    /// About how wide `label` is drawn at 12 px: Chinese characters take a full em, Latin letters and digits half.
    private static func labelWidth(_ label: String) -> Double {
        label.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 7 : 12) }
    }

    private func drawShare(_ share: ShareLine, on chart: inout SVGBuilder, plot: PlotArea, slotWidth: Double) {
        let percent = ChartScale(upTo: 100, length: plot.height)
        for tick in percent.ticks {
            chart.text(Display.number(tick) + "%", x: plot.right + 6, y: plot.bottom - percent.pixels(tick) + 4,
                       className: "axis-label")
        }
        let points = zip(slots, share.percentages).enumerated().map { index, pair in
            (slot: pair.0, value: pair.1,
             x: plot.left + (Double(index) + 0.5) * slotWidth, y: plot.bottom - percent.pixels(pair.1))
        }
        chart.polyline(points.map { ($0.x, $0.y) }, className: "share-line", stroke: share.stroke)
        for point in points {
            chart.point(x: point.x, y: point.y, value: point.value, label: point.slot.key, fill: share.stroke,
                        tooltip: "\(point.slot.label) \(share.name)：\(Display.number(point.value, digits: 1))%")
        }
    }

    private func drawLegend(on chart: inout SVGBuilder) {
        var entries = series.map { (name: $0.name, colour: $0.fill) }
        if let shareLine { entries.append((shareLine.name, shareLine.stroke)) }
        // One entry says nothing the title does not.
        guard entries.count > 1 else { return }
        chart.legend(entries, x: 52)
    }
}
