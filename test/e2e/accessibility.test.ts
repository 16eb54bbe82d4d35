/**
 * The accessibility audit (issue 8, item 4): axe-core's WCAG 2.1 A and AA rules on every main
 * view in light and dark colours, the main flow walked with the keyboard alone, a visible focus
 * ring on everything the keyboard reaches, and the layout at 200 % zoom.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/checklist';
import { ROLES } from '../../shared/catalogue/roles';
import { exampleDocument } from '../../shared/example/example-workspace';
import { desktop, openStorage } from '../support/storage';
import { auditAccessibility, type Violation } from './axe';
import { VESTBY } from './flows';
import { useBrowserSuite, type AppHarness } from './harness';

const startApp = useBrowserSuite();

/** A data folder holding the example cooperation (Fjordvik hosting Lisund), as it looks after weeks of work. */
function exampleFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-a11y-'));
  openStorage(folder).save(exampleDocument(new Date()));
  return folder;
}

/** Opens a view from the navigation and waits until it is the current one. */
async function open(page: Page, view: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: view, exact: true }).click();
  await page.locator('nav [aria-current="page"]', { hasText: view }).waitFor();
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

/** A file on disk for the stand-in open dialog to pick. */
function fileToAttach(name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-a11y-file-')), name);
  fs.writeFileSync(file, '%PDF-1.4\n% signert kopi\n');
  return file;
}

/**
 * Every main view, and the parts of it that only show after a click: each step brings the app
 * (started on the example workspace) into one state to check. They run in this order.
 */
