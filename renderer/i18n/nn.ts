import type { Messages } from './messages';

/** Nynorsk: the same keys and parameters as bokmål (nb.ts). */
export const nn: Messages = {
  appName: 'Digisos Klar',
  nav: {
    label: 'Hovudmeny',
    municipalities: 'Kommunar',
    settings: 'Innstillingar',
  },
  common: {
    save: 'Lagre',
    cancel: 'Avbryt',
    edit: 'Rediger',
    remove: 'Slett',
    close: 'Lukk',
    loading: 'Opnar arbeidsområdet …',
    saved: 'Lagra.',
    required: 'må fyllast ut',
    skipToContent: 'Hopp til innhaldet',
  },
  welcome: {
    title: 'Velkomen til Digisos Klar',
    lead: 'Her førebur kommunen og NAV-kontoret innføringa av digital søknad om økonomisk sosialhjelp – og tek vare på dokumentasjonen av at de er klare.',
    createTitle: 'Opprett eit arbeidsområde',
    createHelp: 'Eit arbeidsområde samlar éin kommune, eller ein vertskommune med samarbeidskommunane.',
    nameLabel: 'Namn på arbeidsområdet',
    nameHint: 'Til dømes «Digisos Vestby» eller «NAV Midt-Troms-samarbeidet».',
    create: 'Opprett arbeidsområde',
  },
  workspace: {
    renameLabel: 'Namn på arbeidsområdet',
    rename: 'Endre namn',
  },
  municipalities: {
    title: 'Kommunar',
    lead: 'Kommunane i arbeidsområdet. Legg til vertskommunen og eventuelle samarbeidskommunar.',
    add: 'Legg til kommune',
    empty: 'Ingen kommunar enno. Legg til den første kommunen for å kome i gang.',
    tableCaption: 'Kommunar i arbeidsområdet',
    newTitle: 'Ny kommune',
    editTitle: (name: string) => `Rediger ${name}`,
    removeConfirm: (name: string) => `Slette ${name} frå arbeidsområdet? Alt som er registrert for kommunen, forsvinn.`,
    removeYes: 'Ja, slett kommunen',
    savedMessage: (name: string) => `${name} er lagra.`,
    removedMessage: (name: string) => `${name} er sletta.`,
    inhabitantsPer: (date: string) => `per ${date}`,
    errorSummary: 'Skjemaet har feil. Rett felta som er merkte, så blir alt lagra samla.',
  },
  fields: {
    name: { label: 'Kommunenamn', hint: 'Til dømes «Vestby kommune».' },
    number: { label: 'Kommunenummer', hint: 'Fire siffer, til dømes 3019.' },
    orgNumber: { label: 'Organisasjonsnummer', hint: 'Ni siffer frå Einingsregisteret, til dømes 940 155 223.' },
    inhabitants: { label: 'Innbyggjartal', hint: 'Heile tal, til dømes 18 500.' },
    inhabitantsDate: { label: 'Innbyggjartal per dato', hint: 'dd.mm.åååå, til dømes 01.01.2026 (SSB per 1. januar).' },
    navUnit: { label: 'NAV-kontor', hint: 'Kontoret som tek imot søknadene, til dømes «NAV Vestby».' },
  },
  fieldErrors: {
    required: 'Feltet må fyllast ut.',
    tooLong: 'Teksten er for lang.',
    'number.format': 'Kommunenummeret må vere fire siffer.',
    'number.duplicate': 'Ein annan kommune i arbeidsområdet har allereie dette kommunenummeret.',
    'orgNumber.format': 'Organisasjonsnummeret må vere ni siffer.',
    'orgNumber.checksum':
      'Organisasjonsnummeret er ikkje gyldig: kontrollsifferet stemmer ikkje. Sjekk mot Einingsregisteret.',
    'orgNumber.duplicate': 'Ein annan kommune i arbeidsområdet har allereie dette organisasjonsnummeret.',
    'inhabitants.notWhole': 'Innbyggjartalet må vere eit heilt tal.',
    'inhabitants.negative': 'Innbyggjartalet kan ikkje vere negativt.',
    'inhabitants.zero': 'Innbyggjartalet må vere større enn null.',
    'inhabitants.tooLarge': 'Innbyggjartalet er urimeleg stort (over 10 millionar).',
    'date.format': 'Skriv datoen som dd.mm.åååå.',
    'date.impossible': 'Datoen finst ikkje i kalenderen.',
    'date.future': 'Datoen for innbyggjartalet kan ikkje vere fram i tid.',
  },
  workspaceNameErrors: {
    required: 'Gi arbeidsområdet eit namn.',
    tooLong: 'Namnet er for langt (høgst 120 teikn).',
  },
  settings: {
    title: 'Innstillingar',
    userName: 'Namnet ditt',
    userNameHint: 'Blir brukt når du markerer noko som utført eller godkjent.',
    language: 'Språk',
    languages: { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' },
    dataFolder: 'Datamappe',
    dataFolderHint: 'Arbeidsområdet blir lagra her, med tryggingskopiar i undermappa «backups».',
    version: 'Versjon',
  },
  notices: {
    recoveredFromBackup: (file: string, savedAt: string) =>
      `Den lagra fila var skadd og kunne ikkje lesast. Ho er lagd til side som «${file}», og den siste gode tryggingskopien (lagra ${savedAt}) er henta inn. Sjekk at dei siste endringane dine er med.`,
    corruptNoBackup: (file: string) =>
      `Den lagra fila var skadd og kunne ikkje lesast, og det fanst ingen brukbar tryggingskopi. Fila er lagd til side som «${file}». Du startar med eit tomt arbeidsområde.`,
    newerVersion: (version: number) =>
      `Arbeidsområdet er lagra av ein nyare versjon av Digisos Klar (skjemaversjon ${version}). Denne versjonen kan ikkje lese det, og lagrar ingenting for ikkje å øydeleggje det. Oppdater Digisos Klar.`,
    migrated: (from: number, to: number) =>
      `Arbeidsområdet er oppgradert frå skjemaversjon ${from} til ${to}. Ein kopi av den gamle fila er teken vare på.`,
    readOnly: 'Skriveverna: ingenting kan lagrast.',
    dismiss: 'Lukk meldinga',
  },
  errors: {
    invalidInput: 'Appen fekk ugyldige data og lagra ingenting.',
    untrustedSender: 'Førespurnaden kom ikkje frå appen sitt eige vindauge og vart avvist.',
    readOnly: 'Arbeidsområdet er skriveverna fordi det er lagra av ein nyare versjon. Ingenting vart lagra.',
    noWorkspace: 'Opprett eit arbeidsområde først.',
    notFound: 'Finn ikkje det du prøvde å endre. Det kan vere sletta.',
    validation: 'Nokre felt har feil. Ingenting vart lagra.',
    diskFull:
      'Disken er full. Ingenting vart lagra, og det som var lagra frå før, er uendra. Frigjer plass og prøv igjen.',
    locked:
      'Fila er låst eller skriveverna av eit anna program. Ingenting vart lagra. Lukk programmet som bruker fila, og prøv igjen.',
    writeFailed: 'Kunne ikkje skrive til disken. Ingenting vart lagra, og det som var lagra frå før, er uendra.',
    notAllowed: 'Handlinga er ikkje tillaten.',
    unknown: 'Noko gjekk gale. Ingenting vart lagra.',
    loadFailed: 'Kunne ikkje opne arbeidsområdet.',
  },
};
