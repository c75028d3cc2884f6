import Foundation

/// One chart as a page holds it, read back from the text: the `<svg>` element with its id, and the data marks in it.
/// It reads the renderer's output and Chromium's serialised DOM alike, both of which write attributes in double quotes.
struct ChartInPage {
    /// A data mark, `<rect class="bar" …>` or `<circle class="point" …>`, with its attributes.
    struct Mark {
        var attributes: [String: String]

        var value: Double? { attributes["data-value"].flatMap(Double.init) }
        var label: String? { attributes["data-label"] }
    }

    let svg: String

    /// The chart with `id` in `page`; nil when the page has none.
    init?(id: String, in page: String) {
        guard let start = page.range(of: "<svg id=\"\(id)\""),
              let end = page.range(of: "</svg>", range: start.upperBound..<page.endIndex) else { return nil }
        svg = String(page[start.lowerBound..<end.upperBound])
    }

    /// The marks of `kind` (`bar`, `point`) in document order; only those whose `attribute` is `value` when given.
    func marks(_ kind: String, where attribute: String? = nil, is value: String? = nil) -> [Mark] {
        let tags = svg.matches(of: try! Regex(#"<(?:rect|circle)\s[^>]*\bclass="([^"]*)"[^>]*>"#))
        return tags.compactMap { tag -> Mark? in
            let text = String(svg[tag.range])
            let pairs = text.matches(of: try! Regex(#"([a-zA-Z-]+)="([^"]*)""#)).map { match in
                (String(match.output[1].substring!), String(match.output[2].substring!))
            }
            let mark = Mark(attributes: Dictionary(pairs, uniquingKeysWith: { first, _ in first }))
            guard mark.attributes["class"] == kind else { return nil }
            if let attribute, mark.attributes[attribute] != value { return nil }
            return mark
        }
    }

    /// Whether the chart says it has nothing to show.
    var saysNoData: Bool { svg.contains("无数据") }
}
