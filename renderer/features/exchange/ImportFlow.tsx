import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { formatDateTime } from '../../../shared/format/date';
import type { ImportPreview, OutputOf } from '../../../shared/ipc/contract';
import type { Exchange, Workspace } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { pathLabel, sideText, takenRecordNote, type LabelContext } from './labels';
import { exchangeTexts, type ExchangeTexts } from './texts';
import './exchange.css';

type Refused = Extract<ImportPreview, { kind: 'refused' }>;
type Preview = Extract<ImportPreview, { kind: 'preview' }>;
type Applied = OutputOf<'applyImport'>;
type Choice = 'mine' | 'theirs';

type Stage =
  | { kind: 'idle' }
  | { kind: 'note'; text: string }
  | { kind: 'refused'; refused: Refused }
  | { kind: 'preview'; preview: Preview }
  | { kind: 'applied'; applied: Applied; workspaceName: string }
  | { kind: 'undone' };

function when(iso: string | null, texts: ExchangeTexts): string {
  return iso === null ? texts.unknown : formatDateTime(new Date(iso));
}

/** The merge that "undo" would undo: the latest exchange that changed the workspace, if it was a merge. */
export function undoableMerge(workspace: Workspace | null): Exchange | null {
  const last = workspace?.exchanges.filter((e) => e.kind !== 'export').at(-1);
  return last?.kind === 'merge' && last.backupId !== null ? last : null;
}

/**
 * Picking a file to import and everything after: why it is refused, what it holds, the merge
 * with its conflicts to decide, the outcome, and undoing the last merge. Used by the exchange
 * view and, on an empty app, by the welcome screen (`variant: 'welcome'`).
 */
