#!/usr/bin/env node
// @ts-check
/**
 * `npm run restore -- <archive>`: replaces the content of the database the environment names (and its uploaded
 * files) with a backup made by `npm run backup`. Everything in that database is deleted first: stop the CMS, and
 * make a backup of the current state if it may be needed. Give BACKUP_ENCRYPTION_KEY for an encrypted archive.
 */
const { existsSync } = require('node:fs');
const path = require('node:path');
const { runStrapiCli } = require('./strapi-cli');

const archive = process.argv[2];
if (!archive || !existsSync(archive)) {
  console.error(`Usage: npm run restore -- <backup archive>${archive ? `\nNo file at ${archive}` : ''}`);
  process.exit(2);
}
const key = process.env.BACKUP_ENCRYPTION_KEY;
const args = ['import', '-f', path.resolve(archive), '--force', ...(key ? ['--key', key] : [])];

runStrapiCli(args, 'Restore failed: see the messages above. The database may be partly restored: restore again.');
console.log(`Restored ${archive}`);
