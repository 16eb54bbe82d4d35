/**
 * The exchange file: one workspace in one `.digisos.json` file, for e-mail or a USB stick.
 * docs/file-format.md describes it; docs/file-format.schema.json is generated from
 * `exportFileSchema` (npm run schema) and a test keeps the two the same.
 */
import { z } from 'zod';
import { migrate, MIGRATIONS, type Migration } from '../schema/migrations';
import { toIssues, type DocumentIssue } from '../schema/issues';
import {
  DOCUMENT_FORMAT,
  idSchema,
  SCHEMA_VERSION,
  storedDocumentSchema,
  timestampSchema,
  workspaceSchema,
  type Exchange,
  type Workspace,
} from '../schema/workspace';

export const EXPORT_FORMAT = 'digisos-klar/eksport';
export const EXPORT_EXTENSION = '.digisos.json';

/** An attached file carried inside the export, with the SHA-256 of its bytes. */
export const embeddedFileSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  base64: z.base64(),
});
export type EmbeddedFile = z.infer<typeof embeddedFileSchema>;

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The version of Digisos Klar that wrote the file. */
  appVersion: z.string().max(50),
  exportedAt: timestampSchema,
  /** The name the exporting user gave in the settings (may be empty). */
  exportedBy: z.string().max(200),
  /** Names this export; the receiver's exchange log keeps it. */
  exchangeId: idSchema,
  /** The attached files: embedded (base64 with SHA-256) or left out by the user's choice. */
  attachments: z.strictObject({
    mode: z.enum(['embedded', 'omitted']),
    files: z.array(embeddedFileSchema).max(10_000),
  }),
  workspace: workspaceSchema,
  /**
   * The last state the exporting laptop shared with another (the last file it exported or
   * imported): the common starting point a merge compares both sides with.
   */
  base: z.strictObject({ exchangeId: idSchema, workspace: workspaceSchema }).nullable(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/**
 * The JSON Schema of the exchange file, generated from the same zod schema imports are checked
 * with (docs/file-format.schema.json; `npm run schema` writes it, a test keeps it current).
 * Rules JSON Schema cannot say (a real calendar date, a valid organisation number, the host
 * being one of the municipalities) are checked by the app on top.
 */
export function exportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(exportFileSchema, { unrepresentable: 'any', reused: 'ref', io: 'input' });
  return {
    ...generated,
    $id: 'https://digisos-klar.invalid/file-format.schema.json',
    title: 'Digisos Klar – eksportert arbeidsområde (.digisos.json)',
    description: `Skjemaversjon ${SCHEMA_VERSION}. Se docs/file-format.md.`,
  };
}

/** What an import brings in, from an export file or from a stored document (a backup, an old data file). */
export interface Incoming {
  source: 'export' | 'document';
  workspace: Workspace;
  base: ExportFile['base'];
  exchangeId: string | null;
  exportedAt: string | null;
  exportedBy: string;
  appVersion: string;
  attachments: ExportFile['attachments'];
  /** The schema version the file was written with, when it was older than ours. */
  migratedFrom: number | null;
  /** What the migration changed, in Norwegian. */
  changes: string[];
}

export type RefusalReason = 'notJson' | 'truncated' | 'notOurs' | 'newer' | 'invalid' | 'noWorkspace';

export type ReadResult =
  | { kind: 'ok'; incoming: Incoming }
  | { kind: 'refused'; reason: RefusalReason; issues: DocumentIssue[]; version?: number };

/** Reads the text of a file someone wants to import. Never throws; refuses with a reason and the paths of what is wrong. */
export function readImportText(text: string, migrations: readonly Migration[] = MIGRATIONS): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = text.trim() !== '' && /end of (JSON )?input|Unterminated|Expected .* after/i.test(reason);
    return truncated
      ? refuse('truncated', '', `Fila ser avkuttet ut (slutter midt i innholdet): ${reason}`)
      : refuse('notJson', '', `Fila er ikke gyldig JSON: ${reason}`);
  }
  return readImport(raw, migrations);
}

export function readImport(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse('notOurs', '', 'Fila inneholder ikke et Digisos Klar-arbeidsområde (venter et JSON-objekt)');
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT && record.format !== DOCUMENT_FORMAT) {
    return refuse('notOurs', 'format', `Fila er ikke fra Digisos Klar (venter «${EXPORT_FORMAT}»)`);
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('invalid', 'schemaVersion', 'Mangler gyldig skjemaversjon (et heltall fra 1)');
  }
  if (version > SCHEMA_VERSION) {
    return {
      kind: 'refused',
      reason: 'newer',
      version,
      issues: [
        {
          path: 'schemaVersion',
          message: `Fila er laget av en nyere versjon av Digisos Klar (skjemaversjon ${version}; denne versjonen leser til og med ${SCHEMA_VERSION}). Oppdater appen for å åpne den.`,
        },
      ],
    };
  }
  return record.format === EXPORT_FORMAT
    ? readExportRecord(record, version, migrations)
    : readDocumentRecord(record, version, migrations);
}

