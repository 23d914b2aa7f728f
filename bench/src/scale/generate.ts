import type { Core, UID } from '@strapi/strapi';
import { ANGLES, FIRST_NAMES, LAST_NAMES, NEWS_OPENINGS, PARAGRAPHS, PLATFORM_KINDS, POSITIONS, TOPICS } from './vocabulary';

/**
 * The scale generator: fills a database holding the institute's seed with many more teams, platforms, people and news,
 * in both locales, published, with the relations real content has (people in teams, team leaders, department heads,
 * platform staff, news about teams, platforms and people, images). Deterministic: the same sizes give the same data.
 * It writes through Strapi's document service, so every rule the CMS applies to editors' content applies here too.
 * Each entry draws from a random source seeded by its index, so both locales of an entry get the same relations.
 */
export interface ScaleSizes {
  teams: number;
  platforms: number;
  people: number;
  news: number;
}

export const LARGE_SIZES: ScaleSizes = { teams: 200, platforms: 50, people: 5000, news: 10000 };

export interface ScaleReport {
  /** Entries created, per type. */
  created: Record<string, number>;
  /** Published entries per type afterwards (French locale; English mirrors it). */
  totals: Record<string, number>;
  seconds: number;
}

const PERSON = 'api::person.person';
const DEPARTMENT = 'api::department.department';
const TEAM = 'api::team.team';
const PLATFORM = 'api::platform.platform';
const NEWS = 'api::news-article.news-article';
const CATEGORY = 'api::news-category.news-category';
const LOCALES = ['fr', 'en'] as const;
type Locale = (typeof LOCALES)[number];
type Data = Record<string, unknown>;
/** Marks a database the generator has filled (it fills fresh databases only). */
const MARKER = { type: 'core' as const, name: 'bench', key: 'scale-data' };
const TEAMS_PER_DEPARTMENT = 12;
const BATCH = 50;

