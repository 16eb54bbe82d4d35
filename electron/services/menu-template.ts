/**
 * The application menu, as plain data: labels in the app's language (bokmål first, nynorsk,
 * English — rebuilt when the user changes it), the usual accelerators, and what each
 * item does — an Electron role (text editing, zoom, quit), a command for the renderer (sent
 * over `EVENT_CHANNEL`), or an action of the main process (About, Sources). `electron/menu.ts`
 * turns it into a real menu; everything deciding what is in it lives here and is tested.
 *
 * The workspace: there is one per data folder. "Nytt arbeidsområde…" is therefore offered
 * only while there is none (it goes to the welcome screen's name field); with a workspace it
 * is greyed out — a second one needs a second data folder (DIGISOS_KLAR_DATA_DIR), and a
 * colleague's is brought in with "Importer arbeidsområde…" (import, replace or merge, asked).
 *
 * Edit: "Angre"/"Gjør om" are the text fields' own undo and redo (what was typed in the field
 * that has the focus). Changes the app has saved are not undone from the menu; the checklist
 * keeps their history and a merge has its own undo in Utveksling.
 */
import type { Language } from '../../shared/domain/language';
import { APP_VIEWS, type AppCommand, type AppView } from '../../shared/ipc/app-events';
import { APP_NAME } from './about';

/** The Electron roles the menu uses (each one a role of Electron's MenuItem). */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'quit'
  | 'close'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'minimize'
  | 'zoom'
  | 'front';

/** What the main process does itself (no renderer involved). */
export type MainAction = 'about' | 'sources';

interface Labelled {
  /** The item's id in the built menu (also how tests find it). */
  id: string;
  label: string;
  accelerator?: string;
}

export type MenuEntry =
  | (Labelled & { kind: 'command'; command: AppCommand; enabled: boolean })
  | (Labelled & { kind: 'action'; action: MainAction })
  | (Labelled & { kind: 'role'; role: MenuRole })
  | (Labelled & { kind: 'submenu'; role?: 'services'; items: MenuEntry[] })
  | { kind: 'separator' };

export interface MenuSection {
  id: string;
  /** `&` marks the letter that opens it with Alt on Windows and Linux (macOS drops it). */
  label: string;
  /** macOS gives the Help menu its search field, and the Window menu its window list. */
  role?: 'help' | 'window';
  items: MenuEntry[];
}

export interface MenuInput {
  platform: string;
  /** The user's language in the app (Innstillinger). */
  language: Language;
  /** Whether the data folder holds a workspace (most commands need one). */
  hasWorkspace: boolean;
  /** A data file from a newer version: nothing may change. */
  readOnly: boolean;
  /** Offer the developer tools (not in the installed app). */
  devTools: boolean;
}

const bokmal = {
  file: '&Fil',
  edit: '&Rediger',
  view: '&Vis',
  window: 'Vindu',
  help: '&Hjelp',
  newWorkspace: 'Nytt arbeidsområde…',
  import: 'Importer arbeidsområde…',
  export: 'Eksporter arbeidsområdet…',
  pdf: 'Skriv ut / eksporter PDF…',
  quit: 'Avslutt',
  quitApp: `Avslutt ${APP_NAME}`,
  close: 'Lukk vindu',
  undo: 'Angre',
  redo: 'Gjør om',
  cut: 'Klipp ut',
  copy: 'Kopier',
  paste: 'Lim inn',
  selectAll: 'Merk alt',
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  resetZoom: 'Faktisk størrelse',
  fullscreen: 'Fullskjerm',
  devTools: 'Utviklerverktøy',
  about: `Om ${APP_NAME}`,
  sources: 'Kilder…',
  settingsMac: 'Innstillinger…',
  services: 'Tjenester',
  hide: `Skjul ${APP_NAME}`,
  hideOthers: 'Skjul andre',
  unhide: 'Vis alle',
  minimize: 'Minimer',
  zoom: 'Zoom',
  front: 'Legg alle fremst',
  /** The views' names, as the sidebar shows them (test/electron/services/menu-template.test.ts compares). */
  views: {
    dashboard: 'Oversikt',
    municipalities: 'Kommuner',
    checklist: 'Sjekkliste',
    plan: 'Påkoblingsplan',
    agreements: 'Avtaler og vedtak',
    costs: 'Kostnader',
    dpia: 'Personvern (PVK)',
    ros: 'ROS-analyse',
    emergency: 'Beredskap og NKS',
    documents: 'Dokumenter',
    exchange: 'Utveksling',
    settings: 'Innstillinger',
  } satisfies Record<AppView, string>,
};
type MenuTexts = typeof bokmal;

