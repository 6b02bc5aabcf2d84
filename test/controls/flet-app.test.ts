// FletApp in the tester: Flet 0.21's props and event, the url as its first argument, and
// anything but an http(s) address refused in validate() (FLET_ERR_URL_UNSAFE).
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("FletApp", () => {
  it("declares Flet 0.21's props and event", () => {
    expect(namesOf(ft.FletApp)).toMatchObject({
      props: expect.arrayContaining([
        "url",
        "reconnectIntervalMs",
        "reconnectTimeoutMs",
        "width",
        "height",
        "expand",
      ]),
      events: expect.arrayContaining(["onError", "onAnimationEnd"]),
    });
    expect(new ft.FletApp("https://apps.example.org/counter/").url).toBe(
      "https://apps.example.org/counter/",
    );
  });

  it.each([
    "https://apps.example.org/counter/",
    "http://127.0.0.1:8550/",
    "/counter/",
    "../buttons/",
  ])("accepts the http(s) address %s", async (url) => {
    const app = new ft.FletApp(url, { height: 200 });
    expect(() => app.validate()).not.toThrow();
    t = await createTester((page) => page.add(app));
    expect(t.errors).toEqual([]);
  });

  it.each([
    ["javascript:alert(1)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<p>hi</p>"],
    ["file:///etc/passwd"],
    ["mailto:someone@example.org"],
    [""],
    [undefined],
  ])("refuses %o in validate() with FLET_ERR_URL_UNSAFE", (url) => {
    const app = new ft.FletApp({ url });
    expect(errorCodeOf(() => app.validate())).toBe("FLET_ERR_URL_UNSAFE");
    expect(() => app.validate()).toThrow(
      /Expected FletApp\.url to be the http\(s\) address of a flet-ts app .* but got/,
    );
  });

  it("refuses an update with a bad url: nothing reaches the browser", async () => {
    t = await createTester((page) => page.add(new ft.Text("Home")));
    const sent = t.patches.length;
    t.page.add(new ft.FletApp("javascript:alert(1)"));
    await t.settle();
    expect(t.patches.length).toBe(sent);
    t.expectError(ft.ErrorCode.URL_UNSAFE);
    expect(String((t.errors[0] as Error).message)).toMatch(/\[FLET_ERR_URL_UNSAFE\]/);
    expect(errorCodeOf(() => new ft.FletApp({ reconnectIntervalMs: -1 }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});
