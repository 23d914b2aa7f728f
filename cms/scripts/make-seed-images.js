#!/usr/bin/env node
// @ts-check
/**
 * Draws the seed's illustrative images (abstract "cell" compositions, neutral portraits, affiliation wordmarks) for
 * every media path the files in cms/data/ name, so the seed needs no downloads. Deterministic: the same slug always
 * gives the same picture. Existing files are kept; pass --force to redraw them.
 *   node scripts/make-seed-images.js [--force]
 */
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const sharp = require('sharp');

const DATA_DIR = path.resolve(__dirname, '..', 'data');
const MEDIA_DIR = path.join(DATA_DIR, 'media');
const force = process.argv.includes('--force');

/** A small seeded generator (mulberry32) so each picture depends only on its name. */
function randomFor(name) {
  let seed = createHash('sha256').update(name).digest().readUInt32LE(0);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTES = {
  teams: ['#0b3d5c', '#13678a', '#45c4b0', '#dafdba'],
  platforms: ['#1d2d44', '#3e5c76', '#748cab', '#f0ebd8'],
  news: ['#3d1f4e', '#8c3b68', '#e26d5c', '#ffe1a8'],
  people: ['#264653', '#2a9d8f', '#e9c46a', '#f4a261'],
};

function cellsSvg(name, palette, width, height) {
  const random = randomFor(name);
  const [deep, mid, light, pale] = palette;
  const circles = [];
  for (let index = 0; index < 26; index += 1) {
    const r = 30 + random() * 170;
    const cx = random() * width;
    const cy = random() * height;
    const fill = [mid, light, pale][Math.floor(random() * 3)];
    const opacity = (0.12 + random() * 0.35).toFixed(2);
    circles.push(`<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${r.toFixed(0)}" fill="${fill}" fill-opacity="${opacity}"/>`);
    if (random() > 0.55) {
      circles.push(
        `<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${(r * 0.28).toFixed(0)}" fill="${deep}" fill-opacity="0.45"/>`,
      );
    }
  }
  const angle = Math.floor(random() * 360);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" gradientTransform="rotate(${angle} 0.5 0.5)">
    <stop offset="0" stop-color="${deep}"/><stop offset="1" stop-color="${mid}"/></linearGradient>
    <filter id="b"><feGaussianBlur stdDeviation="6"/></filter></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <g filter="url(#b)">${circles.join('')}</g>
</svg>`;
}

function portraitSvg(name, size) {
  const random = randomFor(name);
  const palette = PALETTES.people;
  const background = palette[Math.floor(random() * palette.length)];
  const figure = '#f8f5ef';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <rect width="100%" height="100%" fill="${background}"/>
  <circle cx="${size / 2}" cy="${size * 0.4}" r="${size * 0.17}" fill="${figure}" fill-opacity="0.92"/>
  <ellipse cx="${size / 2}" cy="${size * 0.98}" rx="${size * 0.33}" ry="${size * 0.3}" fill="${figure}" fill-opacity="0.92"/>
</svg>`;
}

const WORDMARKS = {
  'logos/inserm.png': { text: 'Inserm', color: '#d7192f' },
  'logos/cnrs.png': { text: 'CNRS', color: '#1b3b8b' },
  'logos/amu.png': { text: 'Aix*Marseille Université', color: '#1d1d1b' },
  'logos/ipc.png': { text: 'Institut Paoli-Calmettes', color: '#00679e' },
};

function wordmarkSvg(file) {
  const { text, color } = WORDMARKS[file] ?? { text: path.basename(file, path.extname(file)).toUpperCase(), color: '#333' };
  const width = 480;
  const fontSize = text.length > 12 ? 34 : 64;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="160">
  <rect width="100%" height="100%" fill="#ffffff"/>
  <text x="50%" y="54%" dominant-baseline="middle" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold"
    font-size="${fontSize}" fill="${color}">${text.replace(/&/g, '&amp;')}</text>
</svg>`;
}

function mediaPathsInData() {
  const paths = new Set();
  const visit = (value, key) => {
    if (typeof value === 'string' && ['photo', 'image', 'cover', 'logo'].includes(key ?? '')) paths.add(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  for (const file of ['institute.json', 'people.json', 'teams.json', 'platforms.json', 'news-articles.json']) {
    visit(JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')));
  }
  return [...paths].sort();
}

async function draw(relativePath) {
  const target = path.join(MEDIA_DIR, relativePath);
  if (existsSync(target) && !force) return false;
  mkdirSync(path.dirname(target), { recursive: true });
  const [folder] = relativePath.split('/');
  const name = path.basename(relativePath, path.extname(relativePath));
  let image;
  if (folder === 'logos') image = sharp(Buffer.from(wordmarkSvg(relativePath))).png({ compressionLevel: 9 });
  else if (folder === 'people') image = sharp(Buffer.from(portraitSvg(name, 480))).jpeg({ quality: 78, mozjpeg: true });
  else {
    const palette = PALETTES[folder] ?? PALETTES.teams;
    image = sharp(Buffer.from(cellsSvg(name, palette, 1200, 800))).jpeg({ quality: 72, mozjpeg: true });
  }
  await image.toFile(target);
  return true;
}

(async () => {
  const paths = mediaPathsInData();
  let drawn = 0;
  for (const relativePath of paths) if (await draw(relativePath)) drawn += 1;
  console.log(`${paths.length} seed images referenced, ${drawn} drawn into ${MEDIA_DIR}`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
