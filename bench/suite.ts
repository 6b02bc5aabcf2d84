// One benchmark task in this process; prints its result as JSON on the last stdout line.
// `bench/run.ts` runs each task in a fresh process, once on the tsc build (what ships)
// and once on the TypeScript sources through tsx (esbuild's decorator lowering).
//
//   node --expose-gc suite.js <commit|mount|memory-server|memory-client|sessions> [n]
import { benchCommit } from "./commit.js";
import { controlKit } from "./kit.js";
import { benchMemory } from "./memory.js";
import { benchMount } from "./mount.js";
import { benchSessions } from "./sessions.js";

const [task, arg] = process.argv.slice(2);
const kit = await controlKit();

async function runTask(): Promise<unknown> {
  switch (task) {
    case "commit":
      return benchCommit(kit);
    case "mount":
      return benchMount(kit);
    case "memory-server":
    case "memory-client":
      return benchMemory(kit, task === "memory-server" ? "server" : "client", Number(arg));
    case "sessions":
      return benchSessions(kit);
    default:
      throw new Error(`bench suite: unknown task ${String(task)}`);
  }
}

const result = await runTask();
process.stdout.write(`${JSON.stringify({ kit: kit.name, result })}\n`);
// Sessions leave nothing running, but do not let a stray handle keep the bench alive.
process.exit(0);
