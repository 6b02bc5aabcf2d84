/**
 * Input value types: keyboards, capitalisation, borders, label placement and filters.
 * @module
 */

/** The on-screen keyboard a text field asks for (browsers map these to `inputmode`). */
export const KeyboardType = {
  NONE: "none",
  TEXT: "text",
  MULTILINE: "multiline",
  NUMBER: "number",
  PHONE: "phone",
  DATETIME: "datetime",
  EMAIL: "email",
  URL: "url",
  VISIBLE_PASSWORD: "visiblePassword",
  NAME: "name",
  STREET_ADDRESS: "streetAddress",
} as const;
/** One of {@link KeyboardType}. */
export type KeyboardType = (typeof KeyboardType)[keyof typeof KeyboardType];

/** Which letters a text field capitalises as the user types. */
export const TextCapitalization = {
  NONE: "none",
  CHARACTERS: "characters",
  WORDS: "words",
  SENTENCES: "sentences",
} as const;
/** One of {@link TextCapitalization}. */
export type TextCapitalization = (typeof TextCapitalization)[keyof typeof TextCapitalization];

/** The border drawn around a text field or dropdown. Default `outline`. */
export const InputBorder = { NONE: "none", OUTLINE: "outline", UNDERLINE: "underline" } as const;
/** One of {@link InputBorder}. */
export type InputBorder = (typeof InputBorder)[keyof typeof InputBorder];

/** Which side of a checkbox, radio or switch its label is on. Default `right`. */
export const LabelPosition = { RIGHT: "right", LEFT: "left" } as const;
/** One of {@link LabelPosition}. */
export type LabelPosition = (typeof LabelPosition)[keyof typeof LabelPosition];

/**
 * Vertical positions of the text inside a text field, for `textVerticalAlign`; any number
 * from -1.0 (top) to 1.0 (bottom) works too.
 */
export const VerticalAlignment = { START: -1, CENTER: 0, END: 1 } as const;
/** One of {@link VerticalAlignment}, or any number from -1.0 to 1.0. */
export type VerticalAlignment = number;

/**
 * Restricts what can be typed into a text field: each edit is matched against
 * `regexString`; with `allow` (default `true`) only matching text is kept, otherwise
 * matching text is replaced by `replacementString` (default `""`).
 *
 * @example
 * ```ts
 * new ft.TextField({ inputFilter: { regexString: "[0-9a-f]", allow: true } });
 * new ft.TextField({ inputFilter: ft.inputFilter.numbersOnly() });
 * ```
 */
export interface InputFilter {
  /** A JavaScript regular expression source, without slashes. */
  regexString: string;
  allow?: boolean;
  replacementString?: string;
}

/** Ready-made {@link InputFilter}s, named as in Flet. */
export const inputFilter = {
  /** Digits only. */
  numbersOnly: (): InputFilter => ({ regexString: "[0-9]", allow: true, replacementString: "" }),
  /** Letters only (ASCII). */
  textOnly: (): InputFilter => ({ regexString: "[a-zA-Z]", allow: true, replacementString: "" }),
};
