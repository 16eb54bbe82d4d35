/**
 * The window's size and place, remembered between starts: what was saved is checked against
 * the screens there are now (a laptop undocked from its second monitor must not open its
 * window off-screen), and anything that is not a sane rectangle is ignored.
 */

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is stored (electron-store, `vindu.json` in the data folder). */
export interface WindowState extends Rectangle {
  maximized: boolean;
}

/** Where and how big to open the window; no position means "let the OS centre it". */
export interface WindowPlacement {
  x: number | null;
  y: number | null;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

/** At least this much of the window (both ways, in pixels) must be on a screen, or it is centred again. */
const VISIBLE = 100;
/** Larger than any screen there is: a saved size beyond this is garbage. */
const LARGEST = 100_000;

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LARGEST;

/** A stored state as it was written, or null when it is not one (missing, edited by hand, another version). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isNumber(v.x) || !isNumber(v.y) || !isNumber(v.width) || !isNumber(v.height)) return null;
  if (v.width <= 0 || v.height <= 0) return null;
  return {
    x: Math.round(v.x),
    y: Math.round(v.y),
    width: Math.round(v.width),
    height: Math.round(v.height),
    maximized: v.maximized === true,
  };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** The size clamped to the minimum and to the screen (a screen smaller than the minimum wins). */
function fit(width: number, height: number, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(Math.max(width, MIN_SIZE.width), area.width),
    height: Math.min(Math.max(height, MIN_SIZE.height), area.height),
  };
}

function centred(area: Rectangle, width: number, height: number, maximized: boolean): WindowPlacement {
  const size = fit(width, height, area);
  return {
    x: area.x + Math.floor((area.width - size.width) / 2),
    y: area.y + Math.floor((area.height - size.height) / 2),
    ...size,
    maximized,
  };
}

/**
 * Where to open the window: the saved place if enough of it is on one of today's screens
 * (moved fully onto that screen and shrunk to fit it), else centred on the primary screen —
 * at the saved size if there is one, the default size otherwise. `workAreas` are the screens'
 * work areas (without task bar and dock); `primary` is the primary screen's.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rectangle[], primary?: Rectangle): WindowPlacement {
  const state = parseWindowState(saved);
  const screens = workAreas.filter((a) => isNumber(a.width) && isNumber(a.height) && a.width > 0 && a.height > 0);
  const main = primary ?? screens[0];
  if (!main) {
    return {
      x: null,
      y: null,
      width: Math.max(state?.width ?? DEFAULT_SIZE.width, MIN_SIZE.width),
      height: Math.max(state?.height ?? DEFAULT_SIZE.height, MIN_SIZE.height),
      maximized: state?.maximized ?? false,
    };
  }
  if (!state) return centred(main, DEFAULT_SIZE.width, DEFAULT_SIZE.height, false);

  let best: { area: Rectangle; shown: number } | null = null;
  for (const area of screens) {
    const o = overlap(state, area);
    const shown = o.width * o.height;
    if (o.width >= VISIBLE && o.height >= VISIBLE && (best === null || shown > best.shown)) best = { area, shown };
  }
  if (!best) return centred(main, state.width, state.height, state.maximized);

  const { area } = best;
  const size = fit(state.width, state.height, area);
  return {
    x: Math.min(Math.max(state.x, area.x), area.x + area.width - size.width),
    y: Math.min(Math.max(state.y, area.y), area.y + area.height - size.height),
    ...size,
    maximized: state.maximized,
  };
}

/**
 * The window's background before the page has painted, matching `--bg` in renderer/styles.css
 * for the OS theme: no white flash when a dark-mode user starts the app.
 */
export function windowBackground(dark: boolean): string {
  return dark ? '#14181d' : '#f4f5f7';
}

/**
 * Calls `save` once things have been quiet for `delayMs` (a window being dragged sends a move
 * event per pixel); `now` saves at once, instead of any save waiting (the window is closing).
 */
export function debounced(
  save: () => void,
  delayMs: number,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): { schedule: () => void; now: () => void } {
  let handle: unknown = null;
  return {
    schedule() {
      if (handle !== null) timers.clear(handle);
      handle = timers.set(() => {
        handle = null;
        save();
      }, delayMs);
    },
    now() {
      if (handle !== null) timers.clear(handle);
      handle = null;
      save();
    },
  };
}
