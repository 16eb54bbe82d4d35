/**
 * Hostile input, proven: every channel of the bridge is fed thousands of random and malformed
 * inputs (fast-check) against a data folder holding a realistic workspace, and must refuse each
 * cleanly — never throw, never crash a handler, always answer with a well-formed `IpcResult`,
 * and never change what is stored when it refuses. The channels come from the contract, so a
 * channel added later is fuzzed without touching this file.
 *
 * Every input goes through `structuredClone` first, as `ipcRenderer.invoke` sends it: what
 * reaches the main process is what the structured-clone algorithm carries (no functions, no
 * getters, no proxies; null prototypes arrive as plain objects).
 *
 * Failures print fast-check's seed and the shrunk input; the seeds are fixed (and in the test
 * names) so a red run reproduces.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { WorkspaceStorage } from '../../../electron/services/workspace-storage';
import { STARTER_RISKS } from '../../../shared/catalogue/assessments-data';
import { CATALOGUE_BY_ID } from '../../../shared/catalogue/checklist';
import { contract, METHODS, type Handlers, type Method } from '../../../shared/ipc/contract';
import { ipcErrorSchema, type IpcResult } from '../../../shared/ipc/errors';
import { restoreDocumentText } from '../../../shared/schema/restore';
import type { StoredDocument } from '../../../shared/schema/workspace';
import {
  conforming,
  hostileValue,
  malformed,
  unknownSchemaKinds,
  type SchemaArbitraryOptions,
} from '../../support/arbitraries';
import { bergenForm, osloForm } from '../../support/fixtures';
import { desktop, handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

type Listener = (event: unknown, input: unknown) => Promise<unknown>;
const registered = vi.hoisted(() => new Map<string, Listener>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
}));

/** Fixed seeds: each property gets its own, from the channel's place in the list and the property. */
const SEED = 70_602_026;
const seedOf = (method: Method, property: number) => SEED + METHODS.indexOf(method) * 10 + property;
const RUNS = { anything: 200, malformed: 200, conforming: 100, untrusted: 50 };
const TIMEOUT = 60_000;
const NOW = () => new Date('2026-11-23T10:00:00.000Z');

/** What the bridge must answer, whatever it is given. */
const ipcResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
]);

// ---------------------------------------------------------------------------------------------
// The app under fire: the real handler table over a data folder with realistic data in it.

interface App {
  folder: string;
  storage: WorkspaceStorage;
  handlers: Handlers;
  /** How often each handler was reached (past the contract's parser). */
  reached: Map<Method, number>;
  /** What the dispatcher logged as unexpected during the last call: a handler crashed. */
  crashes: string[];
  /** The realistic document, to go back to after a call that was allowed to change it. */
  fixture: StoredDocument;
  options: SchemaArbitraryOptions;
  /** One call as the bridge makes it: cloned, dispatched, the output checked against the contract. */
  call: (method: Method, input: unknown) => Promise<IpcResult<unknown>>;
}

function counting(handlers: Handlers, reached: Map<Method, number>): Handlers {
  const table: Record<string, (input: unknown) => unknown> = {};
  for (const method of METHODS) {
    const handler = handlers[method] as (input: unknown) => unknown;
    table[method] = (input) => {
      reached.set(method, (reached.get(method) ?? 0) + 1);
      return handler(input);
    };
  }
  return table as unknown as Handlers;
}

