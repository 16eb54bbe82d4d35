import { CONNECTION_FEE_THRESHOLD, PRICES, VAT_PERCENT, type PriceId, type PriceInfo } from '../catalogue/prices';
import type { CostInputs, Municipality, PriceOverride } from '../schema/workspace';

/** Rounds a non-negative fraction n/d to the nearest whole øre, halves up, without floating point. */
export function divideRounded(numerator: bigint, denominator: bigint): number {
  const whole = numerator / denominator;
  const rest = numerator % denominator;
  return Number(rest * 2n >= denominator ? whole + 1n : whole);
}

/** VAT on an amount in øre, rounded to whole øre. */
export function vatOf(ore: number): number {
  return divideRounded(BigInt(ore) * BigInt(VAT_PERCENT), 100n);
}

/** A price as the calculator uses it: the source's, unless the user changed it. */
export interface EffectivePrice extends PriceInfo {
  effectiveOre: number;
  changed: PriceOverride | null;
}

/** The price table: every price with the user's change, if any, marked. */
export function priceTable(overrides: readonly PriceOverride[]): EffectivePrice[] {
  return PRICES.map((price) => {
    const changed = overrides.find((o) => o.priceId === price.id) ?? null;
    return { ...price, effectiveOre: changed ? changed.ore : price.ore, changed };
  });
}

export type FeeRule = 'fixed' | 'per-inhabitant';

export interface Quarter {
  year: number;
  quarter: number;
}

/** Why a figure must be read with care; the UI says each one in words. */
export type CostFlag =
  /** Exactly 6 300 inhabitants: the sources say "under" and "over", neither covers it. */
  | 'boundaryCase'
  /** NAV's share cannot be computed without the inhabitants of all adopting municipalities. */
  | 'noDenominator'
  /** No usage start and no planned connection date: the quarters in use are unknown. */
  | 'noUsageStart'
  /** The terms reserve the VAT question; the handbook says "+ mva". */
  | 'vatReserved'
  /** The fee assumes 67 % spread by 31.12.2021 (terms) or 70 % by 2022 (handbook). */
  | 'spreadDiscrepancy'
  /** Q1 and Q2 2020 are not invoiced (002). */
  | 'firstHalf2020Free'
  /** NAV counts inhabitants per 1 January 2020; the municipality's figure is of another date. */
  | 'inhabitantsNot2020';

export interface CostBreakdown {
  inhabitants: number;
  connectionFee: { ore: number; vatOre: number; rule: FeeRule; boundaryCase: boolean; alternativeOre: number | null };
  digifinMembership: { ore: number; alreadyMember: boolean };
  navOperations: {
    /** The municipality's share for the chosen year, or null when it cannot be computed. */
    ore: number | null;
    fullYearOre: number | null;
    chargeableQuarters: number;
    year: number;
    usageStart: Quarter | null;
  };
  ksRunning: { ore: number; monthlyOre: number; shipmentsOre: number; statusViewOre: number; storageOre: number };
  vendorUpgrade: { ore: number; vatOre: number };
  oneTime: { exVat: number; incVat: number };
  yearly: { exVat: number; incVat: number };
  flags: CostFlag[];
}

export interface CostContext {
  prices: readonly PriceOverride[];
  /** Inhabitants of all adopting municipalities (the user's figure or scenario), or null. */
  adoptingInhabitants: number | null;
  year: number;
}

const price = (table: readonly EffectivePrice[], id: PriceId): bigint =>
  BigInt(table.find((p) => p.id === id)?.effectiveOre ?? 0);

/** The connection fee rule (000/001, 003): fixed below 6 300, per inhabitant above. */
export function connectionFee(inhabitants: number, table: readonly EffectivePrice[]): CostBreakdown['connectionFee'] {
  const fixed = Number(price(table, 'connectionFeeFixed'));
  const perInhabitant = Number(price(table, 'connectionFeePerInhabitant') * BigInt(inhabitants));
  if (inhabitants === CONNECTION_FEE_THRESHOLD) {
    // Neither "under" nor "over": budget with the higher figure, and say so.
    const ore = Math.max(fixed, perInhabitant);
    return {
      ore,
      vatOre: vatOf(ore),
      rule: ore === fixed ? 'fixed' : 'per-inhabitant',
      boundaryCase: true,
      alternativeOre: Math.min(fixed, perInhabitant),
    };
  }
  const rule: FeeRule = inhabitants < CONNECTION_FEE_THRESHOLD ? 'fixed' : 'per-inhabitant';
  const ore = rule === 'fixed' ? fixed : perInhabitant;
  return { ore, vatOre: vatOf(ore), rule, boundaryCase: false, alternativeOre: null };
}

/** The quarter a date falls in. */
export function quarterOf(isoDate: string): Quarter {
  return { year: Number(isoDate.slice(0, 4)), quarter: Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1 };
}

/** Quarters of `year` in use from `start`, less Q1 and Q2 2020, which are not invoiced (002). */
export function chargeableQuarters(year: number, start: Quarter | null): number {
  if (start === null) return 0;
  let count = 0;
  for (let q = 1; q <= 4; q += 1) {
    const inUse = year > start.year || (year === start.year && q >= start.quarter);
    const free = year === 2020 && q <= 2;
    if (inUse && !free) count += 1;
  }
  return count;
}

