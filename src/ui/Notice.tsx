import type { ReactNode } from 'react';
import { translate, type Lang } from '../i18n/i18n';

/** A short message on the map that the user closes: what happened, in words. */
export function Notice({ testId, lang, onDismiss, children }: { testId: string; lang: Lang; onDismiss: () => void; children: ReactNode }) {
  return (
    <div className="notice" role="status" data-testid={testId}>
      <span>{children}</span>
      <button type="button" className="icon-button" onClick={onDismiss} aria-label={translate(lang, 'dismiss')}>
        ×
      </button>
    </div>
  );
}
