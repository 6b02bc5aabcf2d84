import { Control } from "../core/control.js";
import { $state } from "../core/internals.js";
import { writePropSilently } from "../core/props.js";
import { type CompiledSchema, compiledSchemaOf, lookupSchema } from "../core/schema.js";
import { adoptShadowedFields } from "../core/shadowed-fields.js";
import { NODE_SLOTS, PAGE_ID, type WireSlots } from "../protocol/wire.js";
import {
  containsItself,
  holds,
  isWithin,
  notAControl,
  otherSession,
  secondParent,
  twiceInList,
  updateLoop,
} from "./attach-checks.js";
import {
  newPass,
  noteTaken,
  type Pass,
  type Reconciled,
  type ReconcilerOwner,
  rollbackPass,
  validatePass,
} from "./pass.js";
import { detachDropped, slotChange } from "./slot-changes.js";
import { subtreeChildrenFirst } from "./subtree.js";
import {
  type CommittedBatch,
  emptyChanges,
  type TreeChanges,
  type TreeStore,
} from "./tree-store.js";
import { nodeOf, wireValue } from "./wire-node.js";

export type { Reconciled, ReconcilerOwner } from "./pass.js";

/** Most passes over dirty controls in one update before it is called a loop. */
const MAX_PASSES = 1_000;

/**
 * The heart of "controls → patches": turns what the app did to its controls since the
 * last update into one {@link TreeChanges} and commits it to the {@link TreeStore}.
 *
 * ## What it does in one pass
 * ```
 *  reconcile(scope)
 *    ├─ beforeUpdate()        mounted controls that override it (the scope's subtree, and
 *    │                         dirty ones, for control.update(); all for page.update())
 *    ├─ collect dirty         changed props → props changes; changed slots diffed by id
 *    │    ├─ new child     ─► mount: id, build() once, beforeUpdate(), its own children
 *    │    ├─ dropped child ─► detached; re-attached elsewhere in the same pass = a move
 *    │    └─ repeat until no hook makes more changes (at most 1,000 rounds)
 *    ├─ unmount detached      willUnmount() children first, ids freed
 *    ├─ new nodes             built from their final state (one "add" each)
 *    └─ TreeStore.commit      one immer produce → one batch of RFC 6902 operations
 *  didMount(mounted)          after the host has sent the batch, parents first
 * ```
 *
 * ## Why it is shaped like this
 * - Only dirty controls are visited, so a pass is O(changes), never O(page) (invariant 1
 *   in docs/guides/architecture.md).
 * - A new subtree is one `add` of each node built from its final state, never an add
 *   followed by changes; its dirty flags are cleared at mount for that reason.
 * - Child lists are diffed by id here ({@link diffIdLists}); immer's array diff never
 *   sees them.
 * - A bad child (not a control, twice in a list, its own ancestor, from another session)
 *   is reported through {@link ReconcilerOwner.reportError} and removed from the
 *   server's list, so the server's tree stays equal to what the browser gets.
 * - Two-way values remember the revision of the server's last change, so the event
 *   intake can drop a browser value that is older ({@link Reconciler.serverRevision}).
 *
 * @example
 * ```ts
 * const store = new TreeStore();
 * const reconciler = new Reconciler(store, owner);
 * reconciler.mountRoot();
 * page.controls.push(new Text({ value: "hi" })); // marks the page dirty through its host
 * const { batch, mounted } = reconciler.reconcile(undefined);
 * send(batch);
 * reconciler.didMount(mounted);
 * ```
 *
 * @internal
 */
export class Reconciler {
  readonly #store: TreeStore;
  readonly #owner: ReconcilerOwner;
  readonly #index = new Map<string, Control>();
  readonly #dirty = new Set<Control>();
  readonly #hooked = new Set<Control>();
  readonly #twoWayRevisions = new Map<string, number>();
  readonly #mountRecords = new Map<Control, WireSlots>();
  /** Controls mounted whose children are not attached yet (mounting is iterative). */
  readonly #toAttach: Control[] = [];
  /** Ids a failed pass unmounted that the committed tree still holds: removed next commit. */
  readonly #orphans: string[] = [];
  #nextId = 1;
  readonly #report = (error: unknown, source: string) => this.#owner.reportError(error, source);

  constructor(store: TreeStore, owner: ReconcilerOwner) {
    this.#store = store;
    this.#owner = owner;
  }

  /** Number of mounted controls. */
  get size(): number {
    return this.#index.size;
  }

  /** The mounted control with this id. */
  control(id: string): Control | undefined {
    return this.#index.get(id);
  }