/**
 * Every cost line of DOMAIN.md 2 for one municipality, in øre: one-time (connection fee,
 * DigiFin membership, vendor upgrade) and yearly (NAV's share, KS's running costs), with and
 * without VAT, and the flags that say where the sources leave a question open.
 */
export function calculateCosts(
  inhabitants: number,
  inputs: CostInputs,
  context: CostContext,
  facts: { plannedConnectionDate: string | null; inhabitantsDate: string | null } = {
    plannedConnectionDate: null,
    inhabitantsDate: null,
  },
): CostBreakdown {
  const table = priceTable(context.prices);
  const flags: CostFlag[] = ['vatReserved', 'spreadDiscrepancy'];

  const fee = connectionFee(inhabitants, table);
  if (fee.boundaryCase) flags.unshift('boundaryCase');

  const membershipOre = inputs.digifinMember
    ? 0
    : Number(price(table, 'digifinMembershipPerInhabitant') * BigInt(inhabitants));

  const usageStart = inputs.usageStart ?? (facts.plannedConnectionDate ? quarterOf(facts.plannedConnectionDate) : null);
  if (usageStart === null) flags.push('noUsageStart');
  const quarters = chargeableQuarters(context.year, usageStart);
  if (context.year === 2020) flags.push('firstHalf2020Free');
  let navOre: number | null = null;
  let navFullYear: number | null = null;
  if (context.adoptingInhabitants === null || context.adoptingInhabitants === 0) {
    flags.push('noDenominator');
  } else {
    const base = price(table, 'navOperationsPerYear') * BigInt(inhabitants);
    const denominator = BigInt(context.adoptingInhabitants);
    navFullYear = divideRounded(base, denominator);
    // Without a first quarter the share for the year is unknown, not zero.
    navOre = usageStart === null ? null : divideRounded(base * BigInt(quarters), denominator * 4n);
  }
  if (facts.inhabitantsDate !== null && facts.inhabitantsDate !== '2020-01-01') flags.push('inhabitantsNot2020');

  const shipmentsOre = Number(price(table, 'svarUtPerShipment') * BigInt(inputs.shipmentsPerMonth));
  const statusViewOre = Number(price(table, 'statusViewPerDocumentMonth') * BigInt(inputs.indexedDocumentsPerMonth));
  const storageOre = Number(price(table, 'storagePerGbMonth') * BigInt(inputs.storageGb));
  const monthlyOre = shipmentsOre + statusViewOre + storageOre;
  const ksOre = monthlyOre * 12;

  const vendorOre = inputs.vendorUpgradeOre;
  const oneTimeEx = fee.ore + membershipOre + vendorOre;
  const yearlyEx = (navOre ?? 0) + ksOre;

  return {
    inhabitants,
    connectionFee: fee,
    digifinMembership: { ore: membershipOre, alreadyMember: inputs.digifinMember },
    navOperations: {
      ore: navOre,
      fullYearOre: navFullYear,
      chargeableQuarters: quarters,
      year: context.year,
      usageStart,
    },
    ksRunning: {
      ore: ksOre,
      monthlyOre,
      shipmentsOre: shipmentsOre * 12,
      statusViewOre: statusViewOre * 12,
      storageOre: storageOre * 12,
    },
    vendorUpgrade: { ore: vendorOre, vatOre: vatOf(vendorOre) },
    // VAT is added where a source says "+ mva" (the connection fee) and on the vendor's price;
    // the sources say nothing of VAT on membership, NAV's share or KS's running costs.
    oneTime: { exVat: oneTimeEx, incVat: oneTimeEx + fee.vatOre + vatOf(vendorOre) },
    yearly: { exVat: yearlyEx, incVat: yearlyEx },
    flags,
  };
}

/** The calculation for a stored municipality in its workspace. */
export function municipalityCosts(municipality: Municipality, context: CostContext): CostBreakdown {
  return calculateCosts(municipality.inhabitants, municipality.costInputs, context, {
    plannedConnectionDate: municipality.plannedConnectionDate,
    inhabitantsDate: municipality.inhabitantsDate,
  });
}

/** `55000000` øre → `kr 550 000`; with øre when there are any: `kr 54 180,50`. No-break spaces. */
export function formatKroner(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(kroner).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}kr\u00a0${grouped}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`;
}

/** A unit price in øre as kroner with two decimals: `860` → `8,60`, `1` → `0,01`. */
export function formatUnitPrice(ore: number): string {
  const kroner = Math.floor(ore / 100);
  const grouped = String(kroner).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped},${String(ore % 100).padStart(2, '0')}`;
}

/** Parses kroner typed the Norwegian way (`55 000`, `8,60`, `1 234,5`) into øre; null if it is not an amount. */
export function parseKroner(input: string): number | null {
  const text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/^kr\.?/i, '');
  const match = /^(\d+)(?:,(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const ore = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(ore) ? ore : null;
}
