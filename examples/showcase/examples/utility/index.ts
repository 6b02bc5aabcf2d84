/**
 * The Utility group of the showcase: Flet's gallery examples of its non-visual and helper
 * controls, in Flet's order (by name). Flet 0.21's Audio and Video are not in flet-ts
 * yet, and InteractiveViewer came after Flet 0.21, so those three are not here.
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as draggable } from "./draggable.js";
import { control as filePicker } from "./filepicker.js";
import { control as gestureDetector } from "./gesturedetector.js";
import { control as shaderMask } from "./shadermask.js";

export const group: GalleryGroup = {
  slug: "utility",
  label: "Utility",
  icon: ft.icons.PAN_TOOL_OUTLINED,
  selectedIcon: ft.icons.PAN_TOOL_SHARP,
  description: "Drag and drop, gestures, file picking and shader masks.",
  controls: [draggable, filePicker, gestureDetector, shaderMask],
};
