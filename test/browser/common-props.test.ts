import {
  applyCommonProps,
  COMMON_PROPS,
  focusable,
  isDisabled,
  type RenderContext,
} from "flet-ts/browser";
import { describe, expect, it } from "vitest";

/** Just enough of an HTMLElement for applyCommonProps, in Node. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly dataset: Record<string, string> = {};
  readonly children: FakeElement[] = [];
  parentElement: FakeElement | null = null;
  readonly ownerDocument = undefined;
  readonly #classes = new Set<string>();
  readonly style: Record<string, string> & { setProperty(name: string, value: string): void } =
    Object.assign(Object.create(null), {
      setProperty(this: Record<string, string>, name: string, value: string) {
        this[name] = value;
      },
    });
  readonly classList = {
    toggle: (name: string, on: boolean) =>
      on ? this.#classes.add(name) : this.#classes.delete(name),
    contains: (name: string) => this.#classes.has(name),
  };
  disabled?: boolean;
  /** The DOM events listened to (animationEnd listens for `transitionend`). */
  readonly listening: string[] = [];

  addEventListener(type: string): void {
    this.listening.push(type);
  }
  get dir(): string {
    return this.attributes.get("dir") ?? "";
  }
  set dir(value: string) {
    this.attributes.set("dir", value);
  }
  set title(value: string) {
    this.attributes.set("title", value);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  append(child: FakeElement): void {
    child.parentElement = this;
    this.children.push(child);
  }
  closest(selector: string): FakeElement | null {
    const name = selector.slice(1);
    for (let at: FakeElement | null = this; at; at = at.parentElement)
      if (at.classList.contains(name)) return at;
    return null;
  }
  querySelectorAll(selector: string): FakeElement[] {
    expect(selector).toBe("[data-flet-focusable]");
    const found: FakeElement[] = [];
    const walk = (element: FakeElement) => {
      for (const child of element.children) {
        if (child.dataset.fletFocusable !== undefined) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }
}

const contextOf = (props: Record<string, unknown>): RenderContext =>
  ({ id: "c1", type: "acme.box", props }) as unknown as RenderContext;
const apply = (
  element: FakeElement,
  props: Record<string, unknown>,
  changed: Iterable<string> = Object.keys(props),
  options?: { tooltip?: boolean },
) =>
  applyCommonProps(element as unknown as HTMLElement, contextOf(props), new Set(changed), options);

describe("applyCommonProps", () => {
  it("applies every generic prop on the first update", () => {
    const element = new FakeElement();
    apply(element, {
      visible: false,
      disabled: true,
      tooltip: "Hint",
      expand: 2,
      opacity: 0.5,
      rtl: true,
      key: "k",
      width: 100,
      height: 40,
      aspectRatio: 2,
      left: 10,
      offset: { x: 0.5, y: 0 },
      rotate: Math.PI,
      scale: 2,
      col: { md: 6 },
      animateOpacity: 300,
    });
    expect(element.classList.contains("flet-hidden")).toBe(true);
    expect(element.classList.contains("flet-disabled")).toBe(true);
    expect(element.attributes.get("aria-disabled")).toBe("true");
    expect(element.attributes.get("title")).toBe("Hint");
    expect(element.classList.contains("flet-expand")).toBe(true);
    expect(element.classList.contains("flet-positioned")).toBe(true);
    expect(element.dir).toBe("rtl");
    expect(element.dataset.key).toBe("k");
    expect({ ...element.style }).toMatchObject({
      flex: "2 1 0%",
      opacity: "0.5",
      width: "100px",
      height: "40px",
      aspectRatio: "2",
      left: "10px",
      top: "",
      translate: "50% 0%",
      rotate: "180deg",
      scale: "2",
      "--flet-col-sm": "12",
      "--flet-col-md": "6",
      "--flet-col-xxl": "6",
      transition: "opacity 300ms linear",
    });
    // An animated control reports the end of its animations (onAnimationEnd), once wired.
    expect(element.listening).toEqual(["transitionend"]);
    apply(element, { animateOpacity: 200 });
    expect(element.listening).toEqual(["transitionend"]);
  });

  it("does nothing when no generic prop changed", () => {
    const element = new FakeElement();
    element.style.opacity = "0.3";
    apply(element, { opacity: 1, value: 4 }, ["value", "controls"]);
    expect(element.style.opacity).toBe("0.3");
    expect(COMMON_PROPS.has("value")).toBe(false);
    expect(COMMON_PROPS.has("opacity")).toBe(true);
  });

  it("touches only the changed parts, and everything for *", () => {
    const element = new FakeElement();
    element.style.width = "5px";
    apply(element, { opacity: 0.2, width: 50 }, ["opacity"]);
    expect(element.style).toMatchObject({ opacity: "0.2", width: "5px" });
    apply(element, { opacity: 0.2, width: 50, tooltip: "T" }, ["*"]);
    expect(element.style.width).toBe("50px");
    expect(element.attributes.get("title")).toBe("T");
  });

  it("clears what it set when props are removed, but not a renderer's own size", () => {
    const own = new FakeElement();
    own.style.width = "30px";
    apply(own, {}, ["width", "tooltip", "rtl", "left", "visible"]);
    expect(own.style.width).toBe("30px");
    const element = new FakeElement();
    apply(element, { width: 80, tooltip: "T", rtl: false, left: 1, visible: false });
    expect(element.dir).toBe("ltr");
    apply(element, {}, ["width", "tooltip", "rtl", "left", "visible"]);
    expect(element.style.width).toBe("");
    expect(element.attributes.has("title")).toBe(false);
    expect(element.attributes.has("dir")).toBe(false);
    expect(element.classList.contains("flet-positioned")).toBe(false);
    expect(element.classList.contains("flet-hidden")).toBe(false);
  });

  it("leaves the tooltip to the renderer with tooltip: false", () => {
    const element = new FakeElement();
    element.title = "mine";
    apply(element, { tooltip: "Hint" }, ["tooltip"], { tooltip: false });
    expect(element.attributes.get("title")).toBe("mine");
  });

  it("disables the focusable controls inside a disabled element", () => {
    const column = new FakeElement();
    const input = new FakeElement();
    column.append(input);
    focusable(input as unknown as HTMLElement, false);
    expect(input.disabled).toBe(false);
    apply(column, { disabled: true });
    expect(input.disabled).toBe(true);
    expect(isDisabled(input as unknown as HTMLElement)).toBe(true);
    apply(column, { disabled: false });
    expect(input.disabled).toBe(false);
    expect(isDisabled(input as unknown as HTMLElement)).toBe(false);
  });
});
