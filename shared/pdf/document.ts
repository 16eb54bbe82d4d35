import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type Styles } from 'jspdf-autotable';
import { formatDate, toIsoDate } from '../format/date';

/** The TTF bytes of the embedded font (DejaVu Sans from resources/fonts). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfOptions {
  fonts: PdfFonts;
  /** Stamped as the creation date and in every footer; fixed, so the same input gives the same bytes. */
  createdAt: Date;
  title: string;
  subject: string;
  author: string;
}

export type Rgb = readonly [number, number, number];

/** A notice's colours: danger for a missing or stale approval, warning for a review, ok for a valid approval. */
export type NoticeTone = 'danger' | 'warning' | 'ok' | 'info';

export interface TableSpec {
  head: string[];
  body: RowInput[];
  /** Column widths in mm by column index; the rest share what is left. */
  widths?: Record<number, number>;
  fontSize?: number;
  /** Called for every cell before it is laid out: set fill colours or styles per cell. */
  styleCell?: (cell: { section: 'head' | 'body' | 'foot'; row: number; column: number; styles: Styles }) => void;
}

/** A small layout kit over jsPDF: a cursor that flows headings, text, key–value blocks and tables down A4 pages. */
export interface PdfKit {
  /** The underlying document, for vector drawing (the risk matrices). */
  readonly doc: jsPDF;
  readonly left: number;
  readonly width: number;
  /** The cursor: where the next block starts, in mm from the top. */
  y: number;
  heading(text: string, level?: 1 | 2 | 3): void;
  paragraph(text: string, options?: { bold?: boolean; size?: number; color?: Rgb; gapAfter?: number }): void;
  keyValues(rows: readonly (readonly [string, string])[], options?: { labelWidth?: number }): void;
  table(spec: TableSpec): void;
  notice(text: string, tone: NoticeTone, options?: { title?: string }): void;
  space(mm: number): void;
  /** Starts a new page unless `height` mm fit below the cursor. */
  ensureSpace(height: number): void;
  newPage(): void;
  /** Remembers text drawn directly on `doc`, so the file id follows the content. */
  record(text: string): void;
  /** Writes the footers and returns the PDF's bytes. */
  finish(): Uint8Array;
}

export const FONT = 'DejaVuSans';
const PAGE_WIDTH = 210;
const PAGE_HEIGHT = 297;
const MARGIN_X = 18;
const MARGIN_TOP = 18;
/** Content stops here; the footer lives below. */
const CONTENT_BOTTOM = PAGE_HEIGHT - 20;
const FOOTER_Y = PAGE_HEIGHT - 10;
const PT_TO_MM = 25.4 / 72;
const LINE_FACTOR = 1.25;
export const BODY_SIZE = 10;

export const COLORS = {
  text: [33, 33, 33],
  muted: [100, 100, 100],
  rule: [190, 190, 190],
  headFill: [38, 70, 110],
  zebra: [244, 246, 249],
} as const satisfies Record<string, Rgb>;

const NOTICE_COLORS: Record<NoticeTone, { fill: Rgb; border: Rgb; text: Rgb }> = {
  danger: { fill: [253, 228, 228], border: [190, 30, 30], text: [120, 10, 10] },
  warning: { fill: [255, 243, 205], border: [200, 140, 0], text: [90, 60, 0] },
  ok: { fill: [226, 243, 229], border: [40, 130, 60], text: [20, 70, 30] },
  info: { fill: [232, 239, 248], border: [60, 100, 160], text: [25, 45, 80] },
};

/** Line height in mm for a font size in pt. */
export function lineHeight(size: number): number {
  return size * LINE_FACTOR * PT_TO_MM;
}

/** Typed text may carry Windows line ends and tabs, which the font has no glyphs for. */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of raw bytes; shared/ has neither Buffer nor btoa. */
export function base64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    chunk +=
      BASE64.charAt((n >> 18) & 63) +
      BASE64.charAt((n >> 12) & 63) +
      (i + 1 < bytes.length ? BASE64.charAt((n >> 6) & 63) : '=') +
      (i + 2 < bytes.length ? BASE64.charAt(n & 63) : '=');
    // Joining in chunks keeps string building linear for a 750 kB font.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

// The same font bytes come back for every report; encode them once.
const encodedFonts = new WeakMap<Uint8Array, string>();

function encodedFont(bytes: Uint8Array): string {
  let encoded = encodedFonts.get(bytes);
  if (encoded === undefined) {
    encoded = base64(bytes);
    encodedFonts.set(bytes, encoded);
  }
  return encoded;
}

