import { useEffect, useId, useMemo, useState } from 'react';
import type { AtlasData } from '../domain/atlas-data';
import { translator } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

const STEP_YEARS = 5;
const STEP_MS = 600;
/** The two moments of the sources: the club evening and the cluster conference. */
const PRESETS = [2005, 2021];

/** A small clock, drawn inline: the app ships no icon font and makes no request for one. */
function ClockIcon() {
  return (
    <svg className="time-clock" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 4.2V8l2.6 1.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/**
 * Founding-year slider: shows what existed in a year. Play runs from the oldest institution to
 * today; the presets jump to 2005 and 2021. Institutions without a known year always show.
 * On a phone it folds to a button with the year (src/styles/), so the small map stays free.
 */
export function TimeSlider({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const year = useAppStore((s) => s.year);
  const setYear = useAppStore((s) => s.setYear);
  const t = translator(lang);
  const today = new Date().getFullYear();
  const oldest = useMemo(() => Math.min(...data.institutions.map((i) => i.founded ?? today)), [data, today]);
  const [playing, setPlaying] = useState(false);
  const [open, setOpen] = useState(false);
  // The list view has a slider of its own, hidden with the map but still in the page.
  const controlsId = useId();
  const shown = year ?? today;
  const yearLabel = year === null ? t('today') : String(year);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const current = useAppStore.getState().year ?? oldest;
      const next = current + STEP_YEARS;
      if (next >= today) {
        setYear(null);
        setPlaying(false);
      } else {
        setYear(next);
      }
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, oldest, today, setYear]);

  const togglePlay = () => {
    if (!playing && (year === null || year >= today)) setYear(oldest);
    setPlaying(!playing);
  };

  return (
    <div
      className={`time${open ? ' open' : ''}${year === null ? '' : ' filtered'}`}
      role="group"
      aria-label={t('timeLabel')}
      data-testid="time-slider"
    >
      <button
        type="button"
        className="time-toggle"
        aria-expanded={open}
        aria-controls={controlsId}
        onClick={() => setOpen(!open)}
        aria-label={open ? t('timeFold') : `${t('timeUnfold')}: ${yearLabel}`}
      >
        {open ? (
          '×'
        ) : (
          <>
            <ClockIcon />
            {yearLabel}
          </>
        )}
      </button>
      <div className="time-controls" id={controlsId}>
        <button
          type="button"
          className="time-play"
          onClick={togglePlay}
          aria-pressed={playing}
          aria-label={playing ? t('pause') : t('play')}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <input
          type="range"
          min={oldest}
          max={today}
          step={1}
          value={shown}
          onChange={(e) => {
            setPlaying(false);
            const v = Number(e.currentTarget.value);
            setYear(v >= today ? null : v);
          }}
          aria-label={t('timeLabel')}
          aria-valuetext={yearLabel}
        />
        <output className="time-year" aria-live="polite">
          {yearLabel}
        </output>
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className={`time-preset${year === p ? ' on' : ''}`}
            aria-pressed={year === p}
            onClick={() => {
              setPlaying(false);
              setYear(p);
            }}
          >
            {p}
          </button>
        ))}
        <button
          type="button"
          className={`time-preset${year === null ? ' on' : ''}`}
          aria-pressed={year === null}
          onClick={() => {
            setPlaying(false);
            setYear(null);
          }}
        >
          {t('today')}
        </button>
      </div>
    </div>
  );
}
