import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Locator, Page } from "playwright-core";

/** Options of {@link matchScreenshot}. */
export interface ScreenshotOptions {
  /**
   * Per-channel difference (0–255) under which two pixels count as equal. Default 16: font
   * anti-aliasing differs slightly between runs.
   */
  threshold?: number;
  /** Share of pixels (0–1) allowed to differ. Default 0.001 (0.1 %). */
  maxDiffRatio?: number;
  /**
   * Write the golden instead of comparing. Default: when the golden does not exist yet, or
   * when the environment variable `FLET_UPDATE_GOLDENS` is `1`.
   */
  update?: boolean;
}

/** What {@link matchScreenshot} found. */
export interface ScreenshotResult {
  /** `written` (new or updated golden) or `match` (a mismatch throws). */
  status: "written" | "match";
  /** Pixels that differ beyond the threshold. */
  diffPixels: number;
  /** Their share of all pixels. */
  diffRatio: number;
  /** Why it mismatched, in words (size change or share of pixels). */
  message: string;
}

/**
 * A screenshot once the page has settled: taken again until two in a row are the same
 * (fonts, lazy renderers and web components may still be arriving), at most 10 times.
 */
async function stableShot(target: Page | Locator): Promise<Buffer> {
  let previous = await target.screenshot({ animations: "disabled" });
  for (let tries = 0; tries < 10; tries++) {
    const next = await target.screenshot({ animations: "disabled" });
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

/**
 * Takes a PNG of `target` (a page or a locator) once it has settled, and compares it with
 * the golden file at `path` pixel by pixel (decoded and compared inside the page's own Chromium, no image
 * library needed). Throws a readable error on a mismatch beyond the tolerance, and writes
 * `<path>.actual.png` next to the golden for review.
 */
export async function matchScreenshot(
  target: Page | Locator,
  path: string,
  options: ScreenshotOptions = {},
): Promise<ScreenshotResult> {
  const actual = await stableShot(target);
  const update = options.update ?? process.env.FLET_UPDATE_GOLDENS === "1";
  if (update || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return { status: "written", diffPixels: 0, diffRatio: 0, message: "golden written" };
  }
  const golden = readFileSync(path);
  const page = "page" in target ? target.page() : target;
  const threshold = options.threshold ?? 16;
  const diff = await page.evaluate(
    async ([a, b, limit]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (x.width !== y.width || x.height !== y.height) {
        return {
          size: `${y.width}×${y.height} instead of ${x.width}×${x.height}`,
          count: -1,
          total: 0,
        };
      }
      let count = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 4; c++) {
          if (Math.abs((x.data[i + c] as number) - (y.data[i + c] as number)) > limit) {
            count++;
            break;
          }
        }
      }
      return { size: "", count, total: x.width * x.height };
    },
    [golden.toString("base64"), actual.toString("base64"), threshold] as const,
  );
  const maxRatio = options.maxDiffRatio ?? 0.001;
  if (diff.count < 0 || diff.count / diff.total > maxRatio) {
    writeFileSync(`${path}.actual.png`, actual);
    const message =
      diff.count < 0
        ? `the screenshot is ${diff.size}`
        : `${diff.count} of ${diff.total} pixels differ (${((100 * diff.count) / diff.total).toFixed(2)} %, allowed ${(100 * maxRatio).toFixed(2)} %)`;
    throw new Error(
      `Expected the screenshot to match ${path}, but ${message}. The new one is at ${path}.actual.png; set FLET_UPDATE_GOLDENS=1 to accept it.`,
    );
  }
  return {
    status: "match",
    diffPixels: diff.count,
    diffRatio: diff.count / diff.total,
    message: "match",
  };
}
