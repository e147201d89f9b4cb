import { formatHash, parseHash, type KnownIds } from './url-state';
import { useAppStore, type AppState } from './app-store';
import { historyStepOf } from './history-step';

const urlStateOf = (s: AppState) => ({
  view: s.view,
  selection: s.selection,
  hiddenClusters: s.hiddenClusters,
  hiddenCorridors: s.hiddenCorridors,
  hiddenCategories: s.hiddenCategories,
  year: s.year ?? undefined,
  present: s.presenting ? s.scene + 1 : undefined,
  presenter: s.presenterView || undefined,
  list: s.listView || undefined,
  compare: s.compare,
  indicator: s.indicator || undefined,
  scheme: s.scheme,
  level: s.level,
  lang: s.lang,
});

/** Our own history entries carry this, so back and forward tell them from a hash typed by hand. */
interface EntryState {
  atlas: true;
  /** Pushed by starting the talk: ending it goes back to the entry before. */
  talk?: boolean;
}
const ownEntry = (): EntryState | undefined => ((window.history.state as EntryState | null)?.atlas ? window.history.state : undefined);

/**
 * Applies the URL hash to the store once, then keeps the hash in step with the store: a new step
 * (historyStepOf) is a new history entry, anything else replaces the current one.
 * - Back and forward return to a step: its panel, comparison, list or talk, and its camera. The
 *   language, the layers, the year and the map colouring stay as they are now.
 * - A hash typed into the address bar is applied like a link.
 * - Ending a talk started from the map goes back to the entry before it (forward resumes it).
 */
export function startUrlSync(known: KnownIds): () => void {
  const applyLink = (hash: string) => {
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
      listView: state.list ?? false,
      compare: state.compare ?? [],
      indicator: state.indicator ?? '',
      scheme: state.scheme ?? 'quantile',
      level: state.level ?? 'municipality',
      ...(state.present !== undefined ? { presenting: true, scene: state.present - 1 } : { presenting: false }),
    });
    return state;
  };
  const applyStep = (hash: string) => {
    const { state } = parseHash(hash, known);
    const s = useAppStore.getState();
    if (state.present !== undefined) {
      if (!s.presenting) s.present(state.present - 1);
      else s.goToScene(state.present - 1);
      return state;
    }
    // Leaving the talk by the back button is ending it: the map before the talk comes back.
    if (s.presenting) s.stopPresenting();
    useAppStore.setState({ selection: state.selection, compare: state.compare ?? [], listView: state.list ?? false });
    return state;
  };
  const initial = applyLink(window.location.hash);
  useAppStore.setState({ view: initial.view });

  let step = historyStepOf(useAppStore.getState());
  let presenting = useAppStore.getState().presenting;
  let scheduled = false;
  const write = () => {
    scheduled = false;
    const s = useAppStore.getState();
    const hash = formatHash(urlStateOf(s));
    const nextStep = historyStepOf(s);
    const changed = nextStep !== step;
    const talkEnded = presenting && !s.presenting;
    step = nextStep;
    presenting = s.presenting;
    if (talkEnded && ownEntry()?.talk) {
      window.history.back();
      return;
    }
    // A talk opened by a link ends on a new entry of its own: Back then returns to the talk
    // instead of leaving the atlas.
    if ((changed && !talkEnded) || talkEnded) window.history.pushState({ atlas: true, talk: s.presenting } satisfies EntryState, '', hash);
    else if (hash !== window.location.hash || !ownEntry()) window.history.replaceState(ownEntry() ?? { atlas: true }, '', hash);
  };
  // One write per task: an action that sets several fields (leave the list, start the
  // presentation) is one history step, and pointer moves do not format the hash each time.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(write);
  };
  write();
  const unsubscribe = useAppStore.subscribe(schedule);
  const onHashChange = () => {
    const wasList = useAppStore.getState().listView;
    const state = ownEntry() ? applyStep(window.location.hash) : applyLink(window.location.hash);
    // The entry we came to is the current step: writing its canonical form replaces it.
    step = historyStepOf(useAppStore.getState());
    presenting = useAppStore.getState().presenting;
    // A scene brings its own camera; leaving the list or going back to it keeps the map's (it did
    // not move while the list covered it).
    if (state.present === undefined && wasList === (state.list ?? false)) useAppStore.getState().showLinkView(state.view, state.selection);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
