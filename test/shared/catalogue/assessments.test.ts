import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DPIA_GUIDANCE,
  ROUTINE_GUIDANCE,
  STARTER_RISKS,
  type SectionGuidance,
} from '../../../shared/catalogue/assessments';
import type { LocalizedText, SeedId } from '../../../shared/catalogue/types';
import { DPIA_SECTIONS, ROUTINE_PARTS, SECURITY_VALUES } from '../../../shared/schema/enums';

const SOURCES = path.join(import.meta.dirname, '../../../resources/sources');

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function readSeed(seed: SeedId): string {
  const file = fs.readdirSync(SOURCES).find((name) => name.startsWith(`${seed}_`));
  if (file === undefined) throw new Error(`no seed file ${seed}_* in ${SOURCES}`);
  return normalise(fs.readFileSync(path.join(SOURCES, file), 'utf8'));
}

const FIELDS = ['title', 'question', 'draft', 'basis'] as const satisfies readonly (keyof SectionGuidance)[];

/** The languages of a text that are missing or blank. */
const blank = (text: LocalizedText) => (['nb', 'nn', 'en'] as const).filter((lang) => text[lang].trim() === '');

function missingTexts(guidance: Readonly<Record<string, SectionGuidance>>, keys: readonly string[]): string[] {
  return keys.flatMap((key) => {
    const section = guidance[key];
    if (section === undefined) return [`${key}: no guidance`];
    return FIELDS.flatMap((field) => blank(section[field]).map((lang) => `${key}.${field}.${lang}`));
  });
}

describe('guidance for the DPIA', () => {
  it('covers exactly the eight sections of GDPR art. 35(7), each fully written in bokmål, nynorsk and English', () => {
    expect(Object.keys(DPIA_GUIDANCE).sort()).toEqual([...DPIA_SECTIONS].sort());
    expect(missingTexts(DPIA_GUIDANCE, DPIA_SECTIONS)).toEqual([]);
  });

  it('gives every section a draft with places marked for the municipality to fill in', () => {
    for (const section of DPIA_SECTIONS) {
      expect(DPIA_GUIDANCE[section].draft.nb, section).toMatch(/\[[^\]]+\]/);
      expect(DPIA_GUIDANCE[section].draft.en, section).not.toBe(DPIA_GUIDANCE[section].draft.nb);
    }
  });

  it('leaves the retention periods to the municipality', () => {
    expect(DPIA_GUIDANCE.retention.draft.nb).toMatch(/egne lagringstider/);
  });
});

describe('guidance for the emergency routines', () => {
  it('covers every part of the routines, each fully written in bokmål, nynorsk and English', () => {
    expect(Object.keys(ROUTINE_GUIDANCE).sort()).toEqual([...ROUTINE_PARTS].sort());
    expect(missingTexts(ROUTINE_GUIDANCE, ROUTINE_PARTS)).toEqual([]);
  });

  it('describes the manual fallback in SvarUt and labels it as background from 2024', () => {
    const correction = ROUTINE_GUIDANCE.correction;
    expect(correction.draft.nb).toContain('«Klar for mottak»');
    expect(correction.basis.nb).toMatch(/2024/);
    expect(correction.basis.nb).toMatch(/ikke i kildedokumentene/);
  });

  it('sends errors to the right addresses, with the handbook’s misspelling corrected', () => {
    const escalation = ROUTINE_GUIDANCE.escalation.draft;
    for (const text of [escalation.nb, escalation.nn, escalation.en]) {
      expect(text).toContain('fiks@ks.no');
      expect(text).toContain('digisos@nav.no');
      expect(text).not.toContain('digosos@nav.no');
    }
  });
});

describe('starter risks for the ROS analysis', () => {
  const seeds = new Map<SeedId, string>();
  const seed = (id: SeedId) => {
    if (!seeds.has(id)) seeds.set(id, readSeed(id));
    return seeds.get(id)!;
  };

  it('offers at least eight Digisos-specific events, each with a unique, stable kebab-case id', () => {
    expect(STARTER_RISKS.length).toBeGreaterThanOrEqual(8);
    const ids = STARTER_RISKS.map((risk) => risk.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('suggests a likelihood and a consequence from 1 to 5 for every event', () => {
    for (const risk of STARTER_RISKS) {
      for (const level of [risk.likelihood, risk.consequence]) {
        expect(Number.isInteger(level), risk.id).toBe(true);
        expect(level, risk.id).toBeGreaterThanOrEqual(1);
        expect(level, risk.id).toBeLessThanOrEqual(5);
      }
    }
  });

  it('names at least one value each event hits, without repeats', () => {
    for (const risk of STARTER_RISKS) {
      expect(risk.values.length, risk.id).toBeGreaterThan(0);
      expect(new Set(risk.values).size, risk.id).toBe(risk.values.length);
      for (const value of risk.values) expect(SECURITY_VALUES).toContain(value);
    }
  });

  it('says every event, cause and measure in bokmål, nynorsk and English', () => {
    const problems = STARTER_RISKS.flatMap((risk) =>
      (['event', 'cause', 'existingMeasures', 'suggestedMeasure'] as const).flatMap((field) =>
        blank(risk[field]).map((lang) => `${risk.id}.${field}.${lang}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('quotes its seed word for word, under a section the seed has, wherever it names one', () => {
    const problems = STARTER_RISKS.flatMap((risk) => {
      if (risk.source === null) return [];
      const text = seed(risk.source.seed);
      return [
        ...(text.includes(normalise(risk.source.quote)) ? [] : [`${risk.id}: quote not in ${risk.source.seed}`]),
        ...(text.includes(normalise(risk.source.section)) ? [] : [`${risk.id}: section not in ${risk.source.seed}`]),
      ];
    });
    expect(problems).toEqual([]);
    expect(STARTER_RISKS.some((risk) => risk.source !== null)).toBe(true);
  });
});
