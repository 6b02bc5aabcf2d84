/**
 * Swipe to dismiss (Flutter's `Dismissible`, `DismissDirection`): the element follows the
 * pointer along the allowed directions and is dismissed when let go past 40% of its size.
 * @module
 */

/** The share of the element's size a swipe must pass to dismiss it. */
const THRESHOLD = 0.4;

type Sign = -1 | 1;

/** The allowed moves of a direction: axis and signs (`endToStart` mirrors in RTL). */
function moves(direction: string, rtl: boolean): { axis: "x" | "y"; signs: Sign[] } | undefined {
  const end: Sign = rtl ? -1 : 1;
  switch (direction) {
    case "vertical":
      return { axis: "y", signs: [-1, 1] };
    case "up":
      return { axis: "y", signs: [-1] };
    case "down":
      return { axis: "y", signs: [1] };
    case "horizontal":
      return { axis: "x", signs: [-1, 1] };
    case "startToEnd":
      return { axis: "x", signs: [end] };
    case "endToStart":
      return { axis: "x", signs: [-end as Sign] };
    default:
      return undefined;
  }
}

/**
 * Lets the user swipe `element` away in `direction()` (read at each swipe); `dismiss` runs
 * when a swipe passes the threshold. Sets `touch-action` so touch scrolling still works
 * across the swipe axis.
 *
 * @example
 * ```ts
 * swipeToDismiss(snack, () => String(ctx.props.dismissDirection ?? "down"), () => close());
 * ```
 */
export function swipeToDismiss(
  element: HTMLElement,
  direction: () => string,
  dismiss: () => void,
): void {
  let start: { x: number; y: number; id: number } | undefined;
  const reset = () => {
    start = undefined;
    element.style.transform = "";
  };
  element.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 || (event.target as Element).closest("button, a, input, [role=button]"))
      return;
    start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  });
  element.addEventListener("pointermove", (event) => {
    const allowed = start && moves(direction(), getComputedStyle(element).direction === "rtl");
    if (!start || !allowed || event.pointerId !== start.id) return;
    const delta = allowed.axis === "x" ? event.clientX - start.x : event.clientY - start.y;
    const shown = allowed.signs.includes(Math.sign(delta) as Sign) ? delta : 0;
    element.style.transform =
      allowed.axis === "x" ? `translateX(${shown}px)` : `translateY(${shown}px)`;
  });
  element.addEventListener("pointerup", (event) => {
    const allowed = start && moves(direction(), getComputedStyle(element).direction === "rtl");
    if (!start || !allowed || event.pointerId !== start.id) return reset();
    const delta = allowed.axis === "x" ? event.clientX - start.x : event.clientY - start.y;
    const size = allowed.axis === "x" ? element.offsetWidth : element.offsetHeight;
    const past =
      allowed.signs.includes(Math.sign(delta) as Sign) && Math.abs(delta) > size * THRESHOLD;
    reset();
    if (past) dismiss();
  });
  element.addEventListener("pointercancel", reset);
}

/** The `touch-action` that leaves the swipe axis of `direction` to {@link swipeToDismiss}. */
export function swipeTouchAction(direction: string): string {
  const allowed = moves(direction, false);
  return allowed === undefined ? "" : allowed.axis === "x" ? "pan-y" : "pan-x";
}
