/**
 * The application menu: `electron/services/menu-template.ts` decides what is in it; this turns
 * that data into Electron's menu. A command goes to the renderer over `EVENT_CHANNEL`; an
 * action runs in the main process.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { EVENT_CHANNEL, type AppCommand, type CommandEvent } from '../shared/ipc/app-events';
import {
  menuTemplate,
  type MainAction,
  type MenuEntry,
  type MenuInput,
  type MenuRole,
  type MenuSection,
} from './services/menu-template';

// Every role of ours is one of Electron's: the compiler says so here.
type ElectronRole = NonNullable<MenuItemConstructorOptions['role']>;
const asRole = (role: MenuRole | 'help' | 'window' | 'services'): ElectronRole => role satisfies ElectronRole;

export interface MenuTargets {
  /** Sends a command to the window's page (if there is a window). */
  send: (command: AppCommand) => void;
  actions: Record<MainAction, () => void>;
}

/** Sends one command to a page, in the shape the preload checks. */
export function sendCommand(contents: { send: (channel: string, payload: CommandEvent) => void }, command: AppCommand) {
  contents.send(EVENT_CHANNEL, { command });
}

function toItem(entry: MenuEntry, targets: MenuTargets): MenuItemConstructorOptions {
  if (entry.kind === 'separator') return { type: 'separator' };
  const base = { id: entry.id, label: entry.label, ...(entry.accelerator ? { accelerator: entry.accelerator } : {}) };
  switch (entry.kind) {
    case 'command':
      return { ...base, enabled: entry.enabled, click: () => targets.send(entry.command) };
    case 'action':
      return { ...base, click: () => targets.actions[entry.action]() };
    case 'role':
      return { ...base, role: asRole(entry.role) };
    case 'submenu':
      return entry.role
        ? { ...base, role: asRole(entry.role) }
        : { ...base, submenu: entry.items.map((item) => toItem(item, targets)) };
  }
}

/** Electron's template for the menu data. */
export function electronTemplate(sections: readonly MenuSection[], targets: MenuTargets): MenuItemConstructorOptions[] {
  return sections.map((section) => ({
    id: section.id,
    label: section.label,
    ...(section.role ? { role: asRole(section.role) } : {}),
    submenu: section.items.map((item) => toItem(item, targets)),
  }));
}

/**
 * Keeps the application menu in step with the data folder: built at start, and built again
 * when whether there is a workspace, whether it is read-only or the user's language changes.
 */
export function applicationMenu(
  base: Pick<MenuInput, 'platform' | 'devTools'>,
  targets: MenuTargets,
): { update: (state: Omit<MenuInput, 'platform' | 'devTools'>) => void } {
  let current: string | null = null;
  return {
    update(state) {
      const key = `${state.hasWorkspace}/${state.readOnly}/${state.language}`;
      if (key === current) return;
      current = key;
      Menu.setApplicationMenu(Menu.buildFromTemplate(electronTemplate(menuTemplate({ ...base, ...state }), targets)));
    },
  };
}