const STATES: ReadonlyArray<{ name: string; reach: (app: AppHarness) => Promise<void> }> = [
  {
    name: 'Oversikt',
    reach: async ({ page }) => {
      await open(page, 'Oversikt');
      await page.locator('main summary').first().waitFor();
    },
  },
  { name: 'Kommuner', reach: ({ page }) => open(page, 'Kommuner') },
  {
    name: 'Kommuner › rediger',
    reach: async ({ page }) => {
      await page.getByRole('button', { name: 'Rediger Fjordvik kommune' }).click();
      await page.getByLabel('Kommunenavn', { exact: true }).waitFor();
    },
  },
  {
    name: 'Kommuner › profil',
    reach: async ({ page }) => {
      await page.getByRole('button', { name: 'Profil for Fjordvik kommune' }).click();
      await page
        .getByRole('heading', { level: 2, name: /Fjordvik kommune/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'Sjekkliste › detaljer',
    reach: async ({ page }) => {
      await open(page, 'Sjekkliste');
      const toggle = page.getByRole('button', { name: `Detaljer om: ${CATALOGUE[0]!.text.nb}`, exact: true });
      await toggle.click();
      await page.getByRole('heading', { name: 'Historikk' }).first().waitFor();
    },
  },
  { name: 'Påkoblingsplan', reach: ({ page }) => open(page, 'Påkoblingsplan') },
  {
    name: 'Avtaler og vedtak (med vedlegg)',
    reach: async ({ page }) => {
      await open(page, 'Avtaler og vedtak');
      if ((await page.getByText('Vedtak DigiFin.pdf').count()) === 0) {
        desktop.nextPick = fileToAttach('Vedtak DigiFin.pdf');
        await page.getByRole('button', { name: /^Legg ved fil til vedtaket Fjordvik kommune slutter seg/ }).click();
        await page.getByText('Vedtak DigiFin.pdf').first().waitFor();
      }
    },
  },
  {
    name: 'Avtaler og vedtak › avtale',
    reach: async ({ page }) => {
      await page.getByRole('button', { name: 'Rediger Vilkår for påkobling til Digisos' }).click();
      await page.getByRole('heading', { name: /^Avtale 1: Vilkår for påkobling til Digisos/ }).waitFor();
    },
  },
  { name: 'Kostnader', reach: ({ page }) => open(page, 'Kostnader') },
  { name: 'Personvern (PVK)', reach: ({ page }) => open(page, 'Personvern (PVK)') },
  {
    name: 'ROS-analyse (matrisene)',
    reach: async ({ page }) => {
      await open(page, 'ROS-analyse');
      await page
        .getByRole('button', { name: /^Sannsynlighet .*Vis bare disse/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'ROS-analyse › ny risiko',
    reach: async ({ page }) => {
      await page.getByRole('button', { name: 'Ny risiko' }).click();
      await page.getByLabel('Uønsket hendelse', { exact: true }).waitFor();
    },
  },
  {
    name: 'Beredskap og NKS',
    reach: async ({ page }) => {
      await open(page, 'Beredskap og NKS');
      await page.getByRole('button', { name: /^Marker som gjort: steg 1/ }).waitFor();
    },
  },
  {
    name: 'Beredskap og NKS › loggføring som mangler felt',
    reach: async ({ page }) => {
      await page.getByLabel('Hva skjedde', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Legg til i loggen' }).click();
      await page.getByText('Noe må rettes før det kan lagres. Se feltene som er merket.').first().waitFor();
    },
  },
  {
    name: 'Dokumenter › signaturfelt',
    reach: async ({ page }) => {
      await open(page, 'Dokumenter');
      await page.getByLabel('Tegn signaturen').check();
      await page.getByRole('img', { name: 'Tegneflate for signatur' }).waitFor();
    },
  },
  { name: 'Utveksling', reach: ({ page }) => open(page, 'Utveksling') },
  {
    name: 'Innstillinger › sikkerhetskopier',
    reach: async ({ page }) => {
      await open(page, 'Innstillinger');
      if ((await page.getByRole('cell', { name: 'Manuell' }).count()) === 0) {
        await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
        await page.getByRole('cell', { name: 'Manuell' }).waitFor();
      }
    },
  },
];

/** Whether the element a locator names has the keyboard focus now (false when it is not there). */
async function isFocused(locator: Locator): Promise<boolean> {
  if ((await locator.count()) !== 1) return false;
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until the element is focused: proof that the keyboard reaches it.
 * Fails after `max` presses.
 */
async function tabTo(page: Page, locator: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const max = options.max ?? 60;
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? 'nothing');
  throw new Error(`Not reached with ${max} presses of Tab: ${locator.toString()} (focus is on ${focused})`);
}

interface FocusCheck {
  kind: string;
  name: string;
  outline: string;
  boxShadow: string;
  /** The lowest contrast of the ring against what is painted around it, or null when it has none. */
  contrast: number | null;
}

/**
 * How the focused element shows its focus: the outline (or box-shadow) and its contrast against
 * what is actually painted just outside the element, sampled on all four sides where the ring is.
 */
function inspectFocus(): FocusCheck | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const parse = (colour: string): [number, number, number, number] | null => {
    const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(colour);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const luminance = ([r, g, b]: number[]): number => {
    const [R, G, B] = [r!, g!, b!].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  /** The colour painted at a point beneath the ring: backgrounds from the top down, blended until opaque. */
  const backdrop = (x: number, y: number): number[] | null => {
    const stack = document.elementsFromPoint(x, y).filter((e) => e !== element && !element.contains(e));
    if (stack.length === 0) return null;
    let colour = [0, 0, 0];
    let remaining = 1;
    for (const layer of stack) {
      const bg = parse(getComputedStyle(layer).backgroundColor);
      if (!bg || bg[3] === 0) continue;
      colour = colour.map((c, i) => c + bg[i]! * bg[3] * remaining);
      remaining *= 1 - bg[3];
      if (remaining < 0.01) break;
    }
    const page = parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1];
    return colour.map((c, i) => c + page[i]! * remaining);
  };
  const style = getComputedStyle(element);
  const outlineWidth = parseFloat(style.outlineWidth);
  const hasOutline = style.outlineStyle !== 'none' && outlineWidth >= 2;
  const shadow = style.boxShadow !== 'none' ? parse(style.boxShadow) : null;
  const ring = hasOutline ? parse(style.outlineColor) : shadow;
  const describe = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
  const kind = element.tagName.toLowerCase() + (element instanceof HTMLInputElement ? `[type=${element.type}]` : '');
  let contrast: number | null = null;
  if (ring) {
    const rect = element.getBoundingClientRect();
    const reach = hasOutline ? Math.max(0, parseFloat(style.outlineOffset)) + outlineWidth / 2 : 1;
    const points: Array<[number, number]> = [
      [rect.left + rect.width / 2, rect.top - reach],
      [rect.left + rect.width / 2, rect.bottom + reach],
      [rect.left - reach, rect.top + rect.height / 2],
      [rect.right + reach, rect.top + rect.height / 2],
    ];
    const ringLuminance = luminance(ring);
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const behind = backdrop(x, y);
      if (!behind) continue;
      const l = luminance(behind);
      const ratio = (Math.max(l, ringLuminance) + 0.05) / (Math.min(l, ringLuminance) + 0.05);
      contrast = contrast === null ? ratio : Math.min(contrast, ratio);
    }
  }
  return {
    kind,
    name: describe,
    outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    boxShadow: style.boxShadow,
    contrast,
  };
}

/**
 * What makes the page itself scroll sideways: the page's overflow, and every element reaching past
 * the window's right edge that no scroll container of its own (one that fits the window) clips.
 */
function horizontalOverflow(): { scrollWidth: number; clientWidth: number; offenders: string[] } {
  const limit = document.documentElement.clientWidth;
  const label = (e: Element): string =>
    e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.className ? `.${String(e.className).split(' ')[0]}` : '');
  const clipper = (element: Element): Element | null => {
    let escaping = getComputedStyle(element).position === 'absolute';
    for (let p = element.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      const clips = style.overflowX !== 'visible';
      if (escaping && style.position !== 'static') {
        escaping = false;
        if (clips) return p;
      } else if (!escaping && clips) return p;
      if (style.position === 'absolute') escaping = true;
    }
    return null;
  };
  const offenders: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= limit + 1 || getComputedStyle(element).position === 'fixed') continue;
    const box = clipper(element);
    if (!box || box.getBoundingClientRect().right > limit + 1) {
      offenders.push(`${label(element)} reaches ${Math.round(rect.right)} px (in ${label(element.parentElement!)})`);
    }
  }
  const root = document.scrollingElement!;
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, offenders: offenders.slice(0, 5) };
}

describe('accessibility (WCAG 2.1 AA) in Chromium', () => {
  it('finds no axe violations on any main view, in light and in dark colours', async () => {
    const app = await startApp({ folder: exampleFolder() });
    const { page } = app;
    const found: Record<string, Violation[]> = {};
    for (const state of STATES) {
      await page.emulateMedia({ colorScheme: 'light' });
      await state.reach(app);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await auditAccessibility(page);
        if (violations.length > 0) found[`${state.name} (${scheme})`] = violations;
      }
      if (state.name === 'ROS-analyse (matrisene)') await app.screenshot('a11y-mork-ros');
    }
    expect(found).toEqual({});
  });

  it('walks the main flow with the keyboard alone: workspace, municipality, checklist item, status report', async () => {
    const app = await startApp();
    const { page } = app;
    const nav = (view: string) => page.getByRole('navigation').getByRole('button', { name: view, exact: true });
    const item = CATALOGUE[0]!;
    const role = ROLES[0]!;

    // A workspace.
    await tabTo(page, page.getByLabel('Navn på arbeidsområdet'));
    await page.keyboard.type('Digisos Follo');
    await tabTo(page, page.getByRole('button', { name: 'Opprett arbeidsområde' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();

    // A municipality, field by field.
    await tabTo(page, nav('Kommuner'));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Legg til kommune' }));
    await page.keyboard.press('Enter');
    for (const [label, value] of Object.entries(VESTBY)) {
      await tabTo(page, page.getByLabel(label, { exact: true }));
      await page.keyboard.type(value);
    }
    await tabTo(page, page.getByRole('button', { name: 'Lagre', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();

    // The first checklist item: status with the arrow keys, then the owner in its details.
    await tabTo(page, nav('Sjekkliste'), { max: 80 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sjekkliste' }).waitFor();
    const status = page.getByLabel(`Status for: ${item.text.nb}`, { exact: true });
    await tabTo(page, status);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.inputValue()).toBe('inProgress');
    await tabTo(page, page.getByRole('button', { name: `Detaljer om: ${item.text.nb}`, exact: true }));
    await page.keyboard.press('Enter');
    const owner = page.getByLabel('Ansvarlig', { exact: true });
    await tabTo(page, owner);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => owner.inputValue()).toBe(`role:${role.id}`);
    await tabTo(page, page.locator('.check-details').getByRole('button', { name: 'Lagre', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByText(`Ansvarlig: ${role.title.nb}`, { exact: true }).waitFor();

    // The status report, saved where the stand-in save dialog says.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-a11y-report-'));
    const out = path.join(dir, 'Statusrapport Vestby.pdf');
    desktop.nextSavePath = out;
    await tabTo(page, nav('Dokumenter'), { max: 80, backwards: true });
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Statusrapport for Vestby kommune' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'PDF-en er lagret' }).waitFor();

    const stored = app.readDocument() as {
      workspace: {
        name: string;
        municipalities: Array<{
          name: string;
          checklist: Array<{ itemId: string; status: string; owner: { kind: string; role?: string } | null }>;
        }>;
      };
    };
    expect(stored.workspace.name).toBe('Digisos Follo');
    expect(stored.workspace.municipalities.map((m) => m.name)).toEqual(['Vestby kommune']);
    expect(stored.workspace.municipalities[0]!.checklist.find((e) => e.itemId === item.id)).toMatchObject({
      status: 'inProgress',
      owner: { kind: 'role', role: role.id },
    });
    expect(fs.readFileSync(out).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Vestby kommune');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows a focus ring of at least 2 px with 3:1 contrast on everything the keyboard reaches', async () => {
    const app = await startApp({ folder: exampleFolder() });
    const { page } = app;
    const failures: Array<FocusCheck & { where: string }> = [];
    const kinds = new Set<string>();
    /** Tabs through `presses` stops from where focus is, checking each. */
    const walk = async (where: string, presses: number) => {
      for (let i = 0; i < presses; i += 1) {
        await page.keyboard.press('Tab');
        const check = await page.evaluate(inspectFocus);
        if (!check) continue;
        kinds.add(check.kind);
        if (check.contrast === null || check.contrast < 3) failures.push({ where, ...check });
      }
    };
    /** Starts the keyboard from the top of the view's content (the skip link's target). */
    const fromContent = () => page.getByRole('main').evaluate((main) => main.focus());

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // From a fresh page, so that the first Tab lands on the skip link.
      await app.restart();
      await walk(`Oversikt, skip link and navigation (${scheme})`, 16);
      await fromContent();
      await walk(`Oversikt (${scheme})`, 12);

      await open(page, 'Kommuner');
      await page.getByRole('button', { name: 'Rediger Fjordvik kommune' }).click();
      await fromContent();
      await walk(`Kommuner › rediger (${scheme})`, 10);

      await open(page, 'Sjekkliste');
      await page.getByRole('button', { name: `Detaljer om: ${CATALOGUE[0]!.text.nb}`, exact: true }).click();
      await fromContent();
      await walk(`Sjekkliste (${scheme})`, 12);

      await open(page, 'ROS-analyse');
      await page
        .getByRole('button', { name: /^Sannsynlighet .*Vis bare disse/ })
        .first()
        .evaluate((cell) => (cell as HTMLElement).focus());
      await walk(`ROS-analyse, matrisene (${scheme})`, 6);

      await open(page, 'Personvern (PVK)');
      await fromContent();
      await walk(`Personvern (PVK) (${scheme})`, 8);

      await open(page, 'Dokumenter');
      await fromContent();
      await walk(`Dokumenter (${scheme})`, 16);
    }

    expect(failures).toEqual([]);
    for (const kind of ['a', 'button', 'select', 'input[type=text]', 'input[type=radio]', 'input[type=checkbox]']) {
      expect([...kinds], `focus checked on ${kind}`).toContain(kind);
    }
    expect([...kinds]).toEqual(expect.arrayContaining(['summary', 'textarea']));
  });

  it('reflows at 200 % zoom: no sideways scrolling of the page, tables scroll in their own box, navigation within reach', async () => {
    const app = await startApp({ folder: exampleFolder() });
    const { page } = app;
    // 1280 × 900 at 200 % lays out as 640 × 450 CSS pixels.
    await page.setViewportSize({ width: 640, height: 450 });
    const problems: Record<string, unknown> = {};
    for (const state of STATES) {
      await state.reach(app);
      const overflow = await page.evaluate(horizontalOverflow);
      if (overflow.scrollWidth > overflow.clientWidth + 1 || overflow.offenders.length > 0) {
        problems[state.name] = overflow;
      }
      const violations = await auditAccessibility(page);
      if (violations.length > 0) problems[`${state.name} (axe)`] = violations;
    }

    // The navigation is at the top, every entry inside the window, and it does not cover the content below.
    await page.evaluate(() => window.scrollTo(0, 0));
    const entries = page.getByRole('navigation').getByRole('button');
    for (const entry of await entries.all()) {
      const box = (await entry.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(640);
    }
    await open(page, 'Sjekkliste');
    await page.evaluate(() => window.scrollTo(0, 1200));
    // Scrolled down, the navigation has gone up with the page instead of covering any of the window.
    const covered = await page.evaluate(() =>
      [5, 225, 445].filter((y) => document.elementFromPoint(320, y)?.closest('.sidebar')),
    );
    expect(covered, 'heights at which the navigation covers the content').toEqual([]);

    // 400 % (320 CSS pixels, WCAG 1.4.10): the top of every view still reflows.
    await page.setViewportSize({ width: 320, height: 450 });
    for (const state of STATES) {
      await state.reach(app);
      const overflow = await page.evaluate(horizontalOverflow);
      if (overflow.scrollWidth > overflow.clientWidth + 1 || overflow.offenders.length > 0) {
        problems[`${state.name} at 320 px`] = overflow;
      }
    }
    expect(problems).toEqual({});

    await page.setViewportSize({ width: 640, height: 450 });
    await open(page, 'Oversikt');
    await app.screenshot('a11y-200-prosent-oversikt');
  });
});
