import { DPIA_GUIDANCE } from '../catalogue/assessments';
import { approvalState, type ApprovalState } from '../domain/approval';
import { controllerOf, cooperationRole } from '../domain/cooperation';
import { formatOrgNumber } from '../domain/org-number';
import {
  consequenceLabels,
  likelihoodLabels,
  matrixCounts,
  riskLevel,
  riskScore,
  type Acceptance,
  type RiskLevel,
} from '../domain/ros';
import { formatDate, formatDateTime, toIsoDate } from '../format/date';
import {
  DPIA_SECTIONS,
  type ApprovalSubject,
  type PriorConsultation,
  type SecurityValue,
  type Uncertainty,
} from '../schema/enums';
import type { Municipality, Ros, StoredDocument, Workspace } from '../schema/workspace';
import { BODY_SIZE, COLORS, createPdf, FONT, lineHeight, type PdfFonts, type PdfKit, type Rgb } from './document';

/** What every report needs besides the document: the fonts to embed and the moment it is generated. */
export interface ReportOptions {
  fonts: PdfFonts;
  /** The generation date: in the footers, the PDF's creation date, and "today" for review deadlines. */
  createdAt: Date;
}

const LEVEL_TEXT: Record<RiskLevel, string> = {
  green: 'Grønn – akseptabel',
  yellow: 'Gul – vurder tiltak',
  red: 'Rød – tiltak nødvendig',
};

const LEVEL_SHORT: Record<RiskLevel, string> = { green: 'Grønn', yellow: 'Gul', red: 'Rød' };

export const LEVEL_FILL: Record<RiskLevel, Rgb> = {
  green: [134, 199, 138],
  yellow: [245, 214, 102],
  red: [229, 115, 115],
};

const VALUE_TEXT: Record<SecurityValue, string> = {
  confidentiality: 'Konfidensialitet',
  integrity: 'Integritet',
  availability: 'Tilgjengelighet',
};

const UNCERTAINTY_TEXT: Record<Uncertainty, string> = { low: 'Lav', medium: 'Middels', high: 'Høy' };

const PRIOR_TEXT: Record<PriorConsultation, string> = {
  undecided: 'Ikke avklart',
  notNeeded: 'Ikke nødvendig',
  needed: 'Nødvendig – behandlingen må drøftes med Datatilsynet før den starter (GDPR art. 36)',
};

const SUBJECT_NAME: Record<ApprovalSubject, string> = {
  dpia: 'personvernkonsekvensvurderingen',
  ros: 'ROS-analysen',
  emergency: 'beredskapsrutinene',
};

const EMPTY = '(Ikke utfylt)';

function orEmpty(text: string): string {
  return text.trim() === '' ? EMPTY : text;
}

function workspaceOf(document: StoredDocument): Workspace {
  if (document.workspace === null) throw new Error('Dokumentet har ikke noe arbeidsområde.');
  return document.workspace;
}

function municipalityOf(workspace: Workspace, municipalityId: string): Municipality {
  const municipality = workspace.municipalities.find((m) => m.id === municipalityId);
  if (!municipality) throw new Error(`Kommunen ${municipalityId} finnes ikke i arbeidsområdet.`);
  return municipality;
}

function orgLine(m: Municipality): string {
  return `${m.name} (org.nr. ${formatOrgNumber(m.orgNumber)})`;
}

function author(document: StoredDocument): string {
  return document.settings.userName.trim() === '' ? 'Digisos Klar' : document.settings.userName.trim();
}

