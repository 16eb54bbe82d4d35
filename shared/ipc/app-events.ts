/**
 * What the main process tells the renderer, declared once: the one event channel and the
 * commands it carries (menu choices, and a file the OS opened with the app). The preload
 * imports only this file, so it stays free of any schema library; it checks every payload
 * against the command list before the page sees it.
 */

/** The channel of `webContents.send(EVENT_CHANNEL, { command })`. */
export const EVENT_CHANNEL = 'app:command';

/** The app's views, in the order of the sidebar. */
export const APP_VIEWS = [
  'dashboard',
  'municipalities',
  'checklist',
  'plan',
  'agreements',
  'costs',
  'dpia',
  'ros',
  'emergency',
  'documents',
  'exchange',
  'settings',
] as const;
export type AppView = (typeof APP_VIEWS)[number];

export type GoToCommand = `goTo:${AppView}`;

/**
 * - `newWorkspace`: the welcome screen's name field (only offered while there is no workspace);
 * - `import`: the import flow's file dialog; `export`: the export's save dialog;
 * - `exportPdf`: the Documents view; `goTo:<view>`: that view;
 * - `openedFile`: the OS opened a file with the app — preview it (main holds the path).
 */
export type AppCommand = 'newWorkspace' | 'import' | 'export' | 'exportPdf' | 'openedFile' | GoToCommand;

export const APP_COMMANDS: readonly AppCommand[] = [
  'newWorkspace',
  'import',
  'export',
  'exportPdf',
  'openedFile',
  ...APP_VIEWS.map((view): GoToCommand => `goTo:${view}`),
];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}

/** The event's payload. */
export interface CommandEvent {
  command: AppCommand;
}

/** The command of a payload shaped exactly `{ command }` with a known command; null for anything else. */
export function commandOf(payload: unknown): AppCommand | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const keys = Object.keys(payload);
  if (keys.length !== 1 || keys[0] !== 'command') return null;
  const command = (payload as { command: unknown }).command;
  return isAppCommand(command) ? command : null;
}

/** `window.appEvents`, as the preload exposes it. */
export interface AppEvents {
  /** Calls `listener` with every command from now on; returns the function that stops it. */
  onCommand: (listener: (command: AppCommand) => void) => () => void;
}

/** How many commands wait for a listener at most (the oldest go first). */
const MAX_WAITING = 20;

/**
 * The preload's side of the channel: checks each payload, and holds the commands that arrive
 * before the page has subscribed (a file opened at start-up comes before React has mounted)
 * until the first listener comes.
 */
export function createCommandBus(): AppEvents & { deliver: (payload: unknown) => boolean } {
  const listeners = new Set<(command: AppCommand) => void>();
  const waiting: AppCommand[] = [];
  return {
    deliver(payload) {
      const command = commandOf(payload);
      if (command === null) return false;
      if (listeners.size === 0) {
        waiting.push(command);
        if (waiting.length > MAX_WAITING) waiting.shift();
      } else for (const listener of [...listeners]) listener(command);
      return true;
    },
    onCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
      listeners.add(listener);
      for (const command of waiting.splice(0)) listener(command);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
