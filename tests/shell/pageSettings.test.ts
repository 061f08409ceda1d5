/** The Content-Security-Policy of each page and the one setting that self-hosts Office.js. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const settings = require('../../scripts/lib/pageSettings.js') as {
  officeJsMode(env: Record<string, string | undefined>): string;
  officeJsScriptSrc(mode: string): string;
  taskpaneCsp(options: { officeJs: string; development?: boolean }): string;
  previewCsp(options?: { development?: boolean }): string;
};

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split('; ').map((part) => {
      const [name, ...sources] = part.split(' ');
      return [name, sources];
    }),
  );
}

describe('Office.js source', () => {
  it.each([
    [{}, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    [{ OFFICE_JS: 'cdn' }, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    [{ OFFICE_JS: 'self-hosted' }, 'office-js/office.js'],
    [{ OFFICE_JS: ' Self-Hosted ' }, 'office-js/office.js'],
  ])('%j → %s', (env, src) => {
    expect(settings.officeJsScriptSrc(settings.officeJsMode(env))).toBe(src);
  });

  it('refuses an unknown value instead of building a page without Office.js', () => {
    expect(() => settings.officeJsMode({ OFFICE_JS: 'selfhosted' })).toThrow(
      'OFFICE_JS must be "cdn" or "self-hosted"',
    );
  });
});

describe('Content-Security-Policy', () => {
  const CDN = 'https://appsforoffice.microsoft.com';

  it('task pane with the CDN: scripts only from itself and the Office.js CDN, no eval, no inline script', () => {
    const policy = directives(settings.taskpaneCsp({ officeJs: 'cdn' }));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", CDN]);
    expect(policy['connect-src']).toEqual(["'self'", CDN]);
    expect(policy['object-src']).toEqual(["'none'"]);
    const everySource = Object.values(policy).flat();
    expect(everySource.filter((source) => source.startsWith('http'))).toEqual(
      everySource.filter((source) => source === CDN),
    );
    expect(everySource).not.toContain("'unsafe-eval'");
  });

  it('self-hosted task pane and the preview: nothing but their own origin', () => {
    for (const policy of [settings.taskpaneCsp({ officeJs: 'self-hosted' }), settings.previewCsp()]) {
      expect(policy).not.toMatch(/https?:|ws:/);
      expect(directives(policy)['script-src']).toEqual(["'self'"]);
    }
  });

  it('only the dev server may open its live-reload socket on localhost', () => {
    expect(directives(settings.previewCsp({ development: true }))['connect-src']).toEqual([
      "'self'",
      'ws://localhost:*',
      'wss://localhost:*',
    ]);
    expect(directives(settings.previewCsp())['connect-src']).toEqual(["'self'"]);
  });
});
