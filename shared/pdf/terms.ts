import { CONNECTION_FEE_THRESHOLD, priceInfo, VAT_PERCENT } from '../catalogue/prices';
import { formatOrgNumber } from '../domain/org-number';
import { formatKroner, formatUnitPrice, municipalityCosts, priceTable, type CostBreakdown } from '../domain/costs';
import { formatDate, isIsoDate } from '../format/date';
import { formatInteger } from '../format/number';
import type { Municipality, StoredDocument, Workspace } from '../schema/workspace';
import { base64, BODY_SIZE, COLORS, createPdf, FONT, lineHeight, type PdfFonts, type PdfKit } from './document';

/** KS's reference for the terms, as the terms ask the signed document to be marked (seed 001). */
export const TERMS_REFERENCE = '19/00689';
/** Where the signed terms are returned (seed 001, "Aksept av vilkår"). */
export const TERMS_ADDRESS = 'fiks@ks.no';

export type TermsSignature = { kind: 'typed'; text: string } | { kind: 'drawn'; png: Uint8Array };

export interface TermsOptions {
  fonts: PdfFonts;
  /** The generation moment: the PDF's creation date and the footers. Fixed, so the same input gives the same bytes. */
  createdAt: Date;
  /** Sted: where the terms are signed. */
  place: string;
  /** Dato: the date of signing, as an ISO date. */
  date: string;
  signerName: string;
  signerTitle: string;
  signature: TermsSignature;
  /** Fakturaopplysninger (ressursnr.): the municipality's invoicing reference for KS. */
  invoiceReference: string;
}

const TITLE = 'Vilkår for påkobling til løsning for digital søknad om sosialhjelp (Digisos)';

/** The terms' own text (seed 001), section by section; nothing here is the app's. */
const INTRO = [
  'Digital søknad om sosialhjelp (Digisos) tilbys til innbyggere gjennom nav.no. Innbygger vil ha mulighet til å se status for søknaden gjennom nav.no og KS MinSide.',
  'Digital søknad transporteres gjennom FIKS plattformen til kommunen slik at den inngår som del av saksbehandlingen i de kommunale fagsystemene. KS har tatt ansvar for sikker transport av søknad til kommunen, utvikling av funksjonalitet for innsyn i status for søknaden, samt bidrag til utbredelse av løsningen i samarbeid med NAV.',
  'Prosjektet til utvikling og nasjonal innføring mottar finansiering gjennom «Finansieringsordning for digitaliseringsprosjekter i kommunal sektor», forkortet DigiFin. Denne prosjektstøtten må tilbakebetales til DigiFin av de kommunene som tar løsningen i bruk gjennom en prosjektavgift. DigiFin-ordningen forvaltes av KS. Prosjektet har fått støtte fra DigiFin på inntil kr 27,77 millioner. Dette og et risikotillegg på 20 % skal tilbakebetales til DigiFin, og fordeles på de som tar i bruk løsningen.',
];

const FEE_INTRO =
  'Prosjektavgift til DigiFin for Digisos er basert på forventet utbredelse av Digisos til 67 prosent av innbyggerne i Norge innen 31.12.2021.';
const FEE_RULES = [
  'For kommuner med under 6 300 innbyggere, er det satt en fast tilknytningskostnad på NOK 55.000,- til DigiFin',
  'For kommuner med over 6 300 innbyggere er kostnad per innbygger kr 8,60 til DigiFin',
];
const FEE_VAT = 'Det tas forbehold om eventuell merverdiavgiftsplikt. Spørsmålet er under utredning.';
const FEE_MEMBERSHIP =
  'Det er videre en forutsetning at kommunen er del av DigiFin-ordningen, dvs. den må ha innbetalt et engangsbeløp på kr 20 per innbygger til etablering av ordningen. Kommuner som tar løsningen i bruk etter 2022 betaler samme kostnad til DigiFin.';
const READ_MORE = [
  'Les mer om Digisos her: https://www.ks.no/digisos for nærmere informasjon om Digisos.',
  'Les mer om DigiFin her: http://www.ks.no/digifin for nærmere informasjon om DigiFin-ordningen.',
  'Les mer om FIKS her: https://ks-no.github.io/fiks-plattform/',
];
const OTHER_AGREEMENTS =
  'I tillegg til å akseptere disse vilkårene, må kommunen også ha avtale med KS om bruk av FIKS-plattformen. Kommunen må også ha samarbeidsavtale og databehandleravtale med Arbeids- og velferdsdirektoratet. Avtalene vil være tilgjengelige på prosjektets nettsider. Kommunen må ha avtale med leverandør av kommunens sosialsystem.';
