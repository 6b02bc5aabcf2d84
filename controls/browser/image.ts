/**
 * `image`: a picture from a URL, an inline SVG or base64 bytes.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { colorLayer } from "./blend.js";
import { radiusCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";

/** Flet's marker of SVG markup (in `src` or in the decoded `srcBase64`). */
const SVG_TAG = ' xmlns="http://www.w3.org/2000/svg"';

const FIT: Record<string, string> = {
  contain: "contain",
  cover: "cover",
  fill: "fill",
  fitWidth: "cover",
  fitHeight: "cover",
  none: "none",
  scaleDown: "scale-down",
};
/** The same fits as a `background-size`/`mask-size` (tiles and tint masks). */
const SIZE: Record<string, string> = {
  contain: "contain",
  cover: "cover",
  fill: "100% 100%",
  fitWidth: "100% auto",
  fitHeight: "auto 100%",
  none: "auto",
  scaleDown: "contain",
};
const REPEAT: Record<string, string> = {
  repeat: "repeat",
  repeatX: "repeat-x",
  repeatY: "repeat-y",
};

/** The image's URL and whether it is SVG (SVG is never sniffed from bytes, so it is named). */
function source(p: Readonly<Record<string, unknown>>): { url: string; svg: boolean } {
  if (typeof p.srcBase64 === "string" && p.srcBase64 !== "") {
    let svg = false;
    try {
      svg = atob(p.srcBase64).includes(SVG_TAG);
    } catch {
      // Not base64: the <img> fails to load and shows errorContent.
    }
    return { url: `data:image${svg ? "/svg+xml" : ""};base64,${p.srcBase64}`, svg };
  }
  const src = String(p.src ?? "");
  if (src.includes(SVG_TAG))
    return { url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(src)}`, svg: true };
  return { url: src, svg: src.toLowerCase().split("?")[0]!.endsWith(".svg") };
}

/** The `<img>` for `url`: with `gapless` the old picture stays until the new one has loaded. */
function pictureFor(element: HTMLElement, url: string, gapless: boolean): HTMLImageElement {
  let img = element.querySelector<HTMLImageElement>(":scope > img");
  if (img && img.getAttribute("src") !== url && !gapless) {
    // A new element shows nothing until its picture has loaded, as Flutter without gaplessPlayback.
    img.remove();
    img = null;
  }
  img ??= h("img", "flet-image-img") as HTMLImageElement;
  if (img.getAttribute("src") !== url) img.setAttribute("src", url);
  return img;
}

/**
 * Draws `image` as an `<img>` (alt text from `semanticsLabel`), swapped for `errorContent`
 * if it fails to load. `repeat` tiles the picture as the wrapper's background; `color`
 * is a layer over it, masked by the picture and blended as `colorBlendMode` says
 * (default `srcIn`: the picture's shape in that colour, as Flutter tints icons).
 */
export const imageRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const wrapper = h("span");
    wrapper.addEventListener(
      "error",
      () => {
        const fallback = ctx.child("errorContent");
        if (fallback) wrapper.replaceChildren(fallback);
      },
      true,
    );
    return wrapper;
  },
  update(element, ctx) {
    const p = ctx.props;
    const { url, svg } = source(p);
    const gapless = typeof p.gaplessPlayback === "boolean" ? p.gaplessPlayback : !!p.srcBase64;
    const img = pictureFor(element, url, gapless);
    img.alt = typeof p.semanticsLabel === "string" ? p.semanticsLabel : "";
    const fit = typeof p.fit === "string" ? p.fit : svg ? "contain" : "";
    const s = element.style;
    s.display = "inline-flex";
    s.position = "relative";
    s.isolation = "isolate";
    img.style.width = "100%";
    img.style.height = typeof p.height === "number" ? "100%" : "auto";
    img.style.objectFit = FIT[fit] ?? "";
    img.style.borderRadius = radiusCss(p.borderRadius);
    s.borderRadius = img.style.borderRadius;
    s.overflow = s.borderRadius ? "hidden" : "";
    // Unfitted, the <img> is stretched to its box (width 100%, height auto or 100%).
    const size = SIZE[fit] ?? "100% 100%";
    const repeat = REPEAT[String(p.repeat)];
    const quoted = `url("${url.replaceAll('"', "%22")}")`;
    s.backgroundImage = repeat ? quoted : "";
    s.backgroundRepeat = repeat ?? "";
    s.backgroundSize = repeat ? size : "";
    s.backgroundPosition = repeat ? "center" : "";
    const color = cssColor(p.color);
    const layer = color ? colorLayer(p.colorBlendMode) : undefined;
    // The tiles are the background; the <img> stays (transparent) for its size and alt text.
    img.style.opacity = repeat || (layer && !layer.picture) ? "0" : "";
    if (layer && !layer.picture) s.backgroundImage = "";
    const tint = tintLayer(layer, color, quoted, size, repeat);
    if (!tint) element.replaceChildren(img);
    else if (tint.under) element.replaceChildren(tint.layer, img);
    else element.replaceChildren(img, tint.layer);
  },
};

function tintLayer(
  layer: ReturnType<typeof colorLayer> | undefined,
  color: string | undefined,
  mask: string,
  size: string,
  repeat: string | undefined,
): { layer: HTMLElement; under: boolean } | undefined {
  if (!layer || !color || layer.area === "none") return undefined;
  const tint = h("span", "flet-image-tint");
  const s = tint.style;
  s.position = "absolute";
  s.inset = "0";
  s.pointerEvents = "none";
  s.backgroundColor = color;
  s.mixBlendMode = layer.blend;
  if (layer.area === "inside" || layer.area === "outside") {
    const shape = layer.area === "inside" ? mask : `${mask}, linear-gradient(#000, #000)`;
    s.maskImage = shape;
    s.maskSize = layer.area === "inside" ? size : `${size}, auto`;
    s.maskRepeat = repeat ?? "no-repeat";
    s.maskPosition = "center";
    if (layer.area === "outside") s.maskComposite = "exclude";
  }
  return { layer: tint, under: layer.area === "under" };
}
