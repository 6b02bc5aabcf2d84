// The calculator and chat examples (Flet's tutorials) in the tester: what a user does.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import * as calculator from "../../examples/calculator.js";
import * as chat from "../../examples/chat.js";

let testers: Tester[] = [];
afterEach(async () => {
  await Promise.all(testers.map((t) => t.close()));
  testers = [];
});
async function open(main: ft.AppMain): Promise<Tester> {
  const t = await createTester(main);
  testers.push(t);
  return t;
}

describe("calculator example", () => {
  const press = async (t: Tester, keys: string[]) => {
    for (const key of keys) await t.tap(t.find.text(key));
  };
  const shown = (t: Tester) =>
    (t.find.byType(calculator.CalculatorApp).first as calculator.CalculatorApp).result.value;

  it("adds, multiplies, negates and takes percentages", async () => {
    const t = await open(calculator.main);
    await press(t, ["7", "+", "8", "="]);
    expect(shown(t)).toBe("15");
    await press(t, ["1", "2", "*", "3", "="]);
    expect(shown(t)).toBe("36");
    await press(t, ["+/-"]);
    expect(shown(t)).toBe("-36");
    await press(t, ["+/-"]);
    expect(shown(t)).toBe("36");
    await press(t, ["%"]);
    expect(shown(t)).toBe("0.36");
    await press(t, ["AC"]);
    expect(shown(t)).toBe("0");
  });

  it("shows Error for a division by zero, and the next key starts over", async () => {
    const t = await open(calculator.main);
    await press(t, ["5", "/", "0", "="]);
    expect(shown(t)).toBe("Error");
    await press(t, ["4"]);
    expect(shown(t)).toBe("0");
    expect(calculator.calculate(1, 0, "/")).toBe("Error");
  });
});

describe("chat example", () => {
  it("refuses a blank name, then joins and sends messages through pubsub", async () => {
    const alice = await open(chat.main);
    const field = alice.find
      .byType(ft.TextField)
      .all.find((c) => c.key === "join-name") as ft.TextField;
    await alice.tap(alice.find.text("Join chat"));
    expect(field.errorText).toBe("Name cannot be blank!");
    expect((alice.page.dialog as ft.AlertDialog).open).toBe(true);
    await alice.enterText(field, "Alice");
    await alice.tap(alice.find.text("Join chat"));
    expect((alice.page.dialog as ft.AlertDialog).open).toBe(false);
    expect(alice.find.text("Alice has joined the chat.").exists).toBe(true);
    const input = alice.find
      .byType(ft.TextField)
      .all.find((c) => c.key === "new-message") as ft.TextField;
    expect((input.prefix as ft.Text).value).toBe("Alice: ");
    await alice.enterText(input, "Hello!");
    await alice.trigger(input, "submit", "Hello!");
    expect(alice.find.text("Hello!").exists).toBe(true);
    expect(input.value).toBe("");
    expect(alice.find.byType(chat.ChatMessage).all).toHaveLength(1);
  });

  it("gives a user the same avatar colour every time", () => {
    expect(chat.avatarColor("Alice")).toBe(chat.avatarColor("Alice"));
  });
});
