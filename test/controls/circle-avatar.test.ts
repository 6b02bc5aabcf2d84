// CircleAvatar in the tester: Flet's props, found by its initials, and bad values refused.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("CircleAvatar", () => {
  it("declares Flet 0.21's props", () => {
    expect(namesOf(ft.CircleAvatar)).toMatchObject({
      props: expect.arrayContaining([
        "foregroundImageUrl",
        "backgroundImageUrl",
        "color",
        "bgcolor",
        "radius",
        "minRadius",
        "maxRadius",
      ]),
      slots: ["content"],
    });
  });

  it("shows its initials on the page", async () => {
    t = await createTester((page) =>
      page.add(new ft.CircleAvatar(new ft.Text("AB"), { foregroundImageUrl: "/ab.png" })),
    );
    expect(t.find.text("AB").exists).toBe(true);
    expect((t.find.byType(ft.CircleAvatar).first as ft.CircleAvatar).foregroundImageUrl).toBe(
      "/ab.png",
    );
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => new ft.CircleAvatar({ radius: -3 }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.CircleAvatar({ bgcolor: "url(x)" })).toThrow(/CircleAvatar\.bgcolor/);
    expect(errorCodeOf(() => new ft.CircleAvatar({ maxRadius: Number.NaN }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});
