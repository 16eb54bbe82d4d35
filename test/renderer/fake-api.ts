import { vi } from 'vitest';
import { METHODS, type Api, type Session } from '../../shared/ipc/contract';
import { emptyDocument, type StoredDocument } from '../../shared/schema/workspace';
import { NOW } from '../support/fixtures';

/** A document with one workspace, as the main process would return it. */
export function documentWithWorkspace(name = 'Digisos Follo'): StoredDocument {
  return {
    ...emptyDocument('0.1.0', NOW),
    workspace: {
      id: 'w-1',
      name,
      cooperation: { model: 'none', legalForm: 'notSet', hostId: null },
      prices: [],
      costSettings: { adoptingInhabitants: null, year: 2026 },
      attachments: [],
      exchanges: [],
      municipalities: [],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    },
  };
}

export function session(document: StoredDocument, extra: Partial<Session> = {}): Session {
  return { document, readOnly: false, notices: [], dataFolder: '/data', appVersion: '0.1.0', ...extra };
}

/**
 * Installs `window.api` for component tests: every method a spy that fails loudly unless the
 * test gives it an answer, so no test passes by accident on a call it did not expect.
 */
export function installFakeApi(answers: Partial<{ [M in keyof Api]: Api[M] }>): {
  [M in keyof Api]: ReturnType<typeof vi.fn>;
} {
  const api = Object.fromEntries(
    METHODS.map((method) => [
      method,
      vi.fn(answers[method] ?? (() => Promise.reject(new Error(`unexpected call to window.api.${method}`)))),
    ]),
  );
  Object.defineProperty(window, 'api', { value: api, configurable: true });
  return api as { [M in keyof Api]: ReturnType<typeof vi.fn> };
}
