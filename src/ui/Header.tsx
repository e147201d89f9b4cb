import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../domain/atlas-data';
import { translate } from '../i18n/i18n';
import { SearchBox } from './SearchBox';
import { ShareButton } from './ShareButton';
import { useAppStore } from '../store/app-store';
import { useBackCloses } from './use-back-closes';

// Read by few, and after the map: its own chunk.
const AboutDialog = lazy(() => import('./AboutDialog'));

/**
 * Title, search, presentation, sharing, list, info and language. Below 960 px the controls fold
 * into a menu (CSS decides), so the search keeps its width and, on a phone, the map keeps the
 * screen.
 */
export function Header({ data, noMap = false }: { data: AtlasData; noMap?: boolean }) {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const listView = useAppStore((s) => s.listView);
  const presenting = useAppStore((s) => s.presenting);
  const present = useAppStore((s) => s.present);
  const stopPresenting = useAppStore((s) => s.stopPresenting);
  const setListView = useAppStore((s) => s.setListView);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const [menuOpen, setMenuOpen] = useState(false);
  const about = useBackCloses();
  const menuButton = useRef<HTMLButtonElement>(null);
  const controls = useRef<HTMLDivElement>(null);
  // An open menu closes on a tap elsewhere and on Escape, like any menu.
  useEffect(() => {
    if (!menuOpen) return;
    // Focus goes into the opened menu: in the page's order the search lies between button and menu.
    controls.current?.querySelector<HTMLElement>('input, button, a')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!controls.current?.contains(target) && !menuButton.current?.contains(target)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [menuOpen]);
  const closeMenu = () => setMenuOpen(false);
  const onKeyDown = (e: { key: string }) => {
    if (e.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  return (
    <>
      <header className="app-header">
        <div className="titles">
          <h1>{t('appTitle')}</h1>
          <p>{t('appSubtitle')}</p>
        </div>
        {!presenting && (
          <button
            ref={menuButton}
            type="button"
            className="lang-button menu-button"
            aria-expanded={menuOpen}
            aria-controls="app-controls"
            onClick={() => setMenuOpen(!menuOpen)}
            data-testid="menu-button"
          >
            <span aria-hidden="true">☰</span> {t('menu')}
          </button>
        )}
        <SearchBox data={data} />
        <div
          ref={controls}
          id="app-controls"
          className={`controls${presenting ? '' : ' collapsible'}${menuOpen ? ' open' : ''}`}
          onKeyDown={onKeyDown}
        >
          {presenting ? (
            <>
              <span className="keys-help">{t('keysHelp')}</span>
              <a className="lang-button" href="#/presenter" target="_blank" rel="noopener">
                {t('presenterWindow')}
              </a>
              <button type="button" className="lang-button" onClick={stopPresenting} data-testid="end-presentation">
                {t('endPresentation')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="lang-button"
              onClick={() => {
                closeMenu();
                setListView(false);
                present(0);
              }}
              data-testid="start-presentation"
            >
              {t('present')}
            </button>
          )}
          {!presenting && <ShareButton onShared={closeMenu} />}
          {/* Without a map the list is all there is to switch to. */}
          {!noMap && (
            <button
              type="button"
              className="lang-button"
              aria-pressed={listView}
              onClick={() => {
                closeMenu();
                setListView(!listView);
              }}
              data-testid="list-toggle"
            >
              {listView ? t('showMap') : t('showList')}
            </button>
          )}
          {!presenting && (
            <button
              type="button"
              className="lang-button"
              onClick={() => {
                closeMenu();
                about.show();
              }}
              aria-label={t('aboutLabel')}
              aria-haspopup="dialog"
              data-testid="about-button"
            >
              {t('about')}
            </button>
          )}
          <button
            type="button"
            className="lang-button"
            lang={lang === 'de' ? 'en' : 'de'}
            onClick={() => {
              closeMenu();
              setLang(lang === 'de' ? 'en' : 'de');
            }}
            aria-label={`${t('language')}: ${t('switchLanguage')}`}
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      {about.open && (
        <Suspense fallback={null}>
          <AboutDialog data={data} onClose={about.close} />
        </Suspense>
      )}
    </>
  );
}
