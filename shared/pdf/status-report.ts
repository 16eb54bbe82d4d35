import { areaInfo } from '../catalogue/areas';
import { ROLES } from '../catalogue/roles';
import { AREA_IDS, type AreaId } from '../catalogue/types';
import { agreementRows } from '../domain/agreements';
import { approvalState, type ApprovalState } from '../domain/approval';
import { controllerOf, cooperationRole } from '../domain/cooperation';
import { formatKroner, formatUnitPrice, municipalityCosts, priceTable, type CostBreakdown } from '../domain/costs';
import { formatOrgNumber } from '../domain/org-number';
import { addDays, daysBetween, MILESTONES, milestoneDates } from '../domain/plan';
import { buildDashboard, NO_FILTERS, type Dashboard, type ItemRef, type Progress } from '../domain/readiness';
import type { ItemRow } from '../domain/checklist';
import {
  consequenceLabels,
  likelihoodLabels,
  matrixCounts,
  openMeasures,
  riskLevel,
  type RiskLevel,
} from '../domain/ros';
import { formatDate, toIsoDate } from '../format/date';
import { formatInteger } from '../format/number';
import type {
  AgreementStatus,
  ApprovalSubject,
  Capability,
  CapabilityState,
  CooperationModel,
  ItemStatus,
} from '../schema/enums';
import type { Municipality, Owner, Ros, StoredDocument, Workspace } from '../schema/workspace';
import { LEVEL_FILL } from './assessment-reports';
import { BODY_SIZE, COLORS, createPdf, FONT, lineHeight, type PdfFonts, type PdfKit, type Rgb } from './document';

export interface StatusReportOptions {
  fonts: PdfFonts;
  /** The generation date: in the footers, the PDF's creation date, and "today" for due dates and reviews. */
  createdAt: Date;
  /** One municipality, or the whole cooperation (every municipality in the workspace). */
  municipalityId: string | 'all';
}

/** Long lists stop here; the rest is counted ("og N til"). A row's own text is never cut. */
export const MAX_ITEM_ROWS = 40;

/** Room (mm) a section needs below its heading before it starts, so a heading or table head never ends a page alone. */
const KEEP = { table: 38, agreements: 55, capabilities: 40, nks: 80, costs: 100, ros: 95, plan: 60 } as const;

/** The height of a group of bars, so that a short group stays on one page. */
const barsHeight = (rows: number) => rows * 6.2 + 12;

const STATUS_TEXT: Record<ItemStatus, string> = {
  notStarted: 'Ikke startet',
  inProgress: 'Pågår',
  done: 'Ferdig',
  notRelevant: 'Ikke relevant',
};

const AGREEMENT_STATUS_TEXT: Record<AgreementStatus, string> = {
  notStarted: 'Ikke startet',
  sentForSigning: 'Sendt til signering',
  signed: 'Signert',
  archived: 'Arkivert',
};

const CAPABILITY_TEXT: Record<Capability, string> = {
  receiving: 'Mottak av søknader',
  statusView: 'Innsyn (statusvisning)',
  nksAccess: 'Tilgang for NAV Kontaktsenter',
};

const CAPABILITY_STATE_TEXT: Record<CapabilityState, string> = {
  notStarted: 'Ikke startet',
  inTest: 'I test',
  inProduction: 'I produksjon',
  temporarilyDeactivated: 'Midlertidig deaktivert',
};

const COOPERATION_TEXT: Record<CooperationModel, string> = {
  none: 'Ikke interkommunalt samarbeid',
  hostWithTransfer: 'Vertskommunesamarbeid med overføring av behandlingsansvaret',
  hostWithoutTransfer: 'Vertskommunesamarbeid uten overføring av behandlingsansvaret',
};

const SUBJECT_TEXT: Record<ApprovalSubject, { title: string; name: string }> = {
  dpia: { title: 'PVK', name: 'personvernkonsekvensvurderingen (PVK)' },
  ros: { title: 'ROS-analyse', name: 'ROS-analysen' },
  emergency: { title: 'Beredskapsrutiner', name: 'beredskapsrutinene' },
};

const SUBJECTS: readonly ApprovalSubject[] = ['dpia', 'ros', 'emergency'];

/** The four steps in Fiks forvaltning that give NKS access (seed 004), in order. */
const NKS_STEP_IDS = [
  'nks.step-1-login',
  'nks.step-2-choose-digisos',
  'nks.step-3-choose-nks-access',
  'nks.step-4-grant-permission',
] as const;

const LEVEL_NAME: Record<RiskLevel, string> = { green: 'Grønn – akseptabel', yellow: 'Gul', red: 'Rød' };

const FILL = {
  ok: [226, 243, 229],
  warning: [255, 243, 205],
  danger: [253, 228, 228],
  track: [228, 232, 238],
  done: [40, 130, 60],
  today: [190, 30, 30],
  passed: [150, 160, 175],
} as const satisfies Record<string, Rgb>;

interface Context {
  document: StoredDocument;
  workspace: Workspace;
  today: string;
  createdAt: Date;
  dashboard: Dashboard;
  all: boolean;
}

function workspaceOf(document: StoredDocument): Workspace {
  if (document.workspace === null) throw new Error('Dokumentet har ikke noe arbeidsområde.');
  return document.workspace;
}

function nameOf(workspace: Workspace, id: string | null): string {
  return workspace.municipalities.find((m) => m.id === id)?.name ?? '(ukjent kommune)';
}

const dateOrDash = (iso: string | null) => (iso === null ? '–' : formatDate(iso));

/** The local calendar date of a stored timestamp, as people read it. */
const dateOfTimestamp = (timestamp: string) => formatDate(toIsoDate(new Date(timestamp)));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whole-number percent with its done/total, as the bars say it. */
function progressText(p: Progress): string {
  return p.percent === null ? 'Ingen egne punkter' : `${p.percent} % – ${p.done} av ${p.total}`;
}

function roleTitle(role: string): string {
  return ROLES.find((r) => r.id === role)?.title.nb ?? role;
}

function ownerText(owner: Owner | null, row: ItemRow): string {
  if (owner === null) return `Ingen\n(foreslått: ${roleTitle(row.item.ownerRole)})`;
  return owner.kind === 'person' ? owner.name : `${roleTitle(owner.role)} (rolle)`;
}

function dueText(row: ItemRow): string {
  if (row.due.date === null) return 'Ingen frist';
  return `${formatDate(row.due.date)}${row.due.basis === 'app' ? '\n(forslag)' : ''}`;
}

function statusText(row: ItemRow, today: string): string {
  const base = STATUS_TEXT[row.status];
  if (row.dueState === 'overdue' && row.due.date !== null) {
    return `${base}\nForfalt for ${plural(daysBetween(row.due.date, today), 'dag', 'dager')} siden`;
  }
  if (row.dueState === 'dueSoon') return `${base}\nFrist snart`;
  return base;
}

