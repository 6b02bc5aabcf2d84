import {
  Control,
  type ControlOptions,
  child,
  control,
  ErrorCode,
  FletError,
  withPrimary,
} from "flet-ts/pack";

/**
 * Makes the text of everything inside it selectable with the mouse or by touch, across
 * controls (Flutter's `SelectionArea`): a user can select a paragraph that spans several
 * Texts, or several cards, and copy it. Texts outside it are selectable only with their
 * own `selectable`.
 *
 * Like Flet's, it needs a `content`: an update that leaves it without one is refused.
 *
 * @example
 * ```ts
 * new ft.SelectionArea(
 *   new ft.Column([new ft.Text("Order #1041"), new ft.Text("Ships Tuesday")]),
 * );
 * ```
 */
@control("selectionarea")
export class SelectionArea extends Control {
  /**
   * @param content - The control whose text becomes selectable, or the options.
   * @param options - Other properties.
   */
  constructor(
    content?: Control | ControlOptions<SelectionArea>,
    options?: ControlOptions<SelectionArea>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The control whose text becomes selectable. Required. */
  @child() accessor content: Control | undefined;

  /** Refuses an update that leaves the area without content, as Flet does. */
  override validate(): void {
    if (this.content === undefined)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        'Expected SelectionArea.content to be a control, but it is unset. Pass it first: new ft.SelectionArea(new ft.Text("...")).',
        { control: "SelectionArea", prop: "content" },
      );
  }
}
