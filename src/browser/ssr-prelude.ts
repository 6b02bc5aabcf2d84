/**
 * Prepares the server DOM before any pack loads. It remembers the text of every
 * constructed stylesheet (`replaceSync`/`replace`), so the server render can write the
 * styles packs adopt (`document.adoptedStyleSheets`) into the page: the server DOM keeps
 * no text it could serialize. And it defines no custom elements: a web component (Material
 * Web) stays the plain element with its light DOM that a browser shows before the
 * component's code arrives, and upgrades in the browser. Imported first in the
 * server-render script, never in the client bundle.
 * @internal
 * @module
 */
customElements.define = () => {};

const texts = new WeakMap<CSSStyleSheet, string>();
const proto = CSSStyleSheet.prototype;
const replaceSync = proto.replaceSync;
const replace = proto.replace;
proto.replaceSync = function (this: CSSStyleSheet, text: string) {
  texts.set(this, text);
  return replaceSync.call(this, text);
};
proto.replace = function (this: CSSStyleSheet, text: string) {
  texts.set(this, text);
  return replace.call(this, text);
};

/** The CSS of the document's adopted stylesheets, in order. @internal */
export function adoptedCss(): string {
  return document.adoptedStyleSheets.map((sheet) => texts.get(sheet) ?? "").join("\n");
}
