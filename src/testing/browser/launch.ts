import { type Browser, chromium } from "playwright-core";

/** Where Debian installs Chromium. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** The flags {@link launchChromium} passes: headless, no sandbox, no GPU, no background traffic. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

/** Options of {@link launchChromium}. */
export interface LaunchOptions {
  /** The Chromium binary. Default `/usr/bin/chromium` (Debian's package). */
  executablePath?: string;
  /** Extra command-line flags, after {@link CHROMIUM_FLAGS}. */
  args?: readonly string[];
}

/** Launches a headless Chromium through playwright-core (an optional peer dependency). */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: options.executablePath ?? DEFAULT_CHROMIUM,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
}
