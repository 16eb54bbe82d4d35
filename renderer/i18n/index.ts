import type { Language } from '../../shared/domain/language';
import { useAppStore } from '../store/app-store';
import type { Widen } from './define';
import { en } from './en';
import type { Messages } from './messages';
import { nb } from './nb';
import { nn } from './nn';

export type { Messages } from './messages';
export { defineTexts } from './define';

export const MESSAGES: Record<Language, Messages> = { nb, nn, en };

/** The user's language (bokmål until the stored settings say otherwise). */
export function useLanguage(): Language {
  return useAppStore((state) => state.document?.settings.language ?? 'nb');
}

/** The app's common texts in the user's language. */
export function useT(): Messages {
  return MESSAGES[useLanguage()];
}

/** A feature's own text table (made with `defineTexts`) in the user's language. */
export function useTexts<T>(table: Record<Language, Widen<T>>): Widen<T> {
  return table[useLanguage()];
}
