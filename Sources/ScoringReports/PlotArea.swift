/// The rectangle inside a chart where marks go, in the chart's pixels; axes, labels and the legend sit around it.
struct PlotArea {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }
}
