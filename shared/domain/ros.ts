import type { LocalizedText } from '../catalogue/types';
import type { RiskScale } from '../schema/enums';
import type { Risk, Ros } from '../schema/workspace';

/** Red: measures necessary; yellow: measures to be considered; green: acceptable (DOMAIN.md 10). */
export type RiskLevel = 'green' | 'yellow' | 'red';

export interface Acceptance {
  greenMax: number;
  yellowMax: number;
}

/** Default acceptance criteria per scale: the score (likelihood × consequence) up to which a risk is green or yellow. */
export const DEFAULT_ACCEPTANCE: Record<RiskScale, Acceptance> = {
  3: { greenMax: 2, yellowMax: 4 },
  4: { greenMax: 3, yellowMax: 8 },
  5: { greenMax: 4, yellowMax: 9 },
};

/** The risk score: likelihood × consequence. */
export function riskScore(likelihood: number, consequence: number): number {
  return likelihood * consequence;
}

/** The colour of a score under the acceptance criteria. */
export function riskLevel(likelihood: number, consequence: number, acceptance: Acceptance): RiskLevel {
  const score = riskScore(likelihood, consequence);
  if (score <= acceptance.greenMax) return 'green';
  if (score <= acceptance.yellowMax) return 'yellow';
  return 'red';
}

/** Acceptance criteria must be ordered and fit the scale. */
export function validAcceptance(scale: RiskScale, acceptance: Acceptance): boolean {
  return acceptance.greenMax >= 1 && acceptance.greenMax < acceptance.yellowMax && acceptance.yellowMax < scale * scale;
}

/** Moves a level from one scale to another, keeping its place proportionally (rounded up, at least 1). */
export function rescaleLevel(level: number, from: RiskScale, to: RiskScale): number {
  if (from === to) return level;
  return Math.min(to, Math.max(1, Math.ceil((level * to) / from)));
}

/** Changes the scale of an analysis: every risk's levels are moved, the acceptance criteria reset to the scale's default. */
export function changeScale(ros: Ros, to: RiskScale): Ros {
  const from = ros.scale;
  const move = (n: number) => rescaleLevel(n, from, to);
  return {
    ...ros,
    scale: to,
    acceptance: DEFAULT_ACCEPTANCE[to],
    risks: ros.risks.map((r) => ({
      ...r,
      likelihood: move(r.likelihood),
      consequence: move(r.consequence),
      residualLikelihood: move(r.residualLikelihood),
      residualConsequence: move(r.residualConsequence),
    })),
  };
}

const LIKELIHOOD_LABELS: Record<RiskScale, LocalizedText[]> = {
  3: [
    { nb: 'Lav', nn: 'Låg', en: 'Low' },
    { nb: 'Middels', nn: 'Middels', en: 'Medium' },
    { nb: 'Høy', nn: 'Høg', en: 'High' },
  ],
  4: [
    { nb: 'Lite sannsynlig', nn: 'Lite sannsynleg', en: 'Unlikely' },
    { nb: 'Mulig', nn: 'Mogleg', en: 'Possible' },
    { nb: 'Sannsynlig', nn: 'Sannsynleg', en: 'Likely' },
    { nb: 'Svært sannsynlig', nn: 'Svært sannsynleg', en: 'Very likely' },
  ],
  5: [
    { nb: 'Svært lite sannsynlig', nn: 'Svært lite sannsynleg', en: 'Very unlikely' },
    { nb: 'Lite sannsynlig', nn: 'Lite sannsynleg', en: 'Unlikely' },
    { nb: 'Mulig', nn: 'Mogleg', en: 'Possible' },
    { nb: 'Sannsynlig', nn: 'Sannsynleg', en: 'Likely' },
    { nb: 'Svært sannsynlig', nn: 'Svært sannsynleg', en: 'Very likely' },
  ],
};

const CONSEQUENCE_LABELS: Record<RiskScale, LocalizedText[]> = {
  3: [
    { nb: 'Liten', nn: 'Lita', en: 'Minor' },
    { nb: 'Middels', nn: 'Middels', en: 'Moderate' },
    { nb: 'Stor', nn: 'Stor', en: 'Major' },
  ],
  4: [
    { nb: 'Ubetydelig', nn: 'Ubetydeleg', en: 'Insignificant' },
    { nb: 'Mindre alvorlig', nn: 'Mindre alvorleg', en: 'Minor' },
    { nb: 'Alvorlig', nn: 'Alvorleg', en: 'Serious' },
    { nb: 'Svært alvorlig', nn: 'Svært alvorleg', en: 'Very serious' },
  ],
  5: [
    { nb: 'Ubetydelig', nn: 'Ubetydeleg', en: 'Insignificant' },
    { nb: 'Mindre alvorlig', nn: 'Mindre alvorleg', en: 'Minor' },
    { nb: 'Alvorlig', nn: 'Alvorleg', en: 'Serious' },
    { nb: 'Svært alvorlig', nn: 'Svært alvorleg', en: 'Very serious' },
    { nb: 'Kritisk', nn: 'Kritisk', en: 'Critical' },
  ],
};

/** The labels of each likelihood level, lowest first. */
export function likelihoodLabels(scale: RiskScale): LocalizedText[] {
  return LIKELIHOOD_LABELS[scale];
}

/** The labels of each consequence level, lowest first. */
export function consequenceLabels(scale: RiskScale): LocalizedText[] {
  return CONSEQUENCE_LABELS[scale];
}

/** How many risks sit in each cell of the matrix, before (`inherent`) or after measures (`residual`). */
export function matrixCounts(ros: Ros, which: 'inherent' | 'residual'): number[][] {
  const cells = Array.from({ length: ros.scale }, () => Array.from({ length: ros.scale }, () => 0));
  for (const risk of ros.risks) {
    const l = which === 'inherent' ? risk.likelihood : risk.residualLikelihood;
    const c = which === 'inherent' ? risk.consequence : risk.residualConsequence;
    const row = cells[l - 1];
    if (row && c >= 1 && c <= ros.scale) row[c - 1] = (row[c - 1] ?? 0) + 1;
  }
  return cells;
}

/** A risk measure that is not done and has a deadline, for the dashboard. */
export interface OpenMeasure {
  risk: Risk;
  measureId: string;
  text: string;
  owner: string;
  deadline: string | null;
}

export function openMeasures(ros: Ros): OpenMeasure[] {
  return ros.risks.flatMap((risk) =>
    risk.measures
      .filter((m) => !m.done)
      .map((m) => ({ risk, measureId: m.id, text: m.text, owner: m.owner, deadline: m.deadline })),
  );
}
