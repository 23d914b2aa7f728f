import { Fragment, type ReactNode } from 'react';
import type { Blocks } from '@/lib/cms/reshape/blocks';
import { safeHref, safeImageSrc } from '@/lib/safe-url';

interface RichTextProps {
  content: Blocks;
  /** Origin of the CMS's media, for images inserted in the text. */
  mediaOrigin: string;
  /** The page's own title is the only h1: headings written in the CMS start at this level. */
  topHeadingLevel?: 2 | 3;
  className?: string;
}

/**
 * Text written by editors (Strapi blocks), rendered on the server: no JavaScript reaches the browser for it and the
 * page's payload carries it once, as HTML. React escapes every text and URLs pass safeHref / safeImageSrc, so content
 * never injects markup or scripts. The content is JSON from the CMS: nodes of an unknown or malformed shape render
 * their text, or nothing, and never throw.
 */
export function RichText({ content, mediaOrigin, topHeadingLevel = 2, className }: RichTextProps) {
  if (content.length === 0) return null;
  const context: Context = { mediaOrigin, topHeadingLevel };
  return <div className={['rich-text', className].filter(Boolean).join(' ')}>{nodes(content, context)}</div>;
}

interface Context {
  mediaOrigin: string;
  topHeadingLevel: 2 | 3;
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const childrenOf = (node: Node): unknown[] => (Array.isArray(node.children) ? node.children : []);
const nodes = (list: unknown[], context: Context): ReactNode[] => list.map((child, index) => <Fragment key={index}>{block(child, context)}</Fragment>);

function block(node: unknown, context: Context): ReactNode {
  if (!isNode(node)) return null;
  const children = childrenOf(node);
  switch (node.type) {
    case 'paragraph': {
      const empty = children.length === 1 && isNode(children[0]) && children[0].type === 'text' && children[0].text === '';
      return empty ? <br /> : <p>{inline(children)}</p>;
    }
    case 'heading': {
      const level = typeof node.level === 'number' && node.level >= 1 ? Math.floor(node.level) : 1;
      const Tag = `h${Math.min(6, Math.max(context.topHeadingLevel, level + context.topHeadingLevel - 1))}` as 'h2';
      return <Tag>{inline(children)}</Tag>;
    }
    case 'quote':
      return <blockquote>{inline(children)}</blockquote>;
    case 'code':
      return (
        <pre>
          <code>{plainText(children)}</code>
        </pre>
      );
    case 'list': {
      const items = children.map((child, index) =>
        isNode(child) && child.type === 'list' ? (
          <Fragment key={index}>{block(child, context)}</Fragment>
        ) : (
          <li key={index}>{isNode(child) ? inline(childrenOf(child)) : null}</li>
        ),
      );
      return node.format === 'ordered' ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'image': {
      const image = isNode(node.image) ? node.image : {};
      const src = typeof image.url === 'string' ? safeImageSrc(image.url, context.mediaOrigin) : null;
      if (!src) return null;
      const size = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);
      return (
        // Images inside rich text come at any size from the CMS; they are shown as they are, lazily.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={src}
          alt={typeof image.alternativeText === 'string' ? image.alternativeText : ''}
          width={size(image.width)}
          height={size(image.height)}
          loading="lazy"
        />
      );
    }
    default:
      // A block type this website does not know (a newer editor, say): its text is kept rather than lost.
      return children.length > 0 ? <p>{inline(children)}</p> : null;
  }
}

function inline(list: unknown[]): ReactNode[] {
  return list.map((node, index) => {
    if (!isNode(node)) return null;
    if (node.type === 'link') {
      const href = typeof node.url === 'string' ? safeHref(node.url) : null;
      const content = inline(childrenOf(node));
      if (!href) return <span key={index}>{content}</span>;
      return (
        <a key={index} href={href} {...(/^https?:/.test(href) ? { rel: 'noopener noreferrer' } : {})}>
          {content}
        </a>
      );
    }
    if (node.type === 'text' || typeof node.text === 'string') return <Fragment key={index}>{text(node)}</Fragment>;
    return <Fragment key={index}>{inline(childrenOf(node))}</Fragment>;
  });
}

/** A text node with its line breaks and its marks (bold, italic...), the way Strapi's editor shows them. */
function text(node: Node): ReactNode {
  const value = typeof node.text === 'string' ? node.text : '';
  let result: ReactNode = value.split(/\r?\n|\r/).map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
  if (node.code === true) result = <code>{result}</code>;
  if (node.strikethrough === true) result = <del>{result}</del>;
  if (node.underline === true) result = <u>{result}</u>;
  if (node.italic === true) result = <em>{result}</em>;
  if (node.bold === true) result = <strong>{result}</strong>;
  return result;
}

function plainText(list: unknown[]): string {
  return list.map((node) => (isNode(node) ? (typeof node.text === 'string' ? node.text : plainText(childrenOf(node))) : '')).join('');
}
