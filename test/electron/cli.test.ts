import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../../electron/cli';
import { exampleDocument } from '../../shared/example/example-workspace';
import { restoreDocumentText } from '../../shared/schema/restore';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm run cli -- costs', () => {
  it('prints the breakdown with Norwegian amounts', () => {
    const result = runCli(['costs', '--inhabitants', '18500']);
    expect(result.code).toBe(0);
    const text = result.stdout.replace(/\u00a0/g, ' ');
    expect(text).toContain('18 500 innbyggere');
    expect(text).toMatch(/Tilknytningskostnad \(8,60 per innbygger\)\s+kr 159 100\s+inkl\. mva kr 198 875/);
    expect(text).toMatch(/Medlemskap i DigiFin \(kr 20 per innbygger\)\s+kr 370 000/);
  });

  it.each([
    [['--inhabitants', '6299'], { ore: 5_500_000, rule: 'fixed', boundaryCase: false }, 12_598_000],
    [['--inhabitants', '6300'], { ore: 5_500_000, rule: 'fixed', boundaryCase: true }, 12_600_000],
    [['--inhabitants', '6301'], { ore: 5_418_860, rule: 'per-inhabitant', boundaryCase: false }, 12_602_000],
    [['--inhabitants', '6301', '--digifin-member'], { ore: 5_418_860, rule: 'per-inhabitant', boundaryCase: false }, 0],
  ])('answers %j in JSON', (args, connectionFee, membership) => {
    const result = runCli(['costs', ...args, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.connectionFee).toMatchObject(connectionFee);
    expect(json.digifinMembership).toMatchObject({ ore: membership });
  });

  it('computes NAV’s share when told the inhabitants of all adopting municipalities', () => {
    const json = JSON.parse(
      runCli(['costs', '--inhabitants', '18500', '--adopting-inhabitants', '3400000', '--year', '2027', '--json'])
        .stdout,
    );
    expect(json.navOperations).toMatchObject({ ore: 1_850_000, chargeableQuarters: 4, year: 2027 });
  });

  it.each([
    [['costs'], /--inhabitants mangler/],
    [['costs', '--inhabitants'], /--inhabitants mangler en verdi/],
    [['costs', '--inhabitants', '-5'], /helt tall større enn null \(fikk «-5»\)/],
    [['costs', '--inhabitants', 'mange'], /helt tall større enn null \(fikk «mange»\)/],
    [['costs', '--inhabitants', '0'], /større enn null/],
    [['costs', '--inhabitants', '12,5'], /helt tall/],
    [['costs', '--inhabitants', '100', '--colour'], /Ukjent argument «--colour»/],
    [['costs', '--inhabitants', '100', '--year', '1999'], /Året må være mellom 2020 og 2100/],
    [['bake'], /Ukjent kommando «bake»/],
    [[], /Ingen kommando/],
  ])('refuses %j with exit code 2 and one Norwegian line', (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs as a real process: exit code 2 and no stack trace on bad input', () => {
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const bad = spawnSync(tsx, ['electron/cli.ts', 'costs', '--inhabitants', '-1'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('Feil: Innbyggertallet må være et helt tall større enn null (fikk «-1»).');
    const good = execFileSync(tsx, ['electron/cli.ts', 'costs', '--inhabitants', '950', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(good).connectionFee).toEqual({
      ore: 5_500_000,
      vatOre: 1_375_000,
      rule: 'fixed',
      boundaryCase: false,
      alternativeOre: null,
    });
  });
});

/** Runs the CLI in a fresh temp folder per describe block; files are real. */
function tempFolder(prefix: string): { dir: () => string } {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir };
}

function expectRefused(result: CliResult, message: RegExp, code = 2): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');
const isPdf = (file: string) => readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-';

describe('npm run cli -- example', () => {
  const temp = tempFolder('cli-example-');

  it('writes the example workspace as a valid workspace file', () => {
    const out = path.join(temp.dir(), 'eksempel.json');
    const result = runCli(['example', '--out', out]);
    expect(result).toEqual({
      code: 0,
      stdout: `Skrev eksempelarbeidsområdet (2 kommuner) til ${out}\n`,
      stderr: '',
    });
    const restored = restoreDocumentText(readFileSync(out, 'utf8'));
    expect(restored.kind).toBe('ok');
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(temp.dir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the large one with --large', () => {
    const out = path.join(temp.dir(), 'stor', 'eksempel.json');
    const result = runCli(['example', '--large', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('20 kommuner');
    const restored = restoreDocumentText(readFileSync(out, 'utf8'));
    expect(restored.kind === 'ok' && restored.document.workspace?.municipalities.length).toBe(20);
  });

  it('never overwrites an existing file', () => {
    const out = path.join(temp.dir(), 'mitt-arbeid.json');
    writeFileSync(out, 'mitt arbeid');
    expectRefused(runCli(['example', '--out', out]), /finnes allerede/);
    expect(readFileSync(out, 'utf8')).toBe('mitt arbeid');
  });

  it.each([
    [['example'], /--out mangler/],
    [['example', '--out'], /--out mangler en verdi/],
    [['example', '--out', 'x.json', '--huge'], /Ukjent argument «--huge»/],
  ])('refuses %j', (args, message) => {
    expectRefused(runCli(args), message);
  });
});

describe('npm run cli -- validate', () => {
  const temp = tempFolder('cli-validate-');
  const file = (name: string, content: string) => {
    const target = path.join(temp.dir(), name);
    writeFileSync(target, content);
    return target;
  };

  it('says how many municipalities a valid workspace has', () => {
    const good = file('good.json', JSON.stringify(exampleDocument(new Date())));
    const result = runCli(['validate', good]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('Gyldig arbeidsområde: 2 kommuner');
    expect(result.stdout).toContain('4699 Fjordvik kommune');
  });

  it('names what is wrong and where', () => {
    const document = exampleDocument(new Date());
    document.workspace!.municipalities[1]!.orgNumber = '123456789';
    const bad = file('bad.json', JSON.stringify(document));
    expectRefused(
      runCli(['validate', bad]),
      /ikke et gyldig arbeidsområde: workspace\.municipalities\[1 «Lisund kommune»\]\.orgNumber: Ugyldig organisasjonsnummer/,
    );
  });

  it('counts further problems without listing them', () => {
    const document = exampleDocument(new Date());
    document.workspace!.municipalities[0]!.number = '12';
    document.workspace!.municipalities[1]!.inhabitants = -1;
    expectRefused(runCli(['validate', file('two.json', JSON.stringify(document))]), /\(og 1 feil til\)/);
  });

  it('refuses a file from a newer version, saying so', () => {
    const newer = file('newer.json', JSON.stringify({ ...exampleDocument(new Date()), schemaVersion: 99 }));
    expectRefused(runCli(['validate', newer]), /nyere versjon av Digisos Klar \(skjemaversjon 99/);
  });

  it.each([
    ['not JSON', '{ "format": ', /Ikke gyldig JSON/],
    [
      'not ours',
      JSON.stringify({ hello: 'world' }),
      /ikke et gyldig arbeidsområde: format: Fila er ikke et Digisos Klar-dokument/,
    ],
  ])('refuses a file that is %s', (name, content, message) => {
    expectRefused(runCli(['validate', file(`${name}.json`, content)]), message);
  });

  it.each([
    [['validate'], /Oppgi fila/],
    [['validate', '/finnes/ikke.json'], /Finner ikke fila «\/finnes\/ikke\.json»/],
    [['validate', 'a.json', '--strict'], /Ukjent argument «--strict»/],
  ])('refuses %j', (args, message) => {
    expectRefused(runCli(args), message);
  });

  it('refuses a folder', () => {
    expectRefused(runCli(['validate', temp.dir()]), /er en mappe/);
  });
});

describe('npm run cli -- pdf', () => {
  const temp = tempFolder('cli-pdf-');
  let workspace = '';
  beforeAll(() => {
    workspace = path.join(temp.dir(), 'arbeidsomrade.json');
    expect(runCli(['example', '--out', workspace]).code).toBe(0);
  });
  const signer = ['--signer', 'Ola Hansen', '--title', 'Kommunedirektør', '--place', 'Fjordvik'];

  it('writes the KS terms for one municipality, signed and with the fee', () => {
    const out = path.join(temp.dir(), 'vilkar.pdf');
    const result = runCli([
      'pdf',
      'terms',
      '--workspace',
      workspace,
      '--municipality',
      '4699',
      '--out',
      out,
      ...signer,
      '--invoice-reference',
      '4711',
      '--date',
      '24.11.2026',
    ]);
    expect(result).toEqual({ code: 0, stdout: `Skrev ${out} (Fjordvik kommune)\n`, stderr: '' });
    expect(isPdf(out)).toBe(true);
    const text = squash(pdfText(out));
    expect(text).toContain('Fjordvik kommune');
    expect(text).toContain('kr 159 100');
    expect(text).toContain('Sted/dato Fjordvik, 24.11.2026');
    expect(text).toContain('Ola Hansen');
    expect(text).toContain('4711');
    expect(text).toContain('ref. 19/00689');
  });

  it('writes one file per municipality without --municipality', () => {
    const out = path.join(temp.dir(), 'alle', 'vilkar.pdf');
    const result = runCli(['pdf', 'terms', '--workspace', workspace, '--out', out, ...signer]);
    const expected = [
      path.join(temp.dir(), 'alle', 'vilkar-4699.pdf'),
      path.join(temp.dir(), 'alle', 'vilkar-4698.pdf'),
    ];
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Skrev ${expected[0]} (Fjordvik kommune)\nSkrev ${expected[1]} (Lisund kommune)\n`);
    for (const file of expected) expect(isPdf(file)).toBe(true);
    expect(squash(pdfText(expected[1]!))).toContain('kr 55 000');
    expect(existsSync(out)).toBe(false);
  });

  it.each(['status', 'dpia', 'ros'])('writes the %s report for every municipality', (kind) => {
    const out = path.join(temp.dir(), `${kind}.pdf`);
    const result = runCli(['pdf', kind, '--workspace', workspace, '--out', out]);
    expect(result.code).toBe(0);
    for (const number of ['4699', '4698']) expect(isPdf(path.join(temp.dir(), `${kind}-${number}.pdf`))).toBe(true);
    expect(pdfText(path.join(temp.dir(), `${kind}-4699.pdf`))).toContain('Fjordvik kommune');
  });

  it.each([
    [['pdf'], /Oppgi hvilken PDF/],
    [['pdf', 'budget'], /Ukjent PDF «budget»/],
    [['pdf', 'terms', '--out', 'x.pdf'], /--workspace mangler/],
    [['pdf', 'dpia', '--workspace', 'x.json'], /--out mangler/],
    [['pdf', 'dpia', '--workspace', 'x.json', '--out', 'x.docx'], /--out må slutte på \.pdf/],
    [['pdf', 'dpia', '--workspace', 'x.json', '--out', 'x.pdf', '--signer', 'Ola'], /Ukjent argument «--signer»/],
    [['pdf', 'dpia', '--workspace', '/finnes/ikke.json', '--out', 'x.pdf'], /Finner ikke fila/],
  ])('refuses %j', (args, message) => {
    expectRefused(runCli(args), message);
  });

  it('refuses terms without the signer, title or place', () => {
    const out = path.join(temp.dir(), 'mangler.pdf');
    expectRefused(runCli(['pdf', 'terms', '--workspace', workspace, '--out', out]), /--signer mangler/);
    expectRefused(
      runCli(['pdf', 'terms', '--workspace', workspace, '--out', out, '--signer', 'Ola', '--title', 'Rådmann']),
      /--place mangler/,
    );
    expectRefused(
      runCli(['pdf', 'terms', '--workspace', workspace, '--out', out, ...signer, '--date', '31.02.2026']),
      /--date må være en dato/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown municipality number and writes nothing', () => {
    const out = path.join(temp.dir(), 'ukjent.pdf');
    expectRefused(
      runCli(['pdf', 'ros', '--workspace', workspace, '--municipality', '9999', '--out', out]),
      /Ingen kommune med kommunenummer «9999» .*4699, 4698/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an invalid workspace file with the path of the problem', () => {
    const document = exampleDocument(new Date());
    document.workspace!.municipalities[0]!.inhabitants = 0;
    const bad = path.join(temp.dir(), 'ugyldig.json');
    writeFileSync(bad, JSON.stringify(document));
    expectRefused(
      runCli(['pdf', 'ros', '--workspace', bad, '--out', path.join(temp.dir(), 'x.pdf')]),
      /workspace\.municipalities\[0 «[^»]+»\]\.inhabitants/,
    );
  });

  it('runs as a real process: fonts found from the repository, no stack trace on bad input', () => {
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const out = path.join(temp.dir(), 'prosess.pdf');
    const good = spawnSync(
      tsx,
      [
        path.join(root, 'electron/cli.ts'),
        'pdf',
        'terms',
        '--workspace',
        workspace,
        '--municipality',
        '4698',
        '--out',
        out,
        ...signer,
      ],
      // Run from elsewhere: the fonts are found from the repository, not the working folder.
      { cwd: temp.dir(), encoding: 'utf8' },
    );
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(isPdf(out)).toBe(true);
    const bad = spawnSync(tsx, ['electron/cli.ts', 'validate', path.join(temp.dir(), 'nei.json')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(`Feil: Finner ikke fila «${path.join(temp.dir(), 'nei.json')}».`);
  });
});
