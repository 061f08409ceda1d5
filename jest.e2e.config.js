/**
 * Browser end-to-end tests (tests/e2e/*.e2e.ts), run by `npm run test:e2e` through scripts/e2e.js, which builds
 * the preview, serves it on a free localhost port and finds Chromium. Not run by the unit-test config.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 90_000,
  // One browser at a time: the machines that run this have few cores, and the tests time renders.
  maxWorkers: 1,
};
