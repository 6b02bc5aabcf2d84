import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { UrlTarget } from "./types/link.js";
import type { TextStyle } from "./types/text.js";

/**
 * Which Markdown syntax a {@link Markdown} understands (Flet's `MarkdownExtensionSet`).
 *
 * - `none`: CommonMark without extensions: headings, emphasis, lists, quotes, code
 *   blocks (indented and fenced), links, images. (Flet's default.)
 * - `commonMark`: the same, CommonMark as specified.
 * - `gitHubFlavored`: GitHub Flavored Markdown: also tables, task lists (`- [x]`),
 *   strikethrough (`~~gone~~`) and bare links (`https://flet.dev`).
 * - `gitHubWeb`: GitHub Flavored Markdown with github.com's heading anchors: a link to
 *   `#getting-started` scrolls to the heading "Getting started". (Flet's emoji shortcodes
 *   are not supported.)
 */
export const MarkdownExtensionSet = {
  NONE: "none",
  COMMON_MARK: "commonMark",
  GITHUB_WEB: "gitHubWeb",
  GITHUB_FLAVORED: "gitHubFlavored",
} as const;
/** One of {@link MarkdownExtensionSet}. */
export type MarkdownExtensionSet = (typeof MarkdownExtensionSet)[keyof typeof MarkdownExtensionSet];

/**
 * The colour themes of code blocks in a {@link Markdown} (a few of Flet's highlight
 * themes, by Flet's names). Unset, code blocks take the app theme's colours, which suit
 * light and dark alike.
 */
export const MarkdownCodeTheme = {
  GITHUB: "github",
  ATOM_ONE_LIGHT: "atom-one-light",
  ATOM_ONE_DARK: "atom-one-dark",
  MONOKAI_SUBLIME: "monokai-sublime",
  DRACULA: "dracula",
  VS: "vs",
  VS2015: "vs2015",
  XCODE: "xcode",
} as const;
/** One of {@link MarkdownCodeTheme}. */
export type MarkdownCodeTheme = (typeof MarkdownCodeTheme)[keyof typeof MarkdownCodeTheme];

/**
 * Renders Markdown text: headings, paragraphs, emphasis, lists, quotes, code, links,
 * images, rules and, with `extensionSet: "gitHubFlavored"`, tables, task lists and
 * strikethrough (Flet's `Markdown`).
 *
 * Raw HTML in the text is shown as text, never run. Links and images keep only safe URLs
 * (http, https, mailto and relative ones); other links show as plain text. Pressing a
 * link (click, or Enter on the focused link) reports its URL in `onTapLink` (`e.data`),
 * and with `autoFollowLinks` the browser also opens it in `autoFollowLinksTarget`.
 * Code blocks with a language (```` ```python ````) are highlighted in the browser; the
 * highlighter loads only when a page shows a code block.
 *
 * @example
 * ```ts
 * new ft.Markdown("# Hello\n\n| Col | Val |\n|---|---|\n| a | 1 |\n\n- [x] done", {
 *   extensionSet: ft.MarkdownExtensionSet.GITHUB_FLAVORED,
 *   codeTheme: ft.MarkdownCodeTheme.ATOM_ONE_DARK,
 *   selectable: true,
 *   onTapLink: (e) => console.log("link", e.data),
 * });
 * ```
 */
@control("markdown")
export class Markdown extends ConstrainedControl {
  /**
   * @param value - The Markdown text, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(value?: string | ControlOptions<Markdown>, options?: ControlOptions<Markdown>) {
    super(withPrimary("value", value, options));
  }

  /** The Markdown text to render. */
  @prop({ kind: "string", text: true }) accessor value: string | undefined;
  /** Whether the user can select (and copy) the text. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor selectable: boolean | undefined;
  /** Which Markdown syntax is understood. Default `none` (CommonMark, no extensions). */
  @prop({ kind: "enum", values: enumValues(MarkdownExtensionSet) }) accessor extensionSet:
    | MarkdownExtensionSet
    | undefined;
  /** Colour theme of code blocks. Default the app theme's colours (light and dark). */
  @prop({ kind: "enum", values: enumValues(MarkdownCodeTheme) }) accessor codeTheme:
    | MarkdownCodeTheme
    | undefined;
  /** Text style of code (inline and blocks). Default 14 px monospace, as in Flet. */
  @prop({ kind: "json" }) accessor codeStyle: TextStyle | undefined;
  /** Opens a pressed link in the browser (safe URLs only). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autoFollowLinks: boolean | undefined;
  /** Where `autoFollowLinks` opens links: `_blank` (a new tab, the default), `_self`, a name. */
  @prop({ kind: "string" }) accessor autoFollowLinksTarget: UrlTarget | undefined;
  /** A link was pressed; `e.data` is its URL. */
  @event() accessor onTapLink: EventHandler<ControlEvent<Markdown>> | undefined;
}
