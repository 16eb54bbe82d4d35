/**
 * The app icons in resources/icons (made by make-icons.ts from icon.svg): every PNG has the size
 * its name says, the Windows ICO and the macOS ICNS are well-formed containers of exactly the
 * PNGs beside them, and electron-builder takes all three as they are — without its icon tool,
 * which it would have to download.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter';
import { getConfig } from 'app-builder-lib/out/util/config/config';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ICONS = path.join(ROOT, 'resources', 'icons');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
}

/** Reads a PNG's IHDR (the first chunk, right after the signature). */
function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(bytes.readUInt32BE(8), 'IHDR length').toBe(13);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes.readUInt8(24),
    colourType: bytes.readUInt8(25),
  };
}

/** The RGBA pixels of an 8-bit, non-interlaced RGBA PNG (what Chromium writes): IDAT inflated, rows unfiltered. */
function pixels(bytes: Buffer): (x: number, y: number) => { r: number; g: number; b: number; a: number } {
  const { width, height, bitDepth, colourType } = readPng(bytes);
  expect([bitDepth, colourType, bytes.readUInt8(28)], 'RGBA, 8 bits, not interlaced').toEqual([8, 6, 0]);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString('latin1') === 'IDAT')
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? out[y * stride + x - 4]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else throw new Error(`PNG filter ${filter}`);
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return (x, y) => {
    const i = y * stride + x * 4;
    return { r: out[i]!, g: out[i + 1]!, b: out[i + 2]!, a: out[i + 3]! };
  };
}

const pngFile = (size: number) => fs.readFileSync(path.join(ICONS, `${size}x${size}.png`));

interface IcoEntry {
  width: number;
  height: number;
  bitsPerPixel: number;
  data: Buffer;
}

/** ICONDIR, then one 16-byte ICONDIRENTRY per image (0 means 256), each pointing at its data. */
function readIco(bytes: Buffer): IcoEntry[] {
  expect(bytes.readUInt16LE(0), 'ICO reserved').toBe(0);
  expect(bytes.readUInt16LE(2), 'ICO type (1 = icon)').toBe(1);
  const count = bytes.readUInt16LE(4);
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = 6 + 16 * i;
    const size = bytes.readUInt32LE(at + 8);
    const offset = bytes.readUInt32LE(at + 12);
    expect(offset + size, `ICO entry ${i} inside the file`).toBeLessThanOrEqual(bytes.length);
    expect(bytes.readUInt16LE(at + 4), 'colour planes').toBe(1);
    entries.push({
      width: bytes.readUInt8(at) || 256,
      height: bytes.readUInt8(at + 1) || 256,
      bitsPerPixel: bytes.readUInt16LE(at + 6),
      data: bytes.subarray(offset, offset + size),
    });
  }
  return entries;
}

/** 'icns', the total length, then elements: a four-character type, the length with its header, the data. */
function readIcns(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(bytes.readUInt32BE(4), 'ICNS length').toBe(bytes.length);
  const elements = new Map<string, Buffer>();
  for (let at = 8; at < bytes.length;) {
    const type = bytes.subarray(at, at + 4).toString('latin1');
    const length = bytes.readUInt32BE(at + 4);
    expect(length, `ICNS element ${type}`).toBeGreaterThan(8);
    expect(at + length).toBeLessThanOrEqual(bytes.length);
    expect(elements.has(type), `ICNS element ${type} twice`).toBe(false);
    elements.set(type, bytes.subarray(at + 8, at + length));
    at += length;
  }
  return elements;
}

