import {
  ConstrainedControl,
  type ControlEvent,
  control,
  type EventHandler,
  event,
  prop,
} from "flet-ts/pack";
import { diffPackSchemas, type PackSchema, packSchema } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { Badge, Leaky } from "../fixtures/packs/contract-pack/server.js";

const v1 = packSchema({ name: "contract-pack", version: "1.2.0", controls: [Leaky, Badge] });

/** The schema at `version` after `edit` (a deep copy: the original stays as it was). */
function next(version: string, edit: (schema: { controls: any[] }) => void = () => {}): PackSchema {
  const copy = JSON.parse(JSON.stringify(v1));
  edit(copy);
  return { ...copy, version };
}

describe("packSchema", () => {
  it("lists what the pack declares, sorted by type, as plain JSON", () => {
    expect(v1.controls.map((c) => c.type)).toEqual(["contract.badge", "contract.leaky"]);
    const badge = v1.controls[0]!;
    expect(badge.base).toBe("ConstrainedControl");
    expect(badge.props.map((p) => p.name)).toEqual(["label", "count", "tone", "badgeColor"]);
    expect(badge.props[2]).toEqual({
      name: "tone",
      kind: "enum",
      values: ["info", "alert"],
      default: "info",
    });
    expect(badge.events).toEqual([{ handler: "onClick", name: "click" }]);
    expect(JSON.parse(JSON.stringify(v1))).toEqual(v1);
  });
});

describe("diffPackSchemas", () => {
  it.each([
    [
      "a control removed",
      (s: any): unknown => s.controls.pop(),
      "breaking",
      /contract.leaky: control removed/,
    ],
    [
      "a property removed",
      (s: any): unknown => s.controls[0].props.pop(),
      "breaking",
      /badgeColor: property removed/,
    ],
    [
      "a kind changed",
      (s: any): unknown => (s.controls[0].props[1].kind = "string"),
      "breaking",
      /count: kind number → string/,
    ],
    [
      "an enum value removed",
      (s: any): unknown => (s.controls[0].props[2].values = ["info"]),
      "breaking",
      /values removed \(alert\)/,
    ],
    [
      "an event removed",
      (s: any): unknown => (s.controls[0].events = []),
      "breaking",
      /event click removed/,
    ],
    [
      "the base class changed",
      (s: any): unknown => (s.controls[0].base = "Control"),
      "breaking",
      /base class/,
    ],
    [
      "made two-way",
      (s: any): unknown => (s.controls[1].props[0].twoWay = true),
      "additions",
      /now two-way/,
    ],
    [
      "a property added",
      (s: any): unknown => s.controls[0].props.push({ name: "size", kind: "number" }),
      "additions",
      /size: property added/,
    ],
    [
      "an enum value added",
      (s: any): unknown => s.controls[0].props[2].values.push("warn"),
      "additions",
      /values added \(warn\)/,
    ],
    [
      "a default changed",
      (s: any): unknown => (s.controls[0].props[1].default = 1),
      "additions",
      /default 0 → 1/,
    ],
    [
      "a control added",
      (s: any): unknown =>
        s.controls.push({
          type: "contract.new",
          className: "New",
          base: "Control",
          props: [],
          events: [],
          slots: [],
        }),
      "additions",
      /contract.new: control added/,
    ],
  ] as const)("classifies %s", (_name, edit, list, message) => {
    const diff = diffPackSchemas(v1, next("9.0.0", edit));
    expect(diff[list].join("\n")).toMatch(message);
  });

  it("needs a major bump for a breaking change, and says so", () => {
    const edit = (s: any): unknown => s.controls[0].props.pop();
    expect(diffPackSchemas(v1, next("1.3.0", edit))).toMatchObject({
      required: "major",
      versionOk: false,
    });
    expect(diffPackSchemas(v1, next("1.3.0", edit)).format()).toMatch(
      /^contract-pack 1.2.0 → 1.3.0: these changes need at least a major bump\.\n {2}breaking {2}contract.badge.badgeColor: property removed$/,
    );
    expect(diffPackSchemas(v1, next("2.0.0", edit)).versionOk).toBe(true);
  });

  it("needs a minor bump for an addition; a patch bump is refused", () => {
    const edit = (s: any): unknown => s.controls[0].props.push({ name: "size", kind: "number" });
    expect(diffPackSchemas(v1, next("1.2.1", edit))).toMatchObject({
      required: "minor",
      versionOk: false,
    });
    expect(diffPackSchemas(v1, next("1.3.0", edit)).versionOk).toBe(true);
  });

  it("below 1.0 shifts the bumps down one place, like npm's caret", () => {
    const zero = { ...v1, version: "0.4.2" };
    const removal = (s: any): unknown => s.controls[0].props.pop();
    const addition = (s: any): unknown =>
      s.controls[0].props.push({ name: "size", kind: "number" });
    expect(diffPackSchemas(zero, next("0.4.3", removal))).toMatchObject({
      required: "minor",
      versionOk: false,
    });
    expect(diffPackSchemas(zero, next("0.5.0", removal)).versionOk).toBe(true);
    expect(diffPackSchemas(zero, next("0.4.3", addition))).toMatchObject({
      required: "patch",
      versionOk: true,
    });
  });

  it("accepts an unchanged schema at the same version, and refuses a version going back", () => {
    expect(diffPackSchemas(v1, next("1.2.0"))).toMatchObject({
      breaking: [],
      additions: [],
      versionOk: true,
    });
    const back = diffPackSchemas(v1, next("1.1.0"));
    expect(back.versionOk).toBe(false);
    expect(back.format()).toMatch(/the version went backwards/);
  });

  it("keeps docs-only flags out of the version rule", () => {
    const diff = diffPackSchemas(
      v1,
      next("1.2.0", (s) => (s.controls[0].props[0].text = false)),
    );
    expect(diff.other).toEqual(["contract.badge.label: text true → false"]);
    expect(diff.versionOk).toBe(true);
  });
});

