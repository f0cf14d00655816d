import { Component, lazy, Suspense, type ComponentProps, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/** The lazy parts whose load failed, each with how to start it afresh: Try again (LazyPart) does. */
const failedLoads = new Set<() => void>();

/**
 * React.lazy, but a load that failed can be tried again: React.lazy keeps a failed load for good,
 * so without this "Try again" (LazyPart) could only fail again. The fresh load starts only when
 * someone presses Try again: starting it at once would have React render it, fail, and start
 * again without end.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy: any component, whatever its props
export function retryableLazy<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): ComponentType<ComponentProps<T>> {
  let current: LazyExoticComponent<T>;
  const make = (): LazyExoticComponent<T> => lazy(() => load().catch((error: unknown) => {
    failedLoads.add(() => { current = make(); });
    throw error;
  }));
  current = make();
  return function RetryableLazy(props: ComponentProps<T>) {
    const Part = current as ComponentType<ComponentProps<T>>;
    return <Part {...props} />;
  };
}

function startFailedLoadsAfresh(): void {
  for (const reset of failedLoads) reset();
  failedLoads.clear();
}

/** Whether an error is a chunk that could not be fetched (Chromium and Firefox say "dynamically imported module", Safari "module script failed"). */
const isLoadError = (error: unknown): boolean =>
  error instanceof Error && /dynamically imported module|module script failed/i.test(error.message);

interface Props {
  /** What the part is, for the message ("The inspector"). */
  what: string;
  /** Shown while the part's code loads. */
  fallback?: ReactNode;
  /** A part too small to hold a message (a node's badge): nothing shows if it cannot load. */
  quiet?: boolean;
  children: ReactNode;
}

/**
 * A part of the page whose code loads on demand. While it loads, `fallback`; if its chunk cannot
 * be fetched (the connection dropped since the page loaded), a line saying so with "Try again",
 * in its place only. Without this the failed load is an error React answers by unmounting the
 * whole page, which went blank. Any other error the part throws is kept in its place the same way.
 */
export class LazyPart extends Component<Props, { failed: boolean; attempt: number; loadError: boolean }> {
  state = { failed: false, attempt: 0, loadError: true };

  static getDerivedStateFromError(error: unknown): { failed: boolean; loadError: boolean } {
    return { failed: true, loadError: isLoadError(error) };
  }

  // React itself logs what a boundary catches (onCaughtError), so a fault in a part still reaches the console.

  private readonly retry = () => {
    startFailedLoadsAfresh();
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
  };

  render(): ReactNode {
    const { what, fallback = null, quiet = false, children } = this.props;
    if (this.state.failed) {
      if (quiet) return null;
      return (
        <div className="lazy-part-failed" role="alert" data-testid="lazy-part-failed">
          {this.state.loadError ? `${what} could not be loaded. Check the connection, then` : `${what} ran into an error. Your design is safe;`}{' '}
          <button type="button" className="button" onClick={this.retry}>Try again</button>
        </div>
      );
    }
    return <Suspense key={this.state.attempt} fallback={fallback}>{children}</Suspense>;
  }
}
