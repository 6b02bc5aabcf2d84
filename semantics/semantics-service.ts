import { Control, type ControlOptions, control } from "flet-ts/pack";

/**
 * How urgently an announcement interrupts: `POLITE` waits until the screen reader is
 * idle, `ASSERTIVE` interrupts it.
 *
 * @example
 * ```ts
 * service.announceMessage("Connection lost", { assertiveness: ft.Assertiveness.ASSERTIVE });
 * ```
 */
export const Assertiveness = {
  POLITE: "polite",
  ASSERTIVE: "assertive",
} as const;
/**
 * One of {@link Assertiveness}.
 *
 * @example
 * ```ts
 * const level: ft.Assertiveness = ft.Assertiveness.POLITE;
 * ```
 */
export type Assertiveness = (typeof Assertiveness)[keyof typeof Assertiveness];

/**
 * Options of {@link SemanticsService.announceMessage}.
 *
 * @example
 * ```ts
 * const options: ft.AnnounceOptions = { rtl: true, assertiveness: ft.Assertiveness.ASSERTIVE };
 * ```
 */
export interface AnnounceOptions {
  /** The message reads right to left. Default `false`. */
  rtl?: boolean;
  /** How urgent the message is. Default `Assertiveness.POLITE`. */
  assertiveness?: Assertiveness;
}

/**
 * Speaks messages through the screen reader (in the browser: polite and assertive live
 * regions). It draws nothing; put it in `page.overlay`, as in Flet.
 *
 * @example
 * ```ts
 * const announcer = new ft.SemanticsService();
 * page.overlay.push(announcer);
 * page.add(new ft.ElevatedButton("Save", {
 *   onClick: () => announcer.announceMessage("Saved"),
 * }));
 * ```
 */
@control("semanticsservice")
export class SemanticsService extends Control {
  /** @param options - Common properties. */
  constructor(options?: ControlOptions<SemanticsService>) {
    super(options);
  }

  /**
   * Announces `message`. Resolves once the browser has queued it.
   *
   * @example
   * ```ts
   * await announcer.announceMessage("3 new messages");
   * await announcer.announceMessage("Upload failed", { assertiveness: ft.Assertiveness.ASSERTIVE });
   * ```
   */
  announceMessage(message: string, options: AnnounceOptions = {}): Promise<void> {
    const args = {
      message,
      rtl: options.rtl ?? false,
      assertiveness: options.assertiveness ?? Assertiveness.POLITE,
    };
    return this.invoke("announceMessage", args).then(() => undefined);
  }

  /**
   * Announces `message` as a tooltip (politely).
   *
   * @example
   * ```ts
   * await announcer.announceTooltip("Double tap to open");
   * ```
   */
  announceTooltip(message: string): Promise<void> {
    return this.invoke("announceTooltip", { message }).then(() => undefined);
  }
}
