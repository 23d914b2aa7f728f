import type { Core } from '@strapi/strapi';

interface PersonSource {
  email?: string | null;
  showEmail?: boolean | null;
}

/** A person's email is personal data: the API returns it only when the person chose to show it. */
export function registerHidePrivateEmails(strapi: Core.Strapi): void {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolvers: {
        Person: {
          email: (person: PersonSource) => (person.showEmail === true ? (person.email ?? null) : null),
        },
      },
    }));
}