function readExportRecord(
  record: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[],
): ReadResult {
  let candidate = record;
  let changes: string[] = [];
  if (version < SCHEMA_VERSION) {
    // The workspace (and the base) migrate as the stored document does.
    const lifted = liftWorkspace(record.workspace, version, migrations);
    if (!lifted.ok) return refuse('invalid', 'schemaVersion', lifted.message);
    const base = record.base as Record<string, unknown> | null | undefined;
    let liftedBase: unknown = base ?? null;
    if (base && typeof base === 'object') {
      const fromBase = liftWorkspace(base.workspace, version, migrations);
      if (!fromBase.ok) return refuse('invalid', 'base.schemaVersion', fromBase.message);
      liftedBase = { ...base, workspace: fromBase.workspace };
    }
    candidate = { ...record, schemaVersion: SCHEMA_VERSION, workspace: lifted.workspace, base: liftedBase };
    changes = lifted.changes;
  }
  const parsed = exportFileSchema.safeParse(candidate);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid', issues: toIssues(parsed.error, candidate) };
  const file = parsed.data;
  return {
    kind: 'ok',
    incoming: {
      source: 'export',
      workspace: file.workspace,
      base: file.base,
      exchangeId: file.exchangeId,
      exportedAt: file.exportedAt,
      exportedBy: file.exportedBy,
      appVersion: file.appVersion,
      attachments: file.attachments,
      migratedFrom: version < SCHEMA_VERSION ? version : null,
      changes,
    },
  };
}

function readDocumentRecord(
  record: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[],
): ReadResult {
  let candidate = record;
  let changes: string[] = [];
  if (version < SCHEMA_VERSION) {
    const outcome = migrate(record, version, SCHEMA_VERSION, migrations);
    if (!outcome.ok)
      return refuse('invalid', 'schemaVersion', `Ingen oppgradering fra skjemaversjon ${outcome.missingFrom}`);
    candidate = outcome.document;
    changes = outcome.changes;
  }
  const parsed = storedDocumentSchema.safeParse(candidate);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid', issues: toIssues(parsed.error, candidate) };
  const workspace = parsed.data.workspace;
  if (workspace === null) return refuse('noWorkspace', 'workspace', 'Fila inneholder ikke noe arbeidsområde ennå');
  return {
    kind: 'ok',
    incoming: {
      source: 'document',
      workspace,
      base: null,
      exchangeId: null,
      exportedAt: null,
      exportedBy: parsed.data.settings.userName,
      appVersion: parsed.data.appVersion,
      attachments: { mode: 'omitted', files: [] },
      migratedFrom: version < SCHEMA_VERSION ? version : null,
      changes,
    },
  };
}

function liftWorkspace(
  workspace: unknown,
  version: number,
  migrations: readonly Migration[],
): { ok: true; workspace: unknown; changes: string[] } | { ok: false; message: string } {
  const wrapped = { format: DOCUMENT_FORMAT, schemaVersion: version, workspace: workspace ?? null };
  const outcome = migrate(wrapped, version, SCHEMA_VERSION, migrations);
  if (!outcome.ok) return { ok: false, message: `Ingen oppgradering fra skjemaversjon ${outcome.missingFrom}` };
  return { ok: true, workspace: outcome.document.workspace, changes: outcome.changes };
}

/** The exchange ids this workspace has taken part in: a file's starting point is trusted only if it is one of them. */
export function knownExchanges(workspace: Workspace): Set<string> {
  const known = new Set<string>();
  for (const e of workspace.exchanges) {
    if (e.kind === 'undoMerge' || e.kind === 'restore') continue;
    known.add(e.id);
    if (e.fileExchangeId) known.add(e.fileExchangeId);
  }
  return known;
}

/** An entry for the exchange log: what happened, by whom, when; the counts start at nothing. */
export function exchangeEntry(entry: Pick<Exchange, 'id' | 'kind' | 'at' | 'by'> & Partial<Exchange>): Exchange {
  return {
    fileExchangeId: null,
    fileName: '',
    taken: 0,
    conflicts: 0,
    keptMine: 0,
    tookTheirs: 0,
    backupId: null,
    ...entry,
  };
}

export interface ExportInput {
  workspace: Workspace;
  base: ExportFile['base'];
  exchangeId: string;
  appVersion: string;
  exportedAt: Date;
  exportedBy: string;
  attachments: ExportFile['attachments'];
}

/** The file's text: pretty enough to read in an editor, stable key order. */
export function exportText(input: ExportInput): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt.toISOString(),
    exportedBy: input.exportedBy,
    exchangeId: input.exchangeId,
    attachments: input.attachments,
    workspace: input.workspace,
    base: input.base,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** `Digisos Follo 23.11.2026.digisos.json`, safe on every file system. */
export function exportFileName(workspaceName: string, date: string): string {
  const safe =
    [...workspaceName]
      .filter((c) => c.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(c))
      .join('')
      .trim() || 'Arbeidsområde';
  return `${safe} ${date}${EXPORT_EXTENSION}`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function refuse(reason: RefusalReason, path: string, message: string): ReadResult {
  return { kind: 'refused', reason, issues: [{ path, message }] };
}
