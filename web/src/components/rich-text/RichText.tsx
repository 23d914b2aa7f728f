'use client';

import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';
import type { ReactNode } from 'react';
import { safeHref, safeImageSrc } from '@/lib/safe-url';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

interface RichTextProps {
  content: BlocksContent;
  /** Origin of the CMS's media, for images inserted in the text. */
  mediaOrigin: string;
  /** The page's own title is the only h1: headings written in the CMS start at this level. */
  topHeadingLevel?: 2 | 3;
  className?: string;
}

/**
 * Text written by editors (Strapi blocks), rendered through @strapi/blocks-react-renderer with safe links and images:
 * React escapes every text, and URLs pass safeHref, so content never injects markup or scripts.
 */
export function RichText({ content, mediaOrigin, topHeadingLevel = 2, className }: RichTextProps) {
  if (content.length === 0) return null;
  return (
    <div className={['rich-text', className].filter(Boolean).join(' ')}>
      <BlocksRenderer
        content={content}
        blocks={{
          heading: ({ children, level }: { children?: ReactNode; level: HeadingLevel }) => {
            const Tag = `h${Math.min(6, Math.max(topHeadingLevel, level + topHeadingLevel - 1))}` as 'h2';
            return <Tag>{children}</Tag>;
          },
          link: ({ children, url }: { children?: ReactNode; url: string }) => {
            const href = safeHref(url);
            if (!href) return <span>{children}</span>;
            const external = /^https?:/.test(href);
            return (
              <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
                {children}
              </a>
            );
          },
          image: ({ image }) => {
            const src = safeImageSrc(image.url, mediaOrigin);
            if (!src) return null;
            return (
              // Images inside rich text come at any size from the CMS; they are shown as they are, lazily.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={src} alt={image.alternativeText ?? ''} width={image.width} height={image.height} loading="lazy" />
            );
          },
        }}
      />
    </div>
  );
}
