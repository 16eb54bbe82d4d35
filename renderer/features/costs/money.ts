import { formatKroner, formatUnitPrice } from '../../../shared/domain/costs';

const withoutKr = (text: string): string => text.replace(/^kr\u00a0/, '');

/** A price for people: whole kroner as amounts (`kr 55 000`, `kr 20`), others as unit prices (`kr 8,60`, `kr 0,01`). */
export function formatPrice(ore: number): string {
  return ore % 100 === 0 ? formatKroner(ore) : `kr\u00a0${formatUnitPrice(ore)}`;
}

/** A price as the user would type it back into a field: `55 000`, `8,60`. */
export function priceInput(ore: number): string {
  return withoutKr(formatPrice(ore));
}

/** An amount as the user would type it back into a field: `125 000`, `0`, `1 234,50`. */
export function amountInput(ore: number): string {
  return withoutKr(formatKroner(ore));
}
