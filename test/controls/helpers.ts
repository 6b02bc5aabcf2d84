import * as ft from "flet-ts";

/** The schema entry of one property of a control class. */
export function propOf(cls: Function, name: string): ft.PropSchema | undefined {
  return ft.schemaOf(cls).props.find((p) => p.name === name);
}

/** The names of a control class's props, events (handlers) and slots. */
export function namesOf(cls: Function) {
  const schema = ft.schemaOf(cls);
  return {
    props: schema.props.map((p) => p.name),
    events: schema.events.map((e) => e.handler),
    slots: schema.slots.map((s) => `${s.name}${s.list ? "[]" : ""}`),
  };
}

/** Runs `fn` and returns the `code` of the FletError it throws (or "no error"). */
export function errorCodeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof ft.FletError ? error.code : `not a FletError: ${String(error)}`;
  }
  return "no error";
}

/** Props of a class flagged `flag`, by name. */
export function flagged(cls: Function, flag: "text" | "label" | "twoWay"): string[] {
  return ft
    .schemaOf(cls)
    .props.filter((p) => p[flag])
    .map((p) => p.name);
}
