import { describe, expect, it } from 'vitest';
import {
  MENU_TEXTS,
  menuItems,
  menuTemplate,
  type MenuEntry,
  type MenuInput,
  type MenuSection,
} from '../../../electron/services/menu-template';
import { COMMAND_ROUTES } from '../../../renderer/commands';
import { en } from '../../../renderer/i18n/en';
import { nb } from '../../../renderer/i18n/nb';
import { nn } from '../../../renderer/i18n/nn';
import { LANGUAGES } from '../../../shared/domain/language';
import { APP_COMMANDS, APP_VIEWS } from '../../../shared/ipc/app-events';

const PLATFORMS = ['win32', 'linux', 'darwin'] as const;
const base: MenuInput = { platform: 'linux', language: 'nb', hasWorkspace: true, readOnly: false, devTools: false };
const menu = (patch: Partial<MenuInput> = {}) => menuTemplate({ ...base, ...patch });

type Labelled = Exclude<MenuEntry, { kind: 'separator' }>;
const labelled = (sections: MenuSection[]): Labelled[] =>
  menuItems(sections).filter((item): item is Labelled => item.kind !== 'separator');
const byId = (sections: MenuSection[], id: string): Labelled => {
  const item = labelled(sections).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};
const commands = (sections: MenuSection[]) =>
  labelled(sections).flatMap((item) => (item.kind === 'command' ? [item] : []));

/** An accelerator as the keyboard sees it on a platform: CmdOrCtrl resolved, modifiers in order. */
function keys(accelerator: string, platform: string): string {
  const parts = accelerator.split('+').map((p) => p.toLowerCase());
  const key = parts.pop()!;
  const modifiers = parts.map((m) => {
    if (m === 'cmdorctrl' || m === 'commandorcontrol') return platform === 'darwin' ? 'cmd' : 'ctrl';
    if (m === 'command') return 'cmd';
    if (m === 'control') return 'ctrl';
    if (m === 'option') return 'alt';
    return m;
  });
  return [...modifiers.sort(), key].join('+');
}

