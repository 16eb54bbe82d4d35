import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanView } from '../../renderer/features/plan/PlanView';
import { useAppStore } from '../../renderer/store/app-store';
import { catalogueItem } from '../../shared/catalogue/checklist';
import type { Municipality } from '../../shared/schema/workspace';
import { bergenForm } from '../support/fixtures';
import { documentOf, entry, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi } from './fake-api';

/** Wednesday 6 May 2026; the connection date below is 20 days later, Tuesday 26 May. */
const TODAY = new Date(2026, 4, 6, 10, 0);
const CONNECTION = '2026-05-26';

const textOf = (id: string) => {
  const item = catalogueItem(id);
  if (!item) throw new Error(`no catalogue item ${id}`);
  return item.text.nb;
};

function showPlan(change: (m: Municipality) => Municipality) {
  const workspace = withMunicipality(workspaceWith([bergenForm]), 0, change);
  const document = documentOf(workspace);
  document.settings.userName = 'Kari Nordmann';
  useAppStore.setState({ document, status: 'ready', view: 'plan' });
  render(<PlanView />);
}

const planned = (m: Municipality): Municipality => ({
  ...m,
  plannedConnectionDate: CONNECTION,
  batch: 'Pulje 7',
  checklist: [
    // Set by hand long before anything else is due, so it heads the list of overdue items.
    entry('privacy.dpia', { dueDate: '2025-10-01' }),
    entry('decision.start-project', { status: 'done', completedAt: '2026-01-10', completedBy: 'Kari Nordmann' }),
  ],
});

describe('the connection plan', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TODAY);
  });
  afterEach(() => vi.useRealTimers());

  it('sums up the connection date with its weekday, the days left and the batch', () => {
    installFakeApi({});
    showPlan(planned);
    const summary = screen.getByRole('heading', { level: 1, name: 'Påkoblingsplan' }).closest('section')!;
    const facts = within(summary).getByLabelText('Sammendrag');
    expect(facts.textContent).toContain('tirsdag 26.05.2026, om 20 dager');
    expect(facts.textContent).toContain('Pulje 7');
  });

  it('lists the video-meeting window two to one weeks before the connection, with the items due in it', () => {
    installFakeApi({});
    showPlan(planned);
    const table = screen.getByRole('table', { name: 'Milepælene i planen og punktene med frist i hver periode' });
    const header = within(table)
      .getByText(/^Ca\. 1–2 uker før: konfigurering mot FIKS/)
      .closest('th')!;
    expect(header.textContent).toContain('12.05.2026 – 19.05.2026');
    const period = within(header.closest('tbody')!);
    const meeting = period.getByRole('rowheader', { name: textOf('plan.video-meeting') }).closest('tr')!;
    expect(meeting.textContent).toContain('16.05.2026');
    expect(meeting.textContent).toContain('fra planen i håndboken');
  });

  it('warns about an item whose due date has passed, and not about one that is done', () => {
    installFakeApi({});
    showPlan(planned);
    const warning = screen.getByRole('region', { name: 'Frister som haster' });
    expect(warning.textContent).toMatch(/\d+ punkter er forfalt/);
    const first = within(warning).getAllByRole('listitem')[0]!;
    expect(first.textContent).toContain(textOf('privacy.dpia'));
    expect(first.textContent).toContain('Forfalt');
    expect(first.textContent).toContain('frist 01.10.2025');
    expect(warning.textContent).not.toContain(textOf('decision.start-project'));
  });

  it('draws the timeline as an image with a label that says what it shows', () => {
    installFakeApi({});
    showPlan(planned);
    const chart = screen.getByRole('img', { name: /^Tidslinje fra .* Påkobling 26\.05\.2026\./ });
    expect(chart.getAttribute('aria-label')).toContain('I dag er 06.05.2026.');
    expect(chart.querySelectorAll('.timeline__marker').length).toBeGreaterThan(10);
  });

  it('copies the e-mail to Digisos, addressed and naming the municipality, and says so', async () => {
    const api = installFakeApi({ copyText: async () => ({ ok: true, value: {} }) });
    showPlan(planned);
    await userEvent.click(screen.getByRole('button', { name: 'Kopier e-posten: E-post til Digisos' }));
    expect(api.copyText).toHaveBeenCalledTimes(1);
    const { text } = api.copyText.mock.calls[0]![0] as { text: string };
    expect(text).toMatch(/^Til: digisos@nav\.no\nEmne: Bergen kommune har koblet seg på/);
    expect(text).toContain('koblet seg på digital søknad om økonomisk sosialhjelp 26.05.2026');
    expect(text).toContain('Kari Nordmann');
    expect(useAppStore.getState().announcement).toBe('Kopiert til utklippstavlen');
  });

  it('without a connection date, says so, leads to where it is set, and still offers the drafts', async () => {
    installFakeApi({});
    showPlan((m) => m);
    expect(screen.getByText(/Bergen kommune har ingen planlagt påkoblingsdato ennå/)).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Meldinger etter påkobling' })).toBeTruthy();
    expect(screen.getByText(/plassholdere i \[hakeparenteser\]/)).toBeTruthy();
    expect((screen.getAllByLabelText('Tekst')[0] as HTMLTextAreaElement).value).toContain('[påkoblingsdato]');

    await userEvent.click(screen.getByRole('button', { name: 'Sett påkoblingsdatoen under Kommuner' }));
    expect(useAppStore.getState().view).toBe('municipalities');
    expect(useAppStore.getState().editing).toEqual({ id: 'm-1', section: 'profile' });
  });
});
