// The colour, shape and size props of the Material input controls as Chromium draws
// them (issue 12): each one read back from the computed style of what the user sees.
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();
/** `corner-shape: bevel`, which Chromium may compute as its superellipse form. */
const BEVEL = /^(bevel|superellipse\(0\))$/;

async function open(controls: () => ft.Control[]): Promise<Page> {
  const page = await suite.open((page) => {
    page.add(new ft.Text("Ready"), ...controls());
  });
  await waitForText(page, "Ready", 10_000);
  return page;
}

/**
 * The computed `property` of the element `selector` finds in `host`'s shadow root (or of
 * `host`), of its `pseudo` element when given.
 */
function shadowStyle(
  page: Page,
  host: string,
  selector: string | null,
  property: string,
  pseudo: string | null = null,
) {
  return page.evaluate(
    ([host, selector, property, pseudo]) => {
      const element = document.querySelector(host!)!;
      const target = selector ? element.shadowRoot!.querySelector(selector!)! : element;
      return getComputedStyle(target, pseudo).getPropertyValue(property!);
    },
    [host, selector, property, pseudo] as const,
  );
}

describe("Tabs in Chromium", () => {
  it("draws indicatorColor, labelColor and unselectedLabelColor", async () => {
    const page = await open(() => [
      new ft.Tabs({
        indicatorColor: "#ff0000",
        labelColor: "#00ff00",
        unselectedLabelColor: "#0000ff",
        tabs: [new ft.Tab("Alpha"), new ft.Tab("Beta")],
      }),
    ]);
    await page.getByRole("tab", { name: "Beta" }).waitFor();
    await expect
      .poll(() => shadowStyle(page, "md-primary-tab[active]", ".indicator", "background-color"))
      .toBe("rgb(255, 0, 0)");
    expect(await shadowStyle(page, "md-primary-tab[active]", null, "color")).toBe("rgb(0, 255, 0)");
    expect(await shadowStyle(page, "md-primary-tab:not([active])", null, "color")).toBe(
      "rgb(0, 0, 255)",
    );
  });
});

describe("Checkbox in Chromium", () => {
  it("fills the checked box with fillColor's selected colour", async () => {
    const page = await open(() => [
      new ft.Checkbox("Agree", { value: true, fillColor: { selected: "#ff0000" } }),
    ]);
    await page.getByRole("checkbox", { name: "Agree" }).waitFor();
    await expect
      .poll(() => shadowStyle(page, "md-checkbox", ".background", "background-color"))
      .toBe("rgb(255, 0, 0)");
  });

  it("starts a tristate box with value null as indeterminate, and a click unchecks it", async () => {
    const page = await open(() => {
      const box: ft.Checkbox = new ft.Checkbox("Maybe", {
        tristate: true,
        value: null,
        onChange: () => {
          shown.value = `Value: ${String(box.value)}`;
          shown.update();
        },
      });
      const shown = new ft.Text("Value: null");
      return [box, shown];
    });
    const box = page.getByRole("checkbox", { name: "Maybe" });
    await expect
      .poll(() => box.evaluate((input: HTMLInputElement) => input.indeterminate))
      .toBe(true);
    await box.click();
    await waitForText(page, "Value: false");
    expect(await box.evaluate((input: HTMLInputElement) => input.indeterminate)).toBe(false);
    await page.keyboard.press("Space");
    await waitForText(page, "Value: true");
    await page.keyboard.press("Space");
    await waitForText(page, "Value: null");
    expect(await box.evaluate((input: HTMLInputElement) => input.indeterminate)).toBe(true);
  });

  it("starts a tristate box with no value as indeterminate, as Flet does", async () => {
    const page = await open(() => [new ft.Checkbox("Unsure", { tristate: true })]);
    const box = page.getByRole("checkbox", { name: "Unsure" });
    await expect
      .poll(() => box.evaluate((input: HTMLInputElement) => input.indeterminate))
      .toBe(true);
  });
});