function appOver(folder: string): App {
  const storage = openStorage(folder);
  const reached = new Map<Method, number>();
  const crashes: string[] = [];
  const handlers = counting(handlersFor(storage, NOW), reached);
  const call = (method: Method, input: unknown) => {
    crashes.length = 0;
    return dispatch(handlers, method, input, {
      checkOutput: true,
      log: (message, error) => crashes.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`),
    });
  };
  const fixture = storage.document;
  return { folder, storage, handlers, reached, crashes, fixture, options: { meaningful: [] }, call };
}

/** A workspace as a user leaves it: two municipalities in a cooperation, something in every part. */
async function buildRealisticFolder(): Promise<string> {
  const app = appOver(tempFolder());
  const must = async <T>(method: Method, input: unknown): Promise<T> => {
    const result = await app.call(method, input);
    if (!result.ok) throw new Error(`fixture: ${method} was refused: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  await must('updateSettings', { userName: 'Kari Nordmann', language: 'nb' });
  await must('createWorkspace', { name: 'Digisos Vest' });
  const { municipalityId: bergen } = await must<{ municipalityId: string }>('saveMunicipality', {
    id: null,
    form: bergenForm,
  });
  await must('saveMunicipality', { id: null, form: osloForm });
  await must('setCooperation', { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: bergen });
  await must('updateProfile', {
    id: bergen,
    profile: {
      vendorName: 'Visma',
      vendorProduct: 'Visma Flyt Sosial',
      plannedConnectionDate: '01.03.2027',
      batch: 'Pulje 1 2027',
      caseSystemUpgrade: 'planned',
    },
  });
  await must('setContacts', {
    id: bergen,
    contacts: [{ role: 'it', name: 'Ola Nordmann', email: 'ola.nordmann@bergen.kommune.no', phone: '55 56 60 00' }],
  });
  await must('setCapability', { id: bergen, capability: 'receiving', state: 'inTest', since: '01.11.2026' });
  await must('updateItem', {
    municipalityId: bergen,
    itemId: [...CATALOGUE_BY_ID.keys()][0],
    change: { status: 'inProgress', note: 'Startet' },
  });
  await must('updateAgreement', {
    municipalityId: bergen,
    agreementId: 'ksTerms',
    change: { status: 'signed', signerName: 'Ola Rådmann', signerRole: 'Rådmann', signedDate: '01.10.2026' },
  });
  await must('saveDecision', {
    municipalityId: bergen,
    decision: {
      id: null,
      kind: 'startRollout',
      title: 'Innføre digital søknad',
      decidedBy: 'Bystyret',
      date: '01.10.2026',
      caseReference: '2026/123',
      attachmentIds: [],
    },
  });
  await must('setCostInputs', {
    municipalityId: bergen,
    inputs: {
      digifinMember: true,
      usageStart: { year: 2027, quarter: 1 },
      shipmentsPerMonth: '1 200',
      indexedDocumentsPerMonth: '300',
      storageGb: '5',
      vendorUpgrade: '25 000',
    },
  });
  await must('setCostSettings', { adoptingInhabitants: '1 100 000', year: 2027 });
  await must('setPrice', { priceId: contract.setPrice.input.shape.priceId.options[0], amount: '12 345,50' });
  await must('updateDpia', {
    municipalityId: bergen,
    patch: {
      sections: { retention: 'Søknader slettes fra FIKS etter 14 dager.' },
      dpoAdvice: { who: 'Personvernombudet', date: '15.11.2026', advice: 'Anbefaler daglig kontroll.' },
    },
  });
  await must('saveRisk', {
    municipalityId: bergen,
    risk: {
      id: null,
      starterId: STARTER_RISKS[0]?.id ?? null,
      event: 'Fagsystemet slutter å hente søknader fra FIKS',
      cause: 'Feil etter oppgradering',
      values: ['availability'],
      existingMeasures: '',
      likelihood: 3,
      consequence: 4,
      uncertainty: 'medium',
      measures: [{ id: null, text: 'Daglig sjekk', owner: 'IT', deadline: '01.12.2026', done: false }],
      residualLikelihood: 1,
      residualConsequence: 4,
      riskOwner: 'NAV-leder',
      acceptedBy: 'Kommunedirektør',
    },
  });
  await must('dismissStarter', { municipalityId: bergen, starterId: STARTER_RISKS[1]?.id ?? 'x', dismissed: true });
  await must('updateEmergency', {
    municipalityId: bergen,
    parts: { detection: 'Varsel fra KS.' },
    onCallPhone: '55 00 00 00',
  });
  await must('saveRoutineLog', {
    municipalityId: bergen,
    entry: { id: null, kind: 'drill', date: '20.11.2026', description: 'Manuell henting', outcome: 'Gikk bra' },
  });
  await must('approve', {
    municipalityId: bergen,
    subject: 'ros',
    approver: 'Kari Nordmann',
    role: 'Kommunedirektør',
    attestation: 'Godkjent.',
  });
  // One real attached file: the only time a dialog "picks" anything in this file.
  const original = path.join(tempFolder(), 'vilkår signert.pdf');
  fs.writeFileSync(original, '%PDF-1.4 signert av rådmannen');
  desktop.nextPick = original;
  await must('addAttachment', { target: { kind: 'agreement', municipalityId: bergen, agreementId: 'ksTerms' } });
  expect(desktop.nextPick).toBeNull();
  expect(desktop.nextSavePath).toBeNull();
  return app.folder;
}

/** The realistic data folder, byte for byte: built once through the handlers, copied for every test. */
const realistic = new Map<string, Buffer>();

async function realisticApp(): Promise<App> {
  const folder = tempFolder();
  for (const [name, bytes] of realistic) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), bytes);
  }
  const app = appOver(folder);
  expect(app.storage.notices).toEqual([]);
  expect(app.fixture.workspace?.municipalities).toHaveLength(2);
  app.options = { meaningful: meaningfulStrings(app) };
  return app;
}

