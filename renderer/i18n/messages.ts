import type { nb } from './nb';

/** The shape of a language: bokmål's keys, with any text (and the same parameters). */
type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Widen<T[K]>;
};

export type Messages = Widen<typeof nb>;
