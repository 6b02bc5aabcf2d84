/**
 * `cupertinoIcons`: every Cupertino icon constant of Flet 0.21 (1,314), spelled as in Flet.
 * @module
 */
import { CUPERTINO_NAMES_1 } from "./cupertino-names-1.js";
import { CUPERTINO_NAMES_2 } from "./cupertino-names-2.js";
import { CUPERTINO_NAMES_3 } from "./cupertino-names-3.js";

const PARTS = [CUPERTINO_NAMES_1, CUPERTINO_NAMES_2, CUPERTINO_NAMES_3] as const;

/** The constant name of a Cupertino icon (`LEFT_CHEVRON`, `HEART_FILL`). */
export type CupertinoIconKey = (typeof PARTS)[number][number];

/** The table type of {@link cupertinoIcons}: `KEY` → `"cupertino_key"`. */
export type CupertinoIcons = {
  readonly [TKey in CupertinoIconKey]: `cupertino_${Lowercase<TKey>}`;
};

/** The string value of a Cupertino icon constant (`"cupertino_left_chevron"`). */
export type CupertinoIconName = CupertinoIcons[CupertinoIconKey];

/** The prefix of every Cupertino icon value. */
export const CUPERTINO_ICON_PREFIX = "cupertino_";

function build(): CupertinoIcons {
  const table: Record<string, string> = {};
  for (const part of PARTS) {
    for (const key of part) table[key] = CUPERTINO_ICON_PREFIX + key.toLowerCase();
  }
  return Object.freeze(table) as CupertinoIcons;
}

/**
 * Every Cupertino icon of Flet 0.21 (Flet's `ft.cupertino_icons`) as a constant:
 * `cupertinoIcons.LEFT_CHEVRON` is `"cupertino_left_chevron"`. Any icon property takes
 * them, Material and Cupertino controls alike; the browser draws them with Framework7
 * Icons, the SF-style set Flutter's own Cupertino icons come from.
 *
 * @example
 * ```ts
 * new ft.CupertinoButton({ icon: ft.cupertinoIcons.HEART_FILL, text: "Like" });
 * new ft.Icon(ft.cupertinoIcons.SHARE, { size: 28 });
 * ```
 */
export const cupertinoIcons: CupertinoIcons = build();