/** The approval block: prominent when there is none or when the content changed after it. */
function approvalBlock(kit: PdfKit, municipality: Municipality, subject: ApprovalSubject, state: ApprovalState): void {
  const name = SUBJECT_NAME[subject];
  switch (state.kind) {
    case 'none':
      kit.notice(`${municipality.name} har ikke godkjent ${name}.`, 'danger', { title: 'IKKE GODKJENT' });
      return;
    case 'stale': {
      const a = state.approval;
      kit.notice(
        `Godkjenningen gjaldt innholdet slik det var ${formatDateTime(new Date(a.approvedAt))}, godkjent av ` +
          `${a.approver}${a.role === '' ? '' : ` (${a.role})`}. Den gjelder ikke det som står i denne rapporten, ` +
          `og ${name} må godkjennes på nytt.`,
        'danger',
        { title: 'UTDATERT GODKJENNING: innholdet er endret etter godkjenningen' },
      );
      kit.keyValues([['Bekreftelse ved forrige godkjenning', a.attestation]]);
      return;
    }
    case 'approved': {
      const a = state.approval;
      kit.notice('', 'ok', {
        title: `Godkjent ${formatDateTime(new Date(a.approvedAt))} av ${a.approver}${a.role === '' ? '' : ` (${a.role})`}`,
      });
      const rows: [string, string][] = [
        ['Godkjent av', a.approver],
        ['Rolle', orEmpty(a.role)],
        ['Tidspunkt', formatDateTime(new Date(a.approvedAt))],
        ['Bekreftelse', a.attestation],
      ];
      if (a.reviewDue !== null) rows.push(['Ny gjennomgang innen', formatDate(a.reviewDue)]);
      kit.keyValues(rows);
      if (state.reviewOverdue && a.reviewDue !== null) {
        kit.notice(`Fristen for ny gjennomgang (${formatDate(a.reviewDue)}) er passert.`, 'warning', {
          title: 'Gjennomgang forfalt',
        });
      }
      if (state.risksChanged) {
        kit.notice(
          'Risikoene i ROS-analysen er endret etter at personvernkonsekvensvurderingen ble godkjent. Vurder PVK-en på nytt (GDPR art. 35 nr. 11).',
          'warning',
          { title: 'ROS-analysen er endret' },
        );
      }
      return;
    }
  }
}

function scoreText(likelihood: number, consequence: number, acceptance: Acceptance): string {
  return `${riskScore(likelihood, consequence)} ${LEVEL_SHORT[riskLevel(likelihood, consequence, acceptance)]}\nS${likelihood} × K${consequence}`;
}

/** The DPIA (personvernkonsekvensvurdering) of the controller for a municipality's applicants, as a PDF. */
export function dpiaReport(document: StoredDocument, municipalityId: string, options: ReportOptions): Uint8Array {
  const workspace = workspaceOf(document);
  const municipality = municipalityOf(workspace, municipalityId);
  const controller = controllerOf(municipality, workspace);
  const isHosts = controller.id !== municipality.id;
  const today = toIsoDate(options.createdAt);
  const dpia = controller.dpia;

  const kit = createPdf({
    fonts: options.fonts,
    createdAt: options.createdAt,
    title: `PVK – ${municipality.name}`,
    subject: 'Personvernkonsekvensvurdering for Digisos',
    author: author(document),
  });

  kit.heading('Personvernkonsekvensvurdering (PVK)', 1);
  kit.paragraph('Digital søknad om økonomisk sosialhjelp (Digisos)', { color: COLORS.muted, gapAfter: 3 });

  const role = cooperationRole(municipality, workspace);
  const cover: [string, string][] = [
    ['Kommune', municipality.name],
    ['Kommunenummer', municipality.number],
    ['Organisasjonsnummer', formatOrgNumber(municipality.orgNumber)],
    ['NAV-kontor', municipality.navUnit],
    ['Behandlingsansvarlig', orgLine(controller)],
  ];
  if (role === 'host') cover.push(['Samarbeid', `Vertskommune for ${workspace.name}`]);
  if (role === 'partner') {
    const host = workspace.municipalities.find((m) => m.id === workspace.cooperation.hostId);
    if (host) cover.push(['Samarbeid', `Samarbeidskommune; vertskommune er ${host.name}`]);
  }
  cover.push(['Generert', formatDate(today)]);
  kit.keyValues(cover);

  if (isHosts) {
    kit.notice(
      `${municipality.name} har overført behandlingsansvaret til vertskommunen. PVK-en er derfor ${controller.name} sin, ` +
        `og det er den som gjengis nedenfor, med ${controller.name} sin godkjenning og ROS-analyse.`,
      'info',
      { title: `PVK-en er vertskommunens (${controller.name})` },
    );
  }

  kit.heading('Godkjenning', 2);
  approvalBlock(kit, controller, 'dpia', approvalState(controller, 'dpia', today));

  kit.heading('Vurderingen', 2);
  for (const section of DPIA_SECTIONS) {
    kit.heading(DPIA_GUIDANCE[section].title.nb, 3);
    kit.paragraph(orEmpty(dpia.sections[section]));
  }

  kit.heading('Personvernombudets råd', 2);
  kit.keyValues([
    ['Personvernombud', orEmpty(dpia.dpoAdvice.who)],
    ['Dato for rådet', dpia.dpoAdvice.date === null ? EMPTY : formatDate(dpia.dpoAdvice.date)],
  ]);
  kit.paragraph(orEmpty(dpia.dpoAdvice.advice));

  kit.heading('Konklusjon', 2);
  kit.paragraph(orEmpty(dpia.conclusion.text));
  kit.keyValues([['Forhåndsdrøfting med Datatilsynet', PRIOR_TEXT[dpia.conclusion.priorConsultation]]], {
    labelWidth: 66,
  });

  kit.heading(`Risikoer fra ROS-analysen (${controller.name})`, 2);
  const ros = controller.ros;
  if (ros.risks.length === 0) {
    kit.paragraph('ROS-analysen har ingen risikoer ennå.');
  } else {
    kit.table({
      head: ['Nr.', 'Uønsket hendelse', 'Før tiltak', 'Etter tiltak', 'Risikoeier'],
      widths: { 0: 10, 2: 30, 3: 30, 4: 34 },
      body: ros.risks.map((risk, i) => [
        `R${i + 1}`,
        risk.event,
        scoreText(risk.likelihood, risk.consequence, ros.acceptance),
        scoreText(risk.residualLikelihood, risk.residualConsequence, ros.acceptance),
        orEmpty(risk.riskOwner),
      ]),
      styleCell: levelFill(ros, 2, 3),
    });
  }

  return kit.finish();
}

