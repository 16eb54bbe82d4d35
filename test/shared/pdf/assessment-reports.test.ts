import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve } from '../../../shared/domain/approval';
import { newDpia, newRos } from '../../../shared/domain/assessments';
import { dpiaReport, rosReport, type ReportOptions } from '../../../shared/pdf/assessment-reports';
import type { Municipality, Risk, StoredDocument, Workspace } from '../../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../../support/fixtures';
import { documentOf, withMunicipality, workspaceWith } from '../../support/workspace-builder';

const fontDir = join(__dirname, '..', '..', '..', 'resources', 'fonts');
const options: ReportOptions = {
  fonts: {
    regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'))),
  },
  createdAt: new Date(2026, 10, 24, 9, 30),
};
const GENERATED = '24.11.2026';

/** About 3 000 characters of varied words, as someone would type a long note. */
const WORDS =
  'søknaden behandles fortløpende av saksbehandler på NAV-kontoret, og «innsyn» viser status for søkeren; ' +
  'kommunen vurderer tilgangsstyring, logging, sletting etter arkivloven og opplæring av de ansatte. ' +
  'Æ Ø Å æ ø å – ‘anførsel’ 12,5 % av søknadene kommer fra Grünerløkka og Tromsø. ';
const LONG_NOTE = Array.from({ length: 12 }, (_, i) => `Avsnitt ${i + 1}: ${WORDS}`)
  .join('\n')
  .concat('\nSlutten på den lange merknaden er her.');

function risk(id: string, patch: Partial<Risk>): Risk {
  return {
    id,
    starterId: null,
    event: 'Fagsystemet slutter å hente søknader fra FIKS',
    cause: 'Utløpt sertifikat eller endret brannmur',
    values: ['availability'],
    existingMeasures: 'Varsel-e-post til fellespostkassen',
    likelihood: 4,
    consequence: 5,
    uncertainty: 'medium',
    measures: [],
    residualLikelihood: 2,
    residualConsequence: 3,
    riskOwner: 'Kari Nordmann, leder NAV Bergenhus',
    acceptedBy: 'Ola Hansen, kommunedirektør',
    ...patch,
  };
}

function assessed(m: Municipality): Municipality {
  const dpia = newDpia('nb');
  dpia.sections.necessity = LONG_NOTE;
  dpia.dpoAdvice = { who: 'Åse Ørnes, personvernombud', date: '2026-10-01', advice: 'Ombudet anbefaler «logging».' };
  dpia.conclusion = { text: 'Behandlingen kan starte når tiltakene er gjennomført.', priorConsultation: 'notNeeded' };
  const ros = {
    ...newRos(),
    risks: [
      risk('r-1', {
        measures: [
          { id: 'm-1', text: 'Overvåk hentingen daglig', owner: 'IT-drift', deadline: '2027-03-15', done: false },
          { id: 'm-2', text: 'Rutine for sertifikatfornyelse', owner: 'Leverandøren', deadline: null, done: true },
        ],
      }),
      risk('r-2', {
        event: 'Søknader sendes til feil organisasjonsnummer',
        likelihood: 3,
        consequence: 3,
        residualLikelihood: 1,
        residualConsequence: 3,
        values: ['confidentiality', 'integrity'],
        uncertainty: 'high',
        measures: [
          { id: 'm-3', text: 'Kontroller mottakeren i FIKS', owner: 'Fagleder', deadline: '2027-01-05', done: false },
        ],
      }),
      risk('r-3', { event: 'Varselpostkassen blir ikke fulgt opp', uncertainty: 'low' }),
    ],
  };
  return { ...m, dpia, ros };
}

