import { AREA_IDS, type AreaId, type LocalizedText } from '../catalogue/types';
import type { Language } from './language';
import type { ItemStatus, Municipality, Owner, StoredDocument } from '../schema/workspace';
import { checklistRows, type ItemRow } from './checklist';
import { MILESTONES, milestoneDates, type Milestone } from './plan';
import { openMeasures } from './ros';

/** Done out of what counts: items that apply to this municipality and are not marked "not relevant". */
export interface Progress {
  done: number;
  total: number;
  /** Whole percent, rounded down so that 100 means truly everything; null when nothing counts. */
  percent: number | null;
}

function progress(rows: readonly ItemRow[]): Progress {
  let done = 0;
  let total = 0;
  for (const row of rows) {
    if (!row.applicability.applies || row.status === 'notRelevant') continue;
    total += 1;
    if (row.status === 'done') done += 1;
  }
  return { done, total, percent: total === 0 ? null : Math.floor((done * 100) / total) };
}

function sum(parts: readonly Progress[]): Progress {
  const done = parts.reduce((n, p) => n + p.done, 0);
  const total = parts.reduce((n, p) => n + p.total, 0);
  return { done, total, percent: total === 0 ? null : Math.floor((done * 100) / total) };
}

const isOpen = (row: ItemRow) => row.applicability.applies && row.status !== 'done' && row.status !== 'notRelevant';

/**
 * A required item that threatens a coming connection date: still open, due on or before the
 * connection day, and overdue or due within the week. Once the connection day has passed,
 * what is still open is overdue, no longer a blocker.
 */
export function isBlocker(row: ItemRow, connectionDate: string | null, today: string): boolean {
  return (
    isOpen(row) &&
    row.item.requirement === 'required' &&
    connectionDate !== null &&
    connectionDate >= today &&
    row.due.date !== null &&
    row.due.date <= connectionDate &&
    (row.dueState === 'overdue' || row.dueState === 'dueSoon')
  );
}

export interface MunicipalityReadiness {
  municipalityId: string;
  name: string;
  overall: Progress;
  required: Progress;
  byArea: Record<AreaId, Progress>;
  overdue: number;
  dueSoon: number;
  unowned: number;
  blockers: number;
}

/** Readiness of one municipality from its checklist rows. */
export function municipalityReadiness(
  municipality: Municipality,
  rows: readonly ItemRow[],
  today: string,
): MunicipalityReadiness {
  const byArea = Object.fromEntries(
    AREA_IDS.map((area) => [area, progress(rows.filter((r) => r.item.area === area))]),
  ) as Record<AreaId, Progress>;
  return {
    municipalityId: municipality.id,
    name: municipality.name,
    overall: progress(rows),
    required: progress(rows.filter((r) => r.item.requirement === 'required')),
    byArea,
    overdue: rows.filter((r) => isOpen(r) && r.dueState === 'overdue').length,
    dueSoon: rows.filter((r) => isOpen(r) && r.dueState === 'dueSoon').length,
    unowned: rows.filter((r) => isOpen(r) && r.owner === null).length,
    blockers: rows.filter((r) => isBlocker(r, municipality.plannedConnectionDate, today)).length,
  };
}

/** An item of one municipality, as the dashboard lists it. */
export interface ItemRef {
  municipalityId: string;
  municipalityName: string;
  row: ItemRow;
}

export type StatusFilter = ItemStatus | 'all' | 'open';

export interface DashboardFilters {
  /** Only items owned by the user (by the name in settings). */
  mine: boolean;
  overdue: boolean;
  area: AreaId | 'all';
  status: StatusFilter;
  search: string;
  municipalityId: string | 'all';
}

export const NO_FILTERS: DashboardFilters = {
  mine: false,
  overdue: false,
  area: 'all',
  status: 'all',
  search: '',
  municipalityId: 'all',
};

export interface UpcomingMilestone {
  municipalityId: string;
  municipalityName: string;
  milestone: Milestone;
  from: string;
  to: string;
}

/** A measure from a municipality's ROS analysis that is not done yet. */
export interface MeasureRef {
  municipalityId: string;
  municipalityName: string;
  riskEvent: string;
  text: string;
  owner: string;
  deadline: string | null;
  overdue: boolean;
}

export interface Dashboard {
  workspace: { overall: Progress; required: Progress; byArea: Record<AreaId, Progress> };
  municipalities: MunicipalityReadiness[];
  overdue: ItemRef[];
  unowned: ItemRef[];
  blockers: ItemRef[];
  nextMilestones: UpcomingMilestone[];
  /** Open measures of the ROS analyses, overdue first, then by deadline. */
  measures: MeasureRef[];
  /** The items that pass the filters, in municipality and catalogue order. */
  matches: ItemRef[];
}

