import type { Actor, LocalizedText, SourceRef } from './types';

/** The nine agreements of DOMAIN.md 3, in its order. */
export const AGREEMENT_IDS = [
  'ksTerms',
  'ksFiks',
  'ksDataProcessing',
  'ksSupplementary',
  'directorateCooperation',
  'directorateDataProcessing',
  'navSupplementary',
  'vendor',
  'nksInformation',
] as const;
export type AgreementId = (typeof AGREEMENT_IDS)[number];

/** How an agreement is signed and sent. */
export const CHANNELS = ['ksEmail', 'mercell', 'navPortal', 'fiksForvaltning', 'vendor', 'other'] as const;
export type SigningChannel = (typeof CHANNELS)[number];

export interface AgreementInfo {
  id: AgreementId;
  /** The number in DOMAIN.md 3. */
  number: number;
  title: LocalizedText;
  counterparty: LocalizedText;
  /** Who must sign for the municipality, as the source says. */
  requiredSigner: LocalizedText;
  channel: SigningChannel;
  /** Where the municipality's part is done in a cooperation (see `Actor`). */
  actor: Actor;
  requirement: 'required' | 'recommended';
  /** The checklist item that signing completes, if the checklist has one. */
  checklistItemId: string | null;
  source: SourceRef;
  remark?: LocalizedText;
}

const DIRECTORATE = {
  nb: 'Arbeids- og velferdsdirektoratet',
  nn: 'Arbeids- og velferdsdirektoratet',
  en: 'Norwegian Labour and Welfare Directorate',
};
const KS = { nb: 'KS', nn: 'KS', en: 'KS' };
const ENHETSREGISTERET_SIGNER = {
  nb: 'Den som står i Enhetsregisteret (normalt rådmann eller administrasjonssjef/kommunalsjef), eller den som har fullmakt',
  nn: 'Den som står i Einingsregisteret (normalt rådmann eller administrasjonssjef/kommunalsjef), eller den som har fullmakt',
  en: 'The person registered in the Central Coordinating Register (normally the chief executive), or someone with delegated authority',
};
const MERCELL_SOURCE = { seed: '003', section: 'Avtaler med Arbeids- og velferdsdirektoratet' } as const;

