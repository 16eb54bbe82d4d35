import { useEffect, useState, type FormEvent } from 'react';
import { validateWorkspaceName, type WorkspaceNameError } from '../../../shared/domain/workspace';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { formatDateTime } from '../../../shared/format/date';
import type { BackupInfo, OutputOf } from '../../../shared/ipc/contract';
import type { StoredDocument } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useT, useTexts } from '../../i18n';
import { backupTexts } from '../../i18n/backups';
import { useAppStore } from '../../store/app-store';

/** The user's name and language, the workspace's name, and where the data lives. */
export function SettingsView() {
  const t = useT();
  const document = useAppStore((s) => s.document);
  const dataFolder = useAppStore((s) => s.dataFolder);
  const appVersion = useAppStore((s) => s.appVersion);
  const readOnly = useAppStore((s) => s.readOnly);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const renameWorkspace = useAppStore((s) => s.renameWorkspace);
  const announce = useAppStore((s) => s.announce);
  const [userName, setUserName] = useState(document?.settings.userName ?? '');
  const [workspaceName, setWorkspaceName] = useState(document?.workspace?.name ?? '');
  const [nameError, setNameError] = useState<WorkspaceNameError | null>(null);

  const saveUserName = async (event: FormEvent) => {
    event.preventDefault();
    const result = await updateSettings({ userName });
    if (result.ok) announce(t.common.saved);
  };
  const saveWorkspaceName = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWorkspaceName(workspaceName);
    if (!checked.ok) {
      setNameError(checked.error);
      return;
    }
    setNameError(null);
    const result = await renameWorkspace(checked.value);
    if (result.ok) announce(t.common.saved);
  };

  return (
    <section aria-labelledby="settings-title">
      <header className="view-header">
        <h1 id="settings-title">{t.settings.title}</h1>
      </header>
      <div className="settings-grid">
        <form className="card" onSubmit={(e) => void saveUserName(e)} noValidate>
          <Field
            id="settings-user-name"
            label={t.settings.userName}
            hint={t.settings.userNameHint}
            value={userName}
            onChange={setUserName}
            autoComplete="name"
            disabled={readOnly}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={readOnly}>
              {t.common.save}
            </button>
          </div>
        </form>

        <div className="card">
          <label htmlFor="settings-language">{t.settings.language}</label>
          <select
            id="settings-language"
            value={document?.settings.language ?? 'nb'}
            disabled={readOnly}
            onChange={(event) => void updateSettings({ language: event.target.value as Language })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t.settings.languages[language]}
              </option>
            ))}
          </select>
        </div>

        {document?.workspace ? (
          <form className="card" onSubmit={(e) => void saveWorkspaceName(e)} noValidate>
            <Field
              id="settings-workspace-name"
              label={t.workspace.renameLabel}
              value={workspaceName}
              onChange={setWorkspaceName}
              error={nameError ? t.workspaceNameErrors[nameError] : undefined}
              required
              disabled={readOnly}
            />
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={readOnly}>
                {t.workspace.rename}
              </button>
            </div>
          </form>
        ) : null}

        <dl className="card facts">
          <dt>{t.settings.dataFolder}</dt>
          <dd>
            <code>{dataFolder}</code>
            <p className="field__hint">{t.settings.dataFolderHint}</p>
          </dd>
          <dt>{t.settings.version}</dt>
          <dd>{appVersion}</dd>
        </dl>
      </div>
      <BackupsCard onRestored={(restored) => setWorkspaceName(restored.workspace?.name ?? '')} />
    </section>
  );
}

type BackupList = OutputOf<'listBackups'>;

/** The rolling and kept backups: where they are, one taken by hand, and putting one back. */
function BackupsCard({ onRestored }: { onRestored: (document: StoredDocument) => void }) {
  const texts = useTexts(backupTexts);
  const readOnly = useAppStore((s) => s.readOnly);
  const hasWorkspace = useAppStore((s) => s.document?.workspace != null);
  // Every save writes a new rolling backup: the list is fetched again after each.
  const savedAt = useAppStore((s) => s.document?.savedAt ?? null);
  const listBackups = useAppStore((s) => s.listBackups);
  const backupNow = useAppStore((s) => s.backupNow);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const announce = useAppStore((s) => s.announce);
  const [list, setList] = useState<BackupList | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let current = true;
    void listBackups().then((result) => {
      if (current && result.ok) setList(result.value);
    });
    return () => {
      current = false;
    };
  }, [listBackups, savedAt]);

  // To the second: several automatic backups are often written within the same minute.
  const when = (backup: BackupInfo) => {
    if (backup.savedAt === null) return texts.unknownTime;
    const saved = new Date(backup.savedAt);
    return `${formatDateTime(saved)}.${String(saved.getSeconds()).padStart(2, '0')}`;
  };

  const takeBackup = async () => {
    setBusy(true);
    const result = await backupNow();
    setBusy(false);
    if (!result.ok) return;
    setList(result.value);
    setMessage(texts.backedUp);
    announce(texts.backedUp);
  };

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    const result = await restoreBackup(backup.id);
    setBusy(false);
    if (!result.ok) return;
    setConfirming(null);
    onRestored(result.value);
    setMessage(texts.restored(when(backup)));
    announce(texts.restored(when(backup)));
  };

  return (
    <section className="card" aria-labelledby="settings-backups-title">
      <h2 id="settings-backups-title">{texts.title}</h2>
      {list ? (
        <>
          <p>
            {texts.rolling(list.backupsToKeep)} <code>{list.folder}</code>.
          </p>
          <p>
            {texts.kept} <code>{list.keptFolder}</code>.
          </p>
        </>
      ) : (
        <p className="muted">{texts.loading}</p>
      )}
      {readOnly ? <p className="muted">{texts.readOnly}</p> : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={readOnly || busy || !hasWorkspace}
          onClick={() => void takeBackup()}
        >
          {texts.backupNow}
        </button>
      </div>
      {message ? <p className="field__hint">{message}</p> : null}
      {list && list.backups.length === 0 ? <p className="empty">{texts.empty}</p> : null}
      {list && list.backups.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.savedAt}</th>
                <th scope="col">{texts.columns.kind}</th>
                <th scope="col">{texts.columns.workspace}</th>
                <th scope="col" className="numeric">
                  {texts.columns.municipalities}
                </th>
                <th scope="col">{texts.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((backup) => (
                <tr key={backup.id}>
                  <th scope="row">{when(backup)}</th>
                  <td>{texts.kinds[backup.kind]}</td>
                  <td>{backup.workspaceName ?? texts.noWorkspace}</td>
                  <td className="numeric">{backup.municipalities}</td>
                  <td>
                    {confirming === backup.id ? (
                      <span className="confirm" role="group" aria-label={texts.restoreConfirm(when(backup))}>
                        <span>{texts.restoreConfirm(when(backup))}</span>
                        <button
                          type="button"
                          className="button button--danger"
                          disabled={busy}
                          autoFocus
                          onClick={() => void restore(backup)}
                        >
                          {texts.restoreYes}
                        </button>
                        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(null)}>
                          {texts.cancel}
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button"
                        disabled={readOnly || busy}
                        onClick={() => setConfirming(backup.id)}
                      >
                        {texts.restore} <span className="sr-only">{texts.restoreWhich(when(backup))}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
