import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Box, Label } from "../fixtures/mini-controls.js";

const log: string[] = [];

/** A Label that records its hooks. */
class Probe extends Label {
  constructor(public readonly name: string) {
    super(name);
  }
  override build() {
    log.push(`build ${this.name}`);
  }
  override didMount() {
    log.push(`didMount ${this.name}`);
  }
  override willUnmount() {
    log.push(`willUnmount ${this.name}`);
  }
}

class ProbeBox extends Box {
  constructor(
    public readonly name: string,
    children: Label[],
  ) {
    super({ controls: children });
  }
  override build() {
    log.push(`build ${this.name}`);
  }
  override didMount() {
    log.push(`didMount ${this.name}`);
  }
  override willUnmount() {
    log.push(`willUnmount ${this.name}`);
  }
}

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  log.length = 0;
});

const probe = (name: string) => new Probe(name);

describe("Control hooks", () => {
  it("runs build before the first patch and didMount after it, parents first", async () => {
    let patchesAtBuild = -1;
    class Early extends Label {
      override build() {
        patchesAtBuild = t?.patches.length ?? 0;
      }
    }
    t = await createTester((page) => {
      page.add(new ProbeBox("box", [probe("a"), probe("b")]), new Early("e"));
    });
    expect(log).toEqual([
      "build box",
      "build a",
      "build b",
      "didMount box",
      "didMount a",
      "didMount b",
    ]);
    expect(patchesAtBuild).toBe(0);
    expect(t.find.text("a").exists).toBe(true);
  });

  it("mounts controls added in build() with their parent", async () => {
    class Built extends Box {
      override build() {
        this.controls.push(probe("from-build"));
      }
    }
    t = await createTester((page) => page.add(new Built()));
    expect(log).toEqual(["build from-build", "didMount from-build"]);
    expect(t.find.text("from-build").exists).toBe(true);
  });

  it("runs willUnmount children before parents, before the removing patch", async () => {
    let box!: ProbeBox;
    let seenByClient: boolean[] = [];
    class Watch extends Label {
      override willUnmount() {
        seenByClient.push(t!.find.text("a").exists);
      }
    }
    t = await createTester((page) => {
      box = new ProbeBox("box", [probe("a"), new Watch("w"), probe("b")]);
      page.add(box);
    });
    log.length = 0;
    seenByClient = [];
    t.page.remove(box);
    expect(log).toEqual(["willUnmount a", "willUnmount b", "willUnmount box"]);
    expect(seenByClient).toEqual([true]);
    await t.settle();
    expect(t.find.text("a").exists).toBe(false);
  });

  it("keeps a control mounted when it moves within one update", async () => {
    const a = probe("a");
    let left!: Box;
    let right!: Box;
    t = await createTester((page) => {
      left = new Box({ controls: [a] });
      right = new Box();
      page.add(left, right);
    });
    log.length = 0;
    const id = a.uid;
    left.controls.splice(0, 1);
    right.controls.push(a);
    t.page.update();
    await t.settle();
    expect(log).toEqual([]);
    expect(a.uid).toBe(id);
    expect(t.tree().views).toMatchObject([
      { controls: [{ type: "test.box" }, { controls: [{ props: { value: "a" } }] }] },
    ]);
  });

  it("unmounts and remounts (without a second build) when removed and added in separate updates", async () => {
    const a = probe("a");
    t = await createTester((page) => page.add(a));
    t.page.remove(a);
    t.page.add(a);
    expect(log).toEqual(["build a", "didMount a", "willUnmount a", "didMount a"]);
  });

  it("unmounts everything on clean()", async () => {
    t = await createTester((page) => page.add(probe("a"), new ProbeBox("box", [probe("b")])));
    log.length = 0;
    t.page.clean();
    expect(log).toEqual(["willUnmount a", "willUnmount b", "willUnmount box"]);
    expect(t.page.controls).toHaveLength(0);
  });

  it("unmounts everything when the session closes, then fires onClose", async () => {
    t = await createTester((page) => {
      page.onClose = () => {
        log.push("onClose");
      };
      page.add(new ProbeBox("box", [probe("a")]));
    });
    log.length = 0;
    await t.close();
    expect(log).toEqual(["willUnmount a", "willUnmount box", "onClose"]);
  });

  it("reports a throwing hook to onError and goes on", async () => {
    class Broken extends Label {
      override didMount() {
        throw new Error("boom");
      }
    }
    const errors: string[] = [];
    t = await createTester((page) => {
      page.onError = (e) => {
        errors.push(`${e.source}: ${e.message}`);
      };
      page.add(new Broken("x"), probe("after"));
    });
    t.expectError("boom");
    expect(errors).toEqual([expect.stringMatching(/^didMount of Broken#\w+: boom$/)]);
    expect(log).toContain("didMount after");
  });
});

describe("beforeUpdate", () => {
  class Counter extends Label {
    count = 0;
    override beforeUpdate() {
      this.value = `count ${this.count}`;
    }
  }

  it("derives a property on every kind of update", async () => {
    const counter = new Counter();
    t = await createTester((page) => page.add(counter));
    expect(t.find.text("count 0").exists).toBe(true);

    counter.count = 1;
    counter.update(); // its own update
    await t.settle();
    expect(t.find.text("count 1").exists).toBe(true);

    counter.count = 2;
    t.page.update(); // the page's
    await t.settle();
    expect(t.find.text("count 2").exists).toBe(true);

    counter.count = 3;
    await t.page.runTask(async () => {}); // the automatic one after a task
    await t.settle();
    expect(t.find.text("count 3").exists).toBe(true);
  });

  it("runs for an ancestor's update", async () => {
    const counter = new Counter();
    const box = new Box({ controls: [counter] });
    t = await createTester((page) => page.add(box));
    counter.count = 5;
    box.update();
    await t.settle();
    expect(t.find.text("count 5").exists).toBe(true);
  });

  it("runs after an event handler", async () => {
    const { Button } = await import("../fixtures/mini-controls.js");
    const counter = new Counter();
    t = await createTester((page) =>
      page.add(counter, new Button("inc", { onClick: () => void counter.count++ })),
    );
    await t.tap(t.find.text("inc"));
    expect(t.find.text("count 1").exists).toBe(true);
  });
});