describe('the application menu', () => {
  it('is in Norwegian, with the usual menus in the usual order', () => {
    expect(menu().map((s) => s.label)).toEqual(['&Fil', '&Rediger', '&Vis', '&Hjelp']);
    const labels = labelled(menu()).map((i) => i.label);
    expect(labels).toEqual([
      'Nytt arbeidsområde…',
      'Importer arbeidsområde…',
      'Eksporter arbeidsområdet…',
      'Skriv ut / eksporter PDF…',
      'Avslutt',
      'Angre',
      'Gjør om',
      'Klipp ut',
      'Kopier',
      'Lim inn',
      'Merk alt',
      'Oversikt',
      'Kommuner',
      'Sjekkliste',
      'Påkoblingsplan',
      'Avtaler og vedtak',
      'Kostnader',
      'Personvern (PVK)',
      'ROS-analyse',
      'Beredskap og NKS',
      'Dokumenter',
      'Utveksling',
      'Innstillinger',
      'Zoom inn',
      'Zoom ut',
      'Faktisk størrelse',
      'Fullskjerm',
      'Om Digisos Klar',
      'Kilder…',
    ]);
    const english = /\b(File|Edit|View|Help|Undo|Redo|Cut|Copy|Paste|Select|Quit|Exit|About|Window|Settings)\b/;
    for (const platform of PLATFORMS) {
      for (const item of labelled(menu({ platform, devTools: true }))) expect(item.label).not.toMatch(english);
    }
  });

  it('names the views as the sidebar does, in each language', () => {
    const sidebar = { nb: nb.nav, nn: nn.nav, en: en.nav };
    for (const language of LANGUAGES) {
      for (const view of APP_VIEWS) expect(MENU_TEXTS[language].views[view]).toBe(sidebar[language][view]);
    }
  });

  it('speaks the language the user chose in the app', () => {
    expect(menu({ language: 'en' }).map((s) => s.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(byId(menu({ language: 'en' }), 'file.export').label).toBe('Export workspace…');
    expect(byId(menu({ language: 'en', platform: 'darwin' }), 'app.quit').label).toBe('Quit Digisos Klar');
    expect(byId(menu({ language: 'nn' }), 'edit.redo').label).toBe('Gjer om');
    expect(byId(menu({ language: 'nn' }), 'help.sources').label).toBe('Kjelder…');
    expect(byId(menu({ language: 'nn' }), 'view.municipalities').label).toBe('Kommunar');
    // The same items and keys whatever the language.
    for (const platform of PLATFORMS) {
      const shape = (m: MenuSection[]) => labelled(m).map((i) => `${i.id} ${i.accelerator ?? ''}`);
      expect(shape(menu({ platform, language: 'en' }))).toEqual(shape(menu({ platform, language: 'nb' })));
      expect(shape(menu({ platform, language: 'nn' }))).toEqual(shape(menu({ platform, language: 'nb' })));
    }
  });

  it('has a label for everything in every language, none of them blank', () => {
    for (const language of LANGUAGES) {
      for (const platform of PLATFORMS) {
        for (const item of labelled(menu({ platform, language, devTools: true }))) {
          expect(item.label.trim(), `${language} ${item.id}`).not.toBe('');
        }
      }
    }
  });

  it.each(PLATFORMS)('gives no two items the same keys on %s', (platform) => {
    const seen = new Map<string, string>();
    for (const item of labelled(menu({ platform, devTools: true }))) {
      if (!item.accelerator) continue;
      const pressed = keys(item.accelerator, platform);
      expect(seen.get(pressed), `${item.label} and ${seen.get(pressed)} share ${pressed}`).toBeUndefined();
      seen.set(pressed, item.label);
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it('keeps the text-editing shortcuts for the text fields and uses the common ones for files', () => {
    const m = menu({ platform: 'win32' });
    expect(byId(m, 'file.new').accelerator).toBe('CmdOrCtrl+N');
    expect(byId(m, 'file.import').accelerator).toBe('CmdOrCtrl+O');
    expect(byId(m, 'file.export').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byId(m, 'file.pdf').accelerator).toBe('CmdOrCtrl+P');
    for (const [id, role] of [
      ['edit.undo', 'undo'],
      ['edit.redo', 'redo'],
      ['edit.cut', 'cut'],
      ['edit.copy', 'copy'],
      ['edit.paste', 'paste'],
      ['edit.selectAll', 'selectAll'],
      ['view.zoomIn', 'zoomIn'],
      ['view.zoomOut', 'zoomOut'],
      ['view.resetZoom', 'resetZoom'],
      ['view.fullscreen', 'togglefullscreen'],
    ] as const) {
      expect(byId(m, id)).toMatchObject({ kind: 'role', role });
    }
    // No command of ours takes a key the text fields need.
    const editing = ['z', 'y', 'x', 'c', 'v', 'a'].map((k) => `ctrl+${k}`);
    for (const item of commands(m)) expect(editing).not.toContain(keys(item.accelerator ?? '', 'win32'));
  });

  it('reaches the first nine views with Ctrl+1…9 and the settings with Ctrl+,', () => {
    const m = menu();
    const numbered = APP_VIEWS.slice(0, 9).map((view) => byId(m, `view.${view}`).accelerator);
    expect(numbered).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `CmdOrCtrl+${n}`));
    expect(byId(m, 'view.settings').accelerator).toBe('CmdOrCtrl+,');
  });

  it('sends only commands the renderer has a route for, and offers every view', () => {
    for (const platform of PLATFORMS) {
      const sent = commands(menu({ platform })).map((item) => item.command);
      for (const command of sent) {
        expect(APP_COMMANDS).toContain(command);
        expect(COMMAND_ROUTES[command], command).toBeDefined();
      }
      for (const view of APP_VIEWS) expect(sent.filter((c) => c === `goTo:${view}`)).toHaveLength(1);
    }
    expect(Object.keys(COMMAND_ROUTES).sort()).toEqual([...APP_COMMANDS].sort());
  });

  it('offers a new workspace only while there is none, and nothing that changes data when read-only', () => {
    const empty = menu({ hasWorkspace: false });
    expect(byId(empty, 'file.new')).toMatchObject({ enabled: true });
    expect(byId(empty, 'file.import')).toMatchObject({ enabled: true });
    expect(byId(empty, 'file.export')).toMatchObject({ enabled: false });
    expect(byId(empty, 'file.pdf')).toMatchObject({ enabled: false });
    expect(byId(empty, 'view.checklist')).toMatchObject({ enabled: false });
    expect(byId(empty, 'view.settings')).toMatchObject({ enabled: true });

    const full = menu({ hasWorkspace: true });
    expect(byId(full, 'file.new')).toMatchObject({ enabled: false });
    expect(byId(full, 'file.export')).toMatchObject({ enabled: true });
    expect(byId(full, 'view.checklist')).toMatchObject({ enabled: true });

    const readOnly = menu({ hasWorkspace: true, readOnly: true });
    expect(byId(readOnly, 'file.import')).toMatchObject({ enabled: false });
    expect(byId(readOnly, 'file.export')).toMatchObject({ enabled: true });
    expect(byId(menu({ hasWorkspace: false, readOnly: true }), 'file.new')).toMatchObject({ enabled: false });
  });

  it('follows each platform’s habits', () => {
    const mac = menu({ platform: 'darwin' });
    expect(mac.map((s) => s.label)).toEqual(['Digisos Klar', '&Fil', '&Rediger', '&Vis', 'Vindu', '&Hjelp']);
    expect(mac[0]!.items.filter((i) => i.kind !== 'separator').map((i) => (i as Labelled).label)).toEqual([
      'Om Digisos Klar',
      'Innstillinger…',
      'Tjenester',
      'Skjul Digisos Klar',
      'Skjul andre',
      'Vis alle',
      'Avslutt Digisos Klar',
    ]);
    expect(byId(mac, 'app.settings')).toMatchObject({ command: 'goTo:settings', accelerator: 'CmdOrCtrl+,' });
    expect(byId(mac, 'file.close')).toMatchObject({ role: 'close', accelerator: 'Cmd+W' });
    expect(labelled(mac).some((i) => i.id === 'file.quit' || i.id === 'help.about' || i.id === 'view.settings')).toBe(
      false,
    );
    expect(byId(mac, 'edit.redo').accelerator).toBe('Cmd+Shift+Z');
    expect(byId(mac, 'view.fullscreen').accelerator).toBe('Ctrl+Cmd+F');
    expect(mac.find((s) => s.id === 'help')?.role).toBe('help');

    const windows = menu({ platform: 'win32' });
    expect(byId(windows, 'file.quit')).toMatchObject({ role: 'quit', label: 'Avslutt' });
    expect(byId(windows, 'file.quit').accelerator).toBeUndefined();
    expect(byId(windows, 'edit.redo').accelerator).toBe('Ctrl+Y');
    expect(byId(windows, 'view.fullscreen').accelerator).toBe('F11');

    const linux = menu({ platform: 'linux' });
    expect(byId(linux, 'file.quit').accelerator).toBe('Ctrl+Q');
    expect(byId(linux, 'edit.redo').accelerator).toBe('Ctrl+Shift+Z');
    for (const m of [windows, linux]) {
      expect(byId(m, 'help.about')).toMatchObject({ kind: 'action', action: 'about' });
      expect(m.some((s) => s.id === 'app' || s.id === 'window')).toBe(false);
    }
  });

  it('offers the developer tools only when asked (never in the installed app)', () => {
    expect(labelled(menu()).some((i) => i.id === 'view.devTools')).toBe(false);
    expect(byId(menu({ devTools: true }), 'view.devTools')).toMatchObject({ role: 'toggleDevTools' });
  });

  it('gives every item a unique id', () => {
    for (const platform of PLATFORMS) {
      const ids = labelled(menu({ platform, devTools: true })).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
