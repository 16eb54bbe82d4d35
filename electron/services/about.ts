/**
 * The About dialog and the sources dialog, as text: the app's version, the runtime's versions,
 * and the versions of the public documents the app is built from (resources/sources/,
 * docs/DOMAIN.md). The UI shows "Kilde 003" next to an item; this is where 003 is named.
 */
import type { SeedId } from '../../shared/catalogue/types';

export interface SourceInfo {
  /** Who wrote it. */
  publisher: string;
  title: string;
  /** Its version or date as the document itself gives it. */
  version: string;
}

/** Every seed the catalogue can cite, by its number. */
export const SOURCES: Readonly<Record<SeedId, SourceInfo>> = {
  '000': {
    publisher: 'KS',
    title: 'Vilkår for påkobling til løsning for digital søknad om sosialhjelp (Digisos)',
    version: 'ref. 19/00689, udatert (uttrekk fra PDF)',
  },
  '001': {
    publisher: 'KS',
    title: 'Vilkår for påkobling til løsning for digital søknad om sosialhjelp (Digisos)',
    version: 'ref. 19/00689, udatert (samme dokument, renere uttrekk)',
  },
  '002': {
    publisher: 'Arbeids- og velferdsdirektoratet',
    title: 'Informasjon til kommuner som har tatt i bruk Digisos-løsningene – fakturering av drift og forvaltning',
    version: 'udatert; kostnader fra 2020',
  },
  '003': {
    publisher: 'Digisos – et samarbeid mellom kommuner, KS og Arbeids- og velferdsdirektoratet',
    title: 'Håndbok for innføring av digital søknad om økonomisk sosialhjelp',
    version: 'v108, 25.05.2020',
  },
  '004': {
    publisher: 'Arbeids- og velferdsdirektoratet',
    title: 'Avtale om tilgjengeliggjøring av sentrale stønadsopplysninger om sosiale tjenester (innsynsflate for NKS)',
    version: 'høsten 2022, frist 1. februar 2023',
  },
};

export const APP_NAME = 'Digisos Klar';
export const COPYRIGHT = '© 2026 Digisos Klar';
const PRIVACY = 'Alt lagres på denne maskinen. Ingen data forlater maskinen uten at du selv eksporterer dem.';

export interface AboutInput {
  appVersion: string;
  /** `process.versions` of the running app. */
  versions: { electron?: string | undefined; chrome?: string | undefined; node?: string | undefined };
  /** Where the workspace is stored. */
  dataFolder: string;
}

/** One line per source: "Kilde 003: Håndbok for … (v108, 25.05.2020) – publisher". */
export function sourceLines(): string[] {
  return (Object.keys(SOURCES) as SeedId[]).map((seed) => {
    const source = SOURCES[seed];
    return `Kilde ${seed}: ${source.title} (${source.version}) – ${source.publisher}`;
  });
}

const unknown = (value: string | undefined) => (value && value.trim() !== '' ? value : 'ukjent');

/** The About dialog: title, the line in bold, and the rest. */
export function aboutText(input: AboutInput): { title: string; message: string; detail: string } {
  const { versions } = input;
  return {
    title: `Om ${APP_NAME}`,
    message: `${APP_NAME} ${input.appVersion}`,
    detail: [
      'Forbered innføringen av digital søknad om økonomisk sosialhjelp (Digisos), og ta vare på beviset.',
      '',
      `Electron ${unknown(versions.electron)} · Chromium ${unknown(versions.chrome)} · Node.js ${unknown(versions.node)}`,
      '',
      'Bygger på håndboken v108 (25.05.2020) og disse kildene:',
      ...sourceLines(),
      '',
      PRIVACY,
      `Datamappe: ${input.dataFolder}`,
      '',
      COPYRIGHT,
    ].join('\n'),
  };
}

/** The macOS About panel (`app.setAboutPanelOptions`): the same facts in its fields. */
export function aboutPanel(input: AboutInput): {
  applicationName: string;
  applicationVersion: string;
  version: string;
  copyright: string;
  credits: string;
} {
  const { versions } = input;
  return {
    applicationName: APP_NAME,
    applicationVersion: input.appVersion,
    version: `Electron ${unknown(versions.electron)}`,
    copyright: COPYRIGHT,
    credits: [
      `Chromium ${unknown(versions.chrome)} · Node.js ${unknown(versions.node)}`,
      'Håndboken v108 (25.05.2020); kildene under Hjelp → Kilder.',
      PRIVACY,
    ].join('\n'),
  };
}

/**
 * The sources dialog (Hjelp → Kilder): what "Kilde 003" in the app refers to, and where the
 * texts are — with a button to open that folder when it is there (null: it was not packed).
 */
export function sourcesText(sourcesFolder: string | null): {
  title: string;
  message: string;
  detail: string;
  /** "Open the folder" first when there is a folder; the last one closes. */
  buttons: string[];
} {
  return {
    title: 'Kilder',
    message: 'Kildene Digisos Klar bygger på',
    detail: [
      'Sjekklisten, prisene og fristene kommer fra disse offentlige dokumentene. «Kilde 003» ved et punkt viser hit.',
      '',
      ...sourceLines(),
      ...(sourcesFolder ? ['', `Tekstene ligger i ${sourcesFolder}.`] : []),
    ].join('\n'),
    buttons: sourcesFolder ? ['Åpne mappen med kildene', 'Lukk'] : ['Lukk'],
  };
}
