/**
 * Our own migration pipeline (electron-store's `migrations` option is documented as
 * unsupported). Each step lifts a raw document one schema version and says, in Norwegian,
 * what it changed, so the user can be told.
 */

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  readonly from: number;
  /** One line per change, shown to the user after an upgrade. */
  readonly changes: readonly string[];
  readonly up: (document: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The steps from every older schema version to the current one. Version 1 is the first
 * released format, so there is nothing to migrate yet; a new version adds its step here.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationOutcome =
  { ok: true; document: Record<string, unknown>; changes: string[] } | { ok: false; missingFrom: number };

/** Runs the chain from `fromVersion` up to `toVersion`; fails if a step is missing. */
export function migrate(
  document: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[],
): MigrationOutcome {
  let current = document;
  const changes: string[] = [];
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, missingFrom: version };
    current = { ...step.up(current), schemaVersion: version + 1 };
    changes.push(...step.changes);
  }
  return { ok: true, document: current, changes };
}
