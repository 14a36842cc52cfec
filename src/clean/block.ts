// A block is one paragraph-sized piece of an article before classification: its text and what the
// source markup said it was (an <h2>, a <li>, a markdown "## " line), which the classifier weighs.

export type BlockShape = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption';

export interface Block {
  text: string;
  shape: BlockShape;
  /** Markdown or HTML hints that survive in plain-text seeds: a bold-only line, a link-only line. */
  boldOnly?: boolean;
  linkOnly?: boolean;
}
