import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { normalizePublicationIdentifiers } from '../validation/publication';
import { useDocumentMiddleware } from './types';

const PUBLICATION = 'api::publication.publication';

/**
 * DOIs, PubMed and HAL ids are stored in one normalised form whoever enters them (editors paste resolver URLs, the
 * importer reads them from files), so that the same publication is found by the same identifier; a value that is not
 * an identifier, or an implausible year, is refused with what was expected.
 */
export function registerPublicationIdentifiers(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    const data = call.params.data;
    if (call.uid !== PUBLICATION || !data || (call.action !== 'create' && call.action !== 'update')) return next();
    const problems = normalizePublicationIdentifiers(data);
    if (problems.length > 0) throw new errors.ValidationError(problems.join(' '));
    return next();
  });
}
