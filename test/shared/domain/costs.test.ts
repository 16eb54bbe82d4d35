import { describe, expect, it } from 'vitest';
import {
  calculateCosts,
  chargeableQuarters,
  divideRounded,
  formatKroner,
  formatUnitPrice,
  parseKroner,
  quarterOf,
  vatOf,
} from '../../../shared/domain/costs';
import type { CostInputs, PriceOverride } from '../../../shared/schema/workspace';

const NONE: CostInputs = {
  digifinMember: false,
  usageStart: null,
  shipmentsPerMonth: 0,
  indexedDocumentsPerMonth: 0,
  storageGb: 0,
  vendorUpgradeOre: 0,
};
const context = { prices: [] as PriceOverride[], adoptingInhabitants: null, year: 2026 };
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the connection fee (000/001, 003)', () => {
  it.each([
    [1, 'fixed', 5_500_000],
    [950, 'fixed', 5_500_000],
    [6_299, 'fixed', 5_500_000],
    [6_301, 'per-inhabitant', 5_418_860],
    [6_396, 'per-inhabitant', 5_500_560],
    [18_500, 'per-inhabitant', 15_910_000],
    [717_710, 'per-inhabitant', 617_230_600],
  ] as const)('%d inhabitants: %s, %d øre', (inhabitants, rule, ore) => {
    const { connectionFee } = calculateCosts(inhabitants, NONE, context);
    expect(connectionFee).toMatchObject({ ore, rule, boundaryCase: false });
  });

  it('flags exactly 6 300 as a case the sources do not decide, and budgets with the higher figure', () => {
    const costs = calculateCosts(6_300, NONE, context);
    expect(costs.connectionFee).toEqual({
      ore: 5_500_000,
      vatOre: 1_375_000,
      rule: 'fixed',
      boundaryCase: true,
      alternativeOre: 5_418_000,
    });
    expect(costs.flags[0]).toBe('boundaryCase');
  });

  it('adds 25 % VAT, as the handbook says ("+ mva"), and flags the terms’ reservation', () => {
    const { connectionFee, flags } = calculateCosts(18_500, NONE, context);
    expect(connectionFee.vatOre).toBe(3_977_500);
    expect(flags).toContain('vatReserved');
    expect(flags).toContain('spreadDiscrepancy');
  });

  it('uses a price the user changed', () => {
    const changed: PriceOverride[] = [
      { priceId: 'connectionFeePerInhabitant', ore: 900, changedAt: '2026-11-23T10:00:00.000Z', changedBy: 'Kari' },
    ];
    expect(calculateCosts(18_500, NONE, { ...context, prices: changed }).connectionFee.ore).toBe(16_650_000);
  });
});

describe('DigiFin membership', () => {
  it.each([
    [false, 18_500, 37_000_000],
    [true, 18_500, 0],
    [false, 1, 2_000],
  ])('member %s, %d inhabitants: %d øre', (digifinMember, inhabitants, ore) => {
    expect(calculateCosts(inhabitants, { ...NONE, digifinMember }, context).digifinMembership.ore).toBe(ore);
  });
});

