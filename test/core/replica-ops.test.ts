import jsonpatch from "fast-json-patch";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { Replica } from "../../src/client/replica.js";
import { type CompactOperation, expandOp, OpCode, type WireTree } from "../../src/protocol/wire.js";

/** A replica tree with a prop object, a JSON array prop, a list slot and an escaped name. */
function tree(): WireTree {
  return {
    page: ["page", { title: "T" }, { controls: ["a", "b"] }],
    a: ["text", { value: "a", style: { color: "red" }, dash: [1, 2] }],
    b: ["column", {}, { controls: ["c"] }],
    c: ["text", { "x/y~z": 1 }],
  };
}

const valid: [string, CompactOperation][] = [
  ["replace a prop", [OpCode.replace, "/a/1/value", "A"]],
  ["add a prop", [OpCode.add, "/a/1/size", 12]],
  ["remove a prop", [OpCode.remove, "/a/1/value"]],
  ["replace inside a JSON prop", [OpCode.replace, "/a/1/style/color", "blue"]],
  ["insert into a JSON array", [OpCode.add, "/a/1/dash/1", 9]],
  ["append with -", [OpCode.add, "/a/1/dash/-", 3]],
  ["insert a child id", [OpCode.add, "/page/2/controls/0", "c"]],
  ["remove a child id", [OpCode.remove, "/page/2/controls/1"]],
  ["replace a list", [OpCode.replace, "/b/2/controls", ["a"]]],
  ["add a node", [OpCode.add, "/d", ["text", {}]]],
  ["remove a node", [OpCode.remove, "/c"]],
  ["an escaped name", [OpCode.replace, "/c/1/x~1y~0z", 2]],
];

const invalid: [string, CompactOperation][] = [
  ["replace a missing prop", [OpCode.replace, "/a/1/nope", 1]],
  ["remove a missing node", [OpCode.remove, "/zz"]],
  ["add under a missing node", [OpCode.add, "/zz/1/value", 1]],
  ["insert past the end", [OpCode.add, "/page/2/controls/5", "x"]],
  ["remove past the end", [OpCode.remove, "/page/2/controls/2"]],
  ["a non-numeric index", [OpCode.add, "/page/2/controls/x", "x"]],
  ["a leading-zero index", [OpCode.replace, "/page/2/controls/01", "x"]],
  ["a path without a slash", [OpCode.add, "a/1/value", 1]],
  ["__proto__", [OpCode.add, "/a/1/__proto__", { polluted: true }]],
  ["an unknown code", [7 as 0, "/a/1/value", 1]],
];

describe("Replica operations", () => {
  it.each(valid)("%s: ends where fast-json-patch ends", (_name, op) => {
    const replica = new Replica();
    replica.reset(tree(), 0);
    replica.apply(1, [op]);
    const reference = jsonpatch.applyPatch(tree(), [expandOp(op)], true, true).newDocument;
    expect(replica.tree).toEqual(reference);
    expect(replica.revision).toBe(1);
  });

  it.each(invalid)("%s: refuses with FLET_ERR_REPLICA_PATCH_FAILED", (_name, op) => {
    const replica = new Replica();
    replica.reset(tree(), 0);
    let error: unknown;
    try {
      replica.apply(1, [op]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ft.FletError);
    expect((error as ft.FletError).code).toBe(ft.ErrorCode.REPLICA_PATCH_FAILED);
    expect((error as Error).message).toMatch(/^Expected operation 0 of revision 1/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("adds a batch's new nodes before its operations", () => {
    const replica = new Replica();
    replica.reset(tree(), 0);
    replica.apply(1, [[OpCode.add, "/b/2/controls/1", "d"]], { d: ["text", { value: "d" }] });
    expect(replica.node("d")).toEqual(["text", { value: "d" }]);
    expect(replica.node("b")?.[2]).toEqual({ controls: ["c", "d"] });
  });

  it("refuses a skipped revision", () => {
    const replica = new Replica();
    replica.reset(tree(), 0);
    expect(() => replica.apply(2, [])).toThrow(
      expect.objectContaining({ code: ft.ErrorCode.REPLICA_REVISION_GAP }),
    );
  });
});
