import {
  Control,
  type ControlOptions,
  child,
  control,
  iconProp,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { IconName } from "./types/icons.js";

/**
 * One tab of a {@link Tabs} control: a header (`text` and/or `icon`, or any control as
 * `tabContent`) and the `content` shown while the tab is selected.
 *
 * @example
 * ```ts
 * new ft.Tab("Settings", { icon: ft.icons.SETTINGS, content: new ft.Text("Settings go here") });
 * ```
 */
@control("tab")
export class Tab extends Control {
  /**
   * @param text - The header text, or the options.
   * @param options - Other properties.
   */
  constructor(text?: string | ControlOptions<Tab>, options?: ControlOptions<Tab>) {
    super(withPrimary("text", text, options));
  }

  /** The header text; also the tab's accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor text: string | undefined;
  /** An icon in the header. */
  @iconProp() accessor icon: IconName | undefined;
  /** A control shown as the header instead of `text` and `icon`. */
  @child() accessor tabContent: Control | undefined;
  /** What the tab shows while selected. */
  @child() accessor content: Control | undefined;
}
