import type { Core, Modules, Schema } from '@strapi/strapi';

/** The parts of a document-service call our middlewares read or change. */
export interface DocumentCall {
  uid: string;
  action: string;
  contentType: Schema.ContentType;
  params: {
    documentId?: string;
    locale?: string;
    status?: 'draft' | 'published';
    data?: Record<string, unknown>;
    [key: string]: unknown;
  };
}

export type DocumentMiddleware = (call: DocumentCall, next: () => Promise<unknown>) => Promise<unknown>;

export function useDocumentMiddleware(strapi: Core.Strapi, middleware: DocumentMiddleware): void {
  // Strapi's Middleware type is a union indexed by every content-type UID; ours reads only the fields common to all.
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}
