import { useRef, useState, type FormEvent } from 'react';
import type { PdfKind } from '../../../shared/ipc/contract';
import { formatDate } from '../../../shared/format/date';
import { Field } from '../../components/Field';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { NoMunicipalities, ViewHeader } from '../../components/ViewHeader';
import { today, useSelectedMunicipality } from '../../hooks';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { SignaturePad, type SignaturePadHandle } from './SignaturePad';
import { documentsTexts } from './texts';
import './documents.css';

type Texts = ReturnType<typeof useTexts<typeof documentsTexts.nb>>;
type Outcome = { kind: 'saved'; path: string; signed: boolean } | { kind: 'cancelled' } | null;

/** The PDFs the app makes: reports to save and share, and the KS terms ready to sign. */
export function DocumentsView() {
  const texts = useTexts(documentsTexts);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const municipality = useSelectedMunicipality();
  const exportPdf = useAppStore((s) => s.exportPdf);
  const openPdf = useAppStore((s) => s.openPdf);
  const announce = useAppStore((s) => s.announce);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const header = <ViewHeader id="documents-title" title={texts.title} lead={texts.lead} />;
  if (!workspace || !municipality) {
    return (
      <section aria-labelledby="documents-title">
        {header}
        <NoMunicipalities text={texts.noMunicipalities} button={texts.goToMunicipalities} />
      </section>
    );
  }

  /** Runs one export; returns the field errors of a refused one. */
  const run = async (
    key: string,
    kind: PdfKind,
    municipalityId: string,
    terms?: Parameters<typeof exportPdf>[0]['terms'],
  ): Promise<Record<string, string> | null> => {
    setBusy(key);
    setOutcome(null);
    const result = await exportPdf({ kind, municipalityId, ...(terms ? { terms } : {}) });
    setBusy(null);
    if (!result.ok) return result.error.fieldErrors ?? null;
    if (result.value.path === null) {
      setOutcome({ kind: 'cancelled' });
      announce(texts.cancelled);
    } else {
      setOutcome({ kind: 'saved', path: result.value.path, signed: terms?.markSigned ?? false });
      announce(texts.savedAnnounced);
    }
    return null;
  };

  const reports: { key: string; kind: PdfKind; id: string; label: string }[] = [
    { key: 'status', kind: 'status', id: municipality.id, label: texts.statusOne(municipality.name) },
    ...(workspace.municipalities.length > 1
      ? [{ key: 'status-all', kind: 'status' as const, id: 'all', label: texts.statusAll }]
      : []),
    { key: 'dpia', kind: 'dpia', id: municipality.id, label: texts.dpia },
    { key: 'ros', kind: 'ros', id: municipality.id, label: texts.ros },
  ];

  return (
    <section aria-labelledby="documents-title" className="documents">
      {header}
      <MunicipalityPicker id="documents-municipality" label={texts.municipality} />

      {outcome ? <OutcomeCard outcome={outcome} texts={texts} onOpen={(path) => void openPdf(path)} /> : null}

      <section className="card" aria-labelledby="documents-reports-title">
        <h2 id="documents-reports-title">{texts.reportsTitle}</h2>
        <p className="muted">{texts.reportsLead}</p>
        <ul className="documents__reports">
          {reports.map((r) => (
            <li key={r.key}>
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                onClick={() => void run(r.key, r.kind, r.id)}
              >
                {busy === r.key ? texts.working : r.label}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <TermsForm
        key={municipality.id}
        texts={texts}
        busy={busy !== null}
        onExport={(terms) => run('terms', 'terms', municipality.id, terms)}
      />
    </section>
  );
}

function OutcomeCard({
  outcome,
  texts,
  onOpen,
}: {
  outcome: NonNullable<Outcome>;
  texts: Texts;
  onOpen: (path: string) => void;
}) {
  if (outcome.kind === 'cancelled') return <p className="documents__outcome card">{texts.cancelled}</p>;
  const file = outcome.path.split(/[\\/]/).pop() ?? outcome.path;
  return (
    <div className="documents__outcome documents__outcome--saved card">
      <h2>{texts.savedTitle}</h2>
      <p className="documents__path">{texts.savedAt(outcome.path)}</p>
      {outcome.signed ? <p>{texts.signedToo}</p> : null}
      <button
        type="button"
        className="button button--primary"
        aria-label={texts.openFile(file)}
        onClick={() => onOpen(outcome.path)}
      >
        {texts.open}
      </button>
    </div>
  );
}

type TermsInput = NonNullable<Parameters<ReturnType<typeof useAppStore.getState>['exportPdf']>[0]['terms']>;

function TermsForm({
  texts,
  busy,
  onExport,
}: {
  texts: Texts;
  busy: boolean;
  onExport: (terms: TermsInput) => Promise<Record<string, string> | null>;
}) {
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(() => formatDate(today()));
  const [signerName, setSignerName] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const [invoiceReference, setInvoiceReference] = useState('');
  const [mode, setMode] = useState<'typed' | 'drawn'>('typed');
  const [typedText, setTypedText] = useState('');
  const [drawn, setDrawn] = useState(false);
  const [markSigned, setMarkSigned] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const pad = useRef<SignaturePadHandle>(null);

  const message = (field: string) => {
    const code = errors[field];
    if (code === undefined) return undefined;
    return code in texts.errors ? texts.errors[code as keyof typeof texts.errors] : texts.errors.other;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let signature: TermsInput['signature'];
    if (mode === 'drawn') {
      const png = pad.current?.png() ?? null;
      if (png === null) {
        setErrors({ signature: 'signature.required' });
        return;
      }
      signature = { kind: 'drawn', pngBase64: png };
    } else {
      signature = { kind: 'typed', text: typedText.trim() === '' ? signerName : typedText };
    }
    const refused = await onExport({
      place,
      date,
      signerName,
      signerTitle,
      invoiceReference,
      signature,
      markSigned,
    });
    setErrors(refused ?? {});
    if (refused) document.getElementById('documents-terms-refused')?.focus();
  };

  return (
    <section className="card documents__terms" aria-labelledby="documents-terms-title">
      <h2 id="documents-terms-title">{texts.termsTitle}</h2>
      <p className="lead">{texts.termsLead}</p>
      {Object.keys(errors).length > 0 ? (
        <p id="documents-terms-refused" className="field__error" tabIndex={-1}>
          {texts.refused}
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <Field
            id="terms-place"
            label={texts.place}
            value={place}
            onChange={setPlace}
            error={message('place')}
            required
          />
          <Field
            id="terms-date"
            label={texts.date}
            hint={texts.dateHint}
            value={date}
            onChange={setDate}
            error={message('date')}
            required
          />
          <Field
            id="terms-signer"
            label={texts.signerName}
            value={signerName}
            onChange={setSignerName}
            error={message('signerName')}
            autoComplete="name"
            required
          />
          <Field
            id="terms-title"
            label={texts.signerTitle}
            hint={texts.signerTitleHint}
            value={signerTitle}
            onChange={setSignerTitle}
            error={message('signerTitle')}
            required
          />
          <Field
            id="terms-invoice"
            label={texts.invoiceReference}
            value={invoiceReference}
            onChange={setInvoiceReference}
            error={message('invoiceReference')}
          />
        </div>

        <fieldset className="documents__signature">
          <legend>{texts.signatureLegend}</legend>
          <div className="documents__modes">
            <label>
              <input type="radio" name="signature-mode" checked={mode === 'typed'} onChange={() => setMode('typed')} />{' '}
              {texts.typed}
            </label>
            <label>
              <input type="radio" name="signature-mode" checked={mode === 'drawn'} onChange={() => setMode('drawn')} />{' '}
              {texts.drawn}
            </label>
          </div>
          {mode === 'typed' ? (
            <Field
              id="terms-typed"
              label={texts.typedText}
              hint={texts.typedHint}
              value={typedText}
              onChange={setTypedText}
              error={message('signature')}
            />
          ) : (
            <SignaturePad
              ref={pad}
              id="terms-canvas"
              label={texts.canvasLabel}
              hint={texts.canvasHint}
              clearLabel={texts.clear}
              status={drawn ? texts.drawnDone : texts.drawnEmpty}
              error={message('signature')}
              onChange={setDrawn}
            />
          )}
        </fieldset>

        <div className="documents__check">
          <input
            id="terms-mark-signed"
            type="checkbox"
            checked={markSigned}
            aria-describedby="terms-mark-signed-hint"
            onChange={(event) => setMarkSigned(event.target.checked)}
          />
          <div>
            <label htmlFor="terms-mark-signed">{texts.markSigned}</label>
            <p id="terms-mark-signed-hint" className="field__hint">
              {texts.markSignedHint}
            </p>
          </div>
        </div>

        <button type="submit" className="button button--primary" disabled={busy}>
          {texts.exportTerms}
        </button>
      </form>
    </section>
  );
}
