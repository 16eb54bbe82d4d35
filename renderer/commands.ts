import type { AppCommand, AppView } from '../shared/ipc/app-events';

/** What a view is asked to start once it shows (see `AppState.request`). */
export type RequestKind = 'newWorkspace' | 'import' | 'export' | 'openedFile';

export interface CommandRoute {
  view: AppView;
  request: RequestKind | null;
}

/**
 * Where each command of the main process (menu, opened files) takes the user. The compiler
 * refuses a command without a route; test/electron/menu-template.test.ts checks every menu item
 * has one.
 */
export const COMMAND_ROUTES: Readonly<Record<AppCommand, CommandRoute>> = {
  // Offered only while there is no workspace: every view then shows the welcome screen.
  newWorkspace: { view: 'dashboard', request: 'newWorkspace' },
  import: { view: 'exchange', request: 'import' },
  export: { view: 'exchange', request: 'export' },
  exportPdf: { view: 'documents', request: null },
  openedFile: { view: 'exchange', request: 'openedFile' },
  'goTo:dashboard': { view: 'dashboard', request: null },
  'goTo:municipalities': { view: 'municipalities', request: null },
  'goTo:checklist': { view: 'checklist', request: null },
  'goTo:plan': { view: 'plan', request: null },
  'goTo:agreements': { view: 'agreements', request: null },
  'goTo:costs': { view: 'costs', request: null },
  'goTo:dpia': { view: 'dpia', request: null },
  'goTo:ros': { view: 'ros', request: null },
  'goTo:emergency': { view: 'emergency', request: null },
  'goTo:documents': { view: 'documents', request: null },
  'goTo:exchange': { view: 'exchange', request: null },
  'goTo:settings': { view: 'settings', request: null },
};
