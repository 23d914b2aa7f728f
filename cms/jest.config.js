/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/test/helpers/global-setup.js',
  // Booting Strapi and seeding the institute takes a while, on PostgreSQL especially.
  testTimeout: 240000,
  // Strapi keeps timers (cron, session store) that outlive a test file's last assertion.
  forceExit: true,
};