export function ImportFlow({ variant }: { variant: 'exchange' | 'welcome' }) {
  const texts = useTexts(exchangeTexts);
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const pickImport = useAppStore((s) => s.pickImport);
  const previewOpenedFile = useAppStore((s) => s.previewOpenedFile);
  const request = useAppStore((s) => s.request);
  const takeRequest = useAppStore((s) => s.takeRequest);
  const applyImport = useAppStore((s) => s.applyImport);
  const cancelImport = useAppStore((s) => s.cancelImport);
  const announce = useAppStore((s) => s.announce);
  const setView = useAppStore((s) => s.setView);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [busy, setBusy] = useState<'pick' | 'apply' | null>(null);
  const context: LabelContext = { texts, domain, language };
  const prefix = `import-${variant}`;
  const focusId = `${prefix}-outcome`;

  // Whatever the step shows next gets the keyboard focus, so nobody is left on a button that moved on.
  useEffect(() => {
    if (stage.kind !== 'idle' && stage.kind !== 'note') document.getElementById(focusId)?.focus();
  }, [stage, focusId]);

  const show = (preview: ImportPreview, quietIfNone: boolean) => {
    if (preview.kind === 'cancelled') {
      // Nothing waiting (the file was already shown): nothing to say.
      if (quietIfNone) return;
      setStage({ kind: 'note', text: texts.pickCancelled });
      announce(texts.pickCancelled);
    } else if (preview.kind === 'refused') {
      setStage({ kind: 'refused', refused: preview });
    } else {
      setStage({ kind: 'preview', preview });
    }
  };

  const pick = async () => {
    setBusy('pick');
    const result = await pickImport();
    setBusy(null);
    if (result.ok) show(result.value, false);
  };

  /** The file the OS opened with the app (double-click, "Open with"): previewed as if picked. */
  const previewOpened = async () => {
    setBusy('pick');
    const result = await previewOpenedFile();
    setBusy(null);
    if (result.ok) show(result.value, true);
  };

  // The menu's "Importer arbeidsområde…" and a file the OS opened: started here, once.
  const startRequested = useEffectEvent((kind: 'import' | 'openedFile') => {
    if (readOnly || busy !== null) return;
    void (kind === 'import' ? pick() : previewOpened());
  });
  useEffect(() => {
    if (request?.kind !== 'import' && request?.kind !== 'openedFile') return;
    const taken = takeRequest(['import', 'openedFile']);
    if (!taken || (taken.kind !== 'import' && taken.kind !== 'openedFile')) return;
    const kind = taken.kind;
    // Started once the view that shows it has been committed, not during that commit.
    void Promise.resolve().then(() => startRequested(kind));
  }, [request, takeRequest]);

  const apply = async (preview: Preview, choices: Record<string, Choice>): Promise<boolean> => {
    setBusy('apply');
    const result = await applyImport({ token: preview.token, choices });
    setBusy(null);
    if (!result.ok) return false;
    announce(result.value.mode === 'merge' ? texts.mergedAnnounced : texts.importedAnnounced(preview.workspaceName));
    // Started from the welcome screen: the new workspace opens on its overview (also when the
    // import came from the menu or a double-clicked file, which went through Utveksling).
    if (variant === 'welcome') setView('dashboard');
    else setStage({ kind: 'applied', applied: result.value, workspaceName: preview.workspaceName });
    return true;
  };

  const cancel = async (preview: Preview) => {
    await cancelImport(preview.token);
    setStage({ kind: 'note', text: texts.aborted });
    announce(texts.aborted);
  };

  const undone = () => {
    setStage({ kind: 'undone' });
    announce(texts.undoneAnnounced);
  };

  const lastMerge = variant === 'exchange' ? undoableMerge(workspace) : null;
  const showLastMerge =
    lastMerge !== null && (stage.kind === 'idle' || stage.kind === 'note' || stage.kind === 'undone');

  return (
    <section className="card exchange__import" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{variant === 'welcome' ? texts.welcomeTitle : texts.importTitle}</h2>
      <p>{variant === 'welcome' ? texts.welcomeLead : texts.importLead}</p>
      {readOnly && variant === 'exchange' ? <p className="muted">{texts.readOnly}</p> : null}
      <button
        type="button"
        className={variant === 'welcome' ? 'button' : 'button button--primary'}
        disabled={busy !== null || readOnly}
        onClick={() => void pick()}
      >
        {busy === 'pick' ? texts.picking : variant === 'welcome' ? texts.welcomeButton : texts.importButton}
      </button>

      {stage.kind === 'note' ? <p className="exchange__note">{stage.text}</p> : null}
      {stage.kind === 'refused' ? <RefusedPanel refused={stage.refused} texts={texts} focusId={focusId} /> : null}
      {stage.kind === 'preview' && stage.preview.mode !== 'merge' ? (
        <ImportPanel
          preview={stage.preview}
          texts={texts}
          busy={busy !== null}
          focusId={focusId}
          onImport={() => void apply(stage.preview, {})}
          onCancel={() => void cancel(stage.preview)}
        />
      ) : null}
      {stage.kind === 'preview' && stage.preview.mode === 'merge' ? (
        <MergePanel
          key={stage.preview.token}
          preview={stage.preview}
          texts={texts}
          context={context}
          busy={busy !== null}
          prefix={prefix}
          focusId={focusId}
          onFinish={(choices) => apply(stage.preview, choices)}
          onCancel={() => void cancel(stage.preview)}
        />
      ) : null}
      {stage.kind === 'applied' ? (
        <AppliedPanel
          applied={stage.applied}
          workspaceName={stage.workspaceName}
          merge={lastMerge}
          texts={texts}
          focusId={focusId}
          onUndone={undone}
        />
      ) : null}
      {stage.kind === 'undone' ? (
        <p id={focusId} className="exchange__note exchange__note--done" tabIndex={-1}>
          {texts.undone}
        </p>
      ) : null}
      {showLastMerge ? (
        <div className="exchange__last-merge">
          <h3>{texts.lastMergeTitle}</h3>
          <p>{texts.lastMerge(lastMerge.fileName || texts.unknown, when(lastMerge.at, texts))}</p>
          <UndoMerge merge={lastMerge} texts={texts} onUndone={undone} />
        </div>
      ) : null}
    </section>
  );
}

