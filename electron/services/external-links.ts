import { URL } from 'node:url';

/**
 * The only places the app will open in the user's browser. Everything else is refused:
 * the app itself never loads remote content.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'nav.no',
  'www.nav.no',
  'ks.no',
  'www.ks.no',
  'forvaltning.fiks.ks.no',
  'www.datatilsynet.no',
  'www.brreg.no',
  'lovdata.no',
];

/** True for an https URL on the allow-list, with no credentials and no odd port. */
export function isAllowedExternalUrl(input: string): boolean {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(url.hostname)
  );
}
