/**
 * The client half of the pack API: how a control type is drawn in the browser.
 *
 * A pack's browser entry registers one renderer per control type with
 * {@link defineRenderer}. The runtime creates an element per control (children before
 * parents), then calls `update` whenever the control's props or slots change, batched
 * per animation frame; the renderer places its children's elements itself (they always
 * exist by then). Built-in packs (`controls/browser`, `cupertino/browser`,
 * `semantics/browser`) use exactly this API.
 *
 * @example
 * ```ts
 * import { defineRenderer } from "flet-ts/browser";
 *
 * defineRenderer("acme.rating", {
 *   create: (ctx) => document.createElement("acme-rating"),
 *   update(element, ctx) {
 *     element.setAttribute("value", String(ctx.props.value ?? 0));
 *     element.onchange = () => ctx.send("change", element.value, { value: element.value });
 *   },
 * });
 * ```
 * @module
 */

/**
 * One change inside a prop's value, as {@link RenderContext.changes} reports it: an
 * appended point is `{ op: "add", path: ["5000"], value: 42 }`.
 */
export interface PropChange {
  /** What happened at `path`: RFC 6902's `add` (insert), `replace` or `remove`. */
  readonly op: "add" | "replace" | "remove";
  /** Where, inside the prop's value: list indexes and object keys, outermost first. */
  readonly path: readonly string[];
  /** The new value at `path` (`undefined` for `remove`). */
  readonly value?: unknown;
}

/**
 * The props of a control class as its renderer reads them, typed from the class itself:
 * `PropsOf<Series>` has `points?: number[]` for `@prop("number[]") accessor points`.
 * Methods, event handlers and child slots are left out (slots are `ctx.child`/`children`;
 * whether the server listens is `ctx.listens`). Import the class as a type only
 * (`import type`), so no server code reaches the browser bundle. A `Date` travels as its
 * ISO string and a value class as its JSON; other values as they are typed.
 *
 * @example
 * ```ts
 * import type { Series } from "../series.js";
 * defineRenderer<HTMLElement, PropsOf<Series>>("acme.series", {
 *   create: () => document.createElement("ol"),
 *   update(element, ctx) {
 *     element.textContent = (ctx.props.points ?? []).join(", "); // number[] | undefined
 *   },
 * });
 * ```
 */
export type PropsOf<TControl> = {
  readonly [K in keyof TControl as K extends
    | "uid"
    | "page"
    | "parent"
    | "data"
    | "key"
    | `on${Capitalize<string>}`
    ? never
    : NonNullable<TControl[K]> extends
          | ((...args: never[]) => unknown)
          | { update(): void }
          | readonly { update(): void }[]
      ? never
      : K]?: NonNullable<TControl[K]> extends Date ? string : TControl[K];
};

/**
 * What a renderer knows about the control it draws. `TProps` types `props`: see
 * {@link PropsOf}.
 */
export interface RenderContext<TProps extends object = Record<string, unknown>> {
  /** The control's id. */
  readonly id: string;
  /** Its wire type. */
  readonly type: string;
  /** Its current props (set ones only; event flags appear as `onX: true`). */
  readonly props: Readonly<TProps>;
  /** The element of the child in a single-child slot (`content`), if any. */
  child(slot: string): HTMLElement | undefined;
  /** The elements of the children in a list slot (`controls`), in order. */
  children(slot: string): HTMLElement[];
  /** The ids in a slot, for renderers that need the children's props. */
  childIds(slot: string): string[];
  /**
   * What changed inside prop `name` since the last update, in order (already applied to
   * `props[name]`), so a renderer can add one point to a chart instead of drawing it
   * again. `undefined` when it must draw the value whole: the first update, a value set
   * anew, one the server sent whole because that was smaller, or a prop not changed.
   *
   * @example
   * ```ts
   * const ops = ctx.changes("points");
   * if (ops?.every((c) => c.op === "add")) for (const c of ops) chart.add(c.value as number);
   * else chart.draw(ctx.props.points as number[]);
   * ```
   */
  changes(name: keyof TProps & string): readonly PropChange[] | undefined;
  /** Props of another control (a child's), by id. */
  propsOf(id: string): Readonly<Record<string, unknown>> | undefined;
  /**
   * Sends an event to the server. `props` are two-way values the user changed (they are
   * applied locally at once and always reach the server); an event without `props` is
   * sent only when the server listens to it (`onX: true`).
   */
  send(event: string, data?: unknown, props?: Record<string, unknown>): void;
  /** True when the server listens to `event`. */
  listens(event: string): boolean;
  /** The effective `adaptive` flag: the control's own, else inherited from its ancestors. */
  readonly adaptive: boolean;
  /** The page's platform (`ios`, `macos`, `android`, ...). */
  readonly platform: string;
  /** True when the page currently shows its dark theme. */
  readonly dark: boolean;
}

