/**
 * The seed's custom control: a Countdown is just a Text that runs a task while it is on
 * the page. `didMount` starts the task; `willUnmount` stops it.
 */
import * as ft from "flet-ts";

export const title = "Countdown";
export const description = "A custom control extending Text, with didMount/willUnmount and a task.";

/** Counts down from `seconds`, showing mm:ss. */
export class Countdown extends ft.Text {
  running = false;

  constructor(public seconds: number) {
    super();
  }

  override didMount(): void {
    this.running = true;
    void this.page.runTask(() => this.updateTimer());
  }

  override willUnmount(): void {
    this.running = false;
  }

  async updateTimer(): Promise<void> {
    while (this.seconds && this.running) {
      const minutes = Math.floor(this.seconds / 60);
      const seconds = this.seconds % 60;
      this.value = `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
      this.update();
      await ft.sleep(1000);
      this.seconds -= 1;
    }
  }
}

export function main(page: ft.Page): void {
  page.add(new Countdown(120), new Countdown(60));
}
