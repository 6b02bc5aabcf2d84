// The getting-started guide shows the files `flet-ts create` writes, word for word, so a
// newcomer who pastes the guide's test into the generated project gets a passing test.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appFiles } from "../../src/cli/templates/app-files.js";

const guide = readFileSync(
  new URL("../../docs/guides/getting-started.md", import.meta.url),
  "utf8",
);
const files = appFiles({
  name: "my-app",
  fletTs: "^0.1.0",
  vitest: "^4",
  typescript: "^5",
  typesNode: "^20",
  overrides: {},
});

/** The code block of the guide whose first line is `// <file>`, without that line. */
function block(file: string): string | undefined {
  const match = new RegExp("```ts\\n// " + file.replace(".", "\\.") + "\\n([\\s\\S]*?)```").exec(
    guide,
  );
  return match?.[1];
}

describe("the getting-started guide", () => {
  it.each(["app.ts", "app.test.ts"])("shows the %s that flet-ts create writes", (file) => {
    expect(block(file)).toBe(files[file]);
  });
});
