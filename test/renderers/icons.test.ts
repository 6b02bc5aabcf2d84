import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ICON_FONTS,
  type IconFamily,
  iconGlyphOf,
  loadIconGlyphMap,
} from "../../src/browser/icons.js";
import { cupertinoIcons, icons } from "../../src/pack.js";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ width: 900, height: 640 });
  await loadIconGlyphMap();
});
afterAll(() => h?.close());

/** A sample of every style: plain ligatures, mapped names, and Cupertino names. */
const SAMPLES: Array<[string, IconFamily]> = [
  [icons.DELETE, "filled"],
  [icons.DELETE_OUTLINED, "outlined"],
  [icons.DELETE_ROUNDED, "round"],
  [icons.DELETE_SHARP, "sharp"],
  [icons.DELETE_OUTLINE, "filled"],
  [icons.DELETE_OUTLINE_ROUNDED, "round"],
  [icons.FAVORITE_BORDER, "filled"],
  [icons.FAVORITE_BORDER_SHARP, "sharp"],
  [icons.CREATE, "filled"],
  [icons.CREATE_OUTLINED, "outlined"],
  [icons.TEN_K, "filled"],
  [icons.THREED_ROTATION_ROUNDED, "round"],
  [icons.CLASS_, "filled"],
  [icons.COPY, "filled"],
  [cupertinoIcons.HEART_FILL, "cupertino"],
  [cupertinoIcons.LEFT_CHEVRON, "cupertino"],
  [cupertinoIcons.SHARE, "cupertino"],
  [cupertinoIcons.AIRPLANE, "cupertino"],
  [cupertinoIcons.SETTINGS, "cupertino"],
];

const SIZE = 48;

/** Per glyph element: its font family, box width, the canvas width of its text in its own font, and its ink. */
function measureGlyphs(size: number) {
  return [...document.querySelectorAll<HTMLElement>(".flet-icon-glyph")].map((element) => {
    const family = getComputedStyle(element).fontFamily;
    const canvas = document.createElement("canvas");
    canvas.width = size * 2;
    canvas.height = size * 2;
    const context = canvas.getContext("2d")!;
    context.font = `${size}px ${family}`;
    context.textBaseline = "top";
    context.fillText(element.textContent ?? "", 0, 0);
    const pixels = context.getImageData(0, 0, size * 2, size * 2).data;
    let ink = 0;
    let hash = 0;
    for (let i = 3; i < pixels.length; i += 4) {
      if (pixels[i]! > 0) ink++;
      hash = (hash * 31 + pixels[i]!) | 0;
    }
    return {
      name: element.dataset.fletIcon,
      text: element.textContent,
      family,
      width: element.getBoundingClientRect().width,
      textWidth: context.measureText(element.textContent ?? "").width,
      ink,
      hash,
    };
  });
}

function sampleTree(): { tree: TreeBuilder; root: string } {
  const tree = new TreeBuilder();
  const icons = SAMPLES.map(([name]) => tree.add("icon", { name, size: SIZE }));
  return { tree, root: tree.add("row", { wrap: true, spacing: 8 }, { controls: icons }) };
}