function RefusedPanel({ refused, texts, focusId }: { refused: Refused; texts: ExchangeTexts; focusId: string }) {
  const reason =
    refused.reason === 'newer' ? texts.reasons.newer(String(refused.version ?? '?')) : texts.reasons[refused.reason];
  return (
    <div className="exchange__panel exchange__refused" role="alert">
      <h3 id={focusId} tabIndex={-1}>
        {texts.refusedTitle(refused.fileName)}
      </h3>
      <p>{reason}</p>
      {refused.issues.length > 0 ? (
        <>
          <p>{texts.issuesTitle}</p>
          <ul className="exchange__issues">
            {refused.issues.map((issue, index) => (
              <li key={index}>
                {issue.path === '' ? (
                  issue.message
                ) : (
                  <>
                    <code>{issue.path}</code> — {issue.message}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="exchange__unchanged">{texts.nothingChanged}</p>
    </div>
  );
}

/** What the file holds: shown for a new or replacing import, and above a merge's decisions. */
function FileFacts({ preview, texts }: { preview: Preview; texts: ExchangeTexts }) {
  return (
    <>
      <dl className="exchange__facts">
        <dt>{texts.facts.file}</dt>
        <dd>{preview.fileName}</dd>
        <dt>{texts.facts.workspace}</dt>
        <dd>{preview.workspaceName}</dd>
        <dt>{texts.facts.municipalities}</dt>
        <dd>{preview.municipalities.length > 0 ? preview.municipalities.join(', ') : texts.none}</dd>
        <dt>{texts.facts.exportedBy}</dt>
        <dd>{preview.exportedBy.trim() || texts.notGiven}</dd>
        <dt>{texts.facts.exportedAt}</dt>
        <dd>{when(preview.exportedAt, texts)}</dd>
        <dt>{texts.facts.appVersion}</dt>
        <dd>{texts.appVersion(preview.appVersion)}</dd>
        <dt>{texts.facts.attachments}</dt>
        <dd>
          {preview.attachments.mode === 'omitted'
            ? texts.attachmentsOmitted
            : texts.attachmentsEmbedded(preview.attachments.count)}
        </dd>
      </dl>
      {preview.source === 'document' ? <p>{texts.dataFile}</p> : null}
      {preview.migratedFrom !== null ? (
        <>
          <p>{texts.migrated(preview.migratedFrom)}</p>
          <ul>
            {preview.changes.map((change, index) => (
              <li key={index}>{change}</li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.alreadyImported ? <p className="exchange__warning">{texts.alreadyImported}</p> : null}
    </>
  );
}

function ImportPanel({
  preview,
  texts,
  busy,
  focusId,
  onImport,
  onCancel,
}: {
  preview: Preview;
  texts: ExchangeTexts;
  busy: boolean;
  focusId: string;
  onImport: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="exchange__panel">
      <h3 id={focusId} tabIndex={-1}>
        {preview.mode === 'replace'
          ? texts.previewReplaceTitle(preview.workspaceName)
          : texts.previewNewTitle(preview.workspaceName)}
      </h3>
      {preview.mode === 'replace' ? (
        <p className="exchange__warning">
          {texts.replaceWarning(preview.myWorkspaceName ?? '', preview.workspaceName)}
        </p>
      ) : null}
      <FileFacts preview={preview} texts={texts} />
      <div className="actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={onImport}>
          {busy ? texts.working : texts.importConfirm}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </div>
  );
}

function MergePanel({
  preview,
  texts,
  context,
  busy,
  prefix,
  focusId,
  onFinish,
  onCancel,
}: {
  preview: Preview;
  texts: ExchangeTexts;
  context: LabelContext;
  busy: boolean;
  prefix: string;
  focusId: string;
  onFinish: (choices: Record<string, Choice>) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const mine = useAppStore((s) => s.document?.workspace ?? null);
  const { conflicts, taken } = preview;
  const left = conflicts.filter((c) => choices[c.id] === undefined).length;
  const leftId = `${prefix}-left`;
  const chooseAll = (choice: Choice) => setChoices(Object.fromEntries(conflicts.map((c) => [c.id, choice])));

  return (
    <div className="exchange__panel">
      <h3 id={focusId} tabIndex={-1}>
        {texts.mergeTitle(preview.workspaceName)}
      </h3>
      <p>{texts.mergeFrom(preview.exportedBy.trim() || texts.notGiven, when(preview.exportedAt, texts))}</p>
      <ul className="exchange__summary">
        <li>{texts.mergeTaken(preview.takenCount)}</li>
        <li>{texts.mergeConflicts(conflicts.length)}</li>
      </ul>
      <p className={preview.baseKnown ? 'muted' : 'exchange__warning'}>
        {preview.baseKnown ? texts.baseKnown : texts.baseUnknown}
      </p>
      {preview.alreadyImported ? <p className="exchange__warning">{texts.alreadyImported}</p> : null}
      {preview.migratedFrom !== null ? (
        <>
          <p>{texts.migrated(preview.migratedFrom)}</p>
          <ul>
            {preview.changes.map((change, index) => (
              <li key={index}>{change}</li>
            ))}
          </ul>
        </>
      ) : null}

      {preview.takenCount > 0 ? (
        <details className="exchange__taken">
          <summary>{texts.takenTitle(preview.takenCount)}</summary>
          <ul>
            {taken.map((change, index) => (
              <li key={index}>
                {pathLabel(change.path, change.field, context)}
                {change.field === null ? ` (${takenRecordNote(change.path, mine, texts)})` : ''}
              </li>
            ))}
          </ul>
          {preview.takenCount > taken.length ? <p>{texts.takenMore(preview.takenCount - taken.length)}</p> : null}
        </details>
      ) : null}

      {conflicts.length > 0 ? (
        <>
          <h4>{texts.conflictsTitle(conflicts.length)}</h4>
          <div className="exchange__bulk">
            <button type="button" className="button" onClick={() => chooseAll('mine')}>
              {texts.allMine}
            </button>
            <button type="button" className="button" onClick={() => chooseAll('theirs')}>
              {texts.allTheirs}
            </button>
          </div>
          {conflicts.map((conflict, index) => {
            const name = `${prefix}-conflict-${index}`;
            const option = (choice: Choice) => (
              <label className={`exchange__choice exchange__choice--${choice}`}>
                <input
                  type="radio"
                  name={name}
                  checked={choices[conflict.id] === choice}
                  onChange={() => setChoices((current) => ({ ...current, [conflict.id]: choice }))}
                />
                <span>
                  {choice === 'mine'
                    ? texts.keepMine(sideText(conflict.mine, conflict.field, conflict.path, context))
                    : texts.takeTheirs(sideText(conflict.theirs, conflict.field, conflict.path, context))}
                </span>
              </label>
            );
            return (
              <fieldset key={conflict.id} className="exchange__conflict">
                <legend>{pathLabel(conflict.path, conflict.field, context)}</legend>
                <div className="exchange__choices">
                  {option('mine')}
                  {option('theirs')}
                </div>
              </fieldset>
            );
          })}
        </>
      ) : null}

      <p id={leftId} className={left > 0 ? 'exchange__left' : 'muted'}>
        {left > 0 ? texts.left(left) : conflicts.length > 0 ? texts.allDecided : ''}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={left > 0 || busy}
          aria-describedby={leftId}
          onClick={() => void onFinish(choices)}
        >
          {busy ? texts.working : texts.finish}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </div>
  );
}

function AppliedPanel({
  applied,
  workspaceName,
  merge,
  texts,
  focusId,
  onUndone,
}: {
  applied: Applied;
  workspaceName: string;
  merge: Exchange | null;
  texts: ExchangeTexts;
  focusId: string;
  onUndone: () => void;
}) {
  return (
    <div className="exchange__panel exchange__done">
      <h3 id={focusId} tabIndex={-1}>
        {applied.mode === 'merge' ? texts.mergedTitle : texts.importedTitle}
      </h3>
      {applied.mode === 'merge' ? (
        <>
          <p>{texts.mergedTaken(applied.taken)}</p>
          <p>{texts.mergedConflicts(applied.conflicts, applied.keptMine, applied.tookTheirs)}</p>
        </>
      ) : (
        <p>{applied.mode === 'new' ? texts.importedNew(workspaceName) : texts.importedReplace(workspaceName)}</p>
      )}
      {applied.attachmentsStored > 0 ? <p>{texts.attachmentsStored(applied.attachmentsStored)}</p> : null}
      {applied.mode === 'merge' && merge ? <UndoMerge merge={merge} texts={texts} onUndone={onUndone} /> : null}
    </div>
  );
}

/** «Angre sammenslåingen», with a confirming step that says what is kept. */
function UndoMerge({ merge, texts, onUndone }: { merge: Exchange; texts: ExchangeTexts; onUndone: () => void }) {
  const readOnly = useAppStore((s) => s.readOnly);
  const undoMerge = useAppStore((s) => s.undoMerge);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const promptId = `undo-${merge.id}-prompt`;

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={askRef} type="button" className="button" disabled={readOnly} onClick={() => setConfirming(true)}>
        {texts.undo}
      </button>
    );
  }
  const undo = async () => {
    setBusy(true);
    const result = await undoMerge(merge.id);
    setBusy(false);
    if (result.ok) onUndone();
  };
  return (
    <div className="exchange__confirm" role="group" aria-labelledby={promptId}>
      <p id={promptId}>{texts.undoConfirm}</p>
      <div className="actions">
        <button
          ref={yesRef}
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void undo()}
        >
          {texts.undoYes}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
          {texts.cancel}
        </button>
      </div>
    </div>
  );
}