function itemText(row: ItemRow): string {
  const requirement = row.item.requirement === 'required' ? 'påkrevd' : 'anbefalt';
  return `${row.item.text.nb}\n${areaInfo(row.item.area).title.nb} · ${requirement}`;
}

const byDue = (a: ItemRef, b: ItemRef) => (a.row.due.date ?? '9999').localeCompare(b.row.due.date ?? '9999');

// ─────────────────────────────── drawing helpers ───────────────────────────────

/** Readiness as horizontal bars: a label, a track with the done share filled, and "63 % – 12 av 19". */
function progressBars(kit: PdfKit, rows: readonly { label: string; progress: Progress; bold?: boolean }[]): void {
  const { doc } = kit;
  const size = 9;
  const lh = lineHeight(size);
  const labelWidth = 70;
  const barWidth = 64;
  const barHeight = 4;
  const barLeft = kit.left + labelWidth + 3;
  const valueLeft = barLeft + barWidth + 3;
  for (const row of rows) {
    doc.setFont(FONT, row.bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(row.label, labelWidth) as string[];
    const height = Math.max(lines.length * lh, barHeight) + 2;
    kit.ensureSpace(height);
    const top = kit.y;
    doc.setTextColor(...COLORS.text);
    lines.forEach((line, i) => doc.text(line, kit.left, top + i * lh, { baseline: 'top' }));

    const barTop = top + lh / 2 - barHeight / 2;
    const { done, total, percent } = row.progress;
    doc.setFillColor(...FILL.track);
    doc.rect(barLeft, barTop, barWidth, barHeight, 'F');
    if (total > 0 && done > 0) {
      const fill: Rgb = done === total ? FILL.done : COLORS.headFill;
      doc.setFillColor(...fill);
      doc.rect(barLeft, barTop, (barWidth * done) / total, barHeight, 'F');
    }
    doc.setDrawColor(...COLORS.rule);
    doc.setLineWidth(0.2);
    doc.rect(barLeft, barTop, barWidth, barHeight, 'S');

    const value = progressText(row.progress);
    doc.setFont(FONT, percent === null ? 'normal' : 'bold');
    const color: Rgb = percent === null ? COLORS.muted : COLORS.text;
    doc.setTextColor(...color);
    doc.text(value, valueLeft, top, { baseline: 'top' });
    kit.record(`${row.label} ${value}`);
    kit.y = top + height;
  }
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY_SIZE);
  doc.setTextColor(...COLORS.text);
  kit.space(2);
}

/** One risk matrix as vector graphics at (x, top): likelihood up the side, consequence along the bottom. */
function drawMatrix(kit: PdfKit, ros: Ros, which: 'inherent' | 'residual', title: string, x: number, top: number) {
  const { doc } = kit;
  const n = ros.scale;
  const cellWidth = n === 5 ? 12 : n === 4 ? 14 : 17;
  const cellHeight = 8;
  const axisWidth = 11;
  const gridLeft = x + axisWidth;
  const gridTop = top + lineHeight(9) + 1.5;
  const counts = matrixCounts(ros, which);

  doc.setFont(FONT, 'bold');
  doc.setFontSize(9);
  doc.setTextColor(...COLORS.text);
  doc.text(title, x, top, { baseline: 'top' });
  kit.record(title);

  doc.setFontSize(7);
  doc.setTextColor(...COLORS.muted);
  const axisTitle = 'Sannsynlighet';
  doc.text(axisTitle, x + 2.5, gridTop + (n * cellHeight) / 2 + doc.getTextWidth(axisTitle) / 2, { angle: 90 });
  kit.record(axisTitle);

  for (let row = 0; row < n; row += 1) {
    const likelihood = n - row;
    const y = gridTop + row * cellHeight;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(...COLORS.text);
    doc.text(`S${likelihood}`, gridLeft - 1.5, y + cellHeight / 2, { align: 'right', baseline: 'middle' });
    for (let c = 0; c < n; c += 1) {
      const cx = gridLeft + c * cellWidth;
      doc.setFillColor(...LEVEL_FILL[riskLevel(likelihood, c + 1, ros.acceptance)]);
      doc.setDrawColor(255, 255, 255);
      doc.setLineWidth(0.6);
      doc.rect(cx, y, cellWidth, cellHeight, 'FD');
      const count = counts[likelihood - 1]?.[c] ?? 0;
      if (count > 0) {
        doc.setFont(FONT, 'bold');
        doc.setFontSize(11);
        doc.setTextColor(0, 0, 0);
        doc.text(String(count), cx + cellWidth / 2, y + cellHeight / 2 + 0.3, { align: 'center', baseline: 'middle' });
      }
    }
  }
  const labelsTop = gridTop + n * cellHeight + 1;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  doc.setTextColor(...COLORS.text);
  for (let c = 0; c < n; c += 1) {
    doc.text(`K${c + 1}`, gridLeft + c * cellWidth + cellWidth / 2, labelsTop, { align: 'center', baseline: 'top' });
  }
  doc.setFont(FONT, 'bold');
  doc.setFontSize(7);
  doc.setTextColor(...COLORS.muted);
  doc.text('Konsekvens', gridLeft + (n * cellWidth) / 2, labelsTop + lineHeight(7.5), {
    align: 'center',
    baseline: 'top',
  });
  kit.record(`${which} ${JSON.stringify(counts)} Konsekvens`);
  return { width: axisWidth + n * cellWidth, height: labelsTop + lineHeight(7.5) + lineHeight(7) - top };
}

function levelCounts(ros: Ros, which: 'inherent' | 'residual'): Record<RiskLevel, number> {
  const byLevel: Record<RiskLevel, number> = { green: 0, yellow: 0, red: 0 };
  for (const risk of ros.risks) {
    const [l, c] =
      which === 'inherent' ? [risk.likelihood, risk.consequence] : [risk.residualLikelihood, risk.residualConsequence];
    byLevel[riskLevel(l, c, ros.acceptance)] += 1;
  }
  return byLevel;
}

