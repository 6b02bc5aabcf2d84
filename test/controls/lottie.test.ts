// Lottie in the tester: Flet 0.21's props and defaults on the wire, onError's message,
// and coded errors for bad input (no source, srcBase64 that is not base64, bad enums),
// a refused update sending nothing.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const DOT = Buffer.from(
  JSON.stringify({ v: "5.7.4", fr: 30, ip: 0, op: 30, w: 40, h: 40, layers: [] }),
).toString("base64");

function firstControl(tester: Tester): TreeNode {
  return ((tester.tree().views as TreeNode[])[0]!.controls as TreeNode[])[0]!;
}

describe("Lottie", () => {
  it("declares every prop and event of Flet 0.21's Lottie, with its defaults", () => {
    const { props, events } = namesOf(ft.Lottie);
    expect(props).toEqual(
      expect.arrayContaining([
        "src",
        "srcBase64",
        "repeat",
        "reverse",
        "animate",
        "backgroundLoading",
        "filterQuality",
        "fit",
        "width",
        "height",
        "tooltip",
      ]),
    );
    expect(events).toEqual(expect.arrayContaining(["onError", "onAnimationEnd"]));
    expect(propOf(ft.Lottie, "repeat")?.default).toBe(true);
    expect(propOf(ft.Lottie, "animate")?.default).toBe(true);
    expect(propOf(ft.Lottie, "reverse")?.default).toBe(false);
    expect(ft.FilterQuality.HIGH).toBe("high");
  });

  it("sends its props under Flet's wire names; src is its first argument", async () => {
    t = await createTester((page) =>
      page.add(
        new ft.Lottie("/animations/dot.json", {
          repeat: false,
          reverse: true,
          animate: false,
          backgroundLoading: true,
          filterQuality: ft.FilterQuality.HIGH,
          fit: ft.ImageFit.COVER,
          width: 120,
        }),
      ),
    );
    expect(firstControl(t)).toMatchObject({
      type: "lottie",
      props: {
        src: "/animations/dot.json",
        repeat: false,
        reverse: true,
        animate: false,
        backgroundLoading: true,
        filterQuality: "high",
        fit: "cover",
        width: 120,
      },
    });
  });

  it("onError gets the browser's message as e.data", async () => {
    const seen: unknown[] = [];
    t = await createTester((page) =>
      page.add(new ft.Lottie({ srcBase64: DOT, onError: (e) => void seen.push(e.data) })),
    );
    await t.trigger(t.find.byType(ft.Lottie), "error", 'Could not load "x.json": HTTP 404');
    expect(seen).toEqual(['Could not load "x.json": HTTP 404']);
  });

  it("reports a Lottie with neither src nor srcBase64, as Flet's client does", async () => {
    t = await createTester((page) => page.add(new ft.Lottie({ width: 40 })));
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected Lottie to have "src" or "srcBase64"/),
    });
    expect(t.find.byType(ft.Lottie).exists).toBe(false);
  });

  it("refuses srcBase64 that is not base64: the update sends nothing", async () => {
    const lottie = new ft.Lottie({ srcBase64: DOT });
    t = await createTester((page) => page.add(lottie));
    const sent = t.patches.length;
    lottie.srcBase64 = "not base64!";
    lottie.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected Lottie\.srcBase64 to be base64/),
    });
    expect(t.patches.length).toBe(sent);
    // Whitespace (line-wrapped base64) is fine.
    lottie.srcBase64 = DOT.replace(/(.{16})/g, "$1\n");
    lottie.update();
    await t.settle();
    expect(t.errors).toHaveLength(1);
  });

  it("refuses bad values where they are set", () => {
    const bad = [{ fit: "stretch" }, { filterQuality: "best" }, { repeat: "yes" }, { src: 3 }];
    for (const options of bad) {
      expect(errorCodeOf(() => new ft.Lottie(options as ft.ControlOptions<ft.Lottie>))).toBe(
        "FLET_ERR_PROP_INVALID_VALUE",
      );
    }
    expect(errorCodeOf(() => new ft.Lottie({ loop: true } as never))).toBe(
      "FLET_ERR_PROP_UNKNOWN_OPTION",
    );
  });
});
