// The stage of the contract kit: where a control under test is put (`place`), and the
// text snapshot of its element in the tab that tells whether a property changed anything.
import type { Page as BrowserPage } from "playwright-core";
import type { Control } from "../core/control.js";
import type { Page } from "../page/page.js";
import { View } from "../page/view.js";

type SnapshotWindow = { __fletContractSnapshot(id: string): string | null };

/**
 * Puts a control alone on the page: a View on top of the page's view stack (it is drawn
 * as the page's top view), anything else as the page's only control.
 */
export function place(page: Page, control: Control): void {
  page.controls.length = 0;
  page.views.length = 1;
  if (control instanceof View) page.views.push(control);
  else page.controls.push(control);
  page.update();
}

/**
 * Runs in the tab: a text form of a control's element (tree, attributes, styles, state,
 * and what a renderer reported it drew with `reportDrawn`, for pixels the DOM does not show).
 *
 * A CSS custom property counts only where some style sheet or inline style reads it
 * (`var(--name`): a renderer that only writes `--name` draws nothing with it. The sheets
 * searched are the document's and those of every shadow root, nested ones included (a
 * component's inner field reads tokens set on the outer element).
 */
export const SNAPSHOT_SCRIPT = `(() => {
  const usedBySheet = new WeakMap();
  const VAR = /var\\(\\s*(--[\\w-]+)/g;
  const namesIn = (text, into) => { for (const m of text.matchAll(VAR)) into.add(m[1]); };
  const sheetNames = (sheet) => {
    let rules;
    try { rules = sheet.cssRules; } catch { return new Set(); }
    const cached = usedBySheet.get(sheet);
    if (cached && cached.count === rules.length) return cached.names;
    const names = new Set();
    for (const rule of rules) namesIn(rule.cssText, names);
    usedBySheet.set(sheet, { count: rules.length, names });
    return names;
  };
  const sheetsOf = (root) => [...root.styleSheets, ...(root.adoptedStyleSheets || [])];
  // The names read by style sheets, recomputed only when the sheets change.
  let cache = { key: "", names: new Set() };
  const readBySheets = (roots) => {
    const sheets = roots.flatMap(sheetsOf);
    let key = "";
    for (const sheet of sheets) { try { key += sheet.cssRules.length + ","; } catch { key += "x,"; } }
    if (key !== cache.key) {
      const names = new Set();
      for (const sheet of sheets) for (const n of sheetNames(sheet)) names.add(n);
      cache = { key, names };
    }
    return cache.names;
  };
  window.__fletContractSnapshot = (id) => {
    const root = document.querySelector('[data-flet-id="' + CSS.escape(id) + '"]');
    if (!root) return null;
    const roots = [];
    const collect = (r) => { roots.push(r); for (const el of r.querySelectorAll("*")) if (el.shadowRoot) collect(el.shadowRoot); };
    collect(document);
    const sheetsRead = readBySheets(roots);
    const inline = new Set();
    for (const r of roots) for (const el of r.querySelectorAll('[style*="var("]')) namesIn(el.getAttribute("style"), inline);
    const used = { has: (name) => sheetsRead.has(name) || inline.has(name) };
    const kept = (name) => !name.startsWith("--") || used.has(name);
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === 3) { parts.push("#" + node.data); return; }
      if (node.nodeType !== 1) return;
      // Style declarations sorted: the same styles in another order change nothing.
      const attr = (a) => a.name !== "style" ? a.value : a.value.split(";").map((d) => d.trim()).filter((d) => d && kept(d.split(":")[0].trim())).sort().join(";");
      parts.push("<" + node.tagName + [...node.attributes].map((a) => " " + a.name + "=" + attr(a)).join(""));
      const style = getComputedStyle(node);
      let css = "";
      for (let i = 0; i < style.length; i++) if (kept(style[i])) css += style[i] + ":" + style.getPropertyValue(style[i]) + ";";
      parts.push(css);
      if ("value" in node) parts.push("value=" + node.value);
      if ("checked" in node) parts.push("checked=" + node.checked);
      if (node.scrollTop || node.scrollLeft) parts.push("scroll=" + node.scrollTop + "," + node.scrollLeft);
      // What the renderer drew where the DOM does not show it (reportDrawn in flet-ts/browser).
      const drawn = node[Symbol.for("flet-ts.drawn")];
      if (drawn !== undefined) parts.push("drawn=" + drawn);
      if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) walk(child);
      for (const child of node.childNodes) walk(child);
    };
    walk(root);
    return parts.join("\\n");
  };
})();`;

/**
 * The element's snapshot once two consecutive frames agree (mount transitions over), after
 * lazy renderers' placeholders (`data-flet-loading`) have been replaced.
 */
export async function settled(tab: BrowserPage, id: string): Promise<string | null> {
  return tab.evaluate(async (target) => {
    const snap = (window as unknown as SnapshotWindow).__fletContractSnapshot;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const loading = Date.now() + 10_000;
    while (document.querySelector("[data-flet-loading]") && Date.now() < loading) await frame();
    let previous = snap(target);
    for (let i = 0; i < 30; i++) {
      await frame();
      await frame();
      const now = snap(target);
      if (now === previous) return now;
      previous = now;
    }
    return previous;
  }, id);
}

/** Whether the element's snapshot differs from `before` within `timeout` ms. */
export function changedFrom(
  tab: BrowserPage,
  id: string,
  before: string | null,
  timeout: number,
): Promise<boolean> {
  return tab
    .waitForFunction(
      ([target, previous]) =>
        (window as unknown as SnapshotWindow).__fletContractSnapshot(target as string) !== previous,
      [id, before] as const,
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
}

let barriers = 0;

/**
 * Resolves once the browser has applied every change the server sent so far (a new
 * listener's flag, say): patches arrive in order, so a marker title shown in the tab means
 * the ones before it are in too.
 */
export async function synced(page: Page, tab: BrowserPage, timeout: number): Promise<void> {
  const marker = `flet-contract-${++barriers}`;
  page.title = marker;
  page.update();
  await tab.waitForFunction((title) => document.title === title, marker, { timeout });
}
