import { useState, type FormEvent } from 'react';
import { validateWorkspaceName, type WorkspaceNameError } from '../../../shared/domain/workspace';
import { Field } from '../../components/Field';
import { ImportFlow } from '../exchange/ImportFlow';
import { useT } from '../../i18n';
import { useAppStore } from '../../store/app-store';

/** The first screen: no workspace yet, so make one — or start from a colleague's file. */
export function CreateWorkspace() {
  const t = useT();
  const createWorkspace = useAppStore((s) => s.createWorkspace);
  const readOnly = useAppStore((s) => s.readOnly);
  const [name, setName] = useState('');
  const [error, setError] = useState<WorkspaceNameError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWorkspaceName(name);
    if (!checked.ok) {
      setError(checked.error);
      document.getElementById('workspace-name')?.focus();
      return;
    }
    setError(null);
    const result = await createWorkspace(checked.value);
    if (!result.ok && result.error.code === 'validation') setError('required');
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t.welcome.title}</h1>
      <p className="lead">{t.welcome.lead}</p>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate>
        <h2>{t.welcome.createTitle}</h2>
        <p>{t.welcome.createHelp}</p>
        <Field
          id="workspace-name"
          label={t.welcome.nameLabel}
          hint={t.welcome.nameHint}
          value={name}
          onChange={setName}
          error={error ? t.workspaceNameErrors[error] : undefined}
          required
          disabled={readOnly}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={readOnly}>
            {t.welcome.create}
          </button>
        </div>
      </form>
      <ImportFlow variant="welcome" />
    </section>
  );
}
