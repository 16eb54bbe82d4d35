import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../../shared/catalogue/types';
import { addDays, daysBetween, dueDate, dueState, MILESTONES, milestoneDates } from '../../../shared/domain/plan';

const item = (due: CatalogueItem['due']): CatalogueItem => ({
  id: 'test.item',
  area: 'test',
  text: { nb: 'x', nn: 'x', en: 'x' },
  source: { seed: '003', section: 'Test av løsningen', quote: 'x' },
  ownerRole: 'it',
  requirement: 'recommended',
  actor: 'each',
  due,
});

describe('the connection plan', () => {
  it('counts days across months, years and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(daysBetween('2026-11-23', '2026-12-05')).toBe(12);
    expect(daysBetween('2026-12-05', '2026-11-23')).toBe(-12);
  });

  it('places the milestones of the handbook around the connection date', () => {
    const dates = Object.fromEntries(MILESTONES.map((m) => [m.id, milestoneDates(m, '2026-06-05')]));
    expect(dates).toEqual({
      vendorDate: { from: '2026-05-01', to: '2026-05-15' },
      videoMeeting: { from: '2026-05-22', to: '2026-05-29' },
      connectionDay: { from: '2026-06-05', to: '2026-06-05' },
      publishing: { from: '2026-06-05', to: '2026-06-05' },
      afterConnection: { from: '2026-06-06', to: '2026-06-12' },
    });
  });

  it('says where the handbook is silent on timing', () => {
    expect(MILESTONES.filter((m) => m.remark).map((m) => m.id)).toEqual(['publishing', 'afterConnection']);
  });

  it.each<[string, CatalogueItem['due'], string | null, string | null, { date: string | null; basis: string }]>([
    [
      'a default from the plan',
      { days: -14, basis: 'source' },
      null,
      '2026-06-05',
      { date: '2026-05-22', basis: 'source' },
    ],
    [
      'a default the app proposes',
      { days: -120, basis: 'app' },
      null,
      '2026-06-05',
      { date: '2026-02-05', basis: 'app' },
    ],
    [
      'a date set by hand, whatever the plan',
      { days: -14, basis: 'source' },
      '2026-04-01',
      '2026-06-05',
      { date: '2026-04-01', basis: 'manual' },
    ],
    [
      'no date before a connection date is planned',
      { days: -14, basis: 'source' },
      null,
      null,
      { date: null, basis: 'none' },
    ],
    ['no date for an item without a deadline', null, null, '2026-06-05', { date: null, basis: 'none' }],
  ])('gives %s', (_case, due, manual, connection, expected) => {
    expect(dueDate(item(due), manual, connection)).toEqual(expected);
  });

  it('moves default due dates with the connection date, and leaves dates set by hand alone', () => {
    const withDefault = item({ days: -14, basis: 'source' });
    expect(dueDate(withDefault, null, '2026-06-05').date).toBe('2026-05-22');
    expect(dueDate(withDefault, null, '2026-09-04').date).toBe('2026-08-21');
    expect(dueDate(withDefault, '2026-04-01', '2026-09-04').date).toBe('2026-04-01');
  });

  it.each([
    ['notStarted', '2026-11-22', 'overdue'],
    ['inProgress', '2026-11-23', 'dueSoon'],
    ['notStarted', '2026-11-30', 'dueSoon'],
    ['notStarted', '2026-12-01', 'later'],
    ['notStarted', null, 'noDate'],
    ['done', '2026-01-01', 'closed'],
    ['notRelevant', '2026-01-01', 'closed'],
  ] as const)('an item %s due %s is %s on 23.11.2026', (status, due, state) => {
    expect(dueState(status, due, '2026-11-23')).toBe(state);
  });
});
