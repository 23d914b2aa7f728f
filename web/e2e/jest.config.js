const base = require('../jest.config.js');

/** Browser tests: a seeded CMS, the production build of the website, Debian's Chromium. */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/helpers/global-teardown.ts',
  testSequencer: '<rootDir>/e2e/helpers/sequencer.js',
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  // The outage test leaves a restarted CMS to the teardown; sockets of fetch's pool may linger after the last test.
  forceExit: true,
};
