import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { useAppStore } from '../../renderer/store/app-store';
import { createCommandBus } from '../../shared/ipc/app-events';
import type { ImportPreview } from '../../shared/ipc/contract';
import { emptyDocument } from '../../shared/schema/workspace';
import { NOW } from '../support/fixtures';
import { documentWithWorkspace, installFakeApi, session } from './fake-api';

/** `window.appEvents` as the preload builds it; `send` is what the main process does. */
function installAppEvents() {
  const bus = createCommandBus();
  Object.defineProperty(window, 'appEvents', { value: { onCommand: bus.onCommand }, configurable: true });
  return { send: (command: string) => act(() => void bus.deliver({ command })) };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'appEvents');
});

const preview: ImportPreview = {
  kind: 'preview',
  token: 't-1',
  fileName: 'Digisos Vest.digisos.json',
  mode: 'replace',
  source: 'export',
  workspaceName: 'Digisos Vest',
  myWorkspaceName: 'Digisos Follo',
  exportedBy: 'Per',
  exportedAt: NOW.toISOString(),
  appVersion: '0.1.0',
  migratedFrom: null,
  changes: [],
  attachments: { mode: 'embedded', count: 0 },
  municipalities: [],
  alreadyImported: false,
  baseKnown: false,
  takenCount: 0,
  taken: [],
  conflicts: [],
};

describe('commands from the menu', () => {
  it('go to their view and put the focus at its top', async () => {
    const events = installAppEvents();
    installFakeApi({ loadSession: async () => ({ ok: true, value: session(documentWithWorkspace()) }) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    events.send('goTo:costs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kostnader' })).toBeTruthy();
    expect(document.activeElement?.id).toBe('main');
    expect(screen.getByRole('button', { name: 'Kostnader' }).getAttribute('aria-current')).toBe('page');
  });

  it('ignore a payload that is not a command', async () => {
    const events = installAppEvents();
    installFakeApi({ loadSession: async () => ({ ok: true, value: session(documentWithWorkspace()) }) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    events.send('goTo:nowhere');
    expect(useAppStore.getState().view).toBe('dashboard');
    expect(useAppStore.getState().commandSeq).toBe(0);
  });

  it('start the import once, and a file the OS opened without asking for a path', async () => {
    const events = installAppEvents();
    const api = installFakeApi({
      loadSession: async () => ({ ok: true, value: session(documentWithWorkspace()) }),
      pickImport: async () => ({ ok: true, value: preview }),
      previewOpenedFile: async () => ({ ok: true, value: { ...preview, token: 't-2' } }),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    events.send('import');
    expect(await screen.findByRole('heading', { name: 'Erstatt arbeidsområdet med «Digisos Vest»' })).toBeTruthy();
    expect(api.pickImport).toHaveBeenCalledTimes(1);

    events.send('openedFile');
    await waitFor(() => expect(api.previewOpenedFile).toHaveBeenCalledTimes(1));
    expect(api.previewOpenedFile).toHaveBeenCalledWith({});
    expect(api.pickImport).toHaveBeenCalledTimes(1);
    expect(useAppStore.getState().request).toBeNull();
  });

  it('say nothing when the opened file has already been shown', async () => {
    const events = installAppEvents();
    const api = installFakeApi({
      loadSession: async () => ({ ok: true, value: session(documentWithWorkspace()) }),
      previewOpenedFile: async () => ({ ok: true, value: { kind: 'cancelled' } }),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    events.send('openedFile');
    await waitFor(() => expect(api.previewOpenedFile).toHaveBeenCalled());
    await screen.findByRole('heading', { level: 1, name: 'Utveksling' });
    expect(screen.queryByText('Ingen fil ble valgt.')).toBeNull();
  });

  it('hold a file opened before the app had loaded until it has', async () => {
    const events = installAppEvents();
    let finishLoading: () => void = () => {};
    const api = installFakeApi({
      loadSession: () =>
        new Promise((resolve) => {
          finishLoading = () => resolve({ ok: true, value: session(emptyDocument('0.1.0', NOW)) });
        }),
      previewOpenedFile: async () => ({ ok: true, value: { ...preview, mode: 'new', myWorkspaceName: null } }),
    });
    events.send('openedFile');
    render(<App />);
    expect(api.previewOpenedFile).not.toHaveBeenCalled();
    await act(async () => finishLoading());
    expect(await screen.findByRole('heading', { name: 'Importer «Digisos Vest»' })).toBeTruthy();
    expect(api.previewOpenedFile).toHaveBeenCalledTimes(1);
  });

  it('«Nytt arbeidsområde…» focuses the welcome screen’s name field', async () => {
    const events = installAppEvents();
    installFakeApi({
      loadSession: async () => ({ ok: true, value: session(emptyDocument('0.1.0', NOW)) }),
      listBackups: async () => ({
        ok: true,
        value: { folder: '/b', keptFolder: '/b/k', backupsToKeep: 10, backups: [] },
      }),
    });
    render(<App />);
    await screen.findByRole('heading', { name: 'Velkommen til Digisos Klar' });
    events.send('goTo:settings');
    await screen.findByRole('heading', { level: 1, name: 'Innstillinger' });
    events.send('newWorkspace');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Navn på arbeidsområdet')));
  });

  it('leave no export waiting when there is no workspace to export', async () => {
    const events = installAppEvents();
    installFakeApi({ loadSession: async () => ({ ok: true, value: session(emptyDocument('0.1.0', NOW)) }) });
    render(<App />);
    await screen.findByRole('heading', { name: 'Velkommen til Digisos Klar' });
    events.send('export');
    expect(useAppStore.getState().request).toBeNull();
  });

  it('forget a waiting request when the user goes elsewhere', () => {
    useAppStore.getState().runCommand('import');
    expect(useAppStore.getState().request).toMatchObject({ kind: 'import' });
    useAppStore.getState().setView('plan');
    expect(useAppStore.getState().request).toBeNull();
  });
});
