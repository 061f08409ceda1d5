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
