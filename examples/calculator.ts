/**
 * Flet's calculator tutorial, ported: a 350 px black Container with 20 px padding holding
 * a Column of Rows of `expand` buttons. Each Row is 310 px wide (a Row takes the width it
 * is allowed), the four buttons of a row share it equally, and "0" (`expand: 2`) is twice
 * as wide as "." (see docs/guides/layout.md).
 */
import * as ft from "flet-ts";

export const title = "Calculator";
export const description = "Flet's calculator tutorial: rows of expand buttons in a 350 px box.";

type Operator = "+" | "-" | "*" | "/";

/** A number as the tutorial shows it: integers without ".0" (what `String` does). */
export function formatNumber(value: number): string {
  return String(value);
}

/** `left operator right`, or "Error" for a division by zero. */
export function calculate(left: number, right: number, operator: Operator): string {
  switch (operator) {
    case "+":
      return formatNumber(left + right);
    case "-":
      return formatNumber(left - right);
    case "*":
      return formatNumber(left * right);
    case "/":
      return right === 0 ? "Error" : formatNumber(left / right);
  }
}

/** The calculator: a result line and five rows of buttons. */
export class CalculatorApp extends ft.Container {
  readonly result = new ft.Text("0", { color: ft.colors.WHITE, size: 20, key: "result" });
  #operand = 0;
  #operator: Operator = "+";
  #newOperand = true;

  override build(): void {
    this.width = 350;
    this.bgcolor = ft.colors.BLACK;
    this.borderRadius = 20;
    this.padding = 20;
    const digit = (text: string, expand = 1) =>
      this.#button(text, expand, ft.colors.WHITE24, ft.colors.WHITE);
    const action = (text: string) => this.#button(text, 1, ft.colors.ORANGE, ft.colors.WHITE);
    const extra = (text: string) => this.#button(text, 1, ft.colors.BLUE_GREY_100, ft.colors.BLACK);
    const row = (controls: ft.Control[], key: string) => new ft.Row({ key, controls });
    this.content = new ft.Column({
      controls: [
        new ft.Row({ alignment: ft.MainAxisAlignment.END, controls: [this.result] }),
        row([extra("AC"), extra("+/-"), extra("%"), action("/")], "row-1"),
        row([digit("7"), digit("8"), digit("9"), action("*")], "row-2"),
        row([digit("4"), digit("5"), digit("6"), action("-")], "row-3"),
        row([digit("1"), digit("2"), digit("3"), action("+")], "row-4"),
        row([digit("0", 2), digit("."), action("=")], "row-5"),
      ],
    });
  }

  #button(text: string, expand: number, bgcolor: string, color: string): ft.ElevatedButton {
    return new ft.ElevatedButton(text, {
      key: `key ${text}`,
      expand,
      bgcolor,
      color,
      onClick: () => this.press(text),
    });
  }

  /** What pressing the key labelled `key` does (the tutorial's `button_clicked`). */
  press(key: string): void {
    const shown = this.result.value ?? "0";
    if (shown === "Error" || key === "AC") {
      this.result.value = "0";
      this.#reset();
    } else if (/^[0-9.]$/.test(key)) {
      if (shown === "0" || this.#newOperand) {
        this.result.value = key;
        this.#newOperand = false;
      } else this.result.value = shown + key;
    } else if (key === "+" || key === "-" || key === "*" || key === "/") {
      this.result.value = calculate(this.#operand, Number(shown), this.#operator);
      this.#operator = key;
      this.#operand = this.result.value === "Error" ? 0 : Number(this.result.value);
      this.#newOperand = true;
    } else if (key === "=") {
      this.result.value = calculate(this.#operand, Number(shown), this.#operator);
      this.#reset();
    } else if (key === "%") {
      this.result.value = formatNumber(Number(shown) / 100);
      this.#reset();
    } else if (key === "+/-") {
      const value = Number(shown);
      if (value > 0) this.result.value = `-${shown}`;
      else if (value < 0) this.result.value = formatNumber(Math.abs(value));
    }
  }

  #reset(): void {
    this.#operator = "+";
    this.#operand = 0;
    this.#newOperand = true;
  }
}

export function main(page: ft.Page): void {
  page.title = "Calc App";
  page.add(new CalculatorApp());
}