/** Bergen with a DPIA approved and then edited (stale) and an approved ROS analysis. */
function bergenDocument(): StoredDocument {
  let workspace: Workspace = workspaceWith([bergenForm, osloForm]);
  workspace = withMunicipality(workspace, 0, (m) => {
    const filled = assessed(m);
    const signer = {
      approver: 'Ola Hansen',
      role: 'Kommunedirektør',
      attestation: 'Jeg har lest og godkjenner PVK-en.',
    };
    const dpiaApproval = approve(filled, 'dpia', signer, NOW, '2026-11-23');
    const rosApproval = approve(filled, 'ros', signer, NOW, '2026-11-23');
    return {
      ...filled,
      dpia: {
        ...filled.dpia,
        approval: dpiaApproval,
        conclusion: { ...filled.dpia.conclusion, text: 'Endret etter godkjenningen.' },
      },
      ros: { ...filled.ros, approval: rosApproval },
    };
  });
  return documentOf(workspace);
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-reports-'));
});
afterAll(() => {
  // KEEP_PDFS=1 leaves the files for rendering with pdftoppm and looking at them.
  if (process.env['KEEP_PDFS']) console.warn(`PDFs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

function textOf(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The text without the page footers, so that a paragraph broken across pages reads as one. */
const body = (text: string) => text.replace(/^.*Side \d+ av \d+\s*$/gm, '');

function expectPageNumbers(text: string): void {
  const pages = [...text.matchAll(/Side (\d+) av (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const total = pages[0]?.[1] ?? 0;
  expect(total).toBeGreaterThan(1);
  expect(pages).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
}

describe('the DPIA report', () => {
  const document = bergenDocument();
  const bergenId = document.workspace!.municipalities[0]!.id;

  it('names the municipality, its formatted organisation number, the pages and the generation date', () => {
    const text = textOf(dpiaReport(document, bergenId, options), 'dpia.pdf');
    expect(text).toContain('Bergen kommune');
    expect(text).toMatch(/964[\s\u00a0]338[\s\u00a0]531/);
    expect(text).toContain(`Generert ${GENERATED}`);
    expectPageNumbers(text);
    expect(text).toContain('Behandlingen og formålet');
    expect(text).toContain('Ombudet anbefaler «logging».');
    expect(text).toContain('Åse Ørnes, personvernombud');
  });

  it('prints a long typed note completely, across pages', () => {
    const text = squash(body(textOf(dpiaReport(document, bergenId, options), 'dpia-long.pdf')));
    expect(LONG_NOTE.length).toBeGreaterThan(3000);
    expect(text).toContain(squash(LONG_NOTE));
  });

  it('says prominently that the approval is stale when the content changed after it', () => {
    const text = squash(textOf(dpiaReport(document, bergenId, options), 'dpia-stale.pdf'));
    expect(text).toContain('UTDATERT GODKJENNING: innholdet er endret etter godkjenningen');
    expect(text).not.toContain('IKKE GODKJENT');
  });

  it('says IKKE GODKJENT when nobody approved it', () => {
    const workspace = withMunicipality(document.workspace!, 0, (m) => ({ ...m, dpia: { ...m.dpia, approval: null } }));
    const text = textOf(dpiaReport(documentOf(workspace), bergenId, options), 'dpia-none.pdf');
    expect(text).toContain('IKKE GODKJENT');
  });

  it("gives a partner whose host is controller the host's DPIA", () => {
    const workspace: Workspace = {
      ...document.workspace!,
      cooperation: { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: bergenId },
    };
    const osloId = workspace.municipalities[1]!.id;
    const text = squash(body(textOf(dpiaReport(documentOf(workspace), osloId, options), 'dpia-partner.pdf')));
    expect(text).toContain('Oslo kommune');
    expect(text).toContain('PVK-en er vertskommunens (Bergen kommune)');
    expect(text).toContain(squash(LONG_NOTE));
  });

  it('gives the same bytes for the same input and date', () => {
    expect(dpiaReport(document, bergenId, options)).toEqual(dpiaReport(document, bergenId, options));
  });
});

describe('the ROS report', () => {
  const document = bergenDocument();
  const bergenId = document.workspace!.municipalities[0]!.id;

  it('shows the matrices, the register, the measures and the approval', () => {
    const raw = textOf(rosReport(document, bergenId, options), 'ros.pdf');
    const text = squash(raw);
    expect(text).toContain('Bergen kommune');
    expect(raw).toMatch(/964[\s\u00a0]338[\s\u00a0]531/);
    expect(raw).toContain(`Generert ${GENERATED}`);
    expectPageNumbers(raw);
    // Before: two risks at likelihood 4 × consequence 5, one at 3 × 3; after: two at 2 × 3, one at 1 × 3.
    const rowCounts = (label: string) =>
      [...raw.matchAll(new RegExp(`^\\s*${label}\\s+(\\d+)\\s*$`, 'gm'))].map((m) => Number(m[1]));
    expect(rowCounts('4 Sannsynlig')).toEqual([2]);
    expect(rowCounts('3 Mulig')).toEqual([1]);
    expect(rowCounts('2 Lite sannsynlig')).toEqual([2]);
    expect(rowCounts('1 Svært lite sannsynlig')).toEqual([1]);
    expect(text).toContain('3 risikoer: 2 røde, 1 gule, 0 grønne.');
    expect(text).toContain('3 risikoer: 0 røde, 2 gule, 1 grønne.');
    expect(text).toContain('Søknader sendes til feil organisasjonsnummer');
    expect(text).toContain('15.03.2027');
    expect(text).toContain('05.01.2027');
    expect(text).toContain('Ingen frist');
    expect(text).toContain('Gjennomført');
    expect(text).toContain('Godkjent');
    expect(text).toContain('Ola Hansen');
  });

  it('shows a stale approval after the risks changed', () => {
    const workspace = withMunicipality(document.workspace!, 0, (m) => ({
      ...m,
      ros: { ...m.ros, risks: m.ros.risks.slice(1) },
    }));
    const text = squash(textOf(rosReport(documentOf(workspace), bergenId, options), 'ros-stale.pdf'));
    expect(text).toContain('UTDATERT GODKJENNING: innholdet er endret etter godkjenningen');
  });

  it('gives the same bytes for the same input and date', () => {
    expect(rosReport(document, bergenId, options)).toEqual(rosReport(document, bergenId, options));
  });
});
