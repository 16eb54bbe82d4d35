import fs from 'node:fs';
import path from 'node:path';

let counter = 0;

/**
 * Writes a file so that a reader only ever sees the old content or the new, never a mix:
 * the bytes go to a temporary file beside it, are flushed to disk, and the temporary file is
 * renamed over the target. On any failure the temporary file is removed and the target is
 * untouched.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  counter += 1;
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${counter}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'w');
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
    syncFolder(dir);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error is the one that matters
      }
    }
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Flushes the folder entry of the rename too, so a power cut after it keeps the new name. */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for syncing; its rename is durable without it.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
