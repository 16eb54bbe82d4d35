import type { DpiaSection, RoutinePart } from '../schema/enums';
import type { SectionGuidance, StarterRisk } from './assessments';
import type { SourceRef } from './types';

/*
 * Guidance for the DPIA (GDPR art. 35(7)) and the emergency routines, and the starter events of
 * the ROS analysis. Drafts are suggestions the municipality adapts: [brackets] mark what it fills in.
 * What the seeds do not say (Fiks IO, the roles in detail, the manual SvarUt fallback of April 2024)
 * is background from KS and NAV (DOMAIN.md 10) and is labelled so in `basis`.
 * test/shared/catalogue/assessments.test.ts checks every quote against resources/sources/.
 */

const EMERGENCY = { seed: '003', section: 'Behov for beredskapsrutiner' } as const;
const PRODUCTION = { seed: '003', section: 'Klargjøring til produksjon' } as const;
const CHECKLIST_2 = { seed: '003', section: 'Sjekkliste 2/2' } as const;
const VENDOR = { seed: '003', section: 'Aktiviteter opp mot fagsystemleverandør' } as const;
const COOPERATION_WITHOUT_TRANSFER = {
  seed: '003',
  section: 'Vertskommunesamarbeid uten overføring av behandlingsansvaret etter lov om behandling av personopplysninger',
} as const;
const NKS_ON_CALL = {
  seed: '004',
  section: 'Hva skjer hvis dere ikke har tatt i bruk innsynsflaten for NKS innen 1 februar 2023?',
} as const;

const source = (where: Omit<SourceRef, 'quote'>, quote: string): SourceRef => ({ ...where, quote });

