import type { Block, Blocks } from './blocks';
import { siteConfig } from '../../config';
import type { MediaFragment, SeoFragment } from '../generated/graphql';

/** Strapi's lists may hold nulls (entries the reader may not see): keep the entries. */
export function compact<T>(list: ReadonlyArray<T | null | undefined> | null | undefined): T[] {
  return (list ?? []).filter((item): item is T => item !== null && item !== undefined);
}

export interface Image {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/** A media file as next/image needs it: an absolute URL on the CMS's media origin, with its intrinsic size. */
export function toImage(media: MediaFragment | null | undefined, fallbackAlt = ''): Image | null {
  if (!media?.url) return null;
  const src = /^https?:\/\//.test(media.url) ? media.url : `${siteConfig.cmsMediaUrl}${media.url.startsWith('/') ? '' : '/'}${media.url}`;
  return { src, alt: media.alternativeText?.trim() || fallbackAlt, width: media.width ?? 1200, height: media.height ?? 800 };
}

export interface Seo {
  title: string | null;
  description: string | null;
  noIndex: boolean;
  image: Image | null;
}

export function toSeo(seo: SeoFragment | null | undefined): Seo {
  return {
    title: seo?.metaTitle?.trim() || null,
    description: seo?.metaDescription?.trim() || null,
    noIndex: seo?.noIndex === true,
    image: toImage(seo?.shareImage),
  };
}

/** Strapi's blocks arrive as untyped JSON: keep them only if they have the shape the renderer expects. */
export function toBlocks(value: unknown): Blocks {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (block): block is Block =>
      typeof block === 'object' && block !== null && typeof (block as { type?: unknown }).type === 'string' &&
      Array.isArray((block as { children?: unknown }).children),
  );
}

/** The plain text of one node of blocks and everything in it; with `bullet`, list items on lines of their own. */
function nodeText(node: unknown, bullet?: string): string {
  if (typeof node !== 'object' || node === null) return '';
  const { type, text: value, children } = node as { type?: unknown; text?: unknown; children?: unknown };
  if (typeof value === 'string') return value;
  if (!Array.isArray(children)) return '';
  if (type === 'list' && bullet) return children.map((item) => `${bullet}${nodeText(item, bullet)}`).join('\n');
  return children.map((child) => nodeText(child, bullet)).join('');
}

/** The plain text of blocks (for descriptions and structured data). */
export function blocksToText(blocks: Blocks): string {
  return blocks.map((block) => nodeText(block)).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** The plain text of blocks, one string per paragraph, heading or list (for plain-text formats such as calendars). */
export function blocksToParagraphs(blocks: Blocks): string[] {
  return blocks.map((block) => nodeText(block, '– ').replace(/[^\S\n]+/g, ' ').trim()).filter(Boolean);
}

export const listTexts = (items: ReadonlyArray<{ text: string } | null> | null | undefined): string[] =>
  compact(items).map((item) => item.text.trim()).filter(Boolean);

/** A short description from a longer text, cut on a word boundary. */
export function excerpt(text: string | null | undefined, max = 160): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
