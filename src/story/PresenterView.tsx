import { useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../domain/atlas-data';
import type { Story } from '../domain/story';
import { translator } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { loadStory } from './load-story';
import { clampScene, sceneAfter } from '../store/scene-steps';
import { actionForKey, keyPressesControl } from './navigation';
import { openStoryChannel } from './story-channel';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The speaker's second window: current and next scene, notes, a timer; in step with the talk. */
export default function PresenterView({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const t = translator(lang);
  const [story, setStory] = useState<Story>();
  const [scene, setScene] = useState(0);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  // The talk window ended the talk: no scene is shown to the audience, the clock stops.
  const [ended, setEnded] = useState(false);
  const [endedAt, setEndedAt] = useState<number>();
  useEffect(() => setEndedAt(ended ? Date.now() : undefined), [ended]);
  const channel = useRef<ReturnType<typeof openStoryChannel> | undefined>(undefined);

  useEffect(() => {
    void loadStory(data, lang).then(setStory);
  }, [data, lang]);
  useEffect(() => {
    channel.current = openStoryChannel((m) => {
      if (m.type === 'scene') {
        setScene(m.scene);
        setEnded(false);
      }
      if (m.type === 'end') setEnded(true);
    });
    channel.current.post({ type: 'hello' });
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      channel.current?.close();
      window.clearInterval(timer);
    };
  }, []);

  const go = (next: number) => {
    if (!story) return;
    const clamped = clampScene(next, story.scenes.length);
    setScene(clamped);
    channel.current?.post({ type: 'scene', scene: clamped });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (keyPressesControl(e.key, e.target)) return;
      const action = actionForKey(e.key);
      if (!story || !action || action === 'blank' || action === 'fullscreen' || action === 'exit') return;
      e.preventDefault();
      go(sceneAfter(action, scene, story.scenes.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!story) return <p>{t('loading')}</p>;
  const current = story.scenes[scene]!;
  const next = story.scenes[scene + 1];
  return (
    <main className="presenter" data-testid="presenter">
      <header>
        <p className="story-progress" data-testid="presenter-progress">
          {ended ? t('talkOver') : `${t('scene')} ${scene + 1} / ${story.scenes.length}`}
        </p>
        <p className="presenter-timer" aria-label={t('timer')} data-testid="presenter-timer">
          {clock((endedAt ?? now) - started)}{' '}
          <button type="button" onClick={() => setStarted(Date.now())}>
            {t('resetTimer')}
          </button>
        </p>
      </header>
      <section aria-labelledby="presenter-current">
        <h1 id="presenter-current" data-testid="presenter-current">
          {current.title}
        </h1>
        {current.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <h2>{t('notes')}</h2>
        <p className="presenter-notes">{current.notes}</p>
      </section>
      <section className="presenter-next" aria-label={t('nextScene')}>
        <h2>{t('nextScene')}</h2>
        <p>{next ? next.title : '—'}</p>
      </section>
      <nav className="presenter-nav">
        <button type="button" onClick={() => go(scene - 1)} disabled={scene === 0}>
          ← {t('previous')}
        </button>
        <button type="button" onClick={() => go(scene + 1)} disabled={!next} data-testid="presenter-next">
          {t('next')} →
        </button>
      </nav>
    </main>
  );
}
