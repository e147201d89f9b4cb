import { useEffect, useState } from 'react';

/**
 * Keeps the screen on while the talk runs: a projector laptop must not dim or lock while the
 * speaker talks over one scene. The browser drops the lock when the page is hidden (another tab,
 * a minimised window), so it is asked for again when the page shows. Where the browser has no
 * Wake Lock API or refuses (battery saver), the talk runs as before. Returns whether it is held.
 */
export function useScreenWakeLock(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: { request: (type: 'screen') => Promise<WakeLockSentinel> } }).wakeLock;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinel | undefined;
    let ended = false;
    const request = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      wakeLock.request('screen').then(
        (s) => {
          if (ended) {
            void s.release();
            return;
          }
          sentinel = s;
          setHeld(true);
          s.addEventListener('release', () => setHeld(false));
        },
        () => setHeld(false),
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      ended = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release();
    };
  }, []);
  return held;
}