/** A 128-bit FNV-1a style digest as 32 hex digits: four 32-bit lanes with different offsets. */
function contentDigest(parts: readonly string[]): string {
  const lanes = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x2545f491, 0x6c8e9cf5];
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      const code = part.charCodeAt(i);
      for (let l = 0; l < lanes.length; l += 1) {
        lanes[l] = Math.imul((lanes[l] ?? 0) ^ (code + l), 0x01000193) >>> 0;
      }
    }
    for (let l = 0; l < lanes.length; l += 1) lanes[l] = Math.imul((lanes[l] ?? 0) ^ 0xff, 0x01000193) >>> 0;
  }
  return lanes
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
}

/** A new A4 portrait document with DejaVu Sans embedded, a fixed creation date and a content-derived file id. */
export function createPdf(options: PdfOptions): PdfKit {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', encodedFont(options.fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', encodedFont(options.fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY_SIZE);
  doc.setTextColor(...COLORS.text);
  doc.setProperties({
    title: options.title,
    subject: options.subject,
    author: options.author,
    creator: 'Digisos Klar',
  });
  doc.setCreationDate(options.createdAt);

  const recorded: string[] = [options.title, options.subject, options.author, options.createdAt.toISOString()];
  const width = PAGE_WIDTH - 2 * MARGIN_X;

  const kit: PdfKit = {
    doc,
    left: MARGIN_X,
    width,
    y: MARGIN_TOP,

    record(text) {
      recorded.push(text);
    },

    newPage() {
      doc.addPage();
      kit.y = MARGIN_TOP;
    },

    ensureSpace(height) {
      if (kit.y + height > CONTENT_BOTTOM) kit.newPage();
    },

    space(mm) {
      kit.y += mm;
    },

    heading(text, level = 2) {
      const size = level === 1 ? 18 : level === 2 ? 13 : 11;
      const before = level === 1 ? 0 : level === 2 ? 5 : 3;
      doc.setFont(FONT, 'bold');
      doc.setFontSize(size);
      const lines = doc.splitTextToSize(clean(text), width) as string[];
      const lh = lineHeight(size);
      // Keep a heading with at least two lines of what follows.
      if (kit.y > MARGIN_TOP) kit.y += before;
      kit.ensureSpace(lines.length * lh + 2 * lineHeight(BODY_SIZE));
      recorded.push(text);
      doc.setTextColor(...(level === 1 ? COLORS.headFill : (COLORS.text as Rgb)));
      for (const line of lines) {
        doc.text(line, MARGIN_X, kit.y, { baseline: 'top' });
        kit.y += lh;
      }
      if (level === 1) {
        doc.setDrawColor(...COLORS.headFill);
        doc.setLineWidth(0.5);
        doc.line(MARGIN_X, kit.y + 0.5, MARGIN_X + width, kit.y + 0.5);
        kit.y += 3;
      } else {
        kit.y += 1;
      }
      doc.setTextColor(...COLORS.text);
      doc.setFont(FONT, 'normal');
      doc.setFontSize(BODY_SIZE);
    },

    paragraph(text, opts = {}) {
      const size = opts.size ?? BODY_SIZE;
      doc.setFont(FONT, opts.bold ? 'bold' : 'normal');
      doc.setFontSize(size);
      doc.setTextColor(...(opts.color ?? COLORS.text));
      recorded.push(text);
      const lines = doc.splitTextToSize(clean(text), width) as string[];
      const lh = lineHeight(size);
      for (const line of lines) {
        kit.ensureSpace(lh);
        doc.text(line, MARGIN_X, kit.y, { baseline: 'top' });
        kit.y += lh;
      }
      kit.y += opts.gapAfter ?? 2;
      doc.setFont(FONT, 'normal');
      doc.setFontSize(BODY_SIZE);
      doc.setTextColor(...COLORS.text);
    },

    keyValues(rows, opts = {}) {
      for (const [k, v] of rows) recorded.push(k, v);
      autoTable(doc, {
        startY: kit.y,
        margin: { left: MARGIN_X, right: MARGIN_X, top: MARGIN_TOP, bottom: PAGE_HEIGHT - CONTENT_BOTTOM },
        theme: 'plain',
        body: rows.map(([k, v]) => [clean(k), clean(v)]),
        styles: {
          font: FONT,
          fontSize: BODY_SIZE,
          textColor: [...COLORS.text],
          cellPadding: { top: 0.8, bottom: 0.8, left: 0, right: 3 },
          overflow: 'linebreak',
        },
        columnStyles: { 0: { fontStyle: 'bold', cellWidth: opts.labelWidth ?? 52 } },
        rowPageBreak: 'avoid',
      });
      kit.y = finalY(doc, kit.y) + 2;
    },

    table(spec) {
      for (const h of spec.head) recorded.push(h);
      recorded.push(JSON.stringify(spec.body));
      const columnStyles: Record<string, Partial<Styles>> = {};
      for (const [index, w] of Object.entries(spec.widths ?? {})) columnStyles[index] = { cellWidth: w };
      autoTable(doc, {
        startY: kit.y,
        margin: { left: MARGIN_X, right: MARGIN_X, top: MARGIN_TOP, bottom: PAGE_HEIGHT - CONTENT_BOTTOM },
        theme: 'grid',
        head: [spec.head],
        body: spec.body,
        showHead: 'everyPage',
        rowPageBreak: 'avoid',
        styles: {
          font: FONT,
          fontSize: spec.fontSize ?? 8.5,
          textColor: [...COLORS.text],
          lineColor: [...COLORS.rule],
          lineWidth: 0.2,
          cellPadding: 1.6,
          overflow: 'linebreak',
          valign: 'top',
        },
        headStyles: { fontStyle: 'bold', fillColor: [...COLORS.headFill], textColor: [255, 255, 255] },
        alternateRowStyles: { fillColor: [...COLORS.zebra] },
        columnStyles,
        didParseCell: (data: CellHookData) => {
          spec.styleCell?.({
            section: data.section,
            row: data.row.index,
            column: data.column.index,
            styles: data.cell.styles,
          });
        },
      });
      kit.y = finalY(doc, kit.y) + 4;
    },

    notice(text, tone, opts = {}) {
      const colors = NOTICE_COLORS[tone];
      const pad = 3;
      const innerWidth = width - 2 * pad - 1.5;
      const lh = lineHeight(BODY_SIZE);
      recorded.push(opts.title ?? '', text);
      doc.setFontSize(BODY_SIZE);
      doc.setFont(FONT, 'bold');
      const titleLines = opts.title ? (doc.splitTextToSize(clean(opts.title), innerWidth) as string[]) : [];
      doc.setFont(FONT, 'normal');
      const bodyLines = text === '' ? [] : (doc.splitTextToSize(clean(text), innerWidth) as string[]);
      const lines = [
        ...titleLines.map((line) => ({ line, bold: true })),
        ...bodyLines.map((line) => ({ line, bold: false })),
      ];
      // A long typed attestation may not fit on one page: draw the box in one piece per page.
      let index = 0;
      kit.ensureSpace(Math.min(lines.length, 3) * lh + 2 * pad);
      while (index < lines.length) {
        const room = Math.max(1, Math.floor((CONTENT_BOTTOM - kit.y - 2 * pad) / lh));
        const chunk = lines.slice(index, index + room);
        const height = chunk.length * lh + 2 * pad;
        doc.setFillColor(...colors.fill);
        doc.rect(MARGIN_X, kit.y, width, height, 'F');
        doc.setFillColor(...colors.border);
        doc.rect(MARGIN_X, kit.y, 1.5, height, 'F');
        doc.setTextColor(...colors.text);
        let y = kit.y + pad;
        for (const { line, bold } of chunk) {
          doc.setFont(FONT, bold ? 'bold' : 'normal');
          doc.text(line, MARGIN_X + 1.5 + pad, y, { baseline: 'top' });
          y += lh;
        }
        kit.y += height;
        index += chunk.length;
        if (index < lines.length) kit.newPage();
      }
      kit.y += 3;
      doc.setFont(FONT, 'normal');
      doc.setTextColor(...COLORS.text);
    },

    finish() {
      const pages = doc.getNumberOfPages();
      const generated = `Generert ${formatDate(toIsoDate(options.createdAt))} av Digisos Klar`;
      doc.setFont(FONT, 'normal');
      doc.setFontSize(8);
      doc.setTextColor(...COLORS.muted);
      doc.setDrawColor(...COLORS.rule);
      doc.setLineWidth(0.2);
      const titled = `${options.title} – ${generated}`;
      // The title is repeated for orientation only; a long one gives way to the page number.
      const footerLeft = doc.getTextWidth(titled) < width - 30 ? titled : generated;
      for (let page = 1; page <= pages; page += 1) {
        doc.setPage(page);
        doc.line(MARGIN_X, FOOTER_Y - 3, PAGE_WIDTH - MARGIN_X, FOOTER_Y - 3);
        doc.text(footerLeft, MARGIN_X, FOOTER_Y, { baseline: 'top' });
        doc.text(`Side ${page} av ${pages}`, PAGE_WIDTH - MARGIN_X, FOOTER_Y, { baseline: 'top', align: 'right' });
      }
      doc.setFileId(contentDigest(recorded));
      return new Uint8Array(doc.output('arraybuffer'));
    },
  };
  return kit;
}

/** Where the last table ended; jspdf-autotable keeps it on the document. */
function finalY(doc: jsPDF, fallback: number): number {
  const last = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
  return last?.finalY ?? fallback;
}
