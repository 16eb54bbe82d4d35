import { useState } from 'react';
import { STARTER_RISKS, type StarterRisk } from '../../../shared/catalogue/assessments';
import { consequenceLabels, likelihoodLabels, rescaleLevel, riskLevel, riskScore } from '../../../shared/domain/ros';
import type { Municipality } from '../../../shared/schema/workspace';
import { domainTexts } from '../../i18n/domain';
import { useLanguage, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { levelClass, starterDomId } from './model';
import { rosTexts } from './texts';

/**
 * Digisos-specific events the user may take into the register (prefilled in the form) or
 * dismiss. Those already used or dismissed are not offered again; dismissed ones can be brought back.
 */
export function StarterRisks({
  municipality,
  onAdd,
  focusSoon,
}: {
  municipality: Municipality;
  onAdd: (starter: StarterRisk) => void;
  focusSoon: (id: string) => void;
}) {
  const texts = useTexts(rosTexts);
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const dismissStarter = useAppStore((s) => s.dismissStarter);
  const announce = useAppStore((s) => s.announce);
  const [showDismissed, setShowDismissed] = useState(false);
  const { ros } = municipality;

  const used = new Set(ros.risks.map((r) => r.starterId).filter((id): id is string => id !== null));
  const dismissedIds = new Set(ros.dismissedStarters);
  const offered = STARTER_RISKS.filter((s) => !used.has(s.id) && !dismissedIds.has(s.id));
  const dismissed = STARTER_RISKS.filter((s) => !used.has(s.id) && dismissedIds.has(s.id));
  const likelihood = likelihoodLabels(ros.scale);
  const consequence = consequenceLabels(ros.scale);

  const dismiss = async (starter: StarterRisk, index: number) => {
    const result = await dismissStarter({ municipalityId: municipality.id, starterId: starter.id, dismissed: true });
    if (!result.ok) return;
    announce(texts.dismissed(starter.event[language]));
    const next = offered[index + 1] ?? offered[index - 1];
    focusSoon(next ? `${starterDomId(next.id)}-add` : 'ros-starters-title');
  };

  const restore = async (starter: StarterRisk) => {
    const result = await dismissStarter({ municipalityId: municipality.id, starterId: starter.id, dismissed: false });
    if (!result.ok) return;
    announce(texts.restored(starter.event[language]));
    focusSoon(`${starterDomId(starter.id)}-add`);
  };

  return (
    <section className="ros-section ros-starters" aria-labelledby="ros-starters-title">
      <h2 id="ros-starters-title" tabIndex={-1}>
        {texts.startersTitle}
      </h2>
      <p className="lead">{texts.startersLead}</p>

      {offered.length === 0 ? (
        <p className="empty">{texts.startersEmpty}</p>
      ) : (
        <ul className="ros-starters__list">
          {offered.map((starter, index) => {
            const l = rescaleLevel(starter.likelihood, 5, ros.scale);
            const c = rescaleLevel(starter.consequence, 5, ros.scale);
            const level = riskLevel(l, c, ros.acceptance);
            const id = starterDomId(starter.id);
            return (
              <li key={starter.id} className="card ros-starter">
                <h3 id={`${id}-title`}>{starter.event[language]}</h3>
                <dl className="ros-starter__facts">
                  <dt>{texts.starterCause}</dt>
                  <dd>{starter.cause[language]}</dd>
                  <dt>{texts.starterSuggested}</dt>
                  <dd>
                    {texts.suggestedLevels(
                      texts.option(l, likelihood[l - 1]?.[language] ?? ''),
                      texts.option(c, consequence[c - 1]?.[language] ?? ''),
                    )}{' '}
                    <span className={`ros-badge ${levelClass(level)}`}>
                      {texts.computed(riskScore(l, c), texts.levelName[level])}
                    </span>
                  </dd>
                  <dt>{texts.starterMeasure}</dt>
                  <dd>{starter.suggestedMeasure[language]}</dd>
                </dl>
                <p className="muted">
                  {starter.source
                    ? domain.sourceDoc(starter.source.seed, starter.source.section)
                    : texts.starterBackground}
                </p>
                <div className="actions">
                  <button
                    type="button"
                    className="button button--primary"
                    id={`${id}-add`}
                    disabled={readOnly}
                    aria-label={texts.addStarter(starter.event[language])}
                    onClick={() => onAdd(starter)}
                  >
                    {texts.add}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={readOnly}
                    aria-label={texts.dismissStarter(starter.event[language])}
                    onClick={() => void dismiss(starter, index)}
                  >
                    {texts.dismiss}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {dismissed.length > 0 ? (
        <div className="ros-starters__dismissed">
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={showDismissed}
            aria-controls={showDismissed ? 'ros-starters-dismissed' : undefined}
            onClick={() => setShowDismissed((v) => !v)}
          >
            {texts.showDismissed(dismissed.length)}
          </button>
          {showDismissed ? (
            <ul id="ros-starters-dismissed" className="ros-starters__dismissed-list" aria-label={texts.dismissedTitle}>
              {dismissed.map((starter) => (
                <li key={starter.id}>
                  <span>{starter.event[language]}</span>
                  <button
                    type="button"
                    className="button"
                    disabled={readOnly}
                    aria-label={texts.restoreStarter(starter.event[language])}
                    onClick={() => void restore(starter)}
                  >
                    {texts.restore}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
