import type { AtlasData } from '../domain/atlas-data';
import { translate } from '../lib/i18n';
import { SearchBox } from './SearchBox';
import { useAppStore } from '../store/app-store';

/** Title, search, language switch and the opt-in online basemap. */
export function Header({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const basemap = useAppStore((s) => s.onlineBasemap);
  const setBasemap = useAppStore((s) => s.setOnlineBasemap);
  const listView = useAppStore((s) => s.listView);
  const presenting = useAppStore((s) => s.presenting);
  const present = useAppStore((s) => s.present);
  const stopPresenting = useAppStore((s) => s.stopPresenting);
  const setListView = useAppStore((s) => s.setListView);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return (
    <header className="app-header">
      <div className="titles">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      <SearchBox data={data} />
      <div className="controls">
        <label className="toggle" title={t('basemapNote')}>
          <input type="checkbox" checked={basemap} onChange={(e) => setBasemap(e.currentTarget.checked)} />
          <span>{t('basemapLabel')}</span>
        </label>
        {presenting ? (
          <>
            <span className="keys-help">{t('keysHelp')}</span>
            <a className="lang-button" href="#/presenter" target="_blank" rel="noopener">{t('presenterWindow')}</a>
            <button type="button" className="lang-button" onClick={stopPresenting} data-testid="end-presentation">{t('endPresentation')}</button>
          </>
        ) : (
          <button type="button" className="lang-button" onClick={() => { setListView(false); present(0); }} data-testid="start-presentation">{t('present')}</button>
        )}
        <button type="button" className="lang-button" aria-pressed={listView} onClick={() => setListView(!listView)} data-testid="list-toggle">
          {listView ? t('showMap') : t('showList')}
        </button>
        <button type="button" className="lang-button" lang={lang === 'de' ? 'en' : 'de'} onClick={() => setLang(lang === 'de' ? 'en' : 'de')} aria-label={`${t('language')}: ${t('switchLanguage')}`}>
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}
