/**
 * `cupertinopicker`: one {@link Wheel} whose rows are the child controls.
 * @module
 */
import { cssColor, type Renderer } from "flet-ts/browser";
import { el, num, textOf } from "./dom.js";
import { Wheel } from "./wheel.js";

type PickerElement = HTMLDivElement & { wheel: Wheel; band: HTMLElement };

/**
 * Draws `cupertinopicker`: a snapping, magnifying wheel (`role="listbox"`); settling on
 * another row sends `change` with the index and the two-way `selectedIndex`.
 *
 * @example
 * ```ts
 * cupertino("cupertinopicker", pickerRenderer);
 * ```
 */
export const pickerRenderer: Renderer<PickerElement> = {
  create(ctx) {
    const element = el("div", "cu-wheels") as PickerElement;
    element.band = el("div", "cu-band");
    element.wheel = new Wheel({
      label: "Picker",
      extent: num(ctx.props.itemExtent, 32),
      onCommit: (index) => ctx.send("change", index, { selectedIndex: index }),
    });
    element.append(element.band, element.wheel.element);
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    const extent = num(p.itemExtent, 32);
    const height = typeof p.height === "number" ? p.height : undefined;
    const rows = Math.max(3, Math.floor((height ?? extent * 7) / extent) | 1);
    // As Flutter's ListWheelScrollView: magnification applies only with useMagnifier.
    const magnification = p.useMagnifier === true ? num(p.magnification, 1) : 1;
    element.wheel.configure({
      extent,
      rows,
      magnification,
      squeeze: num(p.squeeze, 1.45),
      diameterRatio: num(p.diameterRatio, 1.07),
      offAxisFraction: num(p.offAxisFraction, 0),
      looping: p.looping === true,
      label: typeof p.tooltip === "string" ? p.tooltip : "Picker",
    });
    const children = ctx.children("controls");
    element.wheel.setRows(children);
    for (const child of children) child.setAttribute("aria-label", textOf(child));
    element.wheel.select(num(p.selectedIndex, 0));
    element.band.style.height = `${extent}px`;
    element.style.setProperty("--cu-pbg", cssColor(p.bgcolor) ?? "transparent");
  },
};
