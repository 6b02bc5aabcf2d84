// The decoration props TextField and Dropdown share, and TextField's caret and
// selection, as Chromium draws them (issue 12): read back from what the user sees.
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(controls: () => ft.Control[]): Promise<Page> {
  const page = await suite.open((page) => {
    page.add(new ft.Text("Ready"), ...controls());
  });
  await waitForText(page, "Ready", 10_000);
  return page;
}

describe("form field decoration in Chromium", () => {
  it("TextField: text, counter and selection styles, hidden caret, minLines", async () => {
    const page = await open(() => [
      new ft.TextField({
        label: "Name",
        value: "Ada",
        maxLength: 10,
        minLines: 3,
        textStyle: { size: 22, color: "#1e88e5" },
        counterStyle: { color: "#43a047" },
        selectionColor: "#ffeb3b",
        showCursor: false,
        border: ft.InputBorder.NONE,
      }),
    ]);
    const read = () =>
      page.evaluate(() => {
        const field = document.querySelector("md-outlined-text-field")!;
        const area = field.shadowRoot!.querySelector("textarea")!;
        const inner = field.shadowRoot!.querySelector("md-outlined-field")!;
        const counter = inner.shadowRoot!.querySelector(".counter")!;
        const outline = inner.shadowRoot!.querySelector(".outline-start")!;
        return {
          rows: area.rows,
          size: getComputedStyle(area).fontSize,
          color: getComputedStyle(area).color,
          caret: getComputedStyle(area).caretColor,
          // Chromium's getComputedStyle does not resolve ::selection: read the rule that
          // draws it and the colour it takes.
          selectionRule: field
            .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
            .some((rule) => /textarea::selection/.test(rule.cssText)),
          selection: getComputedStyle(area).getPropertyValue("--flet-field-selection-color"),
          counter: getComputedStyle(counter).color,
          outline: getComputedStyle(outline, "::before").borderTopWidth,
        };
      });
    await expect.poll(async () => (await read()).selectionRule).toBe(true);
    await page.locator("textarea").selectText();
    const seen = await read();
    expect(seen.selection).toBe("#ffeb3b");
    expect(seen.rows).toBe(3);
    expect(seen.size).toBe("22px");
    expect(seen.color).toBe("rgb(30, 136, 229)");
    expect(seen.caret).toBe("rgba(0, 0, 0, 0)");
    expect(seen.counter).toBe("rgb(67, 160, 71)");
    expect(seen.outline).toBe("0px");
  });

  it("Dropdown: filled, suffix icon before the arrow, right-aligned options", async () => {
    const page = await open(() => [
      new ft.Dropdown({
        label: "Colour",
        filled: true,
        value: "Red",
        options: [new ft.DropdownOption("Red"), new ft.DropdownOption("Green")],
        suffixIcon: ft.icons.PALETTE,
        textSize: 20,
        alignment: ft.alignment.centerRight,
      }),
    ]);
    const select = page.locator("md-filled-select");
    await expect.poll(() => select.count()).toBe(1);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector("md-filled-select")!.shadowRoot?.querySelector("#label")
              ?.textContent,
        ),
      )
      .toBe("Red");
    const seen = await page.evaluate(() => {
      const select = document.querySelector("md-filled-select")!;
      const box = select.querySelector(".flet-select-affix[slot=trailing-icon]")!;
      const headline = select.shadowRoot!.querySelector("#label")!;
      return {
        glyphs: [...box.children].map((child) => child.textContent),
        size: getComputedStyle(headline).fontSize,
        align: getComputedStyle(select.querySelector("[slot=headline]")!).textAlign,
      };
    });
    await page.screenshot({ path: "/tmp/cf/dropdown-decoration.png" });
    expect(seen.glyphs).toEqual(["palette", "arrow_drop_down"]);
    expect(seen.size).toBe("20px");
    expect(seen.align).toBe("end");
  });
});
