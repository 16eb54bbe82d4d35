/**
 * The headless command line: `npm run cli -- <command> …`. Plain Node, no Electron. Every
 * refusal is one Norwegian line on stderr and exit code 2; nothing here prints a stack trace.
 *
 *   costs     the cost breakdown for a number of inhabitants
 *   example   writes the example workspace (or the large one) as a workspace file
 *   validate  checks a workspace file the way the app does when it opens one
 *   pdf       the KS terms, the DPIA or the ROS analysis as PDF, for one municipality or all
 *   schema    prints the JSON Schema of the exchange file (docs/file-format.schema.json)
 *   merge     merges two copies of one workspace; lists the conflicts and exits 3 if there are any
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { calculateCosts, formatKroner, formatUnitPrice, type CostBreakdown } from '../shared/domain/costs';
import { priceInfo } from '../shared/catalogue/prices';
import { exampleDocument, largeExampleDocument } from '../shared/example/example-workspace';
import { isIsoDate, parseNorwegianDate, toIsoDate } from '../shared/format/date';
import { formatInteger, parseWholeNumber } from '../shared/format/number';
import { dpiaReport, rosReport } from '../shared/pdf/assessment-reports';
import { statusReport } from '../shared/pdf/status-report';
import type { PdfFonts } from '../shared/pdf/document';
import { termsDocument } from '../shared/pdf/terms';
import { restoreDocumentText, type DocumentIssue } from '../shared/schema/restore';
import {
  emptyDocument,
  SCHEMA_VERSION,
  type Municipality,
  type StoredDocument,
  type Workspace,
} from '../shared/schema/workspace';
import {
  EXPORT_FORMAT,
  exchangeEntry,
  exportJsonSchema,
  exportText,
  knownExchanges,
  readImportText,
  type Incoming,
} from '../shared/exchange/format';
import { mergeWorkspaces, type Conflict } from '../shared/exchange/merge';
import { writeFileAtomic } from './services/atomic-file';
import { fontsFolder, readFonts } from './services/fonts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Bad input: exit code 2. */
class UsageError extends Error {}
/** The input was right but a file could not be read or written: exit code 1, still one line. */
class FileError extends Error {}

const USAGE =
  'Bruk: npm run cli -- costs --inhabitants <antall> [--digifin-member] [--adopting-inhabitants <antall>] [--year <år>] [--json]';
const EXAMPLE_USAGE = 'Bruk: npm run cli -- example [--large] --out <fil.json>';
const VALIDATE_USAGE = 'Bruk: npm run cli -- validate <fil.json | fil.digisos.json>';
const PDF_USAGE =
  'Bruk: npm run cli -- pdf <terms|status|dpia|ros> --workspace <fil.json> [--municipality <kommunenummer>] --out <fil.pdf>; ' +
  'for terms også --signer "<navn>" --title "<tittel>" --place <sted> [--invoice-reference <ressursnr.>] [--date <dd.mm.åååå>]';
const COMMANDS_USAGE = 'Kommandoer: costs, example, validate, pdf, merge, schema (npm run cli -- <kommando>).';

/** The repository root: the fonts are read from resources/fonts beneath it. */
const ROOT = path.resolve(import.meta.dirname, '..');

