/**
 * Charts: Flet's controls-gallery chart examples (LineChart 1 with its data toggle,
 * BarChart 1, PieChart 2 whose hovered section grows) and a live line that grows by one
 * point per click, with the last chart event written under the charts.
 */
import * as ft from "flet-ts";

export const title = "Charts";
export const description = "Line, bar and pie charts with axes, tooltips and chart events.";
export const controls = ["LineChart", "BarChart", "PieChart"] as const;

const P = (x: number, y: number) => new ft.LineChartDataPoint(x, y);

/** Flet's "LineChart 1": three curved lines, labelled axes, a bottom border. */
export function lineChart(status: ft.Text): ft.LineChart {
  const series = (color: ft.ColorValue, points: [number, number][]) =>
    new ft.LineChartData(
      points.map(([x, y]) => P(x, y)),
      { strokeWidth: 6, color, curved: true, strokeCapRound: true },
    );
  const month = (value: number, text: string) =>
    new ft.ChartAxisLabel({
      value,
      label: new ft.Text(text, { size: 14, weight: ft.FontWeight.BOLD }),
    });
  return new ft.LineChart({
    height: 260,
    tooltip: "Sales per month, three products",
    dataSeries: [
      series(ft.colors.GREEN_700, [
        [1, 1],
        [3, 1.5],
        [5, 1.4],
        [7, 3.4],
        [10, 2],
        [12, 2.2],
        [13, 1.8],
      ]),
      series(ft.colors.PINK, [
        [1, 1],
        [3, 2.8],
        [7, 1.2],
        [10, 2.8],
        [12, 2.6],
        [13, 3.9],
      ]),
      series(ft.colors.CYAN_800, [
        [1, 2.8],
        [3, 1.9],
        [6, 3],
        [10, 1.3],
        [13, 2.5],
      ]),
    ],
    border: ft.border.only({
      bottom: ft.borderSide(4, ft.colors.withOpacity(0.5, ft.colors.ON_SURFACE)),
    }),
    leftAxis: new ft.ChartAxis({
      labels: [month(1, "1m"), month(2, "2m"), month(3, "3m"), month(4, "4m")],
      labelsSize: 40,
    }),
    bottomAxis: new ft.ChartAxis({
      labels: [month(2, "SEP"), month(7, "OCT"), month(12, "DEC")],
      labelsSize: 32,
    }),
    horizontalGridLines: new ft.ChartGridLines({
      interval: 1,
      color: ft.colors.OUTLINE_VARIANT,
      width: 1,
    }),
    minX: 0,
    maxX: 14,
    minY: 0,
    maxY: 4,
    onChartEvent: (e) => {
      const spot = e.spots[0];
      status.value = spot
        ? `Line ${e.type}: line ${spot.barIndex}, point ${spot.spotIndex}`
        : `Line ${e.type}`;
      status.update();
    },
  });
}

/** Flet's "BarChart 1": four fruit bars with labels under them and a titled left axis. */
export function barChart(status: ft.Text): ft.BarChart {
  const fruit = (x: number, toY: number, color: ft.ColorValue, name: string) =>
    new ft.BarChartGroup({
      x,
      barRods: [
        new ft.BarChartRod({ fromY: 0, toY, width: 40, color, tooltip: name, borderRadius: 0 }),
      ],
    });
  const label = (value: number, text: string) =>
    new ft.ChartAxisLabel({ value, label: new ft.Container(new ft.Text(text), { padding: 10 }) });
  return new ft.BarChart({
    height: 300,
    tooltip: "Fruit supply",
    barGroups: [
      fruit(0, 40, ft.colors.AMBER, "Apple"),
      fruit(1, 100, ft.colors.BLUE, "Blueberry"),
      fruit(2, 30, ft.colors.RED, "Cherry"),
      fruit(3, 60, ft.colors.ORANGE, "Orange"),
    ],
    border: ft.border.all(1, ft.colors.OUTLINE_VARIANT),
    leftAxis: new ft.ChartAxis({
      labelsSize: 40,
      title: new ft.Text("Fruit supply"),
      titleSize: 40,
    }),
    bottomAxis: new ft.ChartAxis({
      labels: [label(0, "Apple"), label(1, "Blueberry"), label(2, "Cherry"), label(3, "Orange")],
      labelsSize: 40,
    }),
    horizontalGridLines: new ft.ChartGridLines({
      color: ft.colors.OUTLINE_VARIANT,
      width: 1,
      dashPattern: [3, 3],
    }),
    maxY: 110,
    onChartEvent: (e) => {
      status.value = `Bar ${e.type}: group ${e.groupIndex}, rod ${e.rodIndex}`;
      status.update();
    },
  });
}

/** Flet's "PieChart 2": the hovered section grows and its title with it. */
export function pieChart(status: ft.Text): ft.PieChart {
  const normal = { size: 16, color: ft.colors.WHITE, weight: ft.FontWeight.BOLD };
  const hover = { ...normal, size: 22 };
  const section = (value: number, color: ft.ColorValue) =>
    new ft.PieChartSection(value, { title: `${value}%`, titleStyle: normal, color, radius: 50 });
  const chart: ft.PieChart = new ft.PieChart({
    height: 260,
    tooltip: "Market share",
    sections: [
      section(40, ft.colors.BLUE_800),
      section(30, ft.colors.BROWN),
      section(15, ft.colors.PURPLE),
      section(15, ft.colors.GREEN_800),
    ],
    sectionsSpace: 0,
    centerSpaceRadius: 40,
    onChartEvent: (e) => {
      chart.sections.forEach((s, index) => {
        s.radius = index === e.sectionIndex ? 60 : 50;
        s.titleStyle = index === e.sectionIndex ? hover : normal;
      });
      chart.update();
      status.value = `Pie ${e.type}: section ${e.sectionIndex}`;
      status.update();
    },
  });
  return chart;
}

/** A line that grows by one point per click (the chart sends only the new point). */
export function liveChart(): { chart: ft.LineChart; add: () => void } {
  const data = new ft.LineChartData([P(0, 2), P(1, 3), P(2, 2.5)], {
    color: ft.colors.PRIMARY,
    belowLineBgcolor: ft.colors.withOpacity(0.15, ft.colors.PRIMARY),
    point: true,
  });
  const chart = new ft.LineChart({
    height: 180,
    tooltip: "Live values",
    dataSeries: [data],
    leftAxis: new ft.ChartAxis({ labelsSize: 32 }),
    bottomAxis: new ft.ChartAxis({ labelsSize: 24 }),
    minY: 0,
    maxY: 5,
  });
  const add = () => {
    const x = data.dataPoints.length;
    data.dataPoints.push(P(x, 1 + ((x * 7) % 30) / 10));
    data.update();
  };
  return { chart, add };
}

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });
  const status = new ft.Text("Hover or focus a chart.");
  const live = liveChart();
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    status,
    heading("LineChart"),
    lineChart(status),
    heading("BarChart"),
    barChart(status),
    heading("PieChart"),
    pieChart(status),
    heading("Live LineChart"),
    live.chart,
    new ft.OutlinedButton("Add a point", { onClick: live.add }),
  );
}
