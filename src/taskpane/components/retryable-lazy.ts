/**
 * React.lazy keeps a failed import for good: once a view's code could not be fetched (offline),
 * the view would stay broken until the pane is reopened. A view made here can be asked for again:
 * `retryFailedViews()` gives each view whose fetch failed a fresh lazy component, and webpack
 * fetches a chunk again when it is imported again after a failure.
 */
import { createElement, lazy, useState, type ComponentProps, type ComponentType, type LazyExoticComponent } from "react";

const retries = new Set<() => void>();

// The same bound as React.lazy's own signature, so any view's props type is kept.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function retryableLazy<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
  /** The view, if its code has already arrived (fetched ahead by the first view): drawn at once, without a spinner. */
  peek?: () => T | undefined,
): ComponentType<ComponentProps<T>> {
  let failed = false;
  const make = () =>
    lazy(() =>
      load().catch((err: unknown) => {
        failed = true;
        throw err;
      }),
    );
  let current: LazyExoticComponent<T> = make();
  retries.add(() => {
    if (!failed) return;
    failed = false;
    current = make();
  });
  return function RetryableView(props: ComponentProps<T>) {
    // Decided once per mount: switching from the lazy view to the loaded one would remount it and lose its state.
    const [ready] = useState(() => peek?.());
    return createElement(ready ?? current, props);
  };
}

/** Each view whose code could not be fetched is fetched again when next drawn. */
export function retryFailedViews(): void {
  for (const retry of retries) retry();
}
