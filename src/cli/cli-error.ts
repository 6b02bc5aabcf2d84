/**
 * A failure of a `flet-ts` command that is not a usage mistake (a missing app file, a
 * folder that is not empty): `flet-ts` prints the message and exits with code 1.
 *
 * @example
 * ```ts
 * throw new CliError("my-app is not empty. Choose a new folder, or empty this one.");
 * ```
 * @internal
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
