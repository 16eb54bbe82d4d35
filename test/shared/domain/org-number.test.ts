import { describe, expect, it } from 'vitest';
import {
  formatOrgNumber,
  isValidOrgNumber,
  normalizeOrgNumber,
  orgNumberCheckDigit,
} from '../../../shared/domain/org-number';

describe('organisation numbers (mod-11)', () => {
  it.each(['964338531', '958935420', '940155223', '974760673'])('accepts the valid number %s', (n) => {
    expect(isValidOrgNumber(n)).toBe(true);
  });

  it.each([
    ['964338532', 'wrong check digit'],
    ['96433853', 'eight digits'],
    ['9643385310', 'ten digits'],
    ['96433853a', 'a letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (n) => {
    expect(isValidOrgNumber(n)).toBe(false);
  });

  it('has no valid check digit when the remainder is 1', () => {
    // Weighted sum 4 × 3 = 12 ≡ 1 (mod 11): no digit can complete it.
    expect(orgNumberCheckDigit('40000000')).toBeNull();
    for (let d = 0; d <= 9; d += 1) expect(isValidOrgNumber(`40000000${d}`)).toBe(false);
  });

  it('reads numbers typed with spaces and shows them grouped', () => {
    expect(normalizeOrgNumber('964 338 531')).toBe('964338531');
    expect(formatOrgNumber('964338531').replace(/\u00a0/g, ' ')).toBe('964 338 531');
  });
});
