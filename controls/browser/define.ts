/**
 * How this pack registers a renderer: the renderer draws its own props, then the generic
 * props (`applyCommonProps` of `flet-ts/browser`) are applied to the same element, with
 * this pack's Material tooltip instead of the runtime's plain `title`.
 * @module
 */
import {
  applyCommonProps,
  defineLazyRenderer,
  defineRenderer,
  fills,
  passesConstraints,
  type RenderContext,
  type Renderer,
} from "flet-ts/browser";
import { twinOf, twins } from "./adaptive.js";
import { adoptStyles } from "./styles.js";
import { setTooltip } from "./tooltip.js";

/**
 * Controls whose Flutter widget takes all the width it is allowed (a TextField's
 * InputDecorator, ListTile, Divider, TabBar...), and boxes that hand their constraints
 * to their content (Card). Rows, columns and containers set theirs in their renderers.
 */
const FILLS_WIDTH = new Set([
  "textfield",
  "dropdown",
  "listtile",
  "expansiontile",
  "expansionpanellist",
  "divider",
  "tabs",
  "responsiverow",
  "slider",
  "rangeslider",
  "progressbar",
  "appbar",
  "navigationbar",
  "bottomappbar",
  "banner",
  "listview",
  "gridview",
  "pagelet",
  "fletapp",
]);
const PASSES_CONSTRAINTS = new Set(["card"]);

/** The runtime leaves the tooltip to this pack (see {@link material}). */
const NO_TOOLTIP = { tooltip: false } as const;

/** A renderer of this pack, plus how the generic props apply to it. */
export interface MaterialRenderer<TElement extends HTMLElement> extends Renderer<TElement> {
  /** `false` when the renderer uses `tooltip` itself (as an accessible name). */
  readonly tooltip?: boolean;
  /** Generic prop names this control uses with its own meaning (see `applyCommonProps`). */
  readonly own?: readonly string[];
  /**
   * CSS the control needs, added to the document when the renderer is registered (for a
   * {@link materialLazy} one, when it has loaded), so it stays out of the start bundle.
   */
  readonly styles?: string;
  /**
   * CSS transitions of the control's own animated props (a Container's `animate`), kept
   * after the generic `animate*` ones; `""` for none.
   */
  transition?(ctx: RenderContext): string;
}

/** The generic transitions `applyCommonProps` last wrote, per element with its own ones. */
const genericTransitions = new WeakMap<HTMLElement, string>();

/** Writes the generic transitions followed by the renderer's own (see `transition`). */
function mergeTransitions(element: HTMLElement, own: string, changed: ReadonlySet<string>): void {
  // applyCommonProps rewrote the transitions only when a generic `animate*` prop changed.
  const fresh =
    changed.has("*") ||
    [...changed].some((name) => name.startsWith("animate") && name !== "animate");
  if (fresh || !genericTransitions.has(element))
    genericTransitions.set(element, fresh ? element.style.transition : "");
  const generic = genericTransitions.get(element) ?? "";
  element.style.transition = [generic, own].filter(Boolean).join(", ");
}

/**
 * Registers a renderer for `type`, wrapped so that every element gets the `flet-<type>`
 * class, the generic props and a Material tooltip (unless the renderer sets
 * `tooltip: false` and uses the text itself).
 *
 * @example
 * ```ts
 * material("divider", { create: () => h("hr"), update(element, ctx) { ... } });
 * ```
 */
export function material<TElement extends HTMLElement>(
  type: string,
  renderer: MaterialRenderer<TElement>,
): void {
  defineRenderer<TElement>(type, wrap(type, renderer));
}

/**
 * Registers a renderer of this pack that is loaded on first use (see
 * `defineLazyRenderer` of `flet-ts/browser`): heavy controls (date pickers, menus, data
 * tables...) stay out of the start bundle. `load` imports the renderer's module.
 *
 * @example
 * ```ts
 * materialLazy("datepicker", () => import("./date-picker.js").then((m) => m.datePicker));
 * ```
 */
export function materialLazy<TElement extends HTMLElement>(
  type: string,
  load: () => Promise<MaterialRenderer<TElement>>,
): void {
  defineLazyRenderer(type, () => load().then((renderer) => wrap(type, renderer)));
}

/** The renderer `material` registers: the pack's class, the generic props, the tooltip. */
function wrap<TElement extends HTMLElement>(
  type: string,
  renderer: MaterialRenderer<TElement>,
): Renderer<TElement> {
  if (renderer.styles !== undefined) adoptStyles(renderer.styles);
  const tooltip = renderer.tooltip !== false;
  const common = renderer.own ? { ...NO_TOOLTIP, own: renderer.own } : NO_TOOLTIP;
  return {
    create(ctx: RenderContext) {
      // adaptive: the Cupertino twin draws the control (it applies the generic props itself).
      const twin = twinOf(type, ctx);
      if (twin) {
        const element = twin.create(ctx) as TElement;
        twins.set(element, twin);
        return element;
      }
      const element = renderer.create(ctx);
      element.classList.add("flet", `flet-${type}`);
      if (FILLS_WIDTH.has(type)) fills(element, { x: true });
      if (PASSES_CONSTRAINTS.has(type)) passesConstraints(element, true);
      return element;
    },
    update(element, ctx, changed) {
      const twin = twins.get(element);
      if (twin) return twin.update(element, ctx, changed);
      renderer.update(element, ctx, changed);
      applyCommonProps(element, ctx, changed, common);
      if (renderer.transition) mergeTransitions(element, renderer.transition(ctx), changed);
      if (tooltip && (changed.has("tooltip") || changed.has("*"))) {
        const text = ctx.props.tooltip;
        setTooltip(element, typeof text === "string" ? text : undefined, ctx.id);
      }
    },
    destroy(element) {
      const twin = twins.get(element);
      if (twin) twin.destroy?.(element);
      else renderer.destroy?.(element);
    },
    ...(renderer.methods ? { methods: renderer.methods } : {}),
    // Switching between Material and the Cupertino twin re-creates the element.
    variant: (ctx) => (twinOf(type, ctx) ? "cupertino" : "material"),
  };
}
