import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { attachmentPath } from '../../../electron/services/attachments';
import type { StoredDocument } from '../../../shared/schema/workspace';
import { bergenForm } from '../../support/fixtures';
import { desktop, handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

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

describe('agreements and the checklist', () => {
  it('signing an agreement completes its checklist item, recorded in the item’s history', async () => {
    const { call, id, bergen } = await appWithBergen();
    const result = await call('updateAgreement', {
      municipalityId: id,
      agreementId: 'ksTerms',
      change: {
        status: 'signed',
        signerName: 'Ola Rådmann',
        signerRole: 'Rådmann',
        signerHasRequiredRole: 'yes',
        signedDate: '20.11.2026',
      },
    });
    expect(result.ok).toBe(true);
    const m = await bergen();
    expect(m.agreements).toMatchObject([
      { agreementId: 'ksTerms', status: 'signed', signerName: 'Ola Rådmann', signedDate: '2026-11-20' },
    ]);
    expect(m.checklist).toMatchObject([
      {
        itemId: 'connection.ks-terms',
        status: 'done',
        completedBy: 'Kari Nordmann',
        history: [{ field: 'status', to: 'done', by: 'Kari Nordmann' }],
      },
    ]);
  });

  it('completing the checklist item registers the agreement as signed', async () => {
    const { call, id, bergen } = await appWithBergen();
    await call('updateItem', { municipalityId: id, itemId: 'connection.dpa-directorate', change: { status: 'done' } });
    expect((await bergen()).agreements).toMatchObject([
      { agreementId: 'directorateDataProcessing', status: 'signed', signedDate: '2026-11-23' },
    ]);
  });

  it('refuses an impossible signing date and saves nothing', async () => {
    const { call, id, bergen } = await appWithBergen();
    const result = await call('updateAgreement', {
      municipalityId: id,
      agreementId: 'vendor',
      change: { status: 'signed', signedDate: '31.02.2026' },
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { signedDate: 'date.impossible' } },
    });
    expect((await bergen()).agreements).toEqual([]);
  });
});

describe('the decision log', () => {
  it('the decision to start the rollout completes its item; DigiFin membership also tells the calculator', async () => {
    const { call, id, bergen } = await appWithBergen();
    const decision = {
      id: null,
      title: 'Innføre digital søknad',
      decidedBy: 'Bystyret',
      caseReference: '2026/123',
      attachmentIds: [],
    };
    expect(
      (
        await call('saveDecision', {
          municipalityId: id,
          decision: { ...decision, kind: 'startRollout', date: '01.10.2026' },
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await call('saveDecision', {
          municipalityId: id,
          decision: { ...decision, kind: 'digifinMembership', title: 'Melde inn i DigiFin', date: '02.10.2026' },
        })
      ).ok,
    ).toBe(true);
    const m = await bergen();
    expect(m.decisions.map((d) => [d.kind, d.date, d.caseReference])).toEqual([
      ['startRollout', '2026-10-01', '2026/123'],
      ['digifinMembership', '2026-10-02', '2026/123'],
    ]);
    expect(m.checklist.map((e) => [e.itemId, e.status])).toEqual([
      ['decision.start-project', 'done'],
      ['decision.digifin-member', 'done'],
    ]);
    expect(m.costInputs.digifinMember).toBe(true);
  });

  it('refuses a decision without a title or with an impossible date', async () => {
    const { call, id } = await appWithBergen();
    const result = await call('saveDecision', {
      municipalityId: id,
      decision: {
        id: null,
        kind: 'other',
        title: ' ',
        decidedBy: '',
        date: '30.02.2026',
        caseReference: '',
        attachmentIds: [],
      },
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { title: 'required', date: 'date.impossible' } },
    });
  });
});

describe('prices and cost inputs', () => {
  it('a changed price is marked with who and when, and "reset to source" restores it', async () => {
    const { call, document } = await appWithBergen();
    await call('setPrice', { priceId: 'connectionFeePerInhabitant', amount: '9,10' });
    expect((await document()).workspace!.prices).toEqual([
      {
        priceId: 'connectionFeePerInhabitant',
        ore: 910,
        changedAt: '2026-11-23T10:00:00.000Z',
        changedBy: 'Kari Nordmann',
      },
    ]);
    await call('resetPrice', { priceId: null });
    expect((await document()).workspace!.prices).toEqual([]);
    expect(await call('setPrice', { priceId: 'svarUtPerShipment', amount: '-1' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { amount: 'amount' } },
    });
  });

  it('stores the calculator’s inputs, refusing what is not a whole number or an amount', async () => {
    const { call, id, bergen } = await appWithBergen();
    const inputs = {
      digifinMember: false,
      usageStart: { year: 2027, quarter: 1 },
      shipmentsPerMonth: '120',
      indexedDocumentsPerMonth: '4 000',
      storageGb: '',
      vendorUpgrade: '125 000',
    };
    expect((await call('setCostInputs', { municipalityId: id, inputs })).ok).toBe(true);
    expect((await bergen()).costInputs).toEqual({
      digifinMember: false,
      usageStart: { year: 2027, quarter: 1 },
      shipmentsPerMonth: 120,
      indexedDocumentsPerMonth: 4000,
      storageGb: 0,
      vendorUpgradeOre: 12_500_000,
    });
    expect(
      await call('setCostInputs', {
        municipalityId: id,
        inputs: { ...inputs, shipmentsPerMonth: '-3', vendorUpgrade: 'mye' },
      }),
    ).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { shipmentsPerMonth: 'integer.negative', vendorUpgrade: 'amount' } },
    });
  });

  it('refuses a denominator smaller than the workspace’s own inhabitants', async () => {
    const { call } = await appWithBergen();
    expect(await call('setCostSettings', { adoptingInhabitants: '1000', year: 2027 })).toMatchObject({
      ok: false,
      error: { fieldErrors: { adoptingInhabitants: 'belowOwn' } },
    });
    expect((await call('setCostSettings', { adoptingInhabitants: '3 400 000', year: 2027 })).ok).toBe(true);
  });
});

