import { describe, expect, it, vi } from 'vitest';
import {
  APP_COMMANDS,
  APP_VIEWS,
  commandOf,
  createCommandBus,
  EVENT_CHANNEL,
  isAppCommand,
} from '../../../shared/ipc/app-events';
import { CHANNELS } from '../../../shared/ipc/channels';

describe('the commands of the main process', () => {
  it('has one channel, apart from the invoke channels', () => {
    expect(EVENT_CHANNEL).toMatch(/^[a-z]+:[a-z][A-Za-z]+$/);
    expect(Object.values(CHANNELS)).not.toContain(EVENT_CHANNEL);
  });

  it('lists each command once, with a go-to for every view', () => {
    expect(new Set(APP_COMMANDS).size).toBe(APP_COMMANDS.length);
    for (const view of APP_VIEWS) expect(APP_COMMANDS).toContain(`goTo:${view}`);
    expect(APP_COMMANDS).toEqual(
      expect.arrayContaining(['newWorkspace', 'import', 'export', 'exportPdf', 'openedFile']),
    );
  });

  it.each([
    ['a known command', { command: 'import' }, 'import'],
    ['a go-to', { command: 'goTo:ros' }, 'goTo:ros'],
    ['an unknown command', { command: 'deleteEverything' }, null],
    ['a go-to of no view', { command: 'goTo:elsewhere' }, null],
    ['a bare string', 'import', null],
    ['null', null, null],
    ['an array', ['import'], null],
    ['an extra key', { command: 'import', path: '/etc/passwd' }, null],
    ['a command that is not a string', { command: ['import'] }, null],
    ['an inherited name', { command: 'toString' }, null],
  ])('reads %s', (_case, payload, expected) => {
    expect(commandOf(payload)).toBe(expected);
  });

  it('knows its commands', () => {
    expect(isAppCommand('exportPdf')).toBe(true);
    expect(isAppCommand('about')).toBe(false);
  });
});

describe('the preload’s command bus', () => {
  it('passes checked commands to every listener, and nothing else', () => {
    const bus = createCommandBus();
    const one = vi.fn();
    const two = vi.fn();
    bus.onCommand(one);
    const stop = bus.onCommand(two);
    expect(bus.deliver({ command: 'export' })).toBe(true);
    expect(bus.deliver({ command: 'rm -rf' })).toBe(false);
    stop();
    bus.deliver({ command: 'goTo:plan' });
    expect(one.mock.calls).toEqual([['export'], ['goTo:plan']]);
    expect(two.mock.calls).toEqual([['export']]);
  });

  it('keeps commands that come before the page listens, for its first listener', () => {
    const bus = createCommandBus();
    bus.deliver({ command: 'openedFile' });
    bus.deliver({ command: 'nonsense' });
    const first = vi.fn();
    bus.onCommand(first);
    expect(first.mock.calls).toEqual([['openedFile']]);
    const second = vi.fn();
    bus.onCommand(second);
    expect(second).not.toHaveBeenCalled();
  });

  it('keeps only the last twenty while nobody listens', () => {
    const bus = createCommandBus();
    for (let i = 0; i < 30; i++) bus.deliver({ command: i < 29 ? 'goTo:plan' : 'openedFile' });
    const listener = vi.fn();
    bus.onCommand(listener);
    expect(listener).toHaveBeenCalledTimes(20);
    expect(listener.mock.calls.at(-1)).toEqual(['openedFile']);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => createCommandBus().onCommand('x' as unknown as () => void)).toThrow(TypeError);
  });
});
