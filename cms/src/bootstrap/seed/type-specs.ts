/** How each seeded type's JSON fields map onto its Strapi attributes. Listed in import order (targets first). */
export interface SeedTypeSpec {
  uid: string;
  file: string;
  /** Localized rich-text fields written as blocks-lite. */
  blocks?: string[];
  /** Fields given as arrays of strings, stored as repeatable `shared.list-item` components. */
  lists?: string[];
  /** Shared fields naming an image under cms/data/media/. */
  media?: string[];
  /** Shared fields naming other seeded entries by slug, with the type they point at. */
  relations?: Record<string, string>;
}

export const PERSON = 'api::person.person';
export const DEPARTMENT = 'api::department.department';
export const TEAM = 'api::team.team';
export const PLATFORM = 'api::platform.platform';
export const NEWS_CATEGORY = 'api::news-category.news-category';
export const NEWS_ARTICLE = 'api::news-article.news-article';
export const EVENT = 'api::event.event';
export const JOB_OFFER = 'api::job-offer.job-offer';
export const INSTITUTE = 'api::institute.institute';
export const PUBLICATION = 'api::publication.publication';

export const SEED_TYPES: SeedTypeSpec[] = [
  { uid: PERSON, file: 'people.json', blocks: ['bio'], media: ['photo'] },
  { uid: DEPARTMENT, file: 'departments.json', relations: { heads: PERSON } },
  {
    uid: TEAM,
    file: 'teams.json',
    blocks: ['objectives'],
    lists: ['researchAxes', 'keywords'],
    media: ['image'],
    relations: { department: DEPARTMENT, leaders: PERSON, members: PERSON },
  },
  {
    uid: PLATFORM,
    file: 'platforms.json',
    blocks: ['mission', 'howItWorks'],
    lists: ['services', 'certifications'],
    media: ['image'],
    relations: { coordinators: PERSON, staff: PERSON },
  },
  { uid: NEWS_CATEGORY, file: 'news-categories.json' },
  {
    uid: NEWS_ARTICLE,
    file: 'news-articles.json',
    blocks: ['body'],
    media: ['cover'],
    relations: { category: NEWS_CATEGORY, teams: TEAM, platforms: PLATFORM, people: PERSON },
  },
  { uid: EVENT, file: 'events.json', blocks: ['abstract'], relations: { organisingTeams: TEAM } },
  { uid: JOB_OFFER, file: 'job-offers.json', blocks: ['description', 'howToApply'], relations: { team: TEAM, platform: PLATFORM } },
];
