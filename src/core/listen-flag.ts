/**
 * The one rule that names an event's listen flag, used by the server (which sets it when
 * a handler is set), the browser (which sends the event only while it is set) and the
 * tester (which fails where the browser would not send).
 * @module
 */

/** What an event's wire name must look like: camelCase letters and digits. */
export const EVENT_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * The prop the server sets while a handler listens to `event`: `on` + its name with the
 * first letter upper-cased (`click` → `onClick`, `pointClick` → `onPointClick`).
 *
 * @example
 * ```ts
 * listenFlag("pointClick"); // "onPointClick"
 * ```
 */
export function listenFlag(event: string): string {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;
}
