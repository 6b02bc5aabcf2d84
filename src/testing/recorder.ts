/**
 * The session recorder behind `flet-ts run --record FILE`: it sees each event a browser sends
 * (at the session's entry, before the handler runs, so the tree is the one the person saw),
 * names its target the way a test would (key, text, tooltip, else type and position) and
 * writes a vitest file that replays the same events through the tester and asserts the final
 * tree.
 */
import { writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import type { Control } from "../core/control.js";
import type { EventMessage } from "../protocol/messages.js";
import { PAGE_ID, type WireNode } from "../protocol/wire.js";
import type { Session } from "../session/session.js";
import { Finders } from "./finder.js";
import { type TreeNode, treeOf } from "./tester-types.js";

/** One recorded event: how a test finds its control, and what the browser sent. */
export interface RecordedStep {
  /** A tester expression that finds the control (`t.find.byKey("filter")`). */
  readonly target: string;
  /** Wire event name (`click`, `change`). */
  readonly name: string;
  /** The event's payload, if any. */
  readonly data?: unknown;
  /** Two-way values sent with it (`{ value: "typed" }`). */
  readonly props?: Record<string, unknown>;
}

/** Options of {@link SessionRecorder}. */
export interface RecorderOptions {
  /** The vitest file to write. */
  file: string;
  /** The app's module (its path), imported by the test. */
  app: string;
  /** The name of the app's exported main function. Default `"main"`. */
  exportName?: string;
}

const TEXT_PROPS = ["value", "text", "label"] as const;

function finders(session: Session): Finders {
  return new Finders({
    tree: () => session.store.snapshot(),
    control: (id) => session.control(id),
  });
}

/**
 * The tester expression that finds `control` in `session`'s tree: by key; by text when one
 * control has it; by tooltip when one control has it; else by type and position.
 * @internal
 */
export function targetExpression(session: Session, control: Control): string {
  const find = finders(session);
  const props = control as unknown as Record<string, unknown>;
  if (typeof props.key === "string" && find.byKey(props.key).count === 1) {
    return `t.find.byKey(${JSON.stringify(props.key)})`;
  }
  for (const name of TEXT_PROPS) {
    const text = props[name];
    if (typeof text === "string" && text !== "" && find.text(text).count === 1) {
      return `t.find.text(${JSON.stringify(text)})`;
    }
  }
  const tooltip = props.tooltip;
  if (typeof tooltip === "string" && tooltip !== "") {
    const same = find.where((c) => (c as unknown as { tooltip?: unknown }).tooltip === tooltip);
    if (same.count === 1) {
      return `t.find.where((c) => (c as { tooltip?: unknown }).tooltip === ${JSON.stringify(tooltip)})`;
    }
  }
  const tree = session.store.snapshot() as Record<string, WireNode | undefined>;
  const type = tree[control.uid ?? ""]?.[0] ?? "";
  const index = find.byType(type).ids.indexOf(control.uid ?? "");
  return `t.find.byType(${JSON.stringify(type)}).at(${index})`;
}

/** The final tree to assert: the page's props (window size, platform) vary by browser. */
function finalTree(session: Session): Omit<TreeNode, "props"> {
  const { props: _page, ...rest } = treeOf(
    session.store.snapshot() as Record<string, WireNode | undefined>,
    {},
  );
  return rest;
}

/**
 * Records what people do in the browser as a replayable test. `flet-ts run --record FILE`
 * creates one and hands it every event the browser sends; the file is rewritten
 * shortly after each event, so it is current whenever the app stops. It records the most
 * recent session.
 *
 * @example
 * ```ts
 * // What `flet-ts run --record test/recorded.test.ts app.ts` sets up:
 * const recorder = new SessionRecorder({ file: "test/recorded.test.ts", app: "app.ts" });
 * // ...events arrive while a person uses the app, then:
 * recorder.write();
 * ```
 */
export class SessionRecorder {
  readonly #options: RecorderOptions;
  #session: Session | undefined;
  #steps: RecordedStep[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** @param options - Where to write and which app module the test imports. */
  constructor(options: RecorderOptions) {
    this.#options = options;
  }

  /** The steps of the session being recorded. */
  get steps(): readonly RecordedStep[] {
    return this.#steps;
  }

  /** Sees one event (pass as the app's `onClientEvent`). @internal */
  readonly observe = (session: Session, event: EventMessage): void => {
    if (session !== this.#session) {
      this.#session = session;
      this.#steps = [];
    }
    if (event.target === PAGE_ID) return; // window size, route, lifecycle: the browser's, not the person's
    const control = session.control(event.target);
    if (control === undefined) return;
    this.#steps.push({
      target: targetExpression(session, control),
      name: event.name,
      ...(event.data === undefined ? {} : { data: event.data }),
      ...(event.props === undefined ? {} : { props: event.props }),
    });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.write(), 300);
    this.#timer.unref?.();
  };

  /** The vitest file for what was recorded, with the session's tree as it is now. */
  source(): string {
    const session = this.#session;
    const from = dirname(this.#options.file);
    let path = relative(from, this.#options.app)
      .replaceAll("\\", "/")
      .replace(/\.tsx?$/, ".js");
    if (!path.startsWith(".")) path = `./${path}`;
    const name = this.#options.exportName ?? "main";
    const steps = this.#steps.map((step) => {
      const args = [step.target, JSON.stringify(step.name)];
      if (step.data !== undefined || step.props !== undefined) {
        args.push(step.data === undefined ? "undefined" : JSON.stringify(step.data));
      }
      if (step.props !== undefined) args.push(JSON.stringify(step.props));
      return `  await t.trigger(${args.join(", ")});`;
    });
    const tree = session === undefined ? {} : finalTree(session);
    return `// Recorded by \`flet-ts run --record\`: replays a browser session through the tester.
import { createTester } from "flet-ts/testing";
import { expect, it } from "vitest";
import { ${name} } from ${JSON.stringify(path)};

it("replays the recorded session", async () => {
  const t = await createTester(${name});
${steps.join("\n")}
  await t.settle();
  const { props: _page, ...tree } = t.tree();
  expect(tree).toEqual(${JSON.stringify(tree, null, 2).replaceAll("\n", "\n  ")});
  await t.close();
});
`;
  }

  /** Writes the file now. */
  write(): void {
    clearTimeout(this.#timer);
    writeFileSync(this.#options.file, this.source());
  }
}
