/**
 * Every HTML snippet the docs give a portal developer to paste works as written: each one is put
 * in a page of its own, loaded as a visitor's browser loads it, and every widget in it must show
 * its data, with no error panel, no `cds-error`, nothing logged, and no axe violation.
 *
 * The snippets point at a portal's own files, which the test serves from the seeds:
 * `/data/cds-2024.json` (the docs' one dataset for a whole portal) is the demo's merged file,
 * and any other `/data/<name>.json` is the seed of that name. The one script a page loads
 * (`…/cds-elements.js`, the CDN build, tested by the consumer apps) is the workspace's sources.
 */
import { expect } from '@open-wc/testing';
import {
  axeViolations,
  dataOnEveryWidget,
  failedRequests,
  openPage,
  type PageFrame,
} from './page-frame.js';
import type { CdsErrorEvent } from '../src/events/cds-error-event.js';
import { markdownBlocks } from '../../../scripts/markdown-blocks.js';

/** Every Markdown file a reader of the project meets. */
const DOCS = [
  'README.md',
  'docs/README.md',
  'docs/installing.md',
  'docs/embedding.md',
  'docs/data-format.md',
  'docs/elements.md',
  'docs/theming.md',
  'docs/accessibility.md',
  'docs/boundaries.md',
  'docs/performance.md',
  'docs/contributing.md',
];

interface Snippet {
  readonly where: string;
  readonly html: string;
}

/** The ```html blocks of `file`, each with the line its fence opens on. */
async function htmlBlocks(file: string): Promise<Snippet[]> {
  const response = await fetch(`/${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return markdownBlocks(await response.text())
    .filter((b) => b.lang === 'html')
    .map((b) => ({ where: `${file}:${b.line}`, html: b.body }));
}

/** An Angular template (`[prop]="…"`, `(event)="…"`) is HTML only to its compiler. */
const isFrameworkTemplate = (html: string): boolean => /\s[[(][\w.-]+[\])]=/.test(html);

/** The snippet with the portal's URLs pointed at what this test serves. */
const served = (html: string): string =>
  html
    .replace(/<script[^>]*\ssrc="[^"]*\/cds-elements\.js"[^>]*><\/script>/g, '')
    .replaceAll('/data/cds-2024.json', '/seeds/merged.json')
    .replace(/\/data\/([\w.-]+\.json)/g, '/seeds/$1');

/** A page as small as a portal's: a title, a heading, the snippet in its main region. */
const pageOf = (snippet: Snippet): string => `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>${snippet.where}</title>
    <script type="module" src="/packages/elements/src/define-all.ts"></script>
  </head>
  <body>
    <main>
      <h1>${snippet.where}</h1>
      ${served(snippet.html)}
    </main>
  </body>
</html>`;

const all = (await Promise.all(DOCS.map(htmlBlocks))).flat();
const pages = all.filter((s) => !isFrameworkTemplate(s.html));

describe('the docs’ HTML snippets', function () {
  this.timeout(120000);

  it('are found where the docs give them', () => {
    // The README's first example, the CDN page, and the embedding recipes (not Angular's).
    const files = new Set(pages.map((s) => s.where.replace(/:\d+$/, '')));
    expect([...files].sort()).to.deep.equal([
      'README.md',
      'docs/embedding.md',
      'docs/installing.md',
    ]);
    expect(all.filter((s) => isFrameworkTemplate(s.html)).map((s) => s.where)).to.have.length(1);
  });

  for (const snippet of pages)
    describe(snippet.where, () => {
      let page: PageFrame;
      const errors: string[] = [];

      before(async () => {
        page = await openPage({ html: pageOf(snippet) });
        page.win.addEventListener('cds-error', (e) => {
          const { target, path, message } = e as CdsErrorEvent;
          errors.push(`<${(target as Element).localName}> ${path}: ${message}`);
        });
        await dataOnEveryWidget(page);
      });

      after(() => page.frame.remove());

      it('shows its data in every widget, with no error and nothing logged', () => {
        expect(page.widgets().length).to.be.greaterThan(0);
        expect([...errors, ...page.problems, ...failedRequests(page.win)]).to.deep.equal([]);
      });

      it('has no axe violations', async () => {
        expect(await axeViolations(page)).to.deep.equal([]);
      });
    });
});
