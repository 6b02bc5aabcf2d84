// SearchBar against the pack contract kit: every prop it declares changes the bar or its
// view in the DOM, and tap, change and submit reach the server.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("SearchBar against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.SearchBar],
      samples: {
        searchbar: {
          controls: () => [new ft.Text("Suggestion")],
          barHintText: "Search",
          barBgcolor: { "": "#ffe082", hovered: "#ffd54f" },
          barOverlayColor: { hovered: "#d81b60" },
          viewSide: ft.borderSide(2, "#d81b60"),
          viewShape: ft.shapes.roundedRectangle(8),
          viewHeaderTextStyle: { size: 20, italic: true },
          viewHintTextStyle: { color: "#d81b60" },
          capitalization: ft.TextCapitalization.WORDS,
        },
      },
      exempt: { searchbar: { ...layoutOnly, ...noTwin } },
      triggers: {
        searchbar: {
          tap: (bar) => bar.getByRole("combobox").click(),
          change: (bar) => bar.getByRole("combobox").fill("abc"),
          submit: async (bar) => {
            await bar.getByRole("combobox").focus();
            await bar.getByRole("combobox").press("Enter");
          },
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "searchbar.viewBgcolor",
        "searchbar.fullScreen",
        "searchbar.dividerColor",
        "searchbar.tap",
        "searchbar.change",
        "searchbar.submit",
      ]),
    );
  });
});
