import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';

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
