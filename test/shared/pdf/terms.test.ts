import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalityForm } from '../../../shared/domain/municipality';
import { termsDocument, type TermsOptions } from '../../../shared/pdf/terms';
import type { StoredDocument } from '../../../shared/schema/workspace';
import { documentOf, workspaceWith } from '../../support/workspace-builder';

const fontDir = join(__dirname, '..', '..', '..', 'resources', 'fonts');
const fonts = {
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'))),
};

const options: TermsOptions = {
  fonts,
  createdAt: new Date(2026, 10, 24, 9, 30),
  place: 'Ålesund',
  date: '2026-11-24',
  signerName: 'Øystein Ærø',
  signerTitle: 'Kommunedirektør',
  signature: { kind: 'typed', text: 'Øystein Ærø' },
  invoiceReference: 'Ressursnr. 4711-ÆØÅ',
};

/** A 1×1 transparent PNG. */
const TINY_PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

function form(name: string, number: string, orgNumber: string, inhabitants: string): MunicipalityForm {
  return { name, number, orgNumber, inhabitants, inhabitantsDate: '01.01.2026', navUnit: `NAV ${name}` };
}

const document: StoredDocument = documentOf(
  workspaceWith([
    form('Ålesund kommune', '1508', '964 338 531', '18 500'),
    form('Småvik', '1599', '958935420', '950'),
    form('Grenseby kommune', '1598', '974 760 673', '6300'),
  ]),
);
const [large, small, boundary] = document.workspace!.municipalities;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-terms-'));
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

describe('the KS terms document', () => {
  it('fills in the municipality, the per-inhabitant fee, place, date, signer and reference', () => {
    const raw = textOf(termsDocument(document, large!.id, options), 'terms-large.pdf');
    const text = squash(raw);
    expect(raw.startsWith('%PDF')).toBe(false); // pdftotext gives text, not the file
    expect(text).toContain('Vilkår for påkobling til løsning for digital søknad om sosialhjelp (Digisos)');
    expect(text).toContain('Ålesund kommune');
    expect(raw).toMatch(/kr[\s\u00a0]159[\s\u00a0]100/);
    expect(raw).toMatch(/Over[\s\u00a0]6[\s\u00a0]300 innbyggere: kostnad per innbygger/);
    expect(raw).toMatch(/kr[\s\u00a0]198[\s\u00a0]875/);
    expect(text).toContain('Det tas forbehold om eventuell merverdiavgiftsplikt.');
    expect(text).toContain('«+ mva»');
    expect(text).toContain('Sted/dato Ålesund, 24.11.2026');
    expect(text).toContain('Øystein Ærø');
    expect(text).toContain('Kommunedirektør');
    expect(text).toContain('Ressursnr. 4711-ÆØÅ');
    expect(text).toContain('ref. 19/00689');
    expect(text).toContain('fiks@ks.no');
    expect(text).not.toContain('Grensetilfelle');
    expect(raw).toMatch(/Side 1 av \d/);
  });

  it('keeps the terms’ own text, section by section', () => {
    const text = squash(textOf(termsDocument(document, large!.id, options), 'terms-text.pdf')).replace(
      / ?Vilkår for påkobling til Digisos – .*? Side \d+ av \d+ ?/g,
      ' ',
    );
    const seed = readFileSync(
      join(__dirname, '..', '..', '..', 'resources', 'sources', '001_bbcf4722ae615a2d.txt'),
      'utf8',
    );
    for (const sentence of [
      'Digital søknad transporteres gjennom FIKS plattformen til kommunen',
      'Prosjektet har fått støtte fra DigiFin på inntil kr 27,77 millioner.',
      'For kommuner med under 6 300 innbyggere, er det satt en fast tilknytningskostnad på NOK 55.000,- til DigiFin',
      'For kommuner med over 6 300 innbyggere er kostnad per innbygger kr 8,60 til DigiFin',
      'den må ha innbetalt et engangsbeløp på kr 20 per innbygger til etablering av ordningen.',
      'Kommunen må ha avtale med leverandør av kommunens sosialsystem.',
      'Kommunen aksepterer med dette vilkår og forpliktelser for tilbakebetaling til DigiFin-ordningen som beskrevet over.',
    ]) {
      expect(squash(seed)).toContain(sentence);
      expect(text).toContain(sentence);
    }
    for (const heading of ['Prosjektavgift', 'Aksept av vilkår']) expect(text).toContain(heading);
  });

  it('applies the fixed fee below 6 300 inhabitants and names a bare municipality name as a kommune', () => {
    const raw = textOf(termsDocument(document, small!.id, options), 'terms-small.pdf');
    expect(raw).toMatch(/Under[\s\u00a0]6[\s\u00a0]300 innbyggere: fast tilknytningskostnad/);
    expect(raw).toMatch(/kr[\s\u00a0]55[\s\u00a0]000 \(fast beløp\)/);
    expect(raw).toMatch(/kr[\s\u00a0]68[\s\u00a0]750/);
    expect(squash(raw)).toContain('Småvik kommune');
    expect(raw).not.toContain('Grensetilfelle');
  });

  it('flags exactly 6 300 inhabitants as a case the terms do not cover', () => {
    const text = squash(textOf(termsDocument(document, boundary!.id, options), 'terms-boundary.pdf'));
    expect(text).toContain('Grensetilfelle: nøyaktig 6 300 innbyggere');
    expect(text).toContain('Avklar med KS');
  });

  it('places a drawn PNG signature, once', () => {
    const bytes = termsDocument(document, large!.id, {
      ...options,
      signature: { kind: 'drawn', png: TINY_PNG },
    });
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const file = join(dir, 'terms-drawn.pdf');
    writeFileSync(file, bytes);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    // One image (with its transparency mask), stored once.
    expect(images.filter((line) => line.trim().split(/\s+/)[2] === 'image')).toHaveLength(1);
    const text = squash(textOf(bytes, 'terms-drawn-text.pdf'));
    expect(text).toContain('Øystein Ærø');
    expect(termsDocument(document, large!.id, { ...options, signature: { kind: 'drawn', png: TINY_PNG } })).toEqual(
      bytes,
    );
  });

  it('gives the same bytes for the same input', () => {
    expect(termsDocument(document, large!.id, options)).toEqual(termsDocument(document, large!.id, options));
  });

  it('refuses a date that is not an ISO date', () => {
    expect(() => termsDocument(document, large!.id, { ...options, date: '24.11.2026' })).toThrow(/Ugyldig dato/);
  });
});
