import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-file';
import { BACKUP_FOLDER, DOCUMENT_FILE } from '../../../electron/services/workspace-storage';
import { largeExampleDocument } from '../../../shared/example/example-workspace';
import { restoreDocumentText } from '../../../shared/schema/restore';
import {
  exportContent,
  exportGeneration,
  generationDocument,
  generationMarkers,
  generationOf,
} from '../../support/crash-writer';
import { NOW } from '../../support/fixtures';
import { openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

/**
 * Crash safety, proven by killing: a child process (test/support/crash-writer.ts) writes
 * generation after generation until it is killed with SIGKILL, and what it leaves must be
 * the last generation it reported complete or the next one — whole, valid, never a mix.
 *
 * Half the kills come at a random moment within a generation; the other half at one of the
 * first file-system events of a generation (a temporary file created, written, renamed), so
 * that many land in the middle of a write however fast or slow the machine is.
 *
 * A SIGKILL stops the process wherever it is, inside a write(2) too, but what the kernel has
 * accepted stays: this proves safety against the app crashing or being killed, not against
 * power loss (which would also need the folder fsynced after the rename).
 *
 * The choices come from a seeded generator; a failure prints the seed, and CRASH_SEED=<seed>
 * repeats the same choices (the child's own speed still varies from run to run).
 * CRASH_STATS=1 prints how many generations were written and how many kills landed mid-write.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WRITER = path.join(ROOT, 'test/support/crash-writer.ts');

/** Each test runs two lanes side by side (a folder each), so one writer loads while another writes. */
const LANES = 2;
const KILLS_PER_LANE = 10;

/** The document file's temporary files: writeFileAtomic's (`.<name>.<pid>.<n>.tmp`), or `<name>.tmp-<hex>` as conf's writer named them. */
const DOCUMENT_TEMP = /^(?:arbeidsomrade\.json\.tmp-[0-9a-f]+|\.arbeidsomrade\.json\.\d+\.\d+\.tmp)$/;
/** writeFileAtomic's temporary files: `.<name>.<pid>.<n>.tmp`. */
const BACKUP_TEMP = /^\.arbeidsomrade-[\dTZ-]+\.json\.\d+\.\d+\.tmp$/;
const BACKUP = /^arbeidsomrade-[\dTZ-]+(?:-\d+)?\.json$/;
const EXPORT_TEMP = /^\.eksport\.pdf\.\d+\.\d+\.tmp$/;

/** A linear congruential generator (Numerical Recipes): the same seed gives the same choices. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function chooseSeed(): number {
  const given = process.env.CRASH_SEED;
  return given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
}

/** Every writer still alive; none may outlive this file, whatever failed. */
const running = new Set<ChildProcessWithoutNullStreams>();

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

interface Writer {
  /** Lets it start; resolves with the generation it found. */
  go(): Promise<number>;
  /** Resolves once generation n is reported complete, with how long writing it took (ms). */
  saved(n: number): Promise<number>;
  /** Kills it with SIGKILL; resolves with the last generation it reported complete. */
  kill(): Promise<number>;
  /** Kills it without asking what it did (after a failure); resolves once it is gone. */
  dispose(): Promise<void>;
}

/** Starts a writer; it loads everything, says `ready` and waits until `go`. */
function startWriter(mode: 'storage' | 'atomic', target: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, mode, target], { cwd: ROOT });
  running.add(child);
  const lines: string[] = [];
  const waiting: { prefix: string; resolve: (line: string) => void }[] = [];
  let pending = '';
  let stderr = '';
  const closed = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('close', (_code, signal) => {
      running.delete(child);
      resolve(signal);
    }),
  );
  const stoppedByItself = closed.then((signal) => {
    throw new Error(`the ${mode} writer stopped by itself (signal ${signal}):\n${stderr}`);
  });
  stoppedByItself.catch(() => {});
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiting.filter((w) => line.startsWith(w.prefix))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const line = (prefix: string): Promise<string> => {
    const seen = lines.find((l) => l.startsWith(prefix));
    return Promise.race([seen ?? new Promise<string>((resolve) => waiting.push({ prefix, resolve })), stoppedByItself]);
  };
  return {
    async go() {
      await line('ready');
      child.stdin.write('go\n');
      return Number((await line('start ')).split(' ')[1]);
    },
    async saved(n) {
      return Number((await line(`saved ${n} `)).split(' ')[2]);
    },
    async kill() {
      child.kill('SIGKILL');
      if ((await closed) !== 'SIGKILL') throw new Error(`the ${mode} writer stopped before the kill:\n${stderr}`);
      // 'close' comes after stdout has ended: everything it printed before dying is in `lines`.
      const last = lines.filter((l) => /^(start \d+|saved \d+ \d+)$/.test(l)).pop();
      if (last === undefined) throw new Error(`the ${mode} writer reported nothing:\n${stderr}`);
      // A warning would be a save that swallowed an error (as a failed backup is): fail on it.
      if (stderr !== '') throw new Error(`the ${mode} writer complained:\n${stderr}`);
      return Number(last.split(' ')[1]);
    },
    async dispose() {
      child.kill('SIGKILL');
      await closed;
    },
  };
}

