/**
 * Stand-ins for the Electron distribution electron-builder copies into a packed app
 * (`electronDist`), for the offline packaging smoke test. electron-builder takes a folder as
 * "a custom unpacked Electron distribution" (app-builder-lib/out/electron/ElectronFramework.js)
 * and copies it whole: for Linux the folder itself, for macOS its Electron.app.
 *
 * Each binary carries the fuse wire of a real Electron (@electron/fuses looks for its sentinel)
 * with Electron's defaults, so the test can read back what `electronFuses` flipped.
 */
import fs from 'node:fs';
import path from 'node:path';

/** @electron/fuses' marker, followed by the wire version (1), its length and one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse V1 order and Electron's defaults ('1' on, '0' off). */
export const FUSES = [
  ['runAsNode', '1'],
  ['enableCookieEncryption', '0'],
  ['enableNodeOptionsEnvironmentVariable', '1'],
  ['enableNodeCliInspectArguments', '1'],
  ['enableEmbeddedAsarIntegrityValidation', '0'],
  ['onlyLoadAppFromAsar', '0'],
  ['loadBrowserProcessSpecificV8Snapshot', '0'],
  ['grantFileProtocolExtraPrivileges', '1'],
] as const;
export type FuseName = (typeof FUSES)[number][0];

/** A shell script that says what it is if anyone runs it; a fuse wire, if any, rides in a comment line. */
function binary(name: string, withFuses: boolean): Buffer {
  const wire = withFuses
    ? Buffer.concat([
        Buffer.from(FUSE_SENTINEL, 'latin1'),
        Buffer.from([1, FUSES.length]),
        Buffer.from(FUSES.map(([, on]) => on).join(''), 'latin1'),
      ])
    : Buffer.alloc(0);
  return Buffer.concat([
    Buffer.from(`#!/bin/sh\necho "stub ${name} for the packaging test, not Electron" >&2\nexit 1\n# `, 'latin1'),
    wire,
    Buffer.from('\n', 'latin1'),
  ]);
}

function write(file: string, content: string | Buffer, mode = 0o644): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content, { mode });
}

/** Reads the fuse states back from a (packed) binary: name → true (on) / false (off). */
export function readFuses(file: string): Record<FuseName, boolean> {
  const bytes = fs.readFileSync(file);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at < 0) throw new Error(`no fuse wire in ${file}`);
  const wire = at + FUSE_SENTINEL.length;
  const states = {} as Record<FuseName, boolean>;
  FUSES.forEach(([name], i) => {
    const state = bytes[wire + 2 + i];
    if (state !== 0x30 && state !== 0x31) throw new Error(`fuse ${name} has state ${state}`);
    states[name] = state === 0x31;
  });
  return states;
}

/** The Linux distribution: the `electron` binary, its licence, locales and an empty resources/. */
export function makeLinuxElectronStub(dir: string): string {
  write(path.join(dir, 'electron'), binary('electron', true), 0o755);
  write(path.join(dir, 'chrome-sandbox'), binary('chrome-sandbox', false), 0o755);
  write(path.join(dir, 'LICENSE'), 'Stub licence of the stub Electron.\n');
  write(path.join(dir, 'LICENSES.chromium.html'), '<p>Stub.</p>\n');
  write(path.join(dir, 'version'), '0.0.0-stub');
  for (const locale of ['en-US', 'nb']) write(path.join(dir, 'locales', `${locale}.pak`), '');
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  return dir;
}

function plist(entries: Record<string, string>): string {
  const body = Object.entries(entries)
    .map(([key, value]) => `  <key>${key}</key>\n  <string>${value}</string>`)
    .join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
    `<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`
  );
}

/**
 * The macOS distribution: Electron.app with its Info.plist, the launcher, the framework (which
 * holds the fuse wire, as in Electron) and the helper apps electron-builder renames.
 */
export function makeMacElectronStub(dir: string): string {
  const contents = path.join(dir, 'Electron.app', 'Contents');
  write(
    path.join(contents, 'Info.plist'),
    plist({
      CFBundleExecutable: 'Electron',
      CFBundleIconFile: 'electron.icns',
      CFBundleIdentifier: 'com.github.Electron',
      CFBundleName: 'Electron',
      CFBundleDisplayName: 'Electron',
      CFBundlePackageType: 'APPL',
      CFBundleVersion: '45.4.1',
    }),
  );
  write(path.join(contents, 'MacOS', 'Electron'), binary('Electron', false), 0o755);
  write(path.join(contents, 'Resources', 'electron.icns'), 'stub');
  const frameworks = path.join(contents, 'Frameworks');
  write(
    path.join(frameworks, 'Electron Framework.framework', 'Electron Framework'),
    binary('Electron Framework', true),
  );
  for (const suffix of ['', ' (GPU)', ' (Plugin)', ' (Renderer)']) {
    const helper = path.join(frameworks, `Electron Helper${suffix}.app`, 'Contents');
    write(
      path.join(helper, 'Info.plist'),
      plist({
        CFBundleExecutable: `Electron Helper${suffix}`,
        CFBundleIdentifier: 'com.github.Electron.helper',
        CFBundleName: `Electron Helper${suffix}`,
      }),
    );
    write(path.join(helper, 'MacOS', `Electron Helper${suffix}`), binary(`Electron Helper${suffix}`, false), 0o755);
  }
  write(path.join(dir, 'LICENSE'), 'Stub licence of the stub Electron.\n');
  return dir;
}
