/**
 * The Utility group of the showcase: Flet's gallery examples of its non-visual and helper
 * controls, in Flet's order (by name). InteractiveViewer came after Flet 0.21, so it is
 * not here.
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as audio } from "./audio.js";
import { control as draggable } from "./draggable.js";
import { control as filePicker } from "./filepicker.js";
import { control as gestureDetector } from "./gesturedetector.js";
import { control as shaderMask } from "./shadermask.js";
import { control as video } from "./video.js";

export const group: GalleryGroup = {
  slug: "utility",
  label: "Utility",
  icon: ft.icons.PAN_TOOL_OUTLINED,
  selectedIcon: ft.icons.PAN_TOOL_SHARP,
  description: "Sound and video, drag and drop, gestures, file picking and shader masks.",
  controls: [audio, draggable, filePicker, gestureDetector, shaderMask, video],
};
