/**
 * The Displays group of Flet's Controls Gallery.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as badge } from "./badge.js";
import { control as canvas } from "./canvas.js";
import { control as circleavatar } from "./circleavatar.js";
import { control as cupertinoactivityindicator } from "./cupertinoactivityindicator.js";
import { control as icon } from "./icon.js";
import { control as image } from "./image.js";
import { control as markdown } from "./markdown.js";
import { control as progressbar } from "./progressbar.js";
import { control as progressring } from "./progressring.js";
import { control as text } from "./text.js";

export const group: GalleryGroup = {
  slug: "displays",
  label: "Displays",
  icon: ft.icons.INFO_OUTLINED,
  selectedIcon: ft.icons.INFO_SHARP,
  description: "Controls that show information: text, icons, images, markdown, progress.",
  controls: [
    badge,
    canvas,
    circleavatar,
    cupertinoactivityindicator,
    icon,
    image,
    markdown,
    progressbar,
    progressring,
    text,
  ],
};
