/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a modulus-11
 * check digit over the first eight with weights 3 2 7 6 5 4 3 2.
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Removes the spaces people type (`940 155 223` → `940155223`). */
export function normalizeOrgNumber(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, '');
}

/** The check digit for the first eight digits, or null when no valid number can end them (remainder 1). */
export function orgNumberCheckDigit(firstEight: string): number | null {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    sum += Number(firstEight[i]) * (WEIGHTS[i] ?? 0);
  }
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** True for nine digits whose last digit is the modulus-11 check digit of the first eight. */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return orgNumberCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/** `940155223` → `940 155 223` (no-break spaces). */
export function formatOrgNumber(value: string): string {
  if (!/^\d{9}$/.test(value)) return value;
  return `${value.slice(0, 3)}\u00a0${value.slice(3, 6)}\u00a0${value.slice(6)}`;
}
