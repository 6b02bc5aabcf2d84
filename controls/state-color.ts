/**
 * The check of props that take a colour, or a colour per Material state
 * (`DataRow.color`, `SearchBar.barBgcolor`, ...).
 * @module
 */
import { checks, defineCheck } from "flet-ts/pack";
import { MaterialState } from "./types/button-style.js";

const STATES = new Set<string>(Object.values(MaterialState));

/**
 * A colour, or a colour per {@link MaterialState} (`{ selected: "blue100", "": "white" }`).
 *
 * @example
 * ```ts
 * @prop({ kind: "json", check: stateColor }) accessor color: StateValue<ColorValue> | undefined;
 * ```
 */
export const stateColor = defineCheck(
  (value) =>
    checks.color(value) ||
    (typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.entries(value).every(([state, color]) => STATES.has(state) && checks.color(color))),
  `a colour, or an object of colours keyed by material states (${[...STATES]
    .map((state) => JSON.stringify(state))
    .join(", ")})`,
);
