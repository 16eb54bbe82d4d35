/**
 * `npm run bench`: how fast the things a user waits for are, measured, not asserted.
 * Prints a table of medians over repeated runs on this machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOCUMENT_FILE, WorkspaceStorage } from '../../electron/services/workspace-storage';
import { restoreDocumentText } from '../../shared/schema/restore';
import { buildDashboard, NO_FILTERS } from '../../shared/domain/readiness';
import { CATALOGUE } from '../../shared/catalogue/checklist';
import { exampleDocument } from '../../shared/example/example-workspace';
import type { PdfFonts } from '../../shared/pdf/document';
import { statusReport, type StatusReportOptions } from '../../shared/pdf/status-report';
import type { StoredDocument } from '../../shared/schema/workspace';
import { BENCH_NOW, largeDocument, largeExampleDocument } from './large-workspace';
import { naiveStatusReport } from './naive-status-report';
import { writeFileAtomic } from '../../electron/services/atomic-file';
import { buildExport, readImportFile } from '../../electron/services/exchange';
import { applyItemChange, blankEntry, withEntry } from '../../shared/domain/checklist';
import { mergeWorkspaces } from '../../shared/exchange/merge';
import { exchangeEntry } from '../../shared/exchange/format';
import type { Workspace } from '../../shared/schema/workspace';

/** Every `step`-th catalogue item of every municipality changed by `by`: what a colleague does in a week. */
function edited(workspace: Workspace, by: string, offset: number, step: number, note: string): Workspace {
  const at = new Date(BENCH_NOW.getTime() + offset * 60_000);
  return {
    ...workspace,
    municipalities: workspace.municipalities.map((m) =>
      CATALOGUE.filter((_, i) => i % step === offset % step).reduce((acc, item) => {
        const current = acc.checklist.find((e) => e.itemId === item.id) ?? blankEntry(item.id, at);
        const changed = applyItemChange(current, { note }, { by, now: at });
        return changed.ok ? withEntry(acc, changed.entry) : acc;
      }, m),
    ),
  };
}

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

type Report = (document: StoredDocument, options: StatusReportOptions) => Uint8Array;

interface ReportCase {
  name: string;
  document: StoredDocument;
  municipalityId: string | 'all';
}

interface ReportResult {
  name: string;
  ours: Row;
  naive: Row;
  oursKib: number;
  naiveKib: number;
}

