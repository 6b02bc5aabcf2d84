import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { stateColor } from "./state-color.js";
import type { BorderSide } from "./types/border.js";
import type { StateValue } from "./types/button-style.js";
import type { ColorValue } from "./types/colors.js";
import { TextCapitalization } from "./types/input.js";
import type { OutlinedBorder } from "./types/shapes.js";
import type { TextStyle } from "./types/text.js";

/**
 * A Material 3 search bar with its search view (Flutter's `SearchAnchor`): a pill-shaped
 * field that, when tapped, opens a view with its own field and the app's suggestions
 * (`controls`, usually ListTiles) below a divider.
 *
 * `value` is two-way: the text of the bar and of the view, as the user types. `onChange`
 * fires on every edit, `onSubmit` on Enter, `onTap` when the bar is tapped (the view opens
 * too). The app filters `controls` in `onChange` and, when a suggestion is picked, calls
 * {@link SearchBar.closeView} with the chosen text. The view closes on Escape, its back
 * button or a click outside it; `fullScreen` makes it cover the window.
 *
 * For keyboard users the bar's field is a combobox: Down arrow opens the view (Enter
 * submits); in the view, Down and Up move between the field and the suggestions.
 *
 * @example
 * ```ts
 * const colors = ["Amber", "Blue", "Cyan"];
 * const bar: ft.SearchBar = new ft.SearchBar({
 *   barHintText: "Search colours",
 *   controls: colors.map((name) => new ft.ListTile({ title: new ft.Text(name), onClick: () => bar.closeView(name) })),
 * });
 * ```
 */
@control("searchbar")
export class SearchBar extends ConstrainedControl {
  /**
   * @param controls - The suggestions, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    controls?: Control[] | ControlOptions<SearchBar>,
    options?: ControlOptions<SearchBar>,
  ) {
    super(withPrimary("controls", controls, options));
  }

  /** Opens the search view, as a tap on the bar does (Flet's `open_view()`). */
  openView(): Promise<void> {
    return this.invoke("openView").then(() => undefined);
  }

  /**
   * Closes the search view and puts `text` in the bar (Flet's `close_view(text)`), e.g.
   * the suggestion the user picked.
   */
  closeView(text = ""): Promise<void> {
    this.value = text;
    return this.invoke("closeView", { text }).then(() => undefined);
  }

  /** The suggestions shown in the view, under its field. */
  @children() accessor controls!: Control[];
  /** The text of the bar and the view. Two-way. */
  @prop({ kind: "string", twoWay: true }) accessor value: string | undefined;
  /** A control before the bar's field (usually a search icon or a menu button). */
  @child() accessor barLeading: Control | undefined;
  /** Controls after the bar's field (an avatar, a voice-search button). */
  @children() accessor barTrailing!: Control[];
  /** The bar's placeholder. */
  @prop({ kind: "string" }) accessor barHintText: string | undefined;
  /** The bar's colour, or one per state. Default the theme's `surfaceContainerHigh`. */
  @prop({ kind: "json", check: stateColor }) accessor barBgcolor:
    | StateValue<ColorValue>
    | undefined;
  /** The bar's hover/press/focus highlight, or one per state. */
  @prop({ kind: "json", check: stateColor }) accessor barOverlayColor:
    | StateValue<ColorValue>
    | undefined;
  /** A control before the view's field. Default a back button that closes the view. */
  @child() accessor viewLeading: Control | undefined;
  /** Controls after the view's field. Default a button that clears the text. */
  @children() accessor viewTrailing!: Control[];
  /** How far the view is raised (its shadow). Default 6. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor viewElevation: number | undefined;
  /** The view's colour. Default the theme's `surfaceContainerHigh`. */
  @prop({ kind: "string", check: checks.color }) accessor viewBgcolor: ColorValue | undefined;
  /** The view's placeholder. Default `barHintText`. */
  @prop({ kind: "string" }) accessor viewHintText: string | undefined;
  /** The view's outline. Default none. */
  @prop({ kind: "json" }) accessor viewSide: BorderSide | undefined;
  /** The view's shape. Default rounded corners of 28 (none when full screen). */
  @prop({ kind: "json" }) accessor viewShape: OutlinedBorder | undefined;
  /** Style of the text typed in the view. Default body large. */
  @prop({ kind: "json" }) accessor viewHeaderTextStyle: TextStyle | undefined;
  /** Style of the view's placeholder. Default body large in `onSurfaceVariant`. */
  @prop({ kind: "json" }) accessor viewHintTextStyle: TextStyle | undefined;
  /** Colour of the divider between the view's field and its suggestions. Default `outline`. */
  @prop({ kind: "string", check: checks.color }) accessor dividerColor: ColorValue | undefined;
  /** The view covers the whole window instead of dropping down from the bar. Default false. */
  @prop({ kind: "boolean", default: false }) accessor fullScreen: boolean | undefined;
  /** Which letters are capitalised as the user types (phones' keyboards). Default none. */
  @prop({ kind: "enum", values: enumValues(TextCapitalization) })
  accessor capitalization: TextCapitalization | undefined;
  /** The bar was tapped (the view opens as well). */
  @event() accessor onTap: EventHandler<ControlEvent<SearchBar>> | undefined;
  /** The user pressed Enter; `e.data` is the text. */
  @event() accessor onSubmit: EventHandler<ControlEvent<SearchBar>> | undefined;
  /** The user edited the text; `e.data` is the new text (also in `value`). */
  @event() accessor onChange: EventHandler<ControlEvent<SearchBar>> | undefined;
}
