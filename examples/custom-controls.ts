/**
 * Custom controls by inheritance: `build()` fills in children, `beforeUpdate()` derives
 * properties on every update. No UserControl, no decorators.
 */
import * as ft from "flet-ts";

export const title = "Custom controls";
export const description = "A Row built in build(), and a Text whose color follows its value.";

/** A row with a label and a counter, built once when added to the page. */
export class LabeledCounter extends ft.Row {
  readonly count = new ft.Text("0", { size: 20 });

  constructor(public label: string) {
    super();
  }

  override build(): void {
    this.controls.push(
      new ft.Text(this.label),
      new ft.IconButton(ft.icons.REMOVE, {
        tooltip: `Decrease ${this.label}`,
        onClick: () => this.add(-1),
      }),
      this.count,
      new ft.IconButton(ft.icons.ADD, {
        tooltip: `Increase ${this.label}`,
        onClick: () => this.add(1),
      }),
    );
  }

  add(delta: number): void {
    this.count.value = String(Number(this.count.value) + delta);
  }
}

/** A Text that is red when negative: `beforeUpdate()` runs before every update that includes it. */
export class SignedText extends ft.Text {
  override beforeUpdate(): void {
    this.color = Number(this.value) < 0 ? ft.colors.RED : undefined;
  }
}

export function main(page: ft.Page): void {
  const total = new SignedText("0", { size: 30 });
  page.add(
    new LabeledCounter("Apples"),
    new LabeledCounter("Pears"),
    total,
    new ft.ElevatedButton("Subtract 5", {
      onClick: () => void (total.value = String(Number(total.value) - 5)),
    }),
  );
}
