import { largeExampleDocument } from '../../shared/example/example-workspace';
import type { StoredDocument } from '../../shared/schema/workspace';

export { largeExampleDocument } from '../../shared/example/example-workspace';

/** The benchmark's fixed moment, so that every run measures the same workspace. */
export const BENCH_NOW = new Date('2026-11-23T10:00:00.000Z');

/**
 * The benchmark's workspace: `municipalities` municipalities (the first the host) with
 * `items` checklist entries each, spread over every status, with owners, notes and history
 * (the generator lives in shared/example/example-workspace.ts).
 */
export function largeDocument(municipalities = 10, items = 500): StoredDocument {
  return largeExampleDocument(BENCH_NOW, { municipalities, items });
}
