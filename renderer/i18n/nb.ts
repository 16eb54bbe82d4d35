/** Bokmål: the app's first language and the shape every other language follows. */
export const nb = {
  appName: 'Digisos Klar',
  nav: {
    label: 'Hovedmeny',
    municipalities: 'Kommuner',
    settings: 'Innstillinger',
  },
  common: {
    save: 'Lagre',
    cancel: 'Avbryt',
    edit: 'Rediger',
    remove: 'Slett',
    close: 'Lukk',
    loading: 'Åpner arbeidsområdet …',
    saved: 'Lagret.',
    required: 'må fylles ut',
    skipToContent: 'Hopp til innholdet',
  },
  welcome: {
    title: 'Velkommen til Digisos Klar',
    lead: 'Her forbereder kommunen og NAV-kontoret innføringen av digital søknad om økonomisk sosialhjelp – og tar vare på dokumentasjonen av at dere er klare.',
    createTitle: 'Opprett et arbeidsområde',
    createHelp: 'Et arbeidsområde samler én kommune, eller en vertskommune med samarbeidskommunene.',
    nameLabel: 'Navn på arbeidsområdet',
    nameHint: 'For eksempel «Digisos Vestby» eller «NAV Midt-Troms-samarbeidet».',
    create: 'Opprett arbeidsområde',
  },
  workspace: {
    renameLabel: 'Navn på arbeidsområdet',
    rename: 'Endre navn',
  },
  municipalities: {
    title: 'Kommuner',
    lead: 'Kommunene i arbeidsområdet. Legg til vertskommunen og eventuelle samarbeidskommuner.',
    add: 'Legg til kommune',
    empty: 'Ingen kommuner ennå. Legg til den første kommunen for å komme i gang.',
    tableCaption: 'Kommuner i arbeidsområdet',
    newTitle: 'Ny kommune',
    editTitle: (name: string) => `Rediger ${name}`,
    removeConfirm: (name: string) =>
      `Slette ${name} fra arbeidsområdet? Alt som er registrert for kommunen, forsvinner.`,
    removeYes: 'Ja, slett kommunen',
    savedMessage: (name: string) => `${name} er lagret.`,
    removedMessage: (name: string) => `${name} er slettet.`,
    inhabitantsPer: (date: string) => `per ${date}`,
    errorSummary: 'Skjemaet har feil. Rett feltene som er merket, så lagres alt samlet.',
  },
  fields: {
    name: { label: 'Kommunenavn', hint: 'For eksempel «Vestby kommune».' },
    number: { label: 'Kommunenummer', hint: 'Fire sifre, for eksempel 3019.' },
    orgNumber: { label: 'Organisasjonsnummer', hint: 'Ni sifre fra Enhetsregisteret, for eksempel 940 155 223.' },
    inhabitants: { label: 'Innbyggertall', hint: 'Hele tall, for eksempel 18 500.' },
    inhabitantsDate: {
      label: 'Innbyggertall per dato',
      hint: 'dd.mm.åååå, for eksempel 01.01.2026 (SSB per 1. januar).',
    },
    navUnit: { label: 'NAV-kontor', hint: 'Kontoret som tar imot søknadene, for eksempel «NAV Vestby».' },
  },
  fieldErrors: {
    required: 'Feltet må fylles ut.',
    tooLong: 'Teksten er for lang.',
    'number.format': 'Kommunenummeret må være fire sifre.',
    'number.duplicate': 'En annen kommune i arbeidsområdet har allerede dette kommunenummeret.',
    'orgNumber.format': 'Organisasjonsnummeret må være ni sifre.',
    'orgNumber.checksum':
      'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk mot Enhetsregisteret.',
    'orgNumber.duplicate': 'En annen kommune i arbeidsområdet har allerede dette organisasjonsnummeret.',
    'inhabitants.notWhole': 'Innbyggertallet må være et helt tall.',
    'inhabitants.negative': 'Innbyggertallet kan ikke være negativt.',
    'inhabitants.zero': 'Innbyggertallet må være større enn null.',
    'inhabitants.tooLarge': 'Innbyggertallet er urimelig stort (over 10 millioner).',
    'date.format': 'Skriv datoen som dd.mm.åååå.',
    'date.impossible': 'Datoen finnes ikke i kalenderen.',
    'date.future': 'Datoen for innbyggertallet kan ikke være fram i tid.',
  },
  workspaceNameErrors: {
    required: 'Gi arbeidsområdet et navn.',
    tooLong: 'Navnet er for langt (høyst 120 tegn).',
  },
  settings: {
    title: 'Innstillinger',
    userName: 'Ditt navn',
    userNameHint: 'Brukes når du markerer noe som utført eller godkjent.',
    language: 'Språk',
    languages: { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' },
    dataFolder: 'Datamappe',
    dataFolderHint: 'Arbeidsområdet lagres her, med sikkerhetskopier i undermappen «backups».',
    version: 'Versjon',
  },
  notices: {
    recoveredFromBackup: (file: string, savedAt: string) =>
      `Den lagrede fila var skadet og kunne ikke leses. Den er lagt til side som «${file}», og siste gode sikkerhetskopi (lagret ${savedAt}) er hentet inn. Sjekk at de siste endringene dine er med.`,
    corruptNoBackup: (file: string) =>
      `Den lagrede fila var skadet og kunne ikke leses, og det fantes ingen brukbar sikkerhetskopi. Fila er lagt til side som «${file}». Du starter med et tomt arbeidsområde.`,
    newerVersion: (version: number) =>
      `Arbeidsområdet er lagret av en nyere versjon av Digisos Klar (skjemaversjon ${version}). Denne versjonen kan ikke lese det, og lagrer ingenting for ikke å ødelegge det. Oppdater Digisos Klar.`,
    migrated: (from: number, to: number) =>
      `Arbeidsområdet er oppgradert fra skjemaversjon ${from} til ${to}. En kopi av den gamle fila er beholdt.`,
    readOnly: 'Skrivebeskyttet: ingenting kan lagres.',
    dismiss: 'Lukk meldingen',
  },
  errors: {
    invalidInput: 'Appen fikk ugyldige data og lagret ingenting.',
    untrustedSender: 'Forespørselen kom ikke fra appens eget vindu og ble avvist.',
    readOnly: 'Arbeidsområdet er skrivebeskyttet fordi det er lagret av en nyere versjon. Ingenting ble lagret.',
    noWorkspace: 'Opprett et arbeidsområde først.',
    notFound: 'Finner ikke det du prøvde å endre. Det kan være slettet.',
    validation: 'Noen felter har feil. Ingenting ble lagret.',
    diskFull:
      'Disken er full. Ingenting ble lagret, og det som var lagret fra før, er uendret. Frigjør plass og prøv igjen.',
    locked:
      'Fila er låst eller skrivebeskyttet av et annet program. Ingenting ble lagret. Lukk programmet som bruker fila, og prøv igjen.',
    writeFailed: 'Kunne ikke skrive til disken. Ingenting ble lagret, og det som var lagret fra før, er uendret.',
    notAllowed: 'Handlingen er ikke tillatt.',
    unknown: 'Noe gikk galt. Ingenting ble lagret.',
    loadFailed: 'Kunne ikke åpne arbeidsområdet.',
  },
};
