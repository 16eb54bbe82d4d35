import type { CatalogueItem, DueRule, LocalizedText } from './types';

/*
 * Every item the sources ask of a municipality, in the sources' order within each area
 * (DOMAIN.md 6–9). Each `quote` is the source's own words, copied from resources/sources/;
 * test/shared/catalogue/coverage.test.ts counts the catalogue against the seed files.
 */

const CHECKLIST_1 = { seed: '003', section: 'Sjekkliste 1/2' } as const;
const CHECKLIST_2 = { seed: '003', section: 'Sjekkliste 2/2' } as const;
const TEST = { seed: '003', section: 'Test av løsningen' } as const;
const PRODUCTION = { seed: '003', section: 'Klargjøring til produksjon' } as const;
const EMERGENCY = { seed: '003', section: 'Behov for beredskapsrutiner' } as const;
const PLAN = { seed: '003', section: 'Plan for påkobling av digital søknad' } as const;
const AFTER = { seed: '003', section: 'Når dere har koblet dere på digital søknad' } as const;
const INFORM_CITIZENS = { seed: '003', section: 'Informasjon til innbyggerne/brukerne:' } as const;
const NKS_AGREEMENT = {
  seed: '004',
  section: 'Signere avtalen om tilgjengeliggjøring av sentrale stønadsopplysninger',
} as const;
const NKS_STEPS = {
  seed: '004',
  section: 'Gi NKS tilgang til sentrale stønadsopplysninger om saker om økonomisk sosialhjelp til kommunens innbyggere',
} as const;
const NKS_ON_CALL = {
  seed: '004',
  section: 'Hva skjer hvis dere ikke har tatt i bruk innsynsflaten for NKS innen 1 februar 2023?',
} as const;

/** A due date the sources give (the connection plan, "after connection"). */
const bySource = (days: number): DueRule => ({ days, basis: 'source' });
/** A due date Digisos Klar proposes where the sources are silent. */
const byApp = (days: number): DueRule => ({ days, basis: 'app' });

const DIRECTORATE_AGREEMENT_REMARK: LocalizedText = {
  nb: 'Signeres elektronisk i Mercell via Digisos’ kontaktperson i kommunen ca. 1–2 uker før påkobling, av den som står i Enhetsregisteret (normalt rådmann eller administrasjonssjef/kommunalsjef) eller en med fullmakt.',
  nn: 'Blir signert elektronisk i Mercell via kontaktpersonen til Digisos i kommunen ca. 1–2 veker før påkopling, av den som står i Einingsregisteret (normalt rådmann eller administrasjonssjef/kommunalsjef) eller ein med fullmakt.',
  en: 'Signed electronically in Mercell, through Digisos’s contact person in the municipality, about 1–2 weeks before connection, by the person listed in the Central Coordinating Register for Legal Entities (normally the chief executive or head of administration) or someone with authority to sign.',
};

const ON_CALL_REMARK: LocalizedText = {
  nb: 'Gjelder bare så lenge tilgangen for NKS ikke er aktivert: da sender NKS alle konkrete henvendelser om økonomisk sosialhjelp videre til NAV-kontoret.',
  nn: 'Gjeld berre så lenge tilgangen for NKS ikkje er aktivert: då sender NKS alle konkrete førespurnader om økonomisk sosialhjelp vidare til NAV-kontoret.',
  en: 'Applies only while NKS access is not activated: until then, NKS passes every specific enquiry about financial social assistance on to the NAV office.',
};

