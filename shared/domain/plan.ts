import type { CatalogueItem, LocalizedText, SourceRef } from '../catalogue/types';
import type { ItemStatus } from '../schema/workspace';

/** Adds whole days to an ISO date (calendar arithmetic in UTC, so no time zone shifts it). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const parse = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((parse(to) - parse(from)) / 86_400_000);
}

export type MilestoneId = 'vendorDate' | 'videoMeeting' | 'connectionDay' | 'publishing' | 'afterConnection';

/** A phase of the handbook's connection plan, as a window of days around the connection date. */
export interface Milestone {
  id: MilestoneId;
  title: LocalizedText;
  /** First and last day of the window, relative to the connection date. */
  window: readonly [number, number];
  source: Omit<SourceRef, 'quote'>;
  /** Said to the user where the source is vague or silent about the timing. */
  remark?: LocalizedText;
}

const PLAN_SOURCE = { seed: '003', section: 'Plan for påkobling av digital søknad' } as const;

/** The milestones of the connection plan (DOMAIN.md 7; seed 003 "Plan for påkobling"). */
export const MILESTONES: readonly Milestone[] = [
  {
    id: 'vendorDate',
    title: {
      nb: 'Ca. 3–5 uker før: dato for installasjon og opplæring avtalt, pulje og informasjonspakke',
      nn: 'Ca. 3–5 veker før: dato for installasjon og opplæring avtalt, pulje og informasjonspakke',
      en: 'About 3–5 weeks before: installation and training date agreed, batch and information pack',
    },
    window: [-35, -21],
    source: PLAN_SOURCE,
  },
  {
    id: 'videoMeeting',
    title: {
      nb: 'Ca. 1–2 uker før: konfigurering mot FIKS, forberedende videomøte, avtaler signert i Mercell',
      nn: 'Ca. 1–2 veker før: konfigurering mot FIKS, førebuande videomøte, avtalar signerte i Mercell',
      en: 'About 1–2 weeks before: FIKS configuration, preparatory video meeting, agreements signed in Mercell',
    },
    window: [-14, -7],
    source: PLAN_SOURCE,
  },
  {
    id: 'connectionDay',
    title: {
      nb: 'Påkoblingsdagen: installasjon og opplæring i fagsystemet, teknisk påkobling til nav.no',
      nn: 'Påkoplingsdagen: installasjon og opplæring i fagsystemet, teknisk påkopling til nav.no',
      en: 'Connection day: installation and training in the case system, technical connection to nav.no',
    },
    window: [0, 0],
    source: PLAN_SOURCE,
  },
  {
    id: 'publishing',
    title: {
      nb: 'Publisering: digital søknad på nav.no',
      nn: 'Publisering: digital søknad på nav.no',
      en: 'Publishing: the digital application live on nav.no',
    },
    window: [0, 0],
    source: PLAN_SOURCE,
    remark: {
      nb: 'Håndboken gir ingen egen dato for publisering; Digisos Klar viser den på påkoblingsdagen. Avklar med Digisos.',
      nn: 'Handboka gir ingen eigen dato for publisering; Digisos Klar viser han på påkoplingsdagen. Avklar med Digisos.',
      en: 'The handbook gives no date of its own for publishing; Digisos Klar shows it on the connection day. Confirm with Digisos.',
    },
  },
  {
    id: 'afterConnection',
    title: {
      nb: 'Etter påkobling: e-post til Digisos, beskjed til NAV Kontaktsenter, sjekk Personkortet',
      nn: 'Etter påkopling: e-post til Digisos, melding til NAV Kontaktsenter, sjekk Personkortet',
      en: 'After connection: e-mail Digisos, notify NAV Contact Centre, check Personkortet',
    },
    window: [1, 7],
    source: { seed: '003', section: 'Når dere har koblet dere på digital søknad' },
    remark: {
      nb: 'Håndboken sier «når kommunen har koblet seg på», uten frist; Digisos Klar foreslår første uke.',
      nn: 'Handboka seier «når kommunen har kopla seg på», utan frist; Digisos Klar føreslår første veka.',
      en: 'The handbook says "when the municipality has connected", with no deadline; Digisos Klar proposes the first week.',
    },
  },
];

/** The calendar dates of a milestone's window for a connection date. */
export function milestoneDates(milestone: Milestone, connectionDate: string): { from: string; to: string } {
  return { from: addDays(connectionDate, milestone.window[0]), to: addDays(connectionDate, milestone.window[1]) };
}

/** Where an item's due date comes from. */
export type DueBasis = 'manual' | 'source' | 'app' | 'none';

export interface DueDate {
  date: string | null;
  basis: DueBasis;
}

/**
 * An item's due date: the one the user set by hand if any, else the catalogue's default
 * counted from the planned connection date. Moving the connection date moves every default,
 * and none that was set by hand.
 */
export function dueDate(item: CatalogueItem, manual: string | null, connectionDate: string | null): DueDate {
  if (manual !== null) return { date: manual, basis: 'manual' };
  if (item.due === null || connectionDate === null) return { date: null, basis: 'none' };
  return { date: addDays(connectionDate, item.due.days), basis: item.due.basis };
}

/** Days ahead within which an open item counts as due soon. */
export const DUE_SOON_DAYS = 7;

export type DueState = 'overdue' | 'dueSoon' | 'later' | 'noDate' | 'closed';

/** Whether an item is late: closed items (done, not relevant) never are. */
export function dueState(status: ItemStatus, due: string | null, today: string): DueState {
  if (status === 'done' || status === 'notRelevant') return 'closed';
  if (due === null) return 'noDate';
  if (due < today) return 'overdue';
  if (daysBetween(today, due) <= DUE_SOON_DAYS) return 'dueSoon';
  return 'later';
}
