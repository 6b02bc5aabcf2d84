import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  child,
  children,
  control,
} from "flet-ts/pack";

/**
 * An iOS action sheet: a title, a message, a list of {@link CupertinoActionSheetAction}s
 * and a separate cancel button, sliding up from the bottom. Show it as the `content` of
 * a {@link CupertinoBottomSheet}; Escape presses the cancel button.
 *
 * @example
 * ```ts
 * const sheet = new ft.CupertinoBottomSheet(new ft.CupertinoActionSheet({
 *   title: new ft.Text("Share photo"),
 *   actions: [new ft.CupertinoActionSheetAction("Mail", { onClick: mail })],
 *   cancel: new ft.CupertinoActionSheetAction("Cancel", { onClick: () => page.closeBottomSheet() }),
 * }));
 * page.showBottomSheet(sheet);
 * ```
 */
@control("cupertinoactionsheet")
export class CupertinoActionSheet extends ConstrainedControl {
  constructor(options?: ControlOptions<CupertinoActionSheet>) {
    super(options);
  }

  /** The title, usually a Text. */
  @child() accessor title: Control | undefined;
  /** A message under the title, usually a Text. */
  @child() accessor message: Control | undefined;
  /** The actions, usually CupertinoActionSheetActions. */
  @children() accessor actions!: Control[];
  /** The cancel button, shown apart below the actions. */
  @child() accessor cancel: Control | undefined;
}
