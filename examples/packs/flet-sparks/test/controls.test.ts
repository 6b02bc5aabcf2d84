/**
 * Unit tests of the pack's server side through `flet-ts/testing`: a real session against
 * the headless client, acting as the browser would (the renderers' part is in
 * contract.test.ts and the repo's test/e2e/sparks.test.ts).
 */
import { readFileSync } from "node:fs";
import * as ft from "flet-ts";
import { schemaOf } from "flet-ts/pack";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  PACK_INFO,
  Sparkline,
  SparklineClickEvent,
  SparklineCurve,
  StarHoverEvent,
  StarIcon,
  StarRating,
} from "../src/index.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const propsOf = (cls: Function) => Object.fromEntries(schemaOf(cls).props.map((p) => [p.name, p]));

describe("the pack", () => {
  it("names the package and the version of package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(PACK_INFO).toEqual({ pack: pkg.name, version: pkg.version });
    for (const cls of [StarRating, Sparkline]) {
      expect(schemaOf(cls)).toMatchObject({ pack: "flet-sparks", version: pkg.version });
    }
  });
});

describe("StarRating", () => {
  it("declares its wire type, props and events", () => {
    const schema = schemaOf(StarRating);
    expect(schema.type).toBe("sparks.starrating");
    expect(schema.className).toBe("StarRating");
    const props = propsOf(StarRating);
    expect(props.value).toMatchObject({ kind: "number", default: 0, twoWay: true });
    expect(props.max).toMatchObject({ kind: "number", default: 5 });
    expect(props.allowHalf).toMatchObject({ kind: "boolean", default: false });
    expect(props.readOnly).toMatchObject({ kind: "boolean", default: false });
    expect(props.size).toMatchObject({ kind: "number", default: 24 });
    expect(props.color).toMatchObject({ kind: "string" });
    expect(props.emptyColor).toMatchObject({ kind: "string" });
    expect(props.label).toMatchObject({ kind: "string", label: true });
    expect(props.icon).toMatchObject({ kind: "enum", values: ["star", "heart", "circle"] });
    // The common props come from ConstrainedControl.
    expect(Object.keys(props)).toEqual(expect.arrayContaining(["width", "tooltip", "visible"]));
    expect(schema.events.map((e) => [e.handler, e.name])).toEqual(
      expect.arrayContaining([
        ["onChange", "change"],
        ["onHover", "hover"],
      ]),
    );
    expect(schema.slots).toEqual([]);
  });

  it("reads defaults while unset and takes the value first", () => {
    const stars = new StarRating();
    expect([
      stars.value,
      stars.max,
      stars.allowHalf,
      stars.readOnly,
      stars.size,
      stars.icon,
    ]).toEqual([0, 5, false, false, 24, "star"]);
    expect(new StarRating(3, { max: 10 })).toMatchObject({ value: 3, max: 10 });
    expect(new StarRating({ value: 4 }).value).toBe(4);
  });

  it("refuses a shape it cannot draw", () => {
    expect(() => new StarRating({ icon: "square" as StarIcon })).toThrow(/square/);
  });

  it("sends its props, and only the set ones", async () => {
    t = await createTester((page) => {
      page.add(
        new StarRating(2, {
          key: "r",
          max: 10,
          allowHalf: true,
          color: ft.colors.RED,
          icon: StarIcon.HEART,
          label: "Quality",
        }),
      );
    });
    const control = t.find.byKey("r").first as StarRating;
    const node = t.find.byType("sparks.starrating");
    expect(node.count).toBe(1);
    expect(t.tree().views).toEqual([
      {
        type: "view",
        controls: [
          {
            type: "sparks.starrating",
            props: {
              key: "r",
              value: 2,
              max: 10,
              allowHalf: true,
              color: "red",
              icon: "heart",
              label: "Quality",
            },
          },
        ],
      },
    ]);
    expect(t.find.bySemanticsLabel("Quality").first).toBe(control);
    control.readOnly = true;
    control.size = 32;
    control.update();
    await t.settle();
    expect(t.patches.at(-1)!.ops).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ op: "add", value: true }),
        expect.objectContaining({ op: "add", value: 32 }),
      ]),
    );
  });

  it("takes the value the user picks and runs onChange with it", async () => {
    const seen: unknown[] = [];
    let stars!: StarRating;
    const echo = new ft.Text("none");
    t = await createTester((page) => {
      stars = new StarRating({
        label: "Rate",
        onChange: (e) => {
          seen.push([e.name, e.control.value, e.data]);
          echo.value = `rated ${e.control.value}`;
        },
      });
      page.add(stars, echo);
    });
    await t.trigger(stars, "change", 4, { value: 4 });
    expect(stars.value).toBe(4);
    expect(seen).toEqual([["change", 4, 4]]);
    expect(t.find.text("rated 4").exists).toBe(true);
    // The server can set it back; the browser gets the new value.
    stars.value = 1;
    stars.update();
    await t.settle();
    expect(t.tree({}).views).toMatchObject([{ controls: [{ props: { value: 1 } }, {}] }]);
  });

  it("hands onHover a StarHoverEvent with the hovered value, undefined on leave", async () => {
    const hovered: (number | undefined)[] = [];
    let stars!: StarRating;
    t = await createTester((page) => {
      stars = new StarRating({
        onHover: (e) => {
          expect(e).toBeInstanceOf(StarHoverEvent);
          hovered.push(e.value);
        },
      });
      page.add(stars);
    });
    await t.trigger(stars, "onHover", 2.5);
    await t.trigger(stars, "hover");
    expect(hovered).toEqual([2.5, undefined]);
    expect(t.errors).toEqual([]);
  });

  it("cannot be used while disabled", async () => {
    let stars!: StarRating;
    t = await createTester((page) => {
      stars = new StarRating({ disabled: true, onChange: () => {} });
      page.add(stars);
    });
    await expect(t.trigger(stars, "change", 3, { value: 3 })).rejects.toThrow(
      /FLET_ERR_TESTER_NOT_INTERACTIVE|disabled/,
    );
  });
});

