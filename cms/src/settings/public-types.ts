/**
 * The content the public website shows, by Strapi UID, with the name the website knows each type by (its cache tags
 * and URL builders use these names).
 */
export const PUBLIC_TYPES = {
  'api::institute.institute': 'institute',
  'api::department.department': 'department',
  'api::team.team': 'team',
  'api::platform.platform': 'platform',
  'api::person.person': 'person',
  'api::news-article.news-article': 'news-article',
  'api::news-category.news-category': 'news-category',
  'api::publication.publication': 'publication',
  'api::event.event': 'event',
  'api::job-offer.job-offer': 'job-offer',
} as const;

export type PublicTypeUid = keyof typeof PUBLIC_TYPES;
export type WebsiteType = (typeof PUBLIC_TYPES)[PublicTypeUid];

export const isPublicType = (uid: string): uid is PublicTypeUid => uid in PUBLIC_TYPES;
