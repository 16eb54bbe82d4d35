import type { ItemRow } from '../../../shared/domain/checklist';
import { MILESTONES, addDays, milestoneDates, type Milestone } from '../../../shared/domain/plan';

/** The weekday of an ISO date, 0 = Sunday (calendar arithmetic in UTC, like shared/domain/plan). */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** An open item the municipality does itself: the ones that can be late. */
export const isOpen = (row: ItemRow) => row.applicability.applies && row.dueState !== 'closed';

/**
 * One period of the plan as the table lists it: a milestone window (or two sharing one), or
 * the days before, between or after the windows (first and last day inclusive).
 */
export type Period =
  | { kind: 'milestone'; milestones: Milestone[]; from: string; to: string; rows: ItemRow[] }
  | { kind: 'before' | 'between' | 'after'; from: string | null; to: string | null; rows: ItemRow[] }
  | { kind: 'noDue'; rows: ItemRow[] };

const byDue = (a: ItemRow, b: ItemRow) => (a.due.date ?? '').localeCompare(b.due.date ?? '');

/**
 * The plan as periods in date order: every milestone window, the items due inside it, and
 * the items due before, between or after the windows; items with no due date last.
 * Milestones with the same window (connection day and publishing) share one period.
 */
export function periodsOf(rows: readonly ItemRow[], connectionDate: string): Period[] {
  const windows: { milestones: Milestone[]; from: string; to: string }[] = [];
  for (const milestone of MILESTONES) {
    const { from, to } = milestoneDates(milestone, connectionDate);
    const same = windows.find((w) => w.from === from && w.to === to);
    if (same) same.milestones.push(milestone);
    else windows.push({ milestones: [milestone], from, to });
  }
  windows.sort((a, b) => a.from.localeCompare(b.from));

  const dated = rows.filter((r) => r.due.date !== null).sort(byDue);
  const periods: Period[] = [];
  let cursor: string | null = null;
  let rest = dated;
  const take = (until: (date: string) => boolean) => {
    const taken = rest.filter((r) => until(r.due.date as string));
    rest = rest.filter((r) => !until(r.due.date as string));
    return taken;
  };
  for (const [index, w] of windows.entries()) {
    const gap = take((date) => date < w.from);
    if (gap.length > 0) {
      const from = cursor === null ? null : addDays(cursor, 1);
      periods.push({ kind: index === 0 ? 'before' : 'between', from, to: addDays(w.from, -1), rows: gap });
    }
    periods.push({ kind: 'milestone', ...w, rows: take((date) => date <= w.to) });
    cursor = w.to;
  }
  if (rest.length > 0)
    periods.push({ kind: 'after', from: cursor === null ? null : addDays(cursor, 1), to: null, rows: rest });
  const undated = rows.filter((r) => r.due.date === null);
  if (undated.length > 0) periods.push({ kind: 'noDue', rows: undated });
  return periods;
}

/** A milestone's title up to its first colon: "Ca. 1–2 uker før", "Påkoblingsdagen". */
export function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : title;
}
