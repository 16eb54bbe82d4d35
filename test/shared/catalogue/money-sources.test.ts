import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS } from '../../../shared/catalogue/agreements';
import { CATALOGUE_BY_ID } from '../../../shared/catalogue/checklist';
import { PRICES } from '../../../shared/catalogue/prices';

const SOURCES = path.resolve(import.meta.dirname, '../../../resources/sources');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const seed = (id: string) => {
  const file = fs.readdirSync(SOURCES).find((f) => f.startsWith(`${id}_`));
  return normalise(fs.readFileSync(path.join(SOURCES, file ?? ''), 'utf8'));
};

describe('prices and agreements, against their sources', () => {
  it.each(PRICES.map((p) => [p.id, p] as const))('the price %s quotes its source word for word', (_id, price) => {
    expect(seed(price.source.seed)).toContain(normalise(price.source.quote));
  });

  it('holds the prices of DOMAIN.md 2, in øre', () => {
    expect(Object.fromEntries(PRICES.map((p) => [p.id, p.ore]))).toEqual({
      connectionFeeFixed: 5_500_000,
      connectionFeePerInhabitant: 860,
      digifinMembershipPerInhabitant: 2_000,
      navOperationsPerYear: 340_000_000,
      svarUtPerShipment: 150,
      statusViewPerDocumentMonth: 1,
      storagePerGbMonth: 65,
    });
  });

  it.each(AGREEMENTS.map((a) => [a.number, a] as const))(
    'agreement %d quotes its source word for word',
    (_n, agreement) => {
      expect(seed(agreement.source.seed)).toContain(normalise(agreement.source.quote));
    },
  );

  it('has the nine agreements of DOMAIN.md 3, numbered 1–9, each linked to a real checklist item or none', () => {
    expect(AGREEMENTS.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const agreement of AGREEMENTS) {
      if (agreement.checklistItemId !== null)
        expect(CATALOGUE_BY_ID.has(agreement.checklistItemId), agreement.id).toBe(true);
    }
    expect(AGREEMENTS.filter((a) => a.requirement === 'recommended').map((a) => a.id)).toEqual(['nksInformation']);
  });
});
