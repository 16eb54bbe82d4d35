import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/services/external-links';

describe('links the app may open in the browser', () => {
  it.each(['https://www.nav.no/sosialhjelp/avtaler', 'https://forvaltning.fiks.ks.no/', 'https://www.ks.no/fiks'])(
    'opens %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'http://www.nav.no/',
    'https://nav.no.evil.example/',
    'https://user:pw@www.nav.no/',
    'https://www.nav.no:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
