// Motion in Chromium: ShaderMask pixels under each kind of mask, AnimatedSwitcher running
// the old and the new content together then only the new one (instantly under reduced
// motion, focus kept), Flutter's curves on animate* props; screenshots of the gallery page.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/motion.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/** The RGBA of the page's pixel at (x, y) of `selector`'s box (fractions of it). */
async function pixel(page: Page, selector: string, x: number, y: number): Promise<number[]> {
  const box = (await page.locator(selector).first().boundingBox())!;
  const shot = await page.screenshot({
    clip: { x: box.x + box.width * x, y: box.y + box.height * y, width: 1, height: 1 },
  });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, shot.toString("base64"));
}

const near = (actual: number[], expected: number[], tolerance = 24) =>
  expected.every((value, index) => Math.abs((actual[index] ?? 0) - value) <= tolerance);

describe("ShaderMask in Chromium", () => {
  const block = (color: string) => new ft.Container({ width: 100, height: 100, bgcolor: color });

  it("dstIn keeps the content where the gradient is opaque and fades it where it is not", async () => {
    const page = await suite.open((p) =>
      p.add(
        new ft.ShaderMask(block("#ff0000"), {
          key: "mask",
          blendMode: ft.BlendMode.DST_IN,
          shader: ft.linearGradient(["#000000", "#00000000"], {
            begin: ft.alignment.topCenter,
            end: ft.alignment.bottomCenter,
          }),
        }),
      ),
    );
    const mask = '[data-key="mask"]';
    await expect
      .poll(() => pixel(page, mask, 0.5, 0.98), { timeout: 10_000 })
      .toSatisfy((rgba) => near(rgba, [255, 255, 255]));
    expect(near(await pixel(page, mask, 0.5, 0.02), [255, 0, 0])).toBe(true);
    // Half way down, half the red is left over the white page.
    expect(near(await pixel(page, mask, 0.5, 0.5), [255, 128, 128], 30)).toBe(true);
  });

  it("srcIn paints the gradient only where the content is", async () => {
    const page = await suite.open((p) =>
      p.add(
        new ft.ShaderMask(
          new ft.Container({ width: 50, height: 100, bgcolor: "#000000", key: "half" }),
          {
            key: "mask",
            width: 100,
            blendMode: ft.BlendMode.SRC_IN,
            shader: ft.linearGradient(["#0000ff", "#0000ff"]),
          },
        ),
      ),
    );
    const mask = '[data-key="mask"]';
    await expect
      .poll(() => pixel(page, mask, 0.25, 0.5), { timeout: 10_000 })
      .toSatisfy((rgba) => near(rgba, [0, 0, 255]));
    expect(near(await pixel(page, mask, 0.75, 0.5), [255, 255, 255])).toBe(true);
  });

  it("modulate (the default) multiplies the gradient into the content; borderRadius clips the corners", async () => {
    const page = await suite.open((p) =>
      p.add(
        new ft.ShaderMask(block("#ffffff"), {
          key: "mask",
          borderRadius: 50,
          shader: ft.radialGradient(["#00ff00", "#00ff00"]),
        }),
      ),
    );
    const mask = '[data-key="mask"]';
    await expect
      .poll(() => pixel(page, mask, 0.5, 0.5), { timeout: 10_000 })
      .toSatisfy((rgba) => near(rgba, [0, 255, 0]));
    const corner = await pixel(page, mask, 0.02, 0.02);
    expect(near(corner, [0, 255, 0])).toBe(false);
  });
});

