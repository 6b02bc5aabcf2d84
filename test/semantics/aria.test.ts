import { describe, expect, it } from "vitest";
import { ariaOf, sliderNumber } from "../../semantics/browser/aria.js";

describe(ariaOf, () => {
  it.each([
    [{ slider: true }, "slider"],
    [{ textfield: true }, "textbox"],
    [{ toggled: false }, "switch"],
    [{ button: true }, "button"],
    [{ link: true }, "link"],
    [{ checked: true }, "checkbox"],
    [{ header: true }, "heading"],
    [{ image: true, label: "Sunset" }, "img"],
    [{ expanded: false }, "button"],
    [{ container: true }, "group"],
    [{ label: "Card" }, "group"],
    [{}, undefined],
  ])("gives %o the role %s", (props, role) => {
    expect(ariaOf(props).role).toBe(role);
  });

  it("names a slider and gives its value as number and text", () => {
    const { attributes, focusable } = ariaOf({ label: "Volume", slider: true, value: "50%" });
    expect(attributes).toMatchObject({
      "aria-label": "Volume",
      "aria-valuenow": "50",
      "aria-valuetext": "50%",
    });
    expect(focusable).toBe(true);
  });

  it("reads states as ARIA states", () => {
    expect(ariaOf({ label: "Wi-Fi", toggled: true }).attributes["aria-checked"]).toBe("true");
    expect(ariaOf({ button: true, checked: false }).attributes["aria-pressed"]).toBe("false");
    expect(ariaOf({ button: true, expanded: true }).attributes["aria-expanded"]).toBe("true");
    expect(ariaOf({ button: true, selected: true }).attributes["aria-current"]).toBe("true");
    expect(ariaOf({ hidden: true, onTap: true })).toMatchObject({
      attributes: { "aria-hidden": "true" },
      focusable: false,
    });
    expect(ariaOf({ liveRegion: true }).attributes).toMatchObject({
      "aria-live": "polite",
      "aria-atomic": "true",
    });
    expect(ariaOf({ textfield: true, readOnly: true, multiline: true }).attributes).toMatchObject({
      "aria-readonly": "true",
      "aria-multiline": "true",
    });
  });

  it("joins label and value into the name, and hints into the description", () => {
    const aria = ariaOf({
      label: "Battery",
      value: "80%",
      tooltip: "Charging",
      hintText: "Opens settings",
      onTapHintText: "Open",
    });
    expect(aria.attributes["aria-label"]).toBe("Battery, 80%");
    expect(aria.attributes["aria-description"]).toBe("Charging");
    expect(aria.hint).toBe("Opens settings. Open");
  });

  it("is focusable when it acts or asks to be, and not when told not to", () => {
    expect(ariaOf({ onTap: true }).focusable).toBe(true);
    expect(ariaOf({ focusable: true }).focusable).toBe(true);
    expect(ariaOf({ header: true }).focusable).toBe(false);
    expect(ariaOf({ button: true, focusable: false }).focusable).toBe(false);
  });
});

describe(sliderNumber, () => {
  it.each([
    ["50%", 50],
    ["2.5 kg", 2.5],
    ["loud", 0],
    [undefined, 0],
  ])("reads %o as %o", (value, number) => {
    expect(sliderNumber(value)).toBe(number);
  });
});
