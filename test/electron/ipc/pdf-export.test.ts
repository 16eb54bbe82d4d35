import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { attachmentPath } from '../../../electron/services/attachments';
import type { StoredDocument } from '../../../shared/schema/workspace';
import { bergenForm } from '../../support/fixtures';
import { desktop, handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

/** A 1×1 PNG, as a drawn signature arrives from the canvas. */
const DOT_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const TERMS = {
  place: 'Bergen',
  date: '23.11.2026',
  signerName: 'Ola Rådmann',
  signerTitle: 'Kommunedirektør',
  invoiceReference: '4601-1234',
  signature: { kind: 'typed', text: 'Ola Rådmann' },
  markSigned: false,
};

async function appWithBergen() {
  const folder = tempFolder();
  const handlers = handlersFor(openStorage(folder), () => new Date('2026-11-23T10:00:00.000Z'));
  const call = async (method: string, input: unknown) =>
    dispatch(handlers, method, input, { checkOutput: true, log: () => {} });
  await call('updateSettings', { userName: 'Kari Nordmann' });
  await call('createWorkspace', { name: 'Digisos Bergen' });
  const added = await call('saveMunicipality', { id: null, form: bergenForm });
  const id = added.ok ? (added.value as { municipalityId: string }).municipalityId : '';
  const document = async (): Promise<StoredDocument> => {
    const session = await call('loadSession', {});
    if (!session.ok) throw new Error('no session');
    return (session.value as { document: StoredDocument }).document;
  };
  const bergen = async () => (await document()).workspace!.municipalities[0]!;
  return { folder, call, id, bergen, document };
}

afterEach(() => {
  vi.restoreAllMocks();
  desktop.nextSavePath = null;
  desktop.suggestedNames = [];
  desktop.opened = [];
});

describe('exporting PDFs', () => {
  it('writes the status report where the user chose, suggesting a Norwegian file name, and may open it', async () => {
    const { call, id } = await appWithBergen();
    const out = path.join(tempFolder('digisos-pdf-'), 'status.pdf');
    desktop.nextSavePath = out;

    const result = await call('exportPdf', { kind: 'status', municipalityId: id });

    expect(result).toMatchObject({ ok: true, value: { path: out } });
    expect(desktop.suggestedNames).toEqual(['Statusrapport – Bergen kommune – 23.11.2026.pdf']);
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await call('openPdf', { path: out })).toEqual({ ok: true, value: {} });
    expect(desktop.opened).toEqual([out]);
  });

  it('writes the whole cooperation’s report, the DPIA and the ROS analysis', async () => {
    const { call, id } = await appWithBergen();
    const dir = tempFolder('digisos-pdf-');
    for (const [kind, municipalityId] of [
      ['status', 'all'],
      ['dpia', id],
      ['ros', id],
    ] as const) {
      desktop.nextSavePath = path.join(dir, `${kind}.pdf`);
      expect(await call('exportPdf', { kind, municipalityId })).toMatchObject({ ok: true });
    }
    expect(desktop.suggestedNames).toEqual([
      'Statusrapport – Digisos Bergen – 23.11.2026.pdf',
      'PVK Digisos – Bergen kommune – 23.11.2026.pdf',
      'ROS-analyse Digisos – Bergen kommune – 23.11.2026.pdf',
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(['dpia.pdf', 'ros.pdf', 'status.pdf']);
    // Only the status report can be for the whole cooperation.
    expect(await call('exportPdf', { kind: 'dpia', municipalityId: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const { call, id, folder, bergen } = await appWithBergen();
    const before = fs.readdirSync(folder).sort();

    const result = await call('exportPdf', {
      kind: 'terms',
      municipalityId: id,
      terms: { ...TERMS, markSigned: true },
    });

    expect(result).toMatchObject({ ok: true, value: { path: null } });
    expect(fs.readdirSync(folder).sort()).toEqual(before);
    expect((await bergen()).agreements).toEqual([]);
  });

  it('reports a full disk as diskFull, leaves no file behind and does not sign', async () => {
    const { call, id, bergen } = await appWithBergen();
    const dir = tempFolder('digisos-pdf-');
    desktop.nextSavePath = path.join(dir, 'vilkår.pdf');
    vi.spyOn(fs, 'writeFileSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });

    const result = await call('exportPdf', {
      kind: 'terms',
      municipalityId: id,
      terms: { ...TERMS, markSigned: true },
    });

    expect(result).toEqual({ ok: false, error: { code: 'diskFull' } });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await bergen()).agreements).toEqual([]);
  });

  it('refuses a bad date and a missing signer field by field, before asking where to save', async () => {
    const { call, id } = await appWithBergen();
    const result = await call('exportPdf', {
      kind: 'terms',
      municipalityId: id,
      terms: {
        ...TERMS,
        date: '31.02.2026',
        signerName: '  ',
        signature: { kind: 'drawn', pngBase64: 'bm90IGEgcG5n' },
      },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { date: 'date.impossible', signerName: 'required', signature: 'signature.invalid' },
      },
    });
    expect(desktop.suggestedNames).toEqual([]);
  });

  it('signs agreement 1 with the PDF attached and completes the checklist item', async () => {
    const { call, id, folder, bergen, document } = await appWithBergen();
    const out = path.join(tempFolder('digisos-pdf-'), 'Vilkår Digisos – Bergen kommune.pdf');
    desktop.nextSavePath = out;

    const result = await call('exportPdf', {
      kind: 'terms',
      municipalityId: id,
      terms: { ...TERMS, signature: { kind: 'drawn', pngBase64: DOT_PNG }, markSigned: true },
    });

    expect(result).toMatchObject({ ok: true, value: { path: out } });
    expect(desktop.suggestedNames).toEqual(['Vilkår Digisos – Bergen kommune.pdf']);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bergen kommune');
    expect(text).toContain('19/00689');

    const m = await bergen();
    const [attachment] = (await document()).workspace!.attachments;
    expect(attachment).toMatchObject({ fileName: 'Vilkår Digisos – Bergen kommune.pdf', addedBy: 'Kari Nordmann' });
    expect(m.agreements).toMatchObject([
      {
        agreementId: 'ksTerms',
        status: 'signed',
        signerName: 'Ola Rådmann',
        signerRole: 'Kommunedirektør',
        signedDate: '2026-11-23',
        attachmentIds: [attachment!.id],
      },
    ]);
    expect(m.checklist).toMatchObject([
      { itemId: 'connection.ks-terms', status: 'done', completedBy: 'Kari Nordmann' },
    ]);
    expect(fs.readFileSync(attachmentPath(folder, attachment!.sha256))).toEqual(fs.readFileSync(out));
  });

  it('opens only files it wrote itself', async () => {
    const { call, folder } = await appWithBergen();
    const result = await call('openPdf', { path: path.join(folder, 'arbeidsomrade.json') });
    expect(result).toEqual({ ok: false, error: { code: 'notAllowed' } });
    expect(desktop.opened).toEqual([]);
  });
});
