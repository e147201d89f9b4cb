import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import type { Story } from '../domain/story';
import { formatDate, translator } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { atlasMap } from '../map/atlas-map';
import { useAppStore } from '../store/app-store';
import type { Cover } from '../store/view-slice';
import { scenePlan } from './scene-plan';
import { clampScene } from '../store/scene-steps';
import { corridorEdgeOf } from '../layers/corridor-edge';
import { Handout } from './Handout';
import { makeHandout, type HandoutPage } from './make-handout';
import { loadStory } from './load-story';
import { actionForKey, keyPressesControl } from './navigation';
import { openStoryChannel } from './story-channel';
import { useScreenWakeLock } from './use-screen-wake-lock';

/**
 * The part of the map the card covers: a card along the left (projector, laptop) covers the left,
 * a sheet across the bottom (phone) the bottom. Read from the card itself, whose size the CSS
 * sets, so the camera and the card cannot drift apart.
 */
function coverOf(card: HTMLElement | null): Cover {
  const none = { left: 0, top: 0, right: 0, bottom: 0 };
  const area = card?.parentElement?.getBoundingClientRect();
  if (!card || !area) return none;
  const r = card.getBoundingClientRect();
  if (r.width > area.width * 0.7) return { ...none, bottom: Math.max(0, area.bottom - r.top) };
  return { ...none, left: Math.max(0, r.right - area.left) };
}

/**
 * Presentation mode: the map is the slide deck. One key per step (clicker PageUp/PageDown),
 * large type, the legend of what is shown, progress, black screen, full screen, presenter sync.
 */
export default function Presentation({ data, overlays }: { data: AtlasData; overlays?: Overlays }) {
  const lang = useAppStore((s) => s.lang);
  const scene = useAppStore((s) => s.scene);
  const blank = useAppStore((s) => s.blank);
  // Without WebGL2 the talk runs as cards: there is no map to draw a handout's pictures on.
  const noMap = useAppStore((s) => s.webgl2Missing);
  const [story, setStory] = useState<Story>();
  const [error, setError] = useState<string>();
  const [handout, setHandout] = useState<HandoutPage[] | 'making'>();
  const t = translator(lang);
  const screenKeptOn = useScreenWakeLock();
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    loadStory(data, lang).then(setStory, (e: unknown) => setError(String(e instanceof Error ? e.message : e)));
  }, [data, lang]);

  // The card's size, read after each scene's text is drawn: the scenes' cameras leave it free.
  // Before the plan below, so the first scene's camera knows it too.
  useLayoutEffect(() => {
    if (story) useAppStore.getState().setSceneCover(coverOf(card.current));
  }, [story, scene]);

  // The loaded story's scenes go to the store, which puts the current one (a link's) on the map;
  // keys, buttons and the presenter window then turn the page by the store's actions.
  useEffect(() => {
    if (story) useAppStore.getState().setTalkPlan(story.scenes.map((sc) => scenePlan(sc, data)));
  }, [story, data]);

  // The presenter window follows and leads: both send the scene they show.
  useEffect(() => {
    const channel = openStoryChannel((m) => {
      if (m.type === 'scene') useAppStore.getState().goToScene(m.scene);
      if (m.type === 'hello') channel.post({ type: 'scene', scene: useAppStore.getState().scene });
    });
    // Say where the talk is at once: a presenter window opened before the talk follows from the start.
    channel.post({ type: 'scene', scene: useAppStore.getState().scene });
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.scene !== prev.scene) channel.post({ type: 'scene', scene: s.scene });
    });
    // The talk ends (Esc, Back): the presenter window says so and stops its clock.
    return () => {
      unsubscribe();
      channel.post({ type: 'end' });
      channel.close();
    };
  }, []);

  useEffect(() => {
    if (!story) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof HTMLInputElement && e.target.type !== 'range') return;
      if (keyPressesControl(e.key, e.target)) return;
      const action = actionForKey(e.key);
      if (!action) return;
      e.preventDefault();
      const s = useAppStore.getState();
      if (action === 'blank') s.setBlank(!s.blank);
      else if (action === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => {});
      } else if (action === 'exit') {
        if (s.blank) s.setBlank(false);
        else s.stopPresenting();
      } else {
        s.turnScene(action);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [story]);

  const openHandout = async () => {
    const size = atlasMap()?.size();
    if (!story || !size) return;
    setHandout('making');
    // The pictures have the size of the map on screen; the map itself does not move.
    setHandout(await makeHandout(story, data, overlays, size, lang));
  };
  const closeHandout = () => setHandout(undefined);

  if (error)
    return (
      <div className="story-panel" role="alert" data-testid="story-error">
        {error}
      </div>
    );
  if (!story) return null;
  const current = story.scenes[clampScene(scene, story.scenes.length)]!;
  const n = clampScene(scene, story.scenes.length) + 1;
  return (
    <>
      <section
        ref={card}
        className="story-panel"
        aria-live="polite"
        aria-labelledby="scene-title"
        data-testid="story-panel"
        data-screen-kept-on={screenKeptOn}
      >
        <p className="story-progress" data-testid="story-progress">
          {t('scene')} {n} / {story.scenes.length}
        </p>
        <h2 id="scene-title">{current.title}</h2>
        {current.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <ul className="story-legend" aria-label={t('layers')}>
          {current.clusters.map((id) => {
            const c = data.clustersById.get(id)!;
            return (
              <li key={id}>
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                {say(lang, c.name)}
              </li>
            );
          })}
          {current.corridors.map((id) => {
            const c = data.corridors.find((x) => x.id === id)!;
            return (
              <li key={id}>
                <span className={`swatch corridor edge-${corridorEdgeOf(data.corridors, id)}`} aria-hidden="true" />
                {say(lang, c.name)}
              </li>
            );
          })}
          {current.year !== null && (
            <li>
              {t('year')}: {current.year}
            </li>
          )}
        </ul>
        <p className="story-source">
          {t('sourceLabel')}:{' '}
          {current.sources.map((s) => `${data.sources[s]?.publisher ?? s}, ${formatDate(lang, data.sources[s]?.date ?? '')}`).join('; ')}
        </p>
        {/* For a touch screen, a mouse and a shared link on a phone: no keys there. */}
        <nav className="story-nav" aria-label={t('scene')}>
          <button
            type="button"
            onClick={() => useAppStore.getState().turnScene('previous')}
            disabled={n === 1}
            data-testid="story-previous"
          >
            ← {t('previous')}
          </button>
          <button
            type="button"
            onClick={() => useAppStore.getState().turnScene('next')}
            disabled={n === story.scenes.length}
            data-testid="story-next"
          >
            {t('next')} →
          </button>
          {!noMap && (
            <button
              type="button"
              className="story-handout"
              onClick={() => void openHandout()}
              disabled={handout === 'making'}
              data-testid="make-handout"
            >
              {handout === 'making' ? t('handoutMaking') : t('handout')}
            </button>
          )}
        </nav>
        <div className="story-bar" style={{ width: `${(n / story.scenes.length) * 100}%` }} aria-hidden="true" />
      </section>
      {Array.isArray(handout) && (
        <Handout
          pages={handout}
          onClose={closeHandout}
          labels={{ title: story.title, print: t('handoutPrint'), close: t('dismiss'), download: t('handoutDownload') }}
        />
      )}
      {blank && <div className="story-blank" data-testid="story-blank" aria-label={t('blankScreen')} />}
    </>
  );
}
