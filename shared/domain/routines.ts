import type { RoutineLogEntry } from '../schema/workspace';

/** The date of the latest drill in the log, or null when none has been recorded. */
export function lastDrill(log: readonly RoutineLogEntry[]): string | null {
  return log
    .filter((e) => e.kind === 'drill')
    .reduce<string | null>((last, e) => (last === null || e.date > last ? e.date : last), null);
}

/** Newest first; entries of the same day with the one recorded last first. */
export function newestFirst(log: readonly RoutineLogEntry[]): RoutineLogEntry[] {
  return log
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index)
    .map(({ entry }) => entry);
}
