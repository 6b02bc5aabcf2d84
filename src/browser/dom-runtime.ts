import type { WireNode } from "../protocol/wire.js";
import { ALL, DirtySet } from "./dirty-set.js";
import { pendingRenderer } from "./pending-renderer.js";
import { type ContextHost, ControlContext } from "./render-context.js";
import { isLazyPending, loadRenderer, type Renderer, rendererOf } from "./renderer.js";
import { unknownRenderer } from "./unknown-renderer.js";

interface Entry {
  element: HTMLElement;
  renderer: Renderer;
  context: ControlContext;
  /** Child ids at the last render, to destroy removed subtrees. */
  children: string[];
  /** The renderer's variant when the element was created. */
  variant: string | undefined;
  /** Prop and slot names set at the last render: a full re-render must clear the gone ones. */
  names: Set<string>;
}

/** What the runtime needs from its surroundings. */
export interface DomRuntimeHost {
  /** The replica's node of `id`. */
  node(id: string): WireNode | undefined;
  /** Sends a user event (see `RenderContext.send`). */
  send(target: string, event: string, data?: unknown, props?: Record<string, unknown>): void;
  /** The page's platform. */
  readonly platform: string;
  /** True while the dark theme shows. */
  readonly dark: boolean;
  /** Called after a control rendered (the page controller watches the page). */
  rendered?(id: string, changed: ReadonlySet<string>): void;
  /** Called when a renderer throws; rendering goes on. */
  failed?(error: unknown, id: string): void;
}

/**
 * Turns replica changes into DOM work: one element per control from the renderer
 * registry, created before its parent places it; updates batched per animation frame and
 * limited to the touched controls (with the touched names), deepest first; elements of
 * removed controls destroyed. A type without a renderer gets a visible "Unknown control"
 * box, never a blank. A type with a lazy renderer (`defineLazyRenderer`) gets a busy
 * placeholder while its chunk loads, then its real element.
 */
export class DomRuntime implements ContextHost {
  readonly #host: DomRuntimeHost;
  readonly #entries = new Map<string, Entry>();
  readonly #parents = new Map<string, string>();
  readonly #dirty = new DirtySet();
  readonly #schedule: (callback: () => void) => unknown;
  #scheduled = false;
  #renderedThisFrame = new Set<string>();
  /** Lazy renderer loads under way, by type: settled once the placeholders are replaced. */
  readonly #loads = new Map<string, Promise<void>>();
  /** The bare loads of those, settled (never rejected) when their chunk has arrived or failed. */
  readonly #loading = new Map<string, Promise<void>>();

  constructor(host: DomRuntimeHost, schedule = (cb: () => void) => requestAnimationFrame(cb)) {
    this.#host = host;
    this.#schedule = schedule;
  }

  /** The dirty set patches are recorded in. */
  get dirty(): DirtySet {
    return this.#dirty;
  }

  /** The page's platform. */
  get platform(): string {
    return this.#host.platform;
  }

  /** True while the dark theme shows. */
  get dark(): boolean {
    return this.#host.dark;
  }

  /** The replica's node of `id`. */
  node(id: string): WireNode | undefined {
    return this.#host.node(id);
  }

  /** The id of the control whose slot holds `id`, as of the last render. */
  parentOf(id: string): string | undefined {
    return this.#parents.get(id);
  }

