import { type CommandSpec, type ParsedArgs, parseArgs, UsageError } from "./args.js";
import { buildStaticApp } from "./build.js";
import { CliError } from "./cli-error.js";
import { type CliIo, processIo } from "./cli-io.js";
import {
  BUILD_COMMAND,
  CREATE_COMMAND,
  PACK_CREATE_COMMAND,
  PACK_DEV_COMMAND,
  RUN_COMMAND,
} from "./commands.js";
import { createApp } from "./create.js";
import { commandHelp, mainHelp } from "./help.js";
import { ownPackage } from "./own-package.js";
import { createPack } from "./pack-create.js";
import { packDev } from "./pack-dev.js";
import { runApp } from "./run.js";

/**
 * The `flet-ts` command line: parses `argv` (the arguments after `flet-ts`), runs the
 * command and resolves to the exit code: 0 on success, 1 when the command failed, 2 for
 * a usage mistake (unknown command or option, bad value), or the app's own code for
 * `run`.
 *
 * @example
 * ```ts
 * process.exitCode = await cli(["run", "app.ts", "--port", "9000"]);
 * ```
 * @internal
 */
export async function cli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const command = error.command ? `${error.command} ` : "";
      io.err(`flet-ts: ${error.message}\nRun "flet-ts ${command}--help" for usage.\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`flet-ts: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const version = ownPackage().version;
  switch (command) {
    case undefined:
      io.err(mainHelp(version));
      return 2;
    case "-h":
    case "--help":
    case "help":
      io.out(mainHelp(version));
      return 0;
    case "-v":
    case "--version":
      io.out(`${version}\n`);
      return 0;
    case "run":
      return withArgs(RUN_COMMAND, rest, io, (args) =>
        runApp({
          target: args.positionals[0],
          web: args.options.web === true,
          port: args.options.port as number | undefined,
          host: args.options.host as string | undefined,
          path: args.options.path as string | undefined,
          reload: args.options.reload === true,
          record: args.options.record as string | undefined,
          args: args.rest,
          io,
        }),
      );
    case "build":
      return withArgs(BUILD_COMMAND, rest, io, (args) =>
        buildStaticApp({
          target: args.positionals[0],
          static: args.options.static === true,
          out: args.options.out as string | undefined,
          dev: args.options.dev === true,
          io,
        }),
      );
    case "create":
      return withArgs(CREATE_COMMAND, rest, io, async (args) => {
        await createApp(args.positionals[0]!, createOptions(args, io));
        return 0;
      });
    case "pack": {
      const [sub, ...packArgs] = rest;
      if (sub === "create") {
        return withArgs(PACK_CREATE_COMMAND, packArgs, io, async (args) => {
          await createPack(args.positionals[0]!, createOptions(args, io));
          return 0;
        });
      }
      if (sub === "dev") {
        return withArgs(PACK_DEV_COMMAND, packArgs, io, (args) =>
          packDev({
            pack: args.positionals[0]!,
            target: args.positionals[1],
            web: args.options.web === true,
            port: args.options.port as number | undefined,
            host: args.options.host as string | undefined,
            path: args.options.path as string | undefined,
            args: args.rest,
            io,
          }),
        );
      }
      if (sub === undefined || sub === "--help" || sub === "-h") {
        io.out(commandHelp(PACK_CREATE_COMMAND));
        io.out(`\n${commandHelp(PACK_DEV_COMMAND)}`);
        return sub === undefined ? 2 : 0;
      }
      throw new UsageError(`Unknown pack command "${sub}". Expected: create, dev.`, "pack create");
    }
    default:
      throw new UsageError(
        command.startsWith("-")
          ? `Unknown option ${command}. Expected a command (run, build, create, pack create, pack dev), --help or --version.`
          : `Unknown command "${command}". Expected one of: run, build, create, pack create, pack dev.`,
      );
  }
}

async function withArgs(
  spec: CommandSpec,
  argv: readonly string[],
  io: CliIo,
  action: (args: ParsedArgs) => Promise<number>,
): Promise<number> {
  const args = parseArgs(argv, spec);
  if (args.options.help) {
    io.out(commandHelp(spec));
    return 0;
  }
  return action(args);
}

function createOptions(args: ParsedArgs, io: CliIo) {
  return {
    fletTs: args.options["flet-ts"] as string | undefined,
    install: args.options.install === true,
    io,
  };
}
