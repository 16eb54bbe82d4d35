import type { Api } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Built by the preload from the contract (or, in the browser suite, by the test harness). */
    readonly api: Api;
  }
}

/** The renderer's only door to the main process. */
export function getApi(): Api {
  return window.api;
}
