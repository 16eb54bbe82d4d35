import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file';

export const ATTACHMENT_FOLDER = 'vedlegg';

/** Where an attachment's bytes live in the data folder: under their SHA-256, so a file is stored once. */
export function attachmentPath(dataFolder: string, sha256: string): string {
  return path.join(dataFolder, ATTACHMENT_FOLDER, sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Copies a file the user picked into the data folder; returns what the workspace records of it. */
export function storeAttachment(
  dataFolder: string,
  sourcePath: string,
): { fileName: string; sha256: string; size: number } {
  return storeAttachmentBytes(dataFolder, path.basename(sourcePath), fs.readFileSync(sourcePath));
}

/** Stores bytes the app made itself (a PDF it wrote) as an attachment, the same way as a picked file. */
export function storeAttachmentBytes(
  dataFolder: string,
  fileName: string,
  bytes: Uint8Array,
): { fileName: string; sha256: string; size: number } {
  const sha256 = sha256Of(bytes);
  const target = attachmentPath(dataFolder, sha256);
  if (!fs.existsSync(target) || sha256Of(fs.readFileSync(target)) !== sha256) writeFileAtomic(target, bytes);
  return { fileName, sha256, size: bytes.length };
}

export type AttachmentState = 'ok' | 'missing' | 'changed';

/** Whether an attachment's file is still there, byte for byte. */
export function checkAttachment(dataFolder: string, sha256: string): AttachmentState {
  const file = attachmentPath(dataFolder, sha256);
  if (!fs.existsSync(file)) return 'missing';
  return sha256Of(fs.readFileSync(file)) === sha256 ? 'ok' : 'changed';
}
