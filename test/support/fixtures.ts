import type { MunicipalityForm } from '../../shared/domain/municipality';

/** A form a user would fill in for a real municipality (Bergen kommune's published numbers). */
export const bergenForm: MunicipalityForm = {
  name: 'Bergen kommune',
  number: '4601',
  orgNumber: '964 338 531',
  inhabitants: '291 940',
  inhabitantsDate: '01.01.2025',
  navUnit: 'NAV Bergenhus',
};

export const osloForm: MunicipalityForm = {
  name: 'Oslo kommune',
  number: '0301',
  orgNumber: '958935420',
  inhabitants: '717710',
  inhabitantsDate: '1.1.2025',
  navUnit: 'NAV Grünerløkka',
};

/** A fixed moment for tests that stamp times. */
export const NOW = new Date('2026-11-23T10:00:00.000Z');

/** A predictable id source: m-1, m-2, … */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${n}`;
  };
}
