import Conf from 'conf';
import type { DocumentFile } from './workspace-storage';

/**
 * Opens the document through `conf`, the library electron-store is built on, with the same
 * file format and atomic writes. Used where Electron is not: tests, the command line, the
 * browser suite. The app itself opens it through electron-store (electron/main.ts).
 */
export function openConfDocumentFile(folder: string, name: string): DocumentFile {
  return new Conf<Record<string, unknown>>({
    cwd: folder,
    configName: name,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    serialize: (value) => JSON.stringify(value),
  });
}
