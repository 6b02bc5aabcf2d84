// WebView in the tester: Flet 0.21's props and events (payloads are URLs and a
// description string), no methods (Flet 0.21 has none; `url` navigates), and coded
// errors for an empty or unsafe url.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function firstControl(tester: Tester): TreeNode {
  return ((tester.tree().views as TreeNode[])[0]!.controls as TreeNode[])[0]!;
}

describe("WebView", () => {
  it("declares every prop and event of Flet 0.21's WebView", () => {
    const { props, events } = namesOf(ft.WebView);
    expect(props).toEqual(
      expect.arrayContaining(["url", "javascriptEnabled", "preventLink", "bgcolor"]),
    );
    expect(events).toEqual(
      expect.arrayContaining(["onPageStarted", "onPageEnded", "onWebResourceError"]),
    );
    expect(propOf(ft.WebView, "javascriptEnabled")?.default).toBe(true);
  });

  it("sends url, javascriptEnabled, preventLink and bgcolor; setting url navigates", async () => {
    const webview = new ft.WebView("https://flet.dev", {
      javascriptEnabled: false,
      preventLink: "https://flet.dev/blog",
      bgcolor: ft.colors.AMBER,
      expand: true,
    });
    t = await createTester((page) => page.add(webview));
    expect(firstControl(t)).toMatchObject({
      type: "webview",
      props: {
        url: "https://flet.dev",
        javascriptEnabled: false,
        preventLink: "https://flet.dev/blog",
        bgcolor: "amber",
      },
    });
    webview.url = "/docs/index.html";
    webview.update();
    await t.settle();
    expect(firstControl(t).props?.url).toBe("/docs/index.html");
  });

  it("its handlers get Flet's payloads", async () => {
    const log: string[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.WebView("/site/a.html", {
          onPageStarted: (e) => void log.push(`started ${String(e.data)}`),
          onPageEnded: (e) => void log.push(`ended ${String(e.data)}`),
          onWebResourceError: (e) => void log.push(`error ${String(e.data)}`),
        }),
      ),
    );
    const webview = t.find.byType(ft.WebView);
    await t.trigger(webview, "pageStarted", "http://127.0.0.1/site/a.html");
    await t.trigger(webview, "webResourceError", "WebResourceError(errorCode: 404)");
    await t.trigger(webview, "pageEnded", "http://127.0.0.1/site/a.html");
    expect(log).toEqual([
      "started http://127.0.0.1/site/a.html",
      "error WebResourceError(errorCode: 404)",
      "ended http://127.0.0.1/site/a.html",
    ]);
  });

  it("reports an empty url, as Flet's client does", async () => {
    t = await createTester((page) => page.add(new ft.WebView({ height: 200 })));
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected WebView\.url to be a URL/),
    });
  });

  it("refuses a javascript: url (it would run in the app's page): nothing is sent", async () => {
    const webview = new ft.WebView("about:blank");
    t = await createTester((page) => page.add(webview));
    const sent = t.patches.length;
    webview.url = " JavaScript:alert(1)";
    webview.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/scheme "javascript:"/),
    });
    expect(t.patches.length).toBe(sent);
    for (const url of ["data:text/html,<p>hi", "http://127.0.0.1:8550/", "docs/a.html"]) {
      webview.url = url;
      webview.update();
      await t.settle();
    }
    expect(t.errors).toHaveLength(1);
  });

  it("refuses bad values where they are set", () => {
    for (const options of [{ bgcolor: "bluish" }, { javascriptEnabled: "no" }, { url: 1 }]) {
      expect(errorCodeOf(() => new ft.WebView(options as ft.ControlOptions<ft.WebView>))).toBe(
        "FLET_ERR_PROP_INVALID_VALUE",
      );
    }
  });
});