/** The matrices before and after measures, side by side, with a colour legend and the labels of the axes. */
function matrixPair(kit: PdfKit, ros: Ros): void {
  const { doc } = kit;
  const n = ros.scale;
  const estimate = lineHeight(9) + 1.5 + n * 8 + 1 + lineHeight(7.5) + lineHeight(7) + 18;
  kit.ensureSpace(estimate);
  const half = kit.width / 2;
  const top = kit.y;
  const width = 11 + n * (n === 5 ? 12 : n === 4 ? 14 : 17);
  const offset = Math.max(0, (half - width) / 2);
  const before = drawMatrix(kit, ros, 'inherent', 'Før tiltak', kit.left + offset, top);
  drawMatrix(kit, ros, 'residual', 'Etter tiltak (restrisiko)', kit.left + half + offset, top);
  kit.y = top + before.height + 3;

  // Colour legend: three swatches.
  doc.setFontSize(7.5);
  let x = kit.left;
  for (const level of ['green', 'yellow', 'red'] as const) {
    const label =
      level === 'green'
        ? `${LEVEL_NAME.green} (til og med ${ros.acceptance.greenMax})`
        : level === 'yellow'
          ? `Gul – vurder tiltak (til og med ${ros.acceptance.yellowMax})`
          : `Rød – tiltak nødvendig (over ${ros.acceptance.yellowMax})`;
    doc.setFillColor(...LEVEL_FILL[level]);
    doc.rect(x, kit.y, 4, 3, 'F');
    doc.setFont(FONT, 'normal');
    doc.setTextColor(...COLORS.text);
    doc.text(label, x + 5, kit.y + 1.5, { baseline: 'middle' });
    kit.record(label);
    x += 5 + doc.getTextWidth(label) + 6;
  }
  doc.setFontSize(BODY_SIZE);
  kit.y += 5;

  const axis = (labels: { nb: string }[]) => labels.map((l, i) => `${i + 1} ${l.nb}`).join(', ');
  kit.paragraph(
    `S = sannsynlighet: ${axis(likelihoodLabels(n))}. K = konsekvens: ${axis(consequenceLabels(n))}. ` +
      'Poengsummen er S × K.',
    { size: 7.5, color: COLORS.muted, gapAfter: 2 },
  );
}

/** The connection plan as a simple timeline: one bar per milestone, the connection day and today marked. */
function timeline(kit: PdfKit, connectionDate: string, today: string): void {
  const { doc } = kit;
  const windows = MILESTONES.map((m) => ({ milestone: m, ...milestoneDates(m, connectionDate) }));
  const start = addDays(
    windows.reduce((min, w) => (w.from < min ? w.from : min), connectionDate),
    -2,
  );
  const end = addDays(
    windows.reduce((max, w) => (w.to > max ? w.to : max), connectionDate),
    2,
  );
  const days = daysBetween(start, end) + 1;
  const labelWidth = 46;
  const chartLeft = kit.left + labelWidth;
  const chartWidth = kit.width - labelWidth - 1;
  const dayWidth = chartWidth / days;
  const xOf = (iso: string) => chartLeft + daysBetween(start, iso) * dayWidth;
  const rowHeight = 6.5;
  const headerHeight = 5;
  const footerHeight = 7;
  const height = headerHeight + windows.length * rowHeight + footerHeight;
  kit.ensureSpace(height + 4);
  const top = kit.y;
  const rowsTop = top + headerHeight;
  const rowsBottom = rowsTop + windows.length * rowHeight;

  // Weekly grid lines, counted from the connection day, with their dates below.
  doc.setDrawColor(...COLORS.rule);
  doc.setLineWidth(0.15);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(6.5);
  doc.setTextColor(...COLORS.muted);
  for (let d = -70; d <= 70; d += 7) {
    const day = addDays(connectionDate, d);
    if (day < start || day > end) continue;
    const x = xOf(day) + dayWidth / 2;
    doc.line(x, rowsTop, x, rowsBottom);
    const label = formatDate(day).slice(0, 5);
    doc.text(label, x, rowsBottom + 1, { align: 'center', baseline: 'top' });
    kit.record(label);
  }
  doc.setDrawColor(...COLORS.rule);
  doc.setLineWidth(0.3);
  doc.line(chartLeft, rowsBottom, chartLeft + chartWidth, rowsBottom);

  windows.forEach((w, i) => {
    const y = rowsTop + i * rowHeight;
    const label = `${i + 1}. ${w.milestone.title.nb.split(':')[0] ?? ''}`;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...COLORS.text);
    doc.text(label, kit.left, y + rowHeight / 2, { baseline: 'middle' });
    kit.record(label);
    const passed = w.to < today;
    const fill: Rgb = passed ? FILL.passed : COLORS.headFill;
    doc.setFillColor(...fill);
    const x = xOf(w.from);
    const width = (daysBetween(w.from, w.to) + 1) * dayWidth;
    if (w.from === w.to) {
      // A single day: a diamond, so it reads as a point in time.
      const cx = x + dayWidth / 2;
      const cy = y + rowHeight / 2;
      const r = 2;
      doc.triangle(cx - r, cy, cx, cy - r, cx + r, cy, 'F');
      doc.triangle(cx - r, cy, cx, cy + r, cx + r, cy, 'F');
    } else {
      doc.rect(x, y + 1.5, width, rowHeight - 3, 'F');
    }
  });

  // The connection day.
  const connectionX = xOf(connectionDate) + dayWidth / 2;
  doc.setDrawColor(...COLORS.headFill);
  doc.setLineWidth(0.5);
  doc.line(connectionX, rowsTop - 1, connectionX, rowsBottom);
  doc.setFont(FONT, 'bold');
  doc.setFontSize(7);
  doc.setTextColor(...COLORS.headFill);
  const connectionLabel = `Påkobling ${formatDate(connectionDate)}`;
  doc.text(connectionLabel, connectionX, top, { align: 'center', baseline: 'top' });
  kit.record(connectionLabel);

  // Today, when it falls inside the window shown.
  if (today >= start && today <= end) {
    const todayX = xOf(today) + dayWidth / 2;
    doc.setDrawColor(...FILL.today);
    doc.setLineWidth(0.4);
    doc.setLineDashPattern([1, 0.8], 0);
    doc.line(todayX, rowsTop - 1, todayX, rowsBottom);
    doc.setLineDashPattern([], 0);
    doc.setTextColor(...FILL.today);
    const todayLabel = 'I dag';
    // Above the chart, unless the connection day's label is there; then below the dates.
    const labelY = Math.abs(todayX - connectionX) < 22 ? rowsBottom + 1 + lineHeight(6.5) : top;
    doc.text(todayLabel, todayX, labelY, { align: 'center', baseline: 'top' });
    kit.record(todayLabel);
  }
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY_SIZE);
  doc.setTextColor(...COLORS.text);
  doc.setLineWidth(0.2);
  kit.y = top + height + (today >= start && today <= end ? 2 : 0);
  if (today < start || today > end) {
    kit.paragraph(
      today < start
        ? `I dag (${formatDate(today)}) er før den første milepælen.`
        : `I dag (${formatDate(today)}) er etter den siste milepælen.`,
      { size: 8, color: COLORS.muted },
    );
  }
}

// ─────────────────────────────── sections ───────────────────────────────

