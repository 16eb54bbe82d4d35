/**
 * The whole app in a real browser: the built renderer (out/renderer) in Debian's Chromium,
 * with `window.api` wired through Playwright bindings to the very handler table the main
 * process registers — real services, real files in a temporary data folder. Only the
 * preload's mapping and `ipcMain.handle` are not exercised here (the contract test covers them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { DOCUMENT_FILE } from '../../electron/services/workspace-storage';
import { METHODS, type Handlers } from '../../shared/ipc/contract';
import { APP_COMMANDS, type AppCommand } from '../../shared/ipc/app-events';
import { desktop, handlersFor, openStorage } from '../support/storage';

const ORIGIN = 'http://digisos-klar.test';
const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** Where Chromium is: $CHROMIUM_PATH, or Debian's /usr/bin/chromium. Fails loudly when there is none. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      'The browser suite needs Chromium and found none. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the browser suite (npm test does).');
  }
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface StartOptions {
  /** The data folder (a new temporary one unless given). */
  folder?: string;
  now?: () => Date;
  /** The app is started by the OS to open this file (a double-click on a `.digisos.json`). */
  openedFile?: string;
}

/** One running "app": a page, a data folder, and the main process's handler table over it. */
export class AppHarness {
  readonly problems: string[] = [];
  private handlers: Handlers;

  private constructor(
    readonly page: Page,
    readonly folder: string,
    private readonly now: (() => Date) | undefined,
  ) {
    this.handlers = handlersFor(openStorage(folder), now);
  }

  /** Starts the app on a data folder (a new temporary one unless given). */
  static async start(browser: Browser, options: StartOptions = {}): Promise<AppHarness> {
    const folder = options.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-klar-e2e-'));
    const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'nb-NO' });
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    const harness = new AppHarness(page, folder, options.now);

    page.on('pageerror', (error) => harness.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') harness.problems.push(`console error: ${message.text()}`);
    });
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
      const file = path.join(RENDERER_DIR, relative);
      if (!file.startsWith(RENDERER_DIR) || !fs.existsSync(file)) {
        await route.fulfill({ status: 404, body: 'not found' });
        return;
      }
      await route.fulfill({
        status: 200,
        body: fs.readFileSync(file),
        headers: { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' },
      });
    });
    // Anything else the page asks for would be remote content: refuse it, and remember it.
    await context.route(/^(?!http:\/\/digisos-klar\.test\/)/, async (route) => {
      harness.problems.push(`remote request refused: ${route.request().url()}`);
      await route.abort();
    });
    await page.exposeFunction('__digisosInvoke', (method: string, input: unknown) =>
      dispatch(harness.handlers, method, input, { checkOutput: true }),
    );
    await page.addInitScript((methods: string[]) => {
      const invoke = (window as unknown as { __digisosInvoke: (m: string, i: unknown) => Promise<unknown> })
        .__digisosInvoke;
      const api = Object.fromEntries(methods.map((m) => [m, (input: unknown) => invoke(m, input)]));
      Object.defineProperty(window, 'api', { value: Object.freeze(api) });
    }, METHODS);
    // window.appEvents as the preload exposes it (shared/ipc/app-events.ts createCommandBus):
    // checked commands, held until the page listens. Tests send with `harness.command(…)`.
    await page.addInitScript((commands: readonly string[]) => {
      const listeners = new Set<(command: string) => void>();
      const waiting: string[] = [];
      const deliver = (payload: unknown): boolean => {
        if (typeof payload !== 'object' || payload === null) return false;
        const keys = Object.keys(payload);
        const command = (payload as { command?: unknown }).command;
        if (keys.length !== 1 || typeof command !== 'string' || !commands.includes(command)) return false;
        if (listeners.size === 0) waiting.push(command);
        else for (const listener of [...listeners]) listener(command);
        return true;
      };
      Object.defineProperty(window, '__digisosSendCommand', { value: deliver });
      Object.defineProperty(window, 'appEvents', {
        value: Object.freeze({
          onCommand(listener: (command: string) => void) {
            listeners.add(listener);
            for (const command of waiting.splice(0)) listener(command);
            return () => {
              listeners.delete(listener);
            };
          },
        }),
      });
    }, APP_COMMANDS);
    if (options.openedFile) {
      // Started by double-clicking a file: main queues it and tells the page as soon as it has
      // loaded — before React listens (the preload holds the command until it does).
      desktop.openedFiles.add(options.openedFile);
      await page.addInitScript(() => {
        (window as unknown as { __digisosSendCommand: (p: unknown) => boolean }).__digisosSendCommand({
          command: 'openedFile',
        });
      });
    }
    await page.goto(`${ORIGIN}/index.html`);
    await page.getByRole('main').waitFor();
    return harness;
  }

  /** Quits and starts the app again on the same data folder: fresh services, fresh page. */
  async restart(): Promise<void> {
    this.handlers = handlersFor(openStorage(this.folder), this.now);
    await this.page.reload();
    await this.page.getByRole('main').waitFor();
  }

  /** What the main process sends when a menu item is chosen: `{ command }` on the event channel. */
  async command(command: AppCommand): Promise<void> {
    const delivered = await this.page.evaluate(
      (payload) =>
        (window as unknown as { __digisosSendCommand: (p: unknown) => boolean }).__digisosSendCommand(payload),
      { command },
    );
    if (!delivered) throw new Error(`the page refused the command ${command}`);
  }

  /** The OS opens a file with the app (a double-click, a second start): queued in main, then the command. */
  async openFileFromOs(file: string): Promise<void> {
    desktop.openedFiles.add(file);
    await this.command('openedFile');
  }

  get documentPath(): string {
    return path.join(this.folder, DOCUMENT_FILE);
  }

  /** The document as it is on disk now. */
  readDocument(): Record<string, unknown> {
    return JSON.parse(fs.readFileSync(this.documentPath, 'utf8')) as Record<string, unknown>;
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    // The sidebar sticks to the window; in a full-page capture it would float mid-page.
    await this.page.evaluate(() => {
      const sidebar = document.querySelector<HTMLElement>('.sidebar');
      if (sidebar) {
        sidebar.style.position = 'static';
        sidebar.style.height = 'auto';
      }
    });
    await this.page.screenshot({ path: file, fullPage: true });
    await this.page.evaluate(() => {
      const sidebar = document.querySelector<HTMLElement>('.sidebar');
      sidebar?.style.removeProperty('position');
      sidebar?.style.removeProperty('height');
    });
    return file;
  }

  async close(): Promise<void> {
    await this.page.context().close();
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

/**
 * The hooks every browser suite needs: one Chromium per file, a fresh app per test, and after
 * each test a check that it left no console errors, page errors or remote requests. Returns
 * the function that starts the app.
 */
export function useBrowserSuite(): (options?: StartOptions) => Promise<AppHarness> {
  let browser: Browser | null = null;
  let current: AppHarness | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const problems = current?.problems ?? [];
    await current?.close();
    current = null;
    expect(problems, 'console errors, page errors or remote requests').toEqual([]);
  });
  return async (options = {}) => {
    if (!browser) throw new Error('The browser did not start.');
    current = await AppHarness.start(browser, options);
    return current;
  };
}