/** A small deterministic random generator (mulberry32). */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return chosen;
  };
  return { next, int, pick, sample, chance: (probability: number) => next() < probability };
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A valid ORCID iD (ISO 7064 11,2 check digit), derived from a number. */
export function orcidFor(index: number): string {
  const digits = String(1_000_000_000_000_00 + index * 7919).slice(-15);
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  const full = `${digits}${check === 10 ? 'X' : String(check)}`;
  return full.match(/.{4}/g)?.join('-') ?? full;
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export async function generateScaleData(
  strapi: Core.Strapi,
  sizes: ScaleSizes,
  log: (message: string) => void = () => {},
): Promise<ScaleReport> {
  const started = Date.now();
  const store = strapi.store(MARKER);
  const previous = await store.get({ key: MARKER.key });
  if (previous) {
    throw new Error(`This database already holds generated data (${JSON.stringify(previous)}): give the generator a fresh one.`);
  }
  const created: Record<string, number> = {};

  const published = async (uid: string) =>
    (await strapi.db.query(uid as UID.Schema).findMany({
      select: ['documentId', 'slug'],
      where: { publishedAt: { $notNull: true }, locale: 'fr' },
    })) as Array<{ documentId: string; slug: string }>;
  const images = async (folder: string) =>
    (
      (await strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'name'], where: { mime: { $startsWith: 'image/' } } })) as Array<{
        id: number;
        name: string;
      }>
    )
      .filter((file) => file.name.startsWith(folder) || file.name.includes(folder))
      .map((file) => file.id);

  /** Creates documents in both locales, published, BATCH per transaction. */
  const createAll = async (uid: string, count: number, dataFor: (index: number, locale: Locale) => Data): Promise<string[]> => {
    const ids: string[] = [];
    const documents = strapi.documents(uid as UID.ContentType);
    for (let start = 0; start < count; start += BATCH) {
      await strapi.db.transaction(async () => {
        for (let index = start; index < Math.min(count, start + BATCH); index += 1) {
          // The document service's params are typed per content-type UID; the generator is generic over our types.
          // Both locales as drafts, then one publish of both: fewer writes than publishing each locale on its own.
          const document = (await documents.create({ locale: 'fr', data: dataFor(index, 'fr') } as never)) as { documentId: string };
          await documents.update({ documentId: document.documentId, locale: 'en', data: dataFor(index, 'en') } as never);
          await documents.publish({ documentId: document.documentId, locale: '*' } as never);
          ids.push(document.documentId);
        }
      });
      log(`${uid}: ${Math.min(count, start + BATCH)} / ${count}`);
    }
    created[uid] = count;
    return ids;
  };
  const language = (locale: Locale) => (locale === 'fr' ? 0 : 1);

  const existingPeople = await published(PERSON);
  const existingTeams = await published(TEAM);
  const existingPlatforms = await published(PLATFORM);
  const existingDepartments = await published(DEPARTMENT);
  const existingNews = await published(NEWS);
  const categories = (await published(CATEGORY)).map((category) => category.documentId);
  const peopleImages = await images('people');
  const teamImages = await images('teams');
  const newsImages = await images('news');

  // People: researchers, engineers, students... mostly current members.
  const positionTypes = Object.keys(POSITIONS);
  const newPeople = Math.max(0, sizes.people - existingPeople.length);
  const people = await createAll(PERSON, newPeople, (index, locale) => {
    const person = randomSource(1000 + index);
    const firstName = person.pick(FIRST_NAMES);
    const lastName = person.pick(LAST_NAMES);
    const positionType = person.pick(positionTypes);
    const senior = positionType === 'researcher';
    return {
      slug: `${slugify(firstName)}-${slugify(lastName)}-${index + 1}`,
      firstName,
      lastName,
      honorific: senior && person.chance(0.6) ? person.pick(['Dr', 'Prof']) : null,
      positionType,
      position: POSITIONS[positionType][language(locale)],
      memberStatus: person.chance(0.9) ? 'current' : 'alumni',
      email: `${slugify(firstName)}.${slugify(lastName)}.${index + 1}@example.org`,
      showEmail: person.chance(0.3),
      orcid: senior || person.chance(0.3) ? orcidFor(index + 1) : null,
      photo: peopleImages.length > 0 && person.chance(0.4) ? person.pick(peopleImages) : null,
      bio: [paragraph(`${firstName} ${lastName}. ${PARAGRAPHS[index % PARAGRAPHS.length][language(locale)]}`)],
    };
  });
  const allPeople = [...existingPeople.map((person) => person.documentId), ...people];

  // Departments, about TEAMS_PER_DEPARTMENT teams each.
  const newDepartments = Math.max(0, Math.ceil(sizes.teams / TEAMS_PER_DEPARTMENT) - existingDepartments.length);
  const departments = await createAll(DEPARTMENT, newDepartments, (index, locale) => {
    const department = randomSource(3000 + index);
    const [topic, angle] = [TOPICS[index % TOPICS.length], ANGLES[Math.floor(index / TOPICS.length) % ANGLES.length]];
    const name = `${topic[language(locale)]} ${angle[language(locale)]}`;
    return {
      slug: `${slugify(`${topic[1]} ${angle[1]}`)}-department-${index + 1}`,
      name: locale === 'fr' ? `Département ${name}` : `${name} department`,
      description: PARAGRAPHS[index % PARAGRAPHS.length][language(locale)],
      heads: department.sample(allPeople, 2),
    };
  });
  const allDepartments = [...existingDepartments.map((department) => department.documentId), ...departments];

  // Teams: each current person in one team (new people spread over new teams), one or two leaders among them.
  const newTeams = Math.max(0, sizes.teams - existingTeams.length);
  const membersOf = (index: number) => people.filter((_, position) => position % Math.max(1, newTeams) === index);
  const teams = await createAll(TEAM, newTeams, (index, locale) => {
    const team = randomSource(5000 + index);
    const topic = TOPICS[index % TOPICS.length];
    const angle = ANGLES[Math.floor(index / TOPICS.length) % ANGLES.length];
    const members = membersOf(index);
    const name = `${topic[language(locale)]} ${angle[language(locale)]}`;
    return {
      slug: `${slugify(`${topic[1]} ${angle[1]}`)}-${index + 1}`,
      name: index < TOPICS.length * ANGLES.length ? name : `${name} ${Math.floor(index / (TOPICS.length * ANGLES.length)) + 1}`,
      summary: `${PARAGRAPHS[index % PARAGRAPHS.length][language(locale)]}`,
      objectives: team.sample(PARAGRAPHS, 3).map((text) => paragraph(text[language(locale)])),
      researchAxes: team.sample(TOPICS, 3).map((axis) => ({ text: axis[language(locale)] })),
      keywords: team.sample(TOPICS, 4).map((keyword) => ({ text: keyword[language(locale)] })),
      department: allDepartments[index % allDepartments.length],
      leaders: members.slice(0, team.int(1, 2)),
      members,
      image: teamImages.length > 0 ? team.pick(teamImages) : null,
      contactEmail: `team-${index + 1}@example.org`,
    };
  });
  const allTeams = [...existingTeams.map((team) => team.documentId), ...teams];

  // Platforms with coordinators and staff.
  const newPlatforms = Math.max(0, sizes.platforms - existingPlatforms.length);
  const platforms = await createAll(PLATFORM, newPlatforms, (index, locale) => {
    const platform = randomSource(8000 + index);
    const kind = PLATFORM_KINDS[index % PLATFORM_KINDS.length];
    const staff = platform.sample(allPeople, platform.int(2, 8));
    return {
      slug: `${slugify(kind[1])}-platform-${index + 1}`,
      name: `${kind[language(locale)]} ${index + 1}`,
      summary: PARAGRAPHS[(index + 1) % PARAGRAPHS.length][language(locale)],
      mission: platform.sample(PARAGRAPHS, 2).map((text) => paragraph(text[language(locale)])),
      services: platform.sample(TOPICS, 3).map((topic) => ({ text: topic[language(locale)] })),
      coordinators: staff.slice(0, 1),
      staff,
      contactEmail: `platform-${index + 1}@example.org`,
    };
  });
  const allPlatforms = [...existingPlatforms.map((platform) => platform.documentId), ...platforms];

  // News over fifteen years, about teams, platforms and people.
  const newNews = Math.max(0, sizes.news - existingNews.length);
  const firstDay = Date.UTC(2011, 0, 1);
  const lastDay = Date.UTC(2026, 10, 1);
  await createAll(NEWS, newNews, (index, locale) => {
    const article = randomSource(20000 + index);
    const opening = article.pick(NEWS_OPENINGS);
    const topic = article.pick(TOPICS);
    const angle = article.pick(ANGLES);
    const title = `${opening[language(locale)]} ${topic[language(locale)].toLowerCase()} ${angle[language(locale)]}`;
    return {
      slug: `${slugify(`${opening[1]} ${topic[1]} ${angle[1]}`)}-${index + 1}`,
      title,
      date: new Date(firstDay + Math.floor(((lastDay - firstDay) * index) / Math.max(1, newNews))).toISOString().slice(0, 10),
      category: categories.length > 0 ? article.pick(categories) : null,
      summary: PARAGRAPHS[index % PARAGRAPHS.length][language(locale)],
      body: article.sample(PARAGRAPHS, 3).map((text) => paragraph(text[language(locale)])),
      cover: newsImages.length > 0 && article.chance(0.6) ? article.pick(newsImages) : null,
      teams: article.sample(allTeams, article.int(0, 2)),
      platforms: article.chance(0.2) ? article.sample(allPlatforms, 1) : [],
      people: article.sample(allPeople, article.int(0, 3)),
    };
  });

  const totals: Record<string, number> = {};
  for (const uid of [PERSON, DEPARTMENT, TEAM, PLATFORM, NEWS]) totals[uid] = (await published(uid)).length;
  const seconds = (Date.now() - started) / 1000;
  await store.set({ key: MARKER.key, value: { sizes, totals, seconds, at: new Date().toISOString() } });
  return { created, totals, seconds };
}