function cover(kit: PdfKit, ctx: Context, scope: readonly Municipality[]): void {
  const { workspace, today } = ctx;
  kit.heading('Statusrapport for Digisos', 1);
  kit.paragraph('Digital søknad om økonomisk sosialhjelp – til det forberedende videomøtet med Digisos', {
    color: COLORS.muted,
    gapAfter: 3,
  });
  const preparedBy = ctx.document.settings.userName.trim();
  const host = workspace.cooperation.hostId === null ? null : nameOf(workspace, workspace.cooperation.hostId);
  if (!ctx.all) {
    const m = scope[0];
    if (!m) return;
    const role = cooperationRole(m, workspace);
    const rows: [string, string][] = [
      ['Kommune', m.name],
      ['Kommunenummer', m.number],
      ['Organisasjonsnummer', formatOrgNumber(m.orgNumber)],
      ['NAV-kontor', m.navUnit],
      ['Innbyggere', `${formatInteger(m.inhabitants)} (per ${formatDate(m.inhabitantsDate)})`],
      ['Fagsystem', [m.vendor.name, m.vendor.product].filter((s) => s.trim() !== '').join(', ') || 'Ikke oppgitt'],
      ['Planlagt påkobling', m.plannedConnectionDate === null ? 'Ikke satt' : formatDate(m.plannedConnectionDate)],
      ['Pulje', m.batch.trim() === '' ? 'Ikke oppgitt' : m.batch],
    ];
    if (role === 'host') rows.push(['Samarbeid', `Vertskommune i ${workspace.name}`]);
    if (role === 'partner') rows.push(['Samarbeid', `Samarbeidskommune; vertskommune er ${host ?? ''}`]);
    if (preparedBy !== '') rows.push(['Utarbeidet av', preparedBy]);
    rows.push(['Dato', formatDate(today)]);
    kit.keyValues(rows);
    return;
  }
  const rows: [string, string][] = [
    ['Samarbeid', workspace.name],
    ['Samarbeidsform', COOPERATION_TEXT[workspace.cooperation.model]],
  ];
  if (host !== null && workspace.cooperation.model !== 'none') rows.push(['Vertskommune', host]);
  rows.push(['Kommuner', String(scope.length)]);
  if (preparedBy !== '') rows.push(['Utarbeidet av', preparedBy]);
  rows.push(['Dato', formatDate(today)]);
  kit.keyValues(rows);
  if (scope.length === 0) {
    kit.paragraph('Arbeidsområdet har ingen kommuner ennå.');
    return;
  }
  kit.table({
    head: ['Kommune', 'Kommunenr.', 'Org.nr.', 'NAV-kontor', 'Planlagt påkobling', 'Pulje'],
    widths: { 1: 20, 2: 26, 4: 24, 5: 20 },
    body: scope.map((m) => [
      m.name,
      m.number,
      formatOrgNumber(m.orgNumber),
      m.navUnit,
      m.plannedConnectionDate === null ? 'Ikke satt' : formatDate(m.plannedConnectionDate),
      m.batch.trim() === '' ? '–' : m.batch,
    ]),
  });
}

interface ApprovalFinding {
  municipality: Municipality;
  subject: ApprovalSubject;
  state: ApprovalState;
}

function approvalCell(state: ApprovalState): string {
  switch (state.kind) {
    case 'none':
      return 'Ikke godkjent';
    case 'stale':
      return `Utdatert: endret etter godkjenningen ${dateOfTimestamp(state.approval.approvedAt)} (${state.approval.approver})`;
    case 'approved': {
      const parts = [`Godkjent ${dateOfTimestamp(state.approval.approvedAt)} av ${state.approval.approver}`];
      if (state.reviewOverdue && state.approval.reviewDue !== null)
        parts.push(`Gjennomgang forfalt ${formatDate(state.approval.reviewDue)}`);
      if (state.risksChanged) parts.push('ROS-risikoene er endret siden – vurder på nytt');
      return parts.join('\n');
    }
  }
}

function approvalTone(state: ApprovalState): Rgb {
  if (state.kind !== 'approved') return FILL.danger;
  return state.reviewOverdue || state.risksChanged ? FILL.warning : FILL.ok;
}

/** The DPIA, ROS analysis and routines of every controller in scope: a red notice for what is missing or stale. */
function approvals(kit: PdfKit, ctx: Context, scope: readonly Municipality[]): void {
  kit.ensureSpace(KEEP.table + 10);
  kit.heading('Godkjenning av PVK, ROS-analyse og beredskapsrutiner', 2);
  const controllers: { controller: Municipality; covers: Municipality[] }[] = [];
  for (const m of scope) {
    const controller = controllerOf(m, ctx.workspace);
    const known = controllers.find((c) => c.controller.id === controller.id);
    if (known) {
      if (controller.id !== m.id) known.covers.push(m);
    } else controllers.push({ controller, covers: controller.id === m.id ? [] : [m] });
  }
  const findings: ApprovalFinding[] = controllers.flatMap(({ controller }) =>
    SUBJECTS.map((subject) => ({
      municipality: controller,
      subject,
      state: approvalState(controller, subject, ctx.today),
    })),
  );

  const missing = findings.filter((f) => f.state.kind !== 'approved');
  if (missing.length > 0) {
    const lines = missing.map(({ municipality, subject, state }) => {
      const name = SUBJECT_TEXT[subject].name;
      if (state.kind === 'stale') {
        return (
          `• ${municipality.name}: ${name} ble godkjent ${dateOfTimestamp(state.approval.approvedAt)} av ` +
          `${state.approval.approver}, men innholdet er endret etterpå. Godkjenningen gjelder ikke lenger – må godkjennes på nytt.`
        );
      }
      return `• ${municipality.name}: ${name} er ikke godkjent.`;
    });
    kit.notice(lines.join('\n'), 'danger', { title: 'Godkjenninger som mangler eller er utdatert' });
  }
  const reviews = findings.flatMap(({ municipality, subject, state }) => {
    if (state.kind !== 'approved') return [];
    const out: string[] = [];
    if (state.reviewOverdue && state.approval.reviewDue !== null)
      out.push(
        `• ${municipality.name}: fristen for ny gjennomgang av ${SUBJECT_TEXT[subject].name} (${formatDate(state.approval.reviewDue)}) er passert.`,
      );
    if (state.risksChanged)
      out.push(
        `• ${municipality.name}: risikoene i ROS-analysen er endret etter at PVK-en ble godkjent. Vurder PVK-en på nytt.`,
      );
    return out;
  });
  if (reviews.length > 0) kit.notice(reviews.join('\n'), 'warning', { title: 'Gjennomgang trengs' });
  if (missing.length === 0 && reviews.length === 0) {
    kit.notice('', 'ok', { title: 'PVK, ROS-analyse og beredskapsrutiner er godkjent, og godkjenningene gjelder.' });
  }

  kit.table({
    head: ['Behandlingsansvarlig', 'PVK', 'ROS-analyse', 'Beredskapsrutiner'],
    widths: { 0: 42 },
    body: controllers.map(({ controller, covers }) => [
      covers.length === 0 ? controller.name : `${controller.name}\nogså for ${covers.map((m) => m.name).join(', ')}`,
      ...SUBJECTS.map((s) => approvalCell(approvalState(controller, s, ctx.today))),
    ]),
    styleCell: ({ section, row, column, styles }) => {
      const entry = controllers[row];
      const subject = SUBJECTS[column - 1];
      if (section !== 'body' || !entry || subject === undefined) return;
      styles.fillColor = [...approvalTone(approvalState(entry.controller, subject, ctx.today))];
    },
  });
}

