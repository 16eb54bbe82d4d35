import { DPIA_GUIDANCE, ROUTINE_GUIDANCE } from '../catalogue/assessments';
import { DPIA_SECTIONS, ROUTINE_PARTS, type DpiaSection, type RoutinePart } from '../schema/enums';
import type { Dpia, Emergency, Ros } from '../schema/workspace';
import { DEFAULT_ACCEPTANCE } from './ros';
import type { Language } from './language';

/** A new DPIA: every section prefilled with the guidance's draft in the user's language, to keep, edit or clear. */
export function newDpia(language: Language = 'nb'): Dpia {
  return {
    sections: Object.fromEntries(DPIA_SECTIONS.map((s) => [s, DPIA_GUIDANCE[s].draft[language]])) as Record<
      DpiaSection,
      string
    >,
    dpoAdvice: { who: '', date: null, advice: '' },
    conclusion: { text: '', priorConsultation: 'undecided' },
    approval: null,
  };
}

/** A new ROS analysis: the operational 5×5 scale with its default acceptance criteria, no risks yet. */
export function newRos(): Ros {
  return { scale: 5, acceptance: DEFAULT_ACCEPTANCE[5], risks: [], dismissedStarters: [], approval: null };
}

/** New emergency routines, prefilled with the guidance's drafts in the user's language. */
export function newEmergency(language: Language = 'nb'): Emergency {
  return {
    parts: Object.fromEntries(ROUTINE_PARTS.map((p) => [p, ROUTINE_GUIDANCE[p].draft[language]])) as Record<
      RoutinePart,
      string
    >,
    log: [],
    approval: null,
  };
}
