/**
 * The seed writes rich text as "blocks-lite" (paragraph strings, headings, lists, with **bold**, *italic* and
 * [links](https://...)); this turns it into the Strapi blocks JSON that editors then edit in the admin.
 */
export type BlocksLiteItem = string | { heading: string; level: 2 | 3 } | { list: string[]; ordered?: boolean };

export interface TextNode {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: Array<{ type: 'list-item'; children: InlineNode[] }> };

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

export function inlineNodes(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: source.slice(last, index) });
    const [, bold, italic, linkText, url] = match;
    if (bold !== undefined) nodes.push({ type: 'text', text: bold, bold: true });
    else if (italic !== undefined) nodes.push({ type: 'text', text: italic, italic: true });
    else nodes.push({ type: 'link', url, children: [{ type: 'text', text: linkText }] });
    last = index + match[0].length;
  }
  if (last < source.length || nodes.length === 0) nodes.push({ type: 'text', text: source.slice(last) });
  return nodes;
}

export function toBlocks(items: BlocksLiteItem[]): Block[] {
  return items.map((item): Block => {
    if (typeof item === 'string') return { type: 'paragraph', children: inlineNodes(item) };
    if ('heading' in item) return { type: 'heading', level: item.level, children: inlineNodes(item.heading) };
    return {
      type: 'list',
      format: item.ordered ? 'ordered' : 'unordered',
      children: item.list.map((text) => ({ type: 'list-item' as const, children: inlineNodes(text) })),
    };
  });
}