/** The sections of the DPIA, after GDPR art. 35(7). */
export const DPIA_GUIDANCE: Readonly<Record<DpiaSection, SectionGuidance>> = {
  processing: {
    title: { nb: 'Behandlingen og formålet', nn: 'Behandlinga og formålet', en: 'The processing and its purpose' },
    question: {
      nb: 'Hvilken behandling av personopplysninger gjelder vurderingen, og hvilket formål har den?',
      nn: 'Kva behandling av personopplysningar gjeld vurderinga, og kva formål har ho?',
      en: 'Which processing of personal data does the assessment cover, and what is its purpose?',
    },
    draft: {
      nb: '[Kommunenavn] kommune tar i bruk digital søknad om økonomisk sosialhjelp (Digisos) på nav.no fra [dato]. Innbyggerne kan søke digitalt, sende dokumentasjon og følge status på søknaden sin (innsyn) på nav.no og KS MinSide. Formålet er å gjøre det enklere og raskere å søke, å få søknader av høyere kvalitet og å redusere manuell registrering på NAV-kontoret. NAV Kontaktsenter (NKS) får se sentrale stønadsopplysninger for å veilede brukerne når kommunen har aktivert innsynsflaten for NKS [aktivert: ja/nei]. Behandlingen gjelder om lag [antall] søknader i året.',
      nn: '[Kommunenamn] kommune tek i bruk digital søknad om økonomisk sosialhjelp (Digisos) på nav.no frå [dato]. Innbyggjarane kan søkje digitalt, sende dokumentasjon og følgje status på søknaden sin (innsyn) på nav.no og KS MinSide. Formålet er å gjere det enklare og raskare å søkje, å få søknader av høgare kvalitet og å redusere manuell registrering på NAV-kontoret. NAV Kontaktsenter (NKS) får sjå sentrale stønadsopplysningar for å rettleie brukarane når kommunen har aktivert innsynsflata for NKS [aktivert: ja/nei]. Behandlinga gjeld om lag [tal] søknader i året.',
      en: '[Name] municipality will offer the digital application for financial social assistance (Digisos) on nav.no from [date]. Residents can apply online, send documentation and follow the status of their application (the status view) on nav.no and KS MinSide. The purpose is to make applying simpler and quicker, to receive applications of higher quality and to reduce manual registration at the NAV office. NAV Contact Centre (NKS) sees key benefit information to guide users once the municipality has activated the NKS access surface [activated: yes/no]. The processing covers about [number] applications a year.',
    },
    basis: {
      nb: 'GDPR art. 35(7)(a); Håndboken (003), «Personvernkonsekvensvurdering (PVK)»; NKS-brevet (004)',
      nn: 'GDPR art. 35(7)(a); Handboka (003), «Personvernkonsekvensvurdering (PVK)»; NKS-brevet (004)',
      en: 'GDPR Art. 35(7)(a); the handbook (003), “Personvernkonsekvensvurdering (PVK)”; the NKS letter (004)',
    },
  },
  dataFlow: {
    title: { nb: 'Dataflyt og roller', nn: 'Dataflyt og roller', en: 'Data flow and roles' },
    question: {
      nb: 'Hvordan går opplysningene fra søkeren til fagsystemet, og hvem har hvilken rolle underveis?',
      nn: 'Korleis går opplysningane frå søkjaren til fagsystemet, og kven har kva rolle undervegs?',
      en: 'How does the data travel from the applicant to the case system, and who has which role on the way?',
    },
    draft: {
      nb: 'Søkeren fyller ut og sender søknaden på nav.no. Søknaden går gjennom KS’ plattform FIKS, som lagrer den og leverer den til fagsystemet [navn på fagsystem] via [Fiks IO / SvarUt og SvarInn]. NAV-kontoret behandler søknaden i fagsystemet, og status og vedtak vises for søkeren på nav.no og KS MinSide (innsyn); NAV Kontaktsenter ser sentrale stønadsopplysninger gjennom innsynsflaten for NKS [hvis aktivert]. Kommunen er behandlingsansvarlig, Arbeids- og velferdsdirektoratet er databehandler fram til søknaden er sendt, og KS er databehandler for FIKS. [I et vertskommunesamarbeid: skriv hvilken kommune som er behandlingsansvarlig, og hvilket organisasjonsnummer søknadene sendes til.]',
      nn: 'Søkjaren fyller ut og sender søknaden på nav.no. Søknaden går gjennom plattforma FIKS hos KS, som lagrar han og leverer han til fagsystemet [namn på fagsystem] via [Fiks IO / SvarUt og SvarInn]. NAV-kontoret behandlar søknaden i fagsystemet, og status og vedtak blir viste for søkjaren på nav.no og KS MinSide (innsyn); NAV Kontaktsenter ser sentrale stønadsopplysningar gjennom innsynsflata for NKS [om ho er aktivert]. Kommunen er behandlingsansvarleg, Arbeids- og velferdsdirektoratet er databehandlar fram til søknaden er send, og KS er databehandlar for FIKS. [I eit vertskommunesamarbeid: skriv kva kommune som er behandlingsansvarleg, og kva organisasjonsnummer søknadene blir sende til.]',
      en: 'The applicant fills in and sends the application on nav.no. It passes through KS’s FIKS platform, which stores it and delivers it to the case system [name of case system] by [Fiks IO / SvarUt and SvarInn]. The NAV office handles the application in the case system, and status and decisions are shown to the applicant on nav.no and KS MinSide (the status view); NAV Contact Centre sees key benefit information through the NKS access surface [if activated]. The municipality is the controller, the Norwegian Labour and Welfare Directorate is processor until the application is sent, and KS is processor for FIKS. [In a host-municipality cooperation: state which municipality is controller and which organisation number the applications are sent to.]',
    },
    basis: {
      nb: 'GDPR art. 35(7)(a); Håndboken (003), «Aktiviteter opp mot fagsystemleverandør» og «Klargjøring til produksjon»; Fiks IO og rollefordelingen er bakgrunn fra KS og NAV, ikke i kildedokumentene',
      nn: 'GDPR art. 35(7)(a); Handboka (003), «Aktiviteter opp mot fagsystemleverandør» og «Klargjøring til produksjon»; Fiks IO og rollefordelinga er bakgrunn frå KS og NAV, ikkje i kjeldedokumenta',
      en: 'GDPR Art. 35(7)(a); the handbook (003), “Aktiviteter opp mot fagsystemleverandør” and “Klargjøring til produksjon”; Fiks IO and the division of roles are background from KS and NAV, not in the source documents',
    },
  },
  categories: {
    title: {
      nb: 'Personopplysninger og registrerte',
      nn: 'Personopplysningar og registrerte',
      en: 'Personal data and data subjects',
    },
    question: {
      nb: 'Hvilke personopplysninger behandles, og hvem gjelder de?',
      nn: 'Kva personopplysningar blir behandla, og kven gjeld dei?',
      en: 'Which personal data are processed, and about whom?',
    },
    draft: {
      nb: 'Søknaden inneholder identitets- og kontaktopplysninger og opplysninger om bosituasjon, familie, arbeid, utdanning, inntekt, utgifter, gjeld og formue, med dokumentasjon som kontoutskrifter og husleiekontrakt. Søkeren kan også gi opplysninger om helse, rus eller andre forhold som er særlige kategorier personopplysninger (GDPR art. 9), og opplysningene om økonomi og sosiale forhold er svært personlige selv der de ikke er det. De registrerte er søkere, ektefeller og samboere, barn i husstanden og andre som nevnes i søknaden, og ansatte på NAV-kontoret som behandler sakene. Mange søkere er i en sårbar situasjon. [Legg til andre kategorier kommunen behandler.]',
      nn: 'Søknaden inneheld identitets- og kontaktopplysningar og opplysningar om busituasjon, familie, arbeid, utdanning, inntekt, utgifter, gjeld og formue, med dokumentasjon som kontoutskrifter og husleigekontrakt. Søkjaren kan òg gi opplysningar om helse, rus eller andre forhold som er særlege kategoriar personopplysningar (GDPR art. 9), og opplysningane om økonomi og sosiale forhold er svært personlege sjølv der dei ikkje er det. Dei registrerte er søkjarar, ektefellar og sambuarar, barn i hushaldet og andre som er nemnde i søknaden, og tilsette på NAV-kontoret som behandlar sakene. Mange søkjarar er i ein sårbar situasjon. [Legg til andre kategoriar kommunen behandlar.]',
      en: 'The application contains identity and contact details and information on housing, family, work, education, income, expenses, debts and assets, with documentation such as bank statements and tenancy agreements. Applicants may also give information on health, substance use or other matters that are special categories of personal data (GDPR Art. 9), and the information on their finances and social circumstances is highly personal even where it is not. The data subjects are applicants, spouses and cohabitants, children in the household and others named in the application, and the NAV office staff who handle the cases. Many applicants are in a vulnerable situation. [Add any other categories the municipality processes.]',
    },
    basis: {
      nb: 'GDPR art. 35(7)(a) og art. 9; bakgrunn fra KS og NAV, ikke i kildedokumentene',
      nn: 'GDPR art. 35(7)(a) og art. 9; bakgrunn frå KS og NAV, ikkje i kjeldedokumenta',
      en: 'GDPR Art. 35(7)(a) and Art. 9; background from KS and NAV, not in the source documents',
    },
  },
  recipients: {
    title: { nb: 'Mottakere og databehandlere', nn: 'Mottakarar og databehandlarar', en: 'Recipients and processors' },
    question: {
      nb: 'Hvem får tilgang til opplysningene, og på hvilket grunnlag?',
      nn: 'Kven får tilgang til opplysningane, og på kva grunnlag?',
      en: 'Who gets access to the data, and on what basis?',
    },
    draft: {
      nb: 'Søknaden mottas av NAV-kontoret [navn] og behandles i kommunens fagsystem; kommunen er behandlingsansvarlig. KS er databehandler for overføring og lagring i FIKS etter databehandleravtale med kommunen. Arbeids- og velferdsdirektoratet er databehandler for søknaden på nav.no etter databehandleravtale og samarbeidsavtale med kommunen. NAV Kontaktsenter får tilgang til sentrale stønadsopplysninger med hjemmel i NAV-loven § 16, og der er direktoratet og kommunen selvstendig behandlingsansvarlige. Fagsystemleverandøren [navn] er databehandler når den drifter fagsystemet eller gir support med tilgang til opplysninger [avklar i avtalen med leverandøren].',
      nn: 'Søknaden blir motteken av NAV-kontoret [namn] og behandla i fagsystemet til kommunen; kommunen er behandlingsansvarleg. KS er databehandlar for overføring og lagring i FIKS etter databehandlaravtale med kommunen. Arbeids- og velferdsdirektoratet er databehandlar for søknaden på nav.no etter databehandlaravtale og samarbeidsavtale med kommunen. NAV Kontaktsenter får tilgang til sentrale stønadsopplysningar med heimel i NAV-lova § 16, og der er direktoratet og kommunen sjølvstendig behandlingsansvarlege. Fagsystemleverandøren [namn] er databehandlar når han driftar fagsystemet eller gir support med tilgang til opplysningar [avklar i avtalen med leverandøren].',
      en: 'The application is received by the NAV office [name] and handled in the municipality’s case system; the municipality is the controller. KS is processor for transfer and storage in FIKS under a data processing agreement with the municipality. The Norwegian Labour and Welfare Directorate is processor for the application on nav.no under a data processing agreement and a cooperation agreement with the municipality. NAV Contact Centre gets access to key benefit information under section 16 of the NAV Act, for which the directorate and the municipality are independent controllers. The case-system vendor [name] is processor where it runs the case system or gives support with access to the data [settle this in the vendor agreement].',
    },
    basis: {
      nb: 'GDPR art. 35(7)(a) og art. 28; Håndboken (003), «Avtaler med Arbeids- og velferdsdirektoratet» og «Sjekkliste 2/2»; NKS-brevet (004), «Rettslig grunnlag og avtale om tilgjengeliggjøring»',
      nn: 'GDPR art. 35(7)(a) og art. 28; Handboka (003), «Avtaler med Arbeids- og velferdsdirektoratet» og «Sjekkliste 2/2»; NKS-brevet (004), «Rettslig grunnlag og avtale om tilgjengeliggjøring»',
      en: 'GDPR Art. 35(7)(a) and Art. 28; the handbook (003), “Avtaler med Arbeids- og velferdsdirektoratet” and “Sjekkliste 2/2”; the NKS letter (004), “Rettslig grunnlag og avtale om tilgjengeliggjøring”',
    },
  },
  retention: {
    title: { nb: 'Lagring og sletting', nn: 'Lagring og sletting', en: 'Retention and erasure' },
    question: {
      nb: 'Hvor og hvor lenge lagres opplysningene, og når arkiveres eller slettes de?',
      nn: 'Kvar og kor lenge blir opplysningane lagra, og når blir dei arkiverte eller sletta?',
      en: 'Where and for how long are the data kept, and when are they archived or erased?',
    },
    draft: {
      nb: 'Søknaden og dokumentasjonen lagres i FIKS for innsynsløsningen i [periode etter avtalen med KS]. I fagsystemet og det elektroniske arkivet [navn] lagres de så lenge saken pågår, og deretter etter arkivlova, arkivforskrifta og kommunens bevarings- og kassasjonsplan [bevaringstid, og hva som bevares eller kasseres]. Søknader som er hentet manuelt fra SvarUt eller har kommet på papir eller i Altinn, registreres i fagsystemet og slettes fra andre steder [rutine]. [Kommunen fyller inn sine egne lagringstider; kildedokumentene angir ingen.]',
      nn: 'Søknaden og dokumentasjonen blir lagra i FIKS for innsynsløysinga i [periode etter avtalen med KS]. I fagsystemet og det elektroniske arkivet [namn] blir dei lagra så lenge saka går, og deretter etter arkivlova, arkivforskrifta og bevarings- og kassasjonsplanen til kommunen [bevaringstid, og kva som blir bevart eller kassert]. Søknader som er henta manuelt frå SvarUt eller har kome på papir eller i Altinn, blir registrerte i fagsystemet og sletta frå andre stader [rutine]. [Kommunen fyller inn sine eigne lagringstider; kjeldedokumenta gir ingen.]',
      en: 'The application and documentation are stored in FIKS for the status view for [period under the agreement with KS]. In the case system and the electronic archive [name] they are kept while the case is open, and then as the Archives Act, the Archives Regulations and the municipality’s retention and disposal plan require [retention period, and what is kept or disposed of]. Applications fetched by hand from SvarUt or received on paper or in Altinn are registered in the case system and erased elsewhere [routine]. [The municipality fills in its own retention periods; the source documents give none.]',
    },
    basis: {
      nb: 'GDPR art. 5(1)(e); arkivlova; Håndboken (003), «Kostnadsoversikt – foreløpige kostnader» (oppbevaring i FIKS); lagringstidene står ikke i kildedokumentene',
      nn: 'GDPR art. 5(1)(e); arkivlova; Handboka (003), «Kostnadsoversikt – foreløpige kostnader» (oppbevaring i FIKS); lagringstidene står ikkje i kjeldedokumenta',
      en: 'GDPR Art. 5(1)(e); the Archives Act; the handbook (003), “Kostnadsoversikt – foreløpige kostnader” (storage in FIKS); the retention periods are not in the source documents',
    },
  },
  necessity: {
    title: {
      nb: 'Nødvendighet og forholdsmessighet',
      nn: 'Nødvendigheit og forholdsmessigheit',
      en: 'Necessity and proportionality',
    },
    question: {
      nb: 'Er behandlingen nødvendig og forholdsmessig, og hvordan ivaretas søkerens rettigheter?',
      nn: 'Er behandlinga nødvendig og forholdsmessig, og korleis blir rettane til søkjaren tekne vare på?',
      en: 'Is the processing necessary and proportionate, and how are the applicant’s rights upheld?',
    },
    draft: {
      nb: 'Behandlingsgrunnlaget er GDPR art. 6 nr. 1 bokstav c og e, jf. sosialtjenesteloven (særlig § 18 om stønad til livsopphold), og for særlige kategorier art. 9 nr. 2 bokstav b og h [juridisk vurdering]. Søknaden spør bare om det som trengs for å vurdere retten til stønad, og søkeren får spørsmål som er relevante for sin situasjon. Søkeren får informasjon om behandlingen på nav.no og kan kreve innsyn, retting og begrensning, og status og vedtak vises i innsynsløsningen. Digital søknad er frivillig: det er fortsatt mulig å søke på papir eller møte opp på NAV-kontoret. [Begrunn hvorfor fordelene for søkerne står i rimelig forhold til inngrepet i personvernet.]',
      nn: 'Behandlingsgrunnlaget er GDPR art. 6 nr. 1 bokstav c og e, jf. sosialtenestelova (særleg § 18 om stønad til livsopphald), og for særlege kategoriar art. 9 nr. 2 bokstav b og h [juridisk vurdering]. Søknaden spør berre om det som trengst for å vurdere retten til stønad, og søkjaren får spørsmål som er relevante for situasjonen sin. Søkjaren får informasjon om behandlinga på nav.no og kan krevje innsyn, retting og avgrensing, og status og vedtak blir viste i innsynsløysinga. Digital søknad er frivillig: det er framleis mogleg å søkje på papir eller møte opp på NAV-kontoret. [Grunngi kvifor fordelane for søkjarane står i rimeleg forhold til inngrepet i personvernet.]',
      en: 'The lawful basis is GDPR Art. 6(1)(c) and (e), read with the Social Services Act (in particular section 18 on financial assistance for subsistence), and for special categories Art. 9(2)(b) and (h) [legal assessment]. The application asks only for what is needed to assess the right to assistance, and applicants are asked questions relevant to their situation. Applicants are informed about the processing on nav.no and can request access, rectification and restriction, and status and decisions are shown in the status view. The digital application is voluntary: people can still apply on paper or in person at the NAV office. [Explain why the benefits to applicants are proportionate to the intrusion on their privacy.]',
    },
    basis: {
      nb: 'GDPR art. 35(7)(b), art. 6 og art. 9; sosialtjenesteloven; Håndboken (003), «Nytteverdier av digital søknad»',
      nn: 'GDPR art. 35(7)(b), art. 6 og art. 9; sosialtenestelova; Handboka (003), «Nytteverdier av digital søknad»',
      en: 'GDPR Art. 35(7)(b), Art. 6 and Art. 9; the Social Services Act; the handbook (003), “Nytteverdier av digital søknad”',
    },
  },
  risks: {
    title: { nb: 'Risiko for de registrerte', nn: 'Risiko for dei registrerte', en: 'Risks to the data subjects' },
    question: {
      nb: 'Hvilke risikoer innebærer behandlingen for søkernes rettigheter og friheter?',
      nn: 'Kva risikoar inneber behandlinga for rettane og fridommane til søkjarane?',
      en: 'What risks does the processing pose to the applicants’ rights and freedoms?',
    },
    draft: {
      nb: 'Den største risikoen er at uvedkommende får se søknader med svært personlige opplysninger, for eksempel ved for vide tilganger i fagsystemet. Søknader kan havne hos feil kommune eller NAV-enhet i et interkommunalt samarbeid, eller bli liggende i FIKS uten å bli hentet, slik at søkere i en vanskelig situasjon får hjelp for sent. Feil eller ufullstendige opplysninger kan gi feil vedtak. Søkerne er ofte sårbare og avhengige av NAV-kontoret, så konsekvensene for dem kan bli store. Risikoene er vurdert nærmere i ROS-analysen [referanse], og restrisikoen er vurdert som [lav/middels/høy]; er den høy, må Datatilsynet konsulteres før behandlingen starter (GDPR art. 36).',
      nn: 'Den største risikoen er at uvedkomande får sjå søknader med svært personlege opplysningar, til dømes ved for vide tilgangar i fagsystemet. Søknader kan hamne hos feil kommune eller NAV-eining i eit interkommunalt samarbeid, eller bli liggjande i FIKS utan å bli henta, slik at søkjarar i ein vanskeleg situasjon får hjelp for seint. Feil eller ufullstendige opplysningar kan gi feil vedtak. Søkjarane er ofte sårbare og avhengige av NAV-kontoret, så konsekvensane for dei kan bli store. Risikoane er vurderte nærmare i ROS-analysen [referanse], og restrisikoen er vurdert som [låg/middels/høg]; er han høg, må Datatilsynet konsulterast før behandlinga tek til (GDPR art. 36).',
      en: 'The greatest risk is that unauthorised people see applications containing highly personal information, for instance because access rights in the case system are too wide. Applications may reach the wrong municipality or NAV unit in an inter-municipal cooperation, or be left in FIKS without being fetched, so that applicants in a difficult situation get help too late. Wrong or incomplete information may lead to wrong decisions. Applicants are often vulnerable and dependent on the NAV office, so the consequences for them can be serious. The risks are assessed in more detail in the risk and vulnerability analysis [reference], and the residual risk is judged [low/medium/high]; if it is high, Datatilsynet must be consulted before the processing starts (GDPR Art. 36).',
    },
    basis: {
      nb: 'GDPR art. 35(7)(c) og art. 36; Håndboken (003), «Personvernkonsekvensvurdering og ROS-analyse»',
      nn: 'GDPR art. 35(7)(c) og art. 36; Handboka (003), «Personvernkonsekvensvurdering og ROS-analyse»',
      en: 'GDPR Art. 35(7)(c) and Art. 36; the handbook (003), “Personvernkonsekvensvurdering og ROS-analyse”',
    },
  },
  measures: {
    title: { nb: 'Tiltak', nn: 'Tiltak', en: 'Measures' },
    question: {
      nb: 'Hvilke tiltak skal håndtere risikoene og vise at personvernreglene følges?',
      nn: 'Kva tiltak skal handtere risikoane og vise at personvernreglane blir følgde?',
      en: 'Which measures address the risks and show that the data protection rules are followed?',
    },
    draft: {
      nb: 'Kommunen har databehandleravtale med KS og databehandleravtale og samarbeidsavtale med Arbeids- og velferdsdirektoratet [datoer]. Tilgang i fagsystemet gis etter tjenstlig behov, og tilgangene gjennomgås [hvor ofte]. En felles e-postadresse er registrert hos KS FIKS, slik at NAV-kontoret varsles hvis fagsystemet ikke henter søknader, og beredskapsrutinene er bygd inn i kommunens rutiner for IT-drift. Alle som behandler søknader, har fått opplæring i den nye versjonen av fagsystemet og i digital søknad. Oppslag og endringer i fagsystemet logges, og loggene kontrolleres [hvor ofte]. Personvernombudet har gitt råd [dato], og vurderingen oppdateres når risikoen endrer seg.',
      nn: 'Kommunen har databehandlaravtale med KS og databehandlaravtale og samarbeidsavtale med Arbeids- og velferdsdirektoratet [datoar]. Tilgang i fagsystemet blir gitt etter tenestleg behov, og tilgangane blir gjennomgåtte [kor ofte]. Ei felles e-postadresse er registrert hos KS FIKS, slik at NAV-kontoret blir varsla om fagsystemet ikkje hentar søknader, og beredskapsrutinane er bygde inn i rutinane til kommunen for IT-drift. Alle som behandlar søknader, har fått opplæring i den nye versjonen av fagsystemet og i digital søknad. Oppslag og endringar i fagsystemet blir logga, og loggane blir kontrollerte [kor ofte]. Personvernombodet har gitt råd [dato], og vurderinga blir oppdatert når risikoen endrar seg.',
      en: 'The municipality has a data processing agreement with KS and a data processing agreement and a cooperation agreement with the Norwegian Labour and Welfare Directorate [dates]. Access in the case system is granted on a need-to-know basis, and access rights are reviewed [how often]. A shared e-mail address is registered at KS FIKS so that the NAV office is alerted if the case system does not fetch applications, and the emergency routines are built into the municipality’s IT operations routines. Everyone who handles applications has been trained in the new version of the case system and in the digital application. Look-ups and changes in the case system are logged, and the logs are checked [how often]. The data protection officer has given advice [date], and the assessment is updated when the risk changes.',
    },
    basis: {
      nb: 'GDPR art. 35(7)(d), 35(2) og 35(11); Håndboken (003), «Klargjøring til produksjon», «Behov for beredskapsrutiner» og «Sjekkliste 2/2»',
      nn: 'GDPR art. 35(7)(d), 35(2) og 35(11); Handboka (003), «Klargjøring til produksjon», «Behov for beredskapsrutiner» og «Sjekkliste 2/2»',
      en: 'GDPR Art. 35(7)(d), 35(2) and 35(11); the handbook (003), “Klargjøring til produksjon”, “Behov for beredskapsrutiner” and “Sjekkliste 2/2”',
    },
  },
};

