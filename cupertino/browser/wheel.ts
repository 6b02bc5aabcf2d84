/**
 * One wheel of an iOS picker: a `role="listbox"` column that scrolls with CSS scroll
 * snapping, magnifies and tilts rows by their distance from the centre (a drum), and is
 * moved by the mouse wheel, touch, mouse drag, a click on a row, or the keyboard (arrows,
 * Page Up/Down, Home, End). It reports the centred row once the scroll settles.
 * @module
 */
import { el } from "./dom.js";

/** Options of a {@link Wheel}. */
export interface WheelOptions {
  /** Accessible name of the listbox. */
  label: string;
  /** Row height in pixels. */
  extent: number;
  /** Visible rows (odd). */
  rows?: number;
  /** Scale of the centred row. */
  magnification?: number;
  /** How tightly rows pack on the drum (Flutter's squeeze). Default 1.45. */
  squeeze?: number;
  /** Drum diameter relative to the wheel's height. Default 1.07. */
  diameterRatio?: number;
  /** Where the drum's axis sits sideways, -1 to 1 of the width. Default 0. */
  offAxisFraction?: number;
  /** Wraps around: the last rows show above the first, and the keys go round. */
  looping?: boolean;
  /** Called with the settled row index (only when it changed). */
  onCommit(index: number): void;
}

/**
 * A snapping, magnifying wheel of rows.
 *
 * @example
 * ```ts
 * const wheel = new Wheel({ label: "Month", extent: 32, onCommit: (i) => console.log(i) });
 * wheel.setRows(["January", "February"]);
 * wheel.select(1);
 * ```
 */
export class Wheel {
  /** The listbox element. */
  readonly element: HTMLDivElement;
  #options: WheelOptions;
  #rows: HTMLElement[] = [];
  /** Copies of the rows at the other end, drawn around a looping wheel's ends. */
  #ghosts: { row: HTMLElement; at: number }[] = [];
  #disabled: (index: number) => boolean = () => false;
  #index = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #programmatic = false;
  static #next = 0;
  readonly #uid = `cu-wheel-${++Wheel.#next}`;

