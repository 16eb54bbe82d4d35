import { describe, expect, it } from 'vitest';
import { contactCentreDraft, digisosConnectedDraft } from '../../../shared/domain/messages';
import { bergenForm } from '../../support/fixtures';
import { workspaceWith } from '../../support/workspace-builder';

const bergen = () => workspaceWith([bergenForm]).municipalities[0]!;

describe('the after-connection messages', () => {
  it('drafts the e-mail to Digisos with the connection date and the upgrade status', () => {
    const m = {
      ...bergen(),
      plannedConnectionDate: '2026-06-05',
      caseSystemUpgrade: 'planned' as const,
      vendor: { name: 'Visma', product: 'Visma Flyt Sosial' },
    };
    const draft = digisosConnectedDraft(m, 'nb', 'Kari Nordmann');
    expect(draft.to).toBe('digisos@nav.no');
    expect(draft.subject).toBe('Bergen kommune har koblet seg på digital søknad om økonomisk sosialhjelp');
    expect(draft.body).toContain('koblet seg på digital søknad om økonomisk sosialhjelp 05.06.2026');
    expect(draft.body).toContain(
      'Fagsystem: Visma – Visma Flyt Sosial. Fagsystemet er ikke oppgradert ennå, men oppgraderingen er planlagt.',
    );
    expect(draft.body).toContain('org.nr. 964 338 531');
    expect(draft.body.endsWith('Kari Nordmann\nNAV Bergenhus')).toBe(true);
  });

  it('uses the date receiving went into production when there is one', () => {
    const m = {
      ...bergen(),
      plannedConnectionDate: '2026-06-05',
      capabilities: { ...bergen().capabilities, receiving: { state: 'inProduction' as const, since: '2026-06-08' } },
    };
    expect(contactCentreDraft(m, 'nb', 'Kari').body).toContain('på nav.no fra 08.06.2026');
  });

  it('leaves placeholders in brackets for what is not known yet', () => {
    const draft = digisosConnectedDraft(bergen(), 'nb', '');
    expect(draft.body).toContain('[påkoblingsdato]');
    expect(draft.body).toContain('[Fyll inn: Er fagsystemet oppgradert? Hvis ikke, er det planlagt?]');
    expect(draft.body).toContain('[navn]');
  });

  it('writes nynorsk when the user works in nynorsk', () => {
    const draft = contactCentreDraft({ ...bergen(), plannedConnectionDate: '2026-06-05' }, 'nn', 'Kari');
    expect(draft.to).toBe('nav.kontaktsenter.remedy@nav.no');
    expect(draft.body).toContain('Innbyggjarane i Bergen kommune kan søkje digitalt');
  });
});
