// Event wire names (issue 16): one rule names the listen flag on the server, in the
// browser and in the tester. An explicit name that re-capitalises differently from its
// handler (`pointclick` on `onPointClick`) used to set `onPointClick` while the browser
// looked up `onPointclick`, so no event was ever sent; a name that cannot work is an
// error when the class is declared; the tester refuses an event the browser would not send.
import * as ft from "flet-ts";
import { control, event } from "flet-ts/pack";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { handlerProp } from "../../src/browser/render-context.js";
import { listenFlag } from "../../src/core/listen-flag.js";

@control("wirenames.chart")
class Chart extends ft.ConstrainedControl {
  @event({ name: "pointclick" }) accessor onPointClick:
    | ft.EventHandler<ft.ControlEvent<Chart>>
    | undefined;
  @event() accessor onHoverPoint: ft.EventHandler<ft.ControlEvent<Chart>> | undefined;
}

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The props the browser holds for `target`. */
function wireProps(tester: Tester, target: ft.Control): Record<string, unknown> {
  const tree = tester.client.replica.tree as Record<string, [string, Record<string, unknown>]>;
  return tree[target.uid!]![1];
}

describe("event wire names", () => {
  it("sets the listen flag the browser reads, by the one rule", async () => {
    expect(handlerProp).toBe(listenFlag);
    const seen: string[] = [];
    const chart = new Chart({ onPointClick: () => void seen.push("point") });
    t = await createTester((page) => page.add(chart));
    // The browser's lookup for "pointclick" is onPointclick: that is what is on the wire.
    expect(wireProps(t, chart)).toMatchObject({ onPointclick: true });
    expect(wireProps(t, chart)).not.toHaveProperty("onPointClick");
    await t.trigger(chart, "pointclick");
    expect(seen).toEqual(["point"]);
    // Removing the handler clears the flag.
    chart.onPointClick = undefined;
    chart.update();
    await t.settle();
    expect(wireProps(t, chart)).not.toHaveProperty("onPointclick");
  });

  it("refuses, in the tester, an event the browser would not send", async () => {
    const chart = new Chart();
    t = await createTester((page) => page.add(chart));
    await expect(t.trigger(chart, "hoverPoint")).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_LISTENING",
      message: expect.stringContaining("its listen flag onHoverPoint is not on the wire"),
    });
  });

  it("refuses a wire name that cannot work when the class is declared", () => {
    const declare = () => {
      @control("wirenames.bad")
      class Bad extends ft.Control {
        @event({ name: "point-click" }) accessor onPointClick:
          | ft.EventHandler<ft.ControlEvent<Bad>>
          | undefined;
      }
      return Bad;
    };
    expect(declare).toThrow(
      expect.objectContaining({
        code: "FLET_ERR_SCHEMA_INVALID_EVENT",
        message: expect.stringContaining('Name it like "pointClick"'),
      }),
    );
  });
});
