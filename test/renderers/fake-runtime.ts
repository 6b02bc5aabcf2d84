/**
 * A tiny stand-in for the flet-ts browser runtime, bundled with the controls pack into the
 * harness page: it turns a static wire tree into elements through the registered
 * renderers (children first, as the runtime does), applies two-way props locally, and
 * records every event the runtime would send.
 * @module
 */

import "../../src/browser/styles.css";
import { componentsReady, registerControls } from "../../controls/browser/index.js";
import { registerCupertino } from "../../cupertino/browser/index.js";
import { defaultPalette } from "../../src/browser/default-palette.js";
import { iconsReady } from "../../src/browser/icons.js";
import { loadRenderer, rendererOf } from "../../src/browser/renderer.js";
import { themeCss } from "../../src/browser/theme.js";
import type { WireTree } from "../../src/protocol/wire.js";

/** One event the runtime would send to the server. */
export interface SentEvent {
  id: string;
  event: string;
  data?: unknown;
  props?: Record<string, unknown>;
}

const elements = new Map<string, HTMLElement>();
let tree: WireTree = {};
const sent: SentEvent[] = [];
let dark = false;
let adaptive = false;
let platform = "linux";

const capitalized = (event: string) => `on${event[0]!.toUpperCase()}${event.slice(1)}`;

function context(id: string) {
  const node = () => tree[id]!;
  const slot = (name: string) => node()[2]?.[name];
  return {
    id,
    get type() {
      return node()[0];
    },
    get props() {
      return node()[1];
    },
    child: (name: string) => {
      const value = slot(name);
      return typeof value === "string" ? elements.get(value) : undefined;
    },
    children: (name: string) => {
      const value = slot(name);
      return (Array.isArray(value) ? value : [])
        .map((child) => elements.get(child)!)
        .filter(Boolean);
    },
    childIds: (name: string) => {
      const value = slot(name);
      return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    },
    propsOf: (other: string) => tree[other]?.[1],
    listens: (event: string) => node()[1][capitalized(event)] === true,
    send(event: string, data?: unknown, props?: Record<string, unknown>) {
      if (props) {
        Object.assign(node()[1], props);
        render(id, new Set(Object.keys(props)));
      }
      if (props || node()[1][capitalized(event)] === true) {
        sent.push({
          id,
          event,
          ...(data === undefined ? {} : { data }),
          ...(props ? { props } : {}),
        });
      }
    },
    // The harness renders static trees: every update draws values whole.
    changes: () => undefined,
    get adaptive() {
      return adaptive;
    },
    get platform() {
      return platform;
    },
    get dark() {
      return dark;
    },
  };
}

function render(id: string, changed: Set<string>): void {
  const node = tree[id]!;
  const renderer = rendererOf(node[0]);
  if (!renderer) throw new Error(`no renderer for ${node[0]}`);
  let element = elements.get(id);
  if (!element) {
    element = renderer.create(context(id));
    element.dataset.id = id;
    elements.set(id, element);
  }
  renderer.update(element, context(id), changed);
}

function allKeys(id: string): Set<string> {
  const node = tree[id]!;
  return new Set([...Object.keys(node[1]), ...Object.keys(node[2] ?? {})]);
}

function mountNode(id: string): HTMLElement {
  for (const value of Object.values(tree[id]?.[2] ?? {})) {
    for (const child of Array.isArray(value) ? value : [value]) mountNode(child);
  }
  render(id, allKeys(id));
  return elements.get(id)!;
}

const harness = {
  /** Renders `roots` of `wire` into the page (replacing what was there). */
  async mount(
    wire: WireTree,
    roots: string[],
    options: { dark?: boolean; adaptive?: boolean; platform?: string } = {},
  ) {
    tree = structuredClone(wire);
    elements.clear();
    sent.length = 0;
    dark = options.dark === true;
    adaptive = options.adaptive === true;
    platform = options.platform ?? "linux";
    document.getElementById("theme")!.textContent = themeCss({}, dark, defaultPalette(dark));
    // Lazy renderers (defineLazyRenderer) load first, as the runtime's placeholders wait.
    await Promise.all([...new Set(Object.values(tree).map((node) => node[0]))].map(loadRenderer));
    const root = document.getElementById("root")!;
    root.replaceChildren(...roots.map(mountNode));
    await componentsReady();
    await iconsReady();
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  },
  /** Changes props as a server patch would, and re-renders. */
  update(id: string, props: Record<string, unknown>) {
    Object.assign(tree[id]![1], props);
    render(id, new Set(Object.keys(props)));
  },
  /** The events recorded since the last call, and clears them. */
  take(): SentEvent[] {
    return sent.splice(0);
  },
  props: (id: string) => tree[id]?.[1],
};

registerControls({ fontBaseUrl: "/fonts/" });
registerCupertino();
(window as unknown as { harness: typeof harness }).harness = harness;