function readiness(kit: PdfKit, ctx: Context, scope: readonly Municipality[]): void {
  kit.ensureSpace(barsHeight(ctx.all ? scope.length + 2 : 2) + 10);
  kit.heading('Hvor klare er vi?', 2);
  const { dashboard } = ctx;
  if (ctx.all) {
    kit.paragraph(`Hele samarbeidet (${ctx.workspace.name}): punktene som gjelder, uten dem som er «ikke relevant».`, {
      size: 9,
      color: COLORS.muted,
    });
    progressBars(kit, [
      { label: 'Alle punkter', progress: dashboard.workspace.overall, bold: true },
      { label: 'Påkrevde punkter', progress: dashboard.workspace.required, bold: true },
      ...dashboard.municipalities.map((r) => ({ label: r.name, progress: r.overall })),
    ]);
    kit.ensureSpace(barsHeight(AREA_IDS.length));
    kit.heading('Per område, hele samarbeidet', 3);
    progressBars(
      kit,
      AREA_IDS.map((a) => ({ label: areaInfo(a).title.nb, progress: dashboard.workspace.byArea[a] })),
    );
  } else {
    const r = dashboard.municipalities.find((x) => x.municipalityId === scope[0]?.id);
    if (!r) return;
    kit.paragraph('Punktene som gjelder kommunen, uten dem som er «ikke relevant» eller gjøres av vertskommunen.', {
      size: 9,
      color: COLORS.muted,
    });
    progressBars(kit, [
      { label: 'Alle punkter', progress: r.overall, bold: true },
      { label: 'Påkrevde punkter', progress: r.required, bold: true },
    ]);
    kit.ensureSpace(barsHeight(AREA_IDS.length));
    kit.heading('Per område', 3);
    areaBars(kit, r.byArea);
  }
  const counts = dashboard.municipalities.filter((r) => scope.some((m) => m.id === r.municipalityId));
  const total = (pick: (r: (typeof counts)[number]) => number) => String(counts.reduce((n, r) => n + pick(r), 0));
  kit.ensureSpace(4 * lineHeight(BODY_SIZE) + 8);
  kit.keyValues(
    [
      ['Forfalte punkter', total((r) => r.overdue)],
      ['Frist innen en uke', total((r) => r.dueSoon)],
      ['Åpne punkter uten ansvarlig', total((r) => r.unowned)],
      ['Påkrevde punkter som truer påkoblingsdatoen', total((r) => r.blockers)],
    ],
    { labelWidth: 100 },
  );
}

function areaBars(kit: PdfKit, byArea: Record<AreaId, Progress>): void {
  progressBars(
    kit,
    AREA_IDS.map((a) => ({ label: areaInfo(a).title.nb, progress: byArea[a] })),
  );
}

function itemTable(kit: PdfKit, ctx: Context, refs: readonly ItemRef[], empty: string): void {
  if (refs.length === 0) {
    kit.paragraph(empty);
    return;
  }
  const shown = refs.slice(0, MAX_ITEM_ROWS);
  const offset = ctx.all ? 1 : 0;
  kit.table({
    head: [...(ctx.all ? ['Kommune'] : []), 'Punkt', 'Ansvarlig', 'Frist', 'Status'],
    widths: ctx.all ? { 0: 24, 2: 32, 3: 20, 4: 26 } : { 1: 36, 2: 21, 3: 28 },
    fontSize: 8,
    body: shown.map((ref) => [
      ...(ctx.all ? [ref.municipalityName] : []),
      itemText(ref.row),
      ownerText(ref.row.owner, ref.row),
      dueText(ref.row),
      statusText(ref.row, ctx.today),
    ]),
    styleCell: ({ section, row, column, styles }) => {
      const ref = shown[row];
      if (section !== 'body' || !ref) return;
      if (ref.row.dueState === 'overdue' && (column === offset + 2 || column === offset + 3)) {
        styles.fillColor = [...FILL.danger];
        styles.textColor = [120, 10, 10];
      }
      if (ref.row.owner === null && column === offset + 1) styles.textColor = [...COLORS.muted];
    },
  });
  if (refs.length > shown.length) {
    kit.paragraph(`… og ${refs.length - shown.length} til. Hele listen står i sjekklisten i Digisos Klar.`, {
      size: 9,
      color: COLORS.muted,
      gapAfter: 3,
    });
  }
}

function items(kit: PdfKit, ctx: Context, scope: readonly Municipality[]): void {
  const inScope = (ref: ItemRef) => scope.some((m) => m.id === ref.municipalityId);
  // Every open item is listed once: overdue first, then the rest without and with an owner.
  const overdue = ctx.dashboard.overdue.filter(inScope);
  const unowned = ctx.dashboard.unowned.filter(inScope);
  const unownedLater = unowned.filter((ref) => ref.row.dueState !== 'overdue').sort(byDue);
  const ownedLater = ctx.dashboard.matches
    .filter((ref) => inScope(ref) && ref.row.dueState !== 'overdue' && ref.row.owner !== null)
    .sort(byDue);

  kit.ensureSpace(KEEP.table);
  kit.heading(`Forfalte punkter (${overdue.length})`, 2);
  itemTable(kit, ctx, overdue, 'Ingen punkter er forfalt.');
  kit.ensureSpace(KEEP.table);
  kit.heading(`Åpne punkter uten ansvarlig (${unowned.length})`, 2);
  const listed = unowned.length - unownedLater.length;
  if (listed > 0 && unownedLater.length > 0) {
    kit.paragraph(
      `${plural(listed, 'punkt', 'punkter')} uten ansvarlig er forfalt og står i listen over. Her er resten.`,
      {
        size: 9,
        color: COLORS.muted,
      },
    );
  }
  itemTable(
    kit,
    ctx,
    unownedLater,
    unowned.length === 0 ? 'Alle åpne punkter har en ansvarlig.' : 'Alle står i listen over forfalte punkter.',
  );
  kit.ensureSpace(KEEP.table);
  kit.heading(`Andre åpne punkter med ansvarlig (${ownedLater.length})`, 2);
  itemTable(kit, ctx, ownedLater, 'Ingen andre åpne punkter har en ansvarlig ennå.');
}

