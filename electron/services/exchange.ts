/**
 * Files between laptops: building an export, reading an import (attachments checked byte for
 * byte), and the shared starting point each laptop keeps for the next merge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  exportText,
  readImportText,
  type ExportFile,
  type Incoming,
  type ReadResult,
} from '../../shared/exchange/format';
import { idSchema, workspaceSchema, type Exchange, type Workspace } from '../../shared/schema/workspace';
import { attachmentPath, checkAttachment, sha256Of } from './attachments';
import { writeFileAtomic } from './atomic-file';

export const EXCHANGE_FOLDER = 'utveksling';
const SHARED_BASE_FILE = 'sist-delt.json';
/** A file larger than this is not read (the largest real workspace with attachments is far below). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

const sharedBaseSchema = z.strictObject({ exchangeId: idSchema, workspace: workspaceSchema });
export type SharedBase = z.infer<typeof sharedBaseSchema>;

function sharedBasePath(dataFolder: string): string {
  return path.join(dataFolder, EXCHANGE_FOLDER, SHARED_BASE_FILE);
}

/**
 * The last state this laptop shared with another (the last export or import) for this
 * workspace; null when there is none or it cannot be trusted.
 */
export function readSharedBase(dataFolder: string, workspaceId: string): SharedBase | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(sharedBasePath(dataFolder), 'utf8'));
  } catch {
    return null;
  }
  const parsed = sharedBaseSchema.safeParse(raw);
  return parsed.success && parsed.data.workspace.id === workspaceId ? parsed.data : null;
}

export function writeSharedBase(dataFolder: string, base: SharedBase): void {
  writeFileAtomic(sharedBasePath(dataFolder), JSON.stringify(base));
}

/** After a restore or an undone merge this laptop no longer descends from the shared state: forget it. */
export function forgetSharedBase(dataFolder: string): void {
  fs.rmSync(sharedBasePath(dataFolder), { force: true });
}

export interface BuiltExport {
  text: string;
  /** The workspace as exported: with the export in its log. */
  workspace: Workspace;
  embedded: number;
  /** Attachments whose file is missing or changed in the data folder: left out, and said so. */
  missing: string[];
}

export function buildExport(options: {
  dataFolder: string;
  workspace: Workspace;
  includeAttachments: boolean;
  exchange: Exchange;
  appVersion: string;
  now: Date;
}): BuiltExport {
  const { dataFolder, includeAttachments, exchange } = options;
  const workspace: Workspace = { ...options.workspace, exchanges: [...options.workspace.exchanges, exchange] };
  const files: ExportFile['attachments']['files'] = [];
  const missing: string[] = [];
  if (includeAttachments) {
    const seen = new Set<string>();
    for (const attachment of workspace.attachments) {
      if (seen.has(attachment.sha256)) continue;
      seen.add(attachment.sha256);
      if (checkAttachment(dataFolder, attachment.sha256) !== 'ok') {
        missing.push(attachment.fileName);
        continue;
      }
      const bytes = fs.readFileSync(attachmentPath(dataFolder, attachment.sha256));
      files.push({ sha256: attachment.sha256, size: bytes.length, base64: Buffer.from(bytes).toString('base64') });
    }
  }
  const base = readSharedBase(dataFolder, workspace.id);
  const text = exportText({
    workspace,
    base,
    exchangeId: exchange.fileExchangeId ?? exchange.id,
    appVersion: options.appVersion,
    exportedAt: options.now,
    exportedBy: exchange.by,
    attachments: { mode: includeAttachments ? 'embedded' : 'omitted', files },
  });
  return { text, workspace, embedded: files.length, missing };
}

/**
 * Reads a file to import. Refuses what is not ours, broken, newer, or whose embedded
 * attachments do not match their SHA-256; never throws for the file's content.
 */
export function readImportFile(file: string): ReadResult {
  const size = fs.statSync(file).size;
  if (size > MAX_IMPORT_BYTES) {
    return {
      kind: 'refused',
      reason: 'notOurs',
      issues: [
        { path: '', message: `Fila er for stor (${Math.round(size / 1024 / 1024)} MB) til å være et arbeidsområde` },
      ],
    };
  }
  const result = readImportText(fs.readFileSync(file, 'utf8'));
  if (result.kind !== 'ok') return result;
  const wrong = result.incoming.attachments.files.findIndex((f) => {
    const bytes = Buffer.from(f.base64, 'base64');
    return bytes.length !== f.size || sha256Of(bytes) !== f.sha256;
  });
  if (wrong >= 0) {
    return {
      kind: 'refused',
      reason: 'invalid',
      issues: [
        {
          path: `attachments.files[${wrong}]`,
          message: 'Et innebygd vedlegg stemmer ikke med sin SHA-256 (fila er skadet eller endret)',
        },
      ],
    };
  }
  return result;
}

/** Stores the embedded attachments in the data folder (each once, under its SHA-256). */
export function storeEmbeddedAttachments(dataFolder: string, incoming: Incoming): number {
  let stored = 0;
  for (const file of incoming.attachments.files) {
    if (checkAttachment(dataFolder, file.sha256) === 'ok') continue;
    writeFileAtomic(attachmentPath(dataFolder, file.sha256), Buffer.from(file.base64, 'base64'));
    stored += 1;
  }
  return stored;
}
