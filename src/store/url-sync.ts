import { formatHash, parseHash } from '../lib/url-state';
import { useAppStore } from './app-store';

/**
 * Applies the URL hash to the store once, then keeps the hash in step with the store.
 * replaceState: panning should not flood the back button.
 */
export function startUrlSync(knownAgs: ReadonlySet<string>): () => void {
  const { state, rejected } = parseHash(window.location.hash, knownAgs);
  useAppStore.setState({
    view: state.view,
    selectedAgs: state.selected,
    lang: state.lang,
    linkNotice: rejected,
  });
  const write = () => {
    const s = useAppStore.getState();
    const hash = formatHash({ view: s.view, selected: s.selectedAgs, lang: s.lang });
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  };
  write();
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.view !== prev.view || s.selectedAgs !== prev.selectedAgs || s.lang !== prev.lang) write();
  });
  const onHashChange = () => {
    const next = parseHash(window.location.hash, knownAgs);
    useAppStore.setState({ selectedAgs: next.state.selected, lang: next.state.lang, linkNotice: next.rejected });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