/** The menu's labels; `&` marks the letter that opens a menu with Alt on Windows and Linux. */
export const MENU_TEXTS: Readonly<Record<Language, MenuTexts>> = {
  nb: bokmal,
  nn: {
    ...bokmal,
    redo: 'Gjer om',
    resetZoom: 'Faktisk storleik',
    devTools: 'Utviklarverktøy',
    sources: 'Kjelder…',
    settingsMac: 'Innstillingar…',
    services: 'Tenester',
    close: 'Lukk vindauge',
    window: 'Vindauge',
    views: {
      ...bokmal.views,
      municipalities: 'Kommunar',
      plan: 'Påkoplingsplan',
      agreements: 'Avtalar og vedtak',
      documents: 'Dokument',
      settings: 'Innstillingar',
    },
  },
  en: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    window: 'Window',
    help: '&Help',
    newWorkspace: 'New workspace…',
    import: 'Import workspace…',
    export: 'Export workspace…',
    pdf: 'Print / export PDF…',
    quit: 'Quit',
    quitApp: `Quit ${APP_NAME}`,
    close: 'Close window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    devTools: 'Developer tools',
    about: `About ${APP_NAME}`,
    sources: 'Sources…',
    settingsMac: 'Settings…',
    services: 'Services',
    hide: `Hide ${APP_NAME}`,
    hideOthers: 'Hide others',
    unhide: 'Show all',
    minimize: 'Minimise',
    zoom: 'Zoom',
    front: 'Bring all to front',
    views: {
      dashboard: 'Overview',
      municipalities: 'Municipalities',
      checklist: 'Checklist',
      plan: 'Connection plan',
      agreements: 'Agreements and decisions',
      costs: 'Costs',
      dpia: 'Privacy (DPIA)',
      ros: 'Risk analysis (ROS)',
      emergency: 'Emergency and NKS',
      documents: 'Documents',
      exchange: 'Exchange',
      settings: 'Settings',
    },
  },
};

const separator: MenuEntry = { kind: 'separator' };

function role(id: string, label: string, menuRole: MenuRole, accelerator?: string): MenuEntry {
  return { kind: 'role', id, label, role: menuRole, ...(accelerator ? { accelerator } : {}) };
}

function command(
  id: string,
  label: string,
  appCommand: AppCommand,
  enabled: boolean,
  accelerator?: string,
): Extract<MenuEntry, { kind: 'command' }> {
  return { kind: 'command', id, label, command: appCommand, enabled, ...(accelerator ? { accelerator } : {}) };
}

