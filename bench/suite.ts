// One benchmark task in this process; prints its result as JSON on the last stdout line.
// `bench/run.ts` runs each task in a fresh process, once on the tsc build (what ships)
// and once on the TypeScript sources through tsx (esbuild's decorator lowering).
//
//   node --expose-gc suite.js <commit|update|mount|memory-server|memory-client|sessions|flood|roundtrip|browser|tester|live> [n]
//
// `roundtrip` forks this file again as `roundtrip-server`, the server process it drives.
import { benchCommit } from "./commit.js";
import { benchFlood } from "./flood.js";
import { controlKit } from "./kit.js";
import { benchMemory } from "./memory.js";
import { benchMount } from "./mount.js";
import { benchRoundTrip, roundTripServer } from "./roundtrip.js";
import { benchSessions } from "./sessions.js";
import { benchUpdate } from "./update.js";

const [task, arg] = process.argv.slice(2);

async function runTask(): Promise<unknown> {
  const kit = await controlKit();
  switch (task) {
    case "commit":
      return benchCommit(kit);
    case "mount":
      return benchMount(kit);
    case "update":
      return benchUpdate(kit);
    case "memory-server":
    case "memory-client":
      return benchMemory(kit, task === "memory-server" ? "server" : "client", Number(arg));
    case "sessions":
      return benchSessions(kit);
    case "flood":
      return benchFlood(kit);
    case "roundtrip":
      return benchRoundTrip(arg === undefined ? undefined : Number(arg));
    case "browser":
      // Loaded only here: playwright-core and esbuild are heavy.
      return (await import("./browser.js")).benchBrowser();
    case "interaction":
      return (await import("./interaction.js")).benchInteraction();
    case "chart":
      return (await import("./chart.js")).benchChart();
    case "ssr":
      return (await import("./ssr.js")).benchSsr();
    case "live":
      return (await import("./live.js")).benchLive();
    case "tester":
      return (await import("./tester.js")).benchTester(arg === undefined ? undefined : Number(arg));
    default:
      throw new Error(`bench suite: unknown task ${String(task)}`);
  }
}

if (task === "roundtrip-server") {
  // The long-lived server of the `roundtrip` task: prints nothing, exits when told to.
  await roundTripServer();
} else {
  const result = await runTask();
  process.stdout.write(`${JSON.stringify({ kit: (await controlKit()).name, result })}\n`);
  // Sessions leave nothing running, but do not let a stray handle keep the bench alive.
  process.exit(0);
}
