import type { nb } from './nb';
import type { Widen } from './define';

export type Messages = Widen<typeof nb>;
