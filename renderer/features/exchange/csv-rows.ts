import { areaInfo } from '../../../shared/catalogue/areas';
import { roleInfo } from '../../../shared/catalogue/roles';
import { agreementRows } from '../../../shared/domain/agreements';
import { checklistRows } from '../../../shared/domain/checklist';
import type { Language } from '../../../shared/domain/language';
import { buildDashboard, NO_FILTERS } from '../../../shared/domain/readiness';
import { riskScore } from '../../../shared/domain/ros';
import { csvDecimal, type CsvCell } from '../../../shared/exchange/csv';
import { formatDate } from '../../../shared/format/date';
import type { CsvKind } from '../../../shared/ipc/contract';
import type { Owner, StoredDocument } from '../../../shared/schema/workspace';
import type { domainTexts } from '../../i18n/domain';
import type { ExchangeTexts } from './texts';

export interface CsvContext {
  texts: ExchangeTexts;
  domain: (typeof domainTexts)['nb'];
  language: Language;
  /** ISO date: decides due states and area progress. */
  today: string;
}

type Rows = CsvCell[][];

const date = (iso: string | null) => (iso === null ? '' : formatDate(iso));

function ownerText(owner: Owner | null, language: Language): string {
  if (owner === null) return '';
  return owner.kind === 'person' ? owner.name : roleInfo(owner.role).title[language];
}

/** One row per municipality and catalogue item that applies to it, with the area's progress. */
export function checklistCsv(document: StoredDocument, context: CsvContext): Rows {
  const { texts, domain, language, today } = context;
  const c = texts.columns;
  const rows: Rows = [
    [
      c.municipality,
      c.municipalityNumber,
      c.area,
      c.itemId,
      c.item,
      c.requirement,
      c.status,
      c.owner,
      c.due,
      c.dueBasis,
      c.completed,
      c.completedBy,
      c.note,
      c.source,
      c.areaProgress,
    ],
  ];
  const workspace = document.workspace;
  if (!workspace) return rows;
  const dashboard = buildDashboard(document, today, NO_FILTERS, language);
  for (const municipality of workspace.municipalities) {
    const readiness = dashboard.municipalities.find((r) => r.municipalityId === municipality.id);
    for (const row of checklistRows(municipality, workspace.cooperation, today)) {
      if (!row.applicability.applies) continue;
      const { item, entry } = row;
      const progress = readiness?.byArea[item.area];
      const done = row.status === 'done';
      rows.push([
        municipality.name,
        municipality.number,
        areaInfo(item.area).title[language],
        item.id,
        item.text[language],
        domain.requirement[item.requirement],
        domain.status[row.status],
        ownerText(row.owner, language),
        date(row.due.date),
        row.due.date === null ? '' : domain.dueBasis[row.due.basis],
        done ? date(entry?.completedAt ?? null) : '',
        done ? (entry?.completedBy ?? '') : '',
        entry?.note ?? '',
        domain.sourceDoc(item.source.seed, item.source.section),
        progress && progress.total > 0 ? csvDecimal((progress.done * 100) / progress.total, 1) : '',
      ]);
    }
  }
  return rows;
}

/** One row per measure of every risk; a risk without measures gets one row, so the gap shows. */
export function measuresCsv(document: StoredDocument, context: CsvContext): Rows {
  const { texts } = context;
  const c = texts.columns;
  const rows: Rows = [[c.municipality, c.risk, c.scoreBefore, c.scoreAfter, c.measure, c.owner, c.deadline, c.done]];
  for (const municipality of document.workspace?.municipalities ?? []) {
    for (const risk of municipality.ros.risks) {
      const before = riskScore(risk.likelihood, risk.consequence);
      const after = riskScore(risk.residualLikelihood, risk.residualConsequence);
      if (risk.measures.length === 0) {
        rows.push([municipality.name, risk.event, before, after, '', '', '', '']);
        continue;
      }
      for (const measure of risk.measures) {
        rows.push([
          municipality.name,
          risk.event,
          before,
          after,
          measure.text,
          measure.owner,
          date(measure.deadline),
          measure.done ? texts.yes : texts.no,
        ]);
      }
    }
  }
  return rows;
}

/** One row per municipality and agreement it signs itself. */
export function agreementsCsv(document: StoredDocument, context: CsvContext): Rows {
  const { texts, language } = context;
  const c = texts.columns;
  const rows: Rows = [
    [
      c.municipality,
      c.agreement,
      c.status,
      c.signer,
      c.role,
      c.channel,
      c.sent,
      c.signed,
      c.archiveReference,
      c.attachments,
    ],
  ];
  const workspace = document.workspace;
  if (!workspace) return rows;
  // Only for blank records nobody has touched; their time is never written.
  const now = new Date(0);
  for (const municipality of workspace.municipalities) {
    for (const { info, record, applicability } of agreementRows(municipality, workspace.cooperation, now)) {
      if (!applicability.applies) continue;
      rows.push([
        municipality.name,
        `${info.number}. ${info.title[language]}`,
        texts.agreementStatus[record.status],
        record.signerName,
        record.signerRole,
        texts.channels[record.channel],
        date(record.sentDate),
        date(record.signedDate),
        record.archiveReference,
        record.attachmentIds.length,
      ]);
    }
  }
  return rows;
}

/** The spreadsheets in the order the view offers them (the contract's list would bring zod into the bundle). */
export const CSV_KINDS_SHOWN: readonly CsvKind[] = ['checklist', 'measures', 'agreements'];

export const CSV_ROWS: Record<CsvKind, (document: StoredDocument, context: CsvContext) => Rows> = {
  checklist: checklistCsv,
  measures: measuresCsv,
  agreements: agreementsCsv,
};
