/**
 * Guidance and starter content for the DPIA, the ROS analysis and the emergency routines.
 * Prefilled texts are suggestions: the user keeps, edits or clears them.
 */
import type { DpiaSection, RoutinePart, SecurityValue } from '../schema/enums';
import type { LocalizedText, SourceRef } from './types';

export interface SectionGuidance {
  title: LocalizedText;
  /** What the section must answer, shown above the field. */
  question: LocalizedText;
  /** A starting text for the municipality to adapt (prefilled in new workspaces, in bokmål). */
  draft: LocalizedText;
  /** Where the requirement comes from (GDPR article, the handbook). Background sources are labelled as such. */
  basis: LocalizedText;
}

/** One Digisos-specific unwanted event the user may accept, edit or drop. */
export interface StarterRisk {
  id: string;
  event: LocalizedText;
  cause: LocalizedText;
  values: readonly SecurityValue[];
  existingMeasures: LocalizedText;
  /** Suggested likelihood and consequence on the 5×5 scale. */
  likelihood: number;
  consequence: number;
  suggestedMeasure: LocalizedText;
  /** The seed behind the event, if any; otherwise it is background (DOMAIN.md 10). */
  source: SourceRef | null;
}

export { DPIA_GUIDANCE, ROUTINE_GUIDANCE, STARTER_RISKS } from './assessments-data';
export type { DpiaSection, RoutinePart };
