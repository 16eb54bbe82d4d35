import type { RiskLevel } from '../../../shared/domain/ros';
import type { Risk } from '../../../shared/schema/workspace';

export type Which = 'inherent' | 'residual';

/** A matrix cell the register is narrowed to. */
export interface MatrixFilter {
  which: Which;
  likelihood: number;
  consequence: number;
}

/** The CSS class that colours a level; the colour never stands alone (text or pattern goes with it). */
export function levelClass(level: RiskLevel): string {
  return `ros-level ros-level--${level}`;
}

export function levelsOf(risk: Risk, which: Which): { likelihood: number; consequence: number } {
  return which === 'inherent'
    ? { likelihood: risk.likelihood, consequence: risk.consequence }
    : { likelihood: risk.residualLikelihood, consequence: risk.residualConsequence };
}

export function inCell(risk: Risk, filter: MatrixFilter): boolean {
  const levels = levelsOf(risk, filter.which);
  return levels.likelihood === filter.likelihood && levels.consequence === filter.consequence;
}

/** New measures of a risk: how many, how many not done, how many not done past their deadline. */
export function measureStats(risk: Risk, today: string): { count: number; open: number; overdue: number } {
  const open = risk.measures.filter((m) => !m.done);
  return {
    count: risk.measures.length,
    open: open.length,
    overdue: open.filter((m) => m.deadline !== null && m.deadline < today).length,
  };
}

/** An id safe to use in the DOM, from a stored id. */
export function domId(id: string): string {
  return `risk-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function starterDomId(id: string): string {
  return `ros-starter-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
