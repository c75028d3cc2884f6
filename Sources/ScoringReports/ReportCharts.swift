/// The report's five charts (S10, C4), each an `<svg>` whose id stays the same from report to report, so that a
/// reader's bookmark and the tests can find it, with its title and a caption saying how to read it.
enum ReportCharts {
    struct Figure {
        var title: String
        var caption: String
        var svg: String
    }

    static let dailyTrendId = "chart-daily-trend"
    static let categoryParetoId = "chart-category-pareto"
    static let unitRankingId = "chart-unit-ranking"
    static let levelDistributionId = "chart-level-distribution"
    static let repeatDemandsId = "chart-repeat-demands"

    /// The levels from the station's (V) up to the leadership's (I), the order the ladder climbs.
    static let levels = ["V", "IV", "III", "II", "I"]

    private static let receivedFill = "#3b6fb6", closedFill = "#5fb27a", repeatFill = "#e08e2b"
    private static let categoryFill = "#3b6fb6", shareStroke = "#c0392b", levelFill = "#7b5ea7"

    /// Tickets received and closed on each day of the period, side by side.
    static func dailyTrend(_ report: PeriodReport) -> Figure {
        let chart = BarChart(
            id: dailyTrendId, title: "每日受理与办结", slots: daySlots(report),
            series: [
                .init(key: "received", name: "受理", fill: receivedFill, values: report.days.map { Double($0.received) }),
                .init(key: "closed", name: "办结", fill: closedFill, values: report.days.map { Double($0.closed) }),
            ])
        return Figure(title: chart.title, caption: "每日受理（蓝）与办结（绿）工单数。", svg: chart.svg)
    }

    /// Repeat demands (R1) on each day: a rise points at problems the first handling left unsolved.
    static func repeatDemands(_ report: PeriodReport) -> Figure {
        let chart = BarChart(
            id: repeatDemandsId, title: "每日重复诉求", slots: daySlots(report),
            series: [
                .init(key: "repeats", name: "重复诉求", fill: repeatFill, values: report.days.map { Double($0.repeats) }),
            ])
        return Figure(title: chart.title, caption: "每日重复诉求数（R1）。", svg: chart.svg)
    }

    /// Categories from the most tickets down, and the share of all tickets the categories so far account for: the
    /// few categories worth a meeting's time are those left of where the line passes 80 %.
    static func categoryPareto(_ report: PeriodReport) -> Figure {
        let categories = paretoOrder(report.counts.byCategory)
        let total = categories.reduce(0) { $0 + $1.count }
        var running = 0
        let shares = categories.map { category -> Double in
            running += category.count
            return total > 0 ? Double(running) / Double(total) * 100 : 0
        }
        let chart = BarChart(
            id: categoryParetoId, title: "投诉分类排列图",
            slots: categories.map { .init(key: $0.key, label: ReportLabels.category($0.key)) },
            series: [
                .init(key: "tickets", name: "工单数", fill: categoryFill, values: categories.map { Double($0.count) }),
            ],
            shareLine: .init(name: "累计占比", stroke: shareStroke, percentages: shares))
        let caption = "各分类工单数从多到少排列，折线为累计占比；折线达到 80% 之前的分类是本期的主要问题。"
        return Figure(title: chart.title, caption: caption, svg: chart.svg)
    }

    /// The categories most tickets first; equal counts by key, so that the same report draws the same chart.
    static func paretoOrder(_ counts: [String: Int]) -> [(key: String, count: Int)] {
        counts.map { (key: $0.key, count: $0.value) }.sorted { ($1.count, $0.key) < ($0.count, $1.key) }
    }

    /// Every unit with a composite, best first, the report's top and bottom five coloured apart. A unit without
    /// tickets has no composite and no bar: ranking it at zero would shame it for having no complaints.
    static func unitRanking(_ report: PeriodReport) -> Figure {
        let lists: [(standing: RankingChart.Standing, units: Set<String>)] = [
            (.top, Set(report.top)), (.bottom, Set(report.bottom)),
        ]
        let rows = report.units.compactMap { unit -> RankingChart.Row? in
            guard let composite = unit.composite else { return nil }
            let standings = lists.filter { $0.units.contains(unit.unit) }.map(\.standing)
            return .init(key: unit.unit, label: "\(unit.rank). \(unit.name)", value: composite,
                         standings: Set(standings))
        }
        let chart = RankingChart(id: unitRankingId, title: "单位综合评分排名", rows: rows)
        let caption = "各单位综合评分（0–100），按名次排列；绿色为前五名，红色为后五名（同在两者时为绿色）。"
        return Figure(title: chart.title, caption: caption, svg: chart.svg)
    }

    /// Tickets by level, V to I. A period with no levelled ticket has nothing to draw rather than five empty bars.
    static func levelDistribution(_ report: PeriodReport) -> Figure {
        let counts = levels.map { report.counts.byLevel[$0] ?? 0 }
        let hasAny = counts.contains { $0 > 0 }
        let chart = BarChart(
            id: levelDistributionId, title: "投诉分级分布",
            slots: hasAny ? levels.map { .init(key: $0, label: ReportLabels.level($0)) } : [],
            series: [.init(key: "tickets", name: "工单数", fill: levelFill, values: counts.map(Double.init))])
        return Figure(title: chart.title, caption: "各级别（V 级至 I 级）工单数。", svg: chart.svg)
    }

    /// Days are labelled by month and day: the year is in the page's header.
    private static func daySlots(_ report: PeriodReport) -> [BarChart.Slot] {
        report.days.map { .init(key: $0.day, label: String($0.day.suffix(5))) }
    }
}
