import {
  consequenceLabels,
  likelihoodLabels,
  matrixCounts,
  riskLevel,
  type RiskLevel,
} from '../../../shared/domain/ros';
import type { Ros } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { levelClass, type MatrixFilter, type Which } from './model';
import { rosTexts } from './texts';

const LEVELS: readonly RiskLevel[] = ['green', 'yellow', 'red'];

/** 1…n, for the levels of a scale. */
function levels(scale: number): number[] {
  return Array.from({ length: scale }, (_, i) => i + 1);
}

/**
 * One heat map: rows are likelihood (highest at the top), columns consequence. A cell with
 * risks is a toggle button that narrows the register to them.
 */
export function RiskMatrix({
  ros,
  which,
  filter,
  onToggle,
}: {
  ros: Ros;
  which: Which;
  filter: MatrixFilter | null;
  onToggle: (cell: MatrixFilter) => void;
}) {
  const texts = useTexts(rosTexts);
  const language = useLanguage();
  const counts = matrixCounts(ros, which);
  const likelihood = likelihoodLabels(ros.scale).map((l) => l[language]);
  const consequence = consequenceLabels(ros.scale).map((c) => c[language]);
  const title = which === 'inherent' ? texts.before : texts.after;
  const headingId = `ros-matrix-${which}-title`;

  return (
    <div className="ros-matrix">
      <h3 id={headingId}>{title}</h3>
      <table className="ros-matrix__table">
        <caption className="sr-only">{texts.matrixCaption(title)}</caption>
        <thead>
          <tr>
            <td className="ros-matrix__corner">{texts.corner}</td>
            {levels(ros.scale).map((c) => (
              <th key={c} scope="col">
                <AxisLabel n={c} label={consequence[c - 1] ?? ''} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {levels(ros.scale)
            .reverse()
            .map((l) => (
              <tr key={l}>
                <th scope="row">
                  <AxisLabel n={l} label={likelihood[l - 1] ?? ''} />
                </th>
                {levels(ros.scale).map((c) => {
                  const level = riskLevel(l, c, ros.acceptance);
                  const count = counts[l - 1]?.[c - 1] ?? 0;
                  const pressed =
                    filter !== null && filter.which === which && filter.likelihood === l && filter.consequence === c;
                  return (
                    <td
                      key={c}
                      className={`ros-matrix__cell ${levelClass(level)}`}
                      data-likelihood={l}
                      data-consequence={c}
                    >
                      {count > 0 ? (
                        <button
                          type="button"
                          className="ros-matrix__button"
                          aria-pressed={pressed}
                          aria-label={texts.cellName(
                            likelihood[l - 1] ?? String(l),
                            consequence[c - 1] ?? String(c),
                            count,
                            texts.levelNeuter[level],
                          )}
                          onClick={() => onToggle({ which, likelihood: l, consequence: c })}
                        >
                          {count}
                        </button>
                      ) : (
                        <span className="sr-only">{texts.cellEmpty(texts.levelNeuter[level])}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

/** A level's number over its name; read as "3 Mulig". */
function AxisLabel({ n, label }: { n: number; label: string }) {
  return (
    <>
      <span className="ros-matrix__n">{n}</span> <span className="ros-matrix__label">{label}</span>
    </>
  );
}

/** What each colour means and which scores it covers under the current criteria. */
export function RiskLegend({ ros }: { ros: Ros }) {
  const texts = useTexts(rosTexts);
  const max = ros.scale * ros.scale;
  const ranges: Record<RiskLevel, [number, number]> = {
    green: [1, ros.acceptance.greenMax],
    yellow: [ros.acceptance.greenMax + 1, ros.acceptance.yellowMax],
    red: [ros.acceptance.yellowMax + 1, max],
  };
  return (
    <div className="ros-legend">
      <ul aria-label={texts.legend}>
        {LEVELS.map((level) => (
          <li key={level}>
            <span className={`ros-legend__swatch ${levelClass(level)}`} aria-hidden="true" />
            <span>
              <strong>{texts.levelName[level]}</strong>: {texts.levelRange(ranges[level][0], ranges[level][1])}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
