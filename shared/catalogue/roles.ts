import type { RoleId, RoleInfo } from './types';

/** The seven roles of the handbook's table "Anbefalte roller og ressurspersoner" (seed 003), in `ROLE_IDS` order. */
export const ROLES: readonly RoleInfo[] = [
  {
    id: 'it',
    title: { nb: 'IT', nn: 'IT', en: 'IT' },
    phases: ['preparation', 'connection'],
    description: {
      nb: 'Teknisk løsning (avtaleinngåelse), test, påkobling til nav.no',
      nn: 'Teknisk løysing (avtaleinngåing), test, påkopling til nav.no',
      en: 'Technical solution (entering into agreements), testing, connection to nav.no',
    },
  },
  {
    id: 'archive',
    title: { nb: 'Dokument/arkiv', nn: 'Dokument/arkiv', en: 'Document/archive' },
    phases: ['preparation', 'connection'],
    description: {
      nb: 'Elektronisk arkiv, arbeidsprosesser, konfigurasjon SvarInn',
      nn: 'Elektronisk arkiv, arbeidsprosessar, konfigurasjon av SvarInn',
      en: 'Electronic archive, work processes, SvarInn configuration',
    },
  },
  {
    id: 'legal',
    title: { nb: 'Juridisk', nn: 'Juridisk', en: 'Legal' },
    phases: ['preparation'],
    description: {
      nb: 'Avtaleinngåelser, personvernkonsekvensvurdering',
      nn: 'Avtaleinngåingar, personvernkonsekvensvurdering',
      en: 'Entering into agreements, data protection impact assessment',
    },
  },
  {
    id: 'procurement',
    title: { nb: 'Innkjøp/økonomi', nn: 'Innkjøp/økonomi', en: 'Procurement/finance' },
    phases: ['preparation'],
    description: {
      nb: 'Avtaleinngåelser (kostnader)',
      nn: 'Avtaleinngåingar (kostnader)',
      en: 'Entering into agreements (costs)',
    },
  },
  {
    id: 'navManagement',
    title: { nb: 'Ledelse NAV-kontor', nn: 'Leiing NAV-kontor', en: 'NAV office management' },
    phases: ['preparation', 'connection', 'realisation'],
    description: {
      nb: 'Innføring og organisasjonsutvikling på NAV-kontoret',
      nn: 'Innføring og organisasjonsutvikling på NAV-kontoret',
      en: 'Rollout and organisational development in the NAV office',
    },
  },
  {
    id: 'socialWork',
    title: { nb: 'Sosialfaglige ressurser', nn: 'Sosialfaglege ressursar', en: 'Social-work staff' },
    phases: ['preparation', 'connection', 'realisation'],
    description: {
      nb: 'Ressurser i innføringsarbeidet i NAV-kontoret',
      nn: 'Ressursar i innføringsarbeidet i NAV-kontoret',
      en: 'People taking part in the rollout work in the NAV office',
    },
  },
  {
    id: 'countyCoordinator',
    title: {
      nb: 'Innføringskoordinator i NAV-fylke',
      nn: 'Innføringskoordinator i NAV-fylke',
      en: 'Rollout coordinator in the NAV county',
    },
    phases: ['preparation'],
    description: {
      nb: 'Støtterolle for NAV-leder',
      nn: 'Støtterolle for NAV-leiar',
      en: 'Supporting role for the NAV office manager',
    },
  },
];

const BY_ID: ReadonlyMap<RoleId, RoleInfo> = new Map(ROLES.map((role) => [role.id, role]));

/** The title, phases and description of a role. */
export function roleInfo(id: RoleId): RoleInfo {
  const role = BY_ID.get(id);
  if (role === undefined) throw new Error(`Unknown role: ${id}`);
  return role;
}
