import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { emptyDocument } from '../../shared/schema/workspace';
import { NOW } from '../support/fixtures';
import { documentWithWorkspace, installFakeApi, session } from './fake-api';

describe('the app shell', () => {
  it('greets a new user with the form to create a workspace', async () => {
    installFakeApi({ loadSession: async () => ({ ok: true, value: session(emptyDocument('0.1.0', NOW)) }) });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Velkommen til Digisos Klar' })).toBeTruthy();
    expect(screen.getByLabelText('Navn på arbeidsområdet')).toBeTruthy();
  });

  it('tells the user when the stored file was broken and a backup was restored', async () => {
    installFakeApi({
      loadSession: async () => ({
        ok: true,
        value: session(documentWithWorkspace(), {
          notices: [
            {
              kind: 'recoveredFromBackup',
              setAsideFile: 'arbeidsomrade.skadet-x.json',
              backupSavedAt: '2026-11-20T08:15:00.000Z',
            },
          ],
        }),
      }),
    });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('«arbeidsomrade.skadet-x.json»');
    expect(alert.textContent).toMatch(/lagret 20\.11\.2026 kl\. \d\d\.15/);
    await userEvent.click(screen.getByRole('button', { name: 'Lukk meldingen' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says plainly that a newer version’s file is read-only, and offers no way to save', async () => {
    installFakeApi({
      loadSession: async () => ({
        ok: true,
        value: session(emptyDocument('0.1.0', NOW), {
          readOnly: true,
          notices: [{ kind: 'newerVersion', version: 7 }],
        }),
      }),
    });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('nyere versjon av Digisos Klar (skjemaversjon 7)');
    expect((screen.getByRole('button', { name: 'Opprett arbeidsområde' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('speaks nynorsk when the user has chosen it', async () => {
    const document = documentWithWorkspace();
    document.settings.language = 'nn';
    installFakeApi({ loadSession: async () => ({ ok: true, value: session(document) }) });
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Innstillingar' })).toBeTruthy();
    expect(window.document.documentElement.lang).toBe('nn');
  });

  it('shows a clear message when a save is refused because the disk is full', async () => {
    installFakeApi({
      loadSession: async () => ({ ok: true, value: session(emptyDocument('0.1.0', NOW)) }),
      createWorkspace: async () => ({ ok: false, error: { code: 'diskFull' } }),
    });
    render(<App />);
    await userEvent.type(await screen.findByLabelText('Navn på arbeidsområdet'), 'Digisos Follo');
    await userEvent.click(screen.getByRole('button', { name: 'Opprett arbeidsområde' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Disken er full. Ingenting ble lagret');
    expect(screen.getByRole('heading', { name: 'Velkommen til Digisos Klar' })).toBeTruthy();
  });
});
