import type { InputOf } from '../../../shared/ipc/contract';
import { formatDate } from '../../../shared/format/date';
import { DPIA_SECTIONS, type DpiaSection, type PriorConsultation } from '../../../shared/schema/enums';
import type { Dpia } from '../../../shared/schema/workspace';

/** What the user is editing: the DPIA as typed, with the DPO's date as `dd.mm.åååå`. */
export interface DpiaDraft {
  sections: Record<DpiaSection, string>;
  dpo: { who: string; date: string; advice: string };
  conclusion: { text: string; priorConsultation: PriorConsultation };
}

export type DpiaPatch = InputOf<'updateDpia'>['patch'];

export function draftOf(dpia: Dpia): DpiaDraft {
  return {
    sections: { ...dpia.sections },
    dpo: {
      who: dpia.dpoAdvice.who,
      date: dpia.dpoAdvice.date ? formatDate(dpia.dpoAdvice.date) : '',
      advice: dpia.dpoAdvice.advice,
    },
    conclusion: { ...dpia.conclusion },
  };
}

export function changedSections(draft: DpiaDraft, dpia: Dpia): DpiaSection[] {
  return DPIA_SECTIONS.filter((s) => draft.sections[s] !== dpia.sections[s]);
}

/** Only what differs from the stored DPIA, so a save never overwrites what the user did not touch. */
export function patchOf(draft: DpiaDraft, dpia: Dpia): DpiaPatch {
  const stored = draftOf(dpia);
  const patch: DpiaPatch = {};
  const sections = changedSections(draft, dpia);
  if (sections.length > 0) patch.sections = Object.fromEntries(sections.map((s) => [s, draft.sections[s]]));
  if (
    draft.dpo.who !== stored.dpo.who ||
    draft.dpo.date.trim() !== stored.dpo.date ||
    draft.dpo.advice !== stored.dpo.advice
  ) {
    patch.dpoAdvice = { ...draft.dpo, date: draft.dpo.date.trim() };
  }
  if (
    draft.conclusion.text !== stored.conclusion.text ||
    draft.conclusion.priorConsultation !== stored.conclusion.priorConsultation
  ) {
    patch.conclusion = { ...draft.conclusion };
  }
  return patch;
}

export function isEmptyPatch(patch: DpiaPatch): boolean {
  return !patch.sections && !patch.dpoAdvice && !patch.conclusion;
}
