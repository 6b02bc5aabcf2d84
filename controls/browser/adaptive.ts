/**
 * `adaptive`: with the effective `adaptive` flag on iOS or macOS, the Material controls
 * of Flet's list render their Cupertino twins. The twins are found through the public
 * `rendererOf(type)` lookup, so no private code crosses packs; without the Cupertino pack
 * loaded, the Material renderer is used.
 * @module
 */
import { type RenderContext, type Renderer, rendererOf } from "flet-ts/browser";

/** The Material types that have a Cupertino twin, and the twin's type. */
export const TWINS: Readonly<Record<string, string>> = {
  alertdialog: "cupertinoalertdialog",
  appbar: "cupertinoappbar",
  checkbox: "cupertinocheckbox",
  listtile: "cupertinolisttile",
  navigationbar: "cupertinonavigationbar",
  radio: "cupertinoradio",
  slider: "cupertinoslider",
  switch: "cupertinoswitch",
  textfield: "cupertinotextfield",
  elevatedbutton: "cupertinobutton",
  filledbutton: "cupertinobutton",
  filledtonalbutton: "cupertinobutton",
  outlinedbutton: "cupertinobutton",
  textbutton: "cupertinobutton",
  iconbutton: "cupertinobutton",
};

/** True when `ctx` asks for Cupertino rendering (adaptive on an Apple platform). */
export function wantsCupertino(ctx: RenderContext): boolean {
  return ctx.adaptive && (ctx.platform === "ios" || ctx.platform === "macos");
}

/**
 * The twin renderer a control of `type` should use now, if any.
 *
 * @example
 * ```ts
 * const twin = twinOf("switch", ctx); // the cupertinoswitch renderer on iOS with adaptive
 * ```
 */
export function twinOf(type: string, ctx: RenderContext): Renderer | undefined {
  const twin = TWINS[type];
  return twin && wantsCupertino(ctx) ? rendererOf(twin) : undefined;
}

/** The twin renderer drawing each element created in Cupertino mode. */
export const twins = new WeakMap<HTMLElement, Renderer>();
