import {
  ConstrainedControl,
  type EventHandler,
  enumValues,
  event,
  prop,
  ScrollMode,
} from "flet-ts/pack";
import { ScrollEvent } from "./events/scroll-event.js";

/**
 * The base of controls whose content can scroll: Row, Column, ListView and GridView
 * (Flet's ScrollableControl).
 *
 * Rows and columns scroll only when `scroll` is set; list and grid views always do.
 * `onScroll` fires at most once per `onScrollInterval` milliseconds.
 *
 * @example
 * ```ts
 * new ft.Column(items, { scroll: ft.ScrollMode.AUTO, autoScroll: true, onScroll: (e) => console.log(e.pixels) });
 * ```
 */
export abstract class ScrollableControl extends ConstrainedControl {
  /** Turns on scrolling and chooses when the scrollbar shows. */
  @prop({ kind: "enum", values: enumValues(ScrollMode) }) accessor scroll: ScrollMode | undefined;
  /** Keeps the view scrolled to the end as children are added. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autoScroll: boolean | undefined;
  /** Scrolls from the end: the first child sits at the bottom (or right). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor reverse: boolean | undefined;
  /** The least time between two `onScroll` events, in milliseconds. Default 10. */
  @prop({ kind: "number", default: 10 }) accessor onScrollInterval: number | undefined;
  /** Fires as the content scrolls. */
  @event({ type: ScrollEvent }) accessor onScroll: EventHandler<ScrollEvent<this>> | undefined;
}
