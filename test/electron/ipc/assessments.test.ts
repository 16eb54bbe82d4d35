import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { approvalState } from '../../../shared/domain/approval';
import type { StoredDocument } from '../../../shared/schema/workspace';
import { bergenForm } from '../../support/fixtures';
import { handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

async function setUp() {
  const handlers = handlersFor(openStorage(tempFolder()), () => new Date('2026-11-23T10:00:00.000Z'));
  const call = async (method: string, input: unknown) =>
    dispatch(handlers, method, input, { checkOutput: true, log: () => {} });
  await call('createWorkspace', { name: 'Digisos Bergen' });
  const added = await call('saveMunicipality', { id: null, form: bergenForm });
  const id = added.ok ? (added.value as { municipalityId: string }).municipalityId : '';
  const bergen = async () => {
    const session = await call('loadSession', {});
    return (session.ok ? (session.value as { document: StoredDocument }).document : null)!.workspace!
      .municipalities[0]!;
  };
  return { call, id, bergen };
}

const newRisk = {
  id: null,
  starterId: 'case-system-stops-fetching',
  event: 'Fagsystemet slutter å hente søknader fra FIKS',
  cause: 'Feil etter oppgradering',
  values: ['availability'],
  existingMeasures: '',
  likelihood: 3,
  consequence: 4,
  uncertainty: 'medium',
  measures: [
    { id: null, text: 'Daglig sjekk av felles varslingsadresse', owner: 'IT', deadline: '01.12.2026', done: false },
  ],
  residualLikelihood: 1,
  residualConsequence: 4,
  riskOwner: 'NAV-leder',
  acceptedBy: 'Kommunedirektør',
};

describe('the ROS analysis and its sign-off, through the bridge', () => {
  it('adds a risk with a measure, approves the analysis, and turns stale when a risk is edited', async () => {
    const { call, id, bergen } = await setUp();
    const saved = await call('saveRisk', { municipalityId: id, risk: newRisk });
    expect(saved.ok).toBe(true);
    const riskId = saved.ok ? (saved.value as { riskId: string }).riskId : '';
    expect((await bergen()).ros.risks[0]).toMatchObject({ measures: [{ deadline: '2026-12-01', owner: 'IT' }] });

    expect(
      (
        await call('approve', {
          municipalityId: id,
          subject: 'ros',
          approver: 'Kari Nordmann',
          role: 'Kommunedirektør',
          attestation: 'Godkjent.',
        })
      ).ok,
    ).toBe(true);
    expect(approvalState(await bergen(), 'ros', '2026-11-23').kind).toBe('approved');

    await call('saveRisk', {
      municipalityId: id,
      risk: { ...newRisk, id: riskId, residualConsequence: 3, measures: [] },
    });
    expect(approvalState(await bergen(), 'ros', '2026-11-23').kind).toBe('stale');
  });

  it('refuses a risk without an event, a measure without text or with an impossible deadline', async () => {
    const { call, id } = await setUp();
    const result = await call('saveRisk', {
      municipalityId: id,
      risk: {
        ...newRisk,
        event: ' ',
        measures: [{ id: null, text: '', owner: '', deadline: '31.02.2027', done: false }],
      },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { event: 'required', 'measures.0.text': 'required', 'measures.0.deadline': 'date.impossible' },
      },
    });
  });

  it('refuses levels beyond the scale, and moves risks when the scale changes', async () => {
    const { call, id, bergen } = await setUp();
    await call('saveRisk', { municipalityId: id, risk: { ...newRisk, likelihood: 5, consequence: 5 } });
    expect((await call('updateRosSettings', { municipalityId: id, scale: 3, greenMax: 2, yellowMax: 4 })).ok).toBe(
      true,
    );
    expect((await bergen()).ros).toMatchObject({ scale: 3, risks: [{ likelihood: 3, consequence: 3 }] });
    expect(await call('saveRisk', { municipalityId: id, risk: { ...newRisk, likelihood: 4 } })).toMatchObject({
      ok: false,
      error: { fieldErrors: { likelihood: 'outOfScale' } },
    });
    expect(await call('updateRosSettings', { municipalityId: id, scale: 3, greenMax: 5, yellowMax: 4 })).toMatchObject({
      ok: false,
      error: { fieldErrors: { acceptance: 'order' } },
    });
  });

  it('refuses an approval without a name or an attestation', async () => {
    const { call, id } = await setUp();
    expect(
      await call('approve', { municipalityId: id, subject: 'dpia', approver: '', role: '', attestation: ' ' }),
    ).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { approver: 'required', attestation: 'required' } },
    });
  });

  it('prefills the DPIA with guidance, and stores edits, the DPO’s advice and the conclusion', async () => {
    const { call, id, bergen } = await setUp();
    expect((await bergen()).dpia.sections.processing.length).toBeGreaterThan(20);
    await call('updateDpia', {
      municipalityId: id,
      patch: {
        sections: { retention: 'Søknader slettes fra FIKS etter [antall] dager.' },
        dpoAdvice: { who: 'Personvernombudet', date: '15.11.2026', advice: 'Anbefaler daglig kontroll.' },
        conclusion: { text: 'Restrisikoen er akseptabel.', priorConsultation: 'notNeeded' },
      },
    });
    expect((await bergen()).dpia).toMatchObject({
      sections: { retention: 'Søknader slettes fra FIKS etter [antall] dager.' },
      dpoAdvice: { who: 'Personvernombudet', date: '2026-11-15' },
      conclusion: { priorConsultation: 'notNeeded' },
    });
    expect(
      await call('updateDpia', {
        municipalityId: id,
        patch: { dpoAdvice: { who: 'x', date: '32.01.2026', advice: '' } },
      }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { dpoDate: 'date.impossible' } },
    });
  });

  it('logs drills, refusing a date in the future', async () => {
    const { call, id, bergen } = await setUp();
    expect(
      (
        await call('saveRoutineLog', {
          municipalityId: id,
          entry: {
            id: null,
            kind: 'drill',
            date: '20.11.2026',
            description: 'Manuell henting i SvarUt',
            outcome: 'Tok 20 min',
          },
        })
      ).ok,
    ).toBe(true);
    expect((await bergen()).emergency.log).toMatchObject([{ kind: 'drill', date: '2026-11-20' }]);
    expect(
      await call('saveRoutineLog', {
        municipalityId: id,
        entry: { id: null, kind: 'drill', date: '24.11.2026', description: 'x', outcome: '' },
      }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { date: 'date.future' } },
    });
  });
});

describe('who may edit the assessments in a cooperation', () => {
  it('refuses a DPIA edit for a partner whose host is controller', async () => {
    const { call, id } = await setUp();
    const added = await call('saveMunicipality', {
      id: null,
      form: {
        name: 'Oslo kommune',
        number: '0301',
        orgNumber: '958935420',
        inhabitants: '717710',
        inhabitantsDate: '01.01.2026',
        navUnit: 'NAV Bergenhus',
      },
    });
    const partner = added.ok ? (added.value as { municipalityId: string }).municipalityId : '';
    await call('setCooperation', { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: id });
    expect(await call('updateDpia', { municipalityId: partner, patch: { sections: { retention: 'x' } } })).toEqual({
      ok: false,
      error: { code: 'notAllowed', detail: 'controllerIsHost' },
    });
    expect((await call('updateDpia', { municipalityId: id, patch: { sections: { retention: 'x' } } })).ok).toBe(true);
  });
});