const ACCEPT_REQUEST = `KS er ansvarlig for DigiFin-ordningen og ber om at rådmannen eller annen bemyndiget i kommunen aksepterer disse vilkårene og returnerer dette vilkårsdokumentet i signert stand til ${TERMS_ADDRESS} merket med vår ref. ${TERMS_REFERENCE}.`;
const ACCEPTANCE =
  'Kommunen aksepterer med dette vilkår og forpliktelser for tilbakebetaling til DigiFin-ordningen som beskrevet over.';

function workspaceOf(document: StoredDocument): Workspace {
  if (document.workspace === null) throw new Error('Dokumentet har ikke noe arbeidsområde.');
  return document.workspace;
}

function municipalityOf(workspace: Workspace, municipalityId: string): Municipality {
  const municipality = workspace.municipalities.find((m) => m.id === municipalityId);
  if (!municipality) throw new Error(`Kommunen ${municipalityId} finnes ikke i arbeidsområdet.`);
  return municipality;
}

/** The terms' blank reads "..... kommune": a name that already says "kommune" is written as it is. */
export function municipalityLine(name: string): string {
  return /kommune/i.test(name) ? name : `${name} kommune`;
}

const inhabitantsText = (n: number) => `${formatInteger(n)} innbyggere`;

/** The fee rule that applies, its amount and what must be read with it, in words. */
function feeRows(
  m: Municipality,
  workspace: Workspace,
  costs: CostBreakdown,
): { rows: [string, string][]; changedPrice: boolean } {
  const fee = costs.connectionFee;
  const table = priceTable(workspace.prices);
  const effective = (id: 'connectionFeeFixed' | 'connectionFeePerInhabitant') =>
    table.find((p) => p.id === id)?.effectiveOre ?? priceInfo(id).ore;
  const figures = `${inhabitantsText(m.inhabitants)} (per ${formatDate(m.inhabitantsDate)})`;
  let rule: string;
  let amount: string;
  let changedPrice: boolean;
  if (fee.rule === 'fixed') {
    rule = fee.boundaryCase
      ? `Nøyaktig ${formatInteger(CONNECTION_FEE_THRESHOLD)} innbyggere – se merknaden under`
      : `Under ${formatInteger(CONNECTION_FEE_THRESHOLD)} innbyggere: fast tilknytningskostnad`;
    amount = `${formatKroner(fee.ore)} (fast beløp)`;
    changedPrice = effective('connectionFeeFixed') !== priceInfo('connectionFeeFixed').ore;
  } else {
    const unit = effective('connectionFeePerInhabitant');
    rule = fee.boundaryCase
      ? `Nøyaktig ${formatInteger(CONNECTION_FEE_THRESHOLD)} innbyggere – se merknaden under`
      : `Over ${formatInteger(CONNECTION_FEE_THRESHOLD)} innbyggere: kostnad per innbygger`;
    amount = `${formatKroner(fee.ore)} (kr ${formatUnitPrice(unit)} × ${formatInteger(m.inhabitants)})`;
    changedPrice = unit !== priceInfo('connectionFeePerInhabitant').ore;
  }
  const rows: [string, string][] = [
    ['Kommune', `${municipalityLine(m.name)} (org.nr. ${formatOrgNumber(m.orgNumber)})`],
    ['Innbyggertall', figures],
    ['Regel som gjelder', rule],
    ['Prosjektavgift, ekskl. mva', amount],
    [`Med ${VAT_PERCENT} % mva, om plikt`, `${formatKroner(fee.ore + fee.vatOre)} (mva ${formatKroner(fee.vatOre)})`],
  ];
  rows.push([
    'DigiFin-ordningen',
    costs.digifinMembership.alreadyMember
      ? 'Kommunen er registrert som del av ordningen.'
      : `Ikke registrert som del av ordningen: engangsbeløp ${formatKroner(costs.digifinMembership.ore)} (kr 20 × ${formatInteger(m.inhabitants)}).`,
  ]);
  return { rows, changedPrice };
}

/** A bullet point, indented, wrapped under its own text. */
function bullet(kit: PdfKit, text: string): void {
  const { doc } = kit;
  const indent = 6;
  const lh = lineHeight(BODY_SIZE);
  kit.record(text);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY_SIZE);
  const lines = doc.splitTextToSize(text, kit.width - indent) as string[];
  kit.ensureSpace(lh * Math.min(lines.length, 2));
  lines.forEach((line, i) => {
    kit.ensureSpace(lh);
    if (i === 0) doc.text('•', kit.left + 2, kit.y, { baseline: 'top' });
    doc.text(line, kit.left + indent, kit.y, { baseline: 'top' });
    kit.y += lh;
  });
  kit.y += 1.5;
}

