import { type CommandSpec, HELP_OPTION, type OptionSpec } from "./args.js";
import { COMMANDS } from "./commands.js";

const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  run: [
    "flet-ts run                    # main.ts, app.ts, main.js or app.js here",
    "flet-ts run app.ts --web       # and open it in the browser",
    "flet-ts run -r app.ts          # restart on save; open tabs reload",
    "flet-ts run app.ts --port 9000 --path /apps/counter",
  ],
  build: [
    "flet-ts build --static app.ts               # into dist-static/",
    "flet-ts build --static app.ts --out public  # then serve public/ from any static host",
  ],
  create: ["flet-ts create my-app && cd my-app && npm install && npm start"],
  "pack create": ["flet-ts pack create flet-acme && cd flet-acme && npm install && npm test"],
  "pack dev": [
    "cd my-app && flet-ts pack dev ../flet-acme   # main.ts, app.ts, main.js or app.js here",
    "flet-ts pack dev ../flet-acme app.ts --port 9000 --web",
  ],
};

/**
 * The help of one command: usage, options and examples.
 *
 * @example
 * ```ts
 * io.out(commandHelp(RUN_COMMAND));
 * ```
 * @internal
 */
export function commandHelp(spec: CommandSpec): string {
  const positionals = spec.positionals
    .map((name) => (name.endsWith("?") ? `[${name.slice(0, -1)}]` : `<${name}>`))
    .join(" ");
  const options = [...spec.options.filter((option) => !option.hidden), HELP_OPTION];
  const lines = [
    `Usage: flet-ts ${spec.name} ${positionals} [options]${spec.rest ? " [-- app arguments]" : ""}`,
    "",
    spec.summary,
    "",
    "Options:",
    ...table(options.map((option) => [optionName(option), option.description])),
  ];
  const examples = EXAMPLES[spec.name];
  if (examples) lines.push("", "Examples:", ...examples.map((line) => `  ${line}`));
  return `${lines.join("\n")}\n`;
}

/**
 * The top-level help: the commands and the global options.
 * @internal
 */
export function mainHelp(version: string): string {
  return `${[
    `flet-ts ${version}: run and create flet-ts apps and packs.`,
    "",
    "Usage: flet-ts <command> [options]",
    "",
    "Commands:",
    ...table(COMMANDS.map((spec) => [spec.name, spec.summary])),
    "",
    "Options:",
    ...table([
      ["-h, --help", "Show this help (or a command's: flet-ts run --help)."],
      ["-v, --version", "Print the version of flet-ts."],
    ]),
  ].join("\n")}\n`;
}

function optionName(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ""}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
