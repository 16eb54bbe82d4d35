/**
 * The benchmark's baseline: the status report's content written the simple way — plain jsPDF and
 * one jspdf-autotable per section, no layout kit, no drawn bars, matrices or timeline. It
 * embeds the same DejaVu TTFs in every document (base64-encoded each time, as a straightforward
 * script would) and lists the same rows: cover key–values, approvals, readiness per area,
 * overdue/unowned/open items (capped like ours), agreements, capabilities, NKS steps, costs,
 * risk matrices as tables, and milestones. Only `npm run bench` uses it.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput } from 'jspdf-autotable';
import { areaInfo } from '../../shared/catalogue/areas';
import { AREA_IDS } from '../../shared/catalogue/types';
import { agreementRows } from '../../shared/domain/agreements';
import { approvalState } from '../../shared/domain/approval';
import { controllerOf } from '../../shared/domain/cooperation';
import { formatKroner, municipalityCosts } from '../../shared/domain/costs';
import { formatOrgNumber } from '../../shared/domain/org-number';
import { MILESTONES, milestoneDates } from '../../shared/domain/plan';
import { buildDashboard, NO_FILTERS, type ItemRef, type Progress } from '../../shared/domain/readiness';
import { matrixCounts, openMeasures } from '../../shared/domain/ros';
import { formatDate, toIsoDate } from '../../shared/format/date';
import { formatInteger } from '../../shared/format/number';
import type { PdfFonts } from '../../shared/pdf/document';
import { MAX_ITEM_ROWS, type StatusReportOptions } from '../../shared/pdf/status-report';
import type { Municipality, StoredDocument } from '../../shared/schema/workspace';

const FONT = 'DejaVuSans';
const MARGIN = 18;

const dash = (iso: string | null) => (iso === null ? '–' : formatDate(iso));
const percent = (p: Progress) =>
  p.percent === null ? 'Ingen egne punkter' : `${p.percent} % – ${p.done} av ${p.total}`;

function embedFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', Buffer.from(fonts.regular).toString('base64'));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', Buffer.from(fonts.bold).toString('base64'));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

export function naiveStatusReport(document: StoredDocument, options: StatusReportOptions): Uint8Array {
  const workspace = document.workspace;
  if (workspace === null) throw new Error('Dokumentet har ikke noe arbeidsområde.');
  const all = options.municipalityId === 'all';
  const scope = all
    ? workspace.municipalities
    : workspace.municipalities.filter((m) => m.id === options.municipalityId);
  const today = toIsoDate(options.createdAt);
  const dashboard = buildDashboard(
    document,
    today,
    { ...NO_FILTERS, status: 'open', municipalityId: options.municipalityId },
    'nb',
  );

  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  embedFonts(doc, options.fonts);
  doc.setProperties({
    title: `Statusrapport – ${all ? workspace.name : (scope[0]?.name ?? '')}`,
    creator: 'Digisos Klar',
  });
  doc.setCreationDate(options.createdAt);

  let y = MARGIN;
  const lastY = () => (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
  const heading = (text: string, size = 13) => {
    if (y > 250) {
      doc.addPage();
      y = MARGIN;
    }
    doc.setFont(FONT, 'bold');
    doc.setFontSize(size);
    doc.text(text, MARGIN, y + 5);
    y += 8;
  };
  const table = (head: string[] | null, body: RowInput[]) => {
    autoTable(doc, {
      startY: y,
      margin: { left: MARGIN, right: MARGIN },
      head: head === null ? [] : [head],
      body,
      theme: head === null ? 'plain' : 'grid',
      styles: { font: FONT, fontSize: 8.5 },
      headStyles: { fontStyle: 'bold' },
    });
    y = lastY() + 5;
  };

  heading('Statusrapport for Digisos', 18);
  const m0 = scope[0];
  if (!all && m0) {
    table(null, [
      ['Kommune', m0.name],
      ['Kommunenummer', m0.number],
      ['Organisasjonsnummer', formatOrgNumber(m0.orgNumber)],
      ['NAV-kontor', m0.navUnit],
      ['Innbyggere', `${formatInteger(m0.inhabitants)} (per ${formatDate(m0.inhabitantsDate)})`],
      ['Fagsystem', `${m0.vendor.name}, ${m0.vendor.product}`],
      ['Planlagt påkobling', dash(m0.plannedConnectionDate)],
      ['Pulje', m0.batch],
      ['Utarbeidet av', document.settings.userName],
      ['Dato', formatDate(today)],
    ]);
  } else {
    table(null, [
      ['Samarbeid', workspace.name],
      ['Kommuner', String(scope.length)],
      ['Utarbeidet av', document.settings.userName],
      ['Dato', formatDate(today)],
    ]);
    table(
      ['Kommune', 'Kommunenr.', 'Org.nr.', 'NAV-kontor', 'Planlagt påkobling', 'Pulje'],
      scope.map((m) => [
        m.name,
        m.number,
        formatOrgNumber(m.orgNumber),
        m.navUnit,
        dash(m.plannedConnectionDate),
        m.batch,
      ]),
    );
  }

  heading('Godkjenning av PVK, ROS-analyse og beredskapsrutiner');
  const controllers = [...new Map(scope.map((m) => [controllerOf(m, workspace).id, controllerOf(m, workspace)]))];
  table(
    ['Behandlingsansvarlig', 'PVK', 'ROS-analyse', 'Beredskapsrutiner'],
    controllers.map(([, c]) => [
      c.name,
      ...(['dpia', 'ros', 'emergency'] as const).map((s) => {
        const state = approvalState(c, s, today);
        return state.kind === 'none'
          ? 'Ikke godkjent'
          : `${state.kind === 'stale' ? 'Utdatert' : 'Godkjent'} ${state.approval.approvedAt.slice(0, 10)} av ${state.approval.approver}`;
      }),
    ]),
  );

  heading('Hvor klare er vi?');
  const readiness = dashboard.municipalities.filter((r) => scope.some((m) => m.id === r.municipalityId));
  const overall = all ? dashboard.workspace : readiness[0];
  if (overall) {
    table(
      ['', 'Ferdig'],
      [
        ['Alle punkter', percent(overall.overall)],
        ['Påkrevde punkter', percent(overall.required)],
        ...(all ? readiness.map((r) => [r.name, percent(r.overall)]) : []),
        ...AREA_IDS.map((a) => [areaInfo(a).title.nb, percent(overall.byArea[a])]),
      ],
    );
  }
  const total = (pick: (r: (typeof readiness)[number]) => number) => String(readiness.reduce((n, r) => n + pick(r), 0));
  table(null, [
    ['Forfalte punkter', total((r) => r.overdue)],
    ['Frist innen en uke', total((r) => r.dueSoon)],
    ['Åpne punkter uten ansvarlig', total((r) => r.unowned)],
    ['Påkrevde punkter som truer påkoblingsdatoen', total((r) => r.blockers)],
  ]);

  const inScope = (ref: ItemRef) => scope.some((m) => m.id === ref.municipalityId);
  const itemTable = (title: string, refs: ItemRef[]) => {
    heading(`${title} (${refs.length})`);
    table(
      [...(all ? ['Kommune'] : []), 'Punkt', 'Ansvarlig', 'Frist', 'Status'],
      refs
        .slice(0, MAX_ITEM_ROWS)
        .map((ref) => [
          ...(all ? [ref.municipalityName] : []),
          `${ref.row.item.text.nb}\n${areaInfo(ref.row.item.area).title.nb}`,
          ref.row.owner === null ? 'Ingen' : ref.row.owner.kind === 'person' ? ref.row.owner.name : ref.row.owner.role,
          dash(ref.row.due.date),
          ref.row.status,
        ]),
    );
  };
  const unowned = dashboard.unowned.filter(inScope);
  itemTable('Forfalte punkter', dashboard.overdue.filter(inScope));
  itemTable('Åpne punkter uten ansvarlig', unowned);
  itemTable(
    'Andre åpne punkter med ansvarlig',
    dashboard.matches.filter((r) => inScope(r) && r.row.dueState !== 'overdue' && r.row.owner !== null),
  );

  const costContext = {
    prices: workspace.prices,
    adoptingInhabitants: workspace.costSettings.adoptingInhabitants,
    year: workspace.costSettings.year,
  };
  if (all) {
    heading('Kostnader, hele samarbeidet');
    table(
      ['Kommune', 'Engangs eks. mva', 'Engangs inkl. mva', 'Årlig eks. mva'],
      scope.map((m) => {
        const c = municipalityCosts(m, costContext);
        return [m.name, formatKroner(c.oneTime.exVat), formatKroner(c.oneTime.incVat), formatKroner(c.yearly.exVat)];
      }),
    );
  }

  const chapter = (m: Municipality) => {
    if (all) {
      doc.addPage();
      y = MARGIN;
      heading(m.name, 18);
    }
    heading('Avtaler');
    table(
      ['Nr.', 'Avtale', 'Status', 'Signert av', 'Signert dato'],
      agreementRows(m, workspace.cooperation, options.createdAt).map((row) => [
        String(row.info.number),
        `${row.info.title.nb}\n${row.info.counterparty.nb}`,
        row.applicability.applies ? row.record.status : 'Gjøres av vertskommunen',
        row.record.signerName || '–',
        dash(row.record.signedDate),
      ]),
    );
    heading('Funksjoner i Fiks');
    table(
      ['Funksjon', 'Status', 'Siden'],
      (['receiving', 'statusView', 'nksAccess'] as const).map((k) => [
        k,
        m.capabilities[k].state,
        dash(m.capabilities[k].since),
      ]),
    );
    heading('Tilgang for NAV Kontaktsenter (NKS)');
    table(
      ['Steg', 'Gjort?'],
      m.checklist.filter((e) => e.itemId.startsWith('nks.step-')).map((e) => [e.itemId, e.status]),
    );
    heading('Kostnader');
    const c = municipalityCosts(m, costContext);
    table(
      ['Kostnad', 'Eks. mva', 'Inkl. mva'],
      [
        [
          'Tilknytningskostnad til DigiFin',
          formatKroner(c.connectionFee.ore),
          formatKroner(c.connectionFee.ore + c.connectionFee.vatOre),
        ],
        ['Medlemskap i DigiFin', formatKroner(c.digifinMembership.ore), formatKroner(c.digifinMembership.ore)],
        [
          'Oppgradering av fagsystemet',
          formatKroner(c.vendorUpgrade.ore),
          formatKroner(c.vendorUpgrade.ore + c.vendorUpgrade.vatOre),
        ],
        ['Sum engangskostnader', formatKroner(c.oneTime.exVat), formatKroner(c.oneTime.incVat)],
        [
          'NAVs drift og forvaltning',
          c.navOperations.ore === null ? 'kan ikke beregnes' : formatKroner(c.navOperations.ore),
          '',
        ],
        ['KS’ løpende kostnader', formatKroner(c.ksRunning.ore), formatKroner(c.ksRunning.ore)],
        ['Sum årlige kostnader', formatKroner(c.yearly.exVat), formatKroner(c.yearly.incVat)],
      ],
    );
    heading('Risikomatrise (ROS-analysen)');
    const ros = controllerOf(m, workspace).ros;
    for (const which of ['inherent', 'residual'] as const) {
      const counts = matrixCounts(ros, which);
      table(
        [which === 'inherent' ? 'Før tiltak' : 'Etter tiltak', ...counts.map((_, c) => `K${c + 1}`)],
        counts.map((_, r) => [`S${counts.length - r}`, ...(counts[counts.length - r - 1] ?? []).map(String)]),
      );
    }
    table(null, [
      ['Risikoer', String(ros.risks.length)],
      ['Åpne tiltak', String(openMeasures(ros).length)],
    ]);
    const date = m.plannedConnectionDate;
    if (date !== null) {
      heading('Tidslinje for påkoblingen');
      table(
        ['Nr.', 'Milepæl', 'Fra', 'Til'],
        MILESTONES.map((milestone, i) => {
          const { from, to } = milestoneDates(milestone, date);
          return [String(i + 1), milestone.title.nb, formatDate(from), formatDate(to)];
        }),
      );
    }
  };
  for (const m of scope) chapter(m);

  const pages = doc.getNumberOfPages();
  doc.setFont(FONT, 'normal');
  doc.setFontSize(8);
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.text(`Generert ${formatDate(today)} av Digisos Klar`, MARGIN, 287);
    doc.text(`Side ${page} av ${pages}`, 210 - MARGIN, 287, { align: 'right' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
