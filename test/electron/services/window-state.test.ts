import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  debounced,
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  placeWindow,
  windowBackground,
} from '../../../electron/services/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
/** A second monitor to the right of the laptop. */
const right = { x: 1920, y: 0, width: 2560, height: 1400 };
/** A second monitor to the left, at negative coordinates (as Windows places it). */
const left = { x: -1680, y: 0, width: 1680, height: 1010 };

describe('where the window opens', () => {
  it('opens at 1280 × 860 in the middle of the primary screen the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ x: 320, y: 90, width: 1280, height: 860, maximized: false });
    expect(DEFAULT_SIZE).toEqual({ width: 1280, height: 860 });
  });

  it('centres on the primary screen even when it is not the first listed', () => {
    expect(placeWindow(undefined, [right, laptop], laptop)).toMatchObject({ x: 320, y: 90 });
  });

  it('comes back exactly where it was, on any screen, maximised or not', () => {
    const saved = { x: 2100, y: 120, width: 1500, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop, right])).toEqual(saved);
    expect(placeWindow({ x: -1500, y: 10, width: 1200, height: 800 }, [laptop, left])).toEqual({
      x: -1500,
      y: 10,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('is centred on the primary screen, at its saved size, when its monitor is gone', () => {
    const onRight = { x: 2100, y: 120, width: 1500, height: 900, maximized: false };
    expect(placeWindow(onRight, [laptop])).toEqual({ x: 210, y: 70, width: 1500, height: 900, maximized: false });
  });

  it('is pulled fully onto the screen it mostly shows on', () => {
    // Hanging over the right edge and the bottom, but mostly on the laptop's screen.
    expect(placeWindow({ x: 1200, y: 600, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 920,
      y: 340,
      width: 1000,
      height: 700,
      maximized: false,
    });
    // Straddling two screens: it goes to the one that shows more of it.
    expect(placeWindow({ x: 1700, y: 100, width: 1000, height: 700 }, [laptop, right])).toMatchObject({
      x: 1920,
      y: 100,
    });
  });

  it('is centred again when only a sliver of it would show', () => {
    expect(placeWindow({ x: 1880, y: 100, width: 1000, height: 700 }, [laptop])).toMatchObject({ x: 460, y: 170 });
  });

  it('shrinks to a smaller screen and never below the minimum size', () => {
    expect(placeWindow({ x: 0, y: 0, width: 2500, height: 1400 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(placeWindow({ x: 10, y: 10, width: 300, height: 200 }, [laptop])).toMatchObject({
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
    // A screen smaller than the minimum: the screen wins.
    const tiny = { x: 0, y: 0, width: 700, height: 500 };
    expect(placeWindow(undefined, [tiny])).toEqual({ x: 0, y: 0, width: 700, height: 500, maximized: false });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 5],
    ['a string', '{"x":1}'],
    ['an array', [1, 2, 3, 4]],
    ['a missing field', { x: 1, y: 2, width: 900 }],
    ['text for numbers', { x: '1', y: '2', width: '900', height: '700' }],
    ['NaN', { x: Number.NaN, y: 0, width: 900, height: 700 }],
    ['infinity', { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 700 }],
    ['a negative size', { x: 0, y: 0, width: -900, height: 700 }],
    ['a zero size', { x: 0, y: 0, width: 0, height: 0 }],
    ['an absurd place', { x: 1e12, y: 0, width: 900, height: 700 }],
  ])('ignores %s as a saved state', (_case, saved) => {
    expect(parseWindowState(saved)).toBeNull();
    expect(placeWindow(saved, [laptop])).toEqual({ x: 320, y: 90, width: 1280, height: 860, maximized: false });
  });

  it('takes only a real true as maximised, and rounds fractions', () => {
    expect(parseWindowState({ x: 1.4, y: 2.6, width: 900.5, height: 700, maximized: 'yes' })).toEqual({
      x: 1,
      y: 3,
      width: 901,
      height: 700,
      maximized: false,
    });
  });

  it('leaves the place to the OS when it knows no screens', () => {
    expect(placeWindow({ x: 5, y: 5, width: 1000, height: 700, maximized: true }, [])).toEqual({
      x: null,
      y: null,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(placeWindow(undefined, [{ x: 0, y: 0, width: 0, height: 0 }])).toMatchObject({ x: null, width: 1280 });
  });
});

describe('the window before the page paints', () => {
  it('has the page’s own background in light and dark mode (renderer/styles.css)', () => {
    const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../../renderer/styles.css'), 'utf8');
    const bg = (block: string) => /--bg:\s*(#[0-9a-f]{6})/i.exec(block)?.[1]?.toLowerCase();
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(windowBackground(false)).toBe(bg(css));
    expect(windowBackground(true)).toBe(bg(dark));
    expect(windowBackground(true)).not.toBe(windowBackground(false));
  });
});

describe('saving the window state', () => {
  it('saves once things are quiet, and at once when asked', () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn();
      const saver = debounced(save, 500);
      saver.schedule();
      vi.advanceTimersByTime(300);
      saver.schedule();
      vi.advanceTimersByTime(300);
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(200);
      expect(save).toHaveBeenCalledTimes(1);

      saver.schedule();
      saver.now();
      expect(save).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(1000);
      expect(save).toHaveBeenCalledTimes(2);
      saver.now();
      expect(save).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
