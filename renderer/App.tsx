import { useEffect, useRef } from 'react';
import { APP_VIEWS } from '../shared/ipc/app-events';
import { getAppEvents } from './api';
import { CreateWorkspace } from './features/workspace/CreateWorkspace';
import { MunicipalitiesView } from './features/municipalities/MunicipalitiesView';
import { SettingsView } from './features/settings/SettingsView';
import { DashboardView } from './features/dashboard/DashboardView';
import { ChecklistView } from './features/checklist/ChecklistView';
import { PlanView } from './features/plan/PlanView';
import { AgreementsView } from './features/agreements/AgreementsView';
import { CostsView } from './features/costs/CostsView';
import { DpiaView } from './features/dpia/DpiaView';
import { RosView } from './features/ros/RosView';
import { EmergencyView } from './features/emergency/EmergencyView';
import { DocumentsView } from './features/documents/DocumentsView';
import { ExchangeView } from './features/exchange/ExchangeView';
import { Notices } from './components/Notices';
import { useT } from './i18n';
import { useAppStore, type View } from './store/app-store';

const VIEWS: readonly View[] = APP_VIEWS;

function CurrentView({ view, hasWorkspace }: { view: View; hasWorkspace: boolean }) {
  if (view === 'settings') return <SettingsView />;
  if (!hasWorkspace) return <CreateWorkspace />;
  switch (view) {
    case 'dashboard':
      return <DashboardView />;
    case 'municipalities':
      return <MunicipalitiesView />;
    case 'checklist':
      return <ChecklistView />;
    case 'plan':
      return <PlanView />;
    case 'agreements':
      return <AgreementsView />;
    case 'costs':
      return <CostsView />;
    case 'dpia':
      return <DpiaView />;
    case 'ros':
      return <RosView />;
    case 'emergency':
      return <EmergencyView />;
    case 'documents':
      return <DocumentsView />;
    case 'exchange':
      return <ExchangeView />;
  }
}

export function App() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const language = useAppStore((s) => s.document?.settings.language ?? 'nb');
  const readOnly = useAppStore((s) => s.readOnly);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const announcement = useAppStore((s) => s.announcement);
  const load = useAppStore((s) => s.load);
  const runCommand = useAppStore((s) => s.runCommand);
  const commandSeq = useAppStore((s) => s.commandSeq);
  const request = useAppStore((s) => s.request);
  const takeRequest = useAppStore((s) => s.takeRequest);
  const focusedSeq = useRef(0);

  useEffect(() => {
    void load();
  }, [load]);

  // The menu's commands (and files the OS opened): each goes to its view; see renderer/commands.ts.
  useEffect(() => getAppEvents()?.onCommand(runCommand), [runCommand]);

  // After a command the keyboard focus is at the top of the view it went to, not left on
  // whatever was focused before; a view that starts something moves it on from there.
  useEffect(() => {
    if (commandSeq === 0 || focusedSeq.current === commandSeq || status !== 'ready') return;
    focusedSeq.current = commandSeq;
    document.getElementById('main')?.focus();
  }, [commandSeq, status]);

  // "Nytt arbeidsområde…": the welcome screen's name field.
  useEffect(() => {
    if (request?.kind !== 'newWorkspace' || status !== 'ready') return;
    const field = document.getElementById('workspace-name');
    if (field && takeRequest(['newWorkspace'])) field.focus();
  }, [request, status, takeRequest]);

  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : language === 'nn' ? 'nn' : 'nb';
    document.title = workspace ? `${workspace.name} – ${t.appName}` : t.appName;
  }, [language, workspace, t.appName]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.common.skipToContent}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            D
          </span>
          <span className="brand__name">{t.appName}</span>
        </div>
        {workspace ? <p className="sidebar__workspace">{workspace.name}</p> : null}
        {readOnly ? <p className="sidebar__badge">{t.notices.readOnly}</p> : null}
        <nav aria-label={t.nav.label}>
          <ul>
            {VIEWS.filter((v) => workspace || v === 'settings').map((v) => (
              <li key={v}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={view === v ? 'page' : undefined}
                  onClick={() => setView(v)}
                >
                  {t.nav[v]}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="main" tabIndex={-1}>
        <Notices />
        {status === 'loading' ? <p className="loading">{t.common.loading}</p> : null}
        {status === 'failed' ? <p className="loading">{t.errors.loadFailed}</p> : null}
        {status === 'ready' ? <CurrentView view={view} hasWorkspace={workspace !== null} /> : null}
      </main>
      <div className="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
