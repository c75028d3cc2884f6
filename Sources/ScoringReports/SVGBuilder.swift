/// One inline SVG chart written as text. Every attribute value and text passes through `Markup.escaped` here, so chart
/// code hands it a unit's name or a category as it is; coordinates are written with at most one decimal, so the same
/// report is always the same bytes.
struct SVGBuilder {
    typealias Attributes = [(name: String, value: String)]

    let id: String
    let title: String
    let width: Double
    let height: Double
    private var elements: [String] = []

    init(id: String, title: String, width: Double, height: Double) {
        self.id = id
        self.title = title
        self.width = width
        self.height = height
    }

    /// A data mark: the one element per value that a reader hovers and a test counts. It carries the value itself in
    /// `data-value` (not its pixels) and the label it belongs to; `extra` says more, e.g. its series.
    mutating func bar(x: Double, y: Double, width: Double, height: Double, value: Double, label: String, fill: String,
                      extra: Attributes = [], tooltip: String) {
        let attributes: Attributes = [
            ("class", "bar"), ("x", Self.coordinate(x)), ("y", Self.coordinate(y)),
            ("width", Self.coordinate(width)), ("height", Self.coordinate(height)), ("fill", fill),
            ("data-value", Display.number(value)), ("data-label", label),
        ]
        element("rect", attributes + extra, inner: Self.tooltip(tooltip))
    }

    /// A point of a line, a data mark like `bar`.
    mutating func point(x: Double, y: Double, value: Double, label: String, fill: String, tooltip: String) {
        element("circle", [
            ("class", "point"), ("cx", Self.coordinate(x)), ("cy", Self.coordinate(y)), ("r", "3.5"), ("fill", fill),
            ("data-value", Display.number(value)), ("data-label", label),
        ], inner: Self.tooltip(tooltip))
    }

    /// A row of coloured squares with their words, along the chart's top edge from `x`; no data marks.
    mutating func legend(_ entries: [(name: String, colour: String)], x: Double) {
        var x = x
        for entry in entries {
            element("rect", [
                ("class", "swatch"), ("x", Self.coordinate(x)), ("y", "10"), ("width", "10"), ("height", "10"),
                ("fill", entry.colour),
            ])
            text(entry.name, x: x + 14, y: 19, className: "legend")
            // Wide enough for Chinese characters, the widest the legends hold.
            x += 32 + Double(entry.name.count) * 13
        }
    }

    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), className: String) {
        element("line", [
            ("class", className), ("x1", Self.coordinate(start.x)), ("y1", Self.coordinate(start.y)),
            ("x2", Self.coordinate(end.x)), ("y2", Self.coordinate(end.y)),
        ])
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], className: String, stroke: String) {
        let written = points.map { "\(Self.coordinate($0.x)),\(Self.coordinate($0.y))" }.joined(separator: " ")
        element("polyline", [("class", className), ("points", written), ("fill", "none"), ("stroke", stroke)])
    }

    /// Text at a point; `rotation` in degrees turns it about that point, for labels too long to stand side by side.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", className: String,
                       rotation: Double = 0) {
        var attributes: Attributes = [
            ("class", className), ("x", Self.coordinate(x)), ("y", Self.coordinate(y)), ("text-anchor", anchor),
        ]
        if rotation != 0 {
            let about = "\(Self.coordinate(rotation)) \(Self.coordinate(x)) \(Self.coordinate(y))"
            attributes.append(("transform", "rotate(\(about))"))
        }
        element("text", attributes, inner: Markup.escaped(text))
    }

    /// A chart with nothing to draw: its title and the note "无数据" in place of axes and marks.
    static func noData(id: String, title: String, width: Double) -> String {
        var chart = SVGBuilder(id: id, title: title, width: width, height: 140)
        chart.text("无数据", x: width / 2, y: 70, anchor: "middle", className: "no-data")
        return chart.svg
    }

    /// The finished `<svg>`: scaled by the page's CSS through its view box, and titled for screen readers.
    var svg: String {
        let (width, height) = (Self.coordinate(self.width), Self.coordinate(self.height))
        let opening = "<svg id=\"\(Markup.escaped(id))\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
            + "viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
            + "aria-labelledby=\"\(Markup.escaped(id))-title\">"
        let heading = "<title id=\"\(Markup.escaped(id))-title\">\(Markup.escaped(title))</title>"
        return ([opening + heading] + elements + ["</svg>"]).joined(separator: "\n")
    }

    /// `inner` is markup already, escaped by the caller.
    private mutating func element(_ name: String, _ attributes: Attributes, inner: String? = nil) {
        let written = attributes.map { " \($0.name)=\"\(Markup.escaped($0.value))\"" }.joined()
        elements.append(inner.map { "<\(name)\(written)>\($0)</\(name)>" } ?? "<\(name)\(written)/>")
    }

    private static func tooltip(_ text: String) -> String {
        "<title>\(Markup.escaped(text))</title>"
    }

    private static func coordinate(_ value: Double) -> String {
        Display.number(value, digits: 1)
    }
}