/** Every id in the stored document, the data folder's files, and strings the handlers give meaning to. */
function meaningfulStrings(app: App): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (key === 'id' || key.endsWith('Id') || key === 'sha256') found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(app.fixture, '');
  for (const name of realistic.keys()) {
    found.add(name);
    found.add(path.basename(name));
    found.add(path.join(app.folder, name));
  }
  return [
    ...found,
    ...[...CATALOGUE_BY_ID.keys()].slice(0, 5),
    ...STARTER_RISKS.map((risk) => risk.id),
    'all',
    app.folder,
    path.join(app.folder, '..'),
    'Kari Nordmann',
    'Bergen kommune',
    '4601',
    '0301',
    '964 338 531',
    '291 940',
    '01.01.2025',
    '01.12.2026',
    '23.11.2026',
    '12 345,50',
    'https://www.nav.no/sosialhjelp',
    'https://www.ks.no/',
  ];
}

// ---------------------------------------------------------------------------------------------
// What "nothing changed" means: the stored file byte for byte, the document in memory (the
// same object, not changed in place), and every file in the data folder.

interface Snapshot {
  bytes: Buffer;
  document: StoredDocument;
  json: string;
  files: string;
}

function filesIn(folder: string): string {
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .map((name) => {
      const stat = fs.statSync(path.join(folder, name));
      return stat.isDirectory() ? `${name}/` : `${name} ${stat.size}`;
    })
    .sort()
    .join('\n');
}

function snapshot(app: App): Snapshot {
  return {
    bytes: fs.readFileSync(app.storage.documentPath),
    document: app.storage.document,
    json: JSON.stringify(app.storage.document),
    files: filesIn(app.folder),
  };
}

function changes(app: App, before: Snapshot): string[] {
  const found: string[] = [];
  if (!fs.readFileSync(app.storage.documentPath).equals(before.bytes)) found.push('the stored file changed');
  if (app.storage.document !== before.document) found.push('the document in memory was replaced');
  if (JSON.stringify(app.storage.document) !== before.json) found.push('the document in memory was changed in place');
  const files = filesIn(app.folder);
  if (files !== before.files) found.push(`the data folder changed:\n--- before\n${before.files}\n--- after\n${files}`);
  return found;
}

/** Fails with a message that is only built when it fails (inputs can be huge). */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function prototypesAreClean(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    check(Object.keys(proto).length === 0, () => `a built-in prototype gained keys: ${Object.keys(proto).join(', ')}`);
  }
  check(({} as Record<string, unknown>).polluted === undefined, () => 'Object.prototype was polluted');
}

