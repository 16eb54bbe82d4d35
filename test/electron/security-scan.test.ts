/**
 * The security scan: @doyensec/electronegativity over the app's own sources, failing on any
 * finding that docs/security.md does not explain, and on any explanation there that no longer
 * matches a finding.
 *
 * What is scanned: a copy of electron/, renderer/ (with index.html and its CSP), shared/ and
 * package.json (from which the scanner reads the Electron version). The sources, not out/:
 * the findings then name the file and line a person edits, the suite does not depend on a
 * fresh build, and out/main is the same code bundled (electronegativity never reads
 * node_modules, in either form). The scanner parses TypeScript with Babel's parser; a file it
 * cannot parse fails the test rather than being skipped silently.
 *
 * Offline: the scanner asks the network for translations (i18n) and for Electron's release
 * list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK). It runs in a child Node process in which the
 * `got` HTTP client refuses at once, and the release check is excluded; docs/security.md says
 * how a current Electron is ensured instead.
 *
 * The link to the docs: the section "Scan findings kept" of docs/security.md holds a table
 * | Check | File | Line contains | Why it is kept |. A finding is explained by a row with its
 * check id and file whose "Line contains" text occurs in the finding's source line or its
 * sample (`*` for any line of the file). Line numbers are never used: they drift.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = path.join(ROOT, 'docs/security.md');
const SECTION = 'Scan findings kept';
/** What the scan copies, relative to the project root. */
const SCANNED = ['electron', 'renderer', 'shared', 'package.json'];
/** Needs Electron's release list from the network; see docs/security.md, item 16. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface Finding {
  id: string;
  /** Relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
  severity: string;
  confidence: string;
  manualReview: boolean;
  properties: Record<string, unknown> | null;
}

interface ParseError {
  file: string;
  message: string;
  tolerable: boolean;
}

interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: ParseError[];
  findings: Finding[];
}

interface Explanation {
  check: string;
  file: string;
  pattern: string;
  why: string;
  /** The row's line in docs/security.md, for messages. */
  docLine: number;
}

/**
 * Runs in a child `node -e`: makes `got` refuse (so nothing leaves the machine), runs the
 * scanner's programmatic API and writes its result as JSON to the file named in argv.
 */
const CHILD = `
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const refuse = () => Promise.reject(new Error('offline: the security scan makes no network requests'));
    return Object.assign(refuse, { get: refuse, head: refuse });
  }
  return load.call(this, request, ...rest);
};
const [input, output, excluded] = process.argv.slice(1);
const run = require(require.resolve('@doyensec/electronegativity', { paths: [process.cwd()] }));
run({ input, isRelative: true, excludeFromScan: JSON.parse(excluded) })
  .then((result) => {
    const findings = result.issues.map((i) => ({
      id: i.id,
      file: String(i.file),
      line: i.location ? i.location.line : 0,
      column: i.location ? i.location.column : 0,
      sample: typeof i.sample === 'string' ? i.sample : '',
      description: String(i.description),
      severity: i.severity.name,
      confidence: i.confidence.name,
      manualReview: Boolean(i.manualReview),
      properties: i.properties ?? null,
    }));
    require('node:fs').writeFileSync(output, JSON.stringify({
      globalChecks: result.globalChecks,
      atomicChecks: result.atomicChecks,
      errors: result.errors,
      findings,
    }));
  })
  .catch((error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  });
`;