function agreements(kit: PdfKit, ctx: Context, m: Municipality): void {
  kit.ensureSpace(KEEP.agreements);
  kit.heading('Avtaler', 2);
  const rows = agreementRows(m, ctx.workspace.cooperation, ctx.createdAt);
  const statusOf = (row: (typeof rows)[number]) => {
    if (!row.applicability.applies)
      return `Gjøres av vertskommunen ${nameOf(ctx.workspace, row.applicability.coveredBy)}`;
    const { status, sentDate } = row.record;
    return status === 'sentForSigning' && sentDate !== null
      ? `${AGREEMENT_STATUS_TEXT[status]} ${formatDate(sentDate)}`
      : AGREEMENT_STATUS_TEXT[status];
  };
  const signerOf = (row: (typeof rows)[number]) => {
    const r = row.record;
    if (r.signerName.trim() === '') return '–';
    const name = r.signerRole.trim() === '' ? r.signerName : `${r.signerName}, ${r.signerRole}`;
    return r.signerHasRequiredRole === 'no' ? `${name}\nHar ikke rollen kilden krever` : name;
  };
  kit.table({
    head: ['Nr.', 'Avtale', 'Status', 'Signert av', 'Signert dato'],
    widths: { 0: 10, 2: 32, 3: 42, 4: 21 },
    fontSize: 8,
    body: rows.map((row) => [
      String(row.info.number),
      `${row.info.title.nb}\n${row.info.counterparty.nb}${row.info.requirement === 'recommended' ? ' · anbefalt' : ''}`,
      statusOf(row),
      signerOf(row),
      dateOrDash(row.record.signedDate),
    ]),
    styleCell: ({ section, row, column, styles }) => {
      const r = rows[row];
      if (section !== 'body' || !r || !r.applicability.applies) return;
      if (column === 2) {
        const status = r.record.status;
        if (status === 'signed' || status === 'archived') styles.fillColor = [...FILL.ok];
        else if (status === 'sentForSigning') styles.fillColor = [...FILL.warning];
      }
      if (column === 3 && r.record.signerHasRequiredRole === 'no') styles.textColor = [120, 10, 10];
    },
  });
}

function capabilities(kit: PdfKit, m: Municipality): void {
  kit.ensureSpace(KEEP.capabilities);
  kit.heading('Funksjoner i Fiks', 2);
  const keys: readonly Capability[] = ['receiving', 'statusView', 'nksAccess'];
  kit.table({
    head: ['Funksjon', 'Status', 'Siden'],
    widths: { 1: 50, 2: 30 },
    body: keys.map((k) => [
      CAPABILITY_TEXT[k],
      CAPABILITY_STATE_TEXT[m.capabilities[k].state],
      dateOrDash(m.capabilities[k].since),
    ]),
    styleCell: ({ section, row, column, styles }) => {
      const key = keys[row];
      if (section !== 'body' || key === undefined || column !== 1) return;
      const state = m.capabilities[key].state;
      if (state === 'inProduction') styles.fillColor = [...FILL.ok];
      else if (state === 'inTest') styles.fillColor = [...FILL.warning];
      else if (state === 'temporarilyDeactivated') styles.fillColor = [...FILL.danger];
    },
  });
}

function nks(kit: PdfKit, m: Municipality): void {
  kit.ensureSpace(KEEP.nks);
  kit.heading('Tilgang for NAV Kontaktsenter (NKS)', 2);
  const entries = new Map(m.checklist.map((e) => [e.itemId, e]));
  const rowsOf = NKS_STEP_IDS.map((id) => entries.get(id) ?? null);
  const done = rowsOf.filter((e) => e?.status === 'done').length;
  const capability = m.capabilities.nksAccess;
  const agreement = m.agreements.find((a) => a.agreementId === 'nksInformation')?.status ?? 'notStarted';
  kit.keyValues(
    [
      ['Steg i Fiks forvaltning', `${done} av 4 gjort`],
      [
        'Status i Fiks',
        `${CAPABILITY_STATE_TEXT[capability.state]}${capability.since === null ? '' : ` siden ${formatDate(capability.since)}`}`,
      ],
      ['Avtale om stønadsopplysninger', `${AGREEMENT_STATUS_TEXT[agreement]} (anbefalt, ikke krav)`],
      ['Vakttelefon for NKS', m.onCallPhone.trim() === '' ? 'Ikke oppgitt' : m.onCallPhone],
    ],
    { labelWidth: 62 },
  );
  const stepTexts = [
    'Logg inn på forvaltning.fiks.ks.no',
    'Velg Digisos under Tjenester',
    'Velg punkt 5 «Tilgang til NAV Kontaktsenter»',
    'Huk av for «Gi NKS tillatelse»',
  ];
  kit.table({
    head: ['Steg', 'Gjort?', 'Ferdig'],
    widths: { 1: 30, 2: 50 },
    body: rowsOf.map((entry, i) => [
      `${i + 1}. ${stepTexts[i] ?? ''}`,
      entry?.status === 'done' ? 'Ja' : `Nei – ${STATUS_TEXT[entry?.status ?? 'notStarted'].toLowerCase()}`,
      entry?.status === 'done' && entry.completedAt !== null
        ? `${formatDate(entry.completedAt)}${entry.completedBy === '' ? '' : ` av ${entry.completedBy}`}`
        : '–',
    ]),
    styleCell: ({ section, row, column, styles }) => {
      if (section !== 'body' || column !== 1) return;
      styles.fillColor = [...(rowsOf[row]?.status === 'done' ? FILL.ok : FILL.danger)];
    },
  });
  if (done === 4 && capability.state !== 'inProduction') {
    kit.notice(
      `Alle fire stegene er gjort, men statusen i Fiks er «${CAPABILITY_STATE_TEXT[capability.state]}». Sjekk at tilgangen er aktivert.`,
      'warning',
    );
  }
}

function costContext(workspace: Workspace) {
  return {
    prices: workspace.prices,
    adoptingInhabitants: workspace.costSettings.adoptingInhabitants,
    year: workspace.costSettings.year,
  };
}

function feeBasis(costs: CostBreakdown, workspace: Workspace): string {
  const perInhabitant =
    priceTable(workspace.prices).find((p) => p.id === 'connectionFeePerInhabitant')?.effectiveOre ?? 0;
  const { rule, boundaryCase } = costs.connectionFee;
  const perInhabitantRule = `kr ${formatUnitPrice(perInhabitant)} per innbygger × ${formatInteger(costs.inhabitants)}`;
  // At exactly 6 300 neither "under" nor "over" holds: say which rule was budgeted, and why.
  if (boundaryCase) return `${rule === 'fixed' ? 'fast beløp' : perInhabitantRule} – det høyeste av de to reglene`;
  return rule === 'fixed' ? 'fast beløp, under 6 300 innbyggere' : perInhabitantRule;
}