/**
 * Resolves at the `skip`+1-th file-system event on a name matching `pattern` in one of
 * `folders` (a temporary file created or written, the target written or renamed over), or
 * after `ms`.
 */
function fileEvent(folders: string[], pattern: RegExp, skip: number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const watchers = folders.map((folder) =>
      fs.watch(folder, (_event, name) => {
        if (name !== null && pattern.test(name) && ++seen > skip) done();
      }),
    );
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      resolve();
    }
  });
}

interface Lane {
  mode: 'storage' | 'atomic';
  /** What the writer is given: the data folder, or the exported file. */
  target: string;
  /** Where it writes, and the names it writes there (target and temporary files). */
  watch: string[];
  writes: RegExp;
  /** Looks at what a killed writer left; returns the generation found there. */
  check: (lastReported: number, start: number, kill: number) => number;
}

/**
 * Kills `KILLS_PER_LANE` writers one after the other on the lane's target, the next one
 * already loading. Each writes 0, 1 or 2 generations and is then killed either at a random
 * moment within about one more (timed by how long its last generation took) or at one of the
 * first few file-system events of the next (a temporary file created or written, the target
 * replaced — or, were a write ever made in place, the target truncated).
 */
async function runLane(lane: Lane, random: () => number): Promise<{ generations: number; promised: number }> {
  const loading: Writer[] = [];
  let started = 0;
  const next = (): Writer => {
    while (loading.length < 2 && started < KILLS_PER_LANE) {
      loading.push(startWriter(lane.mode, lane.target));
      started += 1;
    }
    return loading.shift()!;
  };
  let found: number | null = null;
  let first: number | null = null;
  let promised = 0;
  let generationMs = 30;
  let writer: Writer | null = null;
  try {
    for (let kill = 1; kill <= KILLS_PER_LANE; kill += 1) {
      writer = next();
      const start = await writer.go();
      first ??= start;
      // Each writer continues from what the last one left, as the app does after a crash.
      if (found !== null && start !== found) {
        throw new Error(`kill ${kill}: the writer opened generation ${start}, the check found ${found}`);
      }
      const complete = Math.floor(random() * 3);
      promised += complete;
      const onWrite = random() < 0.5;
      const skip = Math.floor(random() * 4);
      const fraction = random();
      if (complete > 0) generationMs = Math.max(1, await writer.saved(start + complete));
      if (onWrite) await fileEvent(lane.watch, lane.writes, skip, 10 * generationMs + 500);
      else await new Promise((resolve) => setTimeout(resolve, fraction * generationMs * 1.25));
      const lastReported = await writer.kill();
      found = lane.check(lastReported, start, kill);
    }
  } finally {
    // Gone before the folder is removed (a writer still running would write into it).
    await Promise.all([writer, ...loading].map((w) => w?.dispose()));
  }
  return { generations: (found ?? 0) - (first ?? 0), promised };
}

