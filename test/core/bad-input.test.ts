import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Box, Button, Input, Label } from "../fixtures/mini-controls.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function counterApp() {
  const label = new Label("0");
  const button = new Button("+1", {
    onClick: () => void (label.value = String(Number(label.value) + 1)),
  });
  t = await createTester((page) => page.add(label, button, new Input({ label: "name" })));
  return { t, label, button };
}

/** After any bad input, the session must still work. */
async function stillWorks(tester: Tester) {
  const before = Number((tester.find.byType(Label).first as Label).value);
  await tester.tap(tester.find.text("+1"));
  expect(tester.find.text(String(before + 1)).exists).toBe(true);
}

const frame = (value: unknown) => JSON.stringify(value);

describe("Session", () => {
  describe("bad frames", () => {
    it.each([
      ["not JSON", "{nope", ft.ErrorCode.PROTOCOL_MALFORMED],
      ["a JSON array", "[1,2]", ft.ErrorCode.PROTOCOL_MALFORMED],
      ["an unknown type", frame({ type: "explode" }), ft.ErrorCode.PROTOCOL_MALFORMED],
      [
        "an event without seq",
        frame({ type: "event", target: "page", name: "resize" }),
        ft.ErrorCode.PROTOCOL_MALFORMED,
      ],
      [
        "an event with a string seq",
        frame({ type: "event", seq: "1", target: "page", name: "x" }),
        ft.ErrorCode.PROTOCOL_MALFORMED,
      ],
      [
        "a second register",
        frame({ type: "register", v: 1, client: {} }),
        ft.ErrorCode.PROTOCOL_UNEXPECTED,
      ],
      [
        "a frame nested 100 deep",
        frame({ type: "resync", x: JSON.parse("[".repeat(100) + "]".repeat(100)) }),
        ft.ErrorCode.PROTOCOL_MALFORMED,
      ],
      [
        "a 2 MiB frame",
        frame({ type: "resync", pad: "x".repeat(2 * 1024 * 1024) }),
        ft.ErrorCode.PROTOCOL_FRAME_TOO_LARGE,
      ],
    ])("answers %s with a clear error and goes on", async (_name, raw, code) => {
      await counterApp();
      await t!.sendRaw(raw);
      expect(t!.protocolErrors.at(-1)).toMatchObject({ type: "error", code });
      expect(t!.protocolErrors.at(-1)!.message).toMatch(/Expected/);
      await stillWorks(t!);
    });
  });

  describe("bad events", () => {
    it("refuses an event for an unknown control id", async () => {
      await counterApp();
      t!.client.sendEvent("zzz", "click");
      await t!.settle();
      expect(t!.protocolErrors.at(-1)).toMatchObject({ code: ft.ErrorCode.EVENT_UNKNOWN_CONTROL });
      expect(t!.protocolErrors.at(-1)!.message).toContain('"zzz"');
      await stillWorks(t!);
    });

    it("refuses an event the control does not declare", async () => {
      const { button } = await counterApp();
      t!.client.sendEvent(button.uid!, "explode");
      await t!.settle();
      expect(t!.protocolErrors.at(-1)).toMatchObject({ code: ft.ErrorCode.EVENT_UNKNOWN_EVENT });
      expect(t!.protocolErrors.at(-1)!.message).toContain("click");
      await stillWorks(t!);
    });

    it("ignores a value for a property the browser may not change", async () => {
      const { label, button } = await counterApp();
      t!.client.sendEvent(button.uid!, "click", undefined, { text: "hacked" });
      await t!.settle();
      expect(button.text).toBe("+1");
      expect(t!.protocolErrors.at(-1)).toMatchObject({ code: ft.ErrorCode.PROTOCOL_MALFORMED });
      expect(label.value).toBe("1");
    });

    it("refuses events that skip a sequence number, and handles duplicates once", async () => {
      const { label, button } = await counterApp();
      await t!.sendRaw(frame({ type: "event", seq: 5, target: button.uid, name: "click" }));
      expect(t!.protocolErrors.at(-1)).toMatchObject({ code: ft.ErrorCode.PROTOCOL_OUT_OF_ORDER });
      expect(label.value).toBe("0");
      await t!.sendRaw(frame({ type: "event", seq: 1, target: button.uid, name: "click" }));
      await t!.sendRaw(frame({ type: "event", seq: 1, target: button.uid, name: "click" }));
      expect(label.value).toBe("1");
    });
  });

  describe("the log", () => {
    it("escapes control characters and keeps a flood of bad frames to a few lines", async () => {
      const lines: string[] = [];
      const logger: ft.Logger = {
        error: (message) => void lines.push(message),
        warn: (message) => void lines.push(message),
        info() {},
        debug() {},
      };
      const label = new Label("0");
      t = await createTester(
        (page) =>
          page.add(
            label,
            new Button("+1", {
              onClick: () => void (label.value = String(Number(label.value) + 1)),
            }),
          ),
        // The frame limit would cut this flood short; the log budget is what is tested here.
        { logger, framesPerConnection: { perSecond: 1e6, burst: 1e6 } },
      );
      const forged = "x\nflet-ts: admin logged in\r\u001b[2J";
      for (let seq = 1; seq <= 2_000; seq++) {
        await t.sendRaw(frame({ type: "event", seq, target: forged, name: forged }));
      }
      // Every bad frame was answered, but the log holds the budget's lines and a notice.
      expect(t.protocolErrors.length).toBeGreaterThanOrEqual(2_000);
      expect(lines.length).toBeLessThanOrEqual(11);
      expect(lines.at(-1)).toContain("Log budget of 10 lines per 60 s reached");
      for (const line of lines) {
        expect([line.includes("\n"), line.includes("\r"), line.includes("\u001b")]).toEqual([
          false,
          false,
          false,
        ]);
      }
      expect(lines[0]).toContain("x\\nflet-ts: admin logged in\\r\\u001b[2J");
    });
  });

  describe("failing handlers", () => {
    it.each([
      [
        "sync",
        () => {
          throw new Error("sync boom");
        },
      ],
      [
        "async",
        async () => {
          await ft.sleep(10);
          throw new Error("async boom");
        },
      ],
    ])(
      "reports a %s handler's error to onError and the client, and the session goes on",
      async (kind, handler) => {
        const seen: ft.PageErrorEvent[] = [];
        const label = new Label("0");
        t = await createTester((page) => {
          page.onError = (e) => void seen.push(e);
          page.add(
            label,
            new Button("+1", {
              onClick: () => void (label.value = String(Number(label.value) + 1)),
            }),
            new Button("fail", { onClick: handler }),
          );
        });
        t.expectError(`${kind} boom`);
        await t.tap(t.find.text("fail"));
        await t.pump(10);
        expect(seen).toHaveLength(1);
        expect(seen[0]!.message).toBe(`${kind} boom`);
        expect(seen[0]!.source).toMatch(/^click handler of Button#\w+$/);
        expect(t.errors).toHaveLength(1);
        expect(t.protocolErrors.at(-1)).toMatchObject({
          code: ft.ErrorCode.HANDLER_FAILED,
          message: expect.stringContaining(`${kind} boom`),
        });
        await stillWorks(t);
      },
    );

    it("sends the browser no message text and no stack outside dev mode", async () => {
      t = await createTester(
        (page) => {
          page.add(
            new Button("fail", {
              onClick: () => {
                throw new Error("secret path /srv/app/db.ts");
              },
            }),
          );
        },
        { dev: false },
      );
      t.expectError("secret path");
      await t.tap(t.find.text("fail"));
      const sent = t.protocolErrors.at(-1)!;
      expect(sent).toMatchObject({
        code: ft.ErrorCode.HANDLER_FAILED,
        message: "There was an error while processing your request.",
      });
      expect(JSON.stringify(sent)).not.toContain("secret");
      expect(sent).not.toHaveProperty("stack");
    });

    it("keeps the changes a handler made before it threw", async () => {
      const label = new Label("before");
      t = await createTester((page) => {
        page.add(
          label,
          new Button("fail", {
            onClick: () => {
              label.value = "changed";
              throw new Error("late");
            },
          }),
        );
      });
      t.expectError("late");
      await t.tap(t.find.text("fail"));
      expect(t.find.text("changed").exists).toBe(true);
    });
  });

  describe("bad app code", () => {
    it("reports a control placed in two parents and keeps it in the first", async () => {
      const shared = new Label("shared");
      const first = new Box({ controls: [shared] });
      const second = new Box();
      t = await createTester((page) => page.add(first, second));
      second.controls.push(shared);
      t.page.update();
      await t.settle();
      t.expectError(ft.ErrorCode.CONTROL_DUPLICATE_PARENT);
      expect(t.errors).toHaveLength(1);
      expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.CONTROL_DUPLICATE_PARENT);
      expect(second.controls).toHaveLength(0);
      expect(shared.parent).toBe(first);
      expect(t.find.text("shared").count).toBe(1);
    });

    it("refuses to put a control inside its own subtree", async () => {
      const inner = new Box({ controls: [new Label("leaf")] });
      const outer = new Box({ controls: [inner] });
      t = await createTester((page) => page.add(outer));
      const wrapper = new Box();
      inner.controls.push(wrapper);
      outer.controls.splice(0, 1);
      wrapper.controls.push(inner);
      t.page.update();
      await t.settle();
      t.expectError(ft.ErrorCode.CONTROL_DUPLICATE_PARENT);
      expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.CONTROL_DUPLICATE_PARENT);
      expect((t.errors[0] as ft.FletError).message).toContain("contain itself");
      expect(inner.mounted).toBe(false);
      expect(Object.keys(t.client.replica.tree).sort()).toEqual(["1", outer.uid!, "page"].sort());
    });

    it("reports a non-control in a child list", async () => {
      const box = new Box();
      t = await createTester((page) => page.add(box));
      box.controls.push("text" as unknown as ft.Control, new Label("ok"));
      box.update();
      await t.settle();
      t.expectError(ft.ErrorCode.CONTROL_NOT_A_CONTROL);
      expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.CONTROL_NOT_A_CONTROL);
      expect((t.errors[0] as ft.FletError).message).toContain('"text"');
      expect(t.find.text("ok").exists).toBe(true);
    });

    it("reports build() hooks that keep adding controls with FLET_ERR_UPDATE_LOOP", async () => {
      const boxes = [new Box(), new Box()];
      /** Each one's build() puts a new one into the other box: a chain with no end. */
      class Spawner extends Label {
        constructor(readonly into: number) {
          super("spawn");
        }
        override build() {
          boxes[this.into]!.controls.push(new Spawner(1 - this.into));
        }
      }
      t = await createTester((page) => page.add(...boxes));
      boxes[0]!.controls.push(new Spawner(1));
      boxes[0]!.update();
      await t.settle();
      t.expectError(ft.ErrorCode.UPDATE_LOOP);
      const codes = t.errors.map((error) => (error as ft.FletError).code);
      expect(codes).toContain(ft.ErrorCode.UPDATE_LOOP);
      expect((t.errors[0] as ft.FletError).message).toMatch(/after 1001 rounds hooks/);
    });

    it("rolls a failed update back whole: the next update sends a consistent tree", async () => {
      const boxes = [new Box(), new Box()];
      let spawning = true;
      class Spawner extends Label {
        constructor(readonly into: number) {
          super("spawn");
        }
        override build() {
          if (spawning) boxes[this.into]!.controls.push(new Spawner(1 - this.into));
        }
      }
      const label = new Label("before");
      t = await createTester((page) => page.add(label, ...boxes));
      boxes[0]!.controls.push(new Spawner(1));
      label.value = "changed with the failed update";
      t.page.update();
      await t.settle();
      t.expectError(ft.ErrorCode.UPDATE_LOOP);
      expect(t.errors.map((error) => (error as ft.FletError).code)).toContain(
        ft.ErrorCode.UPDATE_LOOP,
      );
      // Nothing of the failed update reached the browser.
      expect(t.find.text("before").exists).toBe(true);
      expect(t.find.text("spawn").exists).toBe(false);
      // The app stops looping; an ordinary update sends everything, and it all fits.
      spawning = false;
      t.page.update();
      await t.settle();
      expect(t.find.text("changed with the failed update").exists).toBe(true);
      const onServer = boxes[0]!.controls.length + boxes[1]!.controls.length;
      expect(onServer).toBeGreaterThan(1_000);
      expect(t.find.text("spawn").count).toBe(onServer);
      const tree = t.client.replica.tree;
      for (const [, node] of Object.entries(tree)) {
        for (const value of Object.values(node[2] ?? {})) {
          for (const id of Array.isArray(value) ? value : [value]) expect(tree[id]).toBeDefined();
        }
      }
      for (const control of [...boxes[0]!.controls, ...boxes[1]!.controls])
        expect(tree[control.uid!]).toBeDefined();
    });

    it("reports a property value JSON cannot carry and sends the rest", async () => {
      const label = new Label("x");
      t = await createTester((page) => page.add(label));
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      label.style = cyclic;
      label.value = "y";
      label.update();
      await t.settle();
      t.expectError(ft.ErrorCode.PROP_NOT_SERIALIZABLE);
      expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.PROP_NOT_SERIALIZABLE);
      expect(t.find.text("y").exists).toBe(true);
    });

    it("refuses a wrong kind of value when it is set", () => {
      const label = new Label();
      expect(() => {
        label.size = "big" as unknown as number;
      }).toThrowError(
        expect.objectContaining({
          code: ft.ErrorCode.PROP_INVALID_VALUE,
          message: expect.stringContaining("Label.size to be a number"),
        }),
      );
      expect(() => {
        label.value = (() => "x") as unknown as string;
      }).toThrowError(expect.objectContaining({ code: ft.ErrorCode.PROP_NOT_SERIALIZABLE }));
    });

    it("refuses unknown constructor options and suggests the right name", () => {
      expect(() => new Label({ Value: "x" } as never)).toThrowError(
        expect.objectContaining({
          code: ft.ErrorCode.PROP_UNKNOWN_OPTION,
          message: expect.stringContaining('Did you mean "value"?'),
        }),
      );
    });

    it("throws a clear error for page of an unmounted control", () => {
      expect(() => new Label("x").page).toThrowError(
        expect.objectContaining({ code: ft.ErrorCode.CONTROL_NOT_MOUNTED }),
      );
    });

    it("lets update() of an unmounted control do nothing", () => {
      expect(() => new Label("x").update()).not.toThrow();
    });
  });
});
