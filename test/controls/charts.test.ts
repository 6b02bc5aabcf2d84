// Charts in the tester: the tree the browser gets (series, points, groups, rods, stack
// items, sections and axes as children; grid lines and point shapes as JSON), Flet's chart
// event payloads read into typed events, and bad numbers refused with the control and prop.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const first = (tester: Tester) =>
  ((tester.tree().views as TreeNode[])[0]!.controls as TreeNode[])[0]!;

describe("LineChart", () => {
  it("sends its series and points as children, and axes in their slots", async () => {
    t = await createTester((page) =>
      page.add(
        new ft.LineChart({
          dataSeries: [
            new ft.LineChartData(
              [
                new ft.LineChartDataPoint(0, 1),
                new ft.LineChartDataPoint(1, 3, { tooltip: "Three" }),
              ],
              {
                curved: true,
                point: new ft.ChartCirclePoint({ radius: 3 }),
              },
            ),
          ],
          leftAxis: new ft.ChartAxis({
            labelsSize: 40,
            labels: [new ft.ChartAxisLabel({ value: 1, label: new ft.Text("1") })],
          }),
          horizontalGridLines: new ft.ChartGridLines({ interval: 1, dashPattern: [2, 2] }),
          minY: 0,
        }),
      ),
    );
    const chart = first(t);
    expect(chart.type).toBe("linechart");
    expect(chart.props).toMatchObject({
      minY: 0,
      horizontalGridLines: { interval: 1, dashPattern: [2, 2] },
    });
    const series = (chart.dataSeries as TreeNode[])[0]!;
    expect(series.props).toMatchObject({ curved: true, point: { type: "circle", radius: 3 } });
    const points = series.dataPoints as TreeNode[];
    expect(points.map((p) => [p.props!.x, p.props!.y])).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(points[1]!.props!.tooltip).toBe("Three");
    const axis = chart.leftAxis as TreeNode;
    expect(axis.props).toMatchObject({ labelsSize: 40 });
    expect((axis.labels as TreeNode[])[0]!.props).toMatchObject({ value: 1 });
  });

  it("reads Flet's chart event: its type and the spots", async () => {
    const seen: string[] = [];
    const chart = new ft.LineChart({
      dataSeries: [new ft.LineChartData([new ft.LineChartDataPoint(0, 1)])],
      onChartEvent: (e) =>
        void seen.push(`${e.type} ${e.spots.map((s) => `${s.barIndex}/${s.spotIndex}`).join(",")}`),
    });
    t = await createTester((page) => page.add(chart));
    expect(first(t).props).toMatchObject({ onChartEvent: true });
    await t.trigger(
      chart,
      "chartEvent",
      JSON.stringify({ type: "PointerHoverEvent", spots: [{ bar_index: 0, spot_index: 0 }] }),
    );
    await t.trigger(chart, "chartEvent", JSON.stringify({ type: "PointerExitEvent", spots: [] }));
    expect(seen).toEqual(["PointerHoverEvent 0/0", "PointerExitEvent "]);
  });

  it("sends only the new point when one is appended to a 1,000-point series", async () => {
    const points = Array.from({ length: 1000 }, (_, i) => new ft.LineChartDataPoint(i, i % 7));
    const data = new ft.LineChartData(points);
    t = await createTester((page) => page.add(new ft.LineChart({ dataSeries: [data] })));
    const before = t.patches.length;
    data.dataPoints.push(new ft.LineChartDataPoint(1000, 3));
    data.update();
    await t.settle();
    const sent = t.patches.slice(before);
    expect(sent).toHaveLength(1);
    // The new node, and its id appended to the series' points: nothing of the 1,000 others.
    expect(sent[0]!.ops).toHaveLength(2);
    expect(sent[0]!.ops[0]).toMatchObject({
      op: "add",
      value: ["linechartdatapoint", { x: 1000, y: 3 }],
    });
    expect(sent[0]!.ops[1]).toMatchObject({
      op: "add",
      path: expect.stringMatching(/\/dataPoints\/1000$/),
    });
    expect(sent[0]!.bytes).toBeLessThan(200);
  });

  it("refuses a point without x, or with a NaN y, naming the control and prop", async () => {
    const data = new ft.LineChartData([new ft.LineChartDataPoint(0, 1)]);
    t = await createTester((page) => page.add(new ft.LineChart({ dataSeries: [data] })));
    data.dataPoints.push(new ft.LineChartDataPoint({ y: 2 }));
    data.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const error = t.errors[0] as ft.FletError;
    expect(error.code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(error.message).toMatch(
      /Expected LineChartDataPoint\.x to be a finite number, but got nothing/,
    );
    data.dataPoints.splice(1, 1, new ft.LineChartDataPoint(1, Number.NaN));
    data.update();
    await t.settle();
    expect((t.errors.at(-1) as ft.FletError).message).toMatch(/LineChartDataPoint\.y .*NaN/);
    const series = (first(t).dataSeries as TreeNode[])[0]!;
    expect((series.dataPoints as TreeNode[]).length).toBe(1);
  });
});

describe("BarChart", () => {
  it("sends groups, rods and stack items, and reads group, rod and stack item indexes", async () => {
    const seen: number[][] = [];
    const chart = new ft.BarChart({
      barGroups: [
        new ft.BarChartGroup({
          x: 0,
          barRods: [
            new ft.BarChartRod({
              toY: 10,
              width: 20,
              rodStackItems: [
                new ft.BarChartRodStackItem({ fromY: 0, toY: 4, color: ft.colors.RED }),
              ],
            }),
          ],
        }),
      ],
      groupsSpace: 10,
      onChartEvent: (e) => void seen.push([e.groupIndex, e.rodIndex, e.stackItemIndex]),
    });
    t = await createTester((page) => page.add(chart));
    const group = (first(t).barGroups as TreeNode[])[0]!;
    const rod = (group.barRods as TreeNode[])[0]!;
    expect(rod.props).toMatchObject({ toY: 10, width: 20 });
    expect((rod.rodStackItems as TreeNode[])[0]!.props).toMatchObject({
      fromY: 0,
      toY: 4,
      color: "red",
    });
    await t.trigger(
      chart,
      "chartEvent",
      JSON.stringify({ type: "TapUpEvent", group_index: 0, rod_index: 0, stack_item_index: 0 }),
    );
    await t.trigger(
      chart,
      "chartEvent",
      JSON.stringify({
        type: "PointerExitEvent",
        group_index: -1,
        rod_index: -1,
        stack_item_index: -1,
      }),
    );
    expect(seen).toEqual([
      [0, 0, 0],
      [-1, -1, -1],
    ]);
  });

  it("refuses a stack item without fromY", async () => {
    const rod = new ft.BarChartRod({ toY: 3 });
    t = await createTester((page) =>
      page.add(new ft.BarChart({ barGroups: [new ft.BarChartGroup({ barRods: [rod] })] })),
    );
    rod.rodStackItems.push(new ft.BarChartRodStackItem({ toY: 2 }));
    rod.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect((t.errors[0] as ft.FletError).message).toMatch(/BarChartRodStackItem\.fromY/);
  });
});

describe("PieChart", () => {
  it("sends sections with their badge and reads the section index", async () => {
    const seen: number[] = [];
    const chart = new ft.PieChart({
      sections: [
        new ft.PieChartSection(40, { title: "40%", badge: new ft.Icon(ft.icons.STAR) }),
        new ft.PieChartSection(60),
      ],
      centerSpaceRadius: 30,
      onChartEvent: (e) => void seen.push(e.sectionIndex),
    });
    t = await createTester((page) => page.add(chart));
    const sections = first(t).sections as TreeNode[];
    expect(sections.map((s) => s.props!.value)).toEqual([40, 60]);
    expect((sections[0]!.badge as TreeNode).type).toBe("icon");
    await t.trigger(
      chart,
      "chartEvent",
      JSON.stringify({ type: "PointerHoverEvent", section_index: 1 }),
    );
    await t.trigger(
      chart,
      "chartEvent",
      JSON.stringify({ type: "PointerExitEvent", section_index: -1 }),
    );
    expect(seen).toEqual([1, -1]);
  });

  it("refuses a negative or NaN section value", async () => {
    const section = new ft.PieChartSection(10);
    t = await createTester((page) => page.add(new ft.PieChart({ sections: [section] })));
    section.value = -5;
    section.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const error = t.errors[0] as ft.FletError;
    expect(error.code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(error.message).toMatch(
      /Expected PieChartSection\.value to be a finite number ≥ 0, but got -5/,
    );
    section.value = Number.NaN;
    section.update();
    await t.settle();
    expect((t.errors.at(-1) as ft.FletError).message).toMatch(/PieChartSection\.value .*NaN/);
    expect((first(t).sections as TreeNode[])[0]!.props!.value).toBe(10);
  });
});