/** The agreements a municipality signs to take Digisos into use. */
export const AGREEMENTS: readonly AgreementInfo[] = [
  {
    id: 'ksTerms',
    number: 1,
    title: {
      nb: 'Vilkår for påkobling til Digisos',
      nn: 'Vilkår for påkopling til Digisos',
      en: 'Terms for connecting to Digisos',
    },
    counterparty: KS,
    requiredSigner: {
      nb: 'Rådmannen eller annen bemyndiget i kommunen',
      nn: 'Rådmannen eller annan som har fullmakt i kommunen',
      en: 'The chief executive (rådmann) or another authorised person',
    },
    channel: 'ksEmail',
    actor: 'each',
    requirement: 'required',
    checklistItemId: 'connection.ks-terms',
    source: {
      seed: '001',
      section: 'Aksept av vilkår',
      quote:
        'KS er ansvarlig for DigiFin-ordningen og ber om at rådmannen eller annen bemyndiget i kommunen aksepterer disse vilkårene og returnerer dette vilkårsdokumentet i signert stand til fiks@ks.no merket med vår ref.19/00689.',
    },
    remark: {
      nb: 'Sendes signert til fiks@ks.no merket ref. 19/00689, med sted/dato og fakturaopplysninger (ressursnr.).',
      nn: 'Blir send signert til fiks@ks.no merkt ref. 19/00689, med stad/dato og fakturaopplysningar (ressursnr.).',
      en: 'Returned signed to fiks@ks.no marked ref. 19/00689, with place/date and invoicing details (ressursnr.).',
    },
  },
  {
    id: 'ksFiks',
    number: 2,
    title: {
      nb: 'Avtale om bruk av FIKS-plattformen',
      nn: 'Avtale om bruk av FIKS-plattforma',
      en: 'Agreement on use of the FIKS platform',
    },
    counterparty: KS,
    requiredSigner: { nb: 'Kildene sier ikke hvem', nn: 'Kjeldene seier ikkje kven', en: 'The sources do not say who' },
    channel: 'fiksForvaltning',
    actor: 'each',
    requirement: 'required',
    checklistItemId: null,
    source: {
      seed: '001',
      section: 'Prosjektavgift',
      quote:
        'I tillegg til å akseptere disse vilkårene, må kommunen også ha avtale med KS om bruk av FIKS-plattformen.',
    },
  },
  {
    id: 'ksDataProcessing',
    number: 3,
    title: {
      nb: 'Databehandleravtale med KS',
      nn: 'Databehandlaravtale med KS',
      en: 'Data processing agreement with KS',
    },
    counterparty: KS,
    requiredSigner: { nb: 'Kildene sier ikke hvem', nn: 'Kjeldene seier ikkje kven', en: 'The sources do not say who' },
    channel: 'fiksForvaltning',
    actor: 'controller',
    requirement: 'required',
    checklistItemId: 'connection.dpa-ks',
    source: { seed: '003', section: 'Sjekkliste 2/2', quote: 'Databehandleravtale med KS er signert' },
  },
  {
    id: 'ksSupplementary',
    number: 4,
    title: {
      nb: 'Tilleggsavtale med KS om drift og forvaltningskostnad',
      nn: 'Tilleggsavtale med KS om drift og forvaltingskostnad',
      en: 'Supplementary agreement with KS on operating costs',
    },
    counterparty: KS,
    requiredSigner: { nb: 'Kildene sier ikke hvem', nn: 'Kjeldene seier ikkje kven', en: 'The sources do not say who' },
    channel: 'other',
    actor: 'each',
    requirement: 'required',
    checklistItemId: 'ksSupplement.agreement',
    source: {
      seed: '003',
      section: 'Sjekkliste 2/2',
      quote: 'Tilleggsavtale med KS om drift og forvaltningskostnad er signert (avtalen er under arbeid)',
    },
    remark: {
      nb: 'Under arbeid i håndboken v108.',
      nn: 'Under arbeid i handboka v108.',
      en: 'Still being drafted in handbook v108.',
    },
  },
  {
    id: 'directorateCooperation',
    number: 5,
    title: {
      nb: 'Samarbeidsavtale med Arbeids- og velferdsdirektoratet',
      nn: 'Samarbeidsavtale med Arbeids- og velferdsdirektoratet',
      en: 'Cooperation agreement with the Labour and Welfare Directorate',
    },
    counterparty: DIRECTORATE,
    requiredSigner: ENHETSREGISTERET_SIGNER,
    channel: 'mercell',
    actor: 'controller',
    requirement: 'required',
    checklistItemId: 'connection.cooperation-agreement-directorate',
    source: {
      ...MERCELL_SOURCE,
      quote: 'Avtalene skal signeres av den personen i kommunen som fremkommer i enhetsregisteret (brreg.no).',
    },
    remark: {
      nb: 'Signeres elektronisk i Mercell ca. 1–2 uker før påkobling. Ved samarbeid etter kommuneloven 1992 § 27: med det interkommunale styret.',
      nn: 'Blir signert elektronisk i Mercell ca. 1–2 veker før påkopling. Ved samarbeid etter kommunelova 1992 § 27: med det interkommunale styret.',
      en: 'Signed electronically in Mercell about 1–2 weeks before connection. Under § 27 of the 1992 Act: with the inter-municipal board.',
    },
  },
  {
    id: 'directorateDataProcessing',
    number: 6,
    title: {
      nb: 'Databehandleravtale med Arbeids- og velferdsdirektoratet',
      nn: 'Databehandlaravtale med Arbeids- og velferdsdirektoratet',
      en: 'Data processing agreement with the Labour and Welfare Directorate',
    },
    counterparty: DIRECTORATE,
    requiredSigner: ENHETSREGISTERET_SIGNER,
    channel: 'mercell',
    actor: 'controller',
    requirement: 'required',
    checklistItemId: 'connection.dpa-directorate',
    source: {
      ...MERCELL_SOURCE,
      quote:
        'Avtalene signeres elektronisk i kontraktsadministrasjonsverktøyet Mercell.com via Digisos sin kontaktperson i kommunen ca 1-2 uker før påkobling.',
    },
  },
  {
    id: 'navSupplementary',
    number: 7,
    title: {
      nb: 'Tilleggsavtale om NAVs drift- og forvaltningskostnad',
      nn: 'Tilleggsavtale om NAVs drifts- og forvaltingskostnad',
      en: 'Supplementary agreement on NAV’s operating costs',
    },
    counterparty: DIRECTORATE,
    requiredSigner: { nb: 'Kildene sier ikke hvem', nn: 'Kjeldene seier ikkje kven', en: 'The sources do not say who' },
    channel: 'mercell',
    actor: 'each',
    requirement: 'required',
    checklistItemId: null,
    source: {
      seed: '002',
      section: 'Tilleggsavtale',
      quote:
        'Tilleggsavtalen vil bli sendt ut til hver enkelt kommune, uavhengig om kommunen har inngått et vertskommunesamarbeid med en annen kommune eller ikke.',
    },
  },
  {
    id: 'vendor',
    number: 8,
    title: {
      nb: 'Avtale med fagsystemleverandøren',
      nn: 'Avtale med fagsystemleverandøren',
      en: 'Agreement with the case-system vendor',
    },
    counterparty: { nb: 'Fagsystemleverandøren', nn: 'Fagsystemleverandøren', en: 'The case-system vendor' },
    requiredSigner: { nb: 'Kildene sier ikke hvem', nn: 'Kjeldene seier ikkje kven', en: 'The sources do not say who' },
    channel: 'vendor',
    actor: 'caseSystem',
    requirement: 'required',
    checklistItemId: 'vendor.agreement-signed',
    source: {
      seed: '003',
      section: 'Aktiviteter opp mot fagsystemleverandør',
      quote:
        'Kommunen må inngå en avtale med sin fagsystemleverandør om leveranse og kostnad knyttet til utvidet funksjonalitet i fagsystemet, og opplæringen.',
    },
  },
  {
    id: 'nksInformation',
    number: 9,
    title: {
      nb: 'Avtale om tilgjengeliggjøring av sentrale stønadsopplysninger (NKS)',
      nn: 'Avtale om tilgjengeleggjering av sentrale stønadsopplysningar (NKS)',
      en: 'Agreement on making central benefit information available (NKS)',
    },
    counterparty: DIRECTORATE,
    requiredSigner: {
      nb: 'Kommunedirektøren eller den som har delegert ansvar',
      nn: 'Kommunedirektøren eller den som har delegert ansvar',
      en: 'The municipal director or a delegate',
    },
    channel: 'navPortal',
    actor: 'each',
    requirement: 'recommended',
    checklistItemId: 'nks.agreement',
    source: {
      seed: '004',
      section: 'Signere avtalen om tilgjengeliggjøring av sentrale stønadsopplysninger',
      quote: 'Den kan inngås av kommunedirektør eller den som har delegert ansvar.',
    },
    remark: {
      nb: 'Ikke et krav, men anbefalt. Signeres på nav.no/sosialhjelp/avtaler; signataren får e-post om nedlasting av signert kopi.',
      nn: 'Ikkje eit krav, men tilrådd. Blir signert på nav.no/sosialhjelp/avtaler; signataren får e-post om nedlasting av signert kopi.',
      en: 'Not mandatory, but recommended. Signed at nav.no/sosialhjelp/avtaler; the signer gets an e-mail on downloading the signed copy.',
    },
  },
];

export function agreementInfo(id: AgreementId): AgreementInfo {
  const info = AGREEMENTS.find((a) => a.id === id);
  if (!info) throw new Error(`Unknown agreement ${id}`);
  return info;
}

/** The agreement a checklist item stands for, if any. */
export function agreementForItem(itemId: string): AgreementInfo | null {
  return AGREEMENTS.find((a) => a.checklistItemId === itemId) ?? null;
}
