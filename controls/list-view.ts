import {
  type Control,
  type ControlOptions,
  checks,
  children,
  control,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { ScrollableControl } from "./scrollable-control.js";

/**
 * A scrolling list of children, vertical by default.
 *
 * Use it rather than a scrolling Column for long lists: the browser renders only the
 * children near the viewport. `itemExtent` (or `firstItemPrototype`) makes scrolling
 * cheaper still by fixing the size of every item. `dividerThickness` draws dividers
 * between items.
 *
 * @example
 * ```ts
 * const list = new ft.ListView([], { expand: true, spacing: 4, autoScroll: true });
 * for (let i = 0; i < 1000; i++) list.controls.push(new ft.Text(`Line ${i}`));
 * ```
 */
@control("listview")
export class ListView extends ScrollableControl {
  /**
   * @param controls - The items, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(controls?: Control[] | ControlOptions<ListView>, options?: ControlOptions<ListView>) {
    super(withPrimary("controls", controls, options));
  }

  /** The items. */
  @children() accessor controls!: Control[];
  /** Scrolls horizontally instead of vertically. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor horizontal: boolean | undefined;
  /** Space between items, in logical pixels. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor spacing: number | undefined;
  /** A fixed size of every item along the scroll axis. */
  @prop({ kind: "number", check: checks.positive }) accessor itemExtent: number | undefined;
  /** Gives every item the size of the first one. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor firstItemPrototype: boolean | undefined;
  /** Draws dividers this thick between items. */
  @prop({ kind: "number" }) accessor dividerThickness: number | undefined;
  /** Space around the items. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
}