describe("icon fonts in Chromium", () => {
  it("draws a sample of every style with its own font: one em wide, inked, distinct", async () => {
    const { tree, root } = sampleTree();
    await h.mount(tree.nodes, [root]);
    const glyphs = await h.page.evaluate(measureGlyphs, SIZE);
    expect(glyphs.map((g) => g.name)).toEqual(SAMPLES.map(([name]) => name));
    for (const [index, [name, family]] of SAMPLES.entries()) {
      const glyph = glyphs[index]!;
      expect(glyph.family, name).toContain(ICON_FONTS[family].family);
      expect(glyph.text, name).toBe(iconGlyphOf(name).ligature);
      // A ligature is one glyph one em wide; unresolved text would be a run of letters.
      expect(glyph.textWidth, name).toBeCloseTo(SIZE, 0);
      expect(glyph.width, name).toBeCloseTo(SIZE, 0);
      expect(glyph.ink, name).toBeGreaterThan(40);
    }
    // The four styles of one icon are four different drawings.
    expect(new Set(glyphs.slice(0, 4).map((g) => g.hash)).size).toBe(4);
    // Only the five icon fonts were asked for, from the pack's font base URL.
    const fonts = await h.page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith("/fonts/") && !path.includes("roboto")),
    );
    expect(new Set(fonts)).toEqual(
      new Set(Object.values(ICON_FONTS).map(({ file }) => `/fonts/${file}`)),
    );
  });

  it("has a glyph for every one of Flet's 10,125 icon names", async () => {
    const { tree, root } = sampleTree();
    await h.mount(tree.nodes, [root]);
    const pairs = new Map<string, [string, string]>();
    for (const name of [...Object.values(icons), ...Object.values(cupertinoIcons)]) {
      const { family, ligature } = iconGlyphOf(name);
      pairs.set(name, [ICON_FONTS[family].family, ligature]);
    }
    expect(pairs.size).toBe(8811 + 1314);
    const missing = await h.page.evaluate(
      (entries) => {
        const context = document.createElement("canvas").getContext("2d")!;
        const bad: string[] = [];
        for (const [name, [family, ligature]] of entries) {
          context.font = `24px "${family}"`;
          if (Math.abs(context.measureText(ligature).width - 24) > 0.5) bad.push(name);
        }
        return bad;
      },
      [...pairs],
    );
    expect(missing).toEqual([]);
  });

  it("changes style and font when the name changes", async () => {
    const tree = new TreeBuilder();
    const id = tree.add("icon", { name: icons.DELETE, size: SIZE });
    await h.mount(tree.nodes, [id]);
    const glyph = h.page.locator(`[data-id=${id}]`);
    await h.update(id, { name: cupertinoIcons.DELETE });
    expect(await glyph.textContent()).toBe("trash");
    expect(await glyph.getAttribute("class")).toContain("flet-icon-cupertino");
    expect(await glyph.getAttribute("class")).not.toContain("flet-icon-filled");
    await h.update(id, { name: icons.DELETE_SHARP });
    expect(await glyph.textContent()).toBe("delete");
    expect(await glyph.getAttribute("class")).toContain("flet-icon-sharp");
  });

  it.each([false, true])("screenshot of the sample grid (dark: %s)", async (dark) => {
    const tree = new TreeBuilder();
    const rows = (
      [
        ["filled", ["home", "delete_outline", "favorite_border", "create", "ten_k", "settings"]],
        [
          "outlined",
          [
            "home_outlined",
            "delete_outlined",
            "favorite_outlined",
            "create_outlined",
            "ten_k_outlined",
            "settings_outlined",
          ],
        ],
        [
          "rounded",
          [
            "home_rounded",
            "delete_rounded",
            "favorite_rounded",
            "create_rounded",
            "ten_k_rounded",
            "settings_rounded",
          ],
        ],
        [
          "sharp",
          [
            "home_sharp",
            "delete_sharp",
            "favorite_sharp",
            "create_sharp",
            "ten_k_sharp",
            "settings_sharp",
          ],
        ],
        [
          "cupertino",
          [
            "cupertino_house",
            "cupertino_delete",
            "cupertino_heart",
            "cupertino_create",
            "cupertino_left_chevron",
            "cupertino_settings",
          ],
        ],
      ] as const
    ).map(([label, names]) =>
      tree.add(
        "row",
        { spacing: 16 },
        {
          controls: [
            tree.add("container", { width: 100 }, { content: tree.add("text", { value: label }) }),
            ...names.map((name) => tree.add("icon", { name, size: 36 })),
          ],
        },
      ),
    );
    await h.mount(tree.nodes, [tree.add("column", { spacing: 12 }, { controls: rows })], { dark });
    const path = new URL(`../../docs/img/icons-${dark ? "dark" : "light"}.png`, import.meta.url);
    await h.page.locator("#root").screenshot({ path: path.pathname });
    const inked = await h.page.evaluate(measureGlyphs, 36);
    expect(inked).toHaveLength(30);
    for (const glyph of inked) expect(glyph.textWidth, glyph.name).toBeCloseTo(36, 0);
  });
});
