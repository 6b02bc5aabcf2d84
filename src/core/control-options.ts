import type { Control } from "./control.js";
import { $state } from "./internals.js";

/** Members of every control that are not constructor options. */
export type NotOptions = "uid" | "parent" | "mounted" | "page";

/**
 * The options object a control's constructor accepts: every property, event handler
 * (`onX`) and child slot of `TControl`, all optional.
 *
 * @example
 * ```ts
 * const options: ft.ControlOptions<ft.Text> = { value: "Hi", size: 20, onTap: () => {} };
 * ```
 */
export type ControlOptions<TControl extends Control> = {
  [TKey in keyof TControl as TKey extends NotOptions | symbol
    ? never
    : TControl[TKey] extends (...args: any[]) => any
      ? TKey extends `on${string}`
        ? TKey
        : never
      : TKey]?: TControl[TKey];
};

/**
 * Merges a control's primary argument (`new ft.Text("Hello", {...})`) into its options.
 * Pack authors use it in constructors that take a primary value first.
 *
 * @example
 * ```ts
 * constructor(value?: string | ft.ControlOptions<Badge>, options?: ft.ControlOptions<Badge>) {
 *   super(ft.withPrimary("label", value, options));
 * }
 * ```
 */
export function withPrimary<TOptions extends object>(
  name: string,
  primary: unknown,
  options: TOptions | undefined,
): TOptions | undefined {
  const isOptions =
    primary !== null &&
    typeof primary === "object" &&
    !Array.isArray(primary) &&
    !($state in primary);
  if (isOptions) return primary as TOptions;
  if (primary === undefined) return options;
  return { ...options, [name]: primary } as TOptions;
}
