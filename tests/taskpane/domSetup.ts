/**
 * What jsdom lacks and Fluent needs: MessageBar observes its own size (to switch to a multi-line layout) with
 * ResizeObserver. A no-op observer keeps the single-line layout, which is all a test needs. Also brings the
 * jest-dom matchers.
 */
import '@testing-library/jest-dom';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as { ResizeObserver?: unknown };
if (typeof scope.ResizeObserver !== 'function') scope.ResizeObserver = NoopResizeObserver;
