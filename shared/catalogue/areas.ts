import type { AreaId, AreaInfo } from './types';

/** The areas of readiness in `AREA_IDS` order, each with its title and the section of the source it comes from. */
export const AREAS: readonly AreaInfo[] = [
  {
    id: 'decision',
    title: { nb: 'Beslutning og finansiering', nn: 'Avgjerd og finansiering', en: 'Decision and financing' },
    source: { seed: '003', section: 'Beslutning og finansiering' },
  },
  {
    id: 'vendor',
    title: {
      nb: 'Kommunen og fagsystemleverandøren',
      nn: 'Kommunen og fagsystemleverandøren',
      en: 'The municipality and the case-system vendor',
    },
    source: { seed: '003', section: 'Aktiviteter mellom kommunen og fagsystemleverandør' },
  },
  {
    id: 'privacy',
    title: {
      nb: 'Personvernkonsekvensvurdering og ROS-analyse',
      nn: 'Personvernkonsekvensvurdering og ROS-analyse',
      en: 'Data protection impact assessment and risk and vulnerability analysis',
    },
    source: { seed: '003', section: 'Personvernkonsekvensvurdering og ROS-analyse' },
  },
  {
    id: 'organisation',
    title: {
      nb: 'Organisatoriske forberedelser',
      nn: 'Organisatoriske førebuingar',
      en: 'Organisational preparations',
    },
    source: { seed: '003', section: 'Organisatoriske forberedelser' },
  },
  {
    id: 'connection',
    title: { nb: 'Påkobling til nav.no', nn: 'Påkopling til nav.no', en: 'Connection to nav.no' },
    source: { seed: '003', section: 'Påkobling til nav.no' },
  },
  {
    id: 'ksSupplement',
    title: { nb: 'Tilleggsavtale med KS', nn: 'Tilleggsavtale med KS', en: 'Supplementary agreement with KS' },
    source: { seed: '003', section: 'Tilleggsavtale med KS' },
  },
  {
    id: 'test',
    title: { nb: 'Test av løsningen', nn: 'Test av løysinga', en: 'Testing the solution' },
    source: { seed: '003', section: 'Test av løsningen' },
  },
  {
    id: 'production',
    title: { nb: 'Klargjøring til produksjon', nn: 'Klargjering til produksjon', en: 'Getting ready for production' },
    source: { seed: '003', section: 'Klargjøring til produksjon' },
  },
  {
    id: 'emergency',
    title: { nb: 'Beredskapsrutiner', nn: 'Beredskapsrutinar', en: 'Emergency routines' },
    source: { seed: '003', section: 'Behov for beredskapsrutiner' },
  },
  {
    id: 'plan',
    title: { nb: 'Plan for påkobling', nn: 'Plan for påkopling', en: 'Connection plan' },
    source: { seed: '003', section: 'Plan for påkobling av digital søknad' },
  },
  {
    id: 'afterConnection',
    title: { nb: 'Etter påkobling', nn: 'Etter påkopling', en: 'After connection' },
    source: { seed: '003', section: 'Når dere har koblet dere på digital søknad' },
  },
  {
    id: 'nks',
    title: {
      nb: 'Tilgang for NAV Kontaktsenter (NKS)',
      nn: 'Tilgang for NAV Kontaktsenter (NKS)',
      en: 'Access for the NAV Contact Centre (NKS)',
    },
    source: {
      seed: '004',
      section:
        'Gi NKS tilgang til sentrale stønadsopplysninger om saker om økonomisk sosialhjelp til kommunens innbyggere',
    },
  },
];

const BY_ID: ReadonlyMap<AreaId, AreaInfo> = new Map(AREAS.map((area) => [area.id, area]));

/** The title and source of an area. */
export function areaInfo(id: AreaId): AreaInfo {
  const area = BY_ID.get(id);
  if (area === undefined) throw new Error(`Unknown area: ${id}`);
  return area;
}
