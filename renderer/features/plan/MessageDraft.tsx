import { useState } from 'react';
import type { Draft } from '../../../shared/domain/messages';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { planTexts } from './texts';

/** The whole e-mail as one text; the labels are Norwegian like the message itself. */
export function emailText(draft: Draft): string {
  return `Til: ${draft.to}\nEmne: ${draft.subject}\n\n${draft.body}`;
}

/** Rows enough to show a text whole where CSS cannot size the field to its content. */
const rowsFor = (text: string) =>
  text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 50)), 0);

/**
 * One drafted e-mail: recipient, subject and text, read-only but selectable, with buttons
 * that copy each part or the whole. The app sends nothing itself.
 */
export function MessageDraft({
  id,
  title,
  what,
  draft,
  draftLanguage,
}: {
  id: string;
  title: string;
  what: string;
  draft: Draft;
  draftLanguage: 'nb' | 'nn';
}) {
  const t = useTexts(planTexts).messages;
  const copyText = useAppStore((s) => s.copyText);
  const announce = useAppStore((s) => s.announce);
  const [copied, setCopied] = useState(false);

  const copy = async (text: string) => {
    if (await copyText(text)) {
      setCopied(true);
      announce(t.copied);
    }
  };
  const part = (key: 'to' | 'subject' | 'body', label: string, value: string, copyLabel: string) => (
    <div className="draft__part">
      <div className="draft__label">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <button type="button" className="button button--quiet" aria-label={copyLabel} onClick={() => void copy(value)}>
          {t.copy}
        </button>
      </div>
      {key === 'to' ? (
        <input id={`${id}-${key}`} type="text" readOnly value={value} lang={draftLanguage} />
      ) : (
        <textarea id={`${id}-${key}`} readOnly value={value} rows={rowsFor(value)} lang={draftLanguage} />
      )}
    </div>
  );

  return (
    <article className="card draft" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="draft__what">{what}</p>
      {part('to', t.to, draft.to, t.copyTo)}
      {part('subject', t.subject, draft.subject, t.copySubject)}
      {part('body', t.body, draft.body, t.copyBody)}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          aria-label={t.copyAllFor(title)}
          onClick={() => void copy(emailText(draft))}
        >
          {t.copyAll}
        </button>
        {copied ? <span className="draft__copied">{t.copiedShort}</span> : null}
      </div>
    </article>
  );
}
