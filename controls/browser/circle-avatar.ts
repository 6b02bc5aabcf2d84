/**
 * `circleavatar`: the Material circle avatar.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/** Sets `img`'s source, or hides it (and forgets an earlier failure) when there is none. */
function picture(img: HTMLImageElement, url: unknown): void {
  const src = typeof url === "string" && url !== "" ? url : "";
  if (img.getAttribute("src") !== src) {
    img.classList.remove("flet-failed");
    if (src) img.setAttribute("src", src);
    else img.removeAttribute("src");
  }
  img.hidden = src === "";
}

/** The diameter as CSS, from `radius`, else `maxRadius`, else `minRadius`, else 40 px. */
function diameter(p: Readonly<Record<string, unknown>>): string {
  for (const name of ["radius", "maxRadius", "minRadius"])
    if (typeof p[name] === "number") return `${(p[name] as number) * 2}px`;
  return "40px";
}

/**
 * Draws `circleavatar`: a circle of `bgcolor` holding the background picture, the content
 * (in `color`, title-medium type) and the foreground picture on top. A foreground picture
 * that fails to load is hidden, so the content shows. Pictures are decorative (`alt=""`).
 */
export const circleAvatarRenderer: MaterialRenderer<HTMLElement> = {
  create() {
    const avatar = h("div");
    const background = h("img", "flet-avatar-bg", { alt: "", draggable: "false" });
    const content = h("div", "flet-avatar-content");
    const foreground = h("img", "flet-avatar-fg", { alt: "", draggable: "false" });
    foreground.addEventListener("error", () => foreground.classList.add("flet-failed"));
    avatar.append(background, content, foreground);
    return avatar;
  },
  update(avatar, ctx) {
    const p = ctx.props;
    const [background, content, foreground] = [...avatar.children] as [
      HTMLImageElement,
      HTMLElement,
      HTMLImageElement,
    ];
    picture(background, p.backgroundImageUrl);
    picture(foreground, p.foregroundImageUrl);
    place(content, [ctx.child("content")]);
    const size = diameter(p);
    avatar.style.setProperty("--flet-avatar-size", size);
    avatar.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    avatar.style.color = cssColor(p.color) ?? "";
    // A minimum that the size cannot go under (when only the maximum is set).
    avatar.style.minWidth = typeof p.minRadius === "number" ? `${p.minRadius * 2}px` : "";
  },
};
