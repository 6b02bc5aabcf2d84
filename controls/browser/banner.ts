/**
 * `banner`: a Material banner at the top of the page.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/**
 * Draws `banner` (`role="alert"`, shown while `open`): leading icon, content, and
 * actions beside or (with `forceActionsBelow`) below the content. Escape inside it sends
 * `dismiss` with `open: false`.
 */
export const bannerRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const banner = h("div", "", { role: "alert" });
    banner.append(
      h("div", "flet-banner-leading"),
      h("div", "flet-banner-content"),
      h("div", "flet-banner-actions"),
    );
    banner.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      banner.classList.remove("flet-open");
      ctx.send("dismiss", undefined, { open: false });
    });
    return banner;
  },
  update(banner, ctx) {
    const p = ctx.props;
    const [leading, content, actions] = [...banner.children] as HTMLElement[];
    place(leading!, [ctx.child("leading")]);
    place(content!, [ctx.child("content")]);
    place(actions!, ctx.children("actions"));
    leading!.style.padding = sidesCss(p.leadingPadding);
    content!.style.padding = sidesCss(p.contentPadding);
    banner.classList.toggle("flet-below", p.forceActionsBelow === true);
    banner.classList.toggle("flet-open", p.open === true);
    banner.style.backgroundColor = cssColor(p.bgcolor) ?? "";
  },
};
