import { toIssues, type DocumentIssue } from './issues';
import { MIGRATIONS, migrate, type Migration } from './migrations';
import { DOCUMENT_FORMAT, SCHEMA_VERSION, storedDocumentSchema, type StoredDocument } from './workspace';

export { toIssues, type DocumentIssue } from './issues';

/** What reading a document from disk (or a file) found. */
export type RestoreResult =
  | { kind: 'ok'; document: StoredDocument; migratedFrom: number | null; changes: string[] }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; issues: DocumentIssue[] };

/** Parses JSON text and restores it; text that is not JSON is `invalid` with the parser's reason. */
export function restoreDocumentText(text: string, migrations: readonly Migration[] = MIGRATIONS): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', issues: [{ path: '', message: `Ikke gyldig JSON: ${reason}` }] };
  }
  return restoreDocument(raw, migrations);
}

/**
 * Validates and migrates anything read from disk: the one door through which stored data
 * enters the app. Never throws.
 */
export function restoreDocument(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): RestoreResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid('', 'Fila inneholder ikke et dokument (et JSON-objekt)');
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== DOCUMENT_FORMAT) {
    return invalid('format', `Fila er ikke et Digisos Klar-dokument (venter «${DOCUMENT_FORMAT}»)`);
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid('schemaVersion', 'Mangler gyldig skjemaversjon');
  }
  if (version > SCHEMA_VERSION) return { kind: 'newer', version };

  let candidate = record;
  let changes: string[] = [];
  if (version < SCHEMA_VERSION) {
    const outcome = migrate(record, version, SCHEMA_VERSION, migrations);
    if (!outcome.ok) {
      return invalid('schemaVersion', `Ingen oppgradering fra skjemaversjon ${outcome.missingFrom}`);
    }
    candidate = outcome.document;
    changes = outcome.changes;
  }

  const parsed = storedDocumentSchema.safeParse(candidate);
  if (!parsed.success) return { kind: 'invalid', issues: toIssues(parsed.error, candidate) };
  return {
    kind: 'ok',
    document: parsed.data,
    migratedFrom: version < SCHEMA_VERSION ? version : null,
    changes,
  };
}

function invalid(path: string, message: string): RestoreResult {
  return { kind: 'invalid', issues: [{ path, message }] };
}
