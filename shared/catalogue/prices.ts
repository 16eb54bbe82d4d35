import type { LocalizedText, SourceRef } from './types';

/** The prices of DOMAIN.md 2, each with its source; the user may change them (all are preliminary). */
export const PRICE_IDS = [
  'connectionFeeFixed',
  'connectionFeePerInhabitant',
  'digifinMembershipPerInhabitant',
  'navOperationsPerYear',
  'svarUtPerShipment',
  'statusViewPerDocumentMonth',
  'storagePerGbMonth',
] as const;
export type PriceId = (typeof PRICE_IDS)[number];

export interface PriceInfo {
  id: PriceId;
  title: LocalizedText;
  /** The source's price, in øre. */
  ore: number;
  unit: LocalizedText;
  source: SourceRef;
  /** The date of the source the price is taken from, or null where the source is undated. */
  sourceDate: string | null;
  /** How the source treats VAT for this price. */
  vat: 'plusVat' | 'reserved' | 'notStated';
  remark?: LocalizedText;
}

const HANDBOOK_COSTS = 'Kostnadsoversikt – foreløpige kostnader';
const HANDBOOK_DATE = '2020-05-25';

/** Every price the calculator uses, as the sources give it. */
export const PRICES: readonly PriceInfo[] = [
  {
    id: 'connectionFeeFixed',
    title: {
      nb: 'Tilknytningskostnad, fast (under 6 300 innbyggere)',
      nn: 'Tilknytingskostnad, fast (under 6 300 innbyggjarar)',
      en: 'Connection fee, fixed (below 6,300 inhabitants)',
    },
    ore: 5_500_000,
    unit: { nb: 'per kommune, engangs', nn: 'per kommune, eingongs', en: 'per municipality, one-time' },
    source: {
      seed: '001',
      section: 'Prosjektavgift',
      quote:
        'For kommuner med under 6 300 innbyggere, er det satt en fast tilknytningskostnad på NOK 55.000,- til DigiFin',
    },
    sourceDate: null,
    vat: 'reserved',
    remark: {
      nb: 'Håndboken (003) skriver «NOK 55 000 + mva»; vilkårene (000/001) tar forbehold om merverdiavgift («under utredning»).',
      nn: 'Handboka (003) skriv «NOK 55 000 + mva»; vilkåra (000/001) tek atterhald om meirverdiavgift («under utgreiing»).',
      en: 'The handbook (003) says "NOK 55,000 + VAT"; the terms (000/001) reserve the VAT question ("being looked into").',
    },
  },
  {
    id: 'connectionFeePerInhabitant',
    title: {
      nb: 'Tilknytningskostnad per innbygger (over 6 300 innbyggere)',
      nn: 'Tilknytingskostnad per innbyggjar (over 6 300 innbyggjarar)',
      en: 'Connection fee per inhabitant (above 6,300 inhabitants)',
    },
    ore: 860,
    unit: { nb: 'per innbygger, engangs', nn: 'per innbyggjar, eingongs', en: 'per inhabitant, one-time' },
    source: {
      seed: '001',
      section: 'Prosjektavgift',
      quote: 'For kommuner med over 6 300 innbyggere er kostnad per innbygger kr 8,60 til DigiFin',
    },
    sourceDate: null,
    vat: 'reserved',
  },
  {
    id: 'digifinMembershipPerInhabitant',
    title: { nb: 'Medlemskap i DigiFin', nn: 'Medlemskap i DigiFin', en: 'DigiFin membership' },
    ore: 2_000,
    unit: {
      nb: 'per innbygger, engangs (hvis kommunen ikke alt er medlem)',
      nn: 'per innbyggjar, eingongs (viss kommunen ikkje alt er medlem)',
      en: 'per inhabitant, one-time (unless already a member)',
    },
    source: {
      seed: '001',
      section: 'Prosjektavgift',
      quote: 'den må ha innbetalt et engangsbeløp på kr 20 per innbygger til etablering av ordningen',
    },
    sourceDate: null,
    vat: 'notStated',
  },
  {
    id: 'navOperationsPerYear',
    title: {
      nb: 'NAVs drift og forvaltning, til fordeling',
      nn: 'NAVs drift og forvalting, til fordeling',
      en: 'NAV operations and maintenance, to be shared',
    },
    ore: 340_000_000,
    unit: {
      nb: 'per år for alle kommunene samlet, fordelt per innbygger og kvartal',
      nn: 'per år for alle kommunane samla, fordelt per innbyggjar og kvartal',
      en: 'per year for all municipalities together, shared per inhabitant and quarter',
    },
    source: {
      seed: '002',
      section: 'Prismodell og fordeling av kostnader',
      quote: 'Kostnadene på 3,4 millioner kroner fordeles på alle kommunene som har tatt i bruk løsningene.',
    },
    sourceDate: null,
    vat: 'notStated',
    remark: {
      nb: 'Kan indeksreguleres årlig. 1. og 2. kvartal 2020 faktureres ikke. Innbyggertall fra SSB per 1. januar 2020.',
      nn: 'Kan indeksregulerast årleg. 1. og 2. kvartal 2020 blir ikkje fakturert. Innbyggjartal frå SSB per 1. januar 2020.',
      en: 'May be index-regulated yearly. Q1 and Q2 2020 are not invoiced. Inhabitants from Statistics Norway as of 1 January 2020.',
    },
  },
  {
    id: 'svarUtPerShipment',
    title: { nb: 'SvarUt-forsendelse', nn: 'SvarUt-forsending', en: 'SvarUt shipment' },
    ore: 150,
    unit: { nb: 'per forsendelse', nn: 'per forsending', en: 'per shipment' },
    source: {
      seed: '003',
      section: HANDBOOK_COSTS,
      quote:
        'Foreløpig er prisen for bruk av digital søknad 1,50 kr,- pr forsendelse for bruk av SvarUt tjenesten i FIKS.',
    },
    sourceDate: HANDBOOK_DATE,
    vat: 'notStated',
  },
  {
    id: 'statusViewPerDocumentMonth',
    title: { nb: 'Innsynsløsningen', nn: 'Innsynsløysinga', en: 'Status view (innsyn)' },
    ore: 1,
    unit: {
      nb: 'per indeksert dokument per måned',
      nn: 'per indeksert dokument per månad',
      en: 'per indexed document per month',
    },
    source: {
      seed: '003',
      section: HANDBOOK_COSTS,
      quote: 'Foreløpig pris for innsynsløsningen i Digisos er 1 øre per indeksert dokument per måned.',
    },
    sourceDate: HANDBOOK_DATE,
    vat: 'notStated',
  },
  {
    id: 'storagePerGbMonth',
    title: { nb: 'Dokumentlager', nn: 'Dokumentlager', en: 'Document storage' },
    ore: 65,
    unit: { nb: 'per GB per måned', nn: 'per GB per månad', en: 'per GB per month' },
    source: {
      seed: '003',
      section: HANDBOOK_COSTS,
      quote: 'For bruk av dokumentlageret er prisen 65 øre per GB per måned',
    },
    sourceDate: HANDBOOK_DATE,
    vat: 'notStated',
  },
];

export function priceInfo(id: PriceId): PriceInfo {
  const info = PRICES.find((p) => p.id === id);
  if (!info) throw new Error(`Unknown price ${id}`);
  return info;
}

/** The boundary between the fixed and the per-inhabitant connection fee (000/001, 003). */
export const CONNECTION_FEE_THRESHOLD = 6_300;

/** Norwegian VAT, in percent, where a price is subject to it. */
export const VAT_PERCENT = 25;