  /** Remembers that a mounted control has pending changes. */
  markDirty(control: Control): void {
    this.#dirty.add(control);
  }

  /** Mounts the root as `"page"` with its children and commits them silently (revision 0). */
  mountRoot(): void {
    const root = this.#owner.root;
    const state = root[$state];
    state.id = PAGE_ID;
    state.host = this.#owner.host;
    this.#index.set(PAGE_ID, root);
    const changes = emptyChanges();
    const mounted: Control[] = [];
    const record = this.#attachSlots(root, compiledSchemaOf(root.constructor), mounted);
    this.#attachPending(mounted);
    changes.added.push([PAGE_ID, nodeOf(this.#report, root, record)]);
    for (const control of mounted)
      changes.added.push([
        control.uid!,
        nodeOf(this.#report, control, this.#mountRecords.get(control)!),
      ]);
    this.#mountRecords.clear();
    this.#store.commit(changes, true);
  }

  /**
   * Runs the `beforeUpdate()` hooks, collects every pending change and commits it as one
   * batch. `scope` limits the hooks to that control's subtree (plus controls with
   * changes). Throws when hooks keep making changes (more than 1,000 rounds).
   */
  reconcile(scope: Control | undefined): Reconciled {
    this.#runBeforeUpdate(scope);
    const collected = newPass();
    let batch: CommittedBatch | undefined;
    try {
      this.#collect(collected);
      validatePass(collected);
      if (this.#orphans.length > 0) collected.changes.removed.push(...this.#orphans.splice(0));
      batch = this.#store.commit(collected.changes);
    } catch (error) {
      this.#rollback(collected);
      throw error;
    }
    if (batch) {
      for (const key of collected.twoWay) this.#twoWayRevisions.set(key, batch.revision);
    }
    return { batch, mounted: collected.mounted };
  }

  /** Runs `didMount()` of the controls a pass mounted (and that are still mounted). */
  didMount(mounted: readonly Control[]): void {
    for (const control of mounted) {
      if (control.mounted) this.#safely(control, "didMount", () => control.didMount());
    }
  }

  /**
   * The revision of the server's last change of a two-way property, or 0. A browser value
   * made at an older revision is stale: the server's newer value is on its way.
   */
  serverRevision(control: Control, name: string): number {
    return this.#twoWayRevisions.get(`${control.uid}\u0000${name}`) ?? 0;
  }

  /**
   * Writes values the browser already has (two-way values, client details) and commits
   * them without producing operations, so nothing is echoed back.
   */
  applySilently(control: Control, props: Record<string, unknown>): void {
    const entries = Object.entries(props);
    if (entries.length === 0) return;
    const changes = emptyChanges();
    const declared = lookupSchema(control.constructor).propsByName;
    for (const [name, value] of entries) {
      writePropSilently(control, name, value, declared.get(name)?.nullable === true);
      changes.props.push([control.uid!, name, wireValue(this.#report, control, name, value)]);
    }
    this.#store.commit(changes, true);
  }

  /**
   * Unmounts everything under the root (`willUnmount()` children first) without
   * committing: the session is ending.
   */
  unmountAll(): void {
    const changes = emptyChanges();
    const topLevel = Object.values(this.#owner.root[$state].slots ?? {}).flatMap((value) =>
      Array.isArray(value) ? value : [value],
    );
    for (const item of topLevel)
      if (item instanceof Control && item.mounted) this.#unmount(item, changes);
  }

  #safely(control: Control, hook: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.#owner.reportError(
        error,
        `${hook} of ${control.constructor.name}${control.uid ? `#${control.uid}` : ""}`,
      );
    }
  }

  #runBeforeUpdate(scope: Control | undefined): void {
    if (this.#hooked.size === 0) return;
    const all = scope === undefined || scope === this.#owner.root;
    for (const control of [...this.#hooked]) {
      if (all || this.#dirty.has(control) || isWithin(control, scope)) {
        this.#safely(control, "beforeUpdate", () => control.beforeUpdate());
      }
    }
  }

  #collect(collected: Pass): void {
    const { changes, mounted, twoWay } = collected;
    const dropped = new Set<Control>();
    // Hooks (build, willUnmount) may change more controls; every pass counts, so a chain
    // that never ends is reported instead of hanging the process.
    let passes = 0;
    for (let round = 0; this.#dirty.size > 0 || dropped.size > 0; round++) {
      if (round > MAX_PASSES) throw updateLoop(round);
      while (this.#dirty.size > 0) {
        if (++passes > MAX_PASSES) throw updateLoop(passes);
        const batch = [...this.#dirty];
        this.#dirty.clear();
        for (const control of batch) {
          noteTaken(collected, control);
          this.#processDirty(control, changes, mounted, dropped, twoWay);
        }
      }
      if (dropped.size > 0) {
        const candidates = [...dropped];
        dropped.clear();
        for (const control of candidates) {
          const state = control[$state];
          if (
            state.host === this.#owner.host &&
            state.parent === undefined &&
            control !== this.#owner.root
          )
            this.#unmount(control, changes);
        }
      }
    }
    for (const control of mounted) {
      const record = this.#mountRecords.get(control);
      if (control.mounted && record)
        changes.added.push([control.uid!, nodeOf(this.#report, control, record)]);
    }
    // Map#clear allocates a new table even when empty: most passes mount nothing.
    if (this.#mountRecords.size > 0) this.#mountRecords.clear();
  }

  /** Undoes a failed pass (see {@link rollbackPass}). */
  #rollback(pass: Pass): void {
    const { host } = this.#owner;
    const owner = { host, store: this.#store, index: this.#index, hooked: this.#hooked };
    rollbackPass(pass, { ...owner, dirty: this.#dirty, orphans: this.#orphans });
    this.#mountRecords.clear();
    this.#toAttach.length = 0;
  }

  #processDirty(
    control: Control,
    changes: TreeChanges,
    mounted: Control[],
    dropped: Set<Control>,
    twoWay: string[],
  ): void {
    const state = control[$state];
    const dirtyProps = state.dirtyProps;
    const dirtySlots = state.dirtySlots;
    state.dirtyProps = undefined;
    state.dirtySlots = undefined;
    if (state.host !== this.#owner.host) return;
    const id = state.id!;
    const record = this.#mountRecords.get(control);
    const schema = compiledSchemaOf(control.constructor);
    if (dirtyProps && record === undefined) {
      for (const name of dirtyProps) {
        const value = state.props[name];
        const wire = wireValue(this.#report, control, name, value);
        // A value that cannot be sent was reported; the browser keeps its last good one.
        if (wire === undefined && value !== undefined) continue;
        changes.props.push([id, name, wire]);
        if (schema.propsByName.get(name)?.twoWay) twoWay.push(`${id}\u0000${name}`);
      }
    }
    if (dirtySlots === undefined) return;
    const committed = record ?? this.#store.node(id)?.[NODE_SLOTS] ?? {};
    for (const name of dirtySlots) {
      const slot = schema.slotsByName.get(name);
      if (slot === undefined) continue;
      const before = committed[name];
      const beforeIds = before === undefined ? [] : Array.isArray(before) ? before : [before];
      let after: string | string[] | undefined;
      if (slot.list) {
        const ids = this.#attachList(control, name, mounted);
        after = ids.length > 0 ? ids : undefined;
      } else {
        const value = state.slots?.[name];
        if (value !== undefined && this.#attach(value, control, name, mounted))
          after = (value as Control).uid;
        else if (value !== undefined) delete state.slots![name];
      }
      const afterIds = after === undefined ? [] : Array.isArray(after) ? after : [after];
      detachDropped(control, name, beforeIds, afterIds, this.#index, dropped);
      if (record) {
        if (after === undefined) delete record[name];
        else record[name] = after;
      } else {
        slotChange(changes, id, name, slot.list, beforeIds, after);
      }
    }
    this.#attachPending(mounted);
  }

  #attachList(parent: Control, name: string, mounted: Control[]): string[] {
    const list = (parent[$state].slots?.[name] ?? []) as unknown[];
    const ids: string[] = [];
    const seen = new Set<unknown>();
    let rejected = false;
    for (const item of list) {
      if (seen.has(item)) {
        this.#owner.reportError(
          twiceInList(item, parent, name),
          `update of ${parent.constructor.name}.${name}`,
        );
        rejected = true;
        continue;
      }
      seen.add(item);
      if (this.#attach(item, parent, name, mounted)) ids.push((item as Control).uid!);
      else rejected = true;
    }
    if (rejected) {
      // Keep the server's list equal to what the browser gets: drop what was refused.
      const kept = list.filter(
        (item, index) =>
          list.indexOf(item) === index &&
          item instanceof Control &&
          (item as Control)[$state].parent === parent,
      );
      list.length = 0;
      list.push(...kept);
      parent[$state].dirtySlots?.delete(name);
      this.#dirty.delete(parent);
    }
    return ids;
  }

  #attachSlots(control: Control, schema: CompiledSchema, mounted: Control[]): WireSlots {
    const record: WireSlots = {};
    const state = control[$state];
    for (const slot of schema.slots) {
      const value = state.slots?.[slot.name];
      if (value === undefined) continue;
      if (slot.list) {
        const ids = this.#attachList(control, slot.name, mounted);
        if (ids.length > 0) record[slot.name] = ids;
      } else if (this.#attach(value, control, slot.name, mounted)) {
        record[slot.name] = (value as Control).uid!;
      } else {
        delete state.slots![slot.name];
      }
    }
    return record;
  }

  /** Attaches `child` under `parent`; mounts it when new. False when refused. */
  #attach(child: unknown, parent: Control, slot: string, mounted: Control[]): boolean {
    const where = `update of ${parent.constructor.name}.${slot}`;
    if (!(child instanceof Control)) {
      this.#owner.reportError(notAControl(child, parent, slot), where);
      return false;
    }
    const state = child[$state];
    // A new control cannot be an ancestor of its mounted parent: no walk up (linear mount).
    if (state.host === undefined) {
      this.#mount(child, parent, slot, mounted);
      return true;
    }
    for (let node: Control | undefined = parent; node !== undefined; node = node[$state].parent) {
      if (node !== child) continue;
      this.#owner.reportError(containsItself(child, parent, slot), where);
      return false;
    }
    if (state.host !== this.#owner.host) {
      this.#owner.reportError(otherSession(child), where);
      return false;
    }
    if (child === this.#owner.root) return false;
    if (state.parent === parent) {
      state.slot = slot;
      return true;
    }
    if (state.parent !== undefined && holds(state.parent, state.slot!, child)) {
      this.#owner.reportError(secondParent(child, parent, slot), where);
      return false;
    }
    // Moved: detached elsewhere in this update (or still listed in a detached subtree).
    state.parent = parent;
    state.slot = slot;
    return true;
  }

  #mount(control: Control, parent: Control, slot: string, mounted: Control[]): void {
    const schema = compiledSchemaOf(control.constructor);
    adoptShadowedFields(
      control,
      schema,
      this.#owner.dev ? (names) => this.#warnShadowed(control, schema, names) : undefined,
    );
    const state = control[$state];
    if (!state.built) {
      state.built = true;
      this.#safely(control, "build", () => control.build());
    }
    state.id = (this.#nextId++).toString(36);
    state.host = this.#owner.host;
    state.parent = parent;
    state.slot = slot;
    state.dirtyProps = undefined;
    state.dirtySlots = undefined;
    this.#index.set(state.id, control);
    mounted.push(control);
    if (control.beforeUpdate !== Control.prototype.beforeUpdate) {
      this.#hooked.add(control);
      this.#safely(control, "beforeUpdate", () => control.beforeUpdate());
      state.dirtyProps = undefined;
      this.#dirty.delete(control);
    }
    // Its children are attached by #attachPending, from a work list rather than by
    // recursion, so a tree 100,000 controls deep mounts without exhausting the stack.
    this.#mountRecords.set(control, {});
    this.#toAttach.push(control);
  }

  /** Attaches the children of every control mounted but not yet filled (parents first). */
  #attachPending(mounted: Control[]): void {
    while (this.#toAttach.length > 0) {
      const control = this.#toAttach.pop()!;
      if (control[$state].host !== this.#owner.host) continue;
      const schema = compiledSchemaOf(control.constructor);
      this.#mountRecords.set(control, this.#attachSlots(control, schema, mounted));
    }
  }

  #warnShadowed(control: Control, schema: CompiledSchema, names: readonly string[]): void {
    this.#owner.warn(
      `${control.constructor.name} declares ${names.join(", ")} as class fields, which hide the properties of ${schema.className}. flet-ts moved the values behind the properties; to avoid this, set them in the constructor instead (this.${names[0]} = ...).`,
    );
  }

  #unmount(root: Control, changes: TreeChanges): void {
    const order = subtreeChildrenFirst(root, this.#owner.host);
    for (const control of order) this.#safely(control, "willUnmount", () => control.willUnmount());
    for (const control of order) {
      const state = control[$state];
      changes.removed.push(state.id!);
      this.#index.delete(state.id!);
      this.#hooked.delete(control);
      this.#dirty.delete(control);
      this.#mountRecords.delete(control);
      // Only two-way props have revisions (most controls have none: no key to build).
      if (this.#twoWayRevisions.size > 0)
        for (const name of compiledSchemaOf(control.constructor).twoWayProps)
          this.#twoWayRevisions.delete(`${state.id}\u0000${name}`);
      state.id = undefined;
      state.host = undefined;
      state.parent = undefined;
      state.slot = undefined;
      state.dirtyProps = undefined;
      state.dirtySlots = undefined;
    }
  }
}
