import { defineTexts } from '../../i18n';

/** The DPIA view's own texts. */
export const dpiaTexts = defineTexts(
  {
    title: 'Personvernkonsekvensvurdering (PVK)',
    lead: 'Kommuneadministrasjonen og NAV-kontoret må utarbeide en personvernkonsekvensvurdering før digital søknad om økonomisk sosialhjelp tas i bruk. Det er en plikt etter personvernforordningen (GDPR) og personopplysningsloven, som trådte i kraft 20. juli 2018. NAV har en mal som kan brukes som støtte. Aktuelle roller er personvernombudet eller personer med juridisk kompetanse, og Datatilsynet har en oversikt over registrerte personvernombud.',
    backgroundTitle: 'Krav til vurderingen',
    backgroundNote: 'Bakgrunn fra personvernforordningen, ikke fra håndboken.',
    background: {
      contents:
        'Vurderingen skal inneholde fire deler (art. 35 nr. 7): a) en systematisk beskrivelse av behandlingen og formålene, b) en vurdering av om behandlingen er nødvendig og forholdsmessig, c) en vurdering av risikoen for de registrertes rettigheter og friheter, og d) tiltakene som skal håndtere risikoen.',
      dpo: 'Kommunen skal innhente råd fra personvernombudet (art. 35 nr. 2).',
      review: 'Vurderingen skal gjennomgås på nytt når risikoen endres (art. 35 nr. 11).',
      highRisk:
        'Behandlingen i Digisos oppfyller flere kriterier for høy risiko: sårbare personer, sensitive opplysninger, sammenstilte registre og omfang. Regn derfor vurderingen som påkrevd.',
    },
    municipality: 'Kommune',
    noMunicipalities:
      'Ingen kommuner ennå. Legg til kommunen under Kommuner for å lage personvernkonsekvensvurderingen.',
    goToMunicipalities: 'Gå til Kommuner',

    ownsItself: 'Kommunen er selv behandlingsansvarlig og har sin egen PVK.',
    ownsForPartners: (partners: string) =>
      `Kommunen er vertskommune og behandlingsansvarlig også for ${partners}. PVK-en her gjelder for hele samarbeidet.`,
    hostOwns: (partner: string, host: string) =>
      `PVK-en for ${partner} er vertskommunen ${host} sin, som behandlingsansvarlig.`,
    hostOwnsNothingHere: 'Det er ingenting å fylle ut her. PVK-en skrives og godkjennes hos vertskommunen.',
    openHost: (host: string) => `Vis PVK-en til ${host}`,
    list: (names: readonly string[]) =>
      names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`,

    groups: {
      description: { title: 'Systematisk beskrivelse', article: 'Personvernforordningen art. 35 nr. 7 bokstav a' },
      necessity: {
        title: 'Nødvendighet og forholdsmessighet',
        article: 'Personvernforordningen art. 35 nr. 7 bokstav b',
      },
      risks: { title: 'Risiko for de registrerte', article: 'Personvernforordningen art. 35 nr. 7 bokstav c' },
      measures: { title: 'Tiltak', article: 'Personvernforordningen art. 35 nr. 7 bokstav d' },
    },
    basis: (basis: string) => `Grunnlag: ${basis}`,
    forSection: (action: string, title: string) => `${action} – ${title}`,
    insertGuidance: 'Sett inn veiledningstekst',
    clear: 'Tøm',
    replaceConfirm: 'Feltet har allerede annen tekst. Vil du erstatte den med veiledningsteksten?',
    replaceYes: 'Ja, erstatt teksten',
    cancel: 'Avbryt',
    inserted: (title: string) => `Veiledningsteksten er satt inn i «${title}». Husk å lagre.`,
    cleared: (title: string) => `«${title}» er tømt. Husk å lagre.`,
    sectionChanged: 'Endret, ikke lagret',

    flow: {
      title: 'Dataflyten i Digisos',
      caption:
        'Forenklet. Mottak gjennom SvarUt/SvarInn og tilgangen for NAV Kontaktsenter står i kildene (003 og 004); Fiks IO og reserveløsningen er bakgrunn fra KS.',
      box: {
        apply: ['nav.no', 'søknad'] as const,
        fiks: ['FIKS', 'KS'] as const,
        delivery: ['Fiks IO eller', 'SvarUt/SvarInn'] as const,
        caseSystem: ['Fagsystem', 'kommunen'] as const,
        innsynFiks: ['FIKS', 'innsyn'] as const,
        innsyn: ['nav.no og', 'KS MinSide'] as const,
        nks: ['NAV Kontaktsenter', 'innsynsflate'] as const,
        status: 'status og vedtak',
      },
      steps: {
        apply: 'Søkeren fyller ut og sender søknaden på nav.no. NAV er databehandler til søknaden er sendt.',
        fiks: 'Søknaden går gjennom KS’ plattform FIKS, som lagrer den. KS er databehandler for FIKS.',
        delivery:
          'FIKS leverer søknaden til kommunens fagsystem med Fiks IO (anbefalt) eller SvarUt/SvarInn. Kvitterer ikke fagsystemet i tide, faller FIKS tilbake til SvarUt, som kan ende i kommunens Altinn-innboks eller på papir.',
        caseSystem:
          'NAV-kontoret behandler og arkiverer søknaden i kommunens fagsystem. Kommunen er behandlingsansvarlig.',
        innsyn:
          'Status og vedtak fra fagsystemet går gjennom FIKS, så søkeren kan følge saken på nav.no og KS MinSide.',
        nks: 'NAV Kontaktsenter ser søknadsstatus gjennom innsynsflaten for NKS når kommunen har gitt tillatelse i Fiks forvaltning.',
      },
    },

    rosRisks: {
      title: 'Risikoer i ROS-analysen',
      lead: 'Risikoene kommunen har registrert i ROS-analysen. Når risikoene endres, skal PVK-en vurderes på nytt (art. 35 nr. 11).',
      caption: (municipality: string) => `Risikoer i ROS-analysen for ${municipality}`,
      event: 'Uønsket hendelse',
      before: 'Risiko før tiltak',
      after: 'Restrisiko etter tiltak',
      none: 'ROS-analysen har ingen risikoer ennå.',
      goToRos: 'Gå til ROS-analysen',
    },
    level: {
      green: 'Grønn – akseptabel',
      yellow: 'Gul – tiltak vurderes',
      red: 'Rød – tiltak nødvendig',
    },
    score: (likelihood: number, consequence: number) => `sannsynlighet ${likelihood}, konsekvens ${consequence}`,
    openMeasures: {
      title: 'Åpne tiltak i ROS-analysen',
      lead: 'Tiltak fra ROS-analysen som ikke er gjennomført ennå. Ta dem med her når de reduserer risikoen for søkerne.',
      caption: (municipality: string) => `Åpne tiltak i ROS-analysen for ${municipality}`,
      measure: 'Tiltak',
      risk: 'Risiko',
      owner: 'Ansvarlig',
      deadline: 'Frist',
      none: 'Ingen åpne tiltak i ROS-analysen.',
      nobody: 'Ingen',
      noDeadline: 'Ingen frist',
    },

    dpo: {
      title: 'Personvernombudets råd',
      lead: 'Kommunen skal be personvernombudet om råd når vurderingen gjøres (art. 35 nr. 2 – bakgrunn). Datatilsynet har en oversikt over registrerte personvernombud (kilde 003).',
      who: 'Personvernombud',
      whoHint: 'Hvem ga rådet.',
      date: 'Dato for rådet',
      dateHint: 'dd.mm.åååå, for eksempel 05.06.2026.',
      advice: 'Rådet',
      adviceHint: 'Hva personvernombudet rådet til, og hvordan kommunen har fulgt det opp.',
    },
    conclusion: {
      title: 'Konklusjon',
      text: 'Konklusjonen',
      textHint: 'Hva kom dere fram til? Kan behandlingen starte, og på hvilke vilkår?',
      prior: 'Forhåndsdrøfting med Datatilsynet (art. 36)',
      options: { undecided: 'Ikke avklart', notNeeded: 'Ikke nødvendig', needed: 'Nødvendig' },
      neededNote:
        'Er restrisikoen høy selv etter tiltakene, må kommunen drøfte behandlingen med Datatilsynet før den starter (personvernforordningen art. 36). Datatilsynet svarer innen 8 uker, og fristen kan forlenges med 6 uker. Bakgrunn, ikke fra håndboken.',
    },

    save: 'Lagre PVK',
    discard: 'Forkast endringer',
    unsaved: 'Ulagrede endringer',
    unsavedCount: (count: number) => (count === 1 ? '1 del er endret.' : `${count} deler er endret.`),
    unsavedElsewhere: (names: string) => `i PVK-en for ${names} – lagre før du går til en annen side.`,
    approveSavedOnly: 'Lagre PVK-en før du godkjenner: godkjenningen gjelder det som er lagret.',
    allSaved: 'Alt er lagret.',
    noChanges: 'Ingen endringer å lagre.',
    saved: 'PVK-en er lagret.',
    discarded: 'Endringene er forkastet.',
    refused: 'PVK-en ble ikke lagret. Rett feltet som er merket.',
    refusedOther: 'PVK-en ble ikke lagret. Sjekk feltene og prøv igjen.',
  },
  {
    nn: {
      title: 'Personvernkonsekvensvurdering (PVK)',
      lead: 'Kommuneadministrasjonen og NAV-kontoret må utarbeide ei personvernkonsekvensvurdering før digital søknad om økonomisk sosialhjelp blir teken i bruk. Det er ei plikt etter personvernforordninga (GDPR) og personopplysningslova, som tok til å gjelde 20. juli 2018. NAV har ein mal som kan brukast som støtte. Aktuelle roller er personvernombodet eller personar med juridisk kompetanse, og Datatilsynet har ei oversikt over registrerte personvernombod.',
      backgroundTitle: 'Krav til vurderinga',
      backgroundNote: 'Bakgrunn frå personvernforordninga, ikkje frå handboka.',
      background: {
        contents:
          'Vurderinga skal innehalde fire delar (art. 35 nr. 7): a) ei systematisk skildring av behandlinga og formåla, b) ei vurdering av om behandlinga er nødvendig og forholdsmessig, c) ei vurdering av risikoen for rettane og fridommane til dei registrerte, og d) tiltaka som skal handtere risikoen.',
        dpo: 'Kommunen skal hente inn råd frå personvernombodet (art. 35 nr. 2).',
        review: 'Vurderinga skal gjennomgåast på nytt når risikoen endrar seg (art. 35 nr. 11).',
        highRisk:
          'Behandlinga i Digisos oppfyller fleire kriterium for høg risiko: sårbare personar, sensitive opplysningar, samanstilte register og omfang. Rekn difor vurderinga som påkravd.',
      },
      municipality: 'Kommune',
      noMunicipalities:
        'Ingen kommunar enno. Legg til kommunen under Kommunar for å lage personvernkonsekvensvurderinga.',
      goToMunicipalities: 'Gå til Kommunar',

      ownsItself: 'Kommunen er sjølv behandlingsansvarleg og har sin eigen PVK.',
      ownsForPartners: (partners: string) =>
        `Kommunen er vertskommune og behandlingsansvarleg også for ${partners}. PVK-en her gjeld for heile samarbeidet.`,
      hostOwns: (partner: string, host: string) =>
        `PVK-en for ${partner} er vertskommunen ${host} sin, som behandlingsansvarleg.`,
      hostOwnsNothingHere: 'Det er ingenting å fylle ut her. PVK-en blir skriven og godkjend hos vertskommunen.',
      openHost: (host: string) => `Vis PVK-en til ${host}`,
      list: (names: readonly string[]) =>
        names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`,

      groups: {
        description: { title: 'Systematisk skildring', article: 'Personvernforordninga art. 35 nr. 7 bokstav a' },
        necessity: {
          title: 'Nødvendigheit og forholdsmessigheit',
          article: 'Personvernforordninga art. 35 nr. 7 bokstav b',
        },
        risks: { title: 'Risiko for dei registrerte', article: 'Personvernforordninga art. 35 nr. 7 bokstav c' },
        measures: { title: 'Tiltak', article: 'Personvernforordninga art. 35 nr. 7 bokstav d' },
      },
      basis: (basis: string) => `Grunnlag: ${basis}`,
      forSection: (action: string, title: string) => `${action} – ${title}`,
      insertGuidance: 'Set inn rettleiingstekst',
      clear: 'Tøm',
      replaceConfirm: 'Feltet har alt anna tekst. Vil du byte ho ut med rettleiingsteksten?',
      replaceYes: 'Ja, byt ut teksten',
      cancel: 'Avbryt',
      inserted: (title: string) => `Rettleiingsteksten er sett inn i «${title}». Hugs å lagre.`,
      cleared: (title: string) => `«${title}» er tømt. Hugs å lagre.`,
      sectionChanged: 'Endra, ikkje lagra',

      flow: {
        title: 'Dataflyten i Digisos',
        caption:
          'Forenkla. Mottak gjennom SvarUt/SvarInn og tilgangen for NAV Kontaktsenter står i kjeldene (003 og 004); Fiks IO og reserveløysinga er bakgrunn frå KS.',
        box: {
          apply: ['nav.no', 'søknad'],
          fiks: ['FIKS', 'KS'],
          delivery: ['Fiks IO eller', 'SvarUt/SvarInn'],
          caseSystem: ['Fagsystem', 'kommunen'],
          innsynFiks: ['FIKS', 'innsyn'],
          innsyn: ['nav.no og', 'KS MinSide'],
          nks: ['NAV Kontaktsenter', 'innsynsflate'],
          status: 'status og vedtak',
        },
        steps: {
          apply: 'Søkjaren fyller ut og sender søknaden på nav.no. NAV er databehandlar til søknaden er send.',
          fiks: 'Søknaden går gjennom plattforma FIKS hos KS, som lagrar han. KS er databehandlar for FIKS.',
          delivery:
            'FIKS leverer søknaden til fagsystemet i kommunen med Fiks IO (tilrådd) eller SvarUt/SvarInn. Kvitterer ikkje fagsystemet i tide, fell FIKS tilbake til SvarUt, som kan ende i Altinn-innboksen til kommunen eller på papir.',
          caseSystem:
            'NAV-kontoret behandlar og arkiverer søknaden i fagsystemet til kommunen. Kommunen er behandlingsansvarleg.',
          innsyn:
            'Status og vedtak frå fagsystemet går gjennom FIKS, så søkjaren kan følgje saka på nav.no og KS MinSide.',
          nks: 'NAV Kontaktsenter ser søknadsstatus gjennom innsynsflata for NKS når kommunen har gitt løyve i Fiks forvaltning.',
        },
      },

      rosRisks: {
        title: 'Risikoar i ROS-analysen',
        lead: 'Risikoane kommunen har registrert i ROS-analysen. Når risikoane endrar seg, skal PVK-en vurderast på nytt (art. 35 nr. 11).',
        caption: (municipality: string) => `Risikoar i ROS-analysen for ${municipality}`,
        event: 'Uønskt hending',
        before: 'Risiko før tiltak',
        after: 'Restrisiko etter tiltak',
        none: 'ROS-analysen har ingen risikoar enno.',
        goToRos: 'Gå til ROS-analysen',
      },
      level: {
        green: 'Grøn – akseptabel',
        yellow: 'Gul – tiltak blir vurderte',
        red: 'Raud – tiltak nødvendig',
      },
      score: (likelihood: number, consequence: number) => `sannsyn ${likelihood}, konsekvens ${consequence}`,
      openMeasures: {
        title: 'Opne tiltak i ROS-analysen',
        lead: 'Tiltak frå ROS-analysen som ikkje er gjennomførte enno. Ta dei med her når dei reduserer risikoen for søkjarane.',
        caption: (municipality: string) => `Opne tiltak i ROS-analysen for ${municipality}`,
        measure: 'Tiltak',
        risk: 'Risiko',
        owner: 'Ansvarleg',
        deadline: 'Frist',
        none: 'Ingen opne tiltak i ROS-analysen.',
        nobody: 'Ingen',
        noDeadline: 'Ingen frist',
      },

      dpo: {
        title: 'Råd frå personvernombodet',
        lead: 'Kommunen skal be personvernombodet om råd når vurderinga blir gjord (art. 35 nr. 2 – bakgrunn). Datatilsynet har ei oversikt over registrerte personvernombod (kjelde 003).',
        who: 'Personvernombod',
        whoHint: 'Kven gav rådet.',
        date: 'Dato for rådet',
        dateHint: 'dd.mm.åååå, til dømes 05.06.2026.',
        advice: 'Rådet',
        adviceHint: 'Kva personvernombodet rådde til, og korleis kommunen har følgt det opp.',
      },
      conclusion: {
        title: 'Konklusjon',
        text: 'Konklusjonen',
        textHint: 'Kva kom de fram til? Kan behandlinga starte, og på kva vilkår?',
        prior: 'Førehandsdrøfting med Datatilsynet (art. 36)',
        options: { undecided: 'Ikkje avklart', notNeeded: 'Ikkje nødvendig', needed: 'Nødvendig' },
        neededNote:
          'Er restrisikoen høg sjølv etter tiltaka, må kommunen drøfte behandlinga med Datatilsynet før ho startar (personvernforordninga art. 36). Datatilsynet svarar innan 8 veker, og fristen kan forlengjast med 6 veker. Bakgrunn, ikkje frå handboka.',
      },

      save: 'Lagre PVK',
      discard: 'Forkast endringane',
      unsaved: 'Ulagra endringar',
      unsavedCount: (count: number) => (count === 1 ? '1 del er endra.' : `${count} delar er endra.`),
      unsavedElsewhere: (names: string) => `i PVK-en for ${names} – lagre før du går til ei anna side.`,
      approveSavedOnly: 'Lagre PVK-en før du godkjenner: godkjenninga gjeld det som er lagra.',
      allSaved: 'Alt er lagra.',
      noChanges: 'Ingen endringar å lagre.',
      saved: 'PVK-en er lagra.',
      discarded: 'Endringane er forkasta.',
      refused: 'PVK-en vart ikkje lagra. Rett feltet som er merkt.',
      refusedOther: 'PVK-en vart ikkje lagra. Sjekk felta og prøv igjen.',
    },
    en: {
      title: 'Data protection impact assessment (DPIA)',
      lead: 'The municipal administration and the NAV office must carry out a data protection impact assessment before the digital application for financial social assistance is taken into use. It is a duty under the General Data Protection Regulation (GDPR) and the Personal Data Act, in force since 20 July 2018. NAV has a template that can be used as support. Relevant roles are the data protection officer or staff with legal expertise, and Datatilsynet (the Norwegian Data Protection Authority) lists registered data protection officers.',
      backgroundTitle: 'What the assessment must contain',
      backgroundNote: 'Background from the GDPR, not from the handbook.',
      background: {
        contents:
          'The assessment must contain four parts (Art. 35(7)): (a) a systematic description of the processing and its purposes, (b) an assessment of its necessity and proportionality, (c) an assessment of the risks to the rights and freedoms of the data subjects, and (d) the measures to address the risks.',
        dpo: 'The municipality must seek the advice of the data protection officer (Art. 35(2)).',
        review: 'The assessment must be reviewed when the risk changes (Art. 35(11)).',
        highRisk:
          'Processing in Digisos meets several high-risk criteria: vulnerable people, sensitive data, combined registers and scale. Treat the assessment as required.',
      },
      municipality: 'Municipality',
      noMunicipalities: 'No municipalities yet. Add the municipality under Municipalities to write its DPIA.',
      goToMunicipalities: 'Go to Municipalities',

      ownsItself: 'The municipality is its own controller and has its own DPIA.',
      ownsForPartners: (partners: string) =>
        `The municipality is the host and controller for ${partners} as well. This DPIA covers the whole cooperation.`,
      hostOwns: (partner: string, host: string) =>
        `The DPIA for ${partner} is that of the host municipality ${host}, as controller.`,
      hostOwnsNothingHere:
        'There is nothing to fill in here. The DPIA is written and approved by the host municipality.',
      openHost: (host: string) => `Show the DPIA of ${host}`,
      list: (names: readonly string[]) =>
        names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,

      groups: {
        description: { title: 'Systematic description', article: 'GDPR Art. 35(7)(a)' },
        necessity: { title: 'Necessity and proportionality', article: 'GDPR Art. 35(7)(b)' },
        risks: { title: 'Risks to the data subjects', article: 'GDPR Art. 35(7)(c)' },
        measures: { title: 'Measures', article: 'GDPR Art. 35(7)(d)' },
      },
      basis: (basis: string) => `Basis: ${basis}`,
      forSection: (action: string, title: string) => `${action} – ${title}`,
      insertGuidance: 'Insert guidance text',
      clear: 'Clear',
      replaceConfirm: 'The field already has other text. Replace it with the guidance text?',
      replaceYes: 'Yes, replace the text',
      cancel: 'Cancel',
      inserted: (title: string) => `The guidance text was inserted in “${title}”. Remember to save.`,
      cleared: (title: string) => `“${title}” was cleared. Remember to save.`,
      sectionChanged: 'Changed, not saved',

      flow: {
        title: 'The data flow in Digisos',
        caption:
          'Simplified. Reception through SvarUt/SvarInn and the access for NAV Contact Centre are in the sources (003 and 004); Fiks IO and the fallback are background from KS.',
        box: {
          apply: ['nav.no', 'application'],
          fiks: ['FIKS', 'KS'],
          delivery: ['Fiks IO or', 'SvarUt/SvarInn'],
          caseSystem: ['Case system', 'municipality'],
          innsynFiks: ['FIKS', 'status view'],
          innsyn: ['nav.no and', 'KS MinSide'],
          nks: ['NAV Contact Centre', 'NKS access'],
          status: 'status and decisions',
        },
        steps: {
          apply: 'The applicant fills in and sends the application on nav.no. NAV is processor until it is sent.',
          fiks: 'The application passes through KS’s FIKS platform, which stores it. KS is processor for FIKS.',
          delivery:
            'FIKS delivers the application to the municipality’s case system by Fiks IO (recommended) or SvarUt/SvarInn. If the case system does not acknowledge in time, FIKS falls back to SvarUt, which can end in the municipality’s Altinn inbox or on paper.',
          caseSystem:
            'The NAV office handles and archives the application in the municipality’s case system. The municipality is controller.',
          innsyn:
            'Status and decisions from the case system pass through FIKS, so the applicant can follow the case on nav.no and KS MinSide.',
          nks: 'NAV Contact Centre sees the application status through the NKS access surface once the municipality has given permission in Fiks forvaltning.',
        },
      },

      rosRisks: {
        title: 'Risks in the risk assessment',
        lead: 'The risks the municipality has recorded in its risk and vulnerability assessment (ROS). When they change, the DPIA must be reviewed (Art. 35(11)).',
        caption: (municipality: string) => `Risks in the risk assessment for ${municipality}`,
        event: 'Unwanted event',
        before: 'Risk before measures',
        after: 'Residual risk after measures',
        none: 'The risk assessment has no risks yet.',
        goToRos: 'Go to the risk assessment',
      },
      level: {
        green: 'Green – acceptable',
        yellow: 'Yellow – consider measures',
        red: 'Red – measures necessary',
      },
      score: (likelihood: number, consequence: number) => `likelihood ${likelihood}, consequence ${consequence}`,
      openMeasures: {
        title: 'Open measures in the risk assessment',
        lead: 'Measures from the risk assessment that are not done yet. Include them here where they reduce the risk to applicants.',
        caption: (municipality: string) => `Open measures in the risk assessment for ${municipality}`,
        measure: 'Measure',
        risk: 'Risk',
        owner: 'Owner',
        deadline: 'Deadline',
        none: 'No open measures in the risk assessment.',
        nobody: 'Nobody',
        noDeadline: 'No deadline',
      },

      dpo: {
        title: 'Advice of the data protection officer',
        lead: 'The municipality must seek the data protection officer’s advice when carrying out the assessment (Art. 35(2) – background). Datatilsynet lists registered data protection officers (source 003).',
        who: 'Data protection officer',
        whoHint: 'Who gave the advice.',
        date: 'Date of the advice',
        dateHint: 'dd.mm.yyyy, for example 05.06.2026.',
        advice: 'The advice',
        adviceHint: 'What the data protection officer advised, and how the municipality has followed it up.',
      },
      conclusion: {
        title: 'Conclusion',
        text: 'The conclusion',
        textHint: 'What did you conclude? Can the processing start, and on what conditions?',
        prior: 'Prior consultation with Datatilsynet (Art. 36)',
        options: { undecided: 'Not settled', notNeeded: 'Not needed', needed: 'Needed' },
        neededNote:
          'If the residual risk stays high after the measures, the municipality must consult Datatilsynet before the processing starts (GDPR Art. 36). Datatilsynet answers within 8 weeks, extendable by 6 weeks. Background, not from the handbook.',
      },

      save: 'Save DPIA',
      discard: 'Discard changes',
      unsaved: 'Unsaved changes',
      unsavedCount: (count: number) => (count === 1 ? '1 part changed.' : `${count} parts changed.`),
      unsavedElsewhere: (names: string) => `in the DPIA for ${names} – save before you go to another page.`,
      approveSavedOnly: 'Save the DPIA before approving it: the approval covers what is saved.',
      allSaved: 'Everything is saved.',
      noChanges: 'No changes to save.',
      saved: 'The DPIA was saved.',
      discarded: 'The changes were discarded.',
      refused: 'The DPIA was not saved. Correct the marked field.',
      refusedOther: 'The DPIA was not saved. Check the fields and try again.',
    },
  },
);