function text(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 1000);
  } catch {
    return `(${typeof value}, ${Object.prototype.toString.call(value)})`;
  }
}

/** The call as the bridge makes it; `null` when the value cannot leave the renderer at all. */
async function send(
  app: App,
  method: Method,
  input: unknown,
): Promise<{ delivered: unknown; result: IpcResult<unknown> } | null> {
  let delivered: unknown;
  try {
    delivered = structuredClone(input);
  } catch {
    return null;
  }
  let answer: unknown;
  try {
    answer = await app.call(method, delivered);
  } catch (error) {
    throw new Error(`${method} threw instead of answering, on ${text(delivered)}`, { cause: error });
  }
  check(ipcResultSchema.safeParse(answer).success, () => `${method} answered a non-IpcResult: ${text(answer)}`);
  check(app.crashes.length === 0, () => `${method} crashed on ${text(delivered)}:\n${app.crashes.join('\n')}`);
  // The answer goes back over the bridge too.
  try {
    structuredClone(answer);
  } catch (error) {
    throw new Error(`${method}'s answer cannot cross the bridge`, { cause: error });
  }
  prototypesAreClean();
  return { delivered, result: answer as IpcResult<unknown> };
}

function unchanged(app: App, method: Method, input: unknown, before: Snapshot): void {
  const found = changes(app, before);
  check(found.length === 0, () => `${method} refused ${text(input)} but ${found.join('; ')}`);
}

/** After an accepted call: the stored file opens again as exactly what is in memory; then back to the fixture. */
function acceptedThenReset(app: App, method: Method, input: unknown, before: Snapshot): Snapshot {
  if (changes(app, before).length === 0) return before;
  const restored = restoreDocumentText(fs.readFileSync(app.storage.documentPath, 'utf8'));
  check(restored.kind === 'ok', () => `${method} stored a document that does not open again, from ${text(input)}`);
  if (restored.kind === 'ok') expect(restored.document).toEqual(app.storage.document);
  app.storage.save(app.fixture);
  return snapshot(app);
}

// ---------------------------------------------------------------------------------------------

const totals = { calls: 0, anything: 0, anythingAccepted: 0, refusedMalformed: 0, validHostile: 0, untrusted: 0 };
/** How the handlers answered valid calls with hostile content: `ok` or the refusal's code. */
const answers = new Map<string, number>();

beforeAll(async () => {
  const folder = await buildRealisticFolder();
  for (const name of fs.readdirSync(folder, { recursive: true }) as string[]) {
    if (fs.statSync(path.join(folder, name)).isFile()) realistic.set(name, fs.readFileSync(path.join(folder, name)));
  }
});

