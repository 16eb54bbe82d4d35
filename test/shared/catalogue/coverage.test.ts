import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, areaInfo } from '../../../shared/catalogue/areas';
import { CATALOGUE, CATALOGUE_BY_ID, catalogueItem } from '../../../shared/catalogue/checklist';
import { ROLES, roleInfo } from '../../../shared/catalogue/roles';
import { AREA_IDS, ROLE_IDS, type AreaId, type CatalogueItem, type SeedId } from '../../../shared/catalogue/types';

const SOURCES = path.join(import.meta.dirname, '../../../resources/sources');

function readSeed(seed: SeedId): string {
  const file = fs.readdirSync(SOURCES).find((name) => name.startsWith(`${seed}_`));
  if (file === undefined) throw new Error(`no seed file ${seed}_* in ${SOURCES}`);
  return fs.readFileSync(path.join(SOURCES, file), 'utf8');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const SEEDS: Record<SeedId, string> = {
  '000': readSeed('000'),
  '001': readSeed('001'),
  '002': readSeed('002'),
  '003': readSeed('003'),
  '004': readSeed('004'),
};
const NORMALISED_SEEDS = Object.fromEntries(
  Object.entries(SEEDS).map(([seed, text]) => [seed, normalise(text)]),
) as Record<SeedId, string>;

/** A list line of a seed: its text without the marker, and whether it is indented (a sub-bullet). */
interface Bullet {
  seed: SeedId;
  text: string;
  indented: boolean;
}

type LineTest = (line: string) => boolean;
const is =
  (text: string): LineTest =>
  (line) =>
    line.trim() === text;
const startsWith =
  (text: string): LineTest =>
  (line) =>
    line.trim().startsWith(text);

/** The lines after the first line matching `start` (at or after `from`) up to the next line matching `end`. */
function block(lines: readonly string[], start: LineTest, end: LineTest, from = 0): { lines: string[]; end: number } {
  const first = lines.findIndex((line, i) => i >= from && start(line));
  if (first < 0) throw new Error('start of block not found in the seed');
  const last = lines.findIndex((line, i) => i > first && end(line));
  if (last < 0) throw new Error(`end of block after "${lines[first]}" not found in the seed`);
  return { lines: lines.slice(first + 1, last), end: last };
}

function bullets(seed: SeedId, lines: readonly string[], marker: RegExp = /^(\s*)- (.*)$/): Bullet[] {
  return lines.flatMap((line) => {
    const match = marker.exec(line);
    if (match === null) return [];
    return [{ seed, text: normalise(match[2] ?? ''), indented: (match[1] ?? '').length > 0 }];
  });
}

const handbook = SEEDS['003'].split(/\r?\n/);
const nksLetter = SEEDS['004'].split(/\r?\n/);

/** "Sjekkliste 1/2" up to the "Gevinster" that follows "Tilleggsavtale med KS". */
function checklistBullets(): Bullet[] {
  const start = handbook.findIndex(is('Sjekkliste 1/2'));
  const supplement = block(handbook, is('Sjekkliste 1/2'), is('Tilleggsavtale med KS')).end;
  const end = block(handbook, is('Tilleggsavtale med KS'), is('Gevinster'), supplement).end;
  return bullets('003', handbook.slice(start + 1, end));
}

/** The blocks whose every list line must be an item: how many list lines each has, and the areas it feeds. */
const BLOCKS: readonly { name: string; lines: number; areas: readonly AreaId[]; bullets: () => Bullet[] }[] = [
  {
    name: "the handbook's two-page checklist",
    lines: 30,
    areas: ['decision', 'vendor', 'privacy', 'organisation', 'connection', 'ksSupplement'],
    bullets: checklistBullets,
  },
  {
    name: 'what the municipality must do to test the solution',
    lines: 5,
    areas: ['test'],
    bullets: () =>
      bullets(
        '003',
        block(handbook, is('For å teste løsningen må kommunen:'), startsWith('Det er kommunen selv')).lines,
      ),
  },
  {
    name: 'getting ready for production',
    lines: 5,
    areas: ['production'],
    bullets: () =>
      bullets('003', block(handbook, is('Klargjøring opp mot FIKS:'), is('Behov for beredskapsrutiner')).lines),
  },
  {
    name: 'the need for emergency routines',
    lines: 4,
    areas: ['emergency'],
    bullets: () => bullets('003', block(handbook, is('Behov for beredskapsrutiner'), is('Sjekkliste 1/2')).lines),
  },
  {
    name: 'what to do once connected',
    lines: 6,
    areas: ['afterConnection'],
    bullets: () =>
      bullets('003', block(handbook, is('Når dere har koblet dere på digital søknad'), is('Kontakt Digisos')).lines),
  },
  {
    name: "the NKS letter's four steps",
    lines: 4,
    areas: ['nks'],
    bullets: () =>
      bullets(
        '004',
        block(nksLetter, is('Dette gjøres slik:'), startsWith('Hva skjer hvis')).lines,
        /^(\s*)\d+\. (.*)$/,
      ),
  },
];

/**
 * List lines that only introduce the sub-bullets under them: they are no task of their own.
 * "Ønsket info:" heads the three things to tell digisos@nav.no, which are sub-items of the e-mail item.
 */
const LABELS = new Set(['Ønsket info:']);

const quoting = (bullet: Bullet) =>
  CATALOGUE.filter((item) => item.source.seed === bullet.seed && normalise(item.source.quote) === bullet.text);

/** The expected number of items per area, counted by hand from the sources. */
const EXPECTED_COUNTS: Record<AreaId, number> = {
  decision: 7, // Sjekkliste 1/2, "Beslutning og finansiering": 7 bullets
  vendor: 3, // Sjekkliste 1/2, "Aktiviteter mellom kommunen og fagsystemleverandør": 3 bullets
  privacy: 2, // Sjekkliste 1/2, "Personvernkonsekvensvurdering og ROS-analyse": 2 bullets
  organisation: 9, // Sjekkliste 2/2, "Organisatoriske forberedelser": 5 bullets + 4 sub-bullets under the mapping
  connection: 8, // Sjekkliste 2/2, "Påkobling til nav.no": 8 bullets
  ksSupplement: 1, // Sjekkliste 2/2, "Tilleggsavtale med KS": 1 bullet
  test: 7, // 3 bullets + 2 sub-bullets, "Det er kommunen selv …", "… bør alle avtaler være signerte"
  production: 5, // FIKS 3 + firewall 1 + Digisos 1
  emergency: 4, // "Behov for beredskapsrutiner": 4 bullets (NAV's own routines as a recommended item)
  plan: 9, // the diagram's activity boxes (the Mercell agreements are the connection area's)
  afterConnection: 6, // e-mail + its 3 "Ønsket info" sub-bullets + tell NKS + wait to inform residents
  nks: 8, // the agreement + 4 steps + 3 on-call requirements
};

describe('the catalogue counted against its sources', () => {
  it.each(BLOCKS)('has exactly one item for every list line of $name', ({ lines: count, bullets: read }) => {
    const lines = read();
    expect(lines).toHaveLength(count);
    const problems = lines
      .filter((bullet) => !LABELS.has(bullet.text))
      .flatMap((bullet) => {
        const count = quoting(bullet).length;
        return count === 1 ? [] : [`${count} items quote seed ${bullet.seed}: "${bullet.text}"`];
      });
    expect(problems).toEqual([]);
  });

  it.each(BLOCKS)(
    'files the items for $name under the right areas, in the source order',
    ({ areas, bullets: read }) => {
      const items = read()
        .filter((bullet) => !LABELS.has(bullet.text))
        .flatMap((bullet) => quoting(bullet));
      expect(items.filter((item) => !areas.includes(item.area)).map((item) => item.id)).toEqual([]);
      const positions = items.map((item) => CATALOGUE.indexOf(item));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    },
  );

  it.each(BLOCKS)('makes the indented bullets of $name sub-items of the bullet above them', ({ bullets: read }) => {
    const problems: string[] = [];
    let parent: CatalogueItem | undefined;
    for (const bullet of read()) {
      if (LABELS.has(bullet.text)) continue;
      const [item] = quoting(bullet);
      if (item === undefined) continue; // reported by the test above
      if (!bullet.indented) {
        parent = item;
        if (item.parentId !== undefined) problems.push(`${item.id} should be a top-level item`);
      } else if (item.parentId !== parent?.id) {
        problems.push(`${item.id} should be a sub-item of ${parent?.id ?? '(nothing)'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('treats "Ønsket info:" only as the heading of the e-mail to Digisos', () => {
    const after = BLOCKS.find((b) => b.areas.includes('afterConnection'))!.bullets();
    const label = after.findIndex((bullet) => LABELS.has(bullet.text));
    expect(label).toBeGreaterThan(0);
    expect(after[label + 1]?.indented).toBe(true);
    expect(quoting(after[label - 1]!).map((item) => item.id)).toEqual(['afterConnection.mail-digisos']);
  });

  it('has as many items in each area as the sources give', () => {
    const counts = Object.fromEntries(AREA_IDS.map((area) => [area, CATALOGUE.filter((i) => i.area === area).length]));
    expect(counts).toEqual(EXPECTED_COUNTS);
  });

  it('quotes every item word for word from its seed and names a section the seed has', () => {
    const problems = CATALOGUE.flatMap((item) => {
      const seed = NORMALISED_SEEDS[item.source.seed];
      return [
        ...(seed.includes(normalise(item.source.quote)) ? [] : [`${item.id}: quote not in ${item.source.seed}`]),
        ...(seed.includes(normalise(item.source.section)) ? [] : [`${item.id}: section not in ${item.source.seed}`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('keeps the areas together, in the order the app shows them', () => {
    const order = CATALOGUE.map((item) => AREA_IDS.indexOf(item.area));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('catalogue items are well-formed', () => {
  it('gives every item a unique, stable id of the form area.kebab-name', () => {
    const ids = CATALOGUE.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of CATALOGUE) {
      expect(item.id).toMatch(/^[a-z][a-zA-Z]*\.[a-z0-9-]+$/);
      expect(item.id.split('.')[0]).toBe(item.area);
    }
  });

  it('puts every sub-item under a top-level item of its own area, listed before it', () => {
    for (const item of CATALOGUE.filter((i) => i.parentId !== undefined)) {
      const parent = CATALOGUE_BY_ID.get(item.parentId!);
      expect(parent, `${item.id} → ${item.parentId}`).toBeDefined();
      expect(parent!.area).toBe(item.area);
      expect(parent!.parentId).toBeUndefined();
      expect(CATALOGUE.indexOf(parent!)).toBeLessThan(CATALOGUE.indexOf(item));
    }
  });

  it('says every item and remark in bokmål, nynorsk and English', () => {
    for (const item of CATALOGUE) {
      for (const text of item.remark === undefined ? [item.text] : [item.text, item.remark]) {
        expect(text.nb.trim(), item.id).not.toBe('');
        expect(text.nn.trim(), item.id).not.toBe('');
        expect(text.en.trim(), item.id).not.toBe('');
        expect(text.en, item.id).not.toBe(text.nb);
      }
    }
  });

  it('gives every item a known area, owner role, requirement and actor', () => {
    for (const item of CATALOGUE) {
      expect(AREA_IDS).toContain(item.area);
      expect(ROLE_IDS).toContain(item.ownerRole);
      expect(['required', 'recommended']).toContain(item.requirement);
      expect(['each', 'controller', 'caseSystem', 'navUnit']).toContain(item.actor);
    }
  });

  it('gives due dates in whole days around the connection date, or none', () => {
    for (const item of CATALOGUE) {
      if (item.due === null) continue;
      expect(Number.isInteger(item.due.days), item.id).toBe(true);
      expect(['source', 'app']).toContain(item.due.basis);
    }
  });

  it('finds an item by id and refuses an unknown id', () => {
    expect(catalogueItem('decision.start-project').area).toBe('decision');
    expect(CATALOGUE_BY_ID.size).toBe(CATALOGUE.length);
    expect(() => catalogueItem('decision.no-such-item')).toThrow(/decision\.no-such-item/);
  });
});

describe('what the sources say about particular items', () => {
  it('marks the whole test area as recommended: the handbook does not require a test', () => {
    const test = CATALOGUE.filter((item) => item.area === 'test');
    expect(test.every((item) => item.requirement === 'recommended')).toBe(true);
  });

  it('has the agreements with the directorate signed in Mercell about a week before connection', () => {
    for (const id of ['connection.dpa-directorate', 'connection.cooperation-agreement-directorate']) {
      const item = catalogueItem(id);
      expect(item.due).toEqual({ days: -7, basis: 'source' });
      expect(item.actor).toBe('controller');
      expect(item.remark?.nb).toMatch(/Mercell/);
    }
  });

  it('has no due date for the supplementary agreement with KS, which is still being drafted', () => {
    expect(catalogueItem('ksSupplement.agreement').due).toBeNull();
  });

  it('corrects the handbook’s misspelt digosos@nav.no on the e-mail to Digisos', () => {
    const item = catalogueItem('afterConnection.mail-digisos');
    expect(item.source.quote).toContain('digisos@nav.no');
    expect(item.remark?.nb).toContain('digosos@nav.no');
  });

  it('has every municipality activate NKS access itself, and says the letter’s deadline has passed', () => {
    const steps = CATALOGUE.filter((item) => item.id.startsWith('nks.step-'));
    expect(steps).toHaveLength(4);
    expect(steps.every((item) => item.actor === 'each' && item.ownerRole === 'archive')).toBe(true);
    expect(steps[0]!.remark?.nb).toMatch(/1\. februar 2023/);
    expect(catalogueItem('nks.agreement').requirement).toBe('recommended');
  });

  it('asks for the on-call phone, competence and NORG only while NKS access is not activated', () => {
    const onCall = ['nks.on-call-phone', 'nks.staff-competence', 'nks.norg-office-info'].map(catalogueItem);
    for (const item of onCall) {
      expect(item.requirement).toBe('recommended');
      expect(item.remark?.en).toMatch(/only while NKS access is not activated/);
    }
  });
});

/** The handbook's words for the phases in its roles table. */
const PHASES: Record<string, string> = {
  Forberedelse: 'preparation',
  Påkobling: 'connection',
  Realisere: 'realisation',
};

describe('areas and roles', () => {
  it('titles every area, in the order the app shows them, with a section its seed has', () => {
    expect(AREAS.map((area) => area.id)).toEqual([...AREA_IDS]);
    for (const area of AREAS) {
      expect(areaInfo(area.id)).toBe(area);
      expect(area.title.en).not.toBe(area.title.nb);
      expect(NORMALISED_SEEDS[area.source.seed]).toContain(normalise(area.source.section));
      expect(CATALOGUE.some((item) => item.area === area.id)).toBe(true);
    }
  });

  it("has the seven roles of the handbook's table, with its phases and comments", () => {
    expect(ROLES.map((role) => role.id)).toEqual([...ROLE_IDS]);
    for (const role of ROLES) {
      expect(roleInfo(role.id)).toBe(role);
      const row = handbook.find((line) => line.startsWith(`${role.title.nb}\t`))?.split('\t');
      expect(row, role.id).toBeDefined();
      const phases = (row![1] ?? '').split('/').map((phase) => PHASES[phase.trim()]);
      expect(role.phases).toEqual(phases);
      expect(normalise(row![2] ?? '')).toBe(role.description.nb);
      expect(role.description.en).not.toBe(role.description.nb);
    }
  });
});
