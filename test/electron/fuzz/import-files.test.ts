import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { exportText, readImportText } from '../../../shared/exchange/format';
import { workspaceSchema } from '../../../shared/schema/workspace';
import { exampleDocument } from '../../../shared/example/example-workspace';
import { NOW } from '../../support/fixtures';
import { desktop, handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

const SEED = 20261123;

/** A valid export of the example workspace: the starting point every mutation breaks. */
const VALID_TEXT = exportText({
  workspace: exampleDocument(NOW).workspace!,
  base: null,
  exchangeId: 'x-fuzz',
  appVersion: '1.0.0',
  exportedAt: NOW,
  exportedBy: 'Fuzz',
  attachments: { mode: 'omitted', files: [] },
});
const VALID = JSON.parse(VALID_TEXT) as unknown;

type Json = unknown;

/** Every path to a value in a JSON tree. */
function paths(node: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((child, i) => paths(child, [...prefix, i], out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) paths(child, [...prefix, key], out);
  }
  return out;
}
const ALL_PATHS = paths(VALID).filter((p) => p.length > 0);

function mutate(root: Json, at: (string | number)[], action: 'replace' | 'delete', value: Json): Json {
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const step of at.slice(0, -1)) node = node[step] as Record<string | number, Json>;
  const last = at[at.length - 1]!;
  if (action === 'delete') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else {
    node[last] = value;
  }
  return copy;
}

/** Hostile values: wrong types, huge strings, prototype keys, odd numbers. */
const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, -1, 0, 1e308, -0, '', '2025-02-30', '9999-99-99', 'x'.repeat(100_000)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as Json),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
);

function expectCleanOutcome(text: string) {
  const result = readImportText(text);
  if (result.kind === 'ok') {
    // Whatever passes must be a valid workspace, fully.
    expect(workspaceSchema.safeParse(result.incoming.workspace).success).toBe(true);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message).toMatch(/\S/);
    }
  }
  return result.kind;
}

describe('importing hostile files', () => {
  it('refuses random text and random JSON cleanly, never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          expect(expectCleanOutcome(text)).toBe('refused');
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('refuses a valid export with one field broken anywhere, or accepts it only if it is still valid', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_PATHS),
        fc.constantFrom<'replace' | 'delete'>('replace', 'delete'),
        hostile,
        (at, action, value) => {
          if (expectCleanOutcome(JSON.stringify(mutate(VALID, at, action, value))) === 'refused') refused += 1;
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
    // Most single breakages must be caught (some, like a note replaced by another string, are legal).
    expect(refused).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('refuses a valid export cut off anywhere or with a byte flipped', () => {
    fc.assert(
      fc.property(fc.nat({ max: VALID_TEXT.trimEnd().length - 2 }), fc.integer({ min: 0, max: 127 }), (at, code) => {
        expect(expectCleanOutcome(VALID_TEXT.slice(0, at + 1))).toBe('refused');
        expectCleanOutcome(VALID_TEXT.slice(0, at) + String.fromCharCode(code) + VALID_TEXT.slice(at + 1));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  }, 60_000);

  it('through the app: a hostile file picked for import changes nothing stored', async () => {
    const folder = tempFolder();
    const storage = openStorage(folder);
    const handlers = handlersFor(storage);
    await dispatch(handlers, 'createWorkspace', { name: 'Digisos Fuzz' });
    const before = fs.readFileSync(storage.documentPath);
    const file = path.join(tempFolder('digisos-fuzz-'), 'fiendtlig.digisos.json');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ALL_PATHS), hostile, async (at, value) => {
        fs.writeFileSync(file, JSON.stringify(mutate(VALID, at, 'replace', value)));
        desktop.nextPick = file;
        const result = await dispatch(handlers, 'pickImport', {});
        expect(result.ok).toBe(true);
        expect(fs.readFileSync(storage.documentPath)).toEqual(before);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 60_000);
});
