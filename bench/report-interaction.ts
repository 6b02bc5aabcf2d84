// The interaction section of docs/benchmarks.md (issue 13): a drag over a loopback
// WebSocket, a Canvas of 10,000 shapes, a live chart, and first paint with SSR.
import type { ChartResult } from "./chart.js";
import type { InteractionResult } from "./interaction.js";
import type { SsrStats } from "./ssr.js";

/** A drag update should be reflected within one frame at 60 Hz. */
export const DRAG_P99_MS = 16;

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const int = (value: number) => Math.round(value).toLocaleString("en-US");

/** The one budget line of the section, for the summary: a drag's p99 event → patch. */
export function interactionCheck(result: InteractionResult): {
  what: string;
  ours: string;
  budget: string;
  ok: boolean;
} {
  const { drag } = result;
  return {
    what: `drag of ${drag.moves} pointer moves: pan update → patch applied (p99)`,
    ours: ms(drag.p99Ms),
    budget: `< ${DRAG_P99_MS} ms`,
    ok: drag.complete && drag.p99Ms < DRAG_P99_MS,
  };
}

/** Renders the section into `out`. */
export function renderInteraction(result: InteractionResult, out: string[]): void {
  const { drag, canvas } = result;
  out.push("## 7. Interaction: a drag, and a Canvas of 10,000 shapes");
  out.push("");
  out.push(
    `In Chromium (${result.chromium}), against a real WebApp on 127.0.0.1:0 (loopback WebSocket, production client bundle). **Drag**: Flet's solitaire card: a GestureDetector in a Stack whose \`onPanUpdate\` adds the deltas to its \`left\`/\`top\` and writes a counter into a Text; the mouse presses it and makes ${drag.moves} moves of (2, 1) px, each dispatched on its own. An init script notes when each pan update leaves (\`WebSocket.send\`) and when the frame carrying its counter has been applied; ${drag.drags} drags after one warm-up. The browser sends at most one update per animation frame (\`dragInterval\` unset), so the count shows how many moves became events; the first move is inside the pan slop and is not reported (as in Flutter). **Canvas**: 10,000 shapes (circles and lines on a grid, one paint) in one \`ft.Canvas\`, mounted by \`column.update()\` on the server (the time includes building the shapes); the browser time runs from the mount frame's arrival to the renderer's animation-frame paint with every shape. Then one circle moves (\`circle.x = ...; circle.update()\`): its frame, and arrival → repainted (the whole canvas is repainted, as Flutter's CustomPaint does).`,
  );
  out.push("");
  out.push("| measurement | result |");
  out.push("| :--- | ---: |");
  out.push(
    `| drag: pan updates sent per ${drag.moves} moves (median) | ${int(drag.eventsSentMedian)} |`,
  );
  out.push(
    `| drag: update → patch applied, p50 / p99 / max | ${ms(drag.p50Ms)} / ${ms(drag.p99Ms)} / ${ms(drag.maxMs)} |`,
  );
  out.push(`| drag: bytes of one update's patch frame | ${int(drag.frameBytes)} |`);
  out.push(
    `| drag: every update answered, card followed the pointer | ${drag.complete ? "yes" : "**no**"} |`,
  );
  out.push(
    `| canvas: server, build 10,000 shapes + mount (median) | ${ms(canvas.commitMedianMs)} |`,
  );
  out.push(
    `| canvas: mount frame | ${int(canvas.mountBytes)} B (${(canvas.mountBytes / canvas.shapes).toFixed(0)} B per shape) |`,
  );
  out.push(`| canvas: mount frame arrival → painted (median) | ${ms(canvas.firstPaintMedianMs)} |`);
  out.push(`| canvas: one shape moved, frame | ${int(canvas.changeBytes)} B |`);
  out.push(
    `| canvas: one shape moved, arrival → repainted, median / max | ${ms(canvas.repaintMedianMs)} / ${ms(canvas.repaintMaxMs)} |`,
  );
  out.push("");
  out.push(
    `Budget: a drag update reflected within one frame (p99 < ${DRAG_P99_MS} ms). The Canvas figures have no budget in SPEC.md; they are here to be watched.`,
  );
  out.push("");
}

