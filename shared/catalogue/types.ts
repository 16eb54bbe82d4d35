/** The shapes of the catalogue: what the handbook and letters ask of a municipality, as data. */

/** A text in every language the app speaks. */
export interface LocalizedText {
  nb: string;
  nn: string;
  en: string;
}

/** The seed documents (resources/sources/), by their number. */
export type SeedId = '000' | '001' | '002' | '003' | '004';

/** Where a rule or item comes from: the seed file, the section in it, and its own words. */
export interface SourceRef {
  seed: SeedId;
  /** The heading of the section in the seed, as written there (e.g. "Sjekkliste 1/2"). */
  section: string;
  /** The source's own words for this item, copied exactly (whitespace aside) from the seed. */
  quote: string;
}

/** The areas of readiness, in the order the app shows them. */
export const AREA_IDS = [
  'decision',
  'vendor',
  'privacy',
  'organisation',
  'connection',
  'ksSupplement',
  'test',
  'production',
  'emergency',
  'plan',
  'afterConnection',
  'nks',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** The recommended roles of the handbook ("Anbefalte roller og ressurspersoner"). */
export const ROLE_IDS = [
  'it',
  'archive',
  'legal',
  'procurement',
  'navManagement',
  'socialWork',
  'countyCoordinator',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/**
 * Who carries out an item when municipalities cooperate (DOMAIN.md 4, seed 003 "Interkommunale
 * samarbeid"; seed 004 for NKS; seed 002 for NAV's supplementary agreement):
 * - `each`: every municipality does it itself, partners included;
 * - `controller`: the controller (behandlingsansvarlig) does it — the host when controller
 *   responsibility is transferred, otherwise each municipality;
 * - `caseSystem`: follows the case system — one shared system at the host when responsibility
 *   is transferred (one shared database), separate systems otherwise;
 * - `navUnit`: the shared NAV unit does it once, at the host, in any cooperation.
 */
export type Actor = 'each' | 'controller' | 'caseSystem' | 'navUnit';

/**
 * The default due date, in days relative to the planned connection date (negative = before).
 * `basis: 'source'` when the sources give the timing (the connection plan, "after connection");
 * `basis: 'app'` when the sources are silent and Digisos Klar proposes a date — the UI says so.
 * `null` when no due date makes sense (e.g. an agreement still being drafted by KS).
 */
export type DueRule = { days: number; basis: 'source' | 'app' } | null;

export type Requirement = 'required' | 'recommended';

export interface CatalogueItem {
  /** Stable forever: stored with every municipality's progress. `area.kebab-name`. */
  id: string;
  area: AreaId;
  /** For a sub-item, the id of the item it belongs to. */
  parentId?: string;
  text: LocalizedText;
  source: SourceRef;
  ownerRole: RoleId;
  requirement: Requirement;
  actor: Actor;
  due: DueRule;
  /** A remark the UI shows with the item: a discrepancy, a source date that has passed, background. */
  remark?: LocalizedText;
}

export interface AreaInfo {
  id: AreaId;
  title: LocalizedText;
  source: Omit<SourceRef, 'quote'>;
}

export interface RoleInfo {
  id: RoleId;
  title: LocalizedText;
  /** The phases the handbook gives (preparation, connection, realisation). */
  phases: readonly ('preparation' | 'connection' | 'realisation')[];
  /** What the role does, per the handbook's comment column. */
  description: LocalizedText;
}
