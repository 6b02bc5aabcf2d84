// Fixed reference numbers, copied from shared/research/anchors-measured.md (Flet 0.21.0's
// Python core through its LocalConnection; @remote-dom/core 1.12.0 into a RemoteReceiver;
// both measured on the project's machine kind: 2 cores, Node 20, Python 3.11).

export interface ReferenceRow {
  n: number;
  /** Flet: initial `page.add` of the column, ms. */
  fletMountMs: number;
  /** Flet: bytes sent for the initial add. */
  fletMountBytes: number;
  /** Flet: `page.update()` after one change, µs. */
  fletPageUpdateUs: number;
  /** Flet: `text.update()` after one change, µs. */
  fletTextUpdateUs: number;
  /** remote-dom: mount (sender + receiver), ms. */
  remoteDomMountMs: number;
  /** remote-dom: bytes of the mount. */
  remoteDomMountBytes: number;
  /** remote-dom: set one property, µs. */
  remoteDomSetPropUs: number;
}

export const REFERENCE: readonly ReferenceRow[] = [
  {
    n: 100,
    fletMountMs: 0.67,
    fletMountBytes: 6_605,
    fletPageUpdateUs: 466,
    fletTextUpdateUs: 9.1,
    remoteDomMountMs: 0.31,
    remoteDomMountBytes: 9_059,
    remoteDomSetPropUs: 1.4,
  },
  {
    n: 1_000,
    fletMountMs: 14.1,
    fletMountBytes: 66_012,
    fletPageUpdateUs: 4_270,
    fletTextUpdateUs: 10.0,
    remoteDomMountMs: 3.0,
    remoteDomMountBytes: 91_960,
    remoteDomSetPropUs: 1.3,
  },
  {
    n: 10_000,
    fletMountMs: 1_314,
    fletMountBytes: 687_019,
    fletPageUpdateUs: 49_300,
    fletTextUpdateUs: 11.6,
    remoteDomMountMs: 38.3,
    remoteDomMountBytes: 928_960,
    remoteDomSetPropUs: 1.1,
  },
];

/** Heap per mounted element of the references. */
export const REFERENCE_MEMORY = {
  fletPerTextBytes: 1_024,
  remoteDomPerElementBytes: 2_150,
  note: "Flet ~1 KB of Python heap per mounted Text; remote-dom ~2.1 KB of JS heap per element (sender + receiver).",
};

/** Published peer figures for idle sessions. */
export const REFERENCE_SESSIONS =
  "Blazor Server ~250 KB per session (hello world), 5,000 users in ~1.3 GB; Phoenix Channels 2 M WebSockets on one 40-core machine.";

export const REFERENCE_SOURCE = "shared/research/anchors-measured.md";
