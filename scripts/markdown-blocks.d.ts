export interface MarkdownBlock {
  readonly lang: string;
  readonly line: number;
  readonly body: string;
}
export declare function markdownBlocks(text: string): MarkdownBlock[];