/** The whole menu bar for a platform and the state of the data folder. */
export function menuTemplate(input: MenuInput): MenuSection[] {
  const mac = input.platform === 'darwin';
  const windows = input.platform === 'win32';
  const { hasWorkspace, readOnly } = input;
  const t = MENU_TEXTS[input.language];

  const viewItem = (view: AppView, accelerator?: string) =>
    command(`view.${view}`, t.views[view], `goTo:${view}`, hasWorkspace || view === 'settings', accelerator);
  const settings = viewItem('settings', 'CmdOrCtrl+,');

  const sections: MenuSection[] = [];

  if (mac) {
    sections.push({
      id: 'app',
      label: APP_NAME,
      items: [
        role('app.about', t.about, 'about'),
        separator,
        { ...settings, id: 'app.settings', label: t.settingsMac },
        separator,
        { kind: 'submenu', id: 'app.services', label: t.services, role: 'services', items: [] },
        separator,
        role('app.hide', t.hide, 'hide', 'Cmd+H'),
        role('app.hideOthers', t.hideOthers, 'hideOthers', 'Cmd+Alt+H'),
        role('app.unhide', t.unhide, 'unhide'),
        separator,
        role('app.quit', t.quitApp, 'quit', 'Cmd+Q'),
      ],
    });
  }

  sections.push({
    id: 'file',
    label: t.file,
    items: [
      command('file.new', t.newWorkspace, 'newWorkspace', !hasWorkspace && !readOnly, 'CmdOrCtrl+N'),
      command('file.import', t.import, 'import', !readOnly, 'CmdOrCtrl+O'),
      // The workspace is saved on every change: Ctrl+S would suggest otherwise. Exporting writes
      // a copy to a file, which is what "Lagre som" (Shift) means everywhere.
      command('file.export', t.export, 'export', hasWorkspace, 'CmdOrCtrl+Shift+S'),
      separator,
      command('file.pdf', t.pdf, 'exportPdf', hasWorkspace, 'CmdOrCtrl+P'),
      ...(mac
        ? [separator, role('file.close', t.close, 'close', 'Cmd+W')]
        : // Windows closes with Alt+F4 (the window's own shortcut); Linux with Ctrl+Q.
          [separator, role('file.quit', t.quit, 'quit', windows ? undefined : 'Ctrl+Q')]),
    ],
  });

  sections.push({
    id: 'edit',
    label: t.edit,
    items: [
      role('edit.undo', t.undo, 'undo', 'CmdOrCtrl+Z'),
      role('edit.redo', t.redo, 'redo', mac ? 'Cmd+Shift+Z' : windows ? 'Ctrl+Y' : 'Ctrl+Shift+Z'),
      separator,
      role('edit.cut', t.cut, 'cut', 'CmdOrCtrl+X'),
      role('edit.copy', t.copy, 'copy', 'CmdOrCtrl+C'),
      role('edit.paste', t.paste, 'paste', 'CmdOrCtrl+V'),
      role('edit.selectAll', t.selectAll, 'selectAll', 'CmdOrCtrl+A'),
    ],
  });

  const views = APP_VIEWS.filter((view) => view !== 'settings');
  sections.push({
    id: 'view',
    label: t.view,
    items: [
      // The first nine views by number, as in a browser's tabs; Dokumenter has Ctrl+P.
      ...views.map((view, index) => viewItem(view, index < 9 ? `CmdOrCtrl+${index + 1}` : undefined)),
      ...(mac ? [] : [settings]),
      separator,
      role('view.zoomIn', t.zoomIn, 'zoomIn', 'CmdOrCtrl+Plus'),
      role('view.zoomOut', t.zoomOut, 'zoomOut', 'CmdOrCtrl+-'),
      role('view.resetZoom', t.resetZoom, 'resetZoom', 'CmdOrCtrl+0'),
      separator,
      role('view.fullscreen', t.fullscreen, 'togglefullscreen', mac ? 'Ctrl+Cmd+F' : 'F11'),
      ...(input.devTools
        ? [separator, role('view.devTools', t.devTools, 'toggleDevTools', mac ? 'Cmd+Alt+I' : 'Ctrl+Shift+I')]
        : []),
    ],
  });

  if (mac) {
    sections.push({
      id: 'window',
      label: t.window,
      role: 'window',
      items: [
        role('window.minimize', t.minimize, 'minimize', 'Cmd+M'),
        role('window.zoom', t.zoom, 'zoom'),
        separator,
        role('window.front', t.front, 'front'),
      ],
    });
  }

  sections.push({
    id: 'help',
    label: t.help,
    role: 'help',
    items: [
      // macOS has About in the app menu.
      ...(mac ? [] : [{ kind: 'action', id: 'help.about', label: t.about, action: 'about' } as const]),
      { kind: 'action', id: 'help.sources', label: t.sources, action: 'sources' },
    ],
  });

  return sections;
}

/** Every item of the menu, submenus included, in order. */
export function menuItems(sections: readonly MenuSection[]): MenuEntry[] {
  const all: MenuEntry[] = [];
  const walk = (items: readonly MenuEntry[]) => {
    for (const item of items) {
      all.push(item);
      if (item.kind === 'submenu') walk(item.items);
    }
  };
  for (const section of sections) walk(section.items);
  return all;
}
