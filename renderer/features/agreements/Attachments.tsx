import { useCallback, useEffect, useState } from 'react';
import { agreementInfo } from '../../../shared/catalogue/agreements';
import { formatDate, toIsoDate } from '../../../shared/format/date';
import { formatInteger } from '../../../shared/format/number';
import type { Attachment, Workspace } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { agreementsTexts } from './texts';

export type AttachmentState = 'ok' | 'missing' | 'changed';
/** What the last check found, by attachment id; an id not in it has not been checked yet. */
export type AttachmentStates = ReadonlyMap<string, AttachmentState>;

export interface AttachmentCheck {
  states: AttachmentStates;
  /** True when the check itself failed: nothing is known about the files. */
  failed: boolean;
  refresh: () => Promise<void>;
}

/**
 * Checks every attachment's file when the view opens, and again on request (after adding one).
 * A problem found on opening is also read out, so that it cannot go unnoticed.
 */
export function useAttachmentCheck(): AttachmentCheck {
  const texts = useTexts(agreementsTexts);
  const checkAttachments = useAppStore((s) => s.checkAttachments);
  const announce = useAppStore((s) => s.announce);
  const [states, setStates] = useState<AttachmentStates>(new Map());
  const [failed, setFailed] = useState(false);

  const apply = useCallback((result: Awaited<ReturnType<typeof checkAttachments>>): number | null => {
    if (!result.ok) {
      setFailed(true);
      return null;
    }
    setFailed(false);
    setStates(new Map(result.value.map((r) => [r.id, r.state])));
    return result.value.filter((r) => r.state !== 'ok').length;
  }, []);

  useEffect(() => {
    void checkAttachments().then((result) => {
      const problems = apply(result);
      if (problems === null) announce(texts.attachmentCheckFailed);
      else if (problems > 0) announce(texts.attachmentProblemsAnnounced(problems));
    });
  }, [checkAttachments, apply, announce, texts]);

  const refresh = useCallback(async () => {
    apply(await checkAttachments());
  }, [checkAttachments, apply]);

  return { states, failed, refresh };
}

/** `512 B`, `34 kB`, `1,2 MB`: enough to recognise a file, with a decimal comma. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)}\u00a0B`;
  if (bytes < 1024 * 1024) return `${formatInteger(Math.round(bytes / 1024))}\u00a0kB`;
  const mb = bytes / (1024 * 1024);
  return `${(Math.round(mb * 10) / 10).toFixed(1).replace('.', ',')}\u00a0MB`;
}

/** The attachments an id list names, in its order; ids the workspace no longer has are left out. */
export function attachmentsOf(ids: readonly string[], all: readonly Attachment[]): Attachment[] {
  return ids.flatMap((id) => all.find((a) => a.id === id) ?? []);
}

export function isProblem(state: AttachmentState | undefined): state is 'missing' | 'changed' {
  return state === 'missing' || state === 'changed';
}

/** A list of attached files: name, size, when added, whether the file is still intact, and a button to open it. */
export function AttachmentList({
  attachments,
  states,
  label,
  compact = false,
}: {
  attachments: readonly Attachment[];
  states: AttachmentStates;
  label: string;
  compact?: boolean;
}) {
  const texts = useTexts(agreementsTexts);
  const openAttachment = useAppStore((s) => s.openAttachment);
  if (attachments.length === 0) return compact ? null : <p className="muted">{texts.attachmentsEmpty}</p>;
  return (
    <ul className={compact ? 'attachments attachments--compact' : 'attachments'} aria-label={label}>
      {attachments.map((a) => {
        const state = states.get(a.id);
        const added = formatDate(toIsoDate(new Date(a.addedAt)));
        return (
          <li key={a.id} className={isProblem(state) ? 'attachment attachment--problem' : 'attachment'}>
            <span className="attachment__name">{a.fileName}</span>
            <span className="attachment__meta">
              {formatSize(a.size)}, {a.addedBy ? texts.addedBy(added, a.addedBy) : texts.added(added)}
            </span>
            {state === undefined ? null : (
              <span className={isProblem(state) ? 'badge badge--overdue' : 'badge badge--done'}>
                {isProblem(state) ? <span aria-hidden="true">⚠ </span> : null}
                {texts.attachmentState[state]}
              </span>
            )}
            {isProblem(state) ? (
              <span className="attachment__help">{texts.attachmentStateHelp[state]}</span>
            ) : (
              <button
                type="button"
                className="button button--quiet attachment__open"
                aria-label={texts.openFile(a.fileName)}
                onClick={() => void openAttachment(a.id)}
              >
                {texts.open}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface Problem {
  attachment: Attachment;
  state: 'missing' | 'changed';
  where: string;
}

/** Every attachment in the workspace whose file is missing or changed, with what it belongs to. */
function problemsIn(
  workspace: Workspace,
  states: AttachmentStates,
  where: {
    agreement: (municipality: string, number: number, title: string) => string;
    decision: (municipality: string, title: string) => string;
  },
  language: 'nb' | 'nn' | 'en',
): Problem[] {
  const places = new Map<string, string[]>();
  const link = (id: string, place: string) => places.set(id, [...(places.get(id) ?? []), place]);
  for (const m of workspace.municipalities) {
    for (const record of m.agreements) {
      const info = agreementInfo(record.agreementId);
      for (const id of record.attachmentIds) link(id, where.agreement(m.name, info.number, info.title[language]));
    }
    for (const decision of m.decisions) {
      for (const id of decision.attachmentIds) link(id, where.decision(m.name, decision.title));
    }
  }
  return workspace.attachments.flatMap((attachment) => {
    const state = states.get(attachment.id);
    if (!isProblem(state)) return [];
    return [{ attachment, state, where: (places.get(attachment.id) ?? []).join('; ') }];
  });
}

/** The warning at the top of the view: files that are gone or no longer what was attached. */
export function AttachmentWarning({ check, workspace }: { check: AttachmentCheck; workspace: Workspace }) {
  const texts = useTexts(agreementsTexts);
  const language = useLanguage();
  if (check.failed) {
    return (
      <div className="notice notice--error agreements__warning">
        <p>{texts.attachmentCheckFailed}</p>
      </div>
    );
  }
  const problems = problemsIn(
    workspace,
    check.states,
    { agreement: texts.whereAgreement, decision: texts.whereDecision },
    language,
  );
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--error agreements__warning">
      <div>
        <p>
          <strong>{texts.attachmentProblemsTitle}</strong>
        </p>
        <p>{texts.attachmentProblemsLead}</p>
        <ul>
          {problems.map((p) => (
            <li key={p.attachment.id}>
              {texts.attachmentProblem(p.attachment.fileName, p.where, texts.attachmentState[p.state])}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
