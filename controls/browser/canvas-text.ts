/**
 * Text on a canvas, laid out as Flutter's `TextPainter` does for Flet's `cv.Text`: runs
 * (the text, then its spans) wrapped at `maxWidth`, cut at `maxLines` with `ellipsis`,
 * lines aligned by `textAlign` in the text's box, the box placed so that its `alignment`
 * point sits on (x, y), and the whole turned by `rotate` around (x, y).
 * @module
 */
import { fontWeight } from "./typography.js";

type Json = Record<string, unknown>;
type G = CanvasRenderingContext2D;

/** A span of a canvas text: its props and its own spans, which inherit its style. */
export interface SpanData {
  readonly props: Readonly<Json>;
  readonly spans: readonly SpanData[];
}

interface Env {
  color(value: unknown): string | undefined;
  readonly fontFamily: string;
  readonly textColor: string;
}

interface Run {
  readonly text: string;
  readonly font: string;
  readonly family: string;
  readonly color: string;
  readonly spacing: number;
  readonly size: number;
  readonly height: number | undefined;
  readonly decoration: number;
}

interface Piece {
  text: string;
  run: Run;
  width: number;
}

const num = (value: unknown, fallback = 0): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

function runOf(text: string, style: Json, base: Run | undefined, env: Env): Run {
  const size = num(style.size, base?.size ?? 14);
  const weight = fontWeight(style.weight) || (base ? base.font.split(" ")[1]! : "400");
  const italic =
    style.italic === true || (style.italic === undefined && base?.font.startsWith("italic"));
  const family =
    typeof style.fontFamily === "string" ? style.fontFamily : (base?.family ?? env.fontFamily);
  return {
    text,
    font: `${italic ? "italic" : "normal"} ${weight} ${size}px ${family}`,
    family,
    color: env.color(style.color) ?? base?.color ?? env.textColor,
    spacing: num(style.letterSpacing, base?.spacing ?? 0),
    size,
    height: typeof style.height === "number" ? style.height : base?.height,
    decoration: num(style.decoration, base?.decoration ?? 0),
  };
}

function measure(g: G, text: string, run: Run): number {
  g.font = run.font;
  return g.measureText(text).width + run.spacing * [...text].length;
}

/** Greedy line breaking at spaces (and at `\n`), as wide as `maxWidth`. */
function layout(g: G, runs: readonly Run[], maxWidth: number): Piece[][] {
  const lines: Piece[][] = [[]];
  let width = 0;
  for (const run of runs) {
    for (const token of run.text.split(/(\n|\s+)/)) {
      if (token === "") continue;
      if (token === "\n") {
        lines.push([]);
        width = 0;
        continue;
      }
      const w = measure(g, token, run);
      const line = lines.at(-1)!;
      if (width + w > maxWidth && line.length > 0 && !/^\s+$/.test(token)) {
        lines.push([]);
        width = 0;
      }
      if (lines.at(-1)!.length === 0 && /^\s+$/.test(token) && lines.length > 1) continue;
      lines.at(-1)!.push({ text: token, run, width: w });
      width += w;
    }
  }
  return lines;
}

const lineWidth = (line: readonly Piece[]) => line.reduce((sum, piece) => sum + piece.width, 0);

/** Cuts the last line so that it ends in `ellipsis` within `maxWidth`. */
function ellipsize(g: G, line: Piece[], ellipsis: string, maxWidth: number): void {
  const last = line.at(-1);
  if (!last) return;
  const dots = measure(g, ellipsis, last.run);
  while (line.length > 0 && lineWidth(line) + dots > maxWidth) {
    const piece = line.at(-1)!;
    const chars = [...piece.text];
    chars.pop();
    if (chars.length === 0) line.pop();
    else {
      piece.text = chars.join("");
      piece.width = measure(g, piece.text, piece.run);
    }
  }
  line.push({ text: ellipsis, run: last.run, width: dots });
}

