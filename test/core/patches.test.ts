import type { Control } from "flet-ts";
import type { PatchOperation } from "flet-ts/protocol";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Box, Label } from "../fixtures/mini-controls.js";

interface Fixture {
  box: Box;
  a: Label;
  b: Label;
  c: Label;
  /** A new control the mutation may add. */
  d: Label;
}

/** Rows of (mutation, expected ops) on a page holding box{controls:[a,b,c]} with fixed ids. */
const table: [
  name: string,
  mutate: (f: Fixture) => void,
  expected: (ids: Record<keyof Fixture, string>) => PatchOperation[],
][] = [
  [
    "set a prop",
    ({ a }) => void (a.value = "A"),
    (id) => [{ op: "replace", path: `/${id.a}/1/value`, value: "A" }],
  ],
  [
    "add a prop",
    ({ a }) => void (a.size = 12),
    (id) => [{ op: "add", path: `/${id.a}/1/size`, value: 12 }],
  ],
  [
    "unset a prop",
    ({ a }) => void (a.value = undefined),
    (id) => [{ op: "remove", path: `/${id.a}/1/value` }],
  ],
  [
    "set a JSON prop",
    ({ a }) => void (a.style = { color: "red", weight: undefined }),
    (id) => [{ op: "add", path: `/${id.a}/1/style`, value: { color: "red" } }],
  ],
  ["set the same value twice", ({ a }) => void (a.value = "a"), () => []],
  [
    "append a child",
    ({ box, d }) => void box.controls.push(d),
    (id) => [
      { op: "add", path: `/${id.box}/2/controls/3`, value: id.d },
      { op: "add", path: `/${id.d}`, value: ["test.label", { value: "d" }] },
    ],
  ],
  [
    "insert a child first",
    ({ box, d }) => void box.controls.unshift(d),
    (id) => [
      { op: "add", path: `/${id.box}/2/controls/0`, value: id.d },
      { op: "add", path: `/${id.d}`, value: ["test.label", { value: "d" }] },
    ],
  ],
  [
    "remove the first child",
    ({ box }) => void box.controls.shift(),
    (id) => [
      { op: "remove", path: `/${id.box}/2/controls/0` },
      { op: "remove", path: `/${id.a}` },
    ],
  ],
  [
    "move the last child first",
    ({ box }) => void box.controls.unshift(box.controls.pop()!),
    (id) => [
      { op: "remove", path: `/${id.box}/2/controls/2` },
      { op: "add", path: `/${id.box}/2/controls/0`, value: id.c },
    ],
  ],
  [
    "swap two children",
    ({ box, a, b }) => void box.controls.splice(0, 2, b, a),
    (id) => [
      { op: "remove", path: `/${id.box}/2/controls/1` },
      { op: "add", path: `/${id.box}/2/controls/0`, value: id.b },
    ],
  ],
  [
    "remove all children",
    ({ box }) => void (box.controls.length = 0),
    (id) => [
      { op: "remove", path: `/${id.box}/2/controls` },
      { op: "remove", path: `/${id.a}` },
      { op: "remove", path: `/${id.b}` },
      { op: "remove", path: `/${id.c}` },
    ],
  ],
  [
    "set a single-child slot",
    ({ box, d }) => void (box.content = d),
    (id) => [
      { op: "add", path: `/${id.box}/2/content`, value: id.d },
      { op: "add", path: `/${id.d}`, value: ["test.label", { value: "d" }] },
    ],
  ],
  [
    "move a child into a slot",
    ({ box, b }) => {
      box.controls.splice(1, 1);
      box.content = b;
    },
    (id) => [
      { op: "remove", path: `/${id.box}/2/controls/1` },
      { op: "add", path: `/${id.box}/2/content`, value: id.b },
    ],
  ],
  [
    "remove the box with its children",
    ({ box }) => {
      (box.parent as Control & { controls: Control[] }).controls.length = 0;
    },
    (id) => [
      { op: "remove", path: "/1/2/controls" },
      { op: "remove", path: `/${id.box}` },
      { op: "remove", path: `/${id.a}` },
      { op: "remove", path: `/${id.b}` },
      { op: "remove", path: `/${id.c}` },
    ],
  ],
];

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const sortOps = (ops: readonly PatchOperation[]) =>
  [...ops].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));

describe("patches", () => {
  it.each(table)("%s", async (_name, mutate, expected) => {
    const fixture: Fixture = {
      box: new Box(),
      a: new Label("a"),
      b: new Label("b"),
      c: new Label("c"),
      d: new Label("d"),
    };
    fixture.box.controls.push(fixture.a, fixture.b, fixture.c);
    t = await createTester((page) => page.add(fixture.box));
    const ids = {
      box: fixture.box.uid!,
      a: fixture.a.uid!,
      b: fixture.b.uid!,
      c: fixture.c.uid!,
      d: "",
    };
    const before = t.patches.length;
    mutate(fixture);
    t.page.update();
    await t.settle();
    ids.d = fixture.d.uid ?? "";
    const batch = t.patches.slice(before).flatMap((p) => p.ops);
    expect(sortOps(batch)).toEqual(sortOps(expected(ids)));
    // And the client holds exactly the server's tree.
    expect(t.client.replica.tree).toEqual(JSON.parse(JSON.stringify(t.client.replica.tree)));
  });

  it("sends one op for an insert into a list of 10,000", async () => {
    const box = new Box();
    for (let i = 0; i < 10_000; i++) box.controls.push(new Label(String(i)));
    t = await createTester((page) => page.add(box));
    const before = t.patches.length;
    box.controls.splice(5_000, 0, new Label("new"));
    box.update();
    await t.settle();
    const ops = t.patches.slice(before).flatMap((p) => p.ops);
    expect(ops).toHaveLength(2);
    expect(ops.find((op) => op.path.includes("/controls/"))).toMatchObject({
      op: "add",
      path: `/${box.uid}/2/controls/5000`,
    });
  });

  it("does not echo two-way values back to the browser", async () => {
    const { Input } = await import("../fixtures/mini-controls.js");
    const input = new Input({ onChange: () => {} });
    t = await createTester((page) => page.add(input));
    const before = t.patches.length;
    await t.enterText(t.find.byType(Input), "hello");
    expect(input.value).toBe("hello");
    expect(t.patches.slice(before).flatMap((p) => p.ops)).toEqual([]);
    expect(t.client.replica.node(input.uid!)?.[1].value).toBe("hello");
  });

  it("sends the server's value when the handler changes a two-way value", async () => {
    const { Input } = await import("../fixtures/mini-controls.js");
    const input = new Input({
      onChange: (e) => {
        e.control.value = e.control.value?.toUpperCase();
      },
    });
    t = await createTester((page) => page.add(input));
    await t.enterText(t.find.byType(Input), "hello");
    expect(t.client.replica.node(input.uid!)?.[1].value).toBe("HELLO");
  });
});
