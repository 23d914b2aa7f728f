const path = require('node:path');

// React 19 lives in web/node_modules (React 18, for Strapi's admin, is hoisted to the root): point tests at web's copy.
const own = (name) => path.join(__dirname, 'node_modules', name);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  // Browser tests run on their own (npm run test:e2e): they need the CMS and a production build.
  testPathIgnorePatterns: ['/node_modules/', '/e2e/'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // .mjs: the production server's modules (server/), plain ES modules.
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  moduleNameMapper: {
    '^react$': own('react'),
    '^react/(.*)$': own('react/$1'),
    '^react-dom$': own('react-dom'),
    '^react-dom/(.*)$': own('react-dom/$1'),
    '^@/(.*)$': '<rootDir>/src/$1',
  },
};
