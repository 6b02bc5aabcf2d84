// Whether the browser would send an event: only while its listen flag is on the wire.
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { listenFlag } from "../core/listen-flag.js";
import { compiledSchemaOf } from "../core/schema.js";
import { PAGE_ID, type WireNode } from "../protocol/wire.js";

/** `TextField#12`: a control's class and id, as the tester's messages name it. @internal */
export function describeControl(control: Control): string {
  return `${control.constructor.name}${control.uid ? `#${control.uid}` : ""}`;
}

/**
 * Throws `FLET_ERR_TESTER_NOT_LISTENING` unless the replica (what the browser holds) has
 * `control`'s listen flag for `event` set, as the browser checks before it sends. The
 * page is not checked: the browser reports most of its events (media, size, brightness,
 * routes) whether a handler listens or not.
 * @internal
 */
export function assertListening(
  tree: Readonly<Record<string, unknown>>,
  control: Control,
  event: string,
): void {
  if (control.uid === PAGE_ID) return;
  const flag = listenFlag(event);
  const node = tree[control.uid ?? ""] as WireNode | undefined;
  if (node?.[1][flag] === true) return;
  const handler = compiledSchemaOf(control.constructor).eventsByName.get(event)?.handler;
  throw new FletError(
    ErrorCode.TESTER_NOT_LISTENING,
    `Expected ${describeControl(control)} to listen to "${event}", but the browser would not send it: its listen flag ${flag} is not on the wire. Set its handler ${handler ?? flag} first.`,
    { event, flag },
  );
}
