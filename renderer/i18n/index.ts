import type { Language } from '../../shared/schema/workspace';
import { useAppStore } from '../store/app-store';
import { en } from './en';
import type { Messages } from './messages';
import { nb } from './nb';
import { nn } from './nn';

export type { Messages } from './messages';

export const MESSAGES: Record<Language, Messages> = { nb, nn, en };

/** The texts in the user's language (bokmål until the stored settings say otherwise). */
export function useT(): Messages {
  const language = useAppStore((state) => state.document?.settings.language ?? 'nb');
  return MESSAGES[language];
}
