/**
 * Cache tags of the CMS data: one per content type (every listing or page that shows entries of that type) and one
 * per entry (its own page). The revalidation webhook invalidates them when editors publish.
 */
export const CMS_TYPES = ['institute', 'department', 'team', 'platform', 'person', 'news-article', 'news-category', 'publication', 'event', 'job-offer'] as const;
export type CmsType = (typeof CMS_TYPES)[number];

export const typeTag = (type: CmsType): string => `cms:${type}`;
export const entryTag = (type: CmsType, slug: string): string => `cms:${type}:${slug}`;