function costs(kit: PdfKit, ctx: Context, m: Municipality): void {
  const { workspace } = ctx;
  const year = workspace.costSettings.year;
  const c = municipalityCosts(m, costContext(workspace));
  kit.ensureSpace(KEEP.costs);
  kit.heading('Kostnader', 2);
  kit.paragraph(
    `Regnet med ${formatInteger(c.inhabitants)} innbyggere (per ${formatDate(m.inhabitantsDate)}). Alle prisene er foreløpige eller kan indeksreguleres.`,
    { size: 9, color: COLORS.muted },
  );
  if (c.flags.includes('boundaryCase')) {
    kit.notice(
      'Kommunen har nøyaktig 6 300 innbyggere. Kildene har én regel for «under 6 300» og én for «over 6 300» – ingen dekker nøyaktig 6 300. ' +
        `Rapporten regner med det høyeste beløpet, ${formatKroner(c.connectionFee.ore)}; den andre regelen gir ` +
        `${formatKroner(c.connectionFee.alternativeOre ?? 0)}. Bekreft med KS hvilken regel som gjelder.`,
      'warning',
      { title: 'Grensetilfellet 6 300 innbyggere' },
    );
  }
  const nav = c.navOperations.ore;
  const cannot = 'kan ikke beregnes';
  const body: string[][] = [
    [
      `Tilknytningskostnad til DigiFin\n${feeBasis(c, workspace)}`,
      formatKroner(c.connectionFee.ore),
      formatKroner(c.connectionFee.ore + c.connectionFee.vatOre),
    ],
    [
      c.digifinMembership.alreadyMember ? 'Medlemskap i DigiFin – allerede medlem' : 'Medlemskap i DigiFin',
      formatKroner(c.digifinMembership.ore),
      `${formatKroner(c.digifinMembership.ore)}\n(mva ikke oppgitt)`,
    ],
    [
      c.vendorUpgrade.ore === 0 ? 'Oppgradering av fagsystemet (ikke oppgitt)' : 'Oppgradering av fagsystemet',
      formatKroner(c.vendorUpgrade.ore),
      formatKroner(c.vendorUpgrade.ore + c.vendorUpgrade.vatOre),
    ],
    ['Sum engangskostnader', formatKroner(c.oneTime.exVat), formatKroner(c.oneTime.incVat)],
    [
      `NAVs drift og forvaltning, kommunens andel ${year}` +
        (nav === null ? '' : `\n${c.navOperations.chargeableQuarters} av 4 kvartaler`),
      nav === null ? cannot : formatKroner(nav),
      nav === null ? cannot : `${formatKroner(nav)}\n(mva ikke oppgitt)`,
    ],
    [
      'KS’ løpende kostnader (SvarUt, innsyn, dokumentlager)',
      formatKroner(c.ksRunning.ore),
      `${formatKroner(c.ksRunning.ore)}\n(mva ikke oppgitt)`,
    ],
    [
      `Sum årlige kostnader ${year}${nav === null ? '\nuten NAVs andel, som ikke kan beregnes ennå' : ''}`,
      formatKroner(c.yearly.exVat),
      formatKroner(c.yearly.incVat),
    ],
  ];
  const sums = new Set([3, 6]);
  kit.table({
    head: ['Kostnad', 'Eks. mva', 'Inkl. mva'],
    widths: { 1: 32, 2: 36 },
    body,
    styleCell: ({ section, row, column, styles }) => {
      if (section !== 'body') return;
      if (sums.has(row)) {
        styles.fontStyle = 'bold';
        styles.fillColor = [232, 239, 248];
      }
      if (column > 0) styles.halign = 'right';
      if (row === 4 && nav === null && column > 0) styles.textColor = [120, 10, 10];
    },
  });
  const notes: string[] = [];
  if (c.flags.includes('noDenominator'))
    notes.push(
      'NAVs andel kan ikke beregnes før innbyggerne i alle kommunene som bruker løsningen er oppgitt; tallet står ikke i kildene.',
    );
  if (c.flags.includes('noUsageStart'))
    notes.push('NAVs andel kan ikke beregnes før første kvartal i bruk er kjent (eller en påkoblingsdato er satt).');
  notes.push(
    'Mva er lagt til tilknytningskostnaden (håndboken: «+ mva», vilkårene tar forbehold) og leverandørens pris.',
  );
  if (c.flags.includes('inhabitantsNot2020'))
    notes.push('NAV fordeler etter innbyggertallet per 1. januar 2020, så NAVs faktura kan avvike noe.');
  kit.paragraph(notes.join(' '), { size: 8, color: COLORS.muted, gapAfter: 3 });
}

/** All municipalities' costs side by side, with the sum (for the whole cooperation). */
function costOverview(kit: PdfKit, ctx: Context, scope: readonly Municipality[]): void {
  if (scope.length === 0) return;
  kit.ensureSpace(KEEP.table + scope.length * 8);
  kit.heading('Kostnader, hele samarbeidet', 2);
  const year = ctx.workspace.costSettings.year;
  const all = scope.map((m) => ({ m, c: municipalityCosts(m, costContext(ctx.workspace)) }));
  const sum = (pick: (c: CostBreakdown) => number) => all.reduce((n, x) => n + pick(x.c), 0);
  const navMissing = all.some((x) => x.c.navOperations.ore === null);
  const yearly = (c: CostBreakdown) =>
    `${formatKroner(c.yearly.exVat)}${c.navOperations.ore === null ? '\nuten NAVs andel (kan ikke beregnes)' : ''}`;
  const boundary = all.filter((x) => x.c.connectionFee.boundaryCase).map((x) => x.m.name);
  kit.table({
    head: ['Kommune', 'Engangs eks. mva', 'Engangs inkl. mva', `Årlig ${year} eks. mva`],
    widths: { 1: 32, 2: 32, 3: 48 },
    body: [
      ...all.map(({ m, c }) => [
        `${m.name}${c.connectionFee.boundaryCase ? '\n6 300 innbyggere: bekreft med KS' : ''}`,
        formatKroner(c.oneTime.exVat),
        formatKroner(c.oneTime.incVat),
        yearly(c),
      ]),
      [
        'Sum',
        formatKroner(sum((c) => c.oneTime.exVat)),
        formatKroner(sum((c) => c.oneTime.incVat)),
        `${formatKroner(sum((c) => c.yearly.exVat))}${navMissing ? '\nuten NAVs andel der den ikke kan beregnes' : ''}`,
      ],
    ],
    styleCell: ({ section, row, column, styles }) => {
      if (section !== 'body') return;
      if (column > 0) styles.halign = 'right';
      if (row === all.length) {
        styles.fontStyle = 'bold';
        styles.fillColor = [232, 239, 248];
      }
    },
  });
  if (boundary.length > 0) {
    kit.notice(
      `${boundary.join(', ')} har nøyaktig 6 300 innbyggere, som ingen av reglene for tilknytningskostnaden dekker. Beløpet er det høyeste av de to; bekreft med KS.`,
      'warning',
      { title: 'Grensetilfellet 6 300 innbyggere' },
    );
  }
}

