// Compiles the CMS (TypeScript to dist/) once for every test file.
const path = require('node:path');
const { compileStrapi } = require('@strapi/strapi');

module.exports = async () => {
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
};
