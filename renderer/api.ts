import type { Api } from '../shared/ipc/contract';
import type { AppEvents } from '../shared/ipc/app-events';

declare global {
  interface Window {
    /** Built by the preload from the contract (or, in the browser suite, by the test harness). */
    readonly api: Api;
    /** The menu's commands and files the OS opened, from the preload (or the harness); absent in component tests. */
    readonly appEvents?: AppEvents;
  }
}

/** The renderer's only door to the main process. */
export function getApi(): Api {
  return window.api;
}

/** What the main process tells the page (menu commands); null where nothing can (a plain browser). */
export function getAppEvents(): AppEvents | null {
  return window.appEvents ?? null;
}
