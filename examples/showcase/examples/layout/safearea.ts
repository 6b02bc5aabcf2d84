import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** A SafeArea that puts a floating action button on the page while it is shown. */
class CounterArea extends ft.SafeArea {
  private count = 0;
  private readonly counter = new ft.Text("0", { size: 50 });
  private readonly fab = new ft.FloatingActionButton({
    icon: ft.icons.ADD,
    bgcolor: ft.colors.LIME_300,
    tooltip: "Add one",
    onClick: () => {
      this.count += 1;
      this.counter.value = String(this.count);
    },
  });

  constructor(private readonly host: ft.Page) {
    super();
    this.content = new ft.Container(this.counter, { alignment: ft.alignment.center });
    this.expand = true;
  }

  // Happens when the example is added to the page.
  override didMount(): void {
    this.host.floatingActionButton = this.fab;
    this.host.update();
  }

  // Happens when the example is removed from the page (another control or group is chosen).
  override willUnmount(): void {
    if (this.host.floatingActionButton === this.fab) this.host.floatingActionButton = undefined;
    this.host.update();
  }
}

export const control: GalleryControl = {
  slug: "safearea",
  name: "SafeArea",
  description:
    "A control that insets its content by sufficient padding to avoid intrusions by the operating system.",
  examples: [{ name: "SafeArea example", example: (page) => new CounterArea(page) }],
};