const made: string[] = [];

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Scans a folder with electronegativity, offline, in a child process. */
function scan(input: string): ScanResult {
  const output = path.join(tempDir('digisos-klar-scan-out-'), 'result.json');
  execFileSync(process.execPath, ['-e', CHILD, input, output, JSON.stringify(EXCLUDED_CHECKS)], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'en-US' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  const result = JSON.parse(fs.readFileSync(output, 'utf8')) as ScanResult;
  for (const finding of result.findings) finding.file = finding.file.split(path.sep).join('/');
  return result;
}

/** Copies what is scanned into a fresh folder, so nothing else (tests, out/, docs) is read. */
function stageSources(): string {
  const stage = tempDir('digisos-klar-scan-');
  for (const entry of SCANNED) fs.cpSync(path.join(ROOT, entry), path.join(stage, entry), { recursive: true });
  return stage;
}

/** The text of a finding's line in the project's own copy of the file ('' for line 0 or N/A). */
function sourceLine(finding: Finding): string {
  const file = path.join(ROOT, finding.file);
  if (finding.line < 1 || !fs.existsSync(file)) return '';
  return fs.readFileSync(file, 'utf8').split('\n')[finding.line - 1]?.trim() ?? '';
}

function cell(text: string): string {
  const trimmed = text.trim().replace(/\\\|/g, '|');
  return /^`[^`]*`$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/** The rows of the table in docs/security.md's section "Scan findings kept". */
function readExplanations(markdown: string): Explanation[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${SECTION}`);
  if (start < 0) throw new Error(`docs/security.md has no section "## ${SECTION}"`);
  const rows: Explanation[] = [];
  let header: string[] | null = null;
  for (let i = start + 1; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (/^##?\s/.test(line)) break;
    if (!line.startsWith('|')) continue;
    const cells = line
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map(cell);
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const [check = '', file = '', pattern = '', why = ''] = cells;
    rows.push({ check, file, pattern, why, docLine: i + 1 });
  }
  if (!header) throw new Error(`The section "## ${SECTION}" of docs/security.md has no table`);
  expect(header, 'the columns of the findings table').toEqual(['Check', 'File', 'Line contains', 'Why it is kept']);
  return rows;
}

function explains(explanation: Explanation, finding: Finding, line: string): boolean {
  if (explanation.check !== finding.id || explanation.file !== finding.file) return false;
  return (
    explanation.pattern === '*' || finding.sample.includes(explanation.pattern) || line.includes(explanation.pattern)
  );
}

function describeFinding(f: Finding, line: string): string {
  const where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file;
  return `${f.id} at ${where} [${f.severity}/${f.confidence}] ${f.description}\n    line: ${line || '(none)'}${
    f.sample && f.sample !== line ? `\n    sample: ${f.sample}` : ''
  }`;
}

function unexplained(findings: Finding[], explanations: Explanation[]): Finding[] {
  return findings.filter((f) => !explanations.some((e) => explains(e, f, sourceLine(f))));
}

let result: ScanResult;
let explanations: Explanation[];
let elapsed = 0;

