import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { useDocumentMiddleware } from './types';

const EVENT = 'api::event.event';

type DateInput = string | Date | null | undefined;

/** An event cannot end before it starts; a change of either date is checked against the other one already saved. */
export function registerEventDates(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    const data = call.params.data;
    if (call.uid !== EVENT || !data || (call.action !== 'create' && call.action !== 'update')) return next();
    if (data.start === undefined && data.end === undefined) return next();
    let { start, end } = data as { start?: DateInput; end?: DateInput };
    if ((start === undefined || end === undefined) && call.params.documentId) {
      // Start and end are shared by every locale: any draft of the document holds the saved ones.
      const saved = (await strapi.db.query(EVENT).findOne({
        where: { documentId: call.params.documentId, publishedAt: null },
        select: ['start', 'end'],
      })) as { start: DateInput; end: DateInput } | null;
      start = start === undefined ? saved?.start : start;
      end = end === undefined ? saved?.end : end;
    }
    if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
      const message = `The event cannot end (${new Date(end).toISOString()}) before it starts (${new Date(start).toISOString()}).`;
      // With the field's path, the admin shows the message under "end".
      throw new errors.ValidationError(message, { errors: [{ path: ['end'], message, name: 'ValidationError' }] });
    }
    return next();
  });
}
