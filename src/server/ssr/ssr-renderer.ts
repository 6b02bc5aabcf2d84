import { runInContext } from "node:vm";
import type { RenderedView } from "../../browser/ssr-render.js";
import type { WireTree } from "../../protocol/wire.js";
import { SSR_GLOBAL } from "./ssr-bundle.js";

/** What the render script exports. */
interface SsrModule {
  renderView(tree: WireTree): Promise<RenderedView>;
}

/**
 * Renders welcome snapshots to HTML with the browser renderers over a server DOM
 * (happy-dom, an optional dependency loaded only when server rendering is on). One DOM
 * window serves every render: a render is synchronous up to the theme, and each one
 * builds fresh elements that are never attached to the shared document.
 * @internal
 */
export class SsrRenderer {
  readonly #module: SsrModule;
  readonly #close: () => Promise<void>;

  private constructor(module: SsrModule, close: () => Promise<void>) {
    this.#module = module;
    this.#close = close;
  }

  /** Loads happy-dom and runs `script` (see `buildSsrScript`) in a window of its own. */
  static async create(script: string): Promise<SsrRenderer> {
    const { Window } = await import("happy-dom");
    const window = new Window({
      url: "http://localhost/",
      width: 1280,
      height: 720,
      settings: {
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        navigator: { userAgent: "flet-ts-ssr" },
      },
    });
    // The script is ours (built from flet-ts and the app's packs), not the page's.
    runInContext(script, window as unknown as object);
    const module = (window as unknown as Record<string, SsrModule>)[SSR_GLOBAL]!;
    return new SsrRenderer(module, () => window.happyDOM.close());
  }

  /** The HTML of a tree (a welcome snapshot). */
  render(tree: WireTree): Promise<RenderedView> {
    return this.#module.renderView(tree);
  }

  /** Closes the DOM window. */
  close(): Promise<void> {
    return this.#close();
  }
}
