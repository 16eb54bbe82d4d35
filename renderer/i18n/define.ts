import type { Language } from '../../shared/domain/language';

/** The shape of a text table: bokmål's keys, with any text (and the same parameters). */
export type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Widen<T[K]>;
};

/**
 * A feature's texts in every language. Bokmål is the source; the compiler refuses a nynorsk
 * or English table that misses a key or changes a parameter.
 */
export function defineTexts<T>(nb: T, others: { nn: Widen<T>; en: Widen<T> }): Record<Language, Widen<T>> {
  return { nb: nb as Widen<T>, nn: others.nn, en: others.en };
}