beforeAll(() => {
  const started = performance.now();
  result = scan(stageSources());
  elapsed = performance.now() - started;
  explanations = readExplanations(fs.readFileSync(DOCS, 'utf8'));
}, 60_000);

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the security scan (electronegativity) of the sources', () => {
  it('runs offline over every source file, and the scanner parses them all', () => {
    console.warn(
      `electronegativity: ${result.findings.length} findings from ${result.globalChecks} global and ` +
        `${result.atomicChecks} atomic checks in ${Math.round(elapsed)} ms; ${explanations.length} explained in docs/security.md`,
    );
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.globalChecks).toBeGreaterThan(3);
    // A file the scanner could not parse was not scanned: that is a failure, not a pass.
    expect(result.errors, 'files electronegativity could not parse').toEqual([]);
    // The checks that depend on the Electron version saw the one the app is built with.
    const version = result.findings.find((f) => f.id === 'ELECTRON_VERSION_JSON_CHECK')?.properties?.versionNumber;
    expect(version).toBe(declaredElectron().replace(/^[\^~]/, ''));
  });

  it('finds nothing that docs/security.md does not explain', () => {
    const missing = unexplained(result.findings, explanations);
    expect(
      missing.map((f) => describeFinding(f, sourceLine(f))),
      `Fix these, or explain each in docs/security.md, section "${SECTION}" (check id, file, a text from the line, why it is acceptable)`,
    ).toEqual([]);
  });

  it('has no explanation in docs/security.md that no longer matches a finding', () => {
    const stale = explanations.filter((e) => !result.findings.some((f) => explains(e, f, sourceLine(f))));
    expect(
      stale.map((e) => `docs/security.md:${e.docLine}: ${e.check} in ${e.file}, line containing "${e.pattern}"`),
      'These explanations match no finding any more: remove them (or fix the line text they look for)',
    ).toEqual([]);
  });

  it('explains every kept finding in words, once per check, file and line text', () => {
    for (const e of explanations) {
      expect(e.check, `docs/security.md:${e.docLine}`).toMatch(/^[A-Z_]+_CHECK$/);
      expect(e.pattern, `docs/security.md:${e.docLine}`).not.toBe('');
      expect(e.why.length, `docs/security.md:${e.docLine}: say why it is kept`).toBeGreaterThan(40);
    }
    const keys = explanations.map((e) => `${e.check} ${e.file} ${e.pattern}`);
    expect(new Set(keys).size, 'duplicate rows').toBe(keys.length);
  });

  it('sends, as the response header it cannot read, the very policy it evaluated in the meta tag', () => {
    // The scanner sees `[CONTENT_SECURITY_POLICY]` in main.ts and cannot resolve the constant
    // (CSP_GLOBAL_CHECK "Failed to parse CSP"); docs/security.md keeps that finding because the
    // header is the same policy as renderer/index.html's meta tag, which it does evaluate.
    const html = fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = /"(default-src [^"]+)"/.exec(fs.readFileSync(path.join(ROOT, 'electron/main.ts'), 'utf8'))?.[1];
    expect(meta).toBeDefined();
    expect(header).toBe(meta);
    const evaluated = result.findings.filter((f) => f.id === 'CSP_GLOBAL_CHECK' && f.file === 'renderer/index.html');
    expect(evaluated.map((f) => f.sample)).toEqual([meta]);
  });
});

describe('the gate can fail', () => {
  it('finds an insecure window written in TypeScript, and the docs do not explain it', () => {
    const canary = tempDir('digisos-klar-scan-canary-');
    fs.writeFileSync(
      path.join(canary, 'package.json'),
      JSON.stringify({ name: 'canary', devDependencies: { electron: declaredElectron() } }),
    );
    fs.mkdirSync(path.join(canary, 'electron'));
    fs.writeFileSync(
      path.join(canary, 'electron/main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'interface Options { width: number }',
        'const size = { width: 800 } satisfies Options;',
        'export function open(url: string): BrowserWindow {',
        '  const window = new BrowserWindow({',
        '    ...size,',
        '    webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false },',
        '  });',
        '  void window.loadURL(url);',
        '  return window;',
        '}',
        '',
      ].join('\n'),
    );
    const found = scan(canary);
    expect(found.errors).toEqual([]);
    const ids = found.findings.filter((f) => f.file === 'electron/main.ts').map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK']),
    );
    // Named like the real electron/main.ts: only check id and line text keep the docs' rows off these.
    const canaryFindings = found.findings.filter((f) => f.file === 'electron/main.ts');
    const stillUnexplained = canaryFindings.filter(
      (f) => !explanations.some((e) => explains(e, f, canaryLine(canary, f))),
    );
    expect(stillUnexplained.map((f) => f.id)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK']),
    );
  }, 60_000);
});

/** The Electron version range in package.json's devDependencies. */
function declaredElectron(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const range = pkg.devDependencies.electron;
  if (!range) throw new Error('package.json declares no electron devDependency');
  return range;
}

function canaryLine(folder: string, finding: Finding): string {
  const text = fs.readFileSync(path.join(folder, finding.file), 'utf8');
  return text.split('\n')[finding.line - 1]?.trim() ?? '';
}
