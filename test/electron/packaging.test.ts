/**
 * The offline packaging smoke test: electron-builder packs this repository with
 * electron-builder.yml (`--dir`, no installer) for Linux and for macOS, each against a stub
 * Electron (test/support/packaging-stub.ts), with every download pointed at a dead address.
 * It checks what a user would get: the renamed binary with its fuses flipped, app.asar with the
 * built main, preload and renderer and nothing of the sources or tests, the production modules
 * the main process imports, the fonts where main.ts reads them, the icons, the example workspace,
 * and on macOS the bundle's Info.plist. Needs `out/` (npm test builds it first).
 *
 * The Windows installer cannot be made here (NSIS is a download and the .exe must be a real PE
 * file); its options are checked in the configuration below, the rest on a machine with internet.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import asar from '@electron/asar';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { parsePlistFile, type PlistObject } from 'app-builder-lib/out/util/plist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportText } from '../../shared/exchange/format';
import { fontsFolder, readFonts } from '../../electron/services/fonts';
import { makeLinuxElectronStub, makeMacElectronStub, readFuses } from '../support/packaging-stub';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  main: string;
  devDependencies: Record<string, string>;
  homepage?: string;
};
const ELECTRON_VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const BUILDER_CLI = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
/** Nothing listens here: any download electron-builder attempts fails at once. */
const DEAD = 'http://127.0.0.1:9';

/** The fuses electron-builder.yml flips (the rest keep Electron's defaults). */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: true,
};

const execFileAsync = promisify(execFile);

/** electron-builder refuses to make a macOS app on Windows ("supported only on macOS"); anywhere else it can. */
const CAN_PACK_MAC = process.platform !== 'win32';

