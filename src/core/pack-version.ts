/**
 * The version rule between a pack on the server and its copy in the browser bundle
 * (docs/decisions/0004-pack-format.md): same major and not older; for `0.x`, same minor
 * and not older.
 * @module
 */

/** A parsed `major.minor.patch` version (pre-release and build tags are kept as text). */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly pre: string;
}

/** Parses `1.2.3`, `1.2.3-beta.1` or `v1.2.3`; undefined when it is not a version. */
export function parseVersion(text: string): SemVer | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  return { major: +match[1]!, minor: +match[2]!, patch: +match[3]!, pre: match[4] ?? "" };
}

/** Orders two versions; a pre-release sorts before its release. */
export function compareVersions(a: SemVer, b: SemVer): number {
  const delta = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (delta !== 0) return delta;
  if (a.pre === b.pre) return 0;
  if (a.pre === "") return 1;
  if (b.pre === "") return -1;
  return a.pre < b.pre ? -1 : 1;
}

/** The range of browser versions that can render a server at `version` (`^1.2.0`). */
export function compatibleRange(version: string): string {
  return `^${version}`;
}

/**
 * True when a browser holding `client` can render what a server holding `server` sends:
 * the same major (the same minor below 1.0) and not older. Unparsable versions must match
 * exactly.
 */
export function canRender(client: string, server: string): boolean {
  if (client === server) return true;
  const c = parseVersion(client);
  const s = parseVersion(server);
  if (!c || !s) return false;
  if (c.major !== s.major) return false;
  if (s.major === 0 && c.minor !== s.minor) return false;
  return compareVersions(c, s) >= 0;
}

/** One pack whose browser copy cannot render the server's. */
export interface PackMismatch {
  readonly pack: string;
  readonly server: string;
  readonly client: string;
}

/**
 * The packs a browser cannot render: those it holds in a version {@link canRender}
 * refuses. Packs it lacks entirely are not listed: their controls show as "Unknown
 * control" boxes.
 */
export function packMismatches(
  server: Readonly<Record<string, string>>,
  client: Readonly<Record<string, string>>,
): PackMismatch[] {
  const mismatches: PackMismatch[] = [];
  for (const [pack, version] of Object.entries(server)) {
    const held = Object.hasOwn(client, pack) ? client[pack] : undefined;
    if (typeof held === "string" && !canRender(held, version))
      mismatches.push({ pack, server: version, client: held });
  }
  return mismatches;
}

/** The sentence a user sees for {@link packMismatches}. */
export function describeMismatches(mismatches: readonly PackMismatch[]): string {
  const list = mismatches
    .map((m) => `${m.pack} ${m.client}, but the server needs ${compatibleRange(m.server)}`)
    .join("; ");
  return `This page has ${list}. Reload the page to load the new version. If the message comes back, the app's client bundle was built without the new pack version: rebuild it.`;
}
