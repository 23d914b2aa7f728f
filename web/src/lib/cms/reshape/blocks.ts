/**
 * Strapi's rich text ("blocks" fields) as the CMS stores it: a list of block nodes holding inline nodes. The website
 * renders it on the server (components/rich-text/RichText.tsx), so these types are all it needs of the format.
 */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: Array<ListItemNode | ListBlock>;
}

export interface ImageBlock {
  type: 'image';
  image: { url: string; alternativeText?: string | null; width?: number | null; height?: number | null };
  children: TextNode[];
}

export type Block =
  | { type: 'paragraph' | 'quote' | 'code'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | ListBlock
  | ImageBlock;

export type Blocks = Block[];