/** A bold label with its value on the same line, the value wrapping under itself. */
function labelled(kit: PdfKit, label: string, value: string): void {
  const { doc } = kit;
  const lh = lineHeight(BODY_SIZE);
  kit.record(label);
  kit.record(value);
  doc.setFontSize(BODY_SIZE);
  doc.setFont(FONT, 'bold');
  const labelWidth = doc.getTextWidth(label) + 2.5;
  doc.setFont(FONT, 'normal');
  const lines = doc.splitTextToSize(value, kit.width - labelWidth) as string[];
  kit.ensureSpace(lh * lines.length);
  doc.setFont(FONT, 'bold');
  doc.text(label, kit.left, kit.y, { baseline: 'top' });
  doc.setFont(FONT, 'normal');
  for (const line of lines) {
    doc.text(line, kit.left + labelWidth, kit.y, { baseline: 'top' });
    kit.y += lh;
  }
  kit.y += 2;
}

const SIGNATURE_HEIGHT = 20;
const SIGNATURE_WIDTH = 80;

/** The signature above its line, then the signer's name and title beneath. */
function signatureBlock(kit: PdfKit, options: TermsOptions): void {
  const { doc } = kit;
  const x = kit.left;
  const top = kit.y;
  const lineY = top + SIGNATURE_HEIGHT + 2;
  if (options.signature.kind === 'typed') {
    const size = 22;
    kit.record(options.signature.text);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(size);
    doc.setTextColor(20, 40, 110);
    const text = (doc.splitTextToSize(options.signature.text.trim(), SIGNATURE_WIDTH + 30) as string[])[0] ?? '';
    doc.text(text, x + 2, lineY - 1.5, { baseline: 'bottom' });
    doc.setTextColor(...COLORS.text);
  } else {
    const png = options.signature.png;
    // The drawn signature is part of what the file id follows.
    kit.record(`signatur:${base64(png)}`);
    const props = doc.getImageProperties(png);
    const ratio = props.width > 0 && props.height > 0 ? props.width / props.height : 1;
    let h = SIGNATURE_HEIGHT;
    let w = h * ratio;
    if (w > SIGNATURE_WIDTH) {
      w = SIGNATURE_WIDTH;
      h = w / ratio;
    }
    // The alias stores the image once however many times it is placed.
    doc.addImage(png, 'PNG', x + 2, lineY - 1 - h, w, h, 'digisos-klar-signatur', 'FAST');
  }
  doc.setDrawColor(...COLORS.text);
  doc.setLineWidth(0.3);
  doc.line(x, lineY, x + SIGNATURE_WIDTH + 20, lineY);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(8);
  doc.setTextColor(...COLORS.muted);
  doc.text('Underskrift', x, lineY + 1, { baseline: 'top' });
  kit.y = lineY + 5;
  doc.setTextColor(...COLORS.text);
  doc.setFontSize(BODY_SIZE);
  kit.paragraph(options.signerName.trim(), { bold: true, gapAfter: 0.5 });
  kit.paragraph(options.signerTitle.trim(), { gapAfter: 4 });
}

/**
 * The KS terms for connecting to Digisos (seed 001, ref. 19/00689) as an A4 document: the
 * terms' text as KS wrote it, then the figures for the municipality (the fee rule that applies
 * and its amount, with the VAT reservation) and the acceptance filled in — place and date,
 * the municipality, the signature, name and title, and the invoicing reference — ready to be
 * returned to fiks@ks.no.
 */