describe("Switch in Chromium", () => {
  it("colours the thumb with activeColor and the track with activeTrackColor when on", async () => {
    const page = await open(() => [
      new ft.Switch("Wi-Fi", { value: true, activeColor: "#ff0000", activeTrackColor: "#00ff00" }),
    ]);
    await page.getByRole("switch", { name: "Wi-Fi" }).waitFor();
    await expect
      .poll(() => shadowStyle(page, "md-switch", ".handle", "background-color", "::before"))
      .toBe("rgb(255, 0, 0)");
    expect(await shadowStyle(page, "md-switch", ".track", "background-color", "::before")).toBe(
      "rgb(0, 255, 0)",
    );
  });
});

/** The computed `property` of the first element matching `selector` in `host`'s nested shadow trees. */
function deepStyle(page: Page, host: string, selector: string, property: string) {
  return page.evaluate(
    ([host, selector, property]) => {
      const find = (root: ParentNode): Element | null => {
        const hit = root.querySelector(selector!);
        if (hit) return hit;
        for (const element of root.querySelectorAll("*")) {
          const inner = element.shadowRoot && find(element.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const start = document.querySelector(host!)!;
      const target = find(start.shadowRoot!);
      return target ? getComputedStyle(target).getPropertyValue(property!) : "missing";
    },
    [host, selector, property] as const,
  );
}

describe("TextField and Dropdown in Chromium", () => {
  it("round their outline by borderRadius", async () => {
    const page = await open(() => [
      new ft.TextField({ label: "Name", borderRadius: 20 }),
      new ft.Dropdown({
        label: "Drink",
        borderRadius: 20,
        options: [new ft.DropdownOption("Tea")],
      }),
    ]);
    await page.getByRole("textbox", { name: "Name" }).waitFor();
    for (const host of ["md-outlined-text-field", "md-outlined-select"])
      await expect
        .poll(() => deepStyle(page, host, ".outline-start", "border-start-start-radius"))
        .toBe("20px");
  });
});

describe("Dropdown's supporting line in Chromium", () => {
  it("takes the style of the text it shows: helper, else hint, else counter", async () => {
    const style = { hintStyle: { color: "#1e88e5" }, counterStyle: { color: "#43a047" } };
    const options = () => [new ft.DropdownOption("Tea")];
    const page = await open(() => [
      new ft.Dropdown({ label: "Hint", hintText: "Pick a drink", ...style, options: options() }),
      new ft.Dropdown({ label: "Counter", counterText: "1 of 1", ...style, options: options() }),
    ]);
    await page.locator("md-outlined-select").nth(1).waitFor();
    const colour = (nth: number) =>
      page.evaluate((nth) => {
        const select = document.querySelectorAll("md-outlined-select")[nth]!;
        const field = select.shadowRoot!.querySelector("md-outlined-field")!;
        const line = field.shadowRoot!.querySelector(".supporting-text")!;
        return getComputedStyle(line).color;
      }, nth);
    await expect.poll(() => colour(0)).toBe("rgb(30, 136, 229)");
    await expect.poll(() => colour(1)).toBe("rgb(67, 160, 71)");
  });
});

describe("Dropdown's fill in Chromium", () => {
  it("fills a filled dropdown with bgcolor (an outlined one has no fill, as in Flutter)", async () => {
    const page = await open(() => [
      new ft.Dropdown({
        label: "Fill",
        filled: true,
        bgcolor: "#d81b60",
        options: [new ft.DropdownOption("Tea")],
      }),
    ]);
    await page.locator("md-filled-select").waitFor();
    const fill = () =>
      page.evaluate(() => {
        const select = document.querySelector("md-filled-select")!;
        const field = select.shadowRoot!.querySelector("md-filled-field")!;
        return getComputedStyle(field.shadowRoot!.querySelector(".background")!).backgroundColor;
      });
    await expect.poll(fill).toBe("rgb(216, 27, 96)");
  });
});

describe("buttons in Chromium", () => {
  it("sizes an IconButton's icon by iconSize", async () => {
    const page = await open(() => [
      new ft.IconButton({ icon: ft.icons.STAR, iconSize: 40, tooltip: "Star" }),
    ]);
    const button = page.locator("md-icon-button");
    await button.waitFor();
    await expect
      .poll(() =>
        button.locator(".flet-glyph").evaluate((glyph) => glyph.getBoundingClientRect().width),
      )
      .toBe(40);
  });

  it("outlines a button by style.side and cuts bevelled corners", async () => {
    const page = await open(() => [
      new ft.ElevatedButton("Bevel", {
        style: {
          side: { width: 3, color: "#ff0000" },
          shape: ft.shapes.beveledRectangle(10),
        },
      }),
    ]);
    const button = page.locator("md-elevated-button");
    await button.waitFor();
    await expect
      .poll(() => shadowStyle(page, "md-elevated-button", null, "outline-color"))
      .toBe("rgb(255, 0, 0)");
    expect(await shadowStyle(page, "md-elevated-button", null, "outline-width")).toBe("3px");
    expect(await shadowStyle(page, "md-elevated-button", null, "corner-start-start-shape")).toMatch(
      BEVEL,
    );
    // The bevelled host clips the component's round fill and ink to its shape.
    expect(await shadowStyle(page, "md-elevated-button", null, "overflow")).toBe("hidden");
  });

  it("draws an outlined button's style.side as its one outline, not a second over it", async () => {
    const page = await open(() => [
      new ft.OutlinedButton("Outlined", { style: { side: { width: 3, color: "#ff0000" } } }),
    ]);
    await page.locator("md-outlined-button").waitFor();
    await expect
      .poll(() => shadowStyle(page, "md-outlined-button", ".outline", "border-top-color"))
      .toBe("rgb(255, 0, 0)");
    expect(await shadowStyle(page, "md-outlined-button", ".outline", "border-top-width")).toBe(
      "3px",
    );
    expect(await shadowStyle(page, "md-outlined-button", null, "outline-style")).toBe("none");
  });

  it("inks a pressed icon button with highlightColor and draws its style's outline", async () => {
    const page = await open(() => [
      new ft.IconButton(ft.icons.FAVORITE, {
        highlightColor: "#00ff00",
        style: { side: { width: 2, color: "#ff0000" }, shape: ft.shapes.roundedRectangle(4) },
      }),
    ]);
    await page.locator("md-icon-button").waitFor();
    await expect
      .poll(() =>
        shadowStyle(page, "md-icon-button", null, "--md-icon-button-pressed-state-layer-color"),
      )
      .toBe("#00ff00");
    expect(await shadowStyle(page, "md-icon-button", null, "outline-color")).toBe("rgb(255, 0, 0)");
    expect(await shadowStyle(page, "md-icon-button", null, "border-top-left-radius")).toBe("4px");
  });

  it("raises elevated and filled buttons to the Material level of their elevation in dp", async () => {
    const page = await open(() => [
      new ft.ElevatedButton("Raised", { elevation: 6 }),
      new ft.FilledButton("Filled", { style: { elevation: { "": 1, hovered: 8 } } }),
    ]);
    const token = (host: string, name: string) => shadowStyle(page, host, null, name);
    await expect
      .poll(() => token("md-elevated-button", "--md-elevated-button-container-elevation"))
      .toBe("3");
    expect(
      await token("md-elevated-button", "--md-elevated-button-pressed-container-elevation"),
    ).toBe("3");
    expect(await token("md-filled-button", "--md-filled-button-container-elevation")).toBe("1");
    expect(await token("md-filled-button", "--md-filled-button-hover-container-elevation")).toBe(
      "4",
    );
  });
});
