import { ITEM_STATUSES, type StoredDocument, type Municipality } from '../../shared/schema/workspace';
import { emptyDocument } from '../../shared/schema/workspace';
import { orgNumberCheckDigit } from '../../shared/domain/org-number';

/** A valid organisation number derived from a seed (skipping bases with no check digit). */
function orgNumber(seed: number): string {
  for (let base = 90_000_000 + seed * 37; ; base += 1) {
    const digits = String(base);
    const check = orgNumberCheckDigit(digits);
    if (check !== null) return `${digits}${check}`;
  }
}

/** The benchmark's workspace: `municipalities` municipalities with `items` checklist entries each. */
export function largeDocument(municipalities = 10, items = 500): StoredDocument {
  const at = '2026-11-23T10:00:00.000Z';
  const list: Municipality[] = Array.from({ length: municipalities }, (_, m) => ({
    id: `m-${m + 1}`,
    name: `Testkommune ${m + 1}`,
    number: String(3001 + m).padStart(4, '0'),
    orgNumber: orgNumber(m + 1),
    inhabitants: 2_000 + m * 3_517,
    inhabitantsDate: '2026-01-01',
    navUnit: `NAV Testkommune ${m + 1}`,
    checklist: Array.from({ length: items }, (_, i) => ({
      itemId: `item-${i + 1}`,
      status: ITEM_STATUSES[i % ITEM_STATUSES.length] ?? 'notStarted',
      owner: i % 3 === 0 ? 'Kari Nordmann (NAV-leder)' : '',
      dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
      note:
        i % 5 === 0 ? 'Avklart med leverandøren i møte; venter på bekreftelse på e-post før vi går videre – æøå.' : '',
      completedAt: i % 4 === 2 ? '2026-10-01' : null,
      completedBy: i % 4 === 2 ? 'Ola Nordmann' : '',
      updatedAt: at,
    })),
    createdAt: at,
    updatedAt: at,
  }));
  return {
    ...emptyDocument('bench', new Date(at)),
    settings: { userName: 'Benk', language: 'nb' },
    workspace: { id: 'w-bench', name: 'Benchmark', municipalities: list, createdAt: at, updatedAt: at },
  };
}
