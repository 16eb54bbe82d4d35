import { useEffect, useEffectEvent, useState } from 'react';
import { toCsv } from '../../../shared/exchange/csv';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import type { CsvKind } from '../../../shared/ipc/contract';
import type { Exchange, StoredDocument, Workspace } from '../../../shared/schema/workspace';
import { ViewHeader } from '../../components/ViewHeader';
import { today } from '../../hooks';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { CSV_KINDS_SHOWN, CSV_ROWS } from './csv-rows';
import { ImportFlow } from './ImportFlow';
import { exchangeTexts, type ExchangeTexts } from './texts';
import './exchange.css';

/** Files between laptops: export, import and merge, spreadsheets, and the log of every exchange. */
export function ExchangeView() {
  const texts = useTexts(exchangeTexts);
  const document = useAppStore((s) => s.document);
  const workspace = document?.workspace ?? null;

  return (
    <section aria-labelledby="exchange-title" className="exchange">
      <ViewHeader id="exchange-title" title={texts.title} lead={texts.lead} />
      {document && workspace ? (
        <>
          <ExportCard workspace={workspace} texts={texts} />
          <ImportFlow variant="exchange" />
          <CsvCard document={document} workspace={workspace} texts={texts} />
          <ExchangeLog exchanges={workspace.exchanges} texts={texts} />
        </>
      ) : (
        <ImportFlow variant="welcome" />
      )}
    </section>
  );
}

type ExportOutcome =
  { kind: 'saved'; path: string; embedded: number; missing: string[]; included: boolean } | { kind: 'cancelled' };

function ExportCard({ workspace, texts }: { workspace: Workspace; texts: ExchangeTexts }) {
  const exportWorkspace = useAppStore((s) => s.exportWorkspace);
  const announce = useAppStore((s) => s.announce);
  const [include, setInclude] = useState(true);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const request = useAppStore((s) => s.request);
  const takeRequest = useAppStore((s) => s.takeRequest);

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await exportWorkspace({ includeAttachments: include });
    setBusy(false);
    if (!result.ok) return;
    const { path, embedded, missing } = result.value;
    if (path === null) {
      setOutcome({ kind: 'cancelled' });
      announce(texts.exportCancelled);
    } else {
      setOutcome({ kind: 'saved', path, embedded, missing, included: include });
      announce(texts.exportedAnnounced);
    }
  };

  // The menu's "Eksporter arbeidsområdet…": the save dialog, with the choice as it stands here.
  const startRequested = useEffectEvent(() => {
    if (!busy) void run();
  });
  useEffect(() => {
    if (request?.kind !== 'export' || !takeRequest(['export'])) return;
    // Started once the view that shows it has been committed, not during that commit.
    void Promise.resolve().then(startRequested);
  }, [request, takeRequest]);

  return (
    <section className="card" aria-labelledby="exchange-export-title">
      <h2 id="exchange-export-title">{texts.exportTitle}</h2>
      <p>{texts.exportLead}</p>
      <div className="exchange__check">
        <input
          id="exchange-include-attachments"
          type="checkbox"
          checked={include}
          aria-describedby="exchange-include-attachments-hint"
          onChange={(event) => setInclude(event.target.checked)}
        />
        <div>
          <label htmlFor="exchange-include-attachments">{texts.includeAttachments(workspace.attachments.length)}</label>
          <p id="exchange-include-attachments-hint" className="field__hint">
            {texts.includeAttachmentsHint}
          </p>
        </div>
      </div>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void run()}>
        {busy ? texts.exporting : texts.exportButton}
      </button>
      {outcome?.kind === 'cancelled' ? <p className="exchange__note">{texts.exportCancelled}</p> : null}
      {outcome?.kind === 'saved' ? (
        <div className="exchange__note exchange__note--done">
          <p className="exchange__path">{texts.exportedTo(outcome.path)}</p>
          <p>{outcome.included ? texts.embedded(outcome.embedded) : texts.attachmentsLeftOut}</p>
          {outcome.missing.length > 0 ? (
            <>
              <p>{texts.missing}</p>
              <ul>
                {outcome.missing.map((name, index) => (
                  <li key={index}>{name}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

type CsvOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' };

function CsvCard({
  document,
  workspace,
  texts,
}: {
  document: StoredDocument;
  workspace: Workspace;
  texts: ExchangeTexts;
}) {
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const exportCsv = useAppStore((s) => s.exportCsv);
  const announce = useAppStore((s) => s.announce);
  const [busy, setBusy] = useState<CsvKind | null>(null);
  const [outcome, setOutcome] = useState<CsvOutcome | null>(null);

  const run = async (kind: CsvKind) => {
    setBusy(kind);
    setOutcome(null);
    const day = today();
    const content = toCsv(CSV_ROWS[kind](document, { texts, domain, language, today: day }));
    const fileName = `${texts.csvFile[kind]} ${workspace.name} ${formatDate(day)}.csv`;
    const result = await exportCsv({ kind, fileName, content });
    setBusy(null);
    if (!result.ok) return;
    if (result.value.path === null) {
      setOutcome({ kind: 'cancelled' });
      announce(texts.csvCancelled);
    } else {
      setOutcome({ kind: 'saved', path: result.value.path });
      announce(texts.csvSavedAnnounced);
    }
  };

  return (
    <section className="card" aria-labelledby="exchange-csv-title">
      <h2 id="exchange-csv-title">{texts.csvTitle}</h2>
      <p>{texts.csvLead}</p>
      <ul className="exchange__buttons">
        {CSV_KINDS_SHOWN.map((kind) => (
          <li key={kind}>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run(kind)}>
              {busy === kind ? texts.working : texts.csv[kind]}
            </button>
          </li>
        ))}
      </ul>
      {outcome?.kind === 'saved' ? (
        <p className="exchange__note exchange__note--done exchange__path">{texts.csvSaved(outcome.path)}</p>
      ) : null}
      {outcome?.kind === 'cancelled' ? <p className="exchange__note">{texts.csvCancelled}</p> : null}
    </section>
  );
}

function ExchangeLog({ exchanges, texts }: { exchanges: readonly Exchange[]; texts: ExchangeTexts }) {
  // Newest first; entries of the same moment keep the order they were logged in, last first.
  const rows = [...exchanges].reverse().sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="card" aria-labelledby="exchange-log-title">
      <h2 id="exchange-log-title">{texts.logTitle}</h2>
      <p className="muted">{texts.logLead}</p>
      {rows.length === 0 ? (
        <p className="empty">{texts.logEmpty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">{texts.logCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.logColumns.at}</th>
                <th scope="col">{texts.logColumns.by}</th>
                <th scope="col">{texts.logColumns.kind}</th>
                <th scope="col">{texts.logColumns.file}</th>
                <th scope="col">{texts.logColumns.result}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className="exchange__when">
                    {formatDateTime(new Date(entry.at))}
                  </th>
                  <td>{entry.by.trim() || texts.notGiven}</td>
                  <td>{texts.logKinds[entry.kind]}</td>
                  <td className="exchange__path">{entry.fileName || texts.dash}</td>
                  <td>
                    {entry.kind === 'merge'
                      ? texts.logMerge(entry.taken, entry.conflicts, entry.keptMine, entry.tookTheirs)
                      : texts.dash}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
