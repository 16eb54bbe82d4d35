/**
 * Draws every app icon the installers need from icon.svg, beside this file:
 *
 *   16x16.png … 1024x1024.png  Linux (AppImage, deb: one per hicolor size) and the window icon
 *   icon.ico                   Windows (the .exe and the NSIS installer): 16–256, PNG-compressed entries
 *   icon.icns                  macOS: 16–1024 including the @2x variants, PNG data
 *
 * Run it after changing icon.svg: `npx tsx resources/icons/make-icons.ts`. It renders with the
 * Chromium the browser suite uses ($CHROMIUM_PATH or /usr/bin/chromium), and writes the ICO and
 * ICNS containers itself so that electron-builder never needs its icon tool (a download).
 * test/electron/icons.test.ts checks the results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const HERE = import.meta.dirname;

/** Every size rendered as its own PNG (named as electron-builder's Linux icon set expects). */
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
type Size = (typeof PNG_SIZES)[number];

/** Windows: what Explorer, the taskbar and the installer use. 256 is the largest an ICO entry can say. */
const ICO_SIZES: readonly Size[] = [16, 24, 32, 48, 64, 128, 256];

/** macOS: the ICNS element types that hold PNG data, and the pixel size each holds. */
const ICNS_ENTRIES: readonly (readonly [string, Size])[] = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic13', 256], // 128@2x
  ['ic14', 512], // 256@2x
];

const pngFileName = (size: number) => `${size}x${size}.png`;

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p !== undefined && p !== '' && fs.existsSync(p),
  );
  if (found === undefined) {
    throw new Error('make-icons needs Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

/** Renders the SVG at each size, with a transparent background, as Chromium's PNG. */
async function render(svg: string, sizes: readonly Size[]): Promise<Map<Size, Buffer>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const result = new Map<Size, Buffer>();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${sized}</body></html>`,
      );
      result.set(
        size,
        await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
      );
    }
    return result;
  } finally {
    await browser.close();
  }
}

/** The width and height a PNG's IHDR chunk gives. */
function pngDimensions(png: Buffer): { width: number; height: number } {
  if (png.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * An ICO file: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
 * PNG-compressed entries are valid from Windows Vista on; a size of 256 is written as 0.
 */
function buildIco(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** An ICNS file: 'icns' and the total length, then per element its type, its length (with the 8-byte header) and data. */
function buildIcns(elements: readonly { type: string; png: Buffer }[]): Buffer {
  const parts = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, p) => sum + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(HERE, 'icon.svg'), 'utf8');
  const pngs = await render(svg, PNG_SIZES);
  const png = (size: Size): Buffer => {
    const data = pngs.get(size);
    if (data === undefined) throw new Error(`no ${size} px rendering`);
    const { width, height } = pngDimensions(data);
    if (width !== size || height !== size) throw new Error(`Chromium drew ${width}×${height} for ${size} px`);
    return data;
  };
  for (const size of PNG_SIZES) fs.writeFileSync(path.join(HERE, pngFileName(size)), png(size));
  fs.writeFileSync(path.join(HERE, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  fs.writeFileSync(
    path.join(HERE, 'icon.icns'),
    buildIcns(ICNS_ENTRIES.map(([type, size]) => ({ type, png: png(size) }))),
  );
  process.stdout.write(`Wrote ${PNG_SIZES.length} PNGs, icon.ico and icon.icns to ${HERE}\n`);
}

await main();