/** Paints a `cv.text` shape (the context is saved by the caller). */
export function paintText(
  g: G,
  shape: { readonly props: Readonly<Json>; readonly spans: readonly SpanData[] },
  env: Env,
): void {
  const p = shape.props;
  const style = (p.style !== null && typeof p.style === "object" ? p.style : {}) as Json;
  // Unstyled text takes the theme's body medium (14 px on 20 px lines, Flutter M3).
  const base = runOf(typeof p.text === "string" ? p.text : "", style, undefined, env);
  const body = p.style === undefined ? { ...base, height: 20 / 14, spacing: 0.25 } : base;
  const runs = [body];
  // Spans follow the text in order, each styled over its parent's style (depth first).
  const add = (spans: readonly SpanData[], parent: Run) => {
    for (const { props, spans: inner } of spans) {
      const spanStyle = (
        props.style !== null && typeof props.style === "object" ? props.style : {}
      ) as Json;
      const run = runOf(typeof props.text === "string" ? props.text : "", spanStyle, parent, env);
      runs.push(run);
      add(inner, run);
    }
  };
  add(shape.spans, body);
  const maxWidth = typeof p.maxWidth === "number" ? p.maxWidth : Number.POSITIVE_INFINITY;
  let lines = layout(g, runs, maxWidth);
  const ellipsis = typeof p.ellipsis === "string" ? p.ellipsis : undefined;
  // With an ellipsis and no maxLines, Flutter cuts at the first line that overflows.
  const maxLines = typeof p.maxLines === "number" ? p.maxLines : ellipsis ? 1 : undefined;
  if (maxLines !== undefined && lines.length > maxLines) {
    lines = lines.slice(0, Math.max(1, maxLines));
    if (ellipsis !== undefined) ellipsize(g, lines.at(-1)!, ellipsis, maxWidth);
  }
  const metrics = lines.map((line) => {
    const tallest = line.reduce<Run>((a, piece) => (piece.run.size > a.size ? piece.run : a), body);
    g.font = tallest.font;
    const m = g.measureText("Hg");
    const natural = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
    const height = tallest.height !== undefined ? tallest.height * tallest.size : natural;
    return { height, ascent: m.fontBoundingBoxAscent + (height - natural) / 2 };
  });
  const widths = lines.map(lineWidth);
  const boxWidth = Number.isFinite(maxWidth) ? maxWidth : Math.max(0, ...widths);
  const boxHeight = metrics.reduce((sum, m) => sum + m.height, 0);
  const x = num(p.x);
  const y = num(p.y);
  const alignment = (p.alignment ?? {}) as Json;
  const left = x - (boxWidth / 2) * (num(alignment.x, -1) + 1);
  let top = y - (boxHeight / 2) * (num(alignment.y, -1) + 1);
  g.translate(x, y);
  g.rotate(num(p.rotate));
  g.translate(-x, -y);
  g.textBaseline = "alphabetic";
  lines.forEach((line, i) => {
    const free = boxWidth - widths[i]!;
    const align = p.textAlign;
    let cursor =
      left + (align === "center" ? free / 2 : align === "right" || align === "end" ? free : 0);
    const baseline = top + metrics[i]!.ascent;
    for (const piece of line) {
      g.font = piece.run.font;
      g.fillStyle = piece.run.color;
      g.letterSpacing = `${piece.run.spacing}px`;
      g.fillText(piece.text, cursor, baseline);
      const deco = piece.run.decoration;
      const thickness = Math.max(1, piece.run.size / 14);
      if (deco & 1) g.fillRect(cursor, baseline + thickness * 2, piece.width, thickness);
      if (deco & 4) g.fillRect(cursor, baseline - piece.run.size * 0.3, piece.width, thickness);
      if (deco & 2) g.fillRect(cursor, baseline - piece.run.size * 0.9, piece.width, thickness);
      cursor += piece.width;
    }
    top += metrics[i]!.height;
  });
}
