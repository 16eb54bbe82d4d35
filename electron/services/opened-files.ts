/**
 * Files the OS asks the app to open: a double-click on a `.digisos.json` export, "Open with",
 * or a second start with a file (the file association, issue 8). Windows and Linux pass the
 * file on the command line — of the first start, or of a second start, which hands its
 * arguments to the running app; macOS sends `open-file` events instead. The path stays in the
 * main process: the renderer asks for a preview of "the opened file" and never names a path.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the import takes: the dialog offers `.json`, and so does the command line. */
const IMPORTABLE = /\.json$/i;

/**
 * The file a command line asks the app to open, as an absolute path; null if there is none.
 * `argv[0]` is the program; switches (`-x`, `--x`, `--x=y`, as Chromium appends them) are
 * skipped, and after `--` every argument is a file. When several files are named, the last
 * wins. Linux desktop entries may pass `file://` URLs. Relative paths are taken from `cwd`
 * (for a second start, the working directory it was started in).
 */
export function openedFileFromArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null;
  let switches = true;
  for (const arg of argv.slice(1)) {
    if (switches && arg === '--') {
      switches = false;
      continue;
    }
    if (switches && arg.startsWith('-')) continue;
    const file = asPath(arg, cwd);
    if (file !== null && IMPORTABLE.test(file)) found = file;
  }
  return found;
}

function asPath(arg: string, cwd: string): string | null {
  if (arg.trim() === '' || arg.includes('\0')) return null;
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  // Anything else with a scheme (https:, digisos:) is not a file on this machine.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

/**
 * Where opened files wait for the renderer to ask. The newest wins: the app shows one import
 * preview at a time, and the file the user opened last is the one they are looking for.
 */
export interface OpenedFiles {
  add: (file: string) => void;
  /** The file opened last, taken off the queue (the older ones are dropped); null if none. */
  take: () => string | null;
  readonly waiting: boolean;
}

export function createOpenedFiles(): OpenedFiles {
  let latest: string | null = null;
  return {
    add(file) {
      latest = file;
    },
    take() {
      const file = latest;
      latest = null;
      return file;
    },
    get waiting() {
      return latest !== null;
    },
  };
}
