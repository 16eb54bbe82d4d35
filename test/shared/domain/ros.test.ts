import { describe, expect, it } from 'vitest';
import {
  changeScale,
  consequenceLabels,
  DEFAULT_ACCEPTANCE,
  likelihoodLabels,
  matrixCounts,
  openMeasures,
  rescaleLevel,
  riskLevel,
  validAcceptance,
} from '../../../shared/domain/ros';
import { newRos } from '../../../shared/domain/assessments';
import type { Risk } from '../../../shared/schema/workspace';

const risk = (patch: Partial<Risk>): Risk => ({
  id: 'r',
  starterId: null,
  event: 'Fagsystemet henter ikke søknader',
  cause: '',
  values: ['availability'],
  existingMeasures: '',
  likelihood: 3,
  consequence: 4,
  uncertainty: 'medium',
  measures: [],
  residualLikelihood: 2,
  residualConsequence: 4,
  riskOwner: '',
  acceptedBy: '',
  ...patch,
});

describe('risk levels and colours', () => {
  // Every cell of every scale, against the default acceptance criteria.
  const expected: Record<3 | 4 | 5, string[]> = {
    3: ['GGY', 'GYR', 'YRR'],
    4: ['GGGY', 'GYYY', 'GYRR', 'YYRR'],
    5: ['GGGGY', 'GGYYR', 'GYYRR', 'GYRRR', 'YRRRR'],
  };
  it.each([3, 4, 5] as const)('colours every cell of the %d×%d matrix by likelihood × consequence', (scale) => {
    const rows = Array.from({ length: scale }, (_, l) =>
      Array.from({ length: scale }, (_, c) =>
        riskLevel(l + 1, c + 1, DEFAULT_ACCEPTANCE[scale])[0]!.toUpperCase(),
      ).join(''),
    );
    expect(rows).toEqual(expected[scale]);
  });

  it.each([
    [4, 'green'],
    [5, 'yellow'],
    [9, 'yellow'],
    [10, 'red'],
  ] as const)('on the operational 5×5 scale, a score of %d is %s', (score, level) => {
    const [l, c] = score === 9 ? [3, 3] : score === 10 ? [2, 5] : score === 5 ? [1, 5] : [2, 2];
    expect(riskLevel(l, c, DEFAULT_ACCEPTANCE[5])).toBe(level);
  });

  it('follows acceptance criteria the municipality sets itself', () => {
    expect(riskLevel(2, 3, { greenMax: 6, yellowMax: 12 })).toBe('green');
    expect(riskLevel(3, 3, { greenMax: 6, yellowMax: 12 })).toBe('yellow');
    expect(riskLevel(4, 4, { greenMax: 6, yellowMax: 12 })).toBe('red');
  });

  it('refuses acceptance criteria out of order or beyond the scale', () => {
    expect(validAcceptance(5, { greenMax: 4, yellowMax: 9 })).toBe(true);
    expect(validAcceptance(5, { greenMax: 9, yellowMax: 4 })).toBe(false);
    expect(validAcceptance(3, { greenMax: 2, yellowMax: 9 })).toBe(false);
    expect(validAcceptance(5, { greenMax: 0, yellowMax: 4 })).toBe(false);
  });

  it('has Norwegian labels for every level of every scale', () => {
    for (const scale of [3, 4, 5] as const) {
      expect(likelihoodLabels(scale)).toHaveLength(scale);
      expect(consequenceLabels(scale)).toHaveLength(scale);
    }
    expect(likelihoodLabels(5)[4]?.nb).toBe('Svært sannsynlig');
    expect(consequenceLabels(5)[4]?.nb).toBe('Kritisk');
  });
});

describe('changing the scale', () => {
  it.each([
    [5, 5, 3, 3],
    [1, 5, 3, 1],
    [3, 5, 3, 2],
    [2, 3, 5, 4],
    [4, 4, 4, 4],
  ] as const)('moves level %d of %d to %d as %d', (level, from, to, moved) => {
    expect(rescaleLevel(level, from, to)).toBe(moved);
  });

  it('moves every risk and resets the criteria to the new scale’s', () => {
    const ros = {
      ...newRos(),
      risks: [risk({ likelihood: 5, consequence: 4, residualLikelihood: 1, residualConsequence: 2 })],
    };
    const three = changeScale(ros, 3);
    expect(three.acceptance).toEqual(DEFAULT_ACCEPTANCE[3]);
    expect(three.risks[0]).toMatchObject({
      likelihood: 3,
      consequence: 3,
      residualLikelihood: 1,
      residualConsequence: 2,
    });
  });
});

describe('the matrix and the measures', () => {
  it('counts risks per cell, before and after measures', () => {
    const ros = {
      ...newRos(),
      risks: [
        risk({ id: 'a' }),
        risk({ id: 'b', likelihood: 3, consequence: 4, residualLikelihood: 1, residualConsequence: 1 }),
      ],
    };
    expect(matrixCounts(ros, 'inherent')[2]?.[3]).toBe(2);
    expect(matrixCounts(ros, 'residual')[1]?.[3]).toBe(1);
    expect(matrixCounts(ros, 'residual')[0]?.[0]).toBe(1);
  });

  it('lists the measures not yet done, with owner and deadline', () => {
    const ros = {
      ...newRos(),
      risks: [
        risk({
          measures: [
            { id: 'm1', text: 'Varsling til felles postkasse', owner: 'IT', deadline: '2026-12-01', done: false },
            { id: 'm2', text: 'Opplæring', owner: 'NAV-leder', deadline: null, done: true },
          ],
        }),
      ],
    };
    expect(openMeasures(ros).map((m) => [m.text, m.owner, m.deadline])).toEqual([
      ['Varsling til felles postkasse', 'IT', '2026-12-01'],
    ]);
  });
});
