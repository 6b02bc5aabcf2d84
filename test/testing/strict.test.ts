import { readFileSync } from "node:fs";
import * as ft from "flet-ts";
import {
  createTester,
  createTestHost,
  type Tester,
  type TesterMatchers,
  testerMatchers,
} from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

expect.extend(testerMatchers);

declare module "vitest" {
  interface Matchers<T = any> extends TesterMatchers<T> {}
}

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The failure message of an assertion that must fail. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("Expected the assertion to fail, but it passed.");
}

function form(page: ft.Page): void {
  const name = new ft.TextField({ key: "name", label: "Name" });
  const greeting = new ft.Text("Hello", { key: "greeting" });
  page.add(
    name,
    greeting,
    new ft.ElevatedButton("Save", {
      key: "save",
      onClick: () => {
        greeting.value = `Hello, ${name.value}`;
        page.update();
      },
    }),
    new ft.ElevatedButton("Cancel", { key: "cancel", disabled: true, onClick: () => {} }),
    new ft.Text("Secret", { key: "secret", visible: false }),
  );
}

describe("testerMatchers", () => {
  describe("toBeOnPage", () => {
    it("passes for a shown match and names the closest matches when none", async () => {
      t = await createTester(form);
      expect(t.find.text("Save")).toBeOnPage();
      expect(t.find.text("Nope")).not.toBeOnPage();
      const message = failure(() => expect(t!.find.text("Sav")).toBeOnPage());
      expect(message).toContain('expected a control showing "Sav" to be on the page');
      expect(message).toContain("Closest matches:");
      expect(message).toMatch(/ElevatedButton#\d+ key="save" text="Save"/);
      expect(message).toContain("The page:");
      expect(message).toMatch(/TextField#\d+ key="name" text="Name"/);
    });

    it("says a match is hidden, and how to find it", async () => {
      t = await createTester(form);
      const message = failure(() => expect(t!.find.text("Secret")).toBeOnPage());
      expect(message).toContain("Hidden matches (find them with { hidden: true }):");
      expect(message).toMatch(/Text#\d+ key="secret" text="Secret" \(hidden: visible is false\)/);
    });

    it("takes a control, and says what hides it", async () => {
      const secret = new ft.Text("Secret", { key: "secret" });
      t = await createTester((page) => page.add(new ft.Column([secret], { visible: false })));
      expect(secret).not.toBeOnPage();
      expect(failure(() => expect(secret).toBeOnPage())).toMatch(
        /expected Text#\d+ key="secret" text="Secret" \(hidden: its ancestor Column#\d+: visible is false\) to be on the page, but it is hidden\./,
      );
    });

    it("says what matched under .not", async () => {
      t = await createTester(form);
      const message = failure(() => expect(t!.find.text("Hello")).not.toBeOnPage());
      expect(message).toMatch(/not to be on the page, but found:\n {2}Text#\d+ key="greeting"/);
    });
  });

  describe("toHaveText", () => {
    it("compares the text a control shows", async () => {
      t = await createTester(form);
      expect(t.find.byKey("greeting")).toHaveText("Hello");
      expect(t.find.byKey("greeting")).toHaveText(/^Hel/);
      await t.enterText(t.find.byKey("name"), "Ada");
      await t.tap(t.find.text("Save"));
      const message = failure(() => expect(t!.find.byKey("greeting")).toHaveText("Hello, Bob"));
      expect(message).toMatch(
        /expected Text#\d+ key="greeting" text="Hello, Ada" to have text "Hello, Bob", but it shows "Hello, Ada"/,
      );
      expect(message).toMatch(
        /The page around it:\n {2}Page#page\n {4}View#\d+\n[\s\S]*\n> {5}Text#\d+ key="greeting"[\s\S]*ElevatedButton#\d+ key="save"/,
      );
    });

    it("fails with the matches when the finder is ambiguous", async () => {
      t = await createTester(form);
      const message = failure(() => expect(t!.find.byType(ft.ElevatedButton)).toHaveText("Save"));
      expect(message).toContain("2 controls match (use .first, .at(i) or a narrower finder)");
      expect(message).toMatch(/0: ElevatedButton#\d+ key="save" text="Save"/);
      expect(message).toMatch(/1: ElevatedButton#\d+ key="cancel" text="Cancel"/);
    });

    it("fails under .not when nothing matches (there is nothing to compare)", async () => {
      t = await createTester(form);
      const message = failure(() => expect(t!.find.byKey("nope")).not.toHaveText("x"));
      expect(message).toContain('expected the control with key "nope" to have text "x"');
    });
  });

  describe("toHaveValue", () => {
    it("compares the control's value deeply", async () => {
      t = await createTester(form);
      await t.enterText(t.find.byKey("name"), "Ada");
      expect(t.find.byKey("name")).toHaveValue("Ada");
      const message = failure(() => expect(t!.find.byKey("name")).toHaveValue("Bob"));
      expect(message).toMatch(
        /expected TextField#\d+ key="name" text="Name" to have value "Bob", but its value is "Ada"/,
      );
    });

    it("says when the control has no value property", async () => {
      t = await createTester(form);
      const message = failure(() => expect(t!.find.byKey("save")).toHaveValue("x"));
      expect(message).toContain("ElevatedButton has no value property");
    });
  });

  describe("toBeFocused", () => {
    it("names the control that has the focus instead", async () => {
      t = await createTester((page) => {
        page.add(
          new ft.TextField({ key: "first", autofocus: true }),
          new ft.TextField({ key: "second" }),
        );
      });
      expect(t.find.byKey("first")).toBeFocused();
      const message = failure(() => expect(t!.find.byKey("second")).toBeFocused());
      expect(message).toMatch(
        /expected TextField#\d+ key="second" to be focused, but TextField#\d+ key="first" has it/,
      );
    });

    it("takes a control as well as a finder", async () => {
      const field = new ft.TextField({ key: "only" });
      t = await createTester((page) => page.add(field));
      expect(field).not.toBeFocused();
      const message = failure(() => expect(field).toBeFocused());
      expect(message).toContain("but nothing has the focus");
    });
  });

  describe("toBeEnabled", () => {
    it("says why a user could not act on the control", async () => {
      t = await createTester(form);
      expect(t.find.text("Save")).toBeEnabled();
      const message = failure(() => expect(t!.find.text("Cancel")).toBeEnabled());
      expect(message).toMatch(
        /expected ElevatedButton#\d+ key="cancel" text="Cancel" to be enabled, but it is disabled/,
      );
    });
  });

  describe("toHaveCount", () => {
    it("lists the matches when the count differs", async () => {
      t = await createTester(form);
      expect(t.find.byType(ft.ElevatedButton)).toHaveCount(2);
      const message = failure(() => expect(t!.find.byType(ft.Text)).toHaveCount(2));
      expect(message).toMatch(/expected 2 of a Text, but found 1:\n {2}Text#\d+ key="greeting"/);
    });
  });
});

describe("finders skip hidden controls", () => {
  it("skips hidden controls and their descendants unless { hidden: true }", async () => {
    t = await createTester((page) => {
      page.add(new ft.Column([new ft.Text("inside")], { visible: false }), new ft.Text("shown"));
    });
    expect(t.find.text("inside").exists).toBe(false);
    expect(t.find.text("inside", { hidden: true }).count).toBe(1);
    expect(t.find.byType(ft.Text).count).toBe(1);
    expect(t.find.byType(ft.Text, { hidden: true }).count).toBe(2);
    expect(
      t.find.byType(ft.Text, { hidden: true }).where((c) => c.parent !== t!.page.views[0]).count,
    ).toBe(1);
  });

  it("skips the contents of a closed dialog and of views under the top one", async () => {
    const dialog = new ft.AlertDialog({ title: new ft.Text("Sure?") });
    t = await createTester((page) => {
      page.add(new ft.Text("home"));
      page.overlay.push(dialog);
      page.views.push(new ft.View({ route: "/store", controls: [new ft.Text("store")] }));
      page.update();
    });
    expect(t.find.text("Sure?").exists).toBe(false);
    expect(t.find.text("home").exists).toBe(false);
    expect(t.find.text("store")).toBeOnPage();
    expect(t.find.text("home", { hidden: true }).exists).toBe(true);
    await expect(t.tap(t.find.text("home"))).rejects.toThrow(
      /is hidden \(it is a view under the top one of page.views\); a user could not do that/,
    );
    dialog.open = true;
    t.page.update();
    await t.settle();
    expect(t.find.text("Sure?")).toBeOnPage();
  });

  it("refuses an action on a hidden single match, saying why", async () => {
    t = await createTester(form);
    await expect(t.tap(t.find.text("Secret"))).rejects.toThrow(
      /Expected to tap Text#\d+, but it is hidden; a user could not do that. \[FLET_ERR_TESTER_NOT_INTERACTIVE\]/,
    );
  });
});

describe("actions on an ambiguous finder", () => {
  it("refuses, listing the matches and how to pick one", async () => {
    t = await createTester(form);
    const error = await t.tap(t.find.byType(ft.ElevatedButton)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ft.ErrorCode.TESTER_AMBIGUOUS });
    const message = (error as Error).message;
    expect(message).toContain("Expected one control to tap for an ElevatedButton, but 2 match:");
    expect(message).toMatch(
      / {2}0: ElevatedButton#\d+ key="save" text="Save"\n {2}1: ElevatedButton#\d+ key="cancel"/,
    );
    expect(message).toContain("pass finder.first or finder.at(i), or narrow the finder");
  });

  it("acts on finder.first or a narrower finder", async () => {
    t = await createTester(form);
    await t.tap(t.find.byType(ft.ElevatedButton).first);
    await t.tap(t.find.byType(ft.ElevatedButton).where((b) => b.key === "save"));
    expect(t.find.byKey("greeting")).toHaveText("Hello, ");
  });

  it("lists what is on the page when nothing matches", async () => {
    t = await createTester(form);
    const error = await t.tap(t.find.text("Sve")).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ft.ErrorCode.TESTER_NO_MATCH });
    expect((error as Error).message).toMatch(/Closest matches:\n {2}ElevatedButton#\d+ key="save"/);
  });
});

describe("Finder.first", () => {
  it("names the closest and hidden matches when nothing matches", async () => {
    t = await createTester(form);
    expect(() => t!.find.byKey("secrets").first).toThrow(
      /Expected to find the control with key "secrets", but nothing on the page matches.\nClosest matches:\n {2}Text#\d+ key="secret" text="Secret" \(hidden: visible is false\)/,
    );
  });
});

describe("Tester.expectError", () => {
  function exploding(page: ft.Page): void {
    page.add(
      new ft.ElevatedButton("Explode", {
        onClick: () => {
          throw new Error("boom");
        },
      }),
    );
  }

  it("fails close() on an app error the test did not expect, quoting it", async () => {
    const tester = await createTester(exploding);
    await tester.tap(tester.find.text("Explode"));
    const error = await tester.close().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ft.ErrorCode.TESTER_APP_ERRORS });
    expect((error as Error).message).toMatch(
      /Expected no app errors but those claimed with t\.expectError\(\.\.\.\), but the app reported 1:\n {2}1\. Error in click handler of ElevatedButton#\d+: boom\n/,
    );
  });

  it("accepts the errors a test claims, by message, RegExp, class or code", async () => {
    for (const matcher of ["boom", /bo+m/, Error, (e: unknown) => String(e).includes("boom")]) {
      const tester = await createTester(exploding);
      tester.expectError(matcher);
      await tester.tap(tester.find.text("Explode"));
      await tester.close();
      expect(tester.errors).toHaveLength(1);
    }
  });

  it("fails close() when an expected error never came", async () => {
    const tester = await createTester(exploding);
    tester.expectError(ft.ErrorCode.TESTER_STATE);
    const error = await tester.close().catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      'Expected app errors matching "FLET_ERR_TESTER_STATE", but none came (errors reported: 0).',
    );
  });
});

describe("the guide's example (docs/guides/testing.md, Strict by default)", () => {
  function greeter(page: ft.Page): void {
    const name = new ft.TextField({ key: "name", label: "Name" });
    const greeting = new ft.Text("", { key: "greeting" });
    page.add(
      name,
      greeting,
      new ft.ElevatedButton("Greet", {
        onClick: () => {
          if (name.value === "") throw new Error("no name");
          greeting.value = `Hello, ${name.value}`;
          page.update();
        },
      }),
    );
  }

  it("fails toBeOnPage with the message the guide shows", async () => {
    t = await createTester(greeter);
    await t.enterText(t.find.byKey("name"), "Ada");
    await t.tap(t.find.text("Greet"));
    const guide = readFileSync(new URL("../../docs/guides/testing.md", import.meta.url), "utf8");
    const shown = /reads:\n\n```text\n([\s\S]*?)```/.exec(
      guide.slice(guide.indexOf("## Strict by default")),
    )?.[1];
    expect(failure(() => expect(t!.find.text("Great")).toBeOnPage())).toBe(shown?.trimEnd());
  });
});

describe("TestHost.expectError", () => {
  function exploding(page: ft.Page): void {
    page.add(
      new ft.ElevatedButton("Explode", {
        onClick: () => {
          throw new Error("boom");
        },
      }),
    );
  }

  it("fails host.close(), not the tester's close(), on an unclaimed error of any session", async () => {
    const host = await createTestHost(exploding, { sessions: 2 });
    const [, bob] = host.testers as [Tester, Tester];
    await bob.tap(bob.find.text("Explode"));
    await bob.close();
    const error = await host.close().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ft.ErrorCode.TESTER_APP_ERRORS });
    expect((error as Error).message).toMatch(
      /1\. Error in click handler of ElevatedButton#\d+: boom/,
    );
  });

  it("accepts an error a tester of the host claims", async () => {
    const host = await createTestHost(exploding, { sessions: 1 });
    const [alice] = host.testers as [Tester];
    alice.expectError("boom");
    await alice.tap(alice.find.text("Explode"));
    await host.close();
    expect(host.errors).toHaveLength(1);
  });
});
