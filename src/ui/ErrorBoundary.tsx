import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

interface State {
  error?: string;
}

/**
 * Catches a crash in the interface and offers a way back: "reset view" clears selection and
 * filters and re-renders; the URL stays as it was, so nothing the user shared is lost.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  private reset = () => {
    useAppStore.getState().resetAfterCrash();
    this.setState({ error: undefined });
  };

  render() {
    if (!this.state.error) return this.props.children;
    const lang = useAppStore.getState().lang;
    return (
      <main className="fatal">
        <div role="alert" data-testid="error-boundary">
          <h1>{translate(lang, 'crashTitle')}</h1>
          <p>{translate(lang, 'crashText')}</p>
          <p>
            <code>{this.state.error}</code>
          </p>
          <button type="button" onClick={this.reset}>
            {translate(lang, 'crashReset')}
          </button>
        </div>
      </main>
    );
  }
}
