/**
 * The showcase: Flet's Controls Gallery ported to flet-ts. A NavigationRail of groups (a
 * drawer on phones), a grid of control cards per group, each control's examples in cards
 * with their TypeScript source, a light/dark switch, and deep links: `/<group>` and
 * `/<group>/<control>` open directly, and the browser's back and forward buttons work.
 *
 * Run it in the example gallery (`npm start`, then http://localhost:8000/gallery/) or on its
 * own: `npx tsx examples/showcase/main.ts`.
 * @module
 */
import { pathToFileURL } from "node:url";
import * as ft from "flet-ts";
import { findControl, findGroup, groups } from "./examples/index.js";
import { Navigation } from "./navigation.js";
import { controlsGrid, examplesView, homeView, notFoundView } from "./views.js";

export const title = "Controls Gallery";
export const description =
  "Flet's Controls Gallery in flet-ts: every control with its examples, by group, deep-linked.";

/** The part of a route the showcase reads: its path segments, without the query. */
function segments(route: string | undefined): string[] {
  return (route ?? "/")
    .split("?")[0]!
    .split("/")
    .filter((part) => part !== "")
    .map((part) => decodeURIComponent(part));
}

export function main(page: ft.Page): void {
  page.title = "flet-ts Controls Gallery";
  const nav = new Navigation(page, groups);
  const body = new ft.Container({ expand: true, padding: 16 });
  page.appbar = nav.appbar;
  page.padding = 0;
  page.add(
    new ft.Row([nav.rail, nav.divider, body], {
      expand: true,
      spacing: 0,
      verticalAlignment: ft.CrossAxisAlignment.STRETCH,
    }),
  );

  const show = (route: string | undefined) => {
    const [groupSlug, controlSlug, ...rest] = segments(route);
    const group = groupSlug === undefined ? undefined : findGroup(groupSlug);
    if (groupSlug === undefined) {
      nav.select(undefined);
      body.content = homeView(page, groups);
      page.title = "flet-ts Controls Gallery";
    } else if (group && controlSlug === undefined) {
      nav.select(group);
      body.content = controlsGrid(page, group);
      page.title = `${group.label} - flet-ts Controls Gallery`;
    } else {
      const found =
        controlSlug !== undefined && rest.length === 0
          ? findControl(groupSlug, controlSlug)
          : undefined;
      nav.select(found?.group);
      body.content = found
        ? examplesView(page, found.group, found.control)
        : notFoundView(page, route ?? "/");
      page.title = found
        ? `${found.control.name} - flet-ts Controls Gallery`
        : "Not found - flet-ts Controls Gallery";
    }
  };

  nav.fit();
  page.onResize = () => nav.fit();
  page.onRouteChange = (e) => show(e.route);
  show(page.route);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void ft.app(main);
}