describe("AnimatedSwitcher in Chromium", () => {
  // A switcher whose content, a button, replaces itself when pressed.
  function app(duration: number) {
    return (p: ft.Page) => {
      let count = 0;
      const next = (): ft.ElevatedButton =>
        new ft.ElevatedButton(count === 0 ? "Old" : `New ${count}`, {
          onClick: () => {
            count++;
            switcher.content = next();
          },
        });
      const switcher = new ft.AnimatedSwitcher(next(), {
        key: "switcher",
        duration,
        reverseDuration: duration / 2,
        switchInCurve: ft.AnimationCurve.BOUNCE_OUT,
        switchOutCurve: ft.AnimationCurve.EASE_IN,
      });
      p.add(
        switcher,
        new ft.TextButton("Swap", {
          onClick: () => {
            count++;
            switcher.content = next();
          },
        }),
      );
    };
  }
  const outgoing = (page: Page) => page.locator('[data-key="switcher"] .flet-switcher-out');

  it("runs the old and the new content together while switching", async () => {
    const page = await suite.open(app(60_000));
    await page.getByRole("button", { name: "Old" }).click();
    await waitForText(page, "New 1");
    // A minute-long switch: the old content is still drawn, inert and hidden from
    // assistive technologies; only the new button is in the accessibility tree.
    await expect.poll(() => outgoing(page).count()).toBe(1);
    expect(await outgoing(page).textContent()).toContain("Old");
    expect(await page.getByRole("button", { name: "Old" }).count()).toBe(0);
    const opacity = Number(await outgoing(page).evaluate((el) => getComputedStyle(el).opacity));
    expect(opacity).toBeGreaterThan(0);
    expect(opacity).toBeLessThan(1);
    const incoming = page.locator('[data-key="switcher"] .flet-switcher-in');
    const fadeIn = Number(await incoming.evaluate((el) => getComputedStyle(el).opacity));
    expect(fadeIn).toBeLessThan(1);
    // The new content comes in over duration on switchInCurve (Flutter's bounceOut is a
    // linear() curve); the old one goes out over reverseDuration on switchOutCurve.
    const timing = (slot: typeof incoming) =>
      slot.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.transitionDuration} ${style.transitionTimingFunction.slice(0, 7)}`;
      });
    expect(await timing(incoming)).toBe("60s linear(");
    expect(await timing(outgoing(page))).toMatch(/^30s cubic-b/);
  });

  it("ends with only the new content, focused when the old one was", async () => {
    const page = await suite.open(app(150));
    await page.getByRole("button", { name: "Old" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "New 1");
    await expect.poll(() => outgoing(page).count()).toBe(0);
    const focused = () =>
      page.evaluate(() => document.activeElement?.closest(".flet-elevatedbutton")?.textContent);
    await expect.poll(focused).toContain("New 1");
    await page.keyboard.press("Enter");
    await waitForText(page, "New 2");
    // Focus outside the switcher stays where it is.
    await page.getByRole("button", { name: "Swap" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "New 3");
    await expect.poll(() => outgoing(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Swap");
  });

  it("swaps instantly under prefers-reduced-motion", async () => {
    const page = await suite.open(app(60_000));
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.getByRole("button", { name: "Old" }).click();
    await waitForText(page, "New 1");
    expect(await outgoing(page).count()).toBe(0);
    const incoming = page.locator('[data-key="switcher"] .flet-switcher-in');
    expect(await incoming.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  });
});

describe("animate* props in Chromium", () => {
  it("take ft.Animation with Flutter's curves, end with onAnimationEnd, and jump under reduced motion", async () => {
    const status = new ft.Text("none");
    const box = new ft.Container({
      key: "box",
      width: 50,
      height: 50,
      bgcolor: ft.colors.PRIMARY,
      animateSize: new ft.Animation(60_000, ft.AnimationCurve.BOUNCE_OUT),
      onAnimationEnd: (e) => {
        status.value = `ended ${String(e.data)}`;
      },
    });
    const painted = new ft.Container({
      key: "painted",
      width: 50,
      height: 50,
      bgcolor: ft.colors.PRIMARY,
      animate: new ft.Animation(200, ft.AnimationCurve.EASE_IN_OUT_BACK),
      onAnimationEnd: (e) => {
        status.value = `ended ${String(e.data)}`;
      },
    });
    const page = await suite.open((p) =>
      p.add(
        box,
        painted,
        status,
        new ft.TextButton("Grow", {
          onClick: () => {
            box.width = 150;
          },
        }),
        new ft.TextButton("Paint", {
          onClick: () => {
            painted.bgcolor = ft.colors.TERTIARY;
          },
        }),
      ),
    );
    const element = page.locator('[data-key="box"]');
    const transition = (key: string) =>
      page.locator(`[data-key="${key}"]`).evaluate((el) => el.style.transition);
    // bounceOut as a linear() easing: it passes 0.75 on its way (Flutter's second bounce).
    const easing = () =>
      page
        .locator('[data-key="box"]')
        .evaluate((el) => getComputedStyle(el).transitionTimingFunction.split(", linear(")[0]);
    await expect.poll(easing).toMatch(/^linear\(0 0%, .* 0\.75 /);
    expect(await transition("box")).toContain("width 60000ms var(--flet-curve-bounceOut, linear)");
    expect(await transition("painted")).toContain(
      "background-color 200ms var(--flet-curve-easeInOutBack, linear)",
    );
    await expect
      .poll(() =>
        page
          .locator('[data-key="painted"]')
          .evaluate((el) => getComputedStyle(el).transitionTimingFunction),
      )
      .toContain("cubic-bezier(0.68, -0.55, 0.265, 1.55)");
    // The Container's own animation ends as Flet's AnimatedContainer does: "container".
    await page.getByRole("button", { name: "Paint" }).click();
    await waitForText(page, "ended container");
    // A minute-long resize jumps to its end under reduced motion, and still reports it.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.getByRole("button", { name: "Grow" }).click();
    await waitForText(page, "ended size");
    expect((await element.boundingBox())?.width).toBe(150);
  });
});

describe("Motion gallery page", () => {
  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await waitForText(page, "Motion", 10_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    await page.getByRole("button", { name: "Switch" }).click();
    await waitForText(page, "Bye!");
    await expect.poll(() => page.locator(".flet-switcher-out").count()).toBe(0);
    const moving = () =>
      page.locator(".flet-switcher-in").evaluate((el) => el.getAnimations().length);
    await expect.poll(moving).toBe(0);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-motion-${scheme}.png`, fullPage: true });
  });
});
