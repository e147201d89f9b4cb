import type { AppState } from './app-store';

/**
 * What the back button steps through: an opened panel (selection), the comparison, the list and
 * the presentation as a whole. A scene, the camera, a filter or the language only change the
 * current step: panning or a clicker must not flood the back button.
 */
export function historyStepOf(s: Pick<AppState, 'presenting' | 'selection' | 'compare' | 'listView'>): string {
  if (s.presenting) return 'present';
  return [s.listView ? 'list' : 'map', s.selection ? `${s.selection.kind}:${s.selection.id}` : '', s.compare.join(',')].join('|');
}