describe("Sparkline", () => {
  it("declares its wire type, props and events", () => {
    const schema = schemaOf(Sparkline);
    expect(schema.type).toBe("sparks.sparkline");
    const props = propsOf(Sparkline);
    expect(props.values).toMatchObject({ kind: "number[]" });
    expect(props.curve).toMatchObject({
      kind: "enum",
      values: ["linear", "smooth", "step"],
      default: "linear",
    });
    expect(props.strokeWidth).toMatchObject({ kind: "number", default: 2 });
    expect(props.showLast).toMatchObject({ kind: "boolean", default: false });
    for (const name of ["color", "fillColor"])
      expect(props[name]).toMatchObject({ kind: "string" });
    for (const name of ["min", "max"]) expect(props[name]).toMatchObject({ kind: "number" });
    expect(props.label).toMatchObject({ kind: "string", label: true });
    expect(schema.events.map((e) => e.name)).toContain("click");
  });

  it("takes the values first", () => {
    const line = new Sparkline([1, 5, 3], { curve: SparklineCurve.STEP });
    expect([line.values, line.curve, line.strokeWidth, line.showLast]).toEqual([
      [1, 5, 3],
      "step",
      2,
      false,
    ]);
  });

  it("sends new values and hands onClick the nearest point's index", async () => {
    const clicks: number[] = [];
    let line!: Sparkline;
    t = await createTester((page) => {
      line = new Sparkline([3, 8, 5], {
        label: "Sales",
        onClick: (e) => {
          expect(e).toBeInstanceOf(SparklineClickEvent);
          clicks.push(e.index);
          line.values = [...(line.values ?? []), e.index];
        },
      });
      page.add(line);
    });
    expect(t.find.bySemanticsLabel("Sales").first).toBe(line);
    await t.tap(line);
    await t.trigger(line, "click", 2);
    expect(clicks).toEqual([-1, 2]);
    expect(t.tree().views).toMatchObject([
      { controls: [{ type: "sparks.sparkline", props: { values: [3, 8, 5, -1, 2] } }] },
    ]);
  });
});
