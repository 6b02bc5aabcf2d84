// The Page props and events of Flet 0.21 added in issue 12: `splash` (shown over the
// page, which is out of reach under it), `media` + `onMediaChange` (PageMediaData), and
// `onScrollInterval` (the first view's scroll throttle), in the tester.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("page.splash", () => {
  it("shows over the page, refuses taps under it, and lets them through once removed", async () => {
    const taps: string[] = [];
    const bar = new ft.ProgressBar();
    t = await createTester((page) => {
      page.splash = bar;
      page.overlay.push(new ft.TextButton("Overlay", { onClick: () => void taps.push("o") }));
      page.add(new ft.ElevatedButton("Save", { onClick: () => void taps.push("save") }));
    });
    expect(t.tree().splash).toMatchObject({ type: "progressbar" });
    await expect(t.tap(t.find.text("Save"))).rejects.toThrow(
      /covered by its splash \(page\.splash; set it to undefined first\); a user could not do that/,
    );
    await expect(t.tap(t.find.text("Overlay"))).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_INTERACTIVE",
    });
    expect(taps).toEqual([]);
    t.page.splash = undefined;
    t.page.update();
    await t.settle();
    expect(t.tree().splash).toBeUndefined();
    await t.tap(t.find.text("Save"));
    await t.tap(t.find.text("Overlay"));
    expect(taps).toEqual(["save", "o"]);
  });

  it("keeps what is inside the splash reachable", async () => {
    const taps: string[] = [];
    t = await createTester((page) => {
      page.splash = new ft.TextButton("Skip", { onClick: () => void taps.push("skip") });
      page.add(new ft.Text("Behind"));
    });
    await t.tap(t.find.text("Skip"));
    expect(taps).toEqual(["skip"]);
  });

  it("hides nothing when the splash itself is hidden", async () => {
    const taps: string[] = [];
    t = await createTester((page) => {
      page.splash = new ft.ProgressBar({ visible: false });
      page.add(new ft.ElevatedButton("Save", { onClick: () => void taps.push("save") }));
    });
    await t.tap(t.find.text("Save"));
    expect(taps).toEqual(["save"]);
  });
});

const MEDIA = {
  padding: { left: 0, top: 47, right: 0, bottom: 0 },
  viewPadding: { left: 0, top: 47, right: 0, bottom: 34 },
  viewInsets: { left: 0, top: 0, right: 0, bottom: 336 },
};

describe("page.media and onMediaChange", () => {
  it("keeps the last media the browser sent and hands it to onMediaChange", async () => {
    const seen: ft.PageMediaData[] = [];
    t = await createTester((page) => {
      page.onMediaChange = (e) => void seen.push(e);
    });
    expect(t.page.media).toBeUndefined();
    await t.trigger(t.page, "mediaChange", MEDIA);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.viewInsets.bottom).toBe(336);
    expect(seen[0]!.viewPadding).toEqual({ left: 0, top: 47, right: 0, bottom: 34 });
    expect(seen[0]!.padding.top).toBe(47);
    expect(t.page.media?.viewInsets.bottom).toBe(336);
  });

  it("knows the media without a handler, reads Flet's snake_case keys, and drops bad numbers", async () => {
    t = await createTester(() => {});
    await t.trigger(t.page, "mediaChange", {
      padding: { left: -3, top: "x", right: Number.NaN, bottom: 2 },
      view_padding: { left: 1, top: 2, right: 3, bottom: 4 },
    });
    expect(t.page.media?.padding).toEqual({ left: 0, top: 0, right: 0, bottom: 2 });
    expect(t.page.media?.viewPadding).toEqual({ left: 1, top: 2, right: 3, bottom: 4 });
    expect(t.page.media?.viewInsets).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
  });
});

describe("page.onScrollInterval", () => {
  it("is the first view's throttle, sent with it", async () => {
    t = await createTester((page) => {
      page.scroll = ft.ScrollMode.AUTO;
      page.onScrollInterval = 250;
      page.onScroll = () => {};
    });
    expect(t.page.views[0]!.onScrollInterval).toBe(250);
    const view = (t.tree().views as { props?: Record<string, unknown> }[])[0]!;
    expect(view.props).toMatchObject({ onScrollInterval: 250, onScroll: true });
    expect(() => {
      t!.page.onScrollInterval = -1;
    }).toThrow(/onScrollInterval/);
  });
});
