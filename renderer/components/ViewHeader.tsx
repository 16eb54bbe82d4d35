import { useAppStore } from '../store/app-store';

/** A view's h1 and lead sentence. */
export function ViewHeader({ id, title, lead }: { id: string; title: string; lead: string }) {
  return (
    <header className="view-header">
      <div>
        <h1 id={id}>{title}</h1>
        <p className="lead">{lead}</p>
      </div>
    </header>
  );
}

/** A per-municipality view before there is any municipality: say so, and offer the way to Kommuner. */
export function NoMunicipalities({ text, button }: { text: string; button: string }) {
  const setView = useAppStore((s) => s.setView);
  return (
    <div className="empty">
      <p>{text}</p>
      <button type="button" className="button" onClick={() => setView('municipalities')}>
        {button}
      </button>
    </div>
  );
}
