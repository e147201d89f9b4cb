import type { Source } from '../domain/cluster';
import { formatDate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/** Source documents by id, as a short list: title, publisher, date (and link where there is one). */
export function SourceList({ ids, sources, label }: { ids: string[]; sources: Record<string, Source>; label: string }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="source">
      {label}:
      <ul>
        {ids.map((id) => {
          const s = sources[id];
          if (!s) return null;
          return (
            <li key={id}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              {` — ${s.publisher}, ${formatDate(lang, s.date)}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
