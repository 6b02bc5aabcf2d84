/**
 * The pack's identity, given to every `@control` of the pack. Keep `version` equal to
 * package.json's (a unit test checks it): the server refuses browsers whose copy of the
 * pack is too old, and `flet-schema.json` is compared against it.
 * @module
 */

/** The npm name and version of this pack. */
export const PACK_INFO = { pack: "flet-codemirror", version: "0.1.0" } as const;
