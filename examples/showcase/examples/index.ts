/**
 * The showcase's groups, in Flet's Controls Gallery order. Each group lives in
 * `./<group>/index.ts`.
 * @module
 */
import type { GalleryControl, GalleryGroup } from "../model.js";
import { group as animations } from "./animations/index.js";
import { group as buttons } from "./buttons/index.js";
import { group as charts } from "./charts/index.js";
import { group as colors } from "./colors/index.js";
import { group as dialogs } from "./dialogs/index.js";
import { group as displays } from "./displays/index.js";
import { group as input } from "./input/index.js";
import { group as layout } from "./layout/index.js";
import { group as navigation } from "./navigation/index.js";
import { group as utility } from "./utility/index.js";

/** Every group of the showcase, in the navigation rail's order. */
export const groups: readonly GalleryGroup[] = [
  layout,
  navigation,
  displays,
  buttons,
  input,
  dialogs,
  charts,
  animations,
  utility,
  colors,
];

/** The group of a route segment, if any. */
export function findGroup(slug: string): GalleryGroup | undefined {
  return groups.find((group) => group.slug === slug);
}

/** The control of `/<group>/<control>`, if any. */
export function findControl(
  groupSlug: string,
  controlSlug: string,
): { group: GalleryGroup; control: GalleryControl } | undefined {
  const group = findGroup(groupSlug);
  const control = group?.controls.find((c) => c.slug === controlSlug);
  return group && control ? { group, control } : undefined;
}
