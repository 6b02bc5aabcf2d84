/**
 * The controls gallery: one page per control family, each its own app mounted by the
 * example gallery under `/controls/<slug>/` and listed on its index. Each page shows every
 * control of its family in its main states, wired to handlers, so it can be tried by
 * mouse, keyboard and screen reader; `docs/guides/controls.md` links every control to its
 * page.
 *
 * Add a page: write `examples/controls/<slug>.ts` exporting `title`, `description`,
 * `controls` (the Flet names it shows) and `main`, then add it to {@link controlPages}.
 */
import type * as ft from "flet-ts";
import * as avatars from "./avatars.js";
import * as bottomAppBar from "./bottom-app-bar.js";
import * as buttons from "./buttons.js";
import * as canvas from "./canvas.js";
import * as charts from "./charts.js";
import * as chips from "./chips.js";
import * as dataTable from "./data-table.js";
import * as device from "./device.js";
import * as dragAndDrop from "./drag-and-drop.js";
import * as embed from "./embed.js";
import * as expansion from "./expansion.js";
import * as fletApp from "./flet-app.js";
import * as gestures from "./gestures.js";
import * as layout from "./layout.js";
import * as markdown from "./markdown.js";
import * as media from "./media.js";
import * as menus from "./menus.js";
import * as motion from "./motion.js";
import * as navigation from "./navigation.js";
import * as pagelet from "./pagelet.js";
import * as pickers from "./pickers.js";
import * as richText from "./rich-text.js";
import * as search from "./search.js";
import * as segmented from "./segmented.js";
import * as selection from "./selection.js";
import * as sliders from "./sliders.js";
import * as tooltips from "./tooltips.js";

/** A page of the controls gallery. */
export interface ControlPage {
  /** Its path segment: `/controls/<slug>/`. */
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** The controls it shows, by their Flet class names (`"ElevatedButton"`). */
  readonly controls: readonly string[];
  readonly main: ft.AppMain;
}

/** The pages of the controls gallery, in the order the index shows them. */
export const controlPages: ControlPage[] = [
  { slug: "buttons", ...buttons },
  { slug: "navigation", ...navigation },
  { slug: "bottom-app-bar", ...bottomAppBar },
  { slug: "pagelet", ...pagelet },
  { slug: "flet-app", ...fletApp },
  { slug: "expansion", ...expansion },
  { slug: "avatars", ...avatars },
  { slug: "chips", ...chips },
  { slug: "menus", ...menus },
  { slug: "segmented", ...segmented },
  { slug: "sliders", ...sliders },
  { slug: "data-table", ...dataTable },
  { slug: "tooltips", ...tooltips },
  { slug: "search", ...search },
  { slug: "pickers", ...pickers },
  { slug: "selection", ...selection },
  { slug: "gestures", ...gestures },
  { slug: "rich-text", ...richText },
  { slug: "markdown", ...markdown },
  { slug: "device", ...device },
  { slug: "drag-and-drop", ...dragAndDrop },
  { slug: "layout", ...layout },
  { slug: "canvas", ...canvas },
  { slug: "motion", ...motion },
  { slug: "embed", ...embed },
  { slug: "charts", ...charts },
  { slug: "media", ...media },
];