describe('attachments', () => {
  it('copies the signed agreement into the data folder with its SHA-256, links it, opens it, and reports a changed file', async () => {
    const { folder, call, id, bergen, document } = await appWithBergen();
    const original = path.join(tempFolder(), 'vilkår signert.pdf');
    fs.writeFileSync(original, '%PDF-1.4 signert av rådmannen');
    desktop.nextPick = original;
    const added = await call('addAttachment', {
      target: { kind: 'agreement', municipalityId: id, agreementId: 'ksTerms' },
    });
    expect(added.ok).toBe(true);
    const attachment = (await document()).workspace!.attachments[0]!;
    expect(attachment).toMatchObject({
      fileName: 'vilkår signert.pdf',
      sha256: createHash('sha256').update('%PDF-1.4 signert av rådmannen').digest('hex'),
      size: Buffer.byteLength('%PDF-1.4 signert av rådmannen'),
      addedBy: 'Kari Nordmann',
    });
    expect((await bergen()).agreements[0]?.attachmentIds).toEqual([attachment.id]);
    expect(fs.readFileSync(attachmentPath(folder, attachment.sha256), 'utf8')).toBe('%PDF-1.4 signert av rådmannen');

    // The user removes the original: the copy in the data folder is what counts.
    fs.rmSync(original);
    expect(await call('checkAttachments', {})).toEqual({ ok: true, value: [{ id: attachment.id, state: 'ok' }] });
    expect(await call('openAttachment', { id: attachment.id })).toEqual({ ok: true, value: {} });
    expect(desktop.opened.at(-1)).toBe(attachmentPath(folder, attachment.sha256));

    fs.writeFileSync(attachmentPath(folder, attachment.sha256), 'endret');
    expect(await call('checkAttachments', {})).toEqual({ ok: true, value: [{ id: attachment.id, state: 'changed' }] });
    expect(await call('openAttachment', { id: attachment.id })).toEqual({
      ok: false,
      error: { code: 'fileChanged', detail: 'vilkår signert.pdf' },
    });
    fs.rmSync(attachmentPath(folder, attachment.sha256));
    expect(await call('checkAttachments', {})).toEqual({ ok: true, value: [{ id: attachment.id, state: 'missing' }] });
  });

  it('changes nothing when the user cancels the file dialog', async () => {
    const { call, id, document } = await appWithBergen();
    desktop.nextPick = null;
    const before = await document();
    const result = await call('addAttachment', {
      target: { kind: 'agreement', municipalityId: id, agreementId: 'vendor' },
    });
    expect(result).toMatchObject({ ok: true, value: { attachmentId: null } });
    expect(await document()).toEqual(before);
  });
});