/** Colours the before/after cells of a risk table with the risk's level. */
function levelFill(
  ros: Ros,
  beforeColumn: number,
  afterColumn: number,
): NonNullable<Parameters<PdfKit['table']>[0]['styleCell']> {
  return ({ section, row, column, styles }) => {
    if (section !== 'body') return;
    const risk = ros.risks[row];
    if (!risk) return;
    if (column === beforeColumn)
      styles.fillColor = [...LEVEL_FILL[riskLevel(risk.likelihood, risk.consequence, ros.acceptance)]];
    if (column === afterColumn) {
      styles.fillColor = [...LEVEL_FILL[riskLevel(risk.residualLikelihood, risk.residualConsequence, ros.acceptance)]];
    }
  };
}

/** Score ranges of the three levels under the acceptance criteria. */
function acceptanceRows(ros: Ros): [string, string][] {
  const max = ros.scale * ros.scale;
  const range = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);
  return [
    [LEVEL_TEXT.green, `poengsum ${range(1, ros.acceptance.greenMax)}`],
    [LEVEL_TEXT.yellow, `poengsum ${range(ros.acceptance.greenMax + 1, ros.acceptance.yellowMax)}`],
    [LEVEL_TEXT.red, `poengsum ${range(ros.acceptance.yellowMax + 1, max)}`],
  ];
}