describe('app icons', () => {
  it('has one RGBA PNG per size, as large as its name says', () => {
    for (const size of SIZES) {
      const png = readPng(pngFile(size));
      expect({ size, ...png }).toEqual({ size, width: size, height: size, bitDepth: 8, colourType: 6 });
    }
  });

  it('draws a blue tile with a white check on a transparent background', () => {
    const svg = fs.readFileSync(path.join(ICONS, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"[^>]*width="1024" height="1024"/);
    for (const size of [16, 1024]) {
      const at = pixels(pngFile(size));
      const scaled = (x: number, y: number) => at(Math.floor((x * size) / 1024), Math.floor((y * size) / 1024));
      expect(scaled(0, 0), `${size} px: the corner is transparent`).toMatchObject({ a: 0 });
      const tile = scaled(512, 400);
      expect(tile.a, `${size} px: the tile is opaque`).toBe(255);
      expect(tile.b, `${size} px: the tile is blue`).toBeGreaterThan(tile.r + 60);
    }
    // On the check mark's corner, at full size: white.
    expect(pixels(pngFile(1024))(452, 690)).toEqual({ r: 255, g: 255, b: 255, a: 255 });
  });

  it('has a Windows icon with 16–256 px entries, each the PNG beside it', () => {
    const entries = readIco(fs.readFileSync(path.join(ICONS, 'icon.ico')));
    expect(entries.map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      expect(entry.bitsPerPixel).toBe(32);
      const png = readPng(entry.data);
      expect([png.width, png.height]).toEqual([entry.width, entry.height]);
      expect(
        entry.data.equals(pngFile(entry.width)),
        `ICO ${entry.width} px is ${entry.width}x${entry.width}.png`,
      ).toBe(true);
    }
  });

  it('has a macOS icon with every size Finder and the Dock ask for, as PNG', () => {
    const elements = readIcns(fs.readFileSync(path.join(ICONS, 'icon.icns')));
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    expect([...elements.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [type, size] of Object.entries(expected)) {
      const data = elements.get(type)!;
      const png = readPng(data);
      expect([type, png.width, png.height]).toEqual([type, size, size]);
      expect(data.equals(pngFile(size)), `${type} is ${size}x${size}.png`).toBe(true);
    }
  });

  describe('as electron-builder reads them (the icon paths of electron-builder.yml)', () => {
    let outDir: string;
    const toolset = process.env.ELECTRON_BUILDER_ICONS_TOOLSET_DIR;
    beforeAll(() => {
      outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-icons-'));
      // Were the icons unusable as they are, electron-builder would run its icon tool (a download):
      // pointing it at a folder that does not exist makes that an error instead.
      process.env.ELECTRON_BUILDER_ICONS_TOOLSET_DIR = path.join(outDir, 'no-icon-tool-here');
    });
    afterAll(() => {
      if (toolset === undefined) delete process.env.ELECTRON_BUILDER_ICONS_TOOLSET_DIR;
      else process.env.ELECTRON_BUILDER_ICONS_TOOLSET_DIR = toolset;
      fs.rmSync(outDir, { recursive: true, force: true });
    });

    const convert = async (source: string | null | undefined, format: 'ico' | 'icns' | 'set') => {
      expect(source, `an icon for ${format}`).toEqual(expect.any(String));
      return convertIcon({
        sources: [source!],
        fallbackSources: [],
        roots: [ROOT, path.join(ROOT, 'resources')],
        format,
        outDir: path.join(outDir, format),
      });
    };

    it('uses the ICO for Windows, the ICNS for macOS and the PNG folder for Linux as they are', async () => {
      const config = await getConfig(ROOT, 'electron-builder.yml', null);
      const win = await convert(config.win?.icon, 'ico');
      expect(win).toEqual({ icons: [{ file: path.join(ICONS, 'icon.ico'), size: 256 }], isFallback: false });
      const mac = await convert(config.mac?.icon, 'icns');
      expect(mac).toEqual({ icons: [{ file: path.join(ICONS, 'icon.icns'), size: 0 }], isFallback: false });
      const linux = await convert(config.linux?.icon, 'set');
      expect(linux.isFallback).toBe(false);
      expect(linux.icons).toEqual(SIZES.map((size) => ({ file: path.join(ICONS, `${size}x${size}.png`), size })));
    });
  });
});