/** The parts of the emergency routines (seed 003, "Behov for beredskapsrutiner"; DOMAIN.md 10 for background). */
export const ROUTINE_GUIDANCE: Readonly<Record<RoutinePart, SectionGuidance>> = {
  detection: {
    title: { nb: 'Oppdage feil', nn: 'Oppdage feil', en: 'Detecting errors' },
    question: {
      nb: 'Hvordan oppdager dere raskt at søknader ikke kommer fra FIKS til fagsystemet?',
      nn: 'Korleis oppdagar de raskt at søknader ikkje kjem frå FIKS til fagsystemet?',
      en: 'How do you find out quickly that applications are not getting from FIKS to the case system?',
    },
    draft: {
      nb: 'Varsler fra KS FIKS går til den felles e-postadressen [adresse], som [navn/rolle] følger med på hver arbeidsdag, også i ferier. [Navn/rolle] kontrollerer hver morgen at nye digitale søknader har kommet inn i fagsystemet, og reagerer hvis det kommer færre enn vanlig. Når en søker spør etter en søknad NAV-kontoret ikke finner, behandles det som en mulig feil i overføringen. Beskjeder fra NAV om søknader som har feilet fra nav.no til FIKS, går til [adresse/rolle] og følges opp samme dag.',
      nn: 'Varsel frå KS FIKS går til den felles e-postadressa [adresse], som [namn/rolle] følgjer med på kvar arbeidsdag, også i feriar. [Namn/rolle] kontrollerer kvar morgon at nye digitale søknader har kome inn i fagsystemet, og reagerer om det kjem færre enn vanleg. Når ein søkjar spør etter ein søknad NAV-kontoret ikkje finn, blir det behandla som ein mogleg feil i overføringa. Beskjedar frå NAV om søknader som har feila frå nav.no til FIKS, går til [adresse/rolle] og blir følgde opp same dag.',
      en: 'Alerts from KS FIKS go to the shared e-mail address [address], which [name/role] monitors every working day, holidays included. Every morning [name/role] checks that new digital applications have arrived in the case system, and acts if fewer than usual have come in. When an applicant asks about an application the NAV office cannot find, it is treated as a possible transfer error. Messages from NAV about applications that failed between nav.no and FIKS go to [address/role] and are followed up the same day.',
    },
    basis: {
      nb: 'Håndboken (003), «Behov for beredskapsrutiner» og «Klargjøring til produksjon»',
      nn: 'Handboka (003), «Behov for beredskapsrutiner» og «Klargjøring til produksjon»',
      en: 'The handbook (003), “Behov for beredskapsrutiner” and “Klargjøring til produksjon”',
    },
  },
  responsible: {
    title: { nb: 'Ansvar', nn: 'Ansvar', en: 'Responsibilities' },
    question: {
      nb: 'Hvem gjør hva når en feil er oppdaget, og hvem er stedfortreder?',
      nn: 'Kven gjer kva når ein feil er oppdaga, og kven er stadfortredar?',
      en: 'Who does what once an error has been found, and who deputises?',
    },
    draft: {
      nb: 'Leder for NAV-kontoret [navn] har ansvaret for at søknadene blir behandlet mens feilen varer, med [navn] som stedfortreder. IT [navn/avdeling] har ansvaret for feilsøking i integrasjonen mellom FIKS og fagsystemet, med [navn] som stedfortreder. Arkivet [navn] har ansvaret for oppsettet i SvarInn og for å hente søknader manuelt, med [navn] som stedfortreder. Minst [antall] personer har til enhver tid tilgang til å laste ned forsendelser i SvarInn, og listen over ansvarlige og telefonnumre oppdateres [når].',
      nn: 'Leiaren for NAV-kontoret [namn] har ansvaret for at søknadene blir behandla medan feilen varer, med [namn] som stadfortredar. IT [namn/avdeling] har ansvaret for feilsøking i integrasjonen mellom FIKS og fagsystemet, med [namn] som stadfortredar. Arkivet [namn] har ansvaret for oppsettet i SvarInn og for å hente søknader manuelt, med [namn] som stadfortredar. Minst [tal] personar har til kvar tid tilgang til å laste ned forsendingar i SvarInn, og lista over ansvarlege og telefonnummer blir oppdatert [når].',
      en: 'The head of the NAV office [name] is responsible for getting applications handled while the error lasts, with [name] as deputy. IT [name/department] is responsible for troubleshooting the integration between FIKS and the case system, with [name] as deputy. The archive [name] is responsible for the SvarInn set-up and for fetching applications by hand, with [name] as deputy. At least [number] people can download deliveries in SvarInn at any time, and the list of responsible people and phone numbers is updated [when].',
    },
    basis: {
      nb: 'Håndboken (003), «Behov for beredskapsrutiner» og «Anbefalte roller og ressurspersoner – forberedelse innføring»; rådet om flere med tilgang til SvarInn er bakgrunn fra KS, ikke i kildedokumentene',
      nn: 'Handboka (003), «Behov for beredskapsrutiner» og «Anbefalte roller og ressurspersoner – forberedelse innføring»; rådet om fleire med tilgang til SvarInn er bakgrunn frå KS, ikkje i kjeldedokumenta',
      en: 'The handbook (003), “Behov for beredskapsrutiner” and “Anbefalte roller og ressurspersoner – forberedelse innføring”; the advice to give several people SvarInn access is background from KS, not in the source documents',
    },
  },
  correction: {
    title: {
      nb: 'Feilretting og manuell reserverutine',
      nn: 'Feilretting og manuell reserverutine',
      en: 'Correcting errors and the manual fallback',
    },
    question: {
      nb: 'Hvordan rettes feilen, og hvordan behandles søknadene i mellomtiden?',
      nn: 'Korleis blir feilen retta, og korleis blir søknadene behandla i mellomtida?',
      en: 'How is the error corrected, and how are applications handled in the meantime?',
    },
    draft: {
      nb: 'IT feilsøker sammen med fagsystemleverandøren og KS til søknadene hentes automatisk igjen. Mens feilen varer, hentes søknadene manuelt: logg inn i SvarUt, velg «Innkommende», velg mottakssystemet for Digisos, filtrer på dato og status «Klar for mottak», eksporter søknadene og før logg over hva som er hentet. Søknadene registreres i fagsystemet [hvordan], og søkere som kan ha fått svaret forsinket, prioriteres. Når feilen er rettet, kontrolleres det at ingen søknader mangler eller er registrert to ganger, og hendelsen dokumenteres [hvor].',
      nn: 'IT feilsøkjer saman med fagsystemleverandøren og KS til søknadene blir henta automatisk igjen. Medan feilen varer, blir søknadene henta manuelt: logg inn i SvarUt, vel «Innkommende», vel mottakssystemet for Digisos, filtrer på dato og status «Klar for mottak», eksporter søknadene og før logg over kva som er henta. Søknadene blir registrerte i fagsystemet [korleis], og søkjarar som kan ha fått svaret forseinka, blir prioriterte. Når feilen er retta, blir det kontrollert at ingen søknader manglar eller er registrerte to gonger, og hendinga blir dokumentert [kvar].',
      en: 'IT troubleshoots with the case-system vendor and KS until applications are fetched automatically again. While the error lasts, applications are fetched by hand: log in to SvarUt, choose «Innkommende», choose the Digisos receiving system, filter by date and the status «Klar for mottak», export the applications and keep a log of what has been fetched. The applications are registered in the case system [how], and applicants whose answer may have been delayed are given priority. Once the error is corrected, someone checks that no application is missing or registered twice, and the incident is documented [where].',
    },
    basis: {
      nb: 'Håndboken (003), «Behov for beredskapsrutiner»; framgangsmåten i SvarUt er bakgrunn fra en feil hos KS i april 2024, ikke i kildedokumentene',
      nn: 'Handboka (003), «Behov for beredskapsrutiner»; framgangsmåten i SvarUt er bakgrunn frå ein feil hos KS i april 2024, ikkje i kjeldedokumenta',
      en: 'The handbook (003), “Behov for beredskapsrutiner”; the SvarUt procedure is background from a fault at KS in April 2024, not in the source documents',
    },
  },
  escalation: {
    title: { nb: 'Varsling og eskalering', nn: 'Varsling og eskalering', en: 'Reporting and escalation' },
    question: {
      nb: 'Hvem kontakter dere, og når, hvis feilen ikke kan løses lokalt?',
      nn: 'Kven kontaktar de, og når, om feilen ikkje kan løysast lokalt?',
      en: 'Whom do you contact, and when, if the error cannot be solved locally?',
    },
    draft: {
      nb: 'Feil i fagsystemet meldes til kundesupport hos fagsystemleverandøren [kontaktinformasjon]. Feil i FIKS, SvarUt eller SvarInn meldes til KS på fiks@ks.no, og feil i søknaden på nav.no meldes til Digisos på digisos@nav.no; ansatte i NAV melder feil i Porten. Er feilen ikke løst innen [tid], varsler [rolle] IT-ledelsen i kommunen og leder for NAV-kontoret. [Beskriv når og hvordan søkerne og NAV Kontaktsenter får beskjed.]',
      nn: 'Feil i fagsystemet blir melde til kundesupport hos fagsystemleverandøren [kontaktinformasjon]. Feil i FIKS, SvarUt eller SvarInn blir melde til KS på fiks@ks.no, og feil i søknaden på nav.no blir melde til Digisos på digisos@nav.no; tilsette i NAV melder feil i Porten. Er feilen ikkje løyst innan [tid], varslar [rolle] IT-leiinga i kommunen og leiaren for NAV-kontoret. [Beskriv når og korleis søkjarane og NAV Kontaktsenter får beskjed.]',
      en: 'Errors in the case system are reported to the case-system vendor’s customer support [contact details]. Errors in FIKS, SvarUt or SvarInn are reported to KS at fiks@ks.no, and errors in the application on nav.no to Digisos at digisos@nav.no; NAV staff report errors in Porten. If the error is not solved within [time], [role] alerts the municipality’s IT management and the head of the NAV office. [Describe when and how applicants and NAV Contact Centre are told.]',
    },
    basis: {
      nb: 'Håndboken (003), «Kontakt Digisos» (der er adressen feilstavet «digosos@nav.no»)',
      nn: 'Handboka (003), «Kontakt Digisos» (der er adressa feilstava «digosos@nav.no»)',
      en: 'The handbook (003), “Kontakt Digisos” (where the address is misspelt “digosos@nav.no”)',
    },
  },
  itOperations: {
    title: { nb: 'En del av IT-driften', nn: 'Ein del av IT-drifta', en: 'Part of IT operations' },
    question: {
      nb: 'Hvordan er rutinene bygd inn i kommunens eksisterende rutiner for drift av IT-løsninger?',
      nn: 'Korleis er rutinane bygde inn i dei eksisterande rutinane til kommunen for drift av IT-løysingar?',
      en: 'How are the routines built into the municipality’s existing routines for running IT systems?',
    },
    draft: {
      nb: 'Beredskapsrutinene for Digisos er lagt inn i kommunens rutiner for drift av IT-løsninger [rutineverk eller system], og overvåking av integrasjonen er en del av den daglige driften. Før endringer i brannmur, nettverk eller fagsystem vurderes det om mottaket av digitale søknader kan bli berørt, og mottaket testes etterpå. NAV har egne beredskapsrutiner hvis en søknad feiler fra nav.no til FIKS, og gir da beskjed til NAV-kontoret. [Rolle] gjennomgår rutinene minst én gang i året og etter hver hendelse.',
      nn: 'Beredskapsrutinane for Digisos er lagde inn i rutinane til kommunen for drift av IT-løysingar [rutineverk eller system], og overvaking av integrasjonen er ein del av den daglege drifta. Før endringar i brannmur, nettverk eller fagsystem blir det vurdert om mottaket av digitale søknader kan bli råka, og mottaket blir testa etterpå. NAV har eigne beredskapsrutinar om ein søknad feilar frå nav.no til FIKS, og gir då beskjed til NAV-kontoret. [Rolle] går gjennom rutinane minst éin gong i året og etter kvar hending.',
      en: 'The Digisos emergency routines are part of the municipality’s routines for running IT systems [routine handbook or system], and monitoring the integration is part of day-to-day operations. Before any change to the firewall, network or case system, IT considers whether receiving digital applications may be affected, and tests reception afterwards. NAV has its own emergency routines if an application fails between nav.no and FIKS, and then tells the NAV office. [Role] reviews the routines at least once a year and after every incident.',
    },
    basis: {
      nb: 'Håndboken (003), «Behov for beredskapsrutiner» og «Sjekkliste 2/2»; årlig gjennomgang er et forslag fra Digisos Klar',
      nn: 'Handboka (003), «Behov for beredskapsrutiner» og «Sjekkliste 2/2»; årleg gjennomgang er eit forslag frå Digisos Klar',
      en: 'The handbook (003), “Behov for beredskapsrutiner” and “Sjekkliste 2/2”; the yearly review is a suggestion from Digisos Klar',
    },
  },
};

