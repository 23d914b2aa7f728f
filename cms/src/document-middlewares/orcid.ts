import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isValidOrcid } from '../validation/orcid';
import { useDocumentMiddleware } from './types';

/** The schema checks the shape of an ORCID iD; this also checks its check digit, which catches most typos. */
export function registerOrcidCheck(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    const orcid = call.params.data?.orcid;
    if (call.uid === 'api::person.person' && typeof orcid === 'string' && orcid !== '' && !isValidOrcid(orcid)) {
      throw new errors.ValidationError(
        `"${orcid}" is not a valid ORCID iD: expected 0000-0000-0000-0000 with a correct final check digit.`,
      );
    }
    return next();
  });
}