  /**
   * Sends a user event of `target`. Props sent with it (a two-way `value`) are the
   * replica's new truth at once, so the control is re-rendered with those names changed:
   * a renderer draws `ctx.props` and never has to patch its own DOM by hand.
   */
  send(target: string, event: string, data?: unknown, props?: Record<string, unknown>): void {
    this.#host.send(target, event, data, props);
    if (props === undefined || !this.#entries.has(target)) return;
    for (const name of Object.keys(props)) this.#dirty.mark(target, name);
    this.schedule();
  }

  /** The element of `id`, created (and rendered) on demand when the replica has it. */
  element(id: string): HTMLElement | undefined {
    const entry = this.#entries.get(id);
    if (entry) return entry.element;
    const node = this.#host.node(id);
    if (node === undefined) return undefined;
    return this.#render(id, node, new Set([ALL])).element;
  }

  /**
   * The renderer method `method` of control `id` (see `Renderer.methods`), bound to its
   * element and context; the element is created first when needed.
   */
  method(id: string, method: string): ((args: Record<string, unknown>) => unknown) | undefined {
    if (this.element(id) === undefined) return undefined;
    const entry = this.#entries.get(id)!;
    const fn = entry.renderer.methods?.[method];
    return fn === undefined ? undefined : (args) => fn(entry.element, args, entry.context);
  }

  /**
   * A promise while control `id` shows (or, made now, would show) a placeholder for a lazy renderer that is still
   * loading, settled once its real element has replaced it; `undefined` otherwise.
   */
  whenDrawn(id: string): Promise<void> | undefined {
    // A call may come right after the patch that added the control, before its frame.
    this.element(id);
    const entry = this.#entries.get(id);
    if (entry?.renderer !== pendingRenderer) return undefined;
    return this.#load(entry.context.type);
  }

  /** Drops every element and renders the whole replica from `rootId` on the next frame. */
  reset(rootId: string): void {
    for (const id of [...this.#entries.keys()]) this.#destroyOne(id);
    this.#dirty.take();
    this.#dirty.mark(rootId);
    this.schedule();
  }

  /** Asks for a frame. */
  schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#schedule(() => this.flush());
  }

  /** Applies everything recorded so far, now. */
  flush(): void {
    this.#scheduled = false;
    const work = this.#dirty.take();
    const live: string[] = [];
    for (const id of work.keys()) {
      const node = this.#host.node(id);
      if (node === undefined) this.#destroy(id);
      else {
        this.#link(id, node);
        live.push(id);
      }
    }
    const depth = new Map(live.map((id) => [id, this.#depth(id)]));
    live.sort((a, b) => depth.get(b)! - depth.get(a)!);
    this.#renderedThisFrame = new Set();
    for (const id of live) {
      const node = this.#host.node(id);
      if (node !== undefined && !this.#renderedThisFrame.has(id)) {
        this.#render(id, node, work.get(id)!);
      }
    }
    this.#renderedThisFrame.clear();
  }

  #depth(id: string): number {
    let depth = 0;
    for (let at = this.#parents.get(id); at !== undefined; at = this.#parents.get(at)) depth++;
    return depth;
  }

  #link(id: string, node: WireNode): string[] {
    const children: string[] = [];
    const slots = node[2];
    if (slots === undefined) return children;
    for (const value of Object.values(slots)) {
      if (typeof value === "string") children.push(value);
      else children.push(...value);
    }
    for (const child of children) this.#parents.set(child, id);
    return children;
  }

  #render(id: string, node: WireNode, changed: Set<string>): Entry {
    let entry = this.#entries.get(id);
    if (changed.has("adaptive") || (id === "page" && changed.has("platform")))
      this.#recheckBelow(id);
    const variant = entry?.renderer.variant?.(entry.context);
    if (entry !== undefined && (entry.context.type !== node[0] || variant !== entry.variant)) {
      const parent = this.#parents.get(id);
      this.#destroyOne(id);
      // Same place in the tree: the new element must see the same ancestors (adaptive).
      if (parent !== undefined) this.#parents.set(id, parent);
      entry = undefined;
      if (parent !== undefined) this.#dirty.mark(parent);
      this.schedule();
    }
    const fresh = entry === undefined || changed.has(ALL);
    const before = entry?.names;
    if (entry === undefined) entry = this.#create(id, node);
    entry.children = this.#link(id, node);
    // Children first: asking for their elements creates (and renders) missing ones.
    for (const child of entry.children) this.element(child);
    let names: Set<string>;
    if (fresh) {
      const set = allNames(node);
      // A full re-render of an existing element also names what was unset since.
      names = before ? new Set([...before, ...set]) : set;
      entry.names = set;
    } else {
      // Kept up to date from the changed names alone: an update stays O(changes).
      names = changed;
      for (const name of changed) {
        if (Object.hasOwn(node[1], name) || (node[2] !== undefined && Object.hasOwn(node[2], name)))
          entry.names.add(name);
        else entry.names.delete(name);
      }
    }
    this.#renderedThisFrame.add(id);
    entry.context.ops = fresh ? undefined : this.#dirty.frameOps;
    try {
      entry.renderer.update(entry.element, entry.context, names);
    } catch (error) {
      this.#host.failed?.(error, id);
    }
    this.#host.rendered?.(id, names);
    return entry;
  }

  #create(id: string, node: WireNode): Entry {
    let renderer = rendererOf(node[0]);
    if (renderer === undefined && isLazyPending(node[0])) {
      renderer = pendingRenderer;
      void this.#load(node[0]);
    }
    renderer ??= unknownRenderer;
    const context = new ControlContext(id, node[0], this);
    let element: HTMLElement;
    try {
      element = renderer.create(context);
    } catch (error) {
      this.#host.failed?.(error, id);
      element = unknownRenderer.create(context);
    }
    element.dataset.fletId = id;
    const entry: Entry = {
      element,
      renderer,
      context,
      children: [],
      variant: renderer.variant?.(context),
      names: new Set(),
    };
    this.#entries.set(id, entry);
    return entry;
  }

  /**
   * Loads the lazy renderer of `type` (once per type at a time). The placeholders are
   * swapped for real elements when every load under way has settled, all in one go: a
   * table and its rows appear together, and methods waiting for the load see the element
   * placed in its parent.
   */
  #load(type: string): Promise<void> {
    let load = this.#loads.get(type);
    if (load !== undefined) return load;
    const loading = loadRenderer(type).then(
      () => undefined,
      (error: unknown) => {
        const first = [...this.#entries].find(
          ([, e]) => e.renderer === pendingRenderer && e.context.type === type,
        );
        if (first !== undefined) this.#host.failed?.(error, first[0]);
      },
    );
    this.#loading.set(type, loading);
    load = loading.then(() => this.#whenAllLoaded()).then(() => this.#swapPlaceholders());
    this.#loads.set(type, load);
    return load;
  }

  async #whenAllLoaded(): Promise<void> {
    let count: number;
    do {
      count = this.#loading.size;
      await Promise.all(this.#loading.values());
    } while (this.#loading.size !== count);
  }

  #swapPlaceholders(): void {
    if (this.#loading.size === 0) return;
    this.#loading.clear();
    this.#loads.clear();
    for (const [id, entry] of this.#entries)
      if (entry.renderer === pendingRenderer && !isLazyPending(entry.context.type))
        this.#dirty.mark(id, VARIANT);
    // Twice: the first pass makes the new elements, the second places them in their parents.
    this.flush();
    if (this.#dirty.size > 0) this.flush();
  }

  /** Marks every rendered control below `id` so its variant is checked again. */
  #recheckBelow(id: string): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    for (const child of entry.children) {
      if (!this.#entries.has(child)) continue;
      this.#dirty.mark(child, VARIANT);
      this.#recheckBelow(child);
    }
    this.schedule();
  }

  #destroy(id: string): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    // Children still in the replica were moved elsewhere; only gone ones go with it.
    for (const child of entry.children)
      if (this.#host.node(child) === undefined) this.#destroy(child);
    this.#destroyOne(id);
  }

  #destroyOne(id: string): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    this.#entries.delete(id);
    this.#parents.delete(id);
    try {
      entry.renderer.destroy?.(entry.element);
    } catch (error) {
      this.#host.failed?.(error, id);
    }
    entry.element.remove();
  }
}

/** The change name of a control whose renderer variant must be checked again. */
const VARIANT = "$variant";

function allNames(node: WireNode): Set<string> {
  const names = new Set(Object.keys(node[1]));
  if (node[2]) for (const slot of Object.keys(node[2])) names.add(slot);
  return names;
}