export function termsDocument(document: StoredDocument, municipalityId: string, options: TermsOptions): Uint8Array {
  if (!isIsoDate(options.date)) throw new Error(`Ugyldig dato «${options.date}» (ÅÅÅÅ-MM-DD).`);
  const workspace = workspaceOf(document);
  const m = municipalityOf(workspace, municipalityId);
  const costs = municipalityCosts(m, {
    prices: workspace.prices,
    adoptingInhabitants: workspace.costSettings.adoptingInhabitants,
    year: workspace.costSettings.year,
  });
  const fee = costs.connectionFee;

  const kit = createPdf({
    fonts: options.fonts,
    createdAt: options.createdAt,
    title: `Vilkår for påkobling til Digisos – ${m.name}`,
    subject: `Vilkår for påkobling til Digisos, KS ref. ${TERMS_REFERENCE}`,
    author: options.signerName.trim() === '' ? 'Digisos Klar' : options.signerName.trim(),
  });

  kit.paragraph(`KS · DigiFin · vår ref. ${TERMS_REFERENCE}`, { color: COLORS.muted, size: 9, gapAfter: 3 });
  kit.heading(TITLE, 1);
  kit.keyValues(
    [
      ['Kommune', `${municipalityLine(m.name)} (org.nr. ${formatOrgNumber(m.orgNumber)})`],
      ['Returneres signert til', `KS, ${TERMS_ADDRESS}, merket ref. ${TERMS_REFERENCE}`],
    ],
    { labelWidth: 46 },
  );
  kit.space(1);
  for (const text of INTRO) kit.paragraph(text, { gapAfter: 3 });

  kit.heading('Prosjektavgift', 2);
  kit.paragraph(FEE_INTRO, { gapAfter: 2.5 });
  for (const rule of FEE_RULES) bullet(kit, rule);
  kit.space(1);
  kit.paragraph(FEE_VAT, { gapAfter: 3 });
  kit.paragraph(FEE_MEMBERSHIP, { gapAfter: 3 });
  for (const line of READ_MORE) kit.paragraph(line, { gapAfter: 1.5 });
  kit.space(1.5);
  kit.paragraph(OTHER_AGREEMENTS, { gapAfter: 3 });

  // The figures are read as one: keep the heading, the table and the notes on one page.
  kit.ensureSpace(fee.boundaryCase ? 110 : 85);
  kit.heading(`Prosjektavgiften for ${municipalityLine(m.name)}`, 2);
  kit.paragraph('Beregnet av Digisos Klar etter reglene over; ikke en del av vilkårsteksten.', {
    color: COLORS.muted,
    size: 9,
    gapAfter: 2,
  });
  const { rows, changedPrice } = feeRows(m, workspace, costs);
  kit.keyValues(rows, { labelWidth: 58 });
  if (fee.boundaryCase) {
    kit.notice(
      `Vilkårene fastsetter fast beløp «under 6 300» og kostnad per innbygger «over 6 300» innbyggere; ingen av dem ` +
        `dekker nøyaktig ${formatInteger(CONNECTION_FEE_THRESHOLD)}. Beløpet over er det høyeste av de to ` +
        `(${formatKroner(fee.ore)}); det andre er ${formatKroner(fee.alternativeOre ?? 0)}. Avklar med KS hvilket som gjelder.`,
      'warning',
      { title: `Grensetilfelle: nøyaktig ${formatInteger(CONNECTION_FEE_THRESHOLD)} innbyggere` },
    );
  }
  kit.notice(
    `Beløpet er uten merverdiavgift. Vilkårene tar forbehold om eventuell merverdiavgiftsplikt («Spørsmålet er under ` +
      `utredning»), mens håndboken oppgir tilknytningskostnaden «+ mva». Blir avgiften mva-pliktig, er beløpet ` +
      `${formatKroner(fee.ore + fee.vatOre)} med ${VAT_PERCENT} % mva.`,
    'info',
    { title: 'Merverdiavgift' },
  );
  if (changedPrice) {
    kit.notice(
      'Prisen er endret i arbeidsområdet og avviker fra vilkårenes sats; beløpet over er beregnet med den endrede prisen.',
      'warning',
    );
  }

  kit.heading('Aksept av vilkår', 2);
  kit.paragraph(ACCEPT_REQUEST, { gapAfter: 3 });
  // The acceptance, the filled-in blanks and the signature stay together on one page.
  kit.ensureSpace(95);
  kit.paragraph(ACCEPTANCE, { gapAfter: 4 });
  kit.keyValues(
    [
      ['Sted/dato', `${options.place.trim()}, ${formatDate(options.date)}`],
      ['Kommune', municipalityLine(m.name)],
    ],
    { labelWidth: 46 },
  );
  kit.space(2);
  signatureBlock(kit, options);
  labelled(
    kit,
    'Fakturaopplysninger (ressursnr.):',
    options.invoiceReference.trim() === '' ? '—' : options.invoiceReference.trim(),
  );
  kit.space(2);
  kit.notice(`Send det signerte dokumentet til ${TERMS_ADDRESS}, merket med ref. ${TERMS_REFERENCE}.`, 'info', {
    title: 'Returneres til KS',
  });

  return kit.finish();
}
