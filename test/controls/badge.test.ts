// Badge in the tester: Flet's props, found by its label, the content still tappable, and
// bad values refused.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("Badge", () => {
  it("declares Flet 0.21's props", () => {
    expect(namesOf(ft.Badge)).toMatchObject({
      props: expect.arrayContaining([
        "text",
        "offset",
        "alignment",
        "bgcolor",
        "labelVisible",
        "largeSize",
        "padding",
        "smallSize",
        "textColor",
        "textStyle",
      ]),
      slots: ["content"],
    });
  });

  it("shows its label on the page; what it sits on stays tappable", async () => {
    let opened = 0;
    t = await createTester((page) =>
      page.add(
        new ft.Badge(
          new ft.IconButton(ft.icons.MAIL, { tooltip: "Mail", onClick: () => void opened++ }),
          {
            text: "12",
          },
        ),
      ),
    );
    expect(t.find.text("12").exists).toBe(true);
    await t.tap(t.find.bySemanticsLabel("Mail"));
    expect(opened).toBe(1);
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => new ft.Badge({ smallSize: -1 }))).toBe("FLET_ERR_PROP_INVALID_VALUE");
    expect(() => new ft.Badge({ bgcolor: "url(x)" })).toThrow(/Badge\.bgcolor/);
    expect(errorCodeOf(() => new ft.Badge({ padding: { middle: 3 } as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});
