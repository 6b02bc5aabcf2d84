/**
 * The tester's wiring: the record of what the headless client receives (patch batches,
 * error frames) and the logger that feeds the app's errors to the ledger.
 * @module
 */
import type { ClientConnection } from "../client/client-connection.js";
import type { Control } from "../core/control.js";
import type { ErrorMessage } from "../protocol/messages.js";
import { fromWireBatch } from "../protocol/wire.js";
import type { Logger } from "../session/logger.js";
import { interactive, type TapSend } from "./reach.js";
import type { ErrorLedger } from "./strict.js";
import type { PatchRecord } from "./tester-types.js";

/** A logger that keeps the app's errors (noted in `ledger`) and warnings. @internal */
export function ledgerLogger(ledger: ErrorLedger, errors: unknown[], warnings: string[]): Logger {
  return {
    error: (message, error) => errors.push(ledger.note(message, error)),
    warn: (message) => warnings.push(message),
    info: () => {},
    debug: () => {},
  };
}

/**
 * Records each patch batch the client applies into `patches` and each error frame into
 * `errors`; `failed` gets a failure of the update stream.
 * @internal
 */
export function watchUpdates(
  client: ClientConnection,
  patches: PatchRecord[],
  errors: ErrorMessage[],
  failed: (error: unknown) => void,
): void {
  client.updates.subscribe({
    next: (update) => {
      if (update.kind === "patch") {
        patches.push({
          revision: update.revision,
          ops: fromWireBatch(update.message.ops, update.message.nodes),
          bytes: update.bytes,
        });
      } else if (update.kind === "error") {
        errors.push(update.error);
      }
    },
    error: failed,
  });
}

/** Whether a user could reach `control` (it is on the page and {@link interactive}). @internal */
export function reachable(control: Control | undefined, openMenus: ReadonlySet<string>): boolean {
  return control !== undefined && interactive(control, openMenus) === undefined;
}

/** Sends each event from the client in order, settling after each. @internal */
export async function sendEach(
  client: ClientConnection,
  sends: readonly TapSend[],
  settle: () => Promise<void>,
): Promise<void> {
  for (const { target, name, data, props } of sends) {
    client.sendEvent(target.uid!, name, data, props);
    await settle();
  }
}
