/**
 * Canvas shapes and path elements as SVG path data, so one `Path2D` holds each outline
 * (Flutter's `Path` semantics: `addArc`, `addOval`, `addRRect` start new sub-paths,
 * `arcToPoint` is SVG's elliptical arc, conics are flattened).
 * @module
 */

type Json = Record<string, unknown>;

const num = (value: unknown, fallback = 0): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;
const r2 = (value: number): string => String(Math.round(value * 1000) / 1000);

/** `[x, y]` or `{ x, y }` → a point. */
export function pointOf(value: unknown): [number, number] | undefined {
  if (Array.isArray(value) && value.length > 1) return [num(value[0]), num(value[1])];
  if (value !== null && typeof value === "object") {
    const v = value as Json;
    return [num(v.x), num(v.y)];
  }
  return undefined;
}

/**
 * An arc of the ellipse centred on (cx, cy): from `start` through `sweep` (radians), as
 * SVG path data, starting with `M` (a new sub-path) or `L` (joined to the current point).
 */
export function ellipseArc(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  start: number,
  sweep: number,
  lead: "M" | "L",
): string {
  const at = (angle: number) => `${r2(cx + rx * Math.cos(angle))} ${r2(cy + ry * Math.sin(angle))}`;
  const turn = Math.PI * 2;
  const total = Math.max(-turn, Math.min(turn, sweep));
  let d = `${lead}${at(start)}`;
  if (total === 0 || rx <= 0 || ry <= 0) return d;
  // SVG cannot draw a full turn in one arc: at most half a turn per piece.
  const pieces = Math.ceil(Math.abs(total) / Math.PI);
  for (let i = 1; i <= pieces; i++)
    d += `A${r2(rx)} ${r2(ry)} 0 0 ${total > 0 ? 1 : 0} ${at(start + (total * i) / pieces)}`;
  return d;
}

/** Corner radii of a border radius value: [topLeft, topRight, bottomRight, bottomLeft]. */
export function cornerRadii(value: unknown): [number, number, number, number] {
  if (typeof value === "number") return [value, value, value, value];
  if (value !== null && typeof value === "object") {
    const v = value as Json;
    return [num(v.topLeft), num(v.topRight), num(v.bottomRight), num(v.bottomLeft)];
  }
  return [0, 0, 0, 0];
}

/** A rectangle with rounded corners as a closed sub-path (clockwise from the top left). */
export function roundRect(x: number, y: number, w: number, h: number, radius: unknown): string {
  const [tl, tr, br, bl] = cornerRadii(radius).map((r) =>
    Math.max(0, Math.min(r, Math.abs(w) / 2, Math.abs(h) / 2)),
  ) as [number, number, number, number];
  const arc = (r: number, ex: number, ey: number) =>
    r > 0 ? `A${r2(r)} ${r2(r)} 0 0 1 ${r2(ex)} ${r2(ey)}` : "";
  return (
    `M${r2(x + tl)} ${r2(y)}H${r2(x + w - tr)}${arc(tr, x + w, y + tr)}` +
    `V${r2(y + h - br)}${arc(br, x + w - br, y + h)}H${r2(x + bl)}${arc(bl, x, y + h - bl)}` +
    `V${r2(y + tl)}${arc(tl, x + tl, y)}Z`
  );
}

/** The oval in a box as a closed sub-path. */
export function oval(x: number, y: number, w: number, h: number): string {
  return `${ellipseArc(x + w / 2, y + h / 2, w / 2, h / 2, 0, Math.PI * 2, "M")}Z`;
}

/** A conic section from `from` to (x, y) with weight w, flattened into 16 line segments. */
function conic(from: [number, number], cx: number, cy: number, x: number, y: number, w: number) {
  let d = "";
  for (let i = 1; i <= 16; i++) {
    const t = i / 16;
    const a = (1 - t) ** 2;
    const b = 2 * w * t * (1 - t);
    const c = t ** 2;
    const den = a + b + c;
    d += `L${r2((a * from[0] + b * cx + c * x) / den)} ${r2((a * from[1] + b * cy + c * y) / den)}`;
  }
  return d;
}

/** Flet's path elements (`cv.Path.MoveTo`...) as SVG path data, moved by (dx, dy). */
export function pathData(elements: unknown, dx = 0, dy = 0): string {
  if (!Array.isArray(elements)) return "";
  let d = "";
  let current: [number, number] = [dx, dy];
  for (const item of elements) {
    if (item === null || typeof item !== "object") continue;
    const e = item as Json;
    const x = num(e.x) + dx;
    const y = num(e.y) + dy;
    switch (e.type) {
      case "moveto":
        d += `M${r2(x)} ${r2(y)}`;
        current = [x, y];
        break;
      case "lineto":
        d += `L${r2(x)} ${r2(y)}`;
        current = [x, y];
        break;
      case "conicto": {
        const w = num(e.w, 1);
        const cx = num(e.cp1x) + dx;
        const cy = num(e.cp1y) + dy;
        d += w === 1 ? `Q${r2(cx)} ${r2(cy)} ${r2(x)} ${r2(y)}` : conic(current, cx, cy, x, y, w);
        current = [x, y];
        break;
      }
      case "cubicto":
        d += `C${r2(num(e.cp1x) + dx)} ${r2(num(e.cp1y) + dy)} ${r2(num(e.cp2x) + dx)} ${r2(num(e.cp2y) + dy)} ${r2(x)} ${r2(y)}`;
        current = [x, y];
        break;
      case "subpath":
        d += pathData(e.elements, x, y);
        break;
      case "arc": {
        const w = num(e.width);
        const h = num(e.height);
        d += ellipseArc(
          x + w / 2,
          y + h / 2,
          w / 2,
          h / 2,
          num(e.startAngle),
          num(e.sweepAngle),
          "M",
        );
        break;
      }
      case "arcto": {
        const radius = num(e.radius);
        // Flutter's rotation is in degrees, as SVG's.
        d +=
          radius > 0
            ? `A${r2(radius)} ${r2(radius)} ${r2(num(e.rotation))} ${e.largeArc === true ? 1 : 0} ${e.clockwise === false ? 0 : 1} ${r2(x)} ${r2(y)}`
            : `L${r2(x)} ${r2(y)}`;
        current = [x, y];
        break;
      }
      case "oval":
        d += oval(x, y, num(e.width), num(e.height));
        break;
      case "rect":
        d += roundRect(x, y, num(e.width), num(e.height), e.borderRadius);
        break;
      case "close":
        d += "Z";
        break;
    }
  }
  return d;
}
