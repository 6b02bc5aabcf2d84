/**
 * A Container's background: `bgcolor`, `gradient` and the image (`imageSrc`, `imageFit`,
 * `imageRepeat`, `imageOpacity`), blended with what lies behind as `blendMode` says.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { backgroundBlendCss } from "./blend.js";
import { gradientCss } from "./box.js";
import { h } from "./dom.js";

type Props = Readonly<Record<string, unknown>>;

/** Flutter's BoxFit as a `background-size` (unset: the image's own size, centred). */
const SIZE: Readonly<Record<string, string>> = {
  contain: "contain",
  cover: "cover",
  fill: "100% 100%",
  fitWidth: "100% auto",
  fitHeight: "auto 100%",
  none: "auto",
  scaleDown: "contain",
};
const REPEAT: Readonly<Record<string, string>> = {
  repeat: "repeat",
  repeatX: "repeat-x",
  repeatY: "repeat-y",
};

/** Porter-Duff modes that keep what lies behind and drop the box's colour and gradient. */
const UNPAINTED: ReadonlySet<string> = new Set(["clear", "dst", "dstIn", "dstOut"]);

interface Paint {
  color: string;
  gradient: string;
  image: string;
  size: string;
  repeat: string;
}

function paintOf(p: Props): Paint {
  const source =
    typeof p.imageSrcBase64 === "string" ? `data:image;base64,${p.imageSrcBase64}` : p.imageSrc;
  const image = typeof source === "string" ? `url("${source.replaceAll('"', "%22")}")` : "";
  return {
    color: cssColor(p.bgcolor) ?? "",
    gradient: gradientCss(p.gradient),
    image,
    size: image ? (SIZE[String(p.imageFit)] ?? "auto") : "",
    repeat: image ? (REPEAT[String(p.imageRepeat)] ?? "no-repeat") : "",
  };
}

/** A layer under the container's content (`flet-container-layer`), made once per element. */
function layer(element: HTMLElement, name: "paint" | "image"): HTMLElement {
  return (
    element.querySelector<HTMLElement>(`:scope > .flet-container-${name}`) ??
    h("span", `flet-container-layer flet-container-${name}`, { "aria-hidden": "true" })
  );
}

/**
 * Paints the background. Plainly, it is the element's own CSS background (image over
 * gradient over colour). When the colour and gradient blend with what lies behind
 * (`blendMode`, Flutter's `backgroundBlendMode`), or the image is translucent
 * (`imageOpacity`), they are drawn on layers under the content instead (CSS can neither
 * blend nor fade one background layer); the layers are returned for the caller to place
 * first among the element's children.
 */
export function paintBackground(element: HTMLElement, p: Props): HTMLElement[] {
  const paint = paintOf(p);
  if (UNPAINTED.has(String(p.blendMode))) paint.color = paint.gradient = "";
  const blend = paint.color || paint.gradient ? backgroundBlendCss(p.blendMode) : "";
  const opacity = typeof p.imageOpacity === "number" ? p.imageOpacity : 1;
  const fadedImage = paint.image !== "" && opacity < 1;
  const layered = blend !== "" || fadedImage;
  element.classList.toggle("flet-layered", layered);
  const s = element.style;
  const own = layered ? { ...paint, color: "", gradient: "", image: "" } : paint;
  s.backgroundColor = own.color;
  s.backgroundImage = [own.image, own.gradient].filter(Boolean).join(", ");
  s.backgroundSize = own.image ? own.size : "";
  s.backgroundRepeat = own.image ? own.repeat : "";
  s.backgroundPosition = own.image ? "center" : "";
  if (!layered) return [];
  const layers: HTMLElement[] = [];
  if (paint.color || paint.gradient) {
    const under = layer(element, "paint");
    under.style.backgroundColor = paint.color;
    under.style.backgroundImage = paint.gradient;
    under.style.mixBlendMode = blend || "normal";
    layers.push(under);
  }
  if (paint.image) {
    const picture = layer(element, "image");
    Object.assign(picture.style, {
      backgroundImage: paint.image,
      backgroundSize: paint.size,
      backgroundRepeat: paint.repeat,
      backgroundPosition: "center",
      opacity: String(opacity),
    });
    layers.push(picture);
  }
  return layers;
}