describe('NAV’s yearly share (002)', () => {
  it('is 3.4 million × own / all adopting inhabitants, per quarter in use', () => {
    const costs = calculateCosts(
      18_500,
      { ...NONE, usageStart: { year: 2026, quarter: 3 } },
      { ...context, adoptingInhabitants: 3_400_000 },
    );
    // 340 000 000 øre × 18 500 / 3 400 000 = 1 850 000 øre a year; two quarters of 2026 in use.
    expect(costs.navOperations).toMatchObject({ fullYearOre: 1_850_000, ore: 925_000, chargeableQuarters: 2 });
  });

  it.each([
    [2020, { year: 2020, quarter: 1 }, 2],
    [2020, { year: 2020, quarter: 3 }, 2],
    [2020, { year: 2020, quarter: 4 }, 1],
    [2021, { year: 2020, quarter: 1 }, 4],
    [2026, { year: 2026, quarter: 2 }, 3],
    [2026, { year: 2027, quarter: 1 }, 0],
    [2026, null, 0],
  ])('in %d, from %j: %d chargeable quarters (Q1–Q2 2020 free)', (year, start, quarters) => {
    expect(chargeableQuarters(year, start)).toBe(quarters);
  });

  it('cannot be computed without the inhabitants of all adopting municipalities, and says so', () => {
    const costs = calculateCosts(18_500, NONE, context);
    expect(costs.navOperations.ore).toBeNull();
    expect(costs.flags).toContain('noDenominator');
  });

  it('counts from the quarter of the planned connection date when no start is given', () => {
    const costs = calculateCosts(
      18_500,
      NONE,
      { ...context, adoptingInhabitants: 3_400_000 },
      { plannedConnectionDate: '2026-11-15', inhabitantsDate: '2026-01-01' },
    );
    expect(costs.navOperations).toMatchObject({
      usageStart: { year: 2026, quarter: 4 },
      chargeableQuarters: 1,
      ore: 462_500,
    });
    expect(costs.flags).toContain('inhabitantsNot2020');
  });

  it('rounds to whole øre, halves up, even for the largest municipalities', () => {
    const costs = calculateCosts(
      717_710,
      { ...NONE, usageStart: { year: 2020, quarter: 1 } },
      { ...context, year: 2021, adoptingInhabitants: 3_000_001 },
    );
    // 340 000 000 × 717 710 / 3 000 001 = 81 340 439,55… øre
    expect(costs.navOperations.fullYearOre).toBe(81_340_440);
    expect(divideRounded(5n, 2n)).toBe(3);
    expect(divideRounded(7n, 3n)).toBe(2);
    expect(vatOf(5)).toBe(1);
    expect(vatOf(2)).toBe(1);
    expect(vatOf(1)).toBe(0);
  });
});

describe('KS running costs and the totals', () => {
  it('prices shipments, indexed documents and storage by the month, for a year', () => {
    const costs = calculateCosts(
      18_500,
      { ...NONE, shipmentsPerMonth: 120, indexedDocumentsPerMonth: 4_000, storageGb: 10 },
      context,
    );
    // 120 × 150 + 4 000 × 1 + 10 × 65 = 22 650 øre a month
    expect(costs.ksRunning).toMatchObject({ monthlyOre: 22_650, ore: 271_800 });
  });

  it('adds up one-time and yearly costs, with VAT where it applies', () => {
    const costs = calculateCosts(
      18_500,
      { ...NONE, usageStart: { year: 2026, quarter: 1 }, shipmentsPerMonth: 100, vendorUpgradeOre: 12_500_000 },
      { ...context, adoptingInhabitants: 3_400_000 },
    );
    expect(costs.oneTime).toEqual({
      exVat: 15_910_000 + 37_000_000 + 12_500_000,
      incVat: 15_910_000 + 37_000_000 + 12_500_000 + 3_977_500 + 3_125_000,
    });
    expect(costs.yearly).toEqual({ exVat: 1_850_000 + 180_000, incVat: 1_850_000 + 180_000 });
  });
});

describe('kroner, the Norwegian way', () => {
  it.each([
    [5_500_000, 'kr 55 000'],
    [5_418_050, 'kr 54 180,50'],
    [596_404_840, 'kr 5 964 048,40'],
    [1, 'kr 0,01'],
    [0, 'kr 0'],
  ])('%d øre is %s', (ore, text) => {
    expect(plain(formatKroner(ore))).toBe(text);
  });

  it('shows unit prices with two decimals', () => {
    expect(formatUnitPrice(860)).toBe('8,60');
    expect(formatUnitPrice(1)).toBe('0,01');
  });

  it.each([
    ['55 000', 5_500_000],
    ['8,60', 860],
    ['8,6', 860],
    ['kr 125 000', 12_500_000],
    ['1 234,05', 123_405],
  ])('reads %j as %d øre', (input, ore) => {
    expect(parseKroner(input)).toBe(ore);
  });

  it.each(['', '-5', '8.60', '8,605', 'abc', '1e5'])('refuses %j', (input) => {
    expect(parseKroner(input)).toBeNull();
  });

  it('knows the quarter of a date', () => {
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
  });
});
