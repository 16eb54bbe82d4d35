import { roleInfo } from '../../../shared/catalogue/roles';
import type { Language } from '../../../shared/domain/language';
import type { ItemRef } from '../../../shared/domain/readiness';
import { formatDate } from '../../../shared/format/date';
import type { Owner } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { dashboardTexts } from './texts';

/** An owner as people say it: the person's name, the role's title, or "Ingen". */
export function ownerLabel(owner: Owner | null, language: Language, nobody: string): string {
  if (owner === null) return nobody;
  return owner.kind === 'person' ? owner.name : roleInfo(owner.role).title[language];
}

/** The item's text as a button that opens the municipality's checklist. */
export function ItemButton({ itemRef }: { itemRef: ItemRef }) {
  const language = useLanguage();
  const openChecklist = useAppStore((s) => s.openChecklist);
  return (
    <button type="button" className="dashboard-item-button" onClick={() => openChecklist(itemRef.municipalityId)}>
      {itemRef.row.item.text[language]}
      {/* The same item appears once per municipality; the name tells the buttons apart out of context. */}
      <span className="sr-only"> – {itemRef.municipalityName}</span>
    </button>
  );
}

/** The due date with a badge when the item is overdue or due within the week. */
export function DueCell({ itemRef }: { itemRef: ItemRef }) {
  const t = useTexts(dashboardTexts);
  const d = useTexts(domainTexts);
  const { due, dueState } = itemRef.row;
  return (
    <>
      <span className="dashboard-date">{due.date === null ? t.lists.noDue : formatDate(due.date)}</span>
      {dueState === 'overdue' || dueState === 'dueSoon' ? (
        <>
          {' '}
          <span className={`badge badge--${dueState}`}>{d.dueState[dueState]}</span>
        </>
      ) : null}
    </>
  );
}

/** The owner, or "Ingen" set apart so an unowned item stands out in text, not only by style. */
export function OwnerCell({ owner }: { owner: Owner | null }) {
  const language = useLanguage();
  const d = useTexts(domainTexts);
  const label = ownerLabel(owner, language, d.nobody);
  return owner === null ? <span className="dashboard-nobody">{label}</span> : <>{label}</>;
}
