import type { Language } from '../../../shared/domain/language';
import { defineTexts } from '../../i18n';

/** Weekday names, Sunday first (as `Date.getUTCDay()` counts). */
export const WEEKDAYS: Record<Language, readonly string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** The connection plan view's own texts. */
export const planTexts = defineTexts(
  {
    title: 'Påkoblingsplan',
    lead: 'Milepælene i håndbokens plan for påkobling, med fristene regnet fra den planlagte påkoblingsdatoen.',
    municipality: 'Kommune',
    noMunicipalities: 'Ingen kommuner ennå. Legg til kommunen under Kommuner for å få en påkoblingsplan.',
    goToMunicipalities: 'Gå til Kommuner',
    noDate: (name: string) =>
      `${name} har ingen planlagt påkoblingsdato ennå. Når datoen er satt, viser planen milepælene, fristene og en tidslinje.`,
    setDate: 'Sett påkoblingsdatoen under Kommuner',
    summary: {
      label: 'Sammendrag',
      connection: 'Planlagt påkobling',
      inDays: (n: number) => (n === 1 ? 'om 1 dag' : `om ${n} dager`),
      daysAgo: (n: number) => (n === 1 ? 'for 1 dag siden' : `for ${n} dager siden`),
      today: 'i dag',
      batch: 'Pulje',
      overdue: 'Forfalt',
      dueSoon: (days: number) => `Frist innen ${days} dager`,
    },
    warning: {
      title: 'Frister som haster',
      counts: (overdue: number, soon: number, days: number) => {
        const o = overdue === 1 ? '1 punkt er forfalt' : `${overdue} punkter er forfalt`;
        const s =
          soon === 1 ? `1 punkt har frist innen ${days} dager` : `${soon} punkter har frist innen ${days} dager`;
        if (overdue > 0 && soon > 0) return `${o}, og ${soon} har frist innen ${days} dager.`;
        return overdue > 0 ? `${o}.` : `${s}.`;
      },
      due: (date: string) => `frist ${date}`,
      more: (n: number) => `… og ${n} til. Alle står i tabellen «Milepæler og frister».`,
      openChecklist: 'Åpne sjekklisten',
    },
    timeline: {
      title: 'Tidslinje',
      lead: 'Milepælene som felt og punktene med frist som merker, ett spor per område. Pek på et merke for å se punktet. Det samme står som tekst i tabellen under.',
      today: 'I dag',
      connection: 'Påkobling',
      milestones: 'Milepæler',
      label: (from: string, to: string, connection: string, milestones: number, items: number) =>
        `Tidslinje fra ${from} til ${to}. Påkobling ${connection}. ${milestones} milepæler og ${items} punkter med frist.`,
      labelStates: (overdue: number, soon: number, done: number) =>
        `${overdue} forfalt, ${soon} med frist snart, ${done} ferdig.`,
      labelToday: (date: string) => `I dag er ${date}.`,
      todayOutside: (date: string) => `I dag (${date}) ligger utenfor tidslinjen.`,
      labelTable: 'Det samme står som tekst i tabellen «Milepæler og frister».',
      marker: (item: string, area: string, date: string, status: string, state: string) =>
        `${item} – ${area} – frist ${date} – ${status} (${state})`,
      legend: 'Forklaring',
      open: 'Åpent, i rute',
    },
    table: {
      title: 'Milepæler og frister',
      caption: 'Milepælene i planen og punktene med frist i hver periode',
      date: 'Frist',
      item: 'Punkt',
      area: 'Område',
      basis: 'Grunnlag for fristen',
      status: 'Status',
      state: 'Tilstand',
      before: (date: string) => `Før milepælene (til og med ${date})`,
      between: (from: string, to: string) => `Mellom milepælene (${from} – ${to})`,
      after: (date: string) => `Etter milepælene (fra ${date})`,
      noDue: 'Uten frist',
      noItems: 'Ingen punkter har frist i denne perioden.',
      coveredByHost: (n: number, host: string) =>
        n === 1
          ? `1 punkt gjøres av vertskommunen ${host} og er ikke med i planen her.`
          : `${n} punkter gjøres av vertskommunen ${host} og er ikke med i planen her.`,
    },
    messages: {
      title: 'Meldinger etter påkobling',
      lead: 'Når kommunen er koblet på, ber håndboken dere sende to e-poster. Her er utkastene, fylt ut med det som er registrert om kommunen.',
      sendsNothing:
        'Digisos Klar sender ingenting selv. Kopier utkastet inn i e-postprogrammet ditt, les det over og send det derfra.',
      waitWithCitizens: 'Vent med å informere innbyggerne til løsningen er i produksjon.',
      inNorwegian: '',
      source: 'Kilde 003, «Når dere har koblet dere på digital søknad».',
      digisos: 'E-post til Digisos',
      digisosWhat:
        'Si fra at kommunen er koblet på og har tatt i bruk digital søknad, om fagsystemet er oppgradert – og hvis ikke, om det er planlagt.',
      contactCentre: 'Beskjed til NAV Kontaktsenter',
      contactCentreWhat: 'Fortell fra hvilken dato innbyggerne i kommunen kan søke digitalt.',
      to: 'Til',
      subject: 'Emne',
      body: 'Tekst',
      copyAll: 'Kopier e-posten',
      copyAllFor: (title: string) => `Kopier e-posten: ${title}`,
      copyTo: 'Kopier adressen',
      copySubject: 'Kopier emnet',
      copyBody: 'Kopier teksten',
      copy: 'Kopier',
      copied: 'Kopiert til utklippstavlen',
      copiedShort: 'Kopiert.',
      placeholders:
        'Utkastene har plassholdere i [hakeparenteser]. Fyll dem inn før du sender, eller registrer det som mangler:',
      missing: {
        connectionDate: 'planlagt påkoblingsdato – under Kommuner, i kommunens profil',
        upgrade: 'om fagsystemet er oppgradert – under Kommuner, i kommunens profil',
        vendor: 'fagsystemleverandør og fagsystem – under Kommuner, i kommunens profil',
        userName: 'navnet ditt – under Innstillinger',
      },
      openProfile: 'Åpne profilen under Kommuner',
    },
  },
  {
    nn: {
      title: 'Påkoplingsplan',
      lead: 'Milepælane i planen i handboka for påkopling, med fristane rekna frå den planlagde påkoplingsdatoen.',
      municipality: 'Kommune',
      noMunicipalities: 'Ingen kommunar enno. Legg til kommunen under Kommunar for å få ein påkoplingsplan.',
      goToMunicipalities: 'Gå til Kommunar',
      noDate: (name: string) =>
        `${name} har ingen planlagd påkoplingsdato enno. Når datoen er sett, viser planen milepælane, fristane og ei tidslinje.`,
      setDate: 'Set påkoplingsdatoen under Kommunar',
      summary: {
        label: 'Samandrag',
        connection: 'Planlagd påkopling',
        inDays: (n: number) => (n === 1 ? 'om 1 dag' : `om ${n} dagar`),
        daysAgo: (n: number) => (n === 1 ? 'for 1 dag sidan' : `for ${n} dagar sidan`),
        today: 'i dag',
        batch: 'Pulje',
        overdue: 'Forfalle',
        dueSoon: (days: number) => `Frist innan ${days} dagar`,
      },
      warning: {
        title: 'Fristar som hastar',
        counts: (overdue: number, soon: number, days: number) => {
          const o = overdue === 1 ? '1 punkt har forfalle' : `${overdue} punkt har forfalle`;
          const s =
            soon === 1 ? `1 punkt har frist innan ${days} dagar` : `${soon} punkt har frist innan ${days} dagar`;
          if (overdue > 0 && soon > 0) return `${o}, og ${soon} har frist innan ${days} dagar.`;
          return overdue > 0 ? `${o}.` : `${s}.`;
        },
        due: (date: string) => `frist ${date}`,
        more: (n: number) => `… og ${n} til. Alle står i tabellen «Milepælar og fristar».`,
        openChecklist: 'Opne sjekklista',
      },
      timeline: {
        title: 'Tidslinje',
        lead: 'Milepælane som felt og punkta med frist som merke, eitt spor per område. Peik på eit merke for å sjå punktet. Det same står som tekst i tabellen under.',
        today: 'I dag',
        connection: 'Påkopling',
        milestones: 'Milepælar',
        label: (from: string, to: string, connection: string, milestones: number, items: number) =>
          `Tidslinje frå ${from} til ${to}. Påkopling ${connection}. ${milestones} milepælar og ${items} punkt med frist.`,
        labelStates: (overdue: number, soon: number, done: number) =>
          `${overdue} forfalne, ${soon} med frist snart, ${done} ferdige.`,
        labelToday: (date: string) => `I dag er ${date}.`,
        todayOutside: (date: string) => `I dag (${date}) ligg utanfor tidslinja.`,
        labelTable: 'Det same står som tekst i tabellen «Milepælar og fristar».',
        marker: (item: string, area: string, date: string, status: string, state: string) =>
          `${item} – ${area} – frist ${date} – ${status} (${state})`,
        legend: 'Forklaring',
        open: 'Ope, i rute',
      },
      table: {
        title: 'Milepælar og fristar',
        caption: 'Milepælane i planen og punkta med frist i kvar periode',
        date: 'Frist',
        item: 'Punkt',
        area: 'Område',
        basis: 'Grunnlag for fristen',
        status: 'Status',
        state: 'Tilstand',
        before: (date: string) => `Før milepælane (til og med ${date})`,
        between: (from: string, to: string) => `Mellom milepælane (${from} – ${to})`,
        after: (date: string) => `Etter milepælane (frå ${date})`,
        noDue: 'Utan frist',
        noItems: 'Ingen punkt har frist i denne perioden.',
        coveredByHost: (n: number, host: string) =>
          `${n} punkt blir gjort av vertskommunen ${host} og er ikkje med i planen her.`,
      },
      messages: {
        title: 'Meldingar etter påkopling',
        lead: 'Når kommunen er kopla på, ber handboka dykk sende to e-postar. Her er utkasta, fylte ut med det som er registrert om kommunen.',
        sendsNothing:
          'Digisos Klar sender ingenting sjølv. Kopier utkastet inn i e-postprogrammet ditt, les det over og send det derifrå.',
        waitWithCitizens: 'Vent med å informere innbyggjarane til løysinga er i produksjon.',
        inNorwegian: '',
        source: 'Kjelde 003, «Når dere har koblet dere på digital søknad».',
        digisos: 'E-post til Digisos',
        digisosWhat:
          'Sei frå at kommunen er kopla på og har teke i bruk digital søknad, om fagsystemet er oppgradert – og viss ikkje, om det er planlagt.',
        contactCentre: 'Melding til NAV Kontaktsenter',
        contactCentreWhat: 'Fortel frå kva dato innbyggjarane i kommunen kan søkje digitalt.',
        to: 'Til',
        subject: 'Emne',
        body: 'Tekst',
        copyAll: 'Kopier e-posten',
        copyAllFor: (title: string) => `Kopier e-posten: ${title}`,
        copyTo: 'Kopier adressa',
        copySubject: 'Kopier emnet',
        copyBody: 'Kopier teksten',
        copy: 'Kopier',
        copied: 'Kopiert til utklippstavla',
        copiedShort: 'Kopiert.',
        placeholders:
          'Utkasta har plasshaldarar i [hakeparentesar]. Fyll dei inn før du sender, eller registrer det som manglar:',
        missing: {
          connectionDate: 'planlagd påkoplingsdato – under Kommunar, i profilen til kommunen',
          upgrade: 'om fagsystemet er oppgradert – under Kommunar, i profilen til kommunen',
          vendor: 'fagsystemleverandør og fagsystem – under Kommunar, i profilen til kommunen',
          userName: 'namnet ditt – under Innstillingar',
        },
        openProfile: 'Opne profilen under Kommunar',
      },
    },
    en: {
      title: 'Connection plan',
      lead: 'The milestones of the handbook’s connection plan, with the deadlines counted from the planned connection date.',
      municipality: 'Municipality',
      noMunicipalities: 'No municipalities yet. Add the municipality under Municipalities to get a connection plan.',
      goToMunicipalities: 'Go to Municipalities',
      noDate: (name: string) =>
        `${name} has no planned connection date yet. Once the date is set, the plan shows the milestones, the deadlines and a timeline.`,
      setDate: 'Set the connection date under Municipalities',
      summary: {
        label: 'Summary',
        connection: 'Planned connection',
        inDays: (n: number) => (n === 1 ? 'in 1 day' : `in ${n} days`),
        daysAgo: (n: number) => (n === 1 ? '1 day ago' : `${n} days ago`),
        today: 'today',
        batch: 'Batch (pulje)',
        overdue: 'Overdue',
        dueSoon: (days: number) => `Due within ${days} days`,
      },
      warning: {
        title: 'Urgent deadlines',
        counts: (overdue: number, soon: number, days: number) => {
          const o = overdue === 1 ? '1 item is overdue' : `${overdue} items are overdue`;
          const s = soon === 1 ? `1 item is due within ${days} days` : `${soon} items are due within ${days} days`;
          if (overdue > 0 && soon > 0) return `${o}, and ${s}.`;
          return overdue > 0 ? `${o}.` : `${s}.`;
        },
        due: (date: string) => `due ${date}`,
        more: (n: number) => `… and ${n} more. All are in the table “Milestones and deadlines”.`,
        openChecklist: 'Open the checklist',
      },
      timeline: {
        title: 'Timeline',
        lead: 'The milestones as bands and the items with a deadline as markers, one lane per area. Point at a marker to see the item. The same information is in the table below as text.',
        today: 'Today',
        connection: 'Connection',
        milestones: 'Milestones',
        label: (from: string, to: string, connection: string, milestones: number, items: number) =>
          `Timeline from ${from} to ${to}. Connection ${connection}. ${milestones} milestones and ${items} items with a deadline.`,
        labelStates: (overdue: number, soon: number, done: number) =>
          `${overdue} overdue, ${soon} due soon, ${done} done.`,
        labelToday: (date: string) => `Today is ${date}.`,
        todayOutside: (date: string) => `Today (${date}) lies outside the timeline.`,
        labelTable: 'The same information is in the table “Milestones and deadlines” as text.',
        marker: (item: string, area: string, date: string, status: string, state: string) =>
          `${item} – ${area} – due ${date} – ${status} (${state})`,
        legend: 'Legend',
        open: 'Open, on track',
      },
      table: {
        title: 'Milestones and deadlines',
        caption: 'The milestones of the plan and the items due in each period',
        date: 'Due',
        item: 'Item',
        area: 'Area',
        basis: 'Basis of the deadline',
        status: 'Status',
        state: 'State',
        before: (date: string) => `Before the milestones (up to ${date})`,
        between: (from: string, to: string) => `Between the milestones (${from} – ${to})`,
        after: (date: string) => `After the milestones (from ${date})`,
        noDue: 'No deadline',
        noItems: 'No items are due in this period.',
        coveredByHost: (n: number, host: string) =>
          n === 1
            ? `1 item is done by the host municipality ${host} and is not part of this plan.`
            : `${n} items are done by the host municipality ${host} and are not part of this plan.`,
      },
      messages: {
        title: 'Messages after connection',
        lead: 'Once the municipality is connected, the handbook asks you to send two e-mails. Here are the drafts, filled in from what is registered about the municipality.',
        sendsNothing:
          'Digisos Klar sends nothing itself. Copy the draft into your own e-mail program, read it through and send it from there.',
        waitWithCitizens: 'Wait with informing citizens until the solution is in production.',
        inNorwegian: 'The messages are in Norwegian (bokmål) because the recipients are Norwegian.',
        source: 'Source 003, “Når dere har koblet dere på digital søknad”.',
        digisos: 'E-mail to Digisos',
        digisosWhat:
          'Say that the municipality is connected and uses the digital application, whether the case system is upgraded – and if not, whether an upgrade is planned.',
        contactCentre: 'Notice to NAV Contact Centre',
        contactCentreWhat: 'Say from which date the municipality’s citizens can apply digitally.',
        to: 'To',
        subject: 'Subject',
        body: 'Text',
        copyAll: 'Copy the e-mail',
        copyAllFor: (title: string) => `Copy the e-mail: ${title}`,
        copyTo: 'Copy the address',
        copySubject: 'Copy the subject',
        copyBody: 'Copy the text',
        copy: 'Copy',
        copied: 'Copied to the clipboard',
        copiedShort: 'Copied.',
        placeholders:
          'The drafts have placeholders in [square brackets]. Fill them in before you send, or register what is missing:',
        missing: {
          connectionDate: 'the planned connection date – under Municipalities, in the municipality’s profile',
          upgrade: 'whether the case system is upgraded – under Municipalities, in the municipality’s profile',
          vendor: 'case-system vendor and product – under Municipalities, in the municipality’s profile',
          userName: 'your name – under Settings',
        },
        openProfile: 'Open the profile under Municipalities',
      },
    },
  },
);
