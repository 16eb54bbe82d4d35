import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MunicipalityForm } from '../../renderer/features/municipalities/MunicipalityForm';
import { useAppStore } from '../../renderer/store/app-store';
import { bergenForm } from '../support/fixtures';
import { documentWithWorkspace, installFakeApi } from './fake-api';

const labels: Record<keyof typeof bergenForm, string> = {
  name: 'Kommunenavn',
  number: 'Kommunenummer',
  orgNumber: 'Organisasjonsnummer',
  inhabitants: 'Innbyggertall',
  inhabitantsDate: 'Innbyggertall per dato',
  navUnit: 'NAV-kontor',
};

async function fill(values: Partial<typeof bergenForm>) {
  for (const [field, value] of Object.entries(values) as [keyof typeof bergenForm, string][]) {
    const input = screen.getByLabelText(labels[field]);
    await userEvent.clear(input);
    if (value) await userEvent.type(input, value);
  }
}

describe('the municipality form', () => {
  it('puts each error next to its field and does not call the main process', async () => {
    const api = installFakeApi({});
    useAppStore.setState({ document: documentWithWorkspace(), status: 'ready' });
    render(<MunicipalityForm municipality={null} others={[]} onDone={vi.fn()} />);
    await fill({ ...bergenForm, orgNumber: '123 456 789', inhabitants: '-1', inhabitantsDate: '30.02.2025' });
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));

    const org = screen.getByLabelText('Organisasjonsnummer');
    expect(org.getAttribute('aria-invalid')).toBe('true');
    expect(org.getAttribute('aria-describedby')).toContain('municipality-orgNumber-error');
    expect(document.getElementById('municipality-orgNumber-error')?.textContent).toContain(
      'kontrollsifferet stemmer ikke',
    );
    expect(document.getElementById('municipality-inhabitants-error')?.textContent).toContain('kan ikke være negativt');
    expect(document.getElementById('municipality-inhabitantsDate-error')?.textContent).toContain(
      'finnes ikke i kalenderen',
    );
    expect(screen.getByLabelText('Kommunenavn').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(org);
    expect(api.saveMunicipality).not.toHaveBeenCalled();
  });

  it('sends the form as typed and closes when the main process saved it', async () => {
    const saved = documentWithWorkspace();
    const api = installFakeApi({
      saveMunicipality: async () => ({ ok: true, value: { document: saved, municipalityId: 'm-1' } }),
    });
    useAppStore.setState({ document: documentWithWorkspace(), status: 'ready' });
    const onDone = vi.fn();
    render(<MunicipalityForm municipality={null} others={[]} onDone={onDone} />);
    await fill(bergenForm);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(api.saveMunicipality).toHaveBeenCalledWith({ id: null, form: bergenForm });
    expect(onDone).toHaveBeenCalled();
    expect(useAppStore.getState().announcement).toBe('Bergen kommune er lagret.');
  });

  it('shows the main process’s verdict on a field it refused', async () => {
    installFakeApi({
      saveMunicipality: async () => ({
        ok: false,
        error: { code: 'validation', fieldErrors: { number: 'number.duplicate' } },
      }),
    });
    useAppStore.setState({ document: documentWithWorkspace(), status: 'ready' });
    const onDone = vi.fn();
    render(<MunicipalityForm municipality={null} others={[]} onDone={onDone} />);
    await fill(bergenForm);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(document.getElementById('municipality-number-error')?.textContent).toContain(
      'har allerede dette kommunenummeret',
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