const FONT_DIR = path.resolve(import.meta.dirname, '..', '..', 'resources', 'fonts');
const fonts: PdfFonts = {
  regular: new Uint8Array(fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'))),
};

/** One report case, ours and the naive baseline (test/bench/naive-status-report.ts), in the same run. */
function measureReport(c: ReportCase): ReportResult {
  const options: StatusReportOptions = { fonts, createdAt: BENCH_NOW, municipalityId: c.municipalityId };
  const run = (label: string, report: Report) => {
    let bytes = 0;
    const row = measure(label, () => {
      bytes = report(c.document, options).length;
    });
    return { row, kib: bytes / 1024 };
  };
  const ours = run(`status report, ${c.name}`, statusReport);
  const naive = run(`naive report, ${c.name}`, naiveStatusReport);
  return { name: c.name, ours: ours.row, naive: naive.row, oursKib: ours.kib, naiveKib: naive.kib };
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-klar-bench-'));
try {
  const document = largeDocument(10, 500);
  const dashboardDocument = largeDocument(20, CATALOGUE.length);
  const open = () => WorkspaceStorage.open({ folder, appVersion: 'bench' });
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
  const example = exampleDocument(BENCH_NOW);
  const exampleFirst = example.workspace?.municipalities[0];
  if (!exampleFirst) throw new Error('The example workspace has no municipality.');
  const reports = [
    { name: `example, ${exampleFirst.name}`, document: example, municipalityId: exampleFirst.id },
    { name: 'example, all', document: example, municipalityId: 'all' },
    { name: 'large (20 mun.), all', document: largeExampleDocument(BENCH_NOW), municipalityId: 'all' },
  ].map(measureReport);
  for (const r of reports) rows.push(r.ours, r.naive);

  // Files between laptops, on the large example workspace (20 municipalities).
  const large = largeExampleDocument(BENCH_NOW).workspace!;
  const exportPath = path.join(folder, 'stor.digisos.json');
  const exportRow = measure('export large workspace (.digisos.json)', () => {
    const built = buildExport({
      dataFolder: folder,
      workspace: large,
      includeAttachments: true,
      exchange: exchangeEntry({ id: 'x', kind: 'export', at: BENCH_NOW.toISOString(), by: 'bench' }),
      appVersion: 'bench',
      now: BENCH_NOW,
    });
    writeFileAtomic(exportPath, built.text);
  });
  const importRow = measure('import large workspace (read, validate, check)', () => {
    if (readImportFile(exportPath).kind !== 'ok') throw new Error('the exported file did not import');
  });
  // Mine: every 3rd item; theirs: every 3rd item shifted by one, and every 9th the same as mine (conflicts).
  const mine = edited(large, 'Kari', 0, 3, 'Min merknad');
  const theirs = edited(edited(large, 'Per', 1, 3, 'Deres merknad'), 'Per', 9, 9, 'Deres andre merknad');
  let conflicts = 0;
  const mergeRow = measure('merge large workspace (with base)', () => {
    conflicts = mergeWorkspaces(mine, theirs, large).conflicts.length;
  });
  mergeRow.operation += ` — ${conflicts} conflicts`;
  rows.push(exportRow, importRow, mergeRow);
  const exportKib = fs.statSync(exportPath).size / 1024;
  const size = fs.statSync(path.join(folder, DOCUMENT_FILE)).size;

  const fmt = (ms: number) => ms.toFixed(1).padStart(8);
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `\nDigisos Klar benchmark — save/load: 10 municipalities × 500 checklist entries (${(size / 1024).toFixed(0)} KiB on disk); dashboard: 20 municipalities × ${CATALOGUE.length} catalogue items; status reports: the example workspace and the large one (20 municipalities × ${CATALOGUE.length} items, 5 risks each); export/import/merge: the large one (${exportKib.toFixed(0)} KiB file); ${RUNS} runs each, Node ${process.version}, ${os.cpus().length} cores\n`,
  );
  const w = Math.max(...rows.map((row) => row.operation.length));
  print(`| ${'operation'.padEnd(w)} | median ms |   min ms |   max ms |`);
  print(`| ${'-'.repeat(w)} | --------: | -------: | -------: |`);
  for (const row of rows) {
    print(`| ${row.operation.padEnd(w)} | ${fmt(row.median)}  | ${fmt(row.min)} | ${fmt(row.max)} |`);
  }

  const rw = Math.max(...reports.map((r) => r.name.length), 'status report'.length);
  const kib = (n: number) => n.toFixed(0).padStart(9);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`.padStart(9);
  print(
    `\nStatus report vs. the naive baseline (plain jsPDF + one autoTable per section, same DejaVu TTFs, same rows); median ms, file size in KiB\n`,
  );
  print(`| ${'status report'.padEnd(rw)} |   ours ms |  naive ms | ours/naive |  ours KiB | naive KiB | ours/naive |`);
  print(`| ${'-'.repeat(rw)} | --------: | --------: | ---------: | --------: | --------: | ---------: |`);
  for (const r of reports) {
    print(
      `| ${r.name.padEnd(rw)} | ${fmt(r.ours.median)}  | ${fmt(r.naive.median)}  | ${ratio(r.ours.median, r.naive.median)}  | ${kib(r.oursKib)} | ${kib(r.naiveKib)} | ${ratio(r.oursKib, r.naiveKib)}  |`,
    );
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
