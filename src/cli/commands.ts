import { parseHost, parseUrlPath, RejectedValue } from "../server/config-values.js";
import { type CommandSpec, parsePort } from "./args.js";

/** The same checks `ft.app` applies to the variables these options set. */
function accepted<TValue>(parse: (value: unknown) => TValue): (text: string) => TValue {
  return (text) => {
    try {
      return parse(text);
    } catch (error) {
      throw new Error(error instanceof RejectedValue ? error.accepted : String(error));
    }
  };
}

/** `flet-ts run`. @internal */
export const RUN_COMMAND: CommandSpec = {
  name: "run",
  summary: "Run an app (TypeScript or JavaScript), optionally with hot reload.",
  positionals: ["app?"],
  rest: true,
  options: [
    { name: "web", short: "w", description: "Open the app in the default browser." },
    {
      name: "port",
      short: "p",
      value: "N",
      description: "The TCP port (FLET_SERVER_PORT). Default 8000; 0 picks a free one.",
      parse: parsePort,
    },
    {
      name: "host",
      value: "HOST",
      description: "The address to listen on (FLET_SERVER_IP). Default 0.0.0.0.",
      parse: accepted(parseHost),
    },
    {
      name: "path",
      value: "/SUB",
      description: "Serve the app under this URL path (FLET_WEB_APP_PATH).",
      parse: (text) => `/${accepted(parseUrlPath(true))(text)}`.replace(/^\/$/, ""),
    },
    {
      name: "reload",
      short: "r",
      description: "Restart the app when a file in its folder changes; open tabs reload.",
    },
    {
      name: "record",
      value: "FILE",
      description:
        "Record what you do in the browser as a vitest file that replays it through the tester.",
    },
  ],
};

/** `flet-ts create`. @internal */
export const CREATE_COMMAND: CommandSpec = {
  name: "create",
  summary: "Create a starter app with a test.",
  positionals: ["dir"],
  options: [
    { name: "install", description: "Run npm install in the new folder." },
    {
      name: "flet-ts",
      value: "SPEC",
      description: "The flet-ts dependency (an npm spec such as file:../flet-ts).",
      hidden: true,
    },
  ],
};

/** `flet-ts pack create`. @internal */
export const PACK_CREATE_COMMAND: CommandSpec = {
  name: "pack create",
  summary: "Create a starter control pack (a server control, its renderer, contract tests).",
  positionals: ["dir"],
  options: CREATE_COMMAND.options,
};

/** `flet-ts pack dev`. @internal */
export const PACK_DEV_COMMAND: CommandSpec = {
  name: "pack dev",
  summary:
    "Run the app here with a local pack linked in (one copy of flet-ts); saves rebuild and reload.",
  positionals: ["pack", "app?"],
  rest: true,
  options: RUN_COMMAND.options.filter(
    (option) => option.name !== "reload" && option.name !== "record",
  ),
};

/** `flet-ts build`. @internal */
export const BUILD_COMMAND: CommandSpec = {
  name: "build",
  summary: "Build an app as a static web app (--static): no server, any static host serves it.",
  positionals: ["app?"],
  options: [
    {
      name: "static",
      description:
        "Run the app in the browser (a Worker): uploads, sign-in, page.executor, env and files need a server and fail with FLET_ERR_STATIC_UNSUPPORTED.",
    },
    {
      name: "out",
      short: "o",
      value: "DIR",
      description: "The output folder (emptied first). Default: dist-static.",
    },
    { name: "dev", description: "Not minified, with inline source maps." },
  ],
};

/** Every command, in the order `--help` lists them. @internal */
export const COMMANDS: readonly CommandSpec[] = [
  RUN_COMMAND,
  BUILD_COMMAND,
  CREATE_COMMAND,
  PACK_CREATE_COMMAND,
  PACK_DEV_COMMAND,
];
