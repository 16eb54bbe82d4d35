import { useState, type FormEvent } from 'react';
import { validateWorkspaceName, type WorkspaceNameError } from '../../../shared/domain/workspace';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
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
    </section>
  );
}