/** Every item the handbook (003) and the NKS letter (004) ask of a municipality, in the sources' order per area. */
export const CATALOGUE: readonly CatalogueItem[] = [
  // ── Beslutning og finansiering (003, Sjekkliste 1/2) ──
  {
    id: 'decision.start-project',
    area: 'decision',
    text: {
      nb: 'Beslutningen om å starte innføringsprosjektet er tatt',
      nn: 'Avgjerda om å starte innføringsprosjektet er teken',
      en: 'The decision to start the rollout project has been made',
    },
    source: { ...CHECKLIST_1, quote: 'Beslutning om igangsetting av innføringsprosjektet er gjennomført' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-120),
  },
  {
    id: 'decision.digifin-member',
    area: 'decision',
    text: {
      nb: 'Kommunen er med i KS’ finansieringsordning for digitaliseringsprosjekter (DigiFin)',
      nn: 'Kommunen er med i finansieringsordninga til KS for digitaliseringsprosjekt (DigiFin)',
      en: 'The municipality is a member of KS’s funding scheme for digitalisation projects (DigiFin)',
    },
    source: {
      ...CHECKLIST_1,
      quote: 'Kommunen er med i KS sin finansieringsordning for digitaliseringsprosjekter [Digifin](#).',
    },
    ownerRole: 'procurement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-120),
    remark: {
      nb: 'Er kommunen allerede medlem av DigiFin, er denne kostnaden betalt tidligere.',
      nn: 'Er kommunen allereie medlem av DigiFin, er denne kostnaden betalt tidlegare.',
      en: 'If the municipality is already a member of DigiFin, this cost has been paid before.',
    },
  },
  {
    id: 'decision.connection-fee-financed',
    area: 'decision',
    text: {
      nb: 'Tilknytningskostnaden til KS er finansiert',
      nn: 'Tilknytingskostnaden til KS er finansiert',
      en: 'The connection fee to KS is funded',
    },
    source: { ...CHECKLIST_1, quote: 'Tilknytningskostnad til KS er finansiert' },
    ownerRole: 'procurement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-120),
  },
  {
    id: 'decision.operations-cost-financed',
    area: 'decision',
    text: {
      nb: 'Drifts- og forvaltningskostnaden til KS og NAV er finansiert',
      nn: 'Drifts- og forvaltingskostnaden til KS og NAV er finansiert',
      en: 'The operations and maintenance costs to KS and NAV are funded',
    },
    source: { ...CHECKLIST_1, quote: 'Drift og forvaltningskostnad til KS og NAV er finansiert' },
    ownerRole: 'procurement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-120),
  },
  {
    id: 'decision.case-system-cost-financed',
    area: 'decision',
    text: {
      nb: 'Kostnaden for utvidet funksjonalitet i fagsystemet er finansiert',
      nn: 'Kostnaden for utvida funksjonalitet i fagsystemet er finansiert',
      en: 'The cost of the extended functionality in the case system is funded',
    },
    source: { ...CHECKLIST_1, quote: 'Kostnad for utvidet funksjonalitet i fagsystemet er finansiert' },
    ownerRole: 'procurement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-120),
  },
  {
    id: 'decision.benefits-mapped',
    area: 'decision',
    text: {
      nb: 'Mulige gevinster er kartlagt',
      nn: 'Moglege gevinstar er kartlagde',
      en: 'Possible benefits have been mapped',
    },
    source: { ...CHECKLIST_1, quote: 'Mulige gevinster er kartlagt' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-90),
    remark: {
      nb: 'Digisos anbefaler KS’ veikart for tjenesteinnovasjon i arbeidet med gevinstrealisering.',
      nn: 'Digisos tilrår vegkartet til KS for tenesteinnovasjon i arbeidet med gevinstrealisering.',
      en: 'Digisos recommends KS’s roadmap for service innovation (veikart for tjenesteinnovasjon) for the benefits work.',
    },
  },
  {
    id: 'decision.resources-agreed',
    area: 'decision',
    text: {
      nb: 'Det er avklart hvilke ressurser som deltar i innføringsarbeidet',
      nn: 'Det er avklart kva ressursar som tek del i innføringsarbeidet',
      en: 'It has been settled who and what takes part in the rollout work',
    },
    source: { ...CHECKLIST_1, quote: 'Det er avklart hvilke ressurser som deltar i innføringsarbeidet' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-90),
  },

  // ── Kommunen og fagsystemleverandøren (003, Sjekkliste 1/2) ──
  {
    id: 'vendor.agreement-signed',
    area: 'vendor',
    text: {
      nb: 'Avtalen med fagsystemleverandøren om utvidet funksjonalitet i fagsystemet er signert',
      nn: 'Avtalen med fagsystemleverandøren om utvida funksjonalitet i fagsystemet er signert',
      en: 'The agreement with the case-system vendor on extended functionality in the case system has been signed',
    },
    source: {
      ...CHECKLIST_1,
      quote: 'Avtale med fagsystemleverandør om utvidet funksjonalitet i fagsystemet er signert',
    },
    ownerRole: 'procurement',
    requirement: 'required',
    actor: 'caseSystem',
    due: byApp(-90),
    remark: {
      nb: 'Avtalen gjelder leveranse og kostnad for den utvidede funksjonaliteten og opplæringen, og bør avklare hvem som gjør hva i de tekniske forberedelsene og i opplæringen.',
      nn: 'Avtalen gjeld leveranse og kostnad for den utvida funksjonaliteten og opplæringa, og bør avklare kven som gjer kva i dei tekniske førebuingane og i opplæringa.',
      en: 'The agreement covers delivery and cost of the extended functionality and the training, and should settle who does what in the technical preparations and the training.',
    },
  },
  {
    id: 'vendor.svarut-archive',
    area: 'vendor',
    text: {
      nb: 'KS SvarUt/SvarInn og digitalt/elektronisk arkiv knyttet til fagsystemet er implementert',
      nn: 'KS SvarUt/SvarInn og digitalt/elektronisk arkiv knytt til fagsystemet er implementerte',
      en: 'KS SvarUt/SvarInn and a digital/electronic archive linked to the case system have been implemented',
    },
    source: {
      ...CHECKLIST_1,
      quote: 'KS SvarUt/SvarInn og digitalt/elektronisk arkiv tilknyttet fagsystemet er implementert',
    },
    ownerRole: 'archive',
    requirement: 'required',
    actor: 'caseSystem',
    due: byApp(-30),
  },
  {
    id: 'vendor.technical-preparations',
    area: 'vendor',
    text: {
      nb: 'Tekniske forberedelser i fagsystemet er gjennomført',
      nn: 'Tekniske førebuingar i fagsystemet er gjennomførte',
      en: 'The technical preparations in the case system have been completed',
    },
    source: { ...CHECKLIST_1, quote: 'Tekniske forberedelser i fagsystemet er gjennomført' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: byApp(-21),
    remark: {
      nb: 'Før kommunen kan motta digital søknad, må fagsystemet ha et elektronisk arkiv, være oppdatert til en versjon som støtter Digisos, og kunne motta digital søknad (SvarUt/SvarInn).',
      nn: 'Før kommunen kan ta imot digital søknad, må fagsystemet ha eit elektronisk arkiv, vere oppdatert til ein versjon som støttar Digisos, og kunne ta imot digital søknad (SvarUt/SvarInn).',
      en: 'Before the municipality can receive digital applications, the case system must have an electronic archive, run a version that supports Digisos, and be able to receive digital applications (SvarUt/SvarInn).',
    },
  },

  // ── Personvernkonsekvensvurdering og ROS-analyse (003, Sjekkliste 1/2) ──
  {
    id: 'privacy.dpia',
    area: 'privacy',
    text: {
      nb: 'Personvernkonsekvensvurdering (PVK) er gjennomført',
      nn: 'Vurdering av personvernkonsekvensar (PVK) er gjennomført',
      en: 'A data protection impact assessment (DPIA) has been carried out',
    },
    source: { ...CHECKLIST_1, quote: 'Personvernkonsekvensvurdering er gjennomført' },
    ownerRole: 'legal',
    requirement: 'required',
    actor: 'controller',
    due: byApp(-45),
    remark: {
      nb: 'En plikt etter personvernforordningen (GDPR) før digital søknad tas i bruk. NAV har en mal som kan brukes som støtte; personvernombudet eller personer med juridisk kompetanse er aktuelle.',
      nn: 'Ei plikt etter personvernforordninga (GDPR) før digital søknad blir teken i bruk. NAV har ein mal som kan brukast som støtte; personvernombodet eller personar med juridisk kompetanse er aktuelle.',
      en: 'A duty under the GDPR before the digital application is taken into use. NAV has a template that can help; the data protection officer or people with legal expertise are suited to the work.',
    },
  },
  {
    id: 'privacy.ros',
    area: 'privacy',
    text: {
      nb: 'ROS-analyse (risiko- og sårbarhetsanalyse) er gjennomført',
      nn: 'ROS-analyse (risiko- og sårbarheitsanalyse) er gjennomført',
      en: 'A risk and vulnerability analysis (ROS) has been carried out',
    },
    source: { ...CHECKLIST_1, quote: 'ROS-analyse' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'controller',
    due: byApp(-45),
  },

  // ── Organisatoriske forberedelser (003, Sjekkliste 2/2) ──
  {
    id: 'organisation.staff-informed',
    area: 'organisation',
    text: {
      nb: 'Ledere og medarbeidere er godt informert om innføringen av digital søknad',
      nn: 'Leiarar og medarbeidarar er godt informerte om innføringa av digital søknad',
      en: 'Managers and staff are well informed about the introduction of the digital application',
    },
    source: { ...CHECKLIST_2, quote: 'Ledere og medarbeidere er godt informert om innføring av digital søknad' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-60),
  },
  {
    id: 'organisation.mapping',
    area: 'organisation',
    text: {
      nb: 'Kartlegging av arbeidsprosesser og ressurser er gjennomført',
      nn: 'Kartlegging av arbeidsprosessar og ressursar er gjennomført',
      en: 'Work processes and resources have been mapped',
    },
    source: { ...CHECKLIST_2, quote: 'Kartlegging av arbeidsprosesser og ressurser er gjennomført' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-60),
  },
  {
    id: 'organisation.mapping-form',
    area: 'organisation',
    parentId: 'organisation.mapping',
    text: {
      nb: 'Kartleggingsskjemaet er fylt ut',
      nn: 'Kartleggingsskjemaet er utfylt',
      en: 'The mapping form has been filled in',
    },
    source: { ...CHECKLIST_2, quote: 'Kartleggings skjema er gjennomført' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-60),
  },
  {
    id: 'organisation.mapping-impact',
    area: 'organisation',
    parentId: 'organisation.mapping',
    text: {
      nb: 'Kontoret har avklart hvordan digital søknad vil påvirke organisering, arbeidsprosesser og rutiner på NAV-kontoret',
      nn: 'Kontoret har avklart korleis digital søknad vil påverke organisering, arbeidsprosessar og rutinar på NAV-kontoret',
      en: 'The office has settled how the digital application will affect organisation, work processes and routines in the NAV office',
    },
    source: {
      ...CHECKLIST_2,
      quote:
        'Kontoret har avklart hvordan innføring av digital søknad vil påvirke organisering, arbeidsprosesser og rutiner på NAV-kontoret',
    },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-60),
  },
  {
    id: 'organisation.mapping-portfolio-cleanup',
    area: 'organisation',
    parentId: 'organisation.mapping',
    text: {
      nb: 'Porteføljen av brukere i fagsystemet er ryddet',
      nn: 'Porteføljen av brukarar i fagsystemet er rydda',
      en: 'The portfolio of service users in the case system has been cleaned up',
    },
    source: { ...CHECKLIST_2, quote: 'Rydding i porteføljen av brukere i fagsystemet er gjennomført' },
    ownerRole: 'socialWork',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-60),
  },
  {
    id: 'organisation.mapping-receiving-area',
    area: 'organisation',
    parentId: 'organisation.mapping',
    text: {
      nb: 'Organiseringen av mottaksområdet i fagsystemet er avklart',
      nn: 'Organiseringa av mottaksområdet i fagsystemet er avklart',
      en: 'The organisation of the receiving area in the case system has been settled',
    },
    source: { ...CHECKLIST_2, quote: 'Organisering av mottaksområdet i fagsystemet er avklart' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-60),
  },
  {
    id: 'organisation.support-material',
    area: 'organisation',
    text: {
      nb: 'Støttemateriellet er brukt aktivt for å forberede ledere og medarbeidere',
      nn: 'Støttemateriellet er brukt aktivt for å førebu leiarar og medarbeidarar',
      en: 'The support material has been used actively to prepare managers and staff',
    },
    source: {
      ...CHECKLIST_2,
      quote: 'Støttemateriellet har blitt brukt aktivt for å forberede ledere og medarbeidere',
    },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-30),
    remark: {
      nb: 'Støttemateriellet er samlet på nav.no/digisos.',
      nn: 'Støttemateriellet er samla på nav.no/digisos.',
      en: 'The support material is collected at nav.no/digisos.',
    },
  },
  {
    id: 'organisation.benefits-plan',
    area: 'organisation',
    text: {
      nb: 'Gevinstrealiseringsplan er utarbeidet og forankret',
      nn: 'Plan for gevinstrealisering er utarbeidd og forankra',
      en: 'A benefits realisation plan has been drawn up and endorsed',
    },
    source: { ...CHECKLIST_2, quote: 'Gevinstrealiseringsplan er utarbeidet og forankret' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-30),
  },
  {
    id: 'organisation.training',
    area: 'organisation',
    text: {
      nb: 'Opplæring i ny versjon av fagsystemet og i digital søknad er gjennomført',
      nn: 'Opplæringa i ny versjon av fagsystemet og i digital søknad er gjennomført',
      en: 'Training in the new version of the case system and in the digital application has been completed',
    },
    source: { ...CHECKLIST_2, quote: 'Opplæring i ny versjon av fagsystem og digital søknad er gjennomført' },
    ownerRole: 'socialWork',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(0),
  },

  // ── Påkobling til nav.no (003, Sjekkliste 2/2) ──
  {
    id: 'connection.dpa-directorate',
    area: 'connection',
    text: {
      nb: 'Databehandleravtalen med Arbeids- og velferdsdirektoratet er signert',
      nn: 'Databehandlaravtalen med Arbeids- og velferdsdirektoratet er signert',
      en: 'The data processing agreement with the Norwegian Labour and Welfare Directorate has been signed',
    },
    source: {
      ...CHECKLIST_2,
      quote: 'Avtale med Arbeids- og velferdsdirektoratet for inngåelse av databehandleravtale er signert',
    },
    ownerRole: 'legal',
    requirement: 'required',
    actor: 'controller',
    due: bySource(-7),
    remark: DIRECTORATE_AGREEMENT_REMARK,
  },
  {
    id: 'connection.cooperation-agreement-directorate',
    area: 'connection',
    text: {
      nb: 'Samarbeidsavtalen med Arbeids- og velferdsdirektoratet er signert',
      nn: 'Samarbeidsavtalen med Arbeids- og velferdsdirektoratet er signert',
      en: 'The cooperation agreement with the Norwegian Labour and Welfare Directorate has been signed',
    },
    source: {
      ...CHECKLIST_2,
      quote: 'Avtale med Arbeids- og velferdsdirektoratet for inngåelse av samarbeidsavtale er signert',
    },
    ownerRole: 'legal',
    requirement: 'required',
    actor: 'controller',
    due: bySource(-7),
    remark: DIRECTORATE_AGREEMENT_REMARK,
  },
  {
    id: 'connection.ks-terms',
    area: 'connection',
    text: {
      nb: 'Avtalen med KS, «Avtale KS – Vilkår for påkobling til Digisos», er signert',
      nn: 'Avtalen med KS, «Avtale KS – Vilkår for påkobling til Digisos», er signert',
      en: 'The agreement with KS, «Avtale KS – Vilkår for påkobling til Digisos» (terms for connecting to Digisos), has been signed',
    },
    source: { ...CHECKLIST_2, quote: 'Avtale med KS er signert «Avtale KS - Vilkår for påkobling til digisos»' },
    ownerRole: 'procurement',
    requirement: 'required',
    actor: 'each',
    due: byApp(-14),
    remark: {
      nb: 'Vilkårene signeres av rådmannen eller en annen med fullmakt og sendes signert til fiks@ks.no, merket ref. 19/00689.',
      nn: 'Vilkåra blir signerte av rådmannen eller ein annan med fullmakt og sende signerte til fiks@ks.no, merkte ref. 19/00689.',
      en: 'The terms are signed by the chief executive or another authorised person and returned signed to fiks@ks.no, marked ref. 19/00689.',
    },
  },
  {
    id: 'connection.dpa-ks',
    area: 'connection',
    text: {
      nb: 'Databehandleravtalen med KS er signert',
      nn: 'Databehandlaravtalen med KS er signert',
      en: 'The data processing agreement with KS has been signed',
    },
    source: { ...CHECKLIST_2, quote: 'Databehandleravtale med KS er signert' },
    ownerRole: 'legal',
    requirement: 'required',
    actor: 'controller',
    due: byApp(-14),
  },
  {
    id: 'connection.fiks-configured',
    area: 'connection',
    text: {
      nb: 'Fagsystemet er konfigurert mot FIKS Digisos',
      nn: 'Fagsystemet er konfigurert mot FIKS Digisos',
      en: 'The case system has been configured towards FIKS Digisos',
    },
    source: { ...CHECKLIST_2, quote: 'Fagsystemet er konfigurert opp mot FIKS Digisos' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-14),
  },
  {
    id: 'connection.emergency-routines',
    area: 'connection',
    text: {
      nb: 'Beredskapsrutiner for løsningen er etablert og bygd inn i eksisterende rutiner for drift av IT-løsninger i kommunen',
      nn: 'Beredskapsrutinar for løysinga er etablerte og bygde inn i eksisterande rutinar for drift av IT-løysingar i kommunen',
      en: 'Emergency routines for the solution have been established and built into the municipality’s existing IT operations routines',
    },
    source: {
      ...CHECKLIST_2,
      quote:
        'Beredskapsrutiner for løsningen er etablert og bygd inn i eksisterende rutiner for drift av IT løsninger i kommunen',
    },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'controller',
    due: byApp(-7),
  },
  {
    id: 'connection.personkortet-checked',
    area: 'connection',
    text: {
      nb: 'Det er sjekket at Personkortet er oppe etter påkoblingen',
      nn: 'Det er sjekka at Personkortet er oppe etter påkoplinga',
      en: 'It has been checked that Personkortet (the person card) is up after connection',
    },
    source: { ...CHECKLIST_2, quote: 'Det er sjekket at Personkortet er oppe etter påkoblingen' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(1),
    remark: {
      nb: 'NAV har senere varslet at Personkortet fases ut (brev fra 2022); se «Tilgang for NAV Kontaktsenter (NKS)».',
      nn: 'NAV har seinare varsla at Personkortet blir fasa ut (brev frå 2022); sjå «Tilgang for NAV Kontaktsenter (NKS)».',
      en: 'NAV has since announced that Personkortet is being phased out (letter from 2022); see “Access for the NAV Contact Centre (NKS)”.',
    },
  },
  {
    id: 'connection.nks-informed',
    area: 'connection',
    text: {
      nb: 'NAV Kontaktsenter er informert om når NAV-kontoret kobler seg på digital søknad',
      nn: 'NAV Kontaktsenter er informert om når NAV-kontoret koplar seg på digital søknad',
      en: 'The NAV Contact Centre has been told when the NAV office connects to the digital application',
    },
    source: {
      ...CHECKLIST_2,
      quote: 'NAV kontaktsenter er informert om når NAV-kontoret kobler seg på digital søknad',
    },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(1),
    remark: {
      nb: 'Sendes til nav.kontaktsenter.remedy@nav.no med datoen innbyggerne kan søke digitalt fra (se «Etter påkobling»).',
      nn: 'Blir send til nav.kontaktsenter.remedy@nav.no med datoen innbyggjarane kan søkje digitalt frå (sjå «Etter påkopling»).',
      en: 'Sent to nav.kontaktsenter.remedy@nav.no with the date from which residents can apply digitally (see “After connection”).',
    },
  },

  // ── Tilleggsavtale med KS (003, Sjekkliste 2/2) ──
  {
    id: 'ksSupplement.agreement',
    area: 'ksSupplement',
    text: {
      nb: 'Tilleggsavtalen med KS om drifts- og forvaltningskostnad er signert',
      nn: 'Tilleggsavtalen med KS om drifts- og forvaltingskostnad er signert',
      en: 'The supplementary agreement with KS on operations and maintenance costs has been signed',
    },
    source: {
      ...CHECKLIST_2,
      quote: 'Tilleggsavtale med KS om drift og forvaltningskostnad er signert (avtalen er under arbeid)',
    },
    ownerRole: 'procurement',
    requirement: 'required',
    actor: 'each',
    due: null,
    remark: {
      nb: 'Avtalen var under arbeid i håndboken v108 (25.05.2020) og skal inngås når innsynsløsningen er klar; avklar status med KS. Den er ikke det samme som NAVs tilleggsavtale til samarbeidsavtalen, som direktoratet sender hver kommune via Mercell.',
      nn: 'Avtalen var under arbeid i handboka v108 (25.05.2020) og skal inngåast når innsynsløysinga er klar; avklar status med KS. Ho er ikkje det same som tilleggsavtalen frå NAV til samarbeidsavtalen, som direktoratet sender kvar kommune via Mercell.',
      en: 'The agreement was still being drafted in handbook v108 (25.05.2020) and is to be made once the status view is ready; check its status with KS. It is not the same as NAV’s supplementary agreement to the cooperation agreement, which the Directorate sends each municipality through Mercell.',
    },
  },

  // ── Test av løsningen (003): recommended, "Det er imidlertid ikke krav om test" ──
  {
    id: 'test.receiving-area',
    area: 'test',
    text: {
      nb: 'Konfigurer riktig mottaksområde i testmiljøet hos FIKS, så testsøknadene ikke avvises',
      nn: 'Konfigurer rett mottaksområde i testmiljøet hos FIKS, så testsøknadene ikkje blir avviste',
      en: 'Configure the right receiving area in the FIKS test environment so that test applications are not rejected',
    },
    source: {
      ...TEST,
      quote:
        'Konfigurere riktig mottaksområde i test hos FIKS, for å unngå at søknadene som er sendt inn ikke avvises av FIKS.',
    },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'caseSystem',
    due: byApp(-28),
    remark: {
      nb: 'Digisos anbefaler at kommunen tester løsningen før produksjon, men det er ikke et krav.',
      nn: 'Digisos tilrår at kommunen testar løysinga før produksjon, men det er ikkje eit krav.',
      en: 'Digisos recommends that the municipality tests the solution before production, but it is not a requirement.',
    },
  },
  {
    id: 'test.fictitious-org-number',
    area: 'test',
    text: {
      nb: 'Opprett et fiktivt organisasjonsnummer for avdeling sosiale tjenester (KS/FIKS hjelper via fiks@ks.no)',
      nn: 'Opprett eit fiktivt organisasjonsnummer for avdeling sosiale tenester (KS/FIKS hjelper via fiks@ks.no)',
      en: 'Create a fictitious organisation number for the social services department (KS/FIKS can help via fiks@ks.no)',
    },
    source: {
      ...TEST,
      quote:
        'Opprette et fiktivt organisasjonsnummer for avdeling sosiale tjenester i kommunen/NAV-kontoret. Dette er nødvendig for at søknaden skal rutes riktig. KS/FIKS kan bistå med dette ved at det sendes en henvendelse til fiks@ks.no.',
    },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'caseSystem',
    due: byApp(-27),
  },
  {
    id: 'test.org-number-svarut-test',
    area: 'test',
    parentId: 'test.fictitious-org-number',
    text: {
      nb: 'Legg det fiktive organisasjonsnummeret inn i kommunens mottakersystem på KS SvarUt Test',
      nn: 'Legg det fiktive organisasjonsnummeret inn i mottakarsystemet til kommunen på KS SvarUt Test',
      en: 'Register the fictitious organisation number in the municipality’s receiving system on KS SvarUt Test',
    },
    source: {
      ...TEST,
      quote:
        'Det fiktive organisasjonsnummeret må legges inn i mottakersystemet til kommunen på KS SvarUt Test, slik at «post» fra FIKS finner frem.',
    },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'caseSystem',
    due: byApp(-26),
  },
  {
    id: 'test.org-number-digisos',
    area: 'test',
    parentId: 'test.fictitious-org-number',
    text: {
      nb: 'Meld det fiktive organisasjonsnummeret til digisos@nav.no',
      nn: 'Send det fiktive organisasjonsnummeret til digisos@nav.no',
      en: 'Report the fictitious organisation number to digisos@nav.no',
    },
    source: {
      ...TEST,
      quote:
        'Det fiktive organisasjonsnummeret må meldes til digisos@nav.no slik at prosjekt Digisos kan legge til organisasjonsnummeret i test.',
    },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'caseSystem',
    due: byApp(-26),
  },
  {
    id: 'test.firewall',
    area: 'test',
    text: {
      nb: 'Bestill åpning i brannmuren så testsøknadene slipper inn i fagsystemet',
      nn: 'Bestill opning i brannmuren så testsøknadene slepp inn i fagsystemet',
      en: 'Order a firewall opening so that the test applications can reach the case system',
    },
    source: {
      ...TEST,
      quote: 'Bestille åpning i brannmuren for at søknaden skal kunne slippes inn i fagsystemet.',
    },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'caseSystem',
    due: byApp(-25),
  },
  {
    id: 'test.own-test-applications',
    area: 'test',
    text: {
      nb: 'Lag testsøknadene selv, innlogget på den statlige plattformen (NAV skrivebord)',
      nn: 'Lag testsøknadene sjølv, innlogga på den statlege plattforma (NAV skrivebord)',
      en: 'Create the test applications yourselves, logged in to the state platform (NAV skrivebord)',
    },
    source: {
      ...TEST,
      quote:
        'Det er kommunen selv som genererer testsøknadene. For å gjøre dette må man være logget på den statlige plattformen på NAV skrivebord for å komme inn i testmiljøet.',
    },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'caseSystem',
    due: byApp(-21),
  },
  {
    id: 'test.agreements-signed',
    area: 'test',
    text: {
      nb: 'Alle avtaler er signert før testen',
      nn: 'Alle avtalar er signerte før testen',
      en: 'All agreements are signed before testing',
    },
    source: { ...TEST, quote: 'For å kunne gjennomføre test bør alle avtaler være signerte' },
    ownerRole: 'legal',
    requirement: 'recommended',
    actor: 'caseSystem',
    due: byApp(-28),
    remark: {
      nb: 'Etter påkoblingsplanen signeres avtalene med direktoratet først ca. 1–2 uker før påkobling. Skal dere teste før det, avklar rekkefølgen med Digisos.',
      nn: 'Etter påkoplingsplanen blir avtalane med direktoratet signerte først ca. 1–2 veker før påkopling. Skal de teste før det, avklar rekkjefølgja med Digisos.',
      en: 'In the connection plan, the agreements with the Directorate are only signed about 1–2 weeks before connection. If you test before then, agree the order with Digisos.',
    },
  },

  // ── Klargjøring til produksjon (003) ──
  {
    id: 'production.fiks-self-configured',
    area: 'production',
    text: {
      nb: 'Kommunen har selv konfigurert oppsettet mot FIKS',
      nn: 'Kommunen har sjølv konfigurert oppsettet mot FIKS',
      en: 'The municipality has configured its set-up towards FIKS itself',
    },
    source: { ...PRODUCTION, quote: 'Kommunen konfigurerer selv opp mot FIKS' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-14),
  },
  {
    id: 'production.shared-email-fiks',
    area: 'production',
    text: {
      nb: 'En felles e-postadresse er lagt inn hos KS FIKS, så NAV-kontoret varsles hvis fagsystemet ikke henter søknader',
      nn: 'Ei felles e-postadresse er lagd inn hos KS FIKS, så NAV-kontoret blir varsla viss fagsystemet ikkje hentar søknader',
      en: 'A shared e-mail address is registered with KS FIKS so that the NAV office is alerted if the case system does not fetch applications',
    },
    source: {
      ...PRODUCTION,
      quote:
        'Det må legges inn felles e-post adresse hos KS FIKS, slik at NAV-kontoret kan motta varslinger dersom fagsystemet ikke henter ned søknader fra FIKS.',
    },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-14),
  },
  {
    id: 'production.svarut-svarinn-configured',
    area: 'production',
    text: {
      nb: 'Konfigurasjon av SvarUt og SvarInn er gjort etter KS’ veiledning (FIKS-bloggen)',
      nn: 'Konfigurasjonen av SvarUt og SvarInn er gjord etter rettleiinga frå KS (FIKS-bloggen)',
      en: 'SvarUt and SvarInn have been configured following KS’s guidance (the FIKS blog)',
    },
    source: {
      ...PRODUCTION,
      quote:
        'Se mer detaljert informasjon om konfigurasjon av [SvarUt](#) og [SvarInn](#), og klargjøring for bruk på [FIKS-bloggen](#).',
    },
    ownerRole: 'archive',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-14),
  },
  {
    id: 'production.firewall',
    area: 'production',
    text: {
      nb: 'Åpning i brannmuren er bestilt, så søknadene slipper gjennom',
      nn: 'Opning i brannmuren er bestilt, så søknadene slepp gjennom',
      en: 'A firewall opening has been ordered so that applications get through',
    },
    source: {
      ...PRODUCTION,
      quote:
        'Det må bestilles åpning i brannmur i kommunen for å «slippe gjennom» søknad. Ta kontakt med IT-personell i kommunen for å få bistand.',
    },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-14),
  },
  {
    id: 'production.connection-info',
    area: 'production',
    text: {
      nb: 'Kontaktpersonene har lest informasjonen om påkoblingsløpet i innkallingen til det forberedende videomøtet',
      nn: 'Kontaktpersonane har lese informasjonen om påkoplingsløpet i innkallinga til det førebuande videomøtet',
      en: 'The contact persons have read the information about the connection process in the invitation to the preparatory video meeting',
    },
    source: {
      ...PRODUCTION,
      quote:
        'Kontaktpersoner i kommunen og NAV-kontoret mottar mer detaljert informasjon om påkoblingsløpet i innkallingen til forberedende videomøte.',
    },
    ownerRole: 'navManagement',
    requirement: 'recommended',
    actor: 'navUnit',
    due: bySource(-10),
  },

  // ── Behov for beredskapsrutiner (003) ──
  {
    id: 'emergency.identify-errors',
    area: 'emergency',
    text: {
      nb: 'Rutiner for raskt å identifisere feil i overføringen fra FIKS til fagsystemet er på plass',
      nn: 'Rutinar for å raskt identifisere feil i overføringa frå FIKS til fagsystemet er på plass',
      en: 'Routines to quickly identify errors in the transfer from FIKS to the case system are in place',
    },
    source: {
      ...EMERGENCY,
      quote:
        'Hvis det oppstår feil i overføring fra FIKS til fagsystem, er det viktig at kommunen har rutiner for å identifisere feilen raskt.',
    },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'controller',
    due: byApp(-7),
  },
  {
    id: 'emergency.error-correction',
    area: 'emergency',
    text: {
      nb: 'Rutinene beskriver hvordan feil skal rettes',
      nn: 'Rutinane skildrar korleis feil skal rettast',
      en: 'The routines describe how errors are to be corrected',
    },
    source: { ...EMERGENCY, quote: 'Rutinene bør beskrive hvordan det skal jobbes med feilretting.' },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'controller',
    due: byApp(-7),
  },
  {
    id: 'emergency.built-into-it-operations',
    area: 'emergency',
    text: {
      nb: 'Beredskapsrutinene er bygd inn i eksisterende rutiner for drift av IT-løsninger i kommunen',
      nn: 'Beredskapsrutinane er bygde inn i eksisterande rutinar for drift av IT-løysingar i kommunen',
      en: 'The emergency routines are built into the municipality’s existing IT operations routines',
    },
    source: {
      ...EMERGENCY,
      quote:
        'Det anbefales at beredskapsrutinene bygges inn i eksisterende rutiner for drift av IT løsninger i kommunen.',
    },
    ownerRole: 'it',
    requirement: 'recommended',
    actor: 'controller',
    due: byApp(-7),
    remark: {
      nb: 'Her sier håndboken «anbefales»; sjekklisten (Påkobling til nav.no) har det samme som et punkt som skal være gjort.',
      nn: 'Her seier handboka «anbefales»; sjekklista (Påkopling til nav.no) har det same som eit punkt som skal vere gjort.',
      en: 'Here the handbook says “recommended”; its checklist (Connection to nav.no) lists the same thing as an item to be done.',
    },
  },
  {
    id: 'emergency.nav-routines',
    area: 'emergency',
    text: {
      nb: 'Kjent med at NAV varsler kontoret når en søknad har feilet fra nav.no til FIKS',
      nn: 'Kjend med at NAV varslar kontoret når ein søknad har feila frå nav.no til FIKS',
      en: 'Aware that NAV tells the office when an application has failed between nav.no and FIKS',
    },
    source: {
      ...EMERGENCY,
      quote:
        'NAV har egne beredskapsrutiner dersom en søknad har feilet fra nav.no til FIKS. Kommunen/NAV-kontoret vil få beskjed hvis søknaden har feilet hos NAV.',
    },
    ownerRole: 'navManagement',
    requirement: 'recommended',
    actor: 'navUnit',
    due: byApp(-7),
    remark: {
      nb: 'Dette er informasjon, ikke en oppgave: NAV har egne beredskapsrutiner for feil mellom nav.no og FIKS.',
      nn: 'Dette er informasjon, ikkje ei oppgåve: NAV har eigne beredskapsrutinar for feil mellom nav.no og FIKS.',
      en: 'This is information, not a task: NAV has its own emergency routines for failures between nav.no and FIKS.',
    },
  },

  // ── Plan for påkobling av digital søknad (003) ──
  {
    id: 'plan.installation-date-agreed',
    area: 'plan',
    text: {
      nb: 'Dato for installasjon og opplæring er avtalt med fagsystemleverandøren',
      nn: 'Dato for installasjon og opplæring er avtalt med fagsystemleverandøren',
      en: 'A date for installation and training has been agreed with the case-system vendor',
    },
    source: { ...PLAN, quote: 'Avtalt dato for installasjon og opplæring med fagsystemleverandør' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-35),
  },
  {
    id: 'plan.placed-in-batch',
    area: 'plan',
    text: {
      nb: 'Digisos har plassert kommunen i en pulje så nær installasjonsdatoen som mulig',
      nn: 'Digisos har plassert kommunen i ein pulje så nær installasjonsdatoen som mogleg',
      en: 'Digisos has placed the municipality in a batch as close to the installation date as possible',
    },
    source: {
      ...PLAN,
      quote:
        'Digisos mottar melding fra fagsystemleverandør og plasserer kommunen i en pulje så tett opptil denne datoen som mulig',
    },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-28),
    remark: {
      nb: 'Fagsystemleverandøren melder installasjonsdatoen til Digisos.',
      nn: 'Fagsystemleverandøren melder installasjonsdatoen til Digisos.',
      en: 'The case-system vendor reports the installation date to Digisos.',
    },
  },
  {
    id: 'plan.info-pack-received',
    area: 'plan',
    text: {
      nb: 'Den detaljerte informasjonspakken fra Digisos er mottatt',
      nn: 'Den detaljerte informasjonspakken frå Digisos er motteken',
      en: 'The detailed information pack from Digisos has been received',
    },
    source: { ...PLAN, quote: 'Kommunen mottar detaljert informasjonspakke fra Digisos' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(-21),
  },
  {
    id: 'plan.configure-fiks',
    area: 'plan',
    text: {
      nb: 'Kommunen har konfigurert mot FIKS-plattformen',
      nn: 'Kommunen har konfigurert mot FIKS-plattforma',
      en: 'The municipality has configured towards the FIKS platform',
    },
    source: { ...PLAN, quote: 'Kommunen konfigurerer mot FIKS plattform' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(-14),
  },
  {
    id: 'plan.installation-training',
    area: 'plan',
    text: {
      nb: 'Installasjon og opplæring i fagsystemet er gjennomført',
      nn: 'Installasjon og opplæring i fagsystemet er gjennomførte',
      en: 'Installation and training in the case system have been completed',
    },
    source: { ...PLAN, quote: 'Installasjon/ opplæring i fagsystem' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(0),
  },
  {
    id: 'plan.video-meeting',
    area: 'plan',
    text: {
      nb: 'Det forberedende videomøtet med Digisos er holdt',
      nn: 'Det førebuande videomøtet med Digisos er halde',
      en: 'The preparatory video meeting with Digisos has been held',
    },
    source: { ...PLAN, quote: 'Forberedende videomøte med Digisos' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(-10),
  },
  {
    id: 'plan.technical-connection',
    area: 'plan',
    text: {
      nb: 'Teknisk påkobling til nav.no er gjennomført',
      nn: 'Teknisk påkopling til nav.no er gjennomført',
      en: 'The technical connection to nav.no has been completed',
    },
    source: { ...PLAN, quote: 'Teknisk påkobling til nav.no' },
    ownerRole: 'it',
    requirement: 'required',
    actor: 'caseSystem',
    due: bySource(0),
  },
  {
    id: 'plan.published',
    area: 'plan',
    text: {
      nb: 'Digital søknad er publisert på nav.no',
      nn: 'Digital søknad er publisert på nav.no',
      en: 'The digital application is published on nav.no',
    },
    source: { ...PLAN, quote: 'Digital søknad på nav.no' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(0),
  },
  {
    id: 'plan.organisational-preparations',
    area: 'plan',
    text: {
      nb: 'Organisatoriske forberedelser i NAV-kontoret, gjennom hele løpet',
      nn: 'Organisatoriske førebuingar i NAV-kontoret, gjennom heile løpet',
      en: 'Organisational preparations in the NAV office, throughout',
    },
    source: { ...PLAN, quote: 'Organisatoriske forberedelser i NAV-kontoret' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: byApp(-7),
  },

  // ── Når dere har koblet dere på digital søknad (003) ──
  {
    id: 'afterConnection.mail-digisos',
    area: 'afterConnection',
    text: {
      nb: 'Send e-post til digisos@nav.no når kommunen har koblet seg på',
      nn: 'Send e-post til digisos@nav.no når kommunen har kopla seg på',
      en: 'E-mail digisos@nav.no once the municipality has connected',
    },
    source: { ...AFTER, quote: 'Når kommunen har koblet seg på, send mail til digisos@nav.no' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(1),
    remark: {
      nb: 'Kontaktsiden i håndboken skriver adressen feil som «digosos@nav.no»; riktig adresse er digisos@nav.no.',
      nn: 'Kontaktsida i handboka skriv adressa feil som «digosos@nav.no»; rett adresse er digisos@nav.no.',
      en: 'The handbook’s contact page misspells the address as “digosos@nav.no”; the correct address is digisos@nav.no.',
    },
  },
  {
    id: 'afterConnection.mail-connected',
    area: 'afterConnection',
    parentId: 'afterConnection.mail-digisos',
    text: {
      nb: 'Fortell at dere har koblet dere på og tatt i bruk digital søknad',
      nn: 'Fortel at de har kopla dykk på og teke i bruk digital søknad',
      en: 'Say that you have connected and taken the digital application into use',
    },
    source: { ...AFTER, quote: 'At dere har koblet dere på og digital søknad er tatt i bruk' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(1),
  },
  {
    id: 'afterConnection.mail-upgraded',
    area: 'afterConnection',
    parentId: 'afterConnection.mail-digisos',
    text: {
      nb: 'Fortell om dere har oppgradert fagsystemet',
      nn: 'Fortel om de har oppgradert fagsystemet',
      en: 'Say whether you have upgraded the case system',
    },
    source: { ...AFTER, quote: 'Om dere har oppgradert fagsystemet' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(1),
  },
  {
    id: 'afterConnection.mail-upgrade-planned',
    area: 'afterConnection',
    parentId: 'afterConnection.mail-digisos',
    text: {
      nb: 'Er fagsystemet ikke oppgradert: fortell om oppgraderingen er planlagt',
      nn: 'Er fagsystemet ikkje oppgradert: fortel om oppgraderinga er planlagd',
      en: 'If the case system has not been upgraded: say whether an upgrade is planned',
    },
    source: { ...AFTER, quote: 'Hvis fagsystemet ikke er oppgradert, er det planlagt?' },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(1),
  },
  {
    id: 'afterConnection.tell-nks',
    area: 'afterConnection',
    text: {
      nb: 'Gi NAV Kontaktsenter beskjed om fra hvilken dato innbyggerne kan søke digitalt (nav.kontaktsenter.remedy@nav.no)',
      nn: 'Gi NAV Kontaktsenter beskjed om frå kva dato innbyggjarane kan søkje digitalt (nav.kontaktsenter.remedy@nav.no)',
      en: 'Tell the NAV Contact Centre from which date residents can apply digitally (nav.kontaktsenter.remedy@nav.no)',
    },
    source: {
      ...AFTER,
      quote:
        'Husk at NAV Kontaktsenter må få beskjed med informasjon fra hvilken dato kommunens innbyggere kan søke digitalt. Informasjonen sendes til nav.kontaktsenter.remedy@nav.no',
    },
    ownerRole: 'navManagement',
    requirement: 'required',
    actor: 'navUnit',
    due: bySource(1),
  },
  {
    id: 'afterConnection.wait-to-inform-citizens',
    area: 'afterConnection',
    text: {
      nb: 'Vent med å informere innbyggerne om digital søknad til løsningen er satt i produksjon',
      nn: 'Vent med å informere innbyggjarane om digital søknad til løysinga er sett i produksjon',
      en: 'Wait until the solution is in production before telling residents about the digital application',
    },
    source: {
      ...INFORM_CITIZENS,
      quote:
        'Det anbefales å vente med å informere om digital søknad til innbyggerne/brukere til etter at løsningen er satt i produksjon.',
    },
    ownerRole: 'navManagement',
    requirement: 'recommended',
    actor: 'navUnit',
    due: bySource(1),
  },

  // ── Tilgang for NAV Kontaktsenter (004) ──
  {
    id: 'nks.agreement',
    area: 'nks',
    text: {
      nb: 'Avtalen om tilgjengeliggjøring av sentrale stønadsopplysninger er signert på nav.no/sosialhjelp/avtaler',
      nn: 'Avtalen om tilgjengeleggjering av sentrale stønadsopplysningar er signert på nav.no/sosialhjelp/avtaler',
      en: 'The agreement on making central benefit information available has been signed at nav.no/sosialhjelp/avtaler',
    },
    source: {
      ...NKS_AGREEMENT,
      quote: 'Dere kan lese og signere avtalen digitalt på http://nav.no/sosialhjelp/avtaler',
    },
    ownerRole: 'legal',
    requirement: 'recommended',
    actor: 'each',
    due: byApp(30),
    remark: {
      nb: 'Ikke et krav, men anbefalt. Signeres av kommunedirektøren eller den som har delegert ansvar; signataren får en e-post om hvordan den signerte avtalen lastes ned. Tilgangen for NKS kan aktiveres før avtalen er inngått.',
      nn: 'Ikkje eit krav, men tilrådd. Blir signert av kommunedirektøren eller den som har delegert ansvar; signataren får ein e-post om korleis den signerte avtalen kan lastast ned. Tilgangen for NKS kan aktiverast før avtalen er inngått.',
      en: 'Not a requirement, but recommended. Signed by the municipal director or whoever has delegated authority; the signer receives an e-mail on how to download the signed agreement. NKS access can be activated before the agreement is made.',
    },
  },
  {
    id: 'nks.step-1-login',
    area: 'nks',
    text: {
      nb: 'Logg inn på https://forvaltning.fiks.ks.no/',
      nn: 'Logg inn på https://forvaltning.fiks.ks.no/',
      en: 'Log in to https://forvaltning.fiks.ks.no/',
    },
    source: { ...NKS_STEPS, quote: 'Logg inn på https://forvaltning.fiks.ks.no/' },
    ownerRole: 'archive',
    requirement: 'required',
    actor: 'each',
    due: byApp(14),
    remark: {
      nb: 'Brevet satte fristen til 1. februar 2023. Det er kildens dato og er passert – sett deres egen dato.',
      nn: 'Brevet sette fristen til 1. februar 2023. Det er datoen i kjelda, og han er passert – set dykkar eigen dato.',
      en: 'The letter set the deadline at 1 February 2023. That is the source’s date and it has passed – set your own date.',
    },
  },
  {
    id: 'nks.step-2-choose-digisos',
    area: 'nks',
    text: {
      nb: 'Velg Digisos under Tjenester',
      nn: 'Vel Digisos under Tjenester',
      en: 'Choose Digisos under Tjenester (Services)',
    },
    source: { ...NKS_STEPS, quote: 'Velg Digisos under Tjenester.' },
    ownerRole: 'archive',
    requirement: 'required',
    actor: 'each',
    due: byApp(14),
  },
  {
    id: 'nks.step-3-choose-nks-access',
    area: 'nks',
    text: {
      nb: 'Velg punkt 5 «Tilgang til NAV Kontaktsenter»',
      nn: 'Vel punkt 5 «Tilgang til NAV Kontaktsenter»',
      en: 'Choose item 5 «Tilgang til NAV Kontaktsenter» (access for the NAV Contact Centre)',
    },
    source: { ...NKS_STEPS, quote: 'Velg punkt 5 «Tilgang til NAV Kontaktsenter»' },
    ownerRole: 'archive',
    requirement: 'required',
    actor: 'each',
    due: byApp(14),
  },
  {
    id: 'nks.step-4-grant-permission',
    area: 'nks',
    text: {
      nb: 'Huk av for «Gi NKS tillatelse»',
      nn: 'Kryss av for «Gi NKS tillatelse»',
      en: 'Tick «Gi NKS tillatelse» (give NKS permission)',
    },
    source: { ...NKS_STEPS, quote: 'Huk av for «Gi NKS tillatelse»' },
    ownerRole: 'archive',
    requirement: 'required',
    actor: 'each',
    due: byApp(14),
  },
  {
    id: 'nks.on-call-phone',
    area: 'nks',
    text: {
      nb: 'Vakttelefon som NKS kan sette henvendelser over til, med god tilgjengelighet og bemanning hver dag kl. 09.00–15.00',
      nn: 'Vakttelefon som NKS kan setje førespurnader over til, med god tilgjenge og bemanning kvar dag kl. 09.00–15.00',
      en: 'An on-call phone that NKS can transfer calls to, well available and staffed every day 09:00–15:00',
    },
    source: {
      ...NKS_ON_CALL,
      quote:
        'Kommunene må sørge for at det er en vakttelefon NKS kan videreformidle disse telefonhenvendelsene til. Vakttelefonen må ha god tilgjengelighet og bemanning hver dag mellom kl. 9:00 til 15:00',
    },
    ownerRole: 'navManagement',
    requirement: 'recommended',
    actor: 'navUnit',
    due: byApp(14),
    remark: ON_CALL_REMARK,
  },
  {
    id: 'nks.staff-competence',
    area: 'nks',
    text: {
      nb: 'Oppdatert kompetanse hos medarbeiderne i NAV-kontoret',
      nn: 'Oppdatert kompetanse hos medarbeidarane i NAV-kontoret',
      en: 'Up-to-date competence among the NAV office staff',
    },
    source: { ...NKS_ON_CALL, quote: 'i tillegg til oppdatert kompetanse på medarbeidere i NAV-kontor' },
    ownerRole: 'navManagement',
    requirement: 'recommended',
    actor: 'navUnit',
    due: byApp(14),
    remark: ON_CALL_REMARK,
  },
  {
    id: 'nks.norg-office-info',
    area: 'nks',
    text: {
      nb: 'Oppdaterte kontoropplysninger i NORG',
      nn: 'Oppdaterte kontoropplysningar i NORG',
      en: 'Up-to-date office information in NORG',
    },
    source: { ...NKS_ON_CALL, quote: 'oppdaterte kontor-opplysninger i NORG.' },
    ownerRole: 'navManagement',
    requirement: 'recommended',
    actor: 'navUnit',
    due: byApp(14),
    remark: ON_CALL_REMARK,
  },
];

/** The catalogue items by id. */
export const CATALOGUE_BY_ID: ReadonlyMap<string, CatalogueItem> = new Map(CATALOGUE.map((item) => [item.id, item]));

/** The catalogue item with this id; throws on an id the catalogue does not know. */
export function catalogueItem(id: string): CatalogueItem {
  const item = CATALOGUE_BY_ID.get(id);
  if (item === undefined) throw new Error(`Unknown catalogue item: ${id}`);
  return item;
}
