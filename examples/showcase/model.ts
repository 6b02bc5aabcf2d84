/**
 * The data model of the showcase: Flet's Controls Gallery ported to flet-ts. Controls are
 * grouped as Flet groups them (`layout`, `navigation`, `displays`, `buttons`, `input`,
 * `dialogs`, `charts`, `animations`, `utility`, `colors`), each control with Flet's
 * examples translated, each reachable by a deep link `/<group>/<control>`.
 *
 * Add a control: write `examples/showcase/examples/<group>/<control-slug>.ts` exporting a
 * {@link GalleryControl} named `control`, then list it in that group's `index.ts`.
 * @module
 */
import type * as ft from "flet-ts";

/** One example of a control: what Flet's gallery shows in one card. */
export interface GalleryExample {
  /** Its title, as in Flet's gallery ("CupertinoButton example"). */
  readonly name: string;
  /**
   * Builds the example's control. `page` is the showcase's page, for examples that open
   * dialogs, sheets or snack bars, or show the result of an event.
   */
  readonly example: (page: ft.Page) => ft.Control;
}

/** A control of the gallery, with its examples. */
export interface GalleryControl {
  /** The path segment of its deep link: `/<group>/<slug>` (Flet's: the lower-case name). */
  readonly slug: string;
  /** The control's Flet name ("CupertinoButton"). */
  readonly name: string;
  /** One or two sentences, as Flet's gallery describes it. */
  readonly description: string;
  /** Its examples, in Flet's order. */
  readonly examples: readonly GalleryExample[];
}

/** A group of controls: an entry of the showcase's navigation rail. */
export interface GalleryGroup {
  /** The path segment: `/<slug>`. */
  readonly slug: string;
  /** Its label in the rail ("Layout"). */
  readonly label: string;
  /** The rail icon and its selected form (Flet's gallery uses the same icons). */
  readonly icon: string;
  readonly selectedIcon: string;
  /** One sentence about the group. */
  readonly description: string;
  /** Its controls, in Flet's order. */
  readonly controls: readonly GalleryControl[];
}
