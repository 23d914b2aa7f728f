import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_DIR } from './cms';

/** Reads a seed file as the tests' source of truth for what the seed must produce. */
export function seedFile<T = Array<Record<string, unknown> & { slug: string }>>(name: string): T {
  return JSON.parse(readFileSync(path.join(APP_DIR, 'data', name), 'utf8')) as T;
}

export const TYPES = {
  institute: 'api::institute.institute',
  department: 'api::department.department',
  team: 'api::team.team',
  platform: 'api::platform.platform',
  person: 'api::person.person',
  newsCategory: 'api::news-category.news-category',
  newsArticle: 'api::news-article.news-article',
  publication: 'api::publication.publication',
  event: 'api::event.event',
  jobOffer: 'api::job-offer.job-offer',
} as const;
