import { formatDateTime } from '../../shared/format/date';
import type { StorageNotice } from '../../shared/ipc/contract';
import { useT, type Messages } from '../i18n';
import { useAppStore } from '../store/app-store';

function noticeText(t: Messages, notice: StorageNotice): string {
  switch (notice.kind) {
    case 'recoveredFromBackup':
      return t.notices.recoveredFromBackup(notice.setAsideFile, formatDateTime(new Date(notice.backupSavedAt)));
    case 'corruptNoBackup':
      return t.notices.corruptNoBackup(notice.setAsideFile);
    case 'newerVersion':
      return t.notices.newerVersion(notice.version);
    case 'migrated':
      return t.notices.migrated(notice.from, notice.to);
  }
}

/** What the storage found on opening, and the last refused operation: shown until closed. */
export function Notices() {
  const t = useT();
  const notices = useAppStore((s) => s.notices);
  const error = useAppStore((s) => s.error);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  const dismissError = useAppStore((s) => s.dismissError);
  if (notices.length === 0 && !error) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div
          key={`${notice.kind}-${index}`}
          className={`notice notice--${notice.kind === 'migrated' ? 'info' : 'warning'}`}
          role="alert"
        >
          <p>{noticeText(t, notice)}</p>
          {notice.kind === 'newerVersion' ? null : (
            <button type="button" className="button button--quiet" onClick={() => dismissNotice(index)}>
              {t.notices.dismiss}
            </button>
          )}
        </div>
      ))}
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>{t.errors[error.code]}</p>
          <button type="button" className="button button--quiet" onClick={dismissError}>
            {t.notices.dismiss}
          </button>
        </div>
      ) : null}
    </div>
  );
}
