import { useLayoutEffect, useRef } from 'react';
import { ABOUT_TEXTS } from '../i18n/about-texts';
import { say } from '../i18n/localized';
import { version } from '../../package.json';
import { MIN_CASES } from '../analysis/location-quotient';
import type { AtlasData } from '../domain/atlas-data';
import { formatDate, translator } from '../i18n/i18n';
import { canWorkOffline } from '../platform/register-service-worker';
import { SourceList } from './SourceList';
import { useAppStore } from '../store/app-store';

/**
 * What the atlas is, where its data comes from, how it computes and what it does not do: for
 * the citizen who asks "says who?", the planner who cites a figure, and the speaker's audience.
 * The counts and sources are read from the data, so the text cannot drift from it.
 */
export default function AboutDialog({ data, onClose }: { data: AtlasData; onClose: () => void }) {
  const lang = useAppStore((s) => s.lang);
  const offlineReady = useAppStore((s) => s.offlineReady);
  const t = translator(lang);
  const dialog = useRef<HTMLDialogElement>(null);
  // Closed before it goes (also by the back button): the browser then gives the focus back to
  // the button that opened it.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  const counts = (text: string) =>
    text
      .replace('{institutions}', String(data.institutions.length))
      .replace('{clusters}', String(data.clusters.length))
      .replace('{corridors}', String(data.corridors.length));
  const population = data.populationSource;
  return (
    <dialog
      ref={dialog}
      className="about"
      aria-labelledby="about-title"
      data-testid="about"
      // Esc and a click beside the box close it as the × does (through the history, see use-back-closes).
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="about-body">
        <header className="panel-head">
          <h2 id="about-title">{say(lang, ABOUT_TEXTS.title)}</h2>
          <button
            type="button"
            className="icon-button"
            onClick={close}
            aria-label={t('dismiss')}
            title={t('dismiss')}
            data-testid="about-close"
          >
            ×
          </button>
        </header>
        <p>{counts(say(lang, ABOUT_TEXTS.intro))}</p>
        <SourceList ids={Object.keys(data.sources)} sources={data.sources} label={say(lang, ABOUT_TEXTS.seeds)} />
        <h3>{say(lang, ABOUT_TEXTS.data)}</h3>
        <ul>
          <li>{t('geodataSource')}.</li>
          <li>
            {t('population')}: {population.publisher}, {population.title}, {formatDate(lang, population.referenceDate)} (
            {population.licence}).
          </li>
          <li>{counts(say(lang, ABOUT_TEXTS.institutions))}</li>
          <li data-testid="about-employment">{say(lang, ABOUT_TEXTS.employment)}</li>
          <li>{say(lang, ABOUT_TEXTS.font)}</li>
          <li>{say(lang, ABOUT_TEXTS.basemap)}</li>
        </ul>
        <h3>{say(lang, ABOUT_TEXTS.methods)}</h3>
        <ul>
          <li>
            {t('legendHatching')}. {t('legendArea')}.
          </li>
          <li>{t('corridorBandNote').replace('{km}', String(data.corridorBandKm))}</li>
          <li>{say(lang, ABOUT_TEXTS.employmentMethods)}</li>
          <li>
            {t('lqNote')} {say(lang, ABOUT_TEXTS.lqMin).replace('{n}', String(MIN_CASES))}
          </li>
          <li>{t('hooverNote').replace(/:$/, '.')}</li>
          <li>{say(lang, ABOUT_TEXTS.schemes)}</li>
        </ul>
        <h3>{say(lang, ABOUT_TEXTS.privacy)}</h3>
        <p>{say(lang, ABOUT_TEXTS.privacyText)}</p>
        <h3>{say(lang, ABOUT_TEXTS.offline)}</h3>
        <p data-testid="about-offline">
          {say(
            lang,
            !canWorkOffline() ? ABOUT_TEXTS.offlineUnavailable : offlineReady ? ABOUT_TEXTS.offlineReady : ABOUT_TEXTS.offlinePending,
          )}
        </p>
        <p className="hint">{say(lang, ABOUT_TEXTS.version).replace('{version}', version)}</p>
      </div>
    </dialog>
  );
}