  constructor(options: WheelOptions) {
    this.#options = options;
    this.element = el("div", "cu-wheel", { role: "listbox", tabindex: "0" });
    this.configure(options);
    this.element.addEventListener("scroll", () => this.#scrolled());
    this.element.addEventListener("scrollend", () => this.#settle());
    this.element.addEventListener("keydown", (event) => this.#key(event));
    this.element.addEventListener("click", (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>("[role=option]");
      if (row && !this.#dragged) this.#goto(this.#rows.indexOf(row), true);
    });
    this.#wireDrag();
  }

  /** Updates name, row height, visible rows and magnification. */
  configure(options: Partial<WheelOptions>): void {
    this.#options = { ...this.#options, ...options };
    const { extent, rows = 5, label } = this.#options;
    this.element.setAttribute("aria-label", label);
    this.element.style.height = `${extent * rows}px`;
    const pad = `${(extent * (rows - 1)) / 2}px`;
    // A looping wheel fills the space around its ends with the rows of the other end.
    this.element.style.paddingBlock = this.#options.looping ? "0px" : pad;
    this.element.style.scrollPaddingBlock = pad;
    for (const row of this.#rows) row.style.height = `${extent}px`;
    this.#placeGhosts();
  }

  #placeGhosts(): void {
    for (const ghost of this.#ghosts) ghost.row.remove();
    this.#ghosts = [];
    const { looping, extent, rows = 5 } = this.#options;
    const count = this.#rows.length;
    if (!looping || count === 0) return;
    const copy = (index: number, at: number) => {
      const row = this.#rows[((index % count) + count) % count]!.cloneNode(true) as HTMLElement;
      // A copy is decoration: no id, no control identity, not an option.
      for (const node of [row, ...row.querySelectorAll<HTMLElement>("*")]) {
        node.removeAttribute("id");
        node.removeAttribute("data-flet-id");
      }
      row.removeAttribute("role");
      row.removeAttribute("aria-selected");
      row.setAttribute("aria-hidden", "true");
      row.className = "cu-wheel-ghost";
      row.style.height = `${extent}px`;
      this.#ghosts.push({ row, at });
      return row;
    };
    const side = (rows - 1) / 2;
    for (let k = side; k >= 1; k--) this.element.insertBefore(copy(-k, -k), this.#rows[0]!);
    for (let k = 0; k < side; k++) this.element.append(copy(k, count + k));
  }

  /** The settled index. */
  get index(): number {
    return this.#index;
  }

  /** Replaces the rows (strings or elements); keeps the index when possible. */
  setRows(rows: readonly (string | HTMLElement)[], disabled?: (index: number) => boolean): void {
    this.#disabled = disabled ?? (() => false);
    const items = rows.map((row, index) => {
      const item =
        typeof row === "string"
          ? this.#rows[index]?.dataset.text === row
            ? this.#rows[index]!
            : el("div")
          : row;
      if (typeof row === "string" && item.dataset.text !== row) {
        item.textContent = row;
        item.dataset.text = row;
      }
      item.setAttribute("role", "option");
      item.id = `${this.#uid}-${index}`;
      item.style.height = `${this.#options.extent}px`;
      item.setAttribute("aria-disabled", String(this.#disabled(index)));
      return item;
    });
    const keep = new Set(items);
    for (const ghost of this.#ghosts) ghost.row.remove();
    this.#ghosts = [];
    for (const child of [...this.element.children])
      if (!keep.has(child as HTMLElement)) child.remove();
    items.forEach((item, index) => {
      if (this.element.children[index] !== item)
        this.element.insertBefore(item, this.element.children[index] ?? null);
    });
    this.#rows = items;
    this.#placeGhosts();
    this.#mark();
  }

  /** Centres row `index` (clamped), without reporting it. */
  select(index: number, smooth = false): void {
    const clamped = Math.max(0, Math.min(this.#rows.length - 1, index));
    this.#index = clamped;
    this.#mark();
    this.#scrollTo(clamped, smooth);
  }

  #scrollTo(index: number, smooth: boolean): void {
    const top = index * this.#options.extent;
    if (Math.abs(this.element.scrollTop - top) < 1) {
      this.#paint();
      return;
    }
    this.#programmatic = !smooth;
    this.element.scrollTo({ top, behavior: smooth ? "smooth" : "instant" });
    this.#paint();
    if (!this.element.isConnected) requestAnimationFrame(() => this.element.scrollTo({ top }));
  }

  #mark(): void {
    for (const [index, row] of this.#rows.entries())
      row.setAttribute("aria-selected", String(index === this.#index));
    const current = this.#rows[this.#index];
    if (current) {
      // A listbox names its value through the active option (aria-valuetext is not allowed).
      this.element.setAttribute("aria-activedescendant", current.id);
    }
  }

  #centred(): number {
    return Math.round(this.element.scrollTop / this.#options.extent);
  }

  #paint(): void {
    const { extent, rows = 5, magnification = 1 } = this.#options;
    const squeeze = this.#options.squeeze ?? 1.45;
    const diameter = extent * rows * (this.#options.diameterRatio ?? 1.07);
    // Flutter's drum: rows `extent / squeeze` apart on a circle of `diameter`.
    const degrees = ((extent / squeeze / (diameter / 2)) * 180) / Math.PI;
    const origin = `${50 + (this.#options.offAxisFraction ?? 0) * 100}% 50%`;
    const centre = this.element.scrollTop / extent;
    const draw = (row: HTMLElement, index: number) => {
      const distance = Math.max(-3, Math.min(3, index - centre));
      const near = Math.max(0, 1 - Math.abs(distance));
      const scale = 1 + (magnification - 1) * near;
      row.style.transform = `perspective(400px) rotateX(${-distance * degrees}deg) scale(${scale})`;
      row.style.transformOrigin = origin;
      row.style.opacity = String(Math.max(0.25, 1 - Math.abs(distance) * 0.28));
    };
    this.#rows.forEach(draw);
    for (const ghost of this.#ghosts) draw(ghost.row, ghost.at);
  }

  #scrolled(): void {
    this.#paint();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#settle(), 160);
  }

  #settle(): void {
    clearTimeout(this.#timer);
    if (this.#dragging) return;
    if (this.#programmatic) {
      this.#programmatic = false;
      return;
    }
    this.#goto(this.#centred(), false);
  }

  // Moves to `index` (or the nearest enabled row) and reports it when it changed.
  #goto(index: number, smooth: boolean): void {
    if (this.#rows.length === 0) return;
    let target = Math.max(0, Math.min(this.#rows.length - 1, index));
    if (this.#disabled(target)) target = this.#nearestEnabled(target);
    const changed = target !== this.#index;
    this.#index = target;
    this.#mark();
    if (Math.abs(this.element.scrollTop - target * this.#options.extent) >= 1)
      this.#scrollTo(target, smooth);
    if (changed) this.#options.onCommit(target);
  }

  #nearestEnabled(index: number): number {
    for (let d = 1; d < this.#rows.length; d++) {
      for (const at of [index - d, index + d])
        if (at >= 0 && at < this.#rows.length && !this.#disabled(at)) return at;
    }
    return index;
  }

  #key(event: KeyboardEvent): void {
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
    let target: number | undefined;
    if (event.key in steps) {
      target = this.#index + steps[event.key]!;
      const count = this.#rows.length;
      if (this.#options.looping && count > 0) target = ((target % count) + count) % count;
    } else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = this.#rows.length - 1;
    if (target === undefined) return;
    event.preventDefault();
    this.#goto(target, true);
  }

  #dragging = false;
  #dragged = false;

  // Mouse drag (touch scrolls natively): move with the pointer, then snap to the nearest row.
  #wireDrag(): void {
    let startY = 0;
    let startTop = 0;
    this.element.addEventListener("pointerdown", (event) => {
      if (event.pointerType !== "mouse" || event.button !== 0) return;
      this.#dragging = true;
      this.#dragged = false;
      startY = event.clientY;
      startTop = this.element.scrollTop;
    });
    this.element.addEventListener("pointermove", (event) => {
      if (!this.#dragging) return;
      if (Math.abs(event.clientY - startY) > 3 && !this.#dragged) {
        this.#dragged = true;
        this.element.classList.add("cu-dragging");
        // Captured only once it is a drag: a capture from the press would send the click
        // to the wheel instead of the row under the pointer.
        this.element.setPointerCapture(event.pointerId);
      }
      if (this.#dragged) this.element.scrollTop = startTop - (event.clientY - startY);
    });
    const end = () => {
      if (!this.#dragging) return;
      this.#dragging = false;
      this.element.classList.remove("cu-dragging");
      if (this.#dragged) this.#goto(this.#centred(), true);
      setTimeout(() => {
        this.#dragged = false;
      });
    };
    this.element.addEventListener("pointerup", end);
    this.element.addEventListener("pointercancel", end);
  }
}
