/// The page's only style sheet, inline so that a report mailed or archived as one file looks the same everywhere.
/// The font list names the common Chinese faces of each platform; none is downloaded.
enum ReportStyle {
    static let css = """
        body { margin: 0 auto; max-width: 1000px; padding: 16px 24px; color: #222; line-height: 1.5;
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
            "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif; }
        header { border-bottom: 2px solid #3b6fb6; margin-bottom: 16px; }
        h1 { font-size: 1.5em; margin: 0 0 4px; }
        h2 { font-size: 1.2em; border-left: 4px solid #3b6fb6; padding-left: 8px; margin-top: 28px; }
        h3 { font-size: 1em; margin: 8px 0 4px; }
        .meta { color: #555; margin: 0 0 8px; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 8px 0; }
        th, td { border: 1px solid #ccd3df; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #eef2f8; white-space: nowrap; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 20px 0; }
        figure h3 { margin-bottom: 0; }
        figcaption { color: #555; font-size: 0.9em; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        svg.chart text { font-size: 12px; fill: #333; }
        svg.chart .value { font-size: 11px; fill: #555; }
        svg.chart .grid { stroke: #e3e6ec; }
        svg.chart .axis { stroke: #888; }
        svg.chart .share-line { stroke-width: 2; }
        svg.chart .no-data { font-size: 16px; fill: #999; }
        p.no-data { color: #999; }
        .standings { display: flex; gap: 48px; }
        .summary { white-space: pre-wrap; background: #f7f7f2; border: 1px solid #e3e3d8; padding: 12px; }
        @media print { body { max-width: none; } figure, table { break-inside: avoid; } }
        """
}