describe('every channel under hostile input, through the dispatcher', () => {
  it('covers every channel of the contract', () => {
    expect(METHODS.length).toBeGreaterThan(30);
    expect(Object.keys(contract).sort()).toEqual([...METHODS].sort());
  });

  describe.each(METHODS.map((method) => [method]))('%s', (method) => {
    const schema = contract[method].input;
    /** Channels that take nothing (or only optional fields) accept `{}`, which random values often are. */
    const takesEmpty = schema.safeParse({}).success;

    it(
      `refuses anything at all cleanly, changing nothing (seed ${seedOf(method, 1)})`,
      { timeout: TIMEOUT },
      async () => {
        const app = await realisticApp();
        let before = snapshot(app);
        let sent = 0;
        let accepted = 0;
        await fc.assert(
          fc.asyncProperty(hostileValue(), async (input) => {
            const call = await send(app, method, input);
            if (!call) return;
            sent += 1;
            if (call.result.ok) {
              accepted += 1;
              before = acceptedThenReset(app, method, call.delivered, before);
            } else {
              unchanged(app, method, call.delivered, before);
            }
          }),
          { numRuns: RUNS.anything, seed: seedOf(method, 1) },
        );
        totals.calls += sent;
        totals.anything += sent;
        totals.anythingAccepted += takesEmpty ? 0 : accepted;
        expect(sent).toBeGreaterThanOrEqual(RUNS.anything * 0.95);
        // Random values are almost never a valid call; `{}` is one for the channels that take nothing.
        expect(accepted / sent).toBeLessThanOrEqual(takesEmpty ? 0.25 : 0.02);
      },
    );

    it(
      `refuses malformed calls as invalidInput before the handler runs (seed ${seedOf(method, 2)})`,
      { timeout: TIMEOUT },
      async () => {
        const app = await realisticApp();
        let before = snapshot(app);
        let sent = 0;
        let refused = 0;
        await fc.assert(
          fc.asyncProperty(malformed(schema, app.options), async (input) => {
            const reachedBefore = app.reached.get(method) ?? 0;
            const call = await send(app, method, input);
            if (!call) return;
            sent += 1;
            if (schema.safeParse(call.delivered).success) {
              // A mutation that happened to be valid: any clean answer will do.
              if (call.result.ok) before = acceptedThenReset(app, method, call.delivered, before);
              else unchanged(app, method, call.delivered, before);
              return;
            }
            refused += 1;
            check(
              !call.result.ok && call.result.error.code === 'invalidInput',
              () => `${method} did not refuse ${text(call.delivered)} as invalid input: ${text(call.result)}`,
            );
            check(
              (app.reached.get(method) ?? 0) === reachedBefore,
              () => `${method}'s handler saw ${text(call.delivered)}`,
            );
            unchanged(app, method, call.delivered, before);
          }),
          { numRuns: RUNS.malformed, seed: seedOf(method, 2) },
        );
        totals.calls += sent;
        totals.refusedMalformed += refused;
        // The generator must make mostly wrong calls, or this proves little.
        expect(refused / RUNS.malformed).toBeGreaterThanOrEqual(takesEmpty ? 0.7 : 0.8);
      },
    );

    it(
      `answers valid calls with hostile content cleanly, never half-saving (seed ${seedOf(method, 3)})`,
      { timeout: TIMEOUT },
      async () => {
        const app = await realisticApp();
        let before = snapshot(app);
        let valid = 0;
        const reachedBefore = app.reached.get(method) ?? 0;
        await fc.assert(
          fc.asyncProperty(conforming(schema, app.options), async (input) => {
            const call = await send(app, method, input);
            if (!call) return;
            if (schema.safeParse(call.delivered).success) valid += 1;
            const answer = call.result.ok ? 'ok' : call.result.error.code;
            answers.set(answer, (answers.get(answer) ?? 0) + 1);
            if (call.result.ok) before = acceptedThenReset(app, method, call.delivered, before);
            else unchanged(app, method, call.delivered, before);
            // No dialog picks anything here, and no call may leave one primed.
            check(desktop.nextPick === null && desktop.nextSavePath === null, () => `${method} primed a dialog`);
          }),
          { numRuns: RUNS.conforming, seed: seedOf(method, 3) },
        );
        totals.calls += RUNS.conforming;
        totals.validHostile += valid;
        // The generator must make valid calls, so that the handlers themselves are under fire.
        expect([...unknownSchemaKinds], 'schema kinds the generator does not know').toEqual([]);
        expect(valid / RUNS.conforming).toBeGreaterThanOrEqual(0.9);
        expect((app.reached.get(method) ?? 0) - reachedBefore).toBeGreaterThanOrEqual(valid);
      },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Through ipcMain: a sender that is not the app's own window on the app's own page is refused
// on every channel, however good its input, and nothing changes.

describe('every channel refuses an untrusted sender', () => {
  const ownContents = { id: 1 };
  const rendererUrl = 'file:///opt/Digisos%20Klar/resources/app/out/renderer/index.html';
  const untrustedEvents = fc.oneof(
    fc.record({ sender: fc.constant<unknown>({ id: 1 }), senderFrame: fc.constant({ url: rendererUrl }) }),
    fc.record({ sender: fc.constant(ownContents), senderFrame: fc.webUrl().map((url) => ({ url })) }),
    fc.record({
      sender: fc.constant(ownContents),
      senderFrame: fc
        .constantFrom(
          'file:///tmp/evil.html',
          'file:///opt/Digisos%20Klar/resources/app/out/renderer/index.html.evil',
          'file:///opt/Digisos%20Klar/resources/app/out/renderer/other.html',
          'file:///opt/Digisos%20Klar/resources/app/out/renderer/',
          'file://evil.example/opt/Digisos%20Klar/resources/app/out/renderer/index.html',
          'http://localhost:5173/',
          'https://opt/Digisos%20Klar/resources/app/out/renderer/index.html',
          'about:blank',
          'data:text/html,<script>1</script>',
          'devtools://devtools/bundled/inspector.html',
          '',
          'not a url',
        )
        .map((url) => ({ url })),
    }),
    fc.record({
      sender: fc.constantFrom<unknown>(ownContents, undefined, null, {}),
      senderFrame: fc.constantFrom<unknown>(null, undefined, {}, { url: null }, { url: 42 }),
    }),
    fc.record({ sender: hostileValue(), senderFrame: hostileValue() }),
  );

  it.each(METHODS.map((method) => [method]))(
    '%s refuses with untrustedSender and changes nothing',
    { timeout: TIMEOUT },
    async (method) => {
      const app = await realisticApp();
      registered.clear();
      const { registerHandlers } = await import('../../../electron/ipc/register');
      registerHandlers(app.handlers, { webContents: () => ownContents as never, rendererUrl });
      expect(registered.size).toBe(METHODS.length);
      const listener = registered.get(contract[method].channel)!;

      // The listeners are live: the app's own page is answered.
      const own = { sender: ownContents, senderFrame: { url: rendererUrl } };
      expect(await registered.get(contract.loadSession.channel)!(own, {})).toMatchObject({ ok: true });
      const before = snapshot(app);
      const reachedBefore = app.reached.get(method) ?? 0;

      // Valid calls (which would change data if admitted) as well as anything at all.
      const inputs = fc.oneof(conforming(contract[method].input, app.options), hostileValue());
      await fc.assert(
        fc.asyncProperty(untrustedEvents, inputs, async (event, input) => {
          const result = await listener(event, input);
          expect(result).toEqual({ ok: false, error: { code: 'untrustedSender' } });
          check(
            (app.reached.get(method) ?? 0) === reachedBefore,
            () => `${method}'s handler ran for an untrusted sender`,
          );
          unchanged(app, method, input, before);
          prototypesAreClean();
        }),
        { numRuns: RUNS.untrusted, seed: seedOf(method, 4) },
      );
      totals.calls += RUNS.untrusted;
      totals.untrusted += RUNS.untrusted;
    },
  );
});

// ---------------------------------------------------------------------------------------------

describe('after the run', () => {
  it('left Object.prototype and the other built-in prototypes unpolluted', () => {
    prototypesAreClean();
    for (const name of ['polluted', 'admin', 'isAdmin', 'toJSON', 'then', 'length']) {
      expect(Object.hasOwn(Object.prototype, name), name).toBe(false);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      [
        '__defineGetter__',
        '__defineSetter__',
        '__lookupGetter__',
        '__lookupSetter__',
        '__proto__',
        'constructor',
        'hasOwnProperty',
        'isPrototypeOf',
        'propertyIsEnumerable',
        'toLocaleString',
        'toString',
        'valueOf',
      ].sort(),
    );
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('threw thousands of inputs at the bridge, and almost no random value was a valid call', () => {
    console.warn(
      `IPC fuzz: ${totals.calls} calls over ${METHODS.length} channels`,
      totals,
      Object.fromEntries(answers),
    );
    expect(totals.calls).toBeGreaterThan(10_000);
    expect(totals.validHostile).toBeGreaterThan(METHODS.length * RUNS.conforming * 0.9);
    // Over the channels that need input, random values were valid calls well under 1 in 100.
    expect(totals.anythingAccepted / totals.anything).toBeLessThanOrEqual(0.01);
  });
});
