import { formatDate } from '../format/date';
import { formatOrgNumber } from './org-number';
import type { Municipality } from '../schema/workspace';

/** A message drafted for the user to copy into their own e-mail program; the app sends nothing. */
export interface Draft {
  to: string;
  subject: string;
  body: string;
}

/** Where the handbook says to report the connection (seed 003; it once misspells it "digosos@"). */
export const DIGISOS_ADDRESS = 'digisos@nav.no';
/** Where NAV Kontaktsenter is told from which date citizens can apply digitally (seed 003). */
export const CONTACT_CENTRE_ADDRESS = 'nav.kontaktsenter.remedy@nav.no';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** The date digital applications started: the day receiving went into production, else the planned date. */
export function connectionDateOf(m: Municipality): string | null {
  if (m.capabilities.receiving.state === 'inProduction' && m.capabilities.receiving.since) {
    return m.capabilities.receiving.since;
  }
  return m.plannedConnectionDate;
}

const UPGRADE_LINES = {
  nb: {
    upgraded: 'Fagsystemet er oppgradert til en versjon som støtter Digisos.',
    planned: 'Fagsystemet er ikke oppgradert ennå, men oppgraderingen er planlagt.',
    notPlanned: 'Fagsystemet er ikke oppgradert, og oppgradering er ikke planlagt.',
    unknown: '[Fyll inn: Er fagsystemet oppgradert? Hvis ikke, er det planlagt?]',
  },
  nn: {
    upgraded: 'Fagsystemet er oppgradert til ein versjon som støttar Digisos.',
    planned: 'Fagsystemet er ikkje oppgradert enno, men oppgraderinga er planlagd.',
    notPlanned: 'Fagsystemet er ikkje oppgradert, og oppgradering er ikkje planlagd.',
    unknown: '[Fyll inn: Er fagsystemet oppgradert? Viss ikkje, er det planlagt?]',
  },
} as const;

/**
 * The e-mail to digisos@nav.no once the municipality is connected (seed 003, "Når dere har
 * koblet dere på digital søknad"): that it is connected and in use, whether the case system
 * is upgraded, and if not whether an upgrade is planned. Written in bokmål or nynorsk.
 */
export function digisosConnectedDraft(m: Municipality, language: 'nb' | 'nn', sender: string): Draft {
  const date = connectionDateOf(m);
  const when = date ? formatDate(date) : '[påkoblingsdato]';
  const vendor = [m.vendor.name, m.vendor.product].filter(Boolean).join(' – ') || '[fagsystem]';
  const signature = sender.trim() || '[navn]';
  const ids = `kommunenummer ${m.number}, org.nr. ${plain(formatOrgNumber(m.orgNumber))}`;
  if (language === 'nn') {
    return {
      to: DIGISOS_ADDRESS,
      subject: `${m.name} er kopla på digital søknad om økonomisk sosialhjelp`,
      body: [
        'Hei,',
        '',
        `${m.name} (${ids}) kopla seg på digital søknad om økonomisk sosialhjelp ${when}, og digital søknad er teken i bruk ved ${m.navUnit}.`,
        '',
        `Fagsystem: ${vendor}. ${UPGRADE_LINES.nn[m.caseSystemUpgrade]}`,
        '',
        'Med venleg helsing',
        signature,
        m.navUnit,
      ].join('\n'),
    };
  }
  return {
    to: DIGISOS_ADDRESS,
    subject: `${m.name} har koblet seg på digital søknad om økonomisk sosialhjelp`,
    body: [
      'Hei,',
      '',
      `${m.name} (${ids}) koblet seg på digital søknad om økonomisk sosialhjelp ${when}, og digital søknad er tatt i bruk ved ${m.navUnit}.`,
      '',
      `Fagsystem: ${vendor}. ${UPGRADE_LINES.nb[m.caseSystemUpgrade]}`,
      '',
      'Med vennlig hilsen',
      signature,
      m.navUnit,
    ].join('\n'),
  };
}

/** The notice to NAV Kontaktsenter of the date from which the municipality's citizens can apply digitally. */
export function contactCentreDraft(m: Municipality, language: 'nb' | 'nn', sender: string): Draft {
  const date = connectionDateOf(m);
  const when = date ? formatDate(date) : '[dato]';
  const signature = sender.trim() || '[navn]';
  if (language === 'nn') {
    return {
      to: CONTACT_CENTRE_ADDRESS,
      subject: `Digital søknad om økonomisk sosialhjelp i ${m.name} frå ${when}`,
      body: [
        'Hei,',
        '',
        `Innbyggjarane i ${m.name} kan søkje digitalt om økonomisk sosialhjelp på nav.no frå ${when}. Søknadene blir handsama av ${m.navUnit}.`,
        '',
        'Med venleg helsing',
        signature,
        m.navUnit,
      ].join('\n'),
    };
  }
  return {
    to: CONTACT_CENTRE_ADDRESS,
    subject: `Digital søknad om økonomisk sosialhjelp i ${m.name} fra ${when}`,
    body: [
      'Hei,',
      '',
      `Innbyggerne i ${m.name} kan søke digitalt om økonomisk sosialhjelp på nav.no fra ${when}. Søknadene behandles av ${m.navUnit}.`,
      '',
      'Med vennlig hilsen',
      signature,
      m.navUnit,
    ].join('\n'),
  };
}
