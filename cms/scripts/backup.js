#!/usr/bin/env node
// @ts-check
/**
 * `npm run backup`: Strapi's export of every entry (both locales, drafts and published versions), relation,
 * configuration and uploaded file into one archive, BACKUP_DIR/institute-<date>.tar.gz (cms/backups by default).
 * Works on the database the environment names (DATABASE_CLIENT...), on SQLite and PostgreSQL alike.
 * Set BACKUP_ENCRYPTION_KEY to encrypt the archive (restore then needs the same key).
 */
const { mkdirSync } = require('node:fs');
const path = require('node:path');
const { runStrapiCli } = require('./strapi-cli');

const directory = path.resolve(process.env.BACKUP_DIR || path.join(__dirname, '..', 'backups'));
mkdirSync(directory, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = path.join(directory, `institute-${stamp}`);
const key = process.env.BACKUP_ENCRYPTION_KEY;
const args = ['export', '-f', file, ...(key ? ['--key', key] : ['--no-encrypt'])];

runStrapiCli(args, 'Backup failed: see the messages above.');
console.log(`Backup written to ${file}.tar.gz${key ? '.enc' : ''}`);
