/**
 * The headless command line: `npm run cli -- <command> …`. Plain Node, no Electron. Every
 * refusal is one Norwegian line on stderr and exit code 2; nothing here prints a stack trace.
 */
import { calculateCosts, formatKroner, formatUnitPrice, type CostBreakdown } from '../shared/domain/costs';
import { priceInfo } from '../shared/catalogue/prices';
import { formatInteger, parseWholeNumber } from '../shared/format/number';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class UsageError extends Error {}

const USAGE =
  'Bruk: npm run cli -- costs --inhabitants <antall> [--digifin-member] [--adopting-inhabitants <antall>] [--year <år>] [--json]';

/** Reads `--name value` and `--flag` arguments; refuses anything it does not know. */
function parseOptions(args: string[], valued: readonly string[], flags: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || (!valued.includes(name) && !flags.includes(name))) {
      throw new UsageError(`Ukjent argument «${arg}». ${USAGE}`);
    }
    if (flags.includes(name)) {
      options.set(name, 'true');
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} mangler en verdi. ${USAGE}`);
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

/** Runs one command line; returns what to print and the exit code instead of exiting, so tests can call it. */
export function runCli(args: string[]): CliResult {
  try {
    const [command, ...rest] = args;
    switch (command) {
      case 'costs':
        return costsCommand(rest);
      case undefined:
        throw new UsageError(`Ingen kommando. ${USAGE}`);
      default:
        throw new UsageError(`Ukjent kommando «${command}». ${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: `Feil: ${error.message}\n` };
    return { code: 1, stdout: '', stderr: `Uventet feil: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}

const isMain = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  const result = runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
