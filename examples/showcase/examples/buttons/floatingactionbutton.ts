/**
 * Flet's gallery: FloatingActionButton. As in Flet, the example puts a FAB on the page
 * while it is mounted and takes it away when it is unmounted; each press adds a tile and
 * shows a snack bar.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** The example's body: a column of tiles, with the page's FAB while it is on the page. */
class FabExample extends ft.Container {
  readonly tiles = new ft.Column();
  #count = 0;

  constructor() {
    super();
    this.content = this.tiles;
  }

  override didMount(): void {
    this.page.floatingActionButton = new ft.FloatingActionButton({
      icon: ft.icons.ADD,
      bgcolor: ft.colors.LIME_300,
      onClick: () => this.#fabPressed(),
    });
    this.page.update();
  }

  override willUnmount(): void {
    this.page.floatingActionButton = undefined;
    this.page.update();
  }

  #fabPressed(): void {
    this.tiles.controls.push(new ft.ListTile({ title: new ft.Text(`Tile ${this.#count}`) }));
    this.page.showSnackBar(new ft.SnackBar(new ft.Text("Tile was added successfully!")));
    this.#count += 1;
    this.update();
  }
}

export const control: GalleryControl = {
  slug: "floatingactionbutton",
  name: "FloatingActionButton",
  description:
    "A material design floating action button. A floating action button is a circular icon button that hovers over content to promote a primary action in the application. Floating action button is usually set to page.floating_action_button, but can also be added as a regular control at any place on a page.",
  examples: [{ name: "FloatingActionButton example", example: () => new FabExample() }],
};