const normalise = (text: string) => text.toLocaleLowerCase('nb').normalize('NFC');

function ownerMatches(owner: Owner | null, userName: string): boolean {
  return owner?.kind === 'person' && userName.trim() !== '' && normalise(owner.name) === normalise(userName.trim());
}

function textOf(text: LocalizedText, language: Language): string {
  return text[language];
}

/**
 * Everything the dashboard shows, computed in one pass over every municipality's checklist:
 * readiness per area and overall (per municipality and for the workspace), what is overdue,
 * unowned or blocking, the next milestones, and the items that pass the filters.
 */
export function buildDashboard(
  document: StoredDocument,
  today: string,
  filters: DashboardFilters,
  language: Language,
): Dashboard {
  const workspace = document.workspace;
  if (!workspace) {
    const empty = { done: 0, total: 0, percent: null };
    return {
      workspace: {
        overall: empty,
        required: empty,
        byArea: Object.fromEntries(AREA_IDS.map((a) => [a, empty])) as Record<AreaId, Progress>,
      },
      municipalities: [],
      overdue: [],
      unowned: [],
      blockers: [],
      nextMilestones: [],
      measures: [],
      matches: [],
    };
  }

  const search = normalise(filters.search.trim());
  const readiness: MunicipalityReadiness[] = [];
  const overdue: ItemRef[] = [];
  const unowned: ItemRef[] = [];
  const blockers: ItemRef[] = [];
  const matches: ItemRef[] = [];
  const nextMilestones: UpcomingMilestone[] = [];
  const measures: MeasureRef[] = [];

  for (const municipality of workspace.municipalities) {
    const rows = checklistRows(municipality, workspace.cooperation, today);
    readiness.push(municipalityReadiness(municipality, rows, today));
    const inScope = filters.municipalityId === 'all' || filters.municipalityId === municipality.id;
    for (const row of rows) {
      const ref = { municipalityId: municipality.id, municipalityName: municipality.name, row };
      if (isOpen(row)) {
        if (row.dueState === 'overdue') overdue.push(ref);
        if (row.owner === null) unowned.push(ref);
        if (isBlocker(row, municipality.plannedConnectionDate, today)) blockers.push(ref);
      }
      if (!inScope || !row.applicability.applies) continue;
      if (filters.area !== 'all' && row.item.area !== filters.area) continue;
      if (filters.status === 'open' ? !isOpen(row) : filters.status !== 'all' && row.status !== filters.status)
        continue;
      if (filters.overdue && row.dueState !== 'overdue') continue;
      if (filters.mine && !ownerMatches(row.owner, document.settings.userName)) continue;
      if (search !== '') {
        const haystack = normalise(
          `${textOf(row.item.text, language)} ${row.entry?.note ?? ''} ${row.owner?.kind === 'person' ? row.owner.name : ''} ${municipality.name}`,
        );
        if (!haystack.includes(search)) continue;
      }
      matches.push(ref);
    }
    for (const measure of openMeasures(municipality.ros)) {
      measures.push({
        municipalityId: municipality.id,
        municipalityName: municipality.name,
        riskEvent: measure.risk.event,
        text: measure.text,
        owner: measure.owner,
        deadline: measure.deadline,
        overdue: measure.deadline !== null && measure.deadline < today,
      });
    }
    if (municipality.plannedConnectionDate !== null) {
      for (const milestone of MILESTONES) {
        const dates = milestoneDates(milestone, municipality.plannedConnectionDate);
        if (dates.to >= today) {
          nextMilestones.push({
            municipalityId: municipality.id,
            municipalityName: municipality.name,
            milestone,
            ...dates,
          });
          break;
        }
      }
    }
  }

  const byDue = (a: ItemRef, b: ItemRef) => (a.row.due.date ?? '9999').localeCompare(b.row.due.date ?? '9999');
  overdue.sort(byDue);
  blockers.sort(byDue);
  nextMilestones.sort((a, b) => a.from.localeCompare(b.from));
  measures.sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
  );

  return {
    workspace: {
      overall: sum(readiness.map((r) => r.overall)),
      required: sum(readiness.map((r) => r.required)),
      byArea: Object.fromEntries(AREA_IDS.map((a) => [a, sum(readiness.map((r) => r.byArea[a]))])) as Record<
        AreaId,
        Progress
      >,
    },
    municipalities: readiness,
    overdue,
    unowned,
    blockers,
    nextMilestones,
    measures,
    matches,
  };
}
