import type { Progress } from '../../shared/domain/readiness';

/**
 * A labelled progress bar: "12 av 20 (60 %)". The bar is drawn with CSS; the text carries the
 * meaning, so it reads the same without colour or sight.
 */
export function ProgressBar({
  label,
  progress,
  ofText,
}: {
  label: string;
  progress: Progress;
  ofText: (done: number, total: number) => string;
}) {
  const percent = progress.percent;
  const level = percent === null ? 'none' : percent >= 100 ? 'complete' : percent >= 50 ? 'half' : 'low';
  return (
    <div className="progress">
      <div className="progress__label">
        <span>{label}</span>
        <span className="progress__figure">
          {percent === null ? '–' : `${percent} %`}{' '}
          <span className="muted">{ofText(progress.done, progress.total)}</span>
        </span>
      </div>
      <div
        className={`progress__track progress__track--${level}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? 0}
        aria-valuetext={percent === null ? '–' : `${percent} %, ${ofText(progress.done, progress.total)}`}
      >
        <div className="progress__fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}