// Issue 16, item 3: members on a pack's own undecorated base class are the pack's.
abstract class ChartBase extends ConstrainedControl {
  @prop({ kind: "string" }) accessor caption: string | undefined;
  @prop({ kind: "number", default: 1 }) accessor strokeWidth: number | undefined;
  @event() accessor onPointClick: EventHandler<ControlEvent<ChartBase>> | undefined;
}

@control("basepack.line", { pack: "base-pack", version: "1.0.0" })
class LineChartFixture extends ChartBase {
  @prop({ kind: "boolean" }) accessor curved: boolean | undefined;
}

describe("packSchema with a pack's own undecorated base class", () => {
  const schema = packSchema({ name: "base-pack", version: "1.0.0", controls: [LineChartFixture] });
  const line = schema.controls[0]!;

  it("counts the base's members as the control's, and flet-ts's as inherited", () => {
    expect(line.base).toBe("ConstrainedControl");
    expect(line.props.map((p) => p.name)).toEqual(["caption", "strokeWidth", "curved"]);
    expect(line.events).toEqual([{ handler: "onPointClick", name: "pointClick" }]);
  });

  it("fails a patch bump that removes a base member or changes its kind", () => {
    const removed = JSON.parse(JSON.stringify(schema));
    removed.controls[0].props = removed.controls[0].props.filter(
      (p: { name: string }) => p.name !== "caption",
    );
    const a = diffPackSchemas(schema, { ...removed, version: "1.0.1" });
    expect(a.versionOk, a.format()).toBe(false);
    expect(a.breaking).toContain("basepack.line.caption: property removed");
    const rekinded = JSON.parse(JSON.stringify(schema));
    rekinded.controls[0].props[1].kind = "string";
    const b = diffPackSchemas(schema, { ...rekinded, version: "1.0.1" });
    expect(b.versionOk, b.format()).toBe(false);
  });
});