/** Digisos-specific unwanted events for the ROS analysis, with suggested levels on the 5×5 scale. */
export const STARTER_RISKS: readonly StarterRisk[] = [
  {
    id: 'case-system-stops-fetching',
    event: {
      nb: 'Fagsystemet slutter å hente søknader fra FIKS',
      nn: 'Fagsystemet sluttar å hente søknader frå FIKS',
      en: 'The case system stops fetching applications from FIKS',
    },
    cause: {
      nb: 'En feil i integrasjonen eller i oppsettet gjør at fagsystemet ikke henter eller kvitterer for søknadene.',
      nn: 'Ein feil i integrasjonen eller i oppsettet gjer at fagsystemet ikkje hentar eller kvitterer for søknadene.',
      en: 'A fault in the integration or the set-up means the case system does not fetch or acknowledge applications.',
    },
    values: ['availability'],
    existingMeasures: {
      nb: 'Varsler fra KS FIKS til den felles e-postadressen; support fra fagsystemleverandøren.',
      nn: 'Varsel frå KS FIKS til den felles e-postadressa; support frå fagsystemleverandøren.',
      en: 'Alerts from KS FIKS to the shared e-mail address; support from the case-system vendor.',
    },
    likelihood: 3,
    consequence: 4,
    suggestedMeasure: {
      nb: 'Daglig kontroll av innkomne søknader og en øvd manuell reserverutine i SvarUt.',
      nn: 'Dagleg kontroll av innkomne søknader og ei øvd manuell reserverutine i SvarUt.',
      en: 'A daily check of incoming applications and a rehearsed manual fallback in SvarUt.',
    },
    source: source(
      EMERGENCY,
      'Hvis det oppstår feil i overføring fra FIKS til fagsystem, er det viktig at kommunen har rutiner for å identifisere feilen raskt.',
    ),
  },
  {
    id: 'firewall-blocks-delivery',
    event: {
      nb: 'En endring i brannmuren stopper leveransen av søknader',
      nn: 'Ei endring i brannmuren stoppar leveransen av søknader',
      en: 'A firewall change blocks the delivery of applications',
    },
    cause: {
      nb: 'Åpningen i brannmuren for Digisos blir endret eller fjernet ved en endring i nettverket, uten at noen kjenner til avhengigheten.',
      nn: 'Opninga i brannmuren for Digisos blir endra eller fjerna ved ei endring i nettverket, utan at nokon kjenner til avhengigheita.',
      en: 'The firewall opening for Digisos is changed or removed during a network change by someone unaware of the dependency.',
    },
    values: ['availability'],
    existingMeasures: {
      nb: 'Åpningen i brannmuren ble bestilt ved påkoblingen.',
      nn: 'Opninga i brannmuren vart bestilt ved påkoplinga.',
      en: 'The firewall opening was ordered at connection.',
    },
    likelihood: 2,
    consequence: 4,
    suggestedMeasure: {
      nb: 'Dokumenter åpningen i IT-driftens endringsrutiner, og test mottaket etter hver endring i brannmur eller nettverk.',
      nn: 'Dokumenter opninga i endringsrutinane for IT-drifta, og test mottaket etter kvar endring i brannmur eller nettverk.',
      en: 'Record the opening in the IT change routines, and test reception after every firewall or network change.',
    },
    source: source(PRODUCTION, 'Det må bestilles åpning i brannmur i kommunen for å «slippe gjennom» søknad.'),
  },
  {
    id: 'wrong-organisation-number',
    event: {
      nb: 'Søknader sendes til feil organisasjonsnummer i et interkommunalt samarbeid',
      nn: 'Søknader blir sende til feil organisasjonsnummer i eit interkommunalt samarbeid',
      en: 'Applications go to the wrong organisation number in an inter-municipal cooperation',
    },
    cause: {
      nb: 'Mottaket i FIKS eller SvarInn er satt opp med feil organisasjonsnummer, eller er ikke endret etter en kommunesammenslåing eller en endring i samarbeidet.',
      nn: 'Mottaket i FIKS eller SvarInn er sett opp med feil organisasjonsnummer, eller er ikkje endra etter ei kommunesamanslåing eller ei endring i samarbeidet.',
      en: 'Reception in FIKS or SvarInn is set up with the wrong organisation number, or was not updated after a municipal merger or a change in the cooperation.',
    },
    values: ['confidentiality', 'availability'],
    existingMeasures: {
      nb: 'Søknaden viser alltid hvilken NAV-enhet den sendes til, og hvilken kommune som er behandlingsansvarlig.',
      nn: 'Søknaden viser alltid kva NAV-eining han blir send til, og kva kommune som er behandlingsansvarleg.',
      en: 'The application always shows which NAV unit it goes to and which municipality is controller.',
    },
    likelihood: 2,
    consequence: 4,
    suggestedMeasure: {
      nb: 'Kontroller organisasjonsnumre og mottakssystem i FIKS og SvarInn ved påkobling og ved hver endring i samarbeidet, og send en testsøknad.',
      nn: 'Kontroller organisasjonsnummer og mottakssystem i FIKS og SvarInn ved påkopling og ved kvar endring i samarbeidet, og send ein testsøknad.',
      en: 'Check organisation numbers and the receiving system in FIKS and SvarInn at connection and after every change in the cooperation, and send a test application.',
    },
    source: source(COOPERATION_WITHOUT_TRANSFER, 'Søknader sendes hver enkelt kommunes organisasjonsnummer'),
  },
  {
    id: 'alert-mailbox-unattended',
    event: {
      nb: 'Ingen følger med på den felles varslingsadressen',
      nn: 'Ingen følgjer med på den felles varslingsadressa',
      en: 'Nobody watches the shared alert mailbox',
    },
    cause: {
      nb: 'Varsler fra KS FIKS kommer i ferier eller ved sykdom, eller adressen er ikke oppdatert etter at de som fulgte med, har sluttet.',
      nn: 'Varsel frå KS FIKS kjem i feriar eller ved sjukdom, eller adressa er ikkje oppdatert etter at dei som følgde med, har slutta.',
      en: 'Alerts from KS FIKS arrive during holidays or sick leave, or the address was not updated after the people watching it left.',
    },
    values: ['availability'],
    existingMeasures: {
      nb: 'Felles e-postadresse registrert hos KS FIKS.',
      nn: 'Felles e-postadresse registrert hos KS FIKS.',
      en: 'A shared e-mail address registered at KS FIKS.',
    },
    likelihood: 3,
    consequence: 4,
    suggestedMeasure: {
      nb: 'Bruk en funksjonsadresse med minst to faste mottakere og stedfortreder i ferier, og kontroller adressen og mottakerne hvert halvår.',
      nn: 'Bruk ei funksjonsadresse med minst to faste mottakarar og stadfortredar i feriar, og kontroller adressa og mottakarane kvart halvår.',
      en: 'Use a functional address with at least two regular recipients and a holiday deputy, and check the address and its recipients every six months.',
    },
    source: source(
      PRODUCTION,
      'Det må legges inn felles e-post adresse hos KS FIKS, slik at NAV-kontoret kan motta varslinger dersom fagsystemet ikke henter ned søknader fra FIKS.',
    ),
  },
  {
    id: 'staff-not-trained',
    event: {
      nb: 'Ansatte kan ikke den nye versjonen av fagsystemet',
      nn: 'Tilsette kan ikkje den nye versjonen av fagsystemet',
      en: 'Staff do not know the new version of the case system',
    },
    cause: {
      nb: 'Opplæringen er ikke gjennomført, eller nye ansatte og vikarer har ikke fått den.',
      nn: 'Opplæringa er ikkje gjennomført, eller nye tilsette og vikarar har ikkje fått ho.',
      en: 'The training has not taken place, or new staff and temporary staff have not had it.',
    },
    values: ['integrity', 'availability'],
    existingMeasures: {
      nb: 'Opplæring fra fagsystemleverandøren ved påkoblingen.',
      nn: 'Opplæring frå fagsystemleverandøren ved påkoplinga.',
      en: 'Training from the case-system vendor at connection.',
    },
    likelihood: 3,
    consequence: 3,
    suggestedMeasure: {
      nb: 'Lag en opplæringsplan for nye ansatte og vikarer og en kort rutine for mottak av digitale søknader.',
      nn: 'Lag ein opplæringsplan for nye tilsette og vikarar og ei kort rutine for mottak av digitale søknader.',
      en: 'Make a training plan for new and temporary staff and a short routine for receiving digital applications.',
    },
    source: source(CHECKLIST_2, 'Opplæring i ny versjon av fagsystem og digital søknad er gjennomført'),
  },
  {
    id: 'nks-access-not-activated',
    event: {
      nb: 'NKS-tilgangen er ikke aktivert, og vakttelefonen er ikke bemannet',
      nn: 'NKS-tilgangen er ikkje aktivert, og vakttelefonen er ikkje bemanna',
      en: 'NKS access is not activated and the on-call phone is unstaffed',
    },
    cause: {
      nb: 'Innsynsflaten for NKS er ikke aktivert i FIKS, så NKS sender alle konkrete henvendelser om økonomisk sosialhjelp videre til NAV-kontoret, der ingen svarer vakttelefonen mellom kl. 9.00 og 15.00.',
      nn: 'Innsynsflata for NKS er ikkje aktivert i FIKS, så NKS sender alle konkrete førespurnader om økonomisk sosialhjelp vidare til NAV-kontoret, der ingen svarer på vakttelefonen mellom kl. 9.00 og 15.00.',
      en: 'The NKS access surface is not activated in FIKS, so NKS passes every specific enquiry about financial social assistance on to the NAV office, where nobody answers the on-call phone between 09:00 and 15:00.',
    },
    values: ['availability'],
    existingMeasures: {
      nb: 'Vakttelefon på NAV-kontoret.',
      nn: 'Vakttelefon på NAV-kontoret.',
      en: 'An on-call phone at the NAV office.',
    },
    likelihood: 2,
    consequence: 3,
    suggestedMeasure: {
      nb: 'Aktiver tilgangen for NKS i FIKS-konfigurasjonen («Gi NKS tillatelse»), og hold vakttelefonen bemannet og kontoropplysningene i NORG oppdatert til det er gjort.',
      nn: 'Aktiver tilgangen for NKS i FIKS-konfigurasjonen («Gi NKS tillatelse»), og hald vakttelefonen bemanna og kontoropplysningane i NORG oppdaterte til det er gjort.',
      en: 'Activate NKS access in the FIKS configuration («Gi NKS tillatelse»), and keep the on-call phone staffed and the office information in NORG up to date until then.',
    },
    source: source(
      NKS_ON_CALL,
      'Kommunene må sørge for at det er en vakttelefon NKS kan videreformidle disse telefonhenvendelsene til.',
    ),
  },
  {
    id: 'upgrade-breaks-integration',
    event: {
      nb: 'En oppgradering av fagsystemet bryter integrasjonen med SvarUt/SvarInn',
      nn: 'Ei oppgradering av fagsystemet bryt integrasjonen med SvarUt/SvarInn',
      en: 'A case-system upgrade breaks the SvarUt/SvarInn integration',
    },
    cause: {
      nb: 'En ny versjon av fagsystemet eller en endring hos KS endrer oppsettet for mottak, og mottaket testes ikke etterpå.',
      nn: 'Ein ny versjon av fagsystemet eller ei endring hos KS endrar oppsettet for mottak, og mottaket blir ikkje testa etterpå.',
      en: 'A new version of the case system or a change at KS alters the receiving set-up, and reception is not tested afterwards.',
    },
    values: ['availability', 'integrity'],
    existingMeasures: {
      nb: 'Leverandørens egen testing før en ny versjon leveres.',
      nn: 'Leverandøren testar sjølv før ein ny versjon blir levert.',
      en: 'The vendor’s own testing before a new version is delivered.',
    },
    likelihood: 3,
    consequence: 4,
    suggestedMeasure: {
      nb: 'Avtal med leverandøren at mottak av digitale søknader testes ved hver oppgradering, og kontroller at en søknad kommer inn etterpå.',
      nn: 'Avtal med leverandøren at mottak av digitale søknader blir testa ved kvar oppgradering, og kontroller at ein søknad kjem inn etterpå.',
      en: 'Agree with the vendor that receiving digital applications is tested at every upgrade, and check afterwards that an application comes in.',
    },
    source: source(VENDOR, 'Fagsystemet ha funksjonalitet for å motta digital søknad (SvarUt/SvarInn)'),
  },
  {
    id: 'access-rights-too-wide',
    event: {
      nb: 'Uvedkommende får tilgang til søknader i fagsystemet',
      nn: 'Uvedkomande får tilgang til søknader i fagsystemet',
      en: 'Unauthorised people gain access to applications in the case system',
    },
    cause: {
      nb: 'Tilgangene i fagsystemet er for vide, blir ikke fjernet når ansatte slutter eller bytter oppgaver, eller mottaksområdet er ikke organisert etter tjenstlig behov.',
      nn: 'Tilgangane i fagsystemet er for vide, blir ikkje fjerna når tilsette sluttar eller byter oppgåver, eller mottaksområdet er ikkje organisert etter tenestleg behov.',
      en: 'Access rights in the case system are too wide, are not removed when staff leave or change duties, or the receiving area is not organised on a need-to-know basis.',
    },
    values: ['confidentiality'],
    existingMeasures: {
      nb: 'Tilgangsstyring i fagsystemet og taushetsplikt for de ansatte.',
      nn: 'Tilgangsstyring i fagsystemet og teieplikt for dei tilsette.',
      en: 'Access control in the case system and the staff’s duty of confidentiality.',
    },
    likelihood: 3,
    consequence: 4,
    suggestedMeasure: {
      nb: 'Gi tilgang etter tjenstlig behov, gjennomgå tilgangene jevnlig og kontroller loggen over oppslag.',
      nn: 'Gi tilgang etter tenestleg behov, gå gjennom tilgangane jamleg og kontroller loggen over oppslag.',
      en: 'Grant access on a need-to-know basis, review access rights regularly and check the log of look-ups.',
    },
    source: source(CHECKLIST_2, 'Organisering av mottaksområdet i fagsystemet er avklart'),
  },
  {
    id: 'fiks-outage-paper-fallback',
    event: {
      nb: 'Driftsavbrudd i FIKS eller SvarUt gjør at søknader kommer på papir eller i Altinn og blir forsinket',
      nn: 'Driftsavbrot i FIKS eller SvarUt gjer at søknader kjem på papir eller i Altinn og blir forseinka',
      en: 'A FIKS or SvarUt outage sends applications to paper or Altinn, and they are delayed',
    },
    cause: {
      nb: 'Når fagsystemet ikke kvitterer i tide, sender FIKS søknaden videre med SvarUt, og den kan havne i kommunens innboks i Altinn eller komme som brev på papir.',
      nn: 'Når fagsystemet ikkje kvitterer i tide, sender FIKS søknaden vidare med SvarUt, og han kan hamne i innboksen til kommunen i Altinn eller kome som brev på papir.',
      en: 'When the case system does not acknowledge in time, FIKS passes the application on through SvarUt, and it may end up in the municipality’s Altinn inbox or arrive as a paper letter.',
    },
    values: ['confidentiality', 'availability'],
    existingMeasures: {
      nb: 'KS’ drift og overvåking av FIKS.',
      nn: 'Drifta og overvakinga av FIKS hos KS.',
      en: 'KS’s operation and monitoring of FIKS.',
    },
    likelihood: 2,
    consequence: 3,
    suggestedMeasure: {
      nb: 'Avklar hvem som følger med på Altinn-innboksen og posten, og registrer slike søknader i fagsystemet samme dag.',
      nn: 'Avklar kven som følgjer med på Altinn-innboksen og posten, og registrer slike søknader i fagsystemet same dag.',
      en: 'Agree who watches the Altinn inbox and the post, and register such applications in the case system the same day.',
    },
    source: null,
  },
  {
    id: 'nav-to-fiks-failure',
    event: {
      nb: 'En søknad feiler mellom nav.no og FIKS',
      nn: 'Ein søknad feilar mellom nav.no og FIKS',
      en: 'An application fails between nav.no and FIKS',
    },
    cause: {
      nb: 'En feil hos NAV eller i overføringen til FIKS gjør at søknaden ikke kommer fram til kommunen.',
      nn: 'Ein feil hos NAV eller i overføringa til FIKS gjer at søknaden ikkje kjem fram til kommunen.',
      en: 'A fault at NAV or in the transfer to FIKS means the application does not reach the municipality.',
    },
    values: ['availability'],
    existingMeasures: {
      nb: 'NAV har egne beredskapsrutiner og gir beskjed til kommunen eller NAV-kontoret.',
      nn: 'NAV har eigne beredskapsrutinar og gir beskjed til kommunen eller NAV-kontoret.',
      en: 'NAV has its own emergency routines and tells the municipality or the NAV office.',
    },
    likelihood: 2,
    consequence: 3,
    suggestedMeasure: {
      nb: 'Avklar hvem som tar imot beskjeden fra NAV, og hvordan søkeren får hjelp til å søke på nytt.',
      nn: 'Avklar kven som tek imot beskjeden frå NAV, og korleis søkjaren får hjelp til å søkje på nytt.',
      en: 'Agree who receives the message from NAV and how the applicant is helped to apply again.',
    },
    source: source(EMERGENCY, 'NAV har egne beredskapsrutiner dersom en søknad har feilet fra nav.no til FIKS.'),
  },
  {
    id: 'too-few-svarinn-users',
    event: {
      nb: 'Ingen tilgjengelig kan hente søknader manuelt i SvarInn',
      nn: 'Ingen tilgjengelege kan hente søknader manuelt i SvarInn',
      en: 'Nobody available can fetch applications by hand in SvarInn',
    },
    cause: {
      nb: 'Bare én eller to personer har tilgang til SvarInn, og de er borte når feilen oppstår.',
      nn: 'Berre éin eller to personar har tilgang til SvarInn, og dei er borte når feilen oppstår.',
      en: 'Only one or two people have SvarInn access, and they are away when the error occurs.',
    },
    values: ['availability'],
    existingMeasures: {
      nb: 'Arkivet har tilgang til SvarInn.',
      nn: 'Arkivet har tilgang til SvarInn.',
      en: 'The archive has SvarInn access.',
    },
    likelihood: 2,
    consequence: 4,
    suggestedMeasure: {
      nb: 'Gi nok lokale administratorer tilgang til SvarInn, slik KS anbefaler, og øv den manuelle reserverutinen.',
      nn: 'Gi nok lokale administratorar tilgang til SvarInn, slik KS tilrår, og øv den manuelle reserverutina.',
      en: 'Give enough local administrators SvarInn access, as KS advises, and rehearse the manual fallback.',
    },
    source: null,
  },
  {
    id: 'status-updates-not-sent',
    event: {
      nb: 'Innsynsløsningen viser feil eller utdatert status for søkeren',
      nn: 'Innsynsløysinga viser feil eller utdatert status for søkjaren',
      en: 'The status view shows the applicant a wrong or outdated status',
    },
    cause: {
      nb: 'Fagsystemet sender ikke statusoppdateringer til FIKS, eller sendingen er midlertidig deaktivert uten at noen vet det.',
      nn: 'Fagsystemet sender ikkje statusoppdateringar til FIKS, eller sendinga er mellombels deaktivert utan at nokon veit det.',
      en: 'The case system does not send status updates to FIKS, or sending them has been temporarily deactivated without anyone knowing.',
    },
    values: ['integrity', 'availability'],
    existingMeasures: {
      nb: 'Saksbehandlerne ser riktig status i fagsystemet.',
      nn: 'Sakshandsamarane ser rett status i fagsystemet.',
      en: 'Caseworkers see the correct status in the case system.',
    },
    likelihood: 2,
    consequence: 2,
    suggestedMeasure: {
      nb: 'Ta med i den daglige kontrollen at status og vedtak vises for søkeren, og følg med på om sendingen er deaktivert i FIKS.',
      nn: 'Ta med i den daglege kontrollen at status og vedtak blir viste for søkjaren, og følg med på om sendinga er deaktivert i FIKS.',
      en: 'Include in the daily check that status and decisions are shown to the applicant, and watch whether sending is deactivated in FIKS.',
    },
    source: null,
  },
];
