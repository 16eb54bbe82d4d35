import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/catalogue/checklist';
import { checklistRows } from '../../../shared/domain/checklist';
import { buildDashboard, municipalityReadiness, NO_FILTERS } from '../../../shared/domain/readiness';
import { bergenForm, osloForm } from '../../support/fixtures';
import { documentOf, entry, withMunicipality, workspaceWith } from '../../support/workspace-builder';

const TODAY = '2026-11-23';
const [first, second, third] = CATALOGUE.filter((i) => i.requirement === 'required' && i.actor === 'each');

describe('readiness', () => {
  it('counts every catalogue item for a municipality on its own, and nothing done at first', () => {
    const workspace = workspaceWith([bergenForm]);
    const m = workspace.municipalities[0]!;
    const readiness = municipalityReadiness(m, checklistRows(m, workspace.cooperation, TODAY), TODAY);
    expect(readiness.overall).toEqual({ done: 0, total: CATALOGUE.length, percent: 0 });
    expect(readiness.unowned).toBe(CATALOGUE.length);
  });

  it('counts done items, leaves "not relevant" out, and rounds down', () => {
    let workspace = workspaceWith([bergenForm]);
    workspace = withMunicipality(workspace, 0, (m) => ({
      ...m,
      checklist: [
        entry(first!.id, { status: 'done' }),
        entry(second!.id, { status: 'notRelevant', notRelevantReason: 'Gjelder ikke oss' }),
        entry(third!.id, { status: 'inProgress' }),
      ],
    }));
    const m = workspace.municipalities[0]!;
    const { overall } = municipalityReadiness(m, checklistRows(m, workspace.cooperation, TODAY), TODAY);
    const total = CATALOGUE.length - 1;
    expect(overall).toEqual({ done: 1, total, percent: Math.floor(100 / total) });
    expect(overall.percent).toBeLessThan(100);
  });

  it('does not count for a partner what the host does for it', () => {
    let workspace = workspaceWith([bergenForm, osloForm]);
    const [host, partner] = workspace.municipalities;
    workspace = {
      ...workspace,
      cooperation: { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: host!.id },
    };
    const rows = checklistRows(partner!, workspace.cooperation, TODAY);
    const own = CATALOGUE.filter((i) => i.actor === 'each').length;
    expect(municipalityReadiness(partner!, rows, TODAY).overall.total).toBe(own);
    expect(municipalityReadiness(host!, checklistRows(host!, workspace.cooperation, TODAY), TODAY).overall.total).toBe(
      CATALOGUE.length,
    );
  });

  it('finds overdue items and blockers from the planned connection date', () => {
    // Connection in five days: everything due before it is overdue or due soon.
    let workspace = workspaceWith([bergenForm]);
    workspace = withMunicipality(workspace, 0, (m) => ({ ...m, plannedConnectionDate: '2026-11-28' }));
    const dashboard = buildDashboard(documentOf(workspace), TODAY, NO_FILTERS, 'nb');
    const overdueIds = dashboard.overdue.map((r) => r.row.item.id);
    const expectOverdue = CATALOGUE.filter((i) => i.due !== null && i.due.days < -5).map((i) => i.id);
    expect(overdueIds.sort()).toEqual(expectOverdue.sort());
    expect(dashboard.blockers.length).toBeGreaterThan(0);
    for (const blocker of dashboard.blockers) {
      expect(blocker.row.item.requirement).toBe('required');
      expect(blocker.row.due.date! <= '2026-11-28').toBe(true);
    }
    expect(dashboard.nextMilestones[0]?.milestone.id).toBe('connectionDay');
  });

  it('filters by area, status, overdue, owner and text, across municipalities', () => {
    let workspace = workspaceWith([bergenForm, osloForm]);
    workspace = withMunicipality(workspace, 1, (m) => ({
      ...m,
      plannedConnectionDate: '2026-11-28',
      checklist: [entry(first!.id, { status: 'done', owner: { kind: 'person', name: 'Kari Nordmann' } })],
    }));
    const document = { ...documentOf(workspace), settings: { userName: 'kari nordmann', language: 'nb' as const } };
    const dash = (patch: Partial<typeof NO_FILTERS>) =>
      buildDashboard(document, TODAY, { ...NO_FILTERS, ...patch }, 'nb');

    expect(dash({}).matches).toHaveLength(CATALOGUE.length * 2);
    expect(dash({ mine: true }).matches.map((r) => r.row.item.id)).toEqual([first!.id]);
    expect(dash({ status: 'done' }).matches).toHaveLength(1);
    expect(dash({ status: 'open' }).matches).toHaveLength(CATALOGUE.length * 2 - 1);
    expect(
      dash({ area: first!.area, municipalityId: workspace.municipalities[0]!.id }).matches.every(
        (r) => r.row.item.area === first!.area,
      ),
    ).toBe(true);
    expect(dash({ overdue: true }).matches.every((r) => r.municipalityName === 'Oslo kommune')).toBe(true);
    const word = first!.text.nb.split(/\s+/).find((w) => w.length > 6) ?? first!.text.nb;
    expect(dash({ search: word.toUpperCase() }).matches.some((r) => r.row.item.id === first!.id)).toBe(true);
    expect(dash({ search: 'finnes-ikke-xyz' }).matches).toHaveLength(0);
  });

  it('adds the municipalities up for the workspace', () => {
    let workspace = workspaceWith([bergenForm, osloForm]);
    workspace = withMunicipality(workspace, 0, (m) => ({ ...m, checklist: [entry(first!.id, { status: 'done' })] }));
    const { workspace: total } = buildDashboard(documentOf(workspace), TODAY, NO_FILTERS, 'nb');
    expect(total.overall).toEqual({
      done: 1,
      total: CATALOGUE.length * 2,
      percent: Math.floor(100 / (CATALOGUE.length * 2)),
    });
  });
});