/** How one control type is drawn. `TProps` types `ctx.props` (see {@link PropsOf}). */
export interface Renderer<
  TElement extends HTMLElement = HTMLElement,
  TProps extends object = Record<string, unknown>,
> {
  /** Makes the control's element. Called once per control. */
  create(ctx: RenderContext<TProps>): TElement;
  /**
   * Brings the element up to date with `ctx.props` and the children's elements. `changed`
   * names the props and slots that changed since the last call (all of them the first time).
   */
  update(element: TElement, ctx: RenderContext<TProps>, changed: ReadonlySet<string>): void;
  /** Called when the control leaves the page. */
  destroy?(element: TElement): void;
  /**
   * The look the control needs now, for renderers with more than one (Material or
   * Cupertino, by `ctx.adaptive` and `ctx.platform`). When it changes, the runtime destroys
   * the element and creates a new one. Changes of `adaptive` on an ancestor and of the
   * page's `platform` re-check every control below.
   */
  variant?(ctx: RenderContext<TProps>): string;
  /**
   * Methods the server may run on this control (`control.invoke("focus")` on the server):
   * each gets the element, the call's args and the context, and returns (or resolves to)
   * a JSON result.
   */
  methods?: Record<
    string,
    (element: TElement, args: Record<string, unknown>, ctx: RenderContext<TProps>) => unknown
  >;
}

const renderers = new Map<string, Renderer<any, any>>();

/** A renderer registered with {@link defineLazyRenderer} that has not loaded yet. */
interface Lazy {
  load(): Promise<Renderer<any>>;
  loading?: Promise<Renderer<any>>;
  /** Why the last load failed (the next {@link loadRenderer} tries again). */
  failed?: unknown;
}
const lazy = new Map<string, Lazy>();

/** Registers the renderer of a control type. A later registration replaces an earlier one. */
export function defineRenderer<
  TElement extends HTMLElement,
  TProps extends object = Record<string, unknown>,
>(type: string, renderer: Renderer<TElement, TProps>): void {
  lazy.delete(type);
  renderers.set(type, renderer);
}

/**
 * Registers the renderer of a control type that is loaded only when a page first shows
 * that type: `load` is typically `() => import("./date-picker.js").then((m) => m.renderer)`,
 * which a bundler turns into a chunk of its own, so heavy renderers stay out of the start
 * bundle.
 *
 * Until the chunk has arrived the runtime shows a small placeholder (an element with the
 * `data-flet-loading` attribute, `aria-busy`), then replaces it with the real element and
 * renders it with every prop. Methods the server runs on the control meanwhile wait for
 * the load. If the chunk cannot be loaded, the control shows a visible error box and the
 * error is reported like a renderer's error. A later {@link defineRenderer} of the same
 * type wins.
 *
 * @example
 * ```ts
 * import { defineLazyRenderer } from "flet-ts/browser";
 *
 * defineLazyRenderer("acme.chart", () => import("./chart.js").then((m) => m.chartRenderer));
 * ```
 */
export function defineLazyRenderer(type: string, load: () => Promise<Renderer<any>>): void {
  renderers.delete(type);
  lazy.set(type, { load });
}

/**
 * Loads the renderer of `type` if it was registered with {@link defineLazyRenderer} (once;
 * later calls share the load) and resolves to the renderer `type` has then, if any.
 */
export function loadRenderer(type: string): Promise<Renderer | undefined> {
  const entry = lazy.get(type);
  if (entry === undefined) return Promise.resolve(renderers.get(type));
  entry.loading ??= entry.load().then(
    (renderer) => {
      // A defineRenderer() while loading has replaced this lazy entry: that one wins.
      if (lazy.get(type) === entry) defineRenderer(type, renderer);
      return renderers.get(type)!;
    },
    (error: unknown) => {
      entry.loading = undefined;
      entry.failed = error;
      throw error;
    },
  );
  return entry.loading;
}

/** True when `type` has a lazy renderer that has not loaded yet (and has not failed to). */
export function isLazyPending(type: string): boolean {
  const entry = lazy.get(type);
  return entry !== undefined && !("failed" in entry && entry.loading === undefined);
}

/** True when the last load of `type`'s lazy renderer failed. */
export function lazyLoadFailed(type: string): boolean {
  const entry = lazy.get(type);
  return entry !== undefined && entry.loading === undefined && "failed" in entry;
}

/** The renderer registered for `type`, if any (a lazy one only once it has loaded). */
export function rendererOf(type: string): Renderer | undefined {
  return renderers.get(type);
}

/** The types that have renderers, loaded or lazy. */
export function renderedTypes(): string[] {
  return [...renderers.keys(), ...lazy.keys()];
}