/** Runs the electron-builder CLI as `npm run dist` would, but `--dir`, offline and into `output`. */
async function pack(platform: '--linux' | '--mac', electronDist: string, output: string, extra: string[] = []) {
  const args = [
    BUILDER_CLI,
    platform,
    '--x64',
    '--dir',
    '--config',
    'electron-builder.yml',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
    `-c.directories.output=${output}`,
    ...extra,
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HTTP_PROXY: DEAD,
    HTTPS_PROXY: DEAD,
    http_proxy: DEAD,
    https_proxy: DEAD,
    NO_PROXY: '',
    no_proxy: '',
    ELECTRON_MIRROR: `${DEAD}/`,
    ELECTRON_BUILDER_BINARIES_MIRROR: `${DEAD}/`,
    ELECTRON_BUILDER_CACHE: path.join(output, 'cache'),
    // Icons are used as they are; were they not, the icon tool would be looked for here, and missed.
    ELECTRON_BUILDER_ICONS_TOOLSET_DIR: path.join(output, 'no-icon-tool-here'),
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
  };
  let log: string;
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, args, {
      cwd: ROOT,
      env,
      timeout: 150_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    log = `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    const output = `${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message;
    if (/127\.0\.0\.1:9|ECONNREFUSED|download/i.test(output)) {
      throw new Error(
        `electron-builder ${platform} tried to download something, which the packaging test does not allow ` +
          `(electronDist is a stub and the icons are ready-made):\n${output}`,
        { cause: error },
      );
    }
    throw new Error(`electron-builder ${platform} --dir failed:\n${output}`, { cause: error });
  }
  expect(log, 'electron-builder downloaded nothing').not.toMatch(/download/i);
  return log;
}

/** Every file below a folder, relative, with '/' separators. */
function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The bare package names a bundled file imports or requires (no relative paths, no Node built-ins). */
function importedPackages(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue;
    if (builtinModules.includes(specifier.split('/')[0]!)) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  return [...names].sort();
}

const outFiles = (sub: string) =>
  fs.existsSync(path.join(ROOT, 'out', sub)) ? filesBelow(path.join(ROOT, 'out', sub)) : [];

describe('packaging: electron-builder --dir against a stub Electron, offline', () => {
  let temp: string;
  let linuxApp: string;
  let macApp: string;

  beforeAll(async () => {
    for (const file of ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']) {
      if (!fs.existsSync(path.join(ROOT, file))) {
        throw new Error(`${file} is missing: run \`npm run build\` before the packaging test (npm test does).`);
      }
    }
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-packaging-'));
    // Both at once: each is mostly electron-builder walking node_modules and writing app.asar.
    await Promise.all([
      pack('--linux', makeLinuxElectronStub(path.join(temp, 'electron-linux')), path.join(temp, 'linux')),
      CAN_PACK_MAC
        ? pack('--mac', makeMacElectronStub(path.join(temp, 'electron-mac')), path.join(temp, 'mac'), [
            '-c.mac.identity=null',
          ])
        : null,
    ]);
    linuxApp = path.join(temp, 'linux', 'linux-unpacked');
    macApp = path.join(temp, 'mac', 'mac', 'Digisos Klar.app');
  }, 240_000);

  afterAll(() => {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('renames the Electron binary, keeps its licence and flips the fuses', () => {
    const binary = path.join(linuxApp, 'digisos-klar');
    if (process.platform !== 'win32') expect(fs.statSync(binary).mode & 0o111, 'executable').not.toBe(0);
    expect(fs.existsSync(path.join(linuxApp, 'electron'))).toBe(false);
    expect(fs.existsSync(path.join(linuxApp, 'LICENSE.electron.txt'))).toBe(true);
    expect(readFuses(binary)).toEqual(EXPECTED_FUSES);
  });

  describe('app.asar', () => {
    let archive: string;
    let listing: Set<string>;
    beforeAll(() => {
      archive = path.join(linuxApp, 'resources', 'app.asar');
      listing = new Set(asar.listPackage(archive, { isPack: false }).map((p) => p.split(path.sep).join('/')));
    });
    const read = (file: string) => asar.extractFile(archive, file).toString('utf8');

    it('holds the built main, preload and renderer, every file of out/', () => {
      expect(fs.existsSync(path.join(linuxApp, 'resources', 'app')), 'no unpacked app folder').toBe(false);
      expect(fs.existsSync(path.join(linuxApp, 'resources', 'app.asar.unpacked')), 'nothing unpacked').toBe(false);
      for (const file of ['/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html']) {
        expect(listing.has(file), file).toBe(true);
      }
      const built = ['main', 'preload', 'renderer'].flatMap((sub) => outFiles(sub).map((f) => `/out/${sub}/${f}`));
      expect(built.filter((f) => f.startsWith('/out/renderer/assets/')).length, 'renderer assets').toBeGreaterThan(0);
      expect(
        built.filter((f) => !listing.has(f)),
        'files of out/ missing from app.asar',
      ).toEqual([]);
      expect(read('out/main/main.js')).toBe(fs.readFileSync(path.join(ROOT, 'out/main/main.js'), 'utf8'));
    });

    it('holds nothing of the sources, the tests or the resources', () => {
      const topLevel = new Set([...listing].map((p) => p.split('/')[1]));
      expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
      const own = [...listing].filter((p) => !p.startsWith('/node_modules/'));
      expect(own.filter((p) => /\.(tsx?|map)$/.test(p) || /\/(test|tests|__tests__)\//.test(p))).toEqual([]);
      expect(own.filter((p) => p.startsWith('/out') && !/^\/out(\/(main|preload|renderer)(\/.*)?)?$/.test(p))).toEqual(
        [],
      );
    });

    it('has a package.json that starts the built main, without scripts or development dependencies', () => {
      const packed = JSON.parse(read('package.json')) as Record<string, unknown>;
      expect(packed).toMatchObject({ name: 'digisos-klar', version: PACKAGE.version, main: PACKAGE.main });
      expect(listing.has(`/${PACKAGE.main}`)).toBe(true);
      expect(packed.desktopName).toBe('digisos-klar.desktop');
      expect(packed).not.toHaveProperty('devDependencies');
      expect(packed).not.toHaveProperty('scripts');
    });

    it('brings every module the main process imports, and no development tool it does not need', () => {
      const preloadImports = importedPackages(read('out/preload/preload.cjs'));
      expect(preloadImports, 'the sandboxed preload requires only electron').toEqual(['electron']);
      const mainImports = importedPackages(read('out/main/main.js')).filter((name) => name !== 'electron');
      expect(mainImports.length).toBeGreaterThan(0);

      // Node's lookup, inside the archive: node_modules/<name> in the folder or any folder above it.
      const resolve = (name: string, from: string): string | null => {
        for (let dir = from; ; dir = path.posix.dirname(dir)) {
          const candidate = path.posix.join(dir, 'node_modules', name);
          if (listing.has(`${candidate}/package.json`)) return candidate;
          if (dir === '/') return null;
        }
      };
      const needed = new Set<string>();
      const missing: string[] = [];
      const visit = (name: string, from: string) => {
        const found = resolve(name, from);
        if (found === null) {
          missing.push(`${name} (needed by ${from})`);
          return;
        }
        if (needed.has(found)) return;
        needed.add(found);
        const manifest = JSON.parse(read(`${found.slice(1)}/package.json`)) as {
          dependencies?: Record<string, string>;
        };
        for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, found);
      };
      for (const name of mainImports) visit(name, '/');
      expect(missing).toEqual([]);

      const tools = Object.keys(PACKAGE.devDependencies).filter(
        (name) => listing.has(`/node_modules/${name}/package.json`) && !needed.has(`/node_modules/${name}`),
      );
      expect(tools, 'development dependencies in app.asar').toEqual([]);
      expect(listing.has('/node_modules/electron/package.json')).toBe(false);
    });
  });

  describe('resources beside the app', () => {
    let resources: string;
    beforeAll(() => {
      resources = path.join(linuxApp, 'resources');
    });

    it('has the fonts where main.ts reads them (fontsFolder(process.resourcesPath))', () => {
      expect(filesBelow(path.join(resources, 'resources'))).toEqual(
        [
          'example/eksempel.digisos.json',
          'fonts/DejaVuSans-Bold.ttf',
          'fonts/DejaVuSans.ttf',
          'fonts/LICENSE-DejaVu.txt',
          ...[16, 24, 32, 48, 64, 128, 256, 512, 1024].map((s) => `icons/${s}x${s}.png`),
          ...fs
            .readdirSync(path.join(ROOT, 'resources/sources'))
            .filter((f) => f.endsWith('.txt') || f === 'README.md')
            .map((f) => `sources/${f}`),
        ].sort(),
      );
      const fonts = readFonts(fontsFolder(resources));
      expect(
        Buffer.from(fonts.regular).equals(fs.readFileSync(path.join(ROOT, 'resources/fonts/DejaVuSans.ttf'))),
      ).toBe(true);
      expect(
        Buffer.from(fonts.bold).equals(fs.readFileSync(path.join(ROOT, 'resources/fonts/DejaVuSans-Bold.ttf'))),
      ).toBe(true);
      const icon = fs.readFileSync(path.join(resources, 'resources', 'icons', '512x512.png'));
      expect(icon.equals(fs.readFileSync(path.join(ROOT, 'resources/icons/512x512.png')))).toBe(true);
    });

    it('has the example workspace as an exchange file the app imports, written for this version today', () => {
      const text = fs.readFileSync(path.join(resources, 'resources', 'example', 'eksempel.digisos.json'), 'utf8');
      const result = readImportText(text);
      if (result.kind !== 'ok') throw new Error(`the example is refused: ${JSON.stringify(result)}`);
      expect(result.incoming.appVersion).toBe(PACKAGE.version);
      expect(result.incoming.migratedFrom).toBeNull();
      expect(result.incoming.workspace.municipalities.map((m) => m.name)).toEqual([
        'Fjordvik kommune',
        'Lisund kommune',
      ]);
      expect(Date.now() - Date.parse(result.incoming.exportedAt ?? '')).toBeLessThan(60 * 60 * 1000);
    });
  });

  describe.skipIf(!CAN_PACK_MAC)('macOS bundle (not packed on Windows: electron-builder refuses)', () => {
    let info: PlistObject;
    beforeAll(async () => {
      info = await parsePlistFile<PlistObject>(path.join(macApp, 'Contents', 'Info.plist'));
    });

    it('is Digisos Klar with its id, category, icon and dark mode', () => {
      expect(info).toMatchObject({
        CFBundleIdentifier: 'no.digisos.klar',
        CFBundleName: 'Digisos Klar',
        CFBundleDisplayName: 'Digisos Klar',
        CFBundleExecutable: 'Digisos Klar',
        CFBundleShortVersionString: PACKAGE.version,
        LSApplicationCategoryType: 'public.app-category.productivity',
        NSRequiresAquaSystemAppearance: false,
        CFBundleIconFile: 'icon.icns',
      });
      expect(fs.existsSync(path.join(macApp, 'Contents', 'MacOS', 'Digisos Klar'))).toBe(true);
      expect(fs.existsSync(path.join(macApp, 'Contents', 'Frameworks', 'Digisos Klar Helper (Renderer).app'))).toBe(
        true,
      );
      const icns = fs.readFileSync(path.join(macApp, 'Contents', 'Resources', 'icon.icns'));
      expect(icns.equals(fs.readFileSync(path.join(ROOT, 'resources/icons/icon.icns')))).toBe(true);
    });

    it('offers to open .json files as an alternate, never as their default app', () => {
      expect(info.CFBundleDocumentTypes).toEqual([
        {
          CFBundleTypeExtensions: ['json'],
          CFBundleTypeIconFile: 'icon.icns',
          CFBundleTypeName: 'Digisos Klar-arbeidsområde',
          CFBundleTypeRole: 'Editor',
          LSHandlerRank: 'Alternate',
        },
      ]);
    });

    it('carries the integrity hash of its app.asar and the fuses that enforce it', () => {
      const archive = path.join(macApp, 'Contents', 'Resources', 'app.asar');
      const hash = crypto.createHash('sha256').update(asar.getRawHeader(archive).headerString).digest('hex');
      expect(info.ElectronAsarIntegrity).toEqual({ 'Resources/app.asar': { algorithm: 'SHA256', hash } });
      const framework = path.join(
        macApp,
        'Contents',
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      );
      expect(readFuses(framework)).toEqual(EXPECTED_FUSES);
      const fonts = readFonts(fontsFolder(path.join(macApp, 'Contents', 'Resources')));
      expect(fonts.regular.length).toBeGreaterThan(100_000);
      expect(
        fs.existsSync(path.join(macApp, 'Contents', 'Resources', 'resources', 'example', 'eksempel.digisos.json')),
      ).toBe(true);
    });
  });
});

describe('electron-builder.yml', () => {
  const nsisInclude = (config: Configuration): string => {
    const file = config.nsis?.include;
    if (typeof file !== 'string') throw new Error('nsis.include is not set');
    return fs.readFileSync(path.join(ROOT, file), 'utf8');
  };

  it('installs per user on Windows, with no administrator rights asked for or offered', async () => {
    const config = await getConfig(ROOT, 'electron-builder.yml', null);
    expect(config.win?.target).toBe('nsis');
    expect(config.win?.requestedExecutionLevel ?? 'asInvoker').toBe('asInvoker');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, language: '1044' });
    expect(config.nsis?.selectPerMachineByDefault ?? false).toBe(false);
    expect(config.nsis?.installerLanguages).toEqual(['nb_NO', 'en_US']);
    // The NSIS include writes to the install's own hive (HKCU for a per-user install), never HKLM.
    const include = nsisInclude(config);
    expect(include).toMatch(/!macro customInstall[\s\S]*!macroend/);
    expect(include).toMatch(/!macro customUnInstall[\s\S]*!macroend/);
    expect(include).not.toMatch(/\bHKLM\b|HKEY_LOCAL_MACHINE/);
    expect(
      [...include].every((c) => c.charCodeAt(0) < 128),
      'the NSIS include is ASCII',
    ).toBe(true);
  });

  it('associates .digisos.json where the platform can, without taking over .json', async () => {
    const config = await getConfig(ROOT, 'electron-builder.yml', null);
    // electron-builder would make the app the default for .json on Windows: no association there.
    expect(config.fileAssociations ?? []).toEqual([]);
    expect(config.win?.fileAssociations ?? []).toEqual([]);
    const include = nsisInclude(config);
    expect(include).toContain('WriteRegNone SHCTX "Software\\Classes\\.json\\OpenWithProgids"');
    expect(include, 'the default program for .json is left alone').not.toMatch(/Classes\\\.json"\s+""/);
    expect(config.mac?.fileAssociations).toEqual([
      { ext: 'json', name: 'Digisos Klar-arbeidsområde', role: 'Editor', rank: 'Alternate' },
    ]);
    expect(config.linux?.fileAssociations).toEqual([
      {
        ext: 'digisos.json',
        name: 'Digisos Klar-arbeidsområde',
        description: 'Digisos Klar-arbeidsområde',
        mimeType: 'application/x-digisos-klar+json',
      },
    ]);
  });

  // `electron-builder --linux deb` stops with "Please specify project homepage" (app-builder-lib
  // FpmTarget) without one. The values are placeholders on the reserved `.invalid` domain until
  // the project has a real homepage and contact (see the closing note of issue 8).
  it('gives the deb the homepage and maintainer electron-builder demands', async () => {
    const config = await getConfig(ROOT, 'electron-builder.yml', null);
    const extra = config.extraMetadata as { homepage?: string } | null | undefined;
    expect(PACKAGE.homepage ?? extra?.homepage).toMatch(/^https:\/\//);
    expect(config.linux?.maintainer).toEqual(expect.any(String));
  });
});
