/**
 * How a text field treats typing, as Flet's textfield.dart does: the capitalisation
 * formatter, and the browser hints for autocorrect, suggestions and the input filter.
 * @module
 */
import type { MdElement } from "./dom.js";
import { whenRendered } from "./field-decoration.js";

/**
 * `value` capitalised as Flet's TextCapitalizationFormatter does: `characters` upper-cases
 * every letter, `words` the first letter of each word, `sentences` the first letter of
 * each sentence; anything else leaves it as it is.
 */
export function capitalize(value: string, mode: unknown): string {
  if (mode === "characters") return value.toUpperCase();
  if (mode === "words")
    return value.replace(/(^|\s)(\p{L})/gu, (_, gap, c) => gap + c.toUpperCase());
  if (mode === "sentences")
    return value.replace(/(^\s*|[.!?]\s+)(\p{L})/gu, (_, gap, c) => gap + c.toUpperCase());
  return value;
}

/**
 * Browser hints on the field and its inner input: `autocorrect: false` turns off
 * autocorrect and spell checking, `enableSuggestions: false` turns off autocomplete, and
 * `inputFilter` becomes the input's `pattern` (a value of allowed, or no denied, characters).
 */
export function typingHints(field: MdElement, p: Readonly<Record<string, unknown>>): void {
  const correct = p.autocorrect !== false;
  field.setAttribute("autocorrect", correct ? "on" : "off");
  field.setAttribute("spellcheck", String(correct));
  const suggest = p.enableSuggestions !== false;
  (field as MdElement & { autocomplete: string }).autocomplete = suggest ? "" : "off";
  const filter = p.inputFilter as { regexString?: string; allow?: boolean } | undefined;
  const pattern = filter?.regexString
    ? filter.allow === false
      ? `(?:(?!${filter.regexString})[\\s\\S])*`
      : `(?:${filter.regexString})*`
    : "";
  (field as MdElement & { pattern: string }).pattern = pattern;
  const inner = () => {
    const input = field.shadowRoot?.querySelector("input, textarea");
    input?.setAttribute("autocorrect", correct ? "on" : "off");
    input?.setAttribute("spellcheck", String(correct));
  };
  inner();
  whenRendered(field, inner);
}
