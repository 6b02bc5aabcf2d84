import {
  ConstrainedControl,
  type ControlOptions,
  checks,
  control,
  iconProp,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import type { IconName } from "./types/icons.js";

/**
 * Shows a Material icon.
 *
 * Icons are decorative to screen readers unless `semanticsLabel` names them.
 *
 * @example
 * ```ts
 * new ft.Icon(ft.icons.FAVORITE, { color: ft.colors.PINK, size: 30, semanticsLabel: "Favourite" });
 * ```
 */
@control("icon")
export class Icon extends ConstrainedControl {
  /**
   * @param name - The icon name (`ft.icons.ADD`), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(name?: IconName | ControlOptions<Icon>, options?: ControlOptions<Icon>) {
    super(withPrimary("name", name, options));
  }

  /** The icon's name (`"add"`); see `ft.icons`. */
  @iconProp() accessor name: IconName | undefined;
  /** Icon colour; defaults to the theme's icon colour. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Size in logical pixels. Default 24. */
  @prop({ kind: "number" }) accessor size: number | undefined;
  /** What screen readers say for the icon. */
  @prop({ kind: "string", label: true }) accessor semanticsLabel: string | undefined;
}
