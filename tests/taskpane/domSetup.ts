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

// jsdom leaves out TextEncoder/TextDecoder, which the Word simulator (integration test) uses as browsers do.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

const text = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof text.TextDecoder !== 'function') text.TextDecoder = NodeTextDecoder;
if (typeof text.TextEncoder !== 'function') text.TextEncoder = NodeTextEncoder;

// Fluent components render slowly in jsdom when the machine is busy (parallel suites): give async queries and
// tests room, so that a slow machine does not fail a correct pane.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

// tabster, Fluent's focus manager, takes a <body> that measures 0×0 for a hidden iframe and then finds nothing
// focusable (Focusable.isVisible); jsdom lays nothing out, so every body measures 0×0. A dialog then focused its own
// surface instead of its first control, and its modalizer could be left inactive, its content aria-hidden, when a
// busy machine delayed the focus events (fluentui#27322 names the same jsdom gap). The body measures as a 350×800
// task pane here, as it does in Word.
if (typeof HTMLBodyElement !== 'undefined') {
  HTMLBodyElement.prototype.getBoundingClientRect = function paneRect(): DOMRect {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 350, height: 800, right: 350, bottom: 800 };
    return { ...rect, toJSON: () => rect };
  };
}
