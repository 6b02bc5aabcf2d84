// TextField against the pack contract kit: every prop it declares (its own and the
// decoration it shares with Dropdown) changes what the browser shows, and its events
// are sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, formFieldSamples, layoutOnly, noTwin } from "./contract.js";

/** Every prop and event of TextField but `only`, each with the reason it is left out here. */
function everyOtherProp(only: string): [string, string][] {
  const { props, events } = ft.schemaOf(ft.TextField);
  return [...props, ...events]
    .map((member) => member.name)
    .filter((name) => name !== only)
    .map((name) => [name, "checked in the full run above"]);
}

describe("TextField against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.TextField],
      samples: {
        textfield: {
          label: "Name",
          value: "Ada",
          // With a password, canRevealPassword has a button to draw.
          password: true,
          icon: ft.icons.PERSON,
          ...formFieldSamples,
          inputFilter: { regexString: "[a-z]" },
        },
      },
      exempt: {
        textfield: {
          ...layoutOnly,
          ...noTwin,
          smartDashesType: "browser no-op: the iOS keyboard's substitution",
          smartQuotesType: "browser no-op: the iOS keyboard's substitution",
          cursorWidth: "browser no-op: CSS sets only the caret's colour",
          cursorHeight: "browser no-op: CSS sets only the caret's colour",
          cursorRadius: "browser no-op: CSS sets only the caret's colour",
          dense: "tried in the next test: contentPadding (sampled here) replaces its insets",
        },
      },
      triggers: {
        textfield: {
          change: (field) => field.locator("input").fill("Grace"),
          submit: (field) => field.locator("input").press("Enter"),
          focus: (field) => field.locator("input").focus(),
          blur: async (field) => {
            await field.locator("input").focus();
            await field.locator("input").blur();
          },
        },
      },
    });
  }, 400_000);

  it("draws dense where contentPadding does not set the insets", async () => {
    // contentPadding replaces the dense insets (as in Flutter), so dense is tried without it.
    const dense = await checkBuiltIns({
      controls: [ft.TextField],
      samples: { textfield: { label: "Name", value: "Ada" } },
      exempt: { textfield: Object.fromEntries(everyOtherProp("dense")) },
    });
    expect(dense.failures, dense.format()).toEqual([]);
    expect(dense.checks.find((check) => check.member === "dense")?.ok).toBe(true);
  }, 120_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining(["textfield.hintText", "textfield.cursorColor", "textfield.submit"]),
    );
  });
});
