import { ROLE_IDS, type RoleId } from '../../../shared/catalogue/types';
import { roleInfo } from '../../../shared/catalogue/roles';
import type { Language } from '../../../shared/domain/language';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { ITEM_STATUSES, type ItemStatus, type TrackedField } from '../../../shared/schema/enums';
import type { HistoryEntry } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { checklistTexts } from './texts';

type DomainTexts = (typeof domainTexts)[Language];

const isStatus = (value: string): value is ItemStatus => (ITEM_STATUSES as readonly string[]).includes(value);
const isRole = (value: string): value is RoleId => (ROLE_IDS as readonly string[]).includes(value);

/** A stored history value as a person reads it: labels for statuses and roles, dates the Norwegian way. */
export function readableValue(
  field: TrackedField,
  value: string | null,
  language: Language,
  domain: DomainTexts,
): string {
  if (value === null || value === '') return domain.empty;
  switch (field) {
    case 'status':
      return isStatus(value) ? domain.status[value] : value;
    case 'owner': {
      const role = value.startsWith('role:') ? value.slice('role:'.length) : null;
      return role !== null && isRole(role) ? roleInfo(role).title[language] : value;
    }
    case 'dueDate':
      return formatDate(value);
    case 'notRelevantReason':
    case 'note':
      return value;
  }
}

/**
 * Newest first. Changes saved together share a timestamp; they keep the order they were
 * recorded in, so status comes before its reason.
 */
function newestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at === b.entry.at ? a.index - b.index : a.entry.at < b.entry.at ? 1 : -1))
    .map(({ entry }) => entry);
}

/** Every recorded change to one item: when, by whom, which field, from what to what. */
export function ItemHistory({ history, headingLevel }: { history: readonly HistoryEntry[]; headingLevel: 4 | 5 | 6 }) {
  const texts = useTexts(checklistTexts);
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="check-details__section">
      <Heading className="check-details__heading">{texts.historyTitle}</Heading>
      {history.length === 0 ? (
        <p className="muted">{texts.historyEmpty}</p>
      ) : (
        <ol className="check-history">
          {newestFirst(history).map((entry, index) => (
            <li key={`${entry.at}-${entry.field}-${index}`}>
              {texts.historyLine(
                formatDateTime(new Date(entry.at)),
                entry.by.trim() || texts.unknownUser,
                domain.historyField[entry.field],
                readableValue(entry.field, entry.from, language, domain),
                readableValue(entry.field, entry.to, language, domain),
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
