#!/usr/bin/env node
/**
 * The `flet-ts` executable: `flet-ts run`, `flet-ts create`, `flet-ts pack create`.
 * @internal
 * @module
 */
import { cli } from "./cli.js";

process.exitCode = await cli(process.argv.slice(2));
