// The Cupertino input controls (checkbox, radio, switch, slider, segmented buttons, text
// field) against the pack contract kit: every prop they declare changes what the browser
// shows, and every event they declare is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly } from "./contract.js";

const segments = () => [new ft.Text("Day"), new ft.Text("Week"), new ft.Text("Month")];
const twin = { adaptive: "it is the Cupertino twin itself" };
// Text field props that show only with an error, a password or several lines: the second
// run checks them on a field that has those.
const shownOnlyWith = ["errorStyle", "canRevealPassword", "minLines", "maxLines"];
const caret = "browser no-op: the browser draws its own text caret; CSS sets only its colour";
const keyboard = "browser no-op: an iOS keyboard substitution web text fields cannot switch";
const caretAndKeyboard = {
  cursorWidth: caret,
  cursorHeight: caret,
  cursorRadius: caret,
  smartDashesType: keyboard,
  smartQuotesType: keyboard,
};

describe("Cupertino inputs against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [
        ft.CupertinoCheckbox,
        ft.CupertinoRadio,
        ft.CupertinoSwitch,
        ft.CupertinoSlider,
        ft.CupertinoSegmentedButton,
        ft.CupertinoSlidingSegmentedButton,
        ft.CupertinoTextField,
      ],
      samples: {
        cupertinocheckbox: { label: "Agree" },
        cupertinoradio: { label: "Red", value: "red" },
        cupertinoswitch: { label: "Wi-Fi" },
        cupertinoslider: { value: 0.3 },
        cupertinosegmentedbutton: { controls: segments, padding: 6 },
        cupertinoslidingsegmentedbutton: { controls: segments, padding: 6 },
        cupertinotextfield: {
          value: "Hello",
          textStyle: { size: 20, italic: true },
          borderRadius: 12,
          contentPadding: 14,
          icon: ft.icons.PERSON,
          prefixIcon: ft.icons.SEARCH,
          suffixIcon: ft.icons.CLOSE,
          hintStyle: { weight: ft.FontWeight.BOLD },
          labelStyle: { size: 22 },
          placeholderStyle: { color: "#d81b60" },
          helperText: "Help",
          helperStyle: { color: "#d81b60", size: 18 },
          counterText: "3/10",
          counterStyle: { color: "#d81b60", size: 18 },
          errorStyle: { color: "#1e88e5", size: 18 },
          prefixStyle: { color: "#d81b60", size: 18 },
          suffixStyle: { color: "#d81b60", size: 18 },
          prefixText: "pre",
          suffixText: "suf",
          inputFilter: { regexString: "[0-9]", allow: true },
          gradient: ft.linearGradient(["#5b0060", "#ffb56b"]),
          shadow: { blurRadius: 6, color: "#d81b60", offset: { x: 2, y: 2 } },
          blendMode: "multiply",
        },
      },
      exempt: {
        cupertinocheckbox: { ...layoutOnly, ...twin },
        cupertinoradio: { ...layoutOnly, ...twin },
        cupertinoswitch: { ...layoutOnly, ...twin },
        cupertinoslider: {
          ...layoutOnly,
          ...twin,
          divisions:
            "only where a drag or key press lands (Flutter draws the thumb at `value`): test/cupertino/browser.test.ts checks the snapping",
        },
        cupertinosegmentedbutton: { ...layoutOnly, ...twin },
        cupertinoslidingsegmentedbutton: { ...layoutOnly, ...twin },
        cupertinotextfield: {
          ...layoutOnly,
          ...twin,
          ...caretAndKeyboard,
          ...Object.fromEntries(
            shownOnlyWith.map((name) => [
              name,
              "shows only with an error, a password or several lines: checked below",
            ]),
          ),
        },
      },
      triggers: {
        cupertinocheckbox: {
          change: (box) => box.getByRole("checkbox").click(),
          focus: (box) => box.getByRole("checkbox").focus(),
          blur: async (box) => {
            await box.getByRole("checkbox").focus();
            await box.getByRole("checkbox").blur();
          },
        },
        cupertinoradio: {
          focus: (radio) => radio.getByRole("radio").focus(),
          blur: async (radio) => {
            await radio.getByRole("radio").focus();
            await radio.getByRole("radio").blur();
          },
        },
        cupertinoswitch: {
          change: (toggle) => toggle.getByRole("switch").click(),
          focus: (toggle) => toggle.getByRole("switch").focus(),
          blur: async (toggle) => {
            await toggle.getByRole("switch").focus();
            await toggle.getByRole("switch").blur();
          },
        },
        cupertinoslider: {
          change: (slider) => slider.click(),
          changeStart: (slider) => slider.click(),
          changeEnd: (slider) => slider.click(),
        },
        cupertinosegmentedbutton: {
          change: (seg) => seg.getByRole("radio", { name: "Week" }).click(),
        },
        cupertinoslidingsegmentedbutton: {
          change: (seg) => seg.getByRole("radio", { name: "Week" }).click(),
        },
        cupertinotextfield: {
          // Under load the field may still be settling when the kit triggers: type a few
          // values apart in time (each is a change the server must hear).
          change: async (field) => {
            for (const text of ["42", "43", "44"]) {
              await field.getByRole("textbox").fill(text);
              await field.page().waitForTimeout(400);
            }
          },
          // Typing first gives the patch that says the server listens time to arrive.
          submit: async (field) => {
            await field.getByRole("textbox").fill("7");
            await field.getByRole("textbox").press("Enter");
          },
          focus: (field) => field.getByRole("textbox").focus(),
          blur: async (field) => {
            await field.getByRole("textbox").focus();
            await field.getByRole("textbox").blur();
          },
        },
      },
    });
  }, 600_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "cupertinotextfield.cursorWidth",
        "cupertinotextfield.change",
        "cupertinoslider.changeEnd",
        "cupertinoswitch.trackColor",
      ]),
    );
  });
});

describe("CupertinoTextField with an error, a password and several lines", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    const schema = ft.schemaOf(ft.CupertinoTextField);
    const checkedAbove = Object.fromEntries(
      [...schema.props.map((p) => p.name), ...schema.events.map((e) => e.name)]
        .filter((name) => !shownOnlyWith.includes(name))
        .map((name) => [name, "checked on the plain field above"]),
    );
    report = await checkBuiltIns({
      controls: [ft.CupertinoTextField],
      samples: {
        cupertinotextfield: {
          value: "secret",
          errorText: "Too short",
          errorStyle: { color: "#1e88e5", size: 18 },
          password: true,
          canRevealPassword: true,
          multiline: true,
          minLines: 3,
          maxLines: 5,
        },
      },
      exempt: { cupertinotextfield: checkedAbove },
    });
  }, 300_000);

  it("draws the error style, the reveal button and the line counts", () => {
    expect(report.failures, report.format()).toEqual([]);
    const checked = report.checks.filter((check) => !check.detail.startsWith("exempt"));
    expect(checked.map((check) => check.member)).toEqual(expect.arrayContaining(shownOnlyWith));
  });
});
