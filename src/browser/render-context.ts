import { listenFlag } from "../core/listen-flag.js";
import { type CompactOperation, unescapeSegment, type WireNode } from "../protocol/wire.js";
import type { PropChange, RenderContext } from "./renderer.js";

/** What a {@link ControlContext} needs from the runtime. @internal */
export interface ContextHost {
  node(id: string): WireNode | undefined;
  parentOf(id: string): string | undefined;
  element(id: string): HTMLElement | undefined;
  send(target: string, event: string, data?: unknown, props?: Record<string, unknown>): void;
  readonly platform: string;
  readonly dark: boolean;
}

const OPS = ["add", "replace", "remove"] as const;

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/** `click` → `onClick`: the listen flag (see `listenFlag`, the rule the server uses too). */
export const handlerProp = listenFlag;

/**
 * The {@link RenderContext} of one control: a live view of its node in the replica, so a
 * renderer always reads the current props and children. @internal
 */
export class ControlContext implements RenderContext {
  readonly id: string;
  readonly type: string;
  readonly #host: ContextHost;
  /** The operations inside prop values this frame brings, by `id name`; set by the runtime. @internal */
  ops: Map<string, CompactOperation[] | null> | undefined;

  constructor(id: string, type: string, host: ContextHost) {
    this.id = id;
    this.type = type;
    this.#host = host;
  }

  get props(): Readonly<Record<string, unknown>> {
    return this.#host.node(this.id)?.[1] ?? EMPTY;
  }

  childIds(slot: string): string[] {
    const value = this.#host.node(this.id)?.[2]?.[slot];
    if (value === undefined) return [];
    return typeof value === "string" ? [value] : value;
  }

  /** The names of the node's slots. @internal */
  slotNames(): string[] {
    return Object.keys(this.#host.node(this.id)?.[2] ?? {});
  }

  child(slot: string): HTMLElement | undefined {
    const id = this.childIds(slot)[0];
    return id === undefined ? undefined : this.#host.element(id);
  }

  children(slot: string): HTMLElement[] {
    const elements: HTMLElement[] = [];
    for (const id of this.childIds(slot)) {
      const element = this.#host.element(id);
      if (element) elements.push(element);
    }
    return elements;
  }

  changes(name: string): PropChange[] | undefined {
    return this.ops?.get(`${this.id} ${name}`)?.map(([code, path, value]) => ({
      op: OPS[code],
      path: path.split("/").slice(4).map(unescapeSegment),
      value,
    }));
  }

  propsOf(id: string): Readonly<Record<string, unknown>> | undefined {
    return this.#host.node(id)?.[1];
  }

  send(event: string, data?: unknown, props?: Record<string, unknown>): void {
    if (props === undefined && !this.listens(event)) return;
    this.#host.send(this.id, event, data, props);
  }

  listens(event: string): boolean {
    return this.props[handlerProp(event)] === true;
  }

  get adaptive(): boolean {
    for (let id: string | undefined = this.id; id !== undefined; id = this.#host.parentOf(id)) {
      const value = this.#host.node(id)?.[1].adaptive;
      if (typeof value === "boolean") return value;
    }
    return false;
  }

  get platform(): string {
    return this.#host.platform;
  }

  get dark(): boolean {
    return this.#host.dark;
  }
}
