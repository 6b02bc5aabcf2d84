import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Button, Label } from "../fixtures/mini-controls.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("Page", () => {
  describe("runTask", () => {
    it("runs an async task, sends its changes when it settles, and returns its result", async () => {
      const label = new Label("idle");
      let result: Promise<number> | undefined;
      t = await createTester((page) => {
        page.add(label);
        result = page.runTask(async (n: number) => {
          await ft.sleep(500);
          label.value = "done";
          return n * 2;
        }, 21);
      });
      expect(t.find.text("idle").exists).toBe(true);
      await t.pump(500);
      expect(t.find.text("done").exists).toBe(true);
      await expect(result).resolves.toBe(42);
    });

    it("aborts page.signal and stops sleeping tasks when the session closes", async () => {
      let signal: AbortSignal | undefined;
      const finished: string[] = [];
      t = await createTester((page) => {
        signal = page.signal;
        page.runTask(async () => {
          try {
            await ft.sleep(60_000, { signal: page.signal });
            finished.push("slept");
          } catch (error) {
            finished.push((error as ft.FletError).code);
          }
        });
      });
      await t.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(signal?.aborted).toBe(true);
      expect(finished).toEqual([ft.ErrorCode.SESSION_CLOSED]);
    });

    it("reports a failing task to onError", async () => {
      const errors: string[] = [];
      t = await createTester((page) => {
        page.onError = (e) => void errors.push(e.message);
        void page
          .runTask(async () => {
            throw new Error("task failed");
          })
          .catch(() => {});
      });
      t.expectError("task failed");
      expect(errors).toEqual(["task failed"]);
    });
  });

  describe("runThread", () => {
    it("runs after the handler returns and sends the changes", async () => {
      const order: string[] = [];
      const label = new Label("0");
      t = await createTester((page) => {
        page.add(
          label,
          new Button("go", {
            onClick: () => {
              void page.runThread(() => {
                order.push("thread");
                label.value = "from thread";
              });
              order.push("handler returned");
            },
          }),
        );
      });
      await t.tap(t.find.text("go"));
      expect(order).toEqual(["handler returned", "thread"]);
      expect(t.find.text("from thread").exists).toBe(true);
    });
  });

  describe("executor", () => {
    it("runs CPU-bound functions on worker threads", async () => {
      t = await createTester(() => {}, { fakeTime: false });
      const work = new URL("../fixtures/work.mjs", import.meta.url);
      await expect(t.page.executor.run(work, "fib", 20)).resolves.toBe(6765);
      await expect(t.page.executor.run(work, "fail")).rejects.toMatchObject({
        code: ft.ErrorCode.EXECUTOR_FAILED,
      });
    });
  });

  describe("calls to the browser", () => {
    it("reads and writes client storage", async () => {
      t = await createTester(() => {});
      t.browser.storage.set("preset", JSON.stringify({ a: 1 }));
      const storage = t.page.clientStorage;
      const results = Promise.all([
        storage.set("theme", "dark"),
        storage.get("preset"),
        storage.containsKey("theme"),
        storage.getKeys("the"),
        storage.get("missing"),
      ]);
      await t.settle();
      await expect(results).resolves.toEqual([true, { a: 1 }, true, ["theme"], undefined]);
      expect(t.browser.storage.get("theme")).toBe('"dark"');
    });

    it("copies to the clipboard and opens URLs", async () => {
      t = await createTester(() => {});
      void t.page.setClipboard("copied");
      void t.page.launchUrl("https://example.com/docs");
      const read = t.page.getClipboard();
      await t.settle();
      expect(t.browser.clipboard).toBe("copied");
      expect(t.browser.launchedUrls).toEqual(["https://example.com/docs"]);
      await expect(read).resolves.toBe("copied");
    });

    it("fails a call that gets no answer in time, without crashing anything", async () => {
      t = await createTester(() => {}, { callTimeout: 1_000 });
      await t.disconnect();
      const value = t.page.clientStorage.get("k");
      const ignored = t.page.launchUrl("https://example.com");
      await t.pump(1_000);
      await expect(value).rejects.toMatchObject({ code: ft.ErrorCode.CALL_TIMEOUT });
      await expect(ignored).rejects.toMatchObject({ code: ft.ErrorCode.CALL_TIMEOUT });
    });

    it("sends calls made while offline once the browser is back", async () => {
      t = await createTester(() => {});
      await t.disconnect();
      const value = t.page.clientStorage.set("k", 1);
      await t.reconnect();
      await expect(value).resolves.toBe(true);
      expect(t.browser.storage.get("k")).toBe("1");
    });
  });

  describe("session storage", () => {
    it("keeps values on the server for the session", async () => {
      t = await createTester((page) => {
        page.session.set("cart", ["apple"]);
      });
      expect(t.page.session.get<string[]>("cart")).toEqual(["apple"]);
      expect(t.page.session.containsKey("cart")).toBe(true);
      expect(t.page.session.getKeys()).toEqual(["cart"]);
      expect(t.page.session.remove("cart")).toBe(true);
      expect(t.page.session.containsKey("cart")).toBe(false);
    });
  });

  describe("routing", () => {
    it("starts on the browser's route and fires onRouteChange for go() and navigation, once per change", async () => {
      const routes: string[] = [];
      t = await createTester(
        (page) => {
          page.onRouteChange = (e) => void routes.push(e.route);
          page.go(page.route!);
        },
        { client: { route: "/store/1" } },
      );
      expect(t.page.route).toBe("/store/1");
      t.page.go("/cart", { item: 3 });
      t.page.go("/cart?item=3");
      await t.navigate("/back");
      await t.navigate("/back");
      expect(routes).toEqual(["/store/1", "/cart?item=3", "/back"]);
      expect(t.page.query.get("item")).toBeNull();
      expect(t.client.replica.node("page")?.[1].route).toBe("/back");
    });

    it("shows views and hands the popped view to onViewPop", async () => {
      let popped: ft.View | undefined;
      t = await createTester((page) => {
        page.views.push(new ft.View({ route: "/details", controls: [new Label("details")] }));
        page.onViewPop = (e) => {
          popped = e.view;
          page.views.pop();
        };
      });
      expect(t.find.text("details").exists).toBe(true);
      const top = t.page.views[1]!;
      await t.trigger(t.page, "viewPop", top.uid);
      expect(popped).toBe(top);
      expect(t.find.text("details").exists).toBe(false);
    });
  });

  describe("client facts and page events", () => {
    it("knows the browser's size, platform and brightness, and follows resizes", async () => {
      const sizes: string[] = [];
      t = await createTester(
        (page) => {
          page.onResize = (e) => void sizes.push(`${e.width}x${e.height}`);
        },
        { client: { width: 390, height: 844, platform: "ios", platformBrightness: "dark" } },
      );
      expect([t.page.width, t.page.height, t.page.platform, t.page.platformBrightness]).toEqual([
        390,
        844,
        "ios",
        "dark",
      ]);
      await t.trigger(t.page, "resize", { width: 800, height: 600 });
      expect([t.page.width, t.page.height]).toEqual([800, 600]);
      expect(sizes).toEqual(["800x600"]);
    });

    it("delivers app lifecycle states", async () => {
      const states: ft.AppLifecycleState[] = [];
      t = await createTester((page) => {
        page.onAppLifecycleStateChange = (e) => void states.push(e.state);
      });
      await t.setLifecycleState(ft.AppLifecycleState.INACTIVE);
      await t.setLifecycleState(ft.AppLifecycleState.HIDE);
      await t.setLifecycleState(ft.AppLifecycleState.SHOW);
      expect(states).toEqual(["inactive", "hide", "show"]);
    });

    it("delivers keyboard events", async () => {
      const keys: string[] = [];
      t = await createTester((page) => {
        page.onKeyboardEvent = (e) => void keys.push(`${e.ctrl ? "Ctrl+" : ""}${e.key}`);
      });
      await t.trigger(t.page, "keyboardEvent", { key: "S", ctrl: true });
      expect(keys).toEqual(["Ctrl+S"]);
    });
  });
});

describe("Control.invoke", () => {
  it("runs a renderer method in the browser for a mounted control, after sending pending changes", async () => {
    const { Input } = await import("../fixtures/mini-controls.js");
    class FocusInput extends Input {
      focus() {
        return this.invoke<boolean>("focus", { select: true });
      }
    }
    const input = new FocusInput();
    t = await createTester((page) => page.add(input));
    input.label = "Name";
    const done = input.focus();
    await t.settle();
    await expect(done).resolves.toBe(true);
    expect(t.browser.calls.at(-1)).toEqual({
      method: "focus",
      args: { select: true },
      target: input.uid,
    });
    expect(t.find.text("Name").exists).toBe(true);
  });

  it("rejects for a control that is not on a page", async () => {
    const { Input } = await import("../fixtures/mini-controls.js");
    class FocusInput extends Input {
      focus() {
        return this.invoke("focus");
      }
    }
    await expect(new FocusInput().focus()).rejects.toMatchObject({
      code: ft.ErrorCode.CONTROL_NOT_MOUNTED,
    });
  });
});
