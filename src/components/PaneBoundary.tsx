import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  onReset: () => void;
}

/**
 * Catches anything unexpected while drawing the comparison and shows what happened with a way
 * back, instead of unmounting the whole page.
 */
export class PaneBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div
        role="alert"
        className="rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"
      >
        <p>
          This comparison could not be shown ({this.state.error.message}). Your sources are safe.
        </p>
        <button
          type="button"
          className="mt-2 rounded border border-rose-300 px-2 py-1 font-medium focus:outline-2 focus:outline-sky-600 dark:border-rose-700"
          onClick={() => {
            this.setState({ error: null });
            this.props.onReset();
          }}
        >
          Show the first comparison instead
        </button>
      </div>
    );
  }
}