/** Reads `--name value` and `--flag` arguments; refuses anything it does not know. */
function parseOptions(
  args: string[],
  valued: readonly string[],
  flags: readonly string[],
  usage = USAGE,
): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || (!valued.includes(name) && !flags.includes(name))) {
      throw new UsageError(`Ukjent argument «${arg}». ${usage}`);
    }
    if (flags.includes(name)) {
      options.set(name, 'true');
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} mangler en verdi. ${usage}`);
    options.set(name, value);
    i += 1;
  }
  return options;
}

function positiveWhole(name: string, value: string | undefined, what: string): number {
  if (value === undefined) throw new UsageError(`--${name} mangler: oppgi ${what}. ${USAGE}`);
  const parsed = parseWholeNumber(value);
  if (!parsed.ok || parsed.value === 0) {
    throw new UsageError(
      `${what[0]?.toUpperCase()}${what.slice(1)} må være et helt tall større enn null (fikk «${value}»).`,
    );
  }
  if (parsed.value > 10_000_000)
    throw new UsageError(`${what[0]?.toUpperCase()}${what.slice(1)} er urimelig stort (fikk «${value}»).`);
  return parsed.value;
}

const FLAG_TEXT: Record<CostBreakdown['flags'][number], string> = {
  boundaryCase:
    'Nøyaktig 6 300 innbyggere dekkes verken av «under» eller «over» i kildene; beregnet med det høyeste beløpet. Avklar med KS.',
  noDenominator:
    'NAVs andel kan ikke beregnes uten innbyggertallet i alle kommuner som bruker løsningen (--adopting-inhabitants).',
  noUsageStart: 'Kvartalene i bruk er ukjent; NAVs andel for året er satt til null kvartaler.',
  vatReserved: 'Håndboken skriver «+ mva» på tilknytningskostnaden; vilkårene tar forbehold om merverdiavgift.',
  spreadDiscrepancy:
    'Avgiften bygger på 67 % utbredelse innen 31.12.2021 (vilkårene) eller 70 % innen 2022 (håndboken).',
  firstHalf2020Free: '1. og 2. kvartal 2020 faktureres ikke.',
  inhabitantsNot2020: 'NAV bruker innbyggertall fra SSB per 1. januar 2020.',
};

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function costsText(costs: CostBreakdown): string {
  const rows: [string, number, number | null][] = [];
  const fee = costs.connectionFee;
  const feeRule =
    fee.rule === 'fixed'
      ? 'fast beløp'
      : `${formatUnitPrice(priceInfo('connectionFeePerInhabitant').ore)} per innbygger`;
  rows.push([`Tilknytningskostnad (${feeRule})`, fee.ore, fee.ore + fee.vatOre]);
  rows.push([
    costs.digifinMembership.alreadyMember
      ? 'Medlemskap i DigiFin (allerede medlem)'
      : 'Medlemskap i DigiFin (kr 20 per innbygger)',
    costs.digifinMembership.ore,
    null,
  ]);
  const lines = [
    `Kostnader for en kommune med ${plain(formatInteger(costs.inhabitants))} innbyggere (kildenes priser, i kroner)`,
    '',
    'Engangskostnader',
  ];
  const money = (ore: number | null) => (ore === null ? '–' : plain(formatKroner(ore)));
  for (const [label, ex, inc] of rows)
    lines.push(`  ${label.padEnd(52)} ${money(ex).padStart(16)}  ${inc === null ? '' : `inkl. mva ${money(inc)}`}`);
  lines.push(
    `  ${'Sum engangskostnader'.padEnd(52)} ${money(costs.oneTime.exVat).padStart(16)}  inkl. mva ${money(costs.oneTime.incVat)}`,
  );
  lines.push('', `Årlige kostnader (${costs.navOperations.year})`);
  lines.push(
    `  ${`NAVs drift og forvaltning (${costs.navOperations.chargeableQuarters} kvartaler)`.padEnd(52)} ${money(costs.navOperations.ore).padStart(16)}`,
  );
  lines.push(`  ${'KS: SvarUt, innsyn og dokumentlager'.padEnd(52)} ${money(costs.ksRunning.ore).padStart(16)}`);
  lines.push(`  ${'Sum årlige kostnader'.padEnd(52)} ${money(costs.yearly.exVat).padStart(16)}`);
  lines.push('', 'Merk:');
  for (const flag of costs.flags) lines.push(`  – ${FLAG_TEXT[flag]}`);
  return lines.join('\n');
}

function costsCommand(args: string[]): CliResult {
  const options = parseOptions(args, ['inhabitants', 'adopting-inhabitants', 'year'], ['digifin-member', 'json']);
  const inhabitants = positiveWhole('inhabitants', options.get('inhabitants'), 'innbyggertallet');
  const adopting = options.has('adopting-inhabitants')
    ? positiveWhole('adopting-inhabitants', options.get('adopting-inhabitants'), 'innbyggertallet i alle kommunene')
    : null;
  const yearText = options.get('year');
  const year = yearText === undefined ? new Date().getFullYear() : Number(yearText);
  if (!Number.isInteger(year) || year < 2020 || year > 2100)
    throw new UsageError(`Året må være mellom 2020 og 2100 (fikk «${yearText ?? ''}»).`);
  const costs = calculateCosts(
    inhabitants,
    {
      digifinMember: options.has('digifin-member'),
      usageStart: { year, quarter: 1 },
      shipmentsPerMonth: 0,
      indexedDocumentsPerMonth: 0,
      storageGb: 0,
      vendorUpgradeOre: 0,
    },
    { prices: [], adoptingInhabitants: adopting, year },
  );
  if (options.has('json')) return { code: 0, stdout: `${JSON.stringify(costs, null, 2)}\n`, stderr: '' };
  return { code: 0, stdout: `${costsText(costs)}\n`, stderr: '' };
}

const kommuner = (n: number) => `${formatInteger(n).replace(/\u00a0/g, ' ')} ${n === 1 ? 'kommune' : 'kommuner'}`;

/** One line, whatever a message carries. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function required(options: Map<string, string>, name: string, what: string, usage: string): string {
  const value = options.get(name)?.trim();
  if (value === undefined || value === '') throw new UsageError(`--${name} mangler: oppgi ${what}. ${usage}`);
  return value;
}

/** The first argument when it is not an option: `validate <fil>`, `pdf terms`. */
function positional(args: string[]): [string | undefined, string[]] {
  const [first, ...rest] = args;
  if (first === undefined || first.startsWith('--')) return [undefined, args];
  return [first, rest];
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new UsageError(`Finner ikke fila «${file}».`);
    if (code === 'EISDIR') throw new UsageError(`«${file}» er en mappe, ikke en fil.`);
    if (code === 'EACCES' || code === 'EPERM') throw new FileError(`Har ikke tilgang til å lese «${file}».`);
    throw new FileError(`Kunne ikke lese «${file}»${code === '' ? '' : ` (${code})`}.`);
  }
}

function write(file: string, data: string | Uint8Array): void {
  try {
    writeFileAtomic(file, data);
  } catch (error) {
    const code = errorCode(error);
    const why =
      code === 'ENOSPC'
        ? 'disken er full'
        : code === 'EACCES' || code === 'EPERM'
          ? 'ingen tilgang'
          : code === 'EISDIR'
            ? 'det er en mappe'
            : code === 'ENOTDIR'
              ? 'en del av stien er ikke en mappe'
              : code || 'ukjent feil';
    throw new FileError(`Kunne ikke skrive «${file}»: ${why}.`);
  }
}

function describeIssues(issues: readonly DocumentIssue[]): string {
  const [first] = issues;
  if (first === undefined) return 'ukjent feil';
  const where = first.path === '' ? '' : `${first.path}: `;
  const more = issues.length > 1 ? ` (og ${issues.length - 1} feil til)` : '';
  return oneLine(`${where}${first.message}${more}`);
}

/**
 * Reads and checks a workspace file as the app does: a data file (restore: JSON → format →
 * version → migrations → schema) or an exchange file (`.digisos.json`, as an import reads it).
 */
function readDocument(file: string): {
  document: StoredDocument;
  migratedFrom: number | null;
  incoming: Incoming | null;
} {
  const text = readText(file);
  if (!text.includes(EXPORT_FORMAT)) {
    const result = restoreDocumentText(text);
    if (result.kind === 'ok') return { document: result.document, migratedFrom: result.migratedFrom, incoming: null };
    if (result.kind === 'newer') throw newerVersion(file, result.version);
    throw new UsageError(`«${file}» er ikke et gyldig arbeidsområde: ${describeIssues(result.issues)}.`);
  }
  const read = readImportText(text);
  if (read.kind === 'refused') {
    if (read.reason === 'newer') throw newerVersion(file, read.version ?? 0);
    throw new UsageError(`«${file}» er ikke et gyldig arbeidsområde: ${describeIssues(read.issues)}.`);
  }
  const { incoming } = read;
  const document: StoredDocument = {
    ...emptyDocument(incoming.appVersion, new Date(incoming.exportedAt ?? Date.now())),
    settings: { userName: incoming.exportedBy, language: 'nb' },
    workspace: incoming.workspace,
  };
  return { document, migratedFrom: incoming.migratedFrom, incoming };
}

function newerVersion(file: string, version: number): UsageError {
  return new UsageError(
    `«${file}» er lagret av en nyere versjon av Digisos Klar (skjemaversjon ${version}; denne versjonen leser til og med ${SCHEMA_VERSION}). Oppdater Digisos Klar.`,
  );
}

const MERGE_USAGE = 'Bruk: npm run cli -- merge <min-fil> <deres-fil> --out <fil.digisos.json>';

/** One line per conflict: where, and both sides. */
function conflictLine(conflict: Conflict): string {
  const where = conflict.path.map((s) => (typeof s === 'string' ? s : `«${s.label || s.id}»`)).join(' › ');
  const show = (side: Conflict['mine']) =>
    side.present ? (typeof side.value === 'string' ? `«${side.value}»` : JSON.stringify(side.value)) : '(slettet)';
  const field = conflict.field ?? '(hele posten)';
  return oneLine(`${where} › ${field}: min ${show(conflict.mine)}, deres ${show(conflict.theirs)}`);
}

/**
 * Merges two copies of the same workspace the way the app does. With conflicts it lists them
 * and exits 3, writing nothing; without, it writes the merged workspace as an exchange file.
 */
function mergeCommand(args: string[]): CliResult {
  const [mineFile, afterMine] = positional(args);
  const [theirsFile, rest] = positional(afterMine);
  const options = parseOptions(rest, ['out'], [], MERGE_USAGE);
  if (mineFile === undefined || theirsFile === undefined) throw new UsageError(`Oppgi to filer. ${MERGE_USAGE}`);
  const out = required(options, 'out', 'fila det sammenslåtte arbeidsområdet skal skrives til', MERGE_USAGE);
  if (fs.existsSync(out)) throw new UsageError(`«${out}» finnes allerede; velg et annet filnavn.`);
  const mine = readDocument(mineFile);
  const theirs = readDocument(theirsFile);
  const mineWorkspace = mine.document.workspace;
  const theirsWorkspace = theirs.document.workspace;
  if (!mineWorkspace || !theirsWorkspace) throw new UsageError('Begge filene må inneholde et arbeidsområde.');
  if (mineWorkspace.id !== theirsWorkspace.id) {
    throw new UsageError(
      `Filene er ikke kopier av samme arbeidsområde («${mineWorkspace.name}» og «${theirsWorkspace.name}»); de kan ikke slås sammen.`,
    );
  }
  // The common starting point: the one either file carries that the other side took part in.
  const base =
    [theirs.incoming?.base, mine.incoming?.base].find(
      (b, i) => b && knownExchanges(i === 0 ? mineWorkspace : theirsWorkspace).has(b.exchangeId),
    ) ?? null;
  const result = mergeWorkspaces(mineWorkspace, theirsWorkspace, base?.workspace ?? null);
  const startingPoint = base ? 'med felles utgangspunkt' : 'uten kjent felles utgangspunkt';
  if (result.conflicts.length > 0) {
    return {
      code: 3,
      stdout: [
        `${result.conflicts.length} konflikt${result.conflicts.length === 1 ? '' : 'er'} (${startingPoint}); ingenting er skrevet. Slå sammen i appen for å velge side for hver:`,
        ...result.conflicts.map((c) => `  ${conflictLine(c)}`),
        '',
      ].join('\n'),
      stderr: '',
    };
  }
  const now = new Date();
  const exchangeId = randomUUID();
  const merged: Workspace = {
    ...result.merged,
    exchanges: [
      ...result.merged.exchanges,
      exchangeEntry({
        id: exchangeId,
        kind: 'merge',
        at: now.toISOString(),
        by: 'kommandolinje',
        fileExchangeId: theirs.incoming?.exchangeId ?? null,
        fileName: path.basename(theirsFile),
        taken: result.taken.length,
      }),
    ],
  };
  const files = new Map(
    [...(mine.incoming?.attachments.files ?? []), ...(theirs.incoming?.attachments.files ?? [])].map((f) => [
      f.sha256,
      f,
    ]),
  );
  const used = new Set(merged.attachments.map((a) => a.sha256));
  write(
    out,
    exportText({
      workspace: merged,
      base: null,
      exchangeId,
      appVersion: mine.document.appVersion,
      exportedAt: now,
      exportedBy: 'kommandolinje',
      attachments: {
        mode: files.size > 0 ? 'embedded' : 'omitted',
        files: [...files.values()].filter((f) => used.has(f.sha256)),
      },
    }),
  );
  return {
    code: 0,
    stdout: `Slo sammen uten konflikter (${startingPoint}): ${result.taken.length} endring${result.taken.length === 1 ? '' : 'er'} tatt fra «${path.basename(theirsFile)}». Skrev ${out}\n`,
    stderr: '',
  };
}

function exampleCommand(args: string[]): CliResult {
  const options = parseOptions(args, ['out'], ['large'], EXAMPLE_USAGE);
  const out = required(options, 'out', 'fila eksempelet skal skrives til', EXAMPLE_USAGE);
  // An example never takes the place of someone's work.
  if (fs.existsSync(out)) throw new UsageError(`«${out}» finnes allerede; velg et annet filnavn.`);
  const now = new Date();
  const document = options.has('large') ? largeExampleDocument(now) : exampleDocument(now);
  write(out, `${JSON.stringify(document, null, 2)}\n`);
  const count = document.workspace?.municipalities.length ?? 0;
  return {
    code: 0,
    stdout: `Skrev ${options.has('large') ? 'det store eksempelarbeidsområdet' : 'eksempelarbeidsområdet'} (${kommuner(count)}) til ${out}\n`,
    stderr: '',
  };
}

function validateCommand(args: string[]): CliResult {
  const [file, rest] = positional(args);
  parseOptions(rest, [], [], VALIDATE_USAGE);
  if (file === undefined) throw new UsageError(`Oppgi fila som skal kontrolleres. ${VALIDATE_USAGE}`);
  const { document, migratedFrom } = readDocument(file);
  const migrated =
    migratedFrom === null
      ? ''
      : ` (skjemaversjon ${migratedFrom}; appen oppgraderer den til ${SCHEMA_VERSION} ved åpning)`;
  if (document.workspace === null) {
    return { code: 0, stdout: `Gyldig dokument uten arbeidsområde: ${kommuner(0)}${migrated}\n`, stderr: '' };
  }
  const list = document.workspace.municipalities.map((m) => `  ${m.number} ${m.name}`);
  return {
    code: 0,
    stdout: [
      `Gyldig arbeidsområde: ${kommuner(document.workspace.municipalities.length)}${migrated}`,
      ...list,
      '',
    ].join('\n'),
    stderr: '',
  };
}

const PDF_KINDS = ['terms', 'status', 'dpia', 'ros'] as const;
type PdfKind = (typeof PDF_KINDS)[number];
const TERMS_OPTIONS = ['signer', 'title', 'place', 'invoice-reference', 'date'];

function loadFonts(): PdfFonts {
  const dir = fontsFolder(ROOT);
  try {
    return readFonts(dir);
  } catch {
    throw new FileError(`Finner ikke skriftene i ${dir}.`);
  }
}

function signingDate(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (isIsoDate(value)) return value;
  const parsed = parseNorwegianDate(value);
  if (!parsed.ok) throw new UsageError(`--date må være en dato som dd.mm.åååå (fikk «${value}»).`);
  return parsed.iso;
}

/** Where one municipality's PDF goes when all are written: `vilkar.pdf` → `vilkar-4601.pdf`. */
function outFor(out: string, m: Municipality): string {
  return `${out.slice(0, -'.pdf'.length)}-${m.number}.pdf`;
}

function chosenMunicipalities(workspace: Workspace, number: string | undefined, file: string): Municipality[] {
  if (workspace.municipalities.length === 0) throw new UsageError(`Arbeidsområdet i «${file}» har ingen kommuner.`);
  if (number === undefined) return workspace.municipalities;
  const found = workspace.municipalities.find((m) => m.number === number.trim());
  if (found) return [found];
  const numbers = workspace.municipalities.map((m) => m.number);
  const shown = numbers.length > 10 ? `${numbers.slice(0, 10).join(', ')} …` : numbers.join(', ');
  throw new UsageError(`Ingen kommune med kommunenummer «${number}» i «${file}» (der finnes ${shown}).`);
}

function pdfCommand(args: string[]): CliResult {
  const [kindText, rest] = positional(args);
  if (kindText === undefined) throw new UsageError(`Oppgi hvilken PDF: terms, status, dpia eller ros. ${PDF_USAGE}`);
  if (!PDF_KINDS.includes(kindText as PdfKind))
    throw new UsageError(`Ukjent PDF «${kindText}»: velg terms, status, dpia eller ros. ${PDF_USAGE}`);
  const kind = kindText as PdfKind;
  const valued = ['workspace', 'municipality', 'out', ...(kind === 'terms' ? TERMS_OPTIONS : [])];
  const options = parseOptions(rest, valued, [], PDF_USAGE);
  const file = required(options, 'workspace', 'arbeidsområdefila', PDF_USAGE);
  const out = required(options, 'out', 'PDF-fila som skal skrives', PDF_USAGE);
  if (!/\.pdf$/i.test(out)) throw new UsageError(`--out må slutte på .pdf (fikk «${out}»).`);
  const createdAt = new Date();
  let terms: { signerName: string; signerTitle: string; place: string; invoiceReference: string; date: string } | null =
    null;
  if (kind === 'terms') {
    terms = {
      signerName: required(options, 'signer', 'navnet på den som signerer', PDF_USAGE),
      signerTitle: required(options, 'title', 'tittelen til den som signerer', PDF_USAGE),
      place: required(options, 'place', 'stedet det signeres', PDF_USAGE),
      invoiceReference: options.get('invoice-reference')?.trim() ?? '',
      date: signingDate(options.get('date'), toIsoDate(createdAt)),
    };
  }

  const { document } = readDocument(file);
  if (document.workspace === null) throw new UsageError(`«${file}» har ikke noe arbeidsområde.`);
  const chosen = chosenMunicipalities(document.workspace, options.get('municipality'), file);
  const fonts = loadFonts();
  const written: string[] = [];
  for (const m of chosen) {
    const bytes =
      terms !== null
        ? termsDocument(document, m.id, {
            fonts,
            createdAt,
            ...terms,
            signature: { kind: 'typed', text: terms.signerName },
          })
        : kind === 'status'
          ? statusReport(document, { fonts, createdAt, municipalityId: m.id })
          : (kind === 'dpia' ? dpiaReport : rosReport)(document, m.id, { fonts, createdAt });
    const target = options.has('municipality') ? out : outFor(out, m);
    write(target, bytes);
    written.push(`Skrev ${target} (${m.name})`);
  }
  return { code: 0, stdout: `${written.join('\n')}\n`, stderr: '' };
}

/** Runs one command line; returns what to print and the exit code instead of exiting, so tests can call it. */
export function runCli(args: string[]): CliResult {
  try {
    const [command, ...rest] = args;
    switch (command) {
      case 'costs':
        return costsCommand(rest);
      case 'example':
        return exampleCommand(rest);
      case 'validate':
        return validateCommand(rest);
      case 'pdf':
        return pdfCommand(rest);
      case 'merge':
        return mergeCommand(rest);
      case 'schema':
        if (rest.length > 0)
          throw new UsageError('Bruk: npm run cli -- schema (skriver JSON Schema for .digisos.json)');
        return { code: 0, stdout: `${JSON.stringify(exportJsonSchema(), null, 2)}\n`, stderr: '' };
      case undefined:
        throw new UsageError(`Ingen kommando. ${COMMANDS_USAGE} ${USAGE}`);
      default:
        throw new UsageError(`Ukjent kommando «${command}». ${COMMANDS_USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: `Feil: ${oneLine(error.message)}\n` };
    if (error instanceof FileError) return { code: 1, stdout: '', stderr: `Feil: ${oneLine(error.message)}\n` };
    return {
      code: 1,
      stdout: '',
      stderr: `Uventet feil: ${oneLine(error instanceof Error ? error.message : String(error))}\n`,
    };
  }
}

const isMain = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  const result = runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
