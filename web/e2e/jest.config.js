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
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
};
