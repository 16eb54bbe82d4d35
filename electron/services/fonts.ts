import fs from 'node:fs';
import path from 'node:path';
import type { PdfFonts } from '../../shared/pdf/document';

/** The folder the fonts live in beneath a root: the repository, or the packaged app's resources. */
export function fontsFolder(root: string): string {
  return path.join(root, 'resources', 'fonts');
}

/** Reads the DejaVu fonts every PDF embeds; throws the file system's error when they are missing. */
export function readFonts(dir: string): PdfFonts {
  return {
    regular: new Uint8Array(fs.readFileSync(path.join(dir, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf'))),
  };
}
