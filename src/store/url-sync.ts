import { formatHash, parseHash, type KnownIds } from '../lib/url-state';
import { useAppStore, type AppState } from './app-store';

const urlStateOf = (s: AppState) => ({
  view: s.view,
  selection: s.selection,
  hiddenClusters: s.hiddenClusters,
  hiddenCorridors: s.hiddenCorridors,
  hiddenCategories: s.hiddenCategories,
  year: s.year ?? undefined,
  present: s.presenting ? s.scene + 1 : undefined,
  presenter: s.presenterView || undefined,
  compare: s.compare,
  indicator: s.indicator || undefined,
  scheme: s.scheme,
  level: s.level,
  lang: s.lang,
});

/**
 * Applies the URL hash to the store once, then keeps the hash in step with the store.
 * replaceState: panning should not flood the back button.
 */
export function startUrlSync(known: KnownIds): () => void {
  const apply = (hash: string) => {
    const { state, rejected } = parseHash(hash, known);
    useAppStore.setState({
      selection: state.selection,
      hiddenClusters: state.hiddenClusters ?? [],
      hiddenCorridors: state.hiddenCorridors ?? [],
      hiddenCategories: state.hiddenCategories ?? [],
      year: state.year ?? null,
      lang: state.lang,
      linkNotice: rejected,
      presenterView: state.presenter ?? false,
      compare: state.compare ?? [],
      indicator: state.indicator ?? '',
      scheme: state.scheme ?? 'quantile',
      level: state.level ?? 'municipality',
      ...(state.present !== undefined ? { presenting: true, scene: state.present - 1 } : { presenting: false }),
    });
    return state;
  };
  const initial = apply(window.location.hash);
  useAppStore.setState({ view: initial.view });
  let last = '';
  const write = () => {
    const hash = formatHash(urlStateOf(useAppStore.getState()));
    if (hash !== last) {
      last = hash;
      if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
    }
  };
  write();
  const unsubscribe = useAppStore.subscribe(write);
  const onHashChange = () => apply(window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
