/**
 * Link targets of controls with a `url`.
 * @module
 */

/** Where a link opens: a new tab (`_blank`, the default), this tab (`_self`), or a window name. */
export const UrlTarget = {
  BLANK: "_blank",
  SELF: "_self",
  PARENT: "_parent",
  TOP: "_top",
} as const;
/** One of {@link UrlTarget}, or a window name. */
export type UrlTarget = (typeof UrlTarget)[keyof typeof UrlTarget] | (string & {});