/** Names in `folder` other than `keep`, split into temporary files (by `temporary`) and the rest. */
function listFolder(folder: string, keep: (name: string) => boolean, temporary: RegExp) {
  const names = fs.readdirSync(folder).filter((name) => !keep(name));
  return { temps: names.filter((n) => temporary.test(n)), other: names.filter((n) => !temporary.test(n)) };
}

describe('killing the writer at random moments', () => {
  it('leaves the stored document at the old or the new generation, whole and valid, with valid backups', async ({
    onTestFailed,
  }) => {
    const seed = chooseSeed();
    onTestFailed(() => console.error(`kill-writer (storage): seed ${seed}, repeat with CRASH_SEED=${seed}`));
    // About 0.6 MB: 14 municipalities with every catalogue item, the generation in every note.
    const base = largeExampleDocument(NOW, { municipalities: 14 });
    const temps = { document: new Set<string>(), backup: new Set<string>() };
    let midWrite = 0;

    const lanes = Array.from({ length: LANES }, (_, index): Lane => {
      const folder = tempFolder('digisos-crash-');
      openStorage(folder).save(generationDocument(base, 0));
      expect(fs.statSync(path.join(folder, DOCUMENT_FILE)).size).toBeGreaterThan(500_000);
      const backups = path.join(folder, BACKUP_FOLDER);
      const checkedBackups = new Map<string, number>();
      return {
        mode: 'storage',
        target: folder,
        watch: [folder, backups],
        writes: new RegExp(`^arbeidsomrade\\.json$|${DOCUMENT_TEMP.source}|${BACKUP_TEMP.source}`),
        check: (lastReported, start, kill) => {
          const where = `seed ${seed}, lane ${index}, kill ${kill}, last reported generation ${lastReported}`;
          const restored = restoreDocumentText(fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8'));
          if (restored.kind !== 'ok') expect.fail(`${where}: the stored document is ${JSON.stringify(restored)}`);
          const generation = generationOf(restored.document);
          const markers = [...new Set(generationMarkers(restored.document))];
          expect(generation, `${where}: a mix of generations ${markers.join(', ')}`).not.toBe(null);
          expect([lastReported, lastReported + 1], `${where}: found generation ${generation}`).toContain(generation);

          // Opened again, as the app would after the crash: nothing to recover, nothing set aside.
          const reopened = openStorage(folder);
          expect(reopened.notices, where).toEqual([]);
          expect(generationOf(reopened.document), where).toBe(generation);
          const top = listFolder(folder, (n) => n === DOCUMENT_FILE || n === BACKUP_FOLDER, DOCUMENT_TEMP);
          expect(top.other, `${where}: no *.skadet-* (set aside) or other file`).toEqual([]);
          const inBackups = listFolder(backups, (n) => BACKUP.test(n), BACKUP_TEMP);
          expect(inBackups.other, where).toEqual([]);

          // A kill between creating a temporary file and renaming it leaves that file behind:
          // the kill landed in the middle of a write. Nothing reads them, but nothing removes them
          // either (atomically's clean-up runs on exit, which a SIGKILL skips): they pile up.
          const before = temps.document.size + temps.backup.size;
          for (const name of top.temps) temps.document.add(`${index}/${name}`);
          for (const name of inBackups.temps) temps.backup.add(`${index}/${name}`);
          if (temps.document.size + temps.backup.size > before) midWrite += 1;

          // Every backup is one whole, valid generation, none newer than the document.
          const inBackup: number[] = [];
          for (const name of fs.readdirSync(backups).filter((n) => BACKUP.test(n))) {
            const stat = fs.statSync(path.join(backups, name));
            const key = `${name}:${stat.size}:${stat.mtimeMs}`;
            let backupGeneration = checkedBackups.get(key);
            if (backupGeneration === undefined) {
              const backup = restoreDocumentText(fs.readFileSync(path.join(backups, name), 'utf8'));
              if (backup.kind !== 'ok') expect.fail(`${where}: backup ${name} is ${JSON.stringify(backup)}`);
              const g = generationOf(backup.document);
              if (g === null) expect.fail(`${where}: backup ${name} mixes generations`);
              backupGeneration = g;
              checkedBackups.set(key, g);
            }
            inBackup.push(backupGeneration);
          }
          expect(Math.max(...inBackup), `${where}: backups hold ${inBackup.join(', ')}`).toBeLessThanOrEqual(
            generation!,
          );
          // A generation this writer reported complete has its backup (a kill may have cost the
          // backup of the generation it started from, or of the one it was writing).
          if (lastReported > start) expect(inBackup, `${where}: backups`).toContain(lastReported);
          return generation!;
        },
      };
    });

    const results = await Promise.all(lanes.map((lane, index) => runLane(lane, seededRandom(seed + index))));

    for (const { generations, promised } of results) expect(generations).toBeGreaterThanOrEqual(promised);
    // Not only idle processes were killed: some kills landed inside a write.
    expect(midWrite, `seed ${seed}: no kill landed between a temporary file and its rename`).toBeGreaterThan(0);
    if (process.env.CRASH_STATS) {
      console.warn(
        `storage: ${LANES * KILLS_PER_LANE} kills, ${results.map((r) => r.generations).join(' + ')} generations, ` +
          `${midWrite} kills mid-write (${temps.document.size} document, ${temps.backup.size} backup temporary files left)`,
      );
    }
  }, 60_000);

  it('leaves an exported file (writeFileAtomic) as exactly one complete version', async ({ onTestFailed }) => {
    const seed = chooseSeed();
    onTestFailed(() => console.error(`kill-writer (atomic): seed ${seed}, repeat with CRASH_SEED=${seed}`));
    const temps = new Set<string>();
    let midWrite = 0;

    const lanes = Array.from({ length: LANES }, (_, index): Lane => {
      const folder = tempFolder('digisos-crash-');
      const target = path.join(folder, 'eksport.pdf');
      writeFileAtomic(target, exportContent(0));
      return {
        mode: 'atomic',
        target,
        watch: [folder],
        writes: new RegExp(`^eksport\\.pdf$|${EXPORT_TEMP.source}`),
        check: (lastReported, _start, kill) => {
          const where = `seed ${seed}, lane ${index}, kill ${kill}, last reported version ${lastReported}`;
          const bytes = fs.readFileSync(target);
          const version = exportGeneration(bytes);
          if (version === null) expect.fail(`${where}: the file names no version`);
          expect([lastReported, lastReported + 1], `${where}: found version ${version}`).toContain(version);
          expect(bytes.equals(exportContent(version)), `${where}: version ${version} is not whole`).toBe(true);

          // Temporary files of killed writes stay behind (nothing cleans them up after a crash);
          // they are never the target, so that is untidy but safe.
          const listed = listFolder(folder, (n) => n === 'eksport.pdf', EXPORT_TEMP);
          expect(listed.other, where).toEqual([]);
          const before = temps.size;
          for (const name of listed.temps) temps.add(`${index}/${name}`);
          if (temps.size > before) midWrite += 1;
          return version;
        },
      };
    });

    const results = await Promise.all(lanes.map((lane, index) => runLane(lane, seededRandom(seed + index))));

    for (const { generations, promised } of results) expect(generations).toBeGreaterThanOrEqual(promised);
    expect(midWrite, `seed ${seed}: no kill landed between a temporary file and its rename`).toBeGreaterThan(0);
    if (process.env.CRASH_STATS) {
      console.warn(
        `atomic: ${LANES * KILLS_PER_LANE} kills, ${results.map((r) => r.generations).join(' + ')} versions, ` +
          `${midWrite} kills mid-write`,
      );
    }
  }, 60_000);
});
