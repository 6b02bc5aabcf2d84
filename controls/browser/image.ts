/**
 * `image`: a picture from a URL or base64 bytes.
 * @module
 */
import { radiusCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";

const FIT: Record<string, string> = {
  contain: "contain",
  cover: "cover",
  fill: "fill",
  fitWidth: "cover",
  fitHeight: "cover",
  none: "none",
  scaleDown: "scale-down",
};

/** Draws `image` as an `<img>` (alt text from `semanticsLabel`), swapped for `errorContent` if it fails to load. */
export const imageRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const wrapper = h("span");
    const img = wrapper.appendChild(h("img", "flet-image-img"));
    img.addEventListener("error", () => {
      const fallback = ctx.child("errorContent");
      if (fallback) wrapper.replaceChildren(fallback);
    });
    return wrapper;
  },
  update(element, ctx) {
    const p = ctx.props;
    let img = element.querySelector("img");
    if (!img) img = element.appendChild(h("img", "flet-image-img"));
    if (element.firstElementChild !== img) element.replaceChildren(img);
    const src =
      typeof p.srcBase64 === "string" ? `data:image;base64,${p.srcBase64}` : String(p.src ?? "");
    if (img.getAttribute("src") !== src) img.setAttribute("src", src);
    img.alt = typeof p.semanticsLabel === "string" ? p.semanticsLabel : "";
    element.style.display = "inline-flex";
    img.style.width = "100%";
    img.style.height = typeof p.height === "number" ? "100%" : "auto";
    img.style.objectFit = FIT[String(p.fit)] ?? "";
    img.style.borderRadius = radiusCss(p.borderRadius);
    element.style.borderRadius = img.style.borderRadius;
  },
};