function ros(kit: PdfKit, ctx: Context, m: Municipality): void {
  kit.ensureSpace(KEEP.ros);
  kit.heading('Risikomatrise (ROS-analysen)', 2);
  const controller = controllerOf(m, ctx.workspace);
  if (controller.id !== m.id) {
    if (ctx.all) {
      kit.paragraph(
        `ROS-analysen er vertskommunens (${controller.name}), som er behandlingsansvarlig – se ${controller.name}.`,
      );
      return;
    }
    kit.notice(`Vertskommunen ${controller.name} er behandlingsansvarlig; matrisen er fra dens ROS-analyse.`, 'info');
  }
  const analysis = controller.ros;
  if (analysis.risks.length === 0) {
    kit.paragraph('ROS-analysen har ingen risikoer ennå.');
    return;
  }
  matrixPair(kit, analysis);
  const summary = (which: 'inherent' | 'residual') => {
    const l = levelCounts(analysis, which);
    return `${l.red} røde, ${l.yellow} gule, ${l.green} grønne`;
  };
  const measures = openMeasures(analysis);
  const overdue = measures.filter((x) => x.deadline !== null && x.deadline < ctx.today).length;
  kit.keyValues(
    [
      ['Risikoer', String(analysis.risks.length)],
      ['Før tiltak', summary('inherent')],
      ['Etter tiltak', summary('residual')],
      ['Åpne tiltak', measures.length === 0 ? 'Ingen' : `${measures.length}, hvorav ${overdue} forfalt`],
    ],
    { labelWidth: 40 },
  );
}

function plan(kit: PdfKit, ctx: Context, m: Municipality): void {
  kit.ensureSpace(KEEP.plan);
  kit.heading('Tidslinje for påkoblingen', 2);
  const date = m.plannedConnectionDate;
  if (date === null) {
    kit.notice(
      'Ingen planlagt påkoblingsdato er satt, så milepælene og de fleste fristene kan ikke regnes ut. Avtal datoen med Digisos.',
      'warning',
      { title: 'Påkoblingsdato mangler' },
    );
    return;
  }
  timeline(kit, date, ctx.today);
  kit.ensureSpace(KEEP.table);
  kit.table({
    head: ['Nr.', 'Milepæl', 'Fra', 'Til', 'Status'],
    widths: { 0: 10, 2: 21, 3: 21, 4: 26 },
    fontSize: 8,
    body: MILESTONES.map((milestone, i) => {
      const { from, to } = milestoneDates(milestone, date);
      const state =
        to < ctx.today
          ? 'Passert'
          : from <= ctx.today
            ? 'Pågår nå'
            : `Om ${plural(daysBetween(ctx.today, from), 'dag', 'dager')}`;
      return [
        String(i + 1),
        milestone.remark ? `${milestone.title.nb}\nMerk: ${milestone.remark.nb}` : milestone.title.nb,
        formatDate(from),
        formatDate(to),
        state,
      ];
    }),
  });
}

function municipalityChapter(kit: PdfKit, ctx: Context, m: Municipality): void {
  if (ctx.all) {
    kit.newPage();
    kit.heading(m.name, 1);
    const role = cooperationRole(m, ctx.workspace);
    kit.paragraph(
      [
        `Kommunenr. ${m.number}`,
        `org.nr. ${formatOrgNumber(m.orgNumber)}`,
        m.navUnit,
        m.plannedConnectionDate === null
          ? 'ingen planlagt påkoblingsdato'
          : `påkobling ${formatDate(m.plannedConnectionDate)}`,
        ...(role === 'host' ? ['vertskommune'] : role === 'partner' ? ['samarbeidskommune'] : []),
      ].join(' · '),
      { color: COLORS.muted, gapAfter: 3 },
    );
    const r = ctx.dashboard.municipalities.find((x) => x.municipalityId === m.id);
    if (r) {
      kit.ensureSpace(barsHeight(AREA_IDS.length + 2));
      kit.heading('Hvor klar er kommunen?', 2);
      progressBars(kit, [
        { label: 'Alle punkter', progress: r.overall, bold: true },
        { label: 'Påkrevde punkter', progress: r.required, bold: true },
      ]);
      areaBars(kit, r.byArea);
    }
  }
  agreements(kit, ctx, m);
  capabilities(kit, m);
  nks(kit, m);
  costs(kit, ctx, m);
  ros(kit, ctx, m);
  plan(kit, ctx, m);
}

/**
 * The status report a coordinator brings to the preparatory video meeting with Digisos, in
 * bokmål: readiness, what is open, overdue or unowned, the agreements, the capabilities, the
 * costs, the risk matrices, the connection timeline, NKS, and which approvals are missing or stale —
 * for one municipality, or for the whole cooperation with a chapter per municipality.
 */
export function statusReport(document: StoredDocument, options: StatusReportOptions): Uint8Array {
  const workspace = workspaceOf(document);
  const all = options.municipalityId === 'all';
  const scope = all
    ? workspace.municipalities
    : workspace.municipalities.filter((m) => m.id === options.municipalityId);
  const only = scope[0];
  if (!all && !only) throw new Error(`Kommunen ${options.municipalityId} finnes ikke i arbeidsområdet.`);
  const today = toIsoDate(options.createdAt);
  const dashboard = buildDashboard(
    document,
    today,
    { ...NO_FILTERS, status: 'open', municipalityId: options.municipalityId },
    'nb',
  );
  const ctx: Context = { document, workspace, today, createdAt: options.createdAt, dashboard, all };
  const name = all || !only ? workspace.name : only.name;

  const kit = createPdf({
    fonts: options.fonts,
    createdAt: options.createdAt,
    title: `Statusrapport – ${name}`,
    subject: 'Status for innføring av digital søknad om økonomisk sosialhjelp (Digisos)',
    author: document.settings.userName.trim() === '' ? 'Digisos Klar' : document.settings.userName.trim(),
  });

  cover(kit, ctx, scope);
  if (scope.length > 0) {
    approvals(kit, ctx, scope);
    readiness(kit, ctx, scope);
    items(kit, ctx, scope);
    if (all) costOverview(kit, ctx, scope);
    for (const m of scope) municipalityChapter(kit, ctx, m);
  }
  return kit.finish();
}