/** One risk matrix as vector graphics: likelihood up the side (highest on top), consequence along the bottom. */
function drawMatrix(kit: PdfKit, ros: Ros, which: 'inherent' | 'residual', title: string): void {
  const { doc } = kit;
  const counts = matrixCounts(ros, which);
  const n = ros.scale;
  const labelWidth = 44;
  const axisWidth = 6;
  const cellWidth = Math.min(26, (kit.width - labelWidth - axisWidth) / n);
  const cellHeight = 11;
  const small = 7.5;
  const smallLine = lineHeight(small);

  doc.setFont(FONT, 'normal');
  doc.setFontSize(small);
  const columnLabels = consequenceLabels(n).map(
    (l, c) => doc.splitTextToSize(`${c + 1} ${l.nb}`, cellWidth - 1) as string[],
  );
  const columnLabelHeight = Math.max(...columnLabels.map((lines) => lines.length)) * smallLine;
  const total = lineHeight(11) + 2 + n * cellHeight + 2 + columnLabelHeight + smallLine + 2;

  kit.ensureSpace(total);
  kit.heading(title, 3);
  const top = kit.y;
  const gridLeft = kit.left + axisWidth + labelWidth;

  // The likelihood axis title, turned to run up the side.
  doc.setFont(FONT, 'bold');
  doc.setFontSize(small);
  doc.setTextColor(...COLORS.muted);
  kit.record('Sannsynlighet');
  doc.text('Sannsynlighet', kit.left + 3, top + (n * cellHeight) / 2 + doc.getTextWidth('Sannsynlighet') / 2, {
    angle: 90,
  });

  for (let row = 0; row < n; row += 1) {
    const likelihood = n - row;
    const y = top + row * cellHeight;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(small);
    doc.setTextColor(...COLORS.text);
    const label = `${likelihood} ${likelihoodLabels(n)[likelihood - 1]?.nb ?? ''}`;
    kit.record(label);
    const labelLines = doc.splitTextToSize(label, labelWidth - 2) as string[];
    doc.text(labelLines, gridLeft - 2, y + cellHeight / 2 - ((labelLines.length - 1) * smallLine) / 2, {
      align: 'right',
      baseline: 'middle',
    });
    for (let c = 0; c < n; c += 1) {
      const consequence = c + 1;
      const x = gridLeft + c * cellWidth;
      doc.setFillColor(...LEVEL_FILL[riskLevel(likelihood, consequence, ros.acceptance)]);
      doc.setDrawColor(255, 255, 255);
      doc.setLineWidth(0.6);
      doc.rect(x, y, cellWidth, cellHeight, 'FD');
      const count = counts[likelihood - 1]?.[c] ?? 0;
      if (count > 0) {
        doc.setFont(FONT, 'bold');
        doc.setFontSize(13);
        doc.setTextColor(0, 0, 0);
        doc.text(String(count), x + cellWidth / 2, y + cellHeight / 2 + 0.5, { align: 'center', baseline: 'middle' });
        doc.setFont(FONT, 'normal');
      }
    }
  }

  const labelsTop = top + n * cellHeight + 1.5;
  doc.setFontSize(small);
  doc.setTextColor(...COLORS.text);
  columnLabels.forEach((lines, c) => {
    kit.record(lines.join(' '));
    doc.text(lines, gridLeft + c * cellWidth + cellWidth / 2, labelsTop, { align: 'center', baseline: 'top' });
  });
  doc.setFont(FONT, 'bold');
  doc.setTextColor(...COLORS.muted);
  kit.record('Konsekvens');
  doc.text('Konsekvens', gridLeft + (n * cellWidth) / 2, labelsTop + columnLabelHeight + 0.5, {
    align: 'center',
    baseline: 'top',
  });
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY_SIZE);
  doc.setTextColor(...COLORS.text);
  kit.y = labelsTop + columnLabelHeight + smallLine + 3;

  const byLevel: Record<RiskLevel, number> = { green: 0, yellow: 0, red: 0 };
  for (const risk of ros.risks) {
    const [l, c] =
      which === 'inherent' ? [risk.likelihood, risk.consequence] : [risk.residualLikelihood, risk.residualConsequence];
    byLevel[riskLevel(l, c, ros.acceptance)] += 1;
  }
  kit.paragraph(
    `${ros.risks.length} ${ros.risks.length === 1 ? 'risiko' : 'risikoer'}: ${byLevel.red} røde, ${byLevel.yellow} gule, ${byLevel.green} grønne.`,
    { size: 9, color: COLORS.muted, gapAfter: 3 },
  );
}

