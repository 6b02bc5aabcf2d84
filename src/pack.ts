/**
 * `flet-ts/pack`: the public API for writing controls. Built-in packs (`controls/`,
 * `cupertino/`, `semantics/`) import only this entry, exactly as a third-party pack on npm
 * would.
 *
 * @example
 * ```ts
 * import { Control, control, prop, event, type EventHandler, type ControlEvent } from "flet-ts/pack";
 *
 * @control("acme.rating", { pack: "acme-rating", version: "1.0.0" })
 * export class Rating extends Control {
 *   @prop({ kind: "number", default: 0, twoWay: true }) accessor value: number | undefined;
 *   @event() accessor onChange: EventHandler<ControlEvent<Rating>> | undefined;
 * }
 * ```
 * @module
 */
export { BREAKPOINTS, checks, defineCheck, type PropCheck } from "./core/checks.js";
export { type AnimationValue, ConstrainedControl, Control } from "./core/control.js";
export { ControlEvent, type EventClass, type EventHandler } from "./core/control-event.js";
export { type ControlOptions, type NotOptions, withPrimary } from "./core/control-options.js";
export {
  type AccessorContext,
  type AccessorTarget,
  type ControlDecoratorOptions,
  child,
  children,
  control,
  declareMembers,
  type EventOptions,
  event,
  type PropOptions,
  prop,
} from "./core/decorators.js";
export { describeValue, ErrorCode, type ErrorCodeValue, FletError } from "./core/errors.js";
export { FOCUS_CALL, requestFocus } from "./core/focus.js";
export {
  CUPERTINO_ICON_PREFIX,
  type CupertinoIconKey,
  type CupertinoIconName,
  type CupertinoIcons,
  cupertinoIcons,
} from "./core/icons/cupertino-icons.js";
export {
  closestIconNames,
  type IconPropOptions,
  iconProp,
  isIconName,
} from "./core/icons/icon-prop.js";
export {
  icons,
  MATERIAL_VARIANT_SUFFIXES,
  type MaterialIconKey,
  type MaterialIconName,
  type MaterialIcons,
} from "./core/icons/material-icons.js";
export {
  canRender,
  compareVersions,
  compatibleRange,
  type PackMismatch,
  packMismatches,
  parseVersion,
  type SemVer,
} from "./core/pack-version.js";
export {
  type ControlSchema,
  controlClassOf,
  type EventSchema,
  type PropKind,
  type PropSchema,
  registeredControls,
  registeredPacks,
  SCHEMA_METADATA_KEY,
  type SlotSchema,
  schemaOf,
} from "./core/schema.js";
export { Page } from "./page/page.js";
export * from "./page/page-events.js";
export type { Drawer } from "./page/page-views.js";
export { View } from "./page/view.js";
export * from "./types/layout.js";
