/**
 * Loaded into the app by `flet-ts run` (`node --import`): when the CLI is gone without
 * stopping the app (killed with SIGKILL, its terminal closed), the app receives SIGTERM
 * and shuts down gracefully instead of holding its port as an orphan. The app runs in
 * its own process group, so nothing else would tell it.
 * @internal
 * @module
 */

const parent = Number(process.env.FLET_TS_CLI_PID);
if (Number.isInteger(parent) && parent > 0) {
  delete process.env.FLET_TS_CLI_PID;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      process.kill(process.pid, "SIGTERM");
    }
  }, 500);
  timer.unref();
}

export {};