/** The ROS analysis (risiko- og sårbarhetsanalyse) of a municipality, as a PDF. */
export function rosReport(document: StoredDocument, municipalityId: string, options: ReportOptions): Uint8Array {
  const workspace = workspaceOf(document);
  const municipality = municipalityOf(workspace, municipalityId);
  const today = toIsoDate(options.createdAt);
  // The ROS analysis is the controller's, as the DPIA is: a partner under transfer gets the host's.
  const controller = controllerOf(municipality, workspace);
  const ros = controller.ros;

  const kit = createPdf({
    fonts: options.fonts,
    createdAt: options.createdAt,
    title: `ROS-analyse – ${municipality.name}`,
    subject: 'Risiko- og sårbarhetsanalyse for Digisos',
    author: author(document),
  });

  kit.heading('Risiko- og sårbarhetsanalyse (ROS)', 1);
  kit.paragraph('Digital søknad om økonomisk sosialhjelp (Digisos)', { color: COLORS.muted, gapAfter: 3 });
  kit.keyValues([
    ['Kommune', municipality.name],
    ['Kommunenummer', municipality.number],
    ['Organisasjonsnummer', formatOrgNumber(municipality.orgNumber)],
    ['NAV-kontor', municipality.navUnit],
    ['Behandlingsansvarlig', orgLine(controller)],
    ['Generert', formatDate(today)],
  ]);

  kit.heading('Godkjenning', 2);
  approvalBlock(kit, controller, 'ros', approvalState(controller, 'ros', today));

  kit.heading('Skala og akseptkriterier', 2);
  kit.paragraph(
    `Risikoen vurderes på en skala ${ros.scale} × ${ros.scale}: sannsynlighet (S) og konsekvens (K) fra 1 til ${ros.scale}. ` +
      'Poengsummen er sannsynlighet × konsekvens.',
  );
  kit.keyValues(acceptanceRows(ros), { labelWidth: 52 });
  kit.keyValues(
    [
      [
        'Sannsynlighet',
        likelihoodLabels(ros.scale)
          .map((l, i) => `${i + 1} ${l.nb}`)
          .join(', '),
      ],
      [
        'Konsekvens',
        consequenceLabels(ros.scale)
          .map((l, i) => `${i + 1} ${l.nb}`)
          .join(', '),
      ],
    ],
    { labelWidth: 52 },
  );

  kit.heading('Risikomatriser', 2);
  drawMatrix(kit, ros, 'inherent', 'Før nye tiltak');
  drawMatrix(kit, ros, 'residual', 'Etter nye tiltak (restrisiko)');

  kit.heading('Risikoregister', 2);
  if (ros.risks.length === 0) {
    kit.paragraph('ROS-analysen har ingen risikoer ennå.');
  } else {
    kit.table({
      head: [
        'Nr.',
        'Uønsket hendelse',
        'Verdier',
        'Før tiltak',
        'Etter tiltak',
        'Usikkerhet',
        'Risikoeier / akseptert av',
      ],
      widths: { 0: 9, 2: 26, 3: 19, 4: 19, 5: 21, 6: 30 },
      fontSize: 8,
      body: ros.risks.map((risk, i) => [
        `R${i + 1}`,
        [risk.event, `Årsak: ${orEmpty(risk.cause)}`, `Eksisterende tiltak: ${orEmpty(risk.existingMeasures)}`].join(
          '\n\n',
        ),
        risk.values.length === 0 ? '–' : risk.values.map((v) => VALUE_TEXT[v]).join(', '),
        scoreText(risk.likelihood, risk.consequence, ros.acceptance),
        scoreText(risk.residualLikelihood, risk.residualConsequence, ros.acceptance),
        UNCERTAINTY_TEXT[risk.uncertainty],
        `Eier: ${orEmpty(risk.riskOwner)}\n\nAkseptert av: ${orEmpty(risk.acceptedBy)}`,
      ]),
      styleCell: levelFill(ros, 3, 4),
    });
  }

  kit.heading('Tiltak', 2);
  const measures = ros.risks.flatMap((risk, i) =>
    risk.measures.map((m, j) => [
      `R${i + 1}.${j + 1}`,
      `${m.text}\n(${risk.event})`,
      orEmpty(m.owner),
      m.deadline === null ? 'Ingen frist' : formatDate(m.deadline),
      m.done ? 'Gjennomført' : 'Åpent',
    ]),
  );
  if (measures.length === 0) {
    kit.paragraph('Ingen nye tiltak er registrert.');
  } else {
    kit.table({
      head: ['Nr.', 'Tiltak (risiko)', 'Ansvarlig', 'Frist', 'Status'],
      widths: { 0: 13, 2: 36, 3: 21, 4: 22 },
      body: measures,
    });
  }

  return kit.finish();
}
