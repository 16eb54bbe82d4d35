/**
 * A writer that never stops, for test/electron/crash/kill-writer.test.ts. The test starts it
 * as a child process and kills it with SIGKILL at a random moment. It prints `ready` once
 * loaded and waits for a line on stdin before it touches anything, then:
 *
 *   node --import tsx test/support/crash-writer.ts storage <folder>
 *     opens WorkspaceStorage on <folder> (which must already hold a generation, see
 *     `generationDocument`), prints `start <n>` with the generation it found, then saves
 *     generation n+1, n+2, … forever, printing `saved <n> <ms>` after each save has returned
 *     (with how long it took).
 *
 *   node --import tsx test/support/crash-writer.ts atomic <file>
 *     reads the version <file> holds (`exportContent(n)`), prints `start <n>`, then writes
 *     n+1, n+2, … with writeFileAtomic (as exported PDFs are written), printing `saved <n> <ms>`
 *     after each write.
 *
 * Writes to a pipe are synchronous on Linux and macOS, so a `saved <n>` line printed before
 * the kill always reaches the parent, even when it reads it after the child has died.
 *
 * The helpers below are imported by the test as well, to build and check generations.
 */
import { pathToFileURL } from 'node:url';
import type { StoredDocument } from '../../shared/schema/workspace';

/** What the workspace of generation n is called. */
export function generationName(n: number): string {
  return `Generasjon ${n}`;
}

/** Inhabitants must be at least 1; generation n is stored as 1000 + n. */
const INHABITANTS_BASE = 1000;

/** Odd generations carry a longer note, so the file grows and shrinks from one generation to the next. */
const PADDING = ' – ' + 'utfylling '.repeat(12);

/**
 * The document of generation n, built from any document with a workspace: the number is
 * written in the workspace's name, in every municipality's inhabitants and in the note of
 * every checklist entry — from the start of the file to its end.
 */
export function generationDocument(base: StoredDocument, n: number): StoredDocument {
  const workspace = base.workspace;
  if (!workspace) throw new Error('generationDocument needs a document with a workspace');
  const note = `generasjon ${n}${n % 2 === 1 ? PADDING : ''}`;
  return {
    ...base,
    workspace: {
      ...workspace,
      name: generationName(n),
      municipalities: workspace.municipalities.map((m) => ({
        ...m,
        inhabitants: INHABITANTS_BASE + n,
        checklist: m.checklist.map((entry) => ({ ...entry, note })),
      })),
    },
  };
}

/** Every generation number written in the document, one per marker; all equal in a sound document. */
export function generationMarkers(document: StoredDocument): number[] {
  const workspace = document.workspace;
  if (!workspace) return [];
  const markers = [Number(/^Generasjon (\d+)$/.exec(workspace.name)?.[1] ?? NaN)];
  for (const m of workspace.municipalities) {
    markers.push(m.inhabitants - INHABITANTS_BASE);
    for (const entry of m.checklist) markers.push(Number(/^generasjon (\d+)/.exec(entry.note)?.[1] ?? NaN));
  }
  return markers;
}

/** The generation a document holds, or null if its markers disagree (or it has none). */
export function generationOf(document: StoredDocument): number | null {
  const markers = generationMarkers(document);
  const first = markers[0];
  if (first === undefined || !Number.isInteger(first)) return null;
  return markers.every((m) => m === first) ? first : null;
}

/**
 * Version n of an exported file: a PDF-like header and trailer that name n around 600 kB or
 * 900 kB (alternating) of one repeated letter, so a mix of two versions never passes for one.
 */
export function exportContent(n: number): Buffer {
  const head = Buffer.from(`%PDF-1.3 generasjon ${n}\n`, 'latin1');
  const body = Buffer.alloc(n % 2 === 1 ? 900_000 : 600_000, n % 2 === 1 ? 'a' : 'b');
  const tail = Buffer.from(`\n%%EOF generasjon ${n}\n`, 'latin1');
  return Buffer.concat([head, body, tail]);
}

/** The version number an exported file claims in its header, or null. */
export function exportGeneration(bytes: Buffer): number | null {
  const match = /^%PDF-1\.3 generasjon (\d+)\n/.exec(bytes.subarray(0, 64).toString('latin1'));
  return match ? Number(match[1]) : null;
}

function report(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Never outlive the test: stop when orphaned (the parent died without killing us) or after a minute. */
function guard(): () => void {
  const parent = process.ppid;
  const until = Date.now() + 60_000;
  return () => {
    if (process.ppid !== parent || Date.now() > until) process.exit(3);
  };
}

async function writeStorageForever(folder: string): Promise<never> {
  const { WorkspaceStorage } = await import('../../electron/services/workspace-storage');
  await go();
  const alive = guard();
  // As test/support/storage.ts opens it, without the handler table (which the writer does not need).
  const storage = WorkspaceStorage.open({ folder, appVersion: '0.1.0-test' });
  if (storage.notices.length > 0) throw new Error(`unexpected notices on open: ${JSON.stringify(storage.notices)}`);
  const start = generationOf(storage.document);
  if (start === null) {
    const markers = [...new Set(generationMarkers(storage.document))].join(', ');
    throw new Error(`the stored document holds no consistent generation: ${markers}`);
  }
  report(`start ${start}`);
  for (let n = start + 1; ; n += 1) {
    alive();
    const began = performance.now();
    storage.save(generationDocument(storage.document, n));
    report(`saved ${n} ${Math.round(performance.now() - began)}`);
  }
}

async function writeExportForever(file: string): Promise<never> {
  const fs = await import('node:fs');
  const { writeFileAtomic } = await import('../../electron/services/atomic-file');
  await go();
  const alive = guard();
  const start = exportGeneration(fs.readFileSync(file));
  if (start === null) throw new Error(`${file} holds no complete version`);
  report(`start ${start}`);
  for (let n = start + 1; ; n += 1) {
    alive();
    const began = performance.now();
    writeFileAtomic(file, exportContent(n));
    report(`saved ${n} ${Math.round(performance.now() - began)}`);
  }
}

/**
 * Says `ready` once everything is loaded and waits for a line on stdin before touching the
 * folder, so the test can start the next writer while it still checks what the last one left.
 */
function go(): Promise<void> {
  report('ready');
  return new Promise((resolve) => {
    process.stdin.once('data', () => resolve());
    process.stdin.once('end', () => process.exit(0));
  });
}

async function main(mode: string | undefined, target: string | undefined): Promise<never> {
  if (!target) throw new Error('usage: crash-writer.ts storage|atomic <folder|file>');
  if (mode === 'storage') return writeStorageForever(target);
  if (mode === 'atomic') return writeExportForever(target);
  throw new Error(`unknown mode ${String(mode)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
