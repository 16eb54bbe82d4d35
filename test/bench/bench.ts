/**
 * `npm run bench`: how fast the things a user waits for are, measured, not asserted.
 * Prints a table of medians over repeated runs on this machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openConfDocumentFile } from '../../electron/services/conf-document-file';
import { DOCUMENT_FILE, WorkspaceStorage } from '../../electron/services/workspace-storage';
import { restoreDocumentText } from '../../shared/schema/restore';
import { buildDashboard, NO_FILTERS } from '../../shared/domain/readiness';
import { CATALOGUE } from '../../shared/catalogue/checklist';
import { largeDocument } from './large-workspace';

const RUNS = 21;

interface Row {
  operation: string;
  median: number;
  min: number;
  max: number;
}

function measure(operation: string, fn: () => void): Row {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    operation,
    median: times[Math.floor(times.length / 2)] ?? NaN,
    min: times[0] ?? NaN,
    max: times.at(-1) ?? NaN,
  };
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-klar-bench-'));
try {
  const document = largeDocument(10, 500);
  const dashboardDocument = largeDocument(20, CATALOGUE.length);
  const open = () => WorkspaceStorage.open({ folder, openDocumentFile: openConfDocumentFile, appVersion: 'bench' });
  let storage = open();
  const rows: Row[] = [
    measure('save (atomic write + backup)', () => {
      storage.save(document);
    }),
    measure('load (open, parse, validate)', () => {
      storage = open();
    }),
    measure('validate only (parse + schema)', () => {
      restoreDocumentText(fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8'));
    }),
    measure('dashboard, 20 municipalities', () => {
      buildDashboard(dashboardDocument, '2026-11-23', NO_FILTERS, 'nb');
    }),
    measure('dashboard, 20 municipalities, search', () => {
      buildDashboard(dashboardDocument, '2026-11-23', { ...NO_FILTERS, search: 'avtale', status: 'open' }, 'nb');
    }),
  ];
  const size = fs.statSync(path.join(folder, DOCUMENT_FILE)).size;

  const fmt = (ms: number) => ms.toFixed(1).padStart(8);
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `\nDigisos Klar benchmark — save/load: 10 municipalities × 500 checklist entries (${(size / 1024).toFixed(0)} KiB on disk); dashboard: 20 municipalities × ${CATALOGUE.length} catalogue items; ${RUNS} runs each, Node ${process.version}, ${os.cpus().length} cores\n`,
  );
  print(`| ${'operation'.padEnd(32)} | median ms |   min ms |   max ms |`);
  print(`| ${'-'.repeat(32)} | --------: | -------: | -------: |`);
  for (const row of rows) {
    print(`| ${row.operation.padEnd(32)} | ${fmt(row.median)}  | ${fmt(row.min)} | ${fmt(row.max)} |`);
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