/** Renders the live chart section into `out`. */
export function renderChart(result: ChartResult, out: string[]): void {
  out.push("## 8. A live line chart of 10,000 points");
  out.push("");
  out.push(
    `In Chromium, a LineChart of ${int(result.points)} points; the server appends one point at a time (${result.appends} appends, one per turn as a live feed would). Bytes are the WebSocket frames the server sent per append; the browser times run from the frame's arrival to the chart repainted with its style and layout done, and to the next frame painted. The chart renderers are a lazy chunk (${(result.chartChunkGz / 1024).toFixed(1)} KB gzipped, ${result.chartLazy ? "not" : "**also**"} in the start bundle).`,
  );
  out.push("");
  out.push("| measurement | result |");
  out.push("| :--- | ---: |");
  out.push(
    `| first draw: navigation → the 10,000-point line in the DOM | ${ms(result.firstDrawMs)} |`,
  );
  out.push(
    `| bytes per append, median / max | ${int(result.appendBytesMedian)} / ${int(result.appendBytesMax)} |`,
  );
  out.push(
    `| main-thread work per append (flush, repaint, layout), median / max | ${ms(result.appendWorkMedianMs)} / ${ms(result.appendWorkMaxMs)} |`,
  );
  out.push(
    `| arrival → repainted, median / max | ${ms(result.appendTotalMedianMs)} / ${ms(result.appendTotalMaxMs)} |`,
  );
  out.push(
    `| arrival → next frame painted, median / max | ${ms(result.appendFrameMedianMs)} / ${ms(result.appendFrameMaxMs)} |`,
  );
  out.push("");
  out.push(
    "No budget in SPEC.md: the bytes show an append costs the same whatever the series length.",
  );
  out.push("");
}

/** The budget lines of issue 18's server-rendered first view: FCP ≤ 100 ms, CLS 0. */
export function ssrChecks(result: SsrStats): {
  what: string;
  ours: string;
  budget: string;
  ok: boolean;
}[] {
  const { withSsr } = result;
  return [
    {
      what: "server-rendered first view: first contentful paint (median)",
      ours: ms(withSsr.fcpMedianMs),
      budget: `<= ${result.budget.fcpMs} ms`,
      ok: withSsr.fcpMedianMs <= result.budget.fcpMs,
    },
    {
      what: "server-rendered first view: layout shift when the client takes over (worst)",
      ours: withSsr.clsMax.toFixed(3),
      budget: `${result.budget.cls}`,
      ok: withSsr.clsMax <= result.budget.cls,
    },
  ];
}

/** Renders the first-paint section (with and without SSR) into `out`. */
export function renderSsr(result: SsrStats, out: string[]): void {
  out.push("## 9. First paint with and without the server-rendered first view");
  out.push("");
  out.push(
    `In Chromium, the same small app served twice on 127.0.0.1 (\`ssr\` off, then on), ${result.withSsr.runs} loads each in a fresh browser context. First contentful paint is the paint timing API's; the heading time is when the app's heading is in the DOM (parsed from the HTML with SSR, built by the client without); layout shift is summed by a \`layout-shift\` observer until 500 ms after the client took over. The first load after an \`ssr\` app starts took ${ms(result.ssrColdFirstLoadMs)} (happy-dom and the render script load once; not in the medians).`,
  );
  out.push("");
  out.push("| | FCP median / max | heading in the DOM | interactive | index.html | CLS (worst) |");
  out.push("| :--- | ---: | ---: | ---: | ---: | ---: |");
  for (const [label, s] of [
    ["without SSR", result.withoutSsr],
    ["with SSR", result.withSsr],
  ] as const)
    out.push(
      `| ${label} | ${ms(s.fcpMedianMs)} / ${ms(s.fcpMaxMs)} | ${ms(s.contentMedianMs)} | ${ms(s.interactiveMedianMs)} | ${ms(s.htmlMedianMs)} | ${s.clsMax.toFixed(3)} |`,
    );
  out.push("");
}
