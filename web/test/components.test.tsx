import { renderToStaticMarkup } from 'react-dom/server';
import { KeyFiguresList } from '@/components/institute/KeyFiguresList';
import { RichText } from '@/components/rich-text/RichText';
import { JsonLd } from '@/components/seo/JsonLd';
import { Pagination } from '@/components/ui/Pagination';
import type { Blocks } from '@/lib/cms/reshape/blocks';
import { getDictionary } from '@/lib/i18n/dictionaries';

describe('rich text written in the CMS', () => {
  const render = (content: unknown[], topHeadingLevel?: 2 | 3) =>
    renderToStaticMarkup(<RichText content={content as Blocks} mediaOrigin="http://cms.test" topHeadingLevel={topHeadingLevel} />);

  test('renders scripts, handlers and dangerous links as harmless text', () => {
    const html = render([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(2)>' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(3)', children: [{ type: 'text', text: 'click' }] },
          { type: 'link', url: ' JAVA\nSCRIPT:alert(4)', children: [{ type: 'text', text: 'again' }] },
          { type: 'link', url: 'https://example.org/ok', children: [{ type: 'text', text: 'fine' }] },
        ],
      },
      { type: 'image', image: { url: 'javascript:alert(5)', alternativeText: 'x', width: 1, height: 1 }, children: [{ type: 'text', text: '' }] },
      { type: 'image', image: { url: '/uploads/a.png', alternativeText: 'A', width: 10, height: 20 }, children: [{ type: 'text', text: '' }] },
    ]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(href|src)="\s*javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<span>click</span>');
    expect(html).toContain('<a href="https://example.org/ok" rel="noopener noreferrer">fine</a>');
    expect(html).toContain('src="http://cms.test/uploads/a.png"');
  });

  test('headings start below the page title', () => {
    const content = [
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'One' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Two' }] },
    ];
    expect(render(content)).toContain('<h2>One</h2><h3>Two</h3>');
    expect(render(content, 3)).toContain('<h3>One</h3><h4>Two</h4>');
    expect(render([])).toBe('');
  });

  test('renders every kind of block and mark the editor offers', () => {
    const html = render([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Plain, ' },
          { type: 'text', text: 'bold', bold: true },
          { type: 'text', text: 'both', bold: true, italic: true },
          { type: 'text', text: 'u', underline: true },
          { type: 'text', text: 's', strikethrough: true },
          { type: 'text', text: 'x = 1', code: true },
          { type: 'text', text: 'line one\nline two' },
          { type: 'link', url: '/fr/teams', children: [{ type: 'text', text: 'teams' }] },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: '' }] },
      { type: 'quote', children: [{ type: 'text', text: 'Cited' }] },
      { type: 'code', children: [{ type: 'text', text: 'a < b' }] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'first' }] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'nested' }] }] },
        ],
      },
    ]);
    expect(html).toBe(
      '<div class="rich-text"><p>Plain, <strong>bold</strong><strong><em>both</em></strong><u>u</u><del>s</del><code>x = 1</code>' +
        'line one<br/>line two<a href="/fr/teams">teams</a></p><br/><blockquote>Cited</blockquote><pre><code>a &lt; b</code></pre>' +
        '<ol><li>first</li><ul><li>nested</li></ul></ol></div>',
    );
  });

  test('content of an unexpected shape renders what it can and never throws', () => {
    const html = render([
      { type: 'paragraph', children: [null, 42, 'loose', { type: 'text' }, { type: 'link', children: [{ type: 'text', text: 'no url' }] }] },
      { type: 'heading', level: 'big', children: [{ type: 'text', text: 'Odd level' }] },
      { type: 'future-block', children: [{ type: 'text', text: 'kept' }] },
      { type: 'image', children: [] },
      { type: 'list', children: [7, { type: 'list-item' }] },
    ]);
    expect(html).toContain('<span>no url</span>');
    expect(html).toContain('<h2>Odd level</h2>');
    expect(html).toContain('<p>kept</p>');
    expect(html).toContain('<ul><li></li><li></li></ul>');
    expect(html).not.toContain('<img');
  });
});

test('key figures show every count and leave out missing editorial figures', () => {
  const html = renderToStaticMarkup(
    <KeyFiguresList locale="en" figures={{ departments: 4, teams: 21, platforms: 18, people: 1234, staff: null, nationalities: 25 }} />,
  );
  expect(html).toContain('data-figure="teams">21<');
  expect(html).toContain('data-figure="people">1,234<');
  expect(html).toContain('more than');
  expect(html).not.toContain('data-figure="staff"');
});

test('pagination links keep the filters, and is absent for a single page', () => {
  const dictionary = getDictionary('fr');
  const html = renderToStaticMarkup(<Pagination path="/fr/people" query={{ team: 'x', q: undefined }} page={2} pageCount={3} dictionary={dictionary} />);
  expect(html).toContain('href="/fr/people?team=x"');
  expect(html).toContain('href="/fr/people?team=x&amp;page=3"');
  expect(html).toContain('Page 2 sur 3');
  expect(renderToStaticMarkup(<Pagination path="/fr/people" query={{}} page={1} pageCount={1} dictionary={dictionary} />)).toBe('');
});

test('structured data cannot close its script element', () => {
  const html = renderToStaticMarkup(<JsonLd data={{ name: '</script><script>alert(1)</script>' }} />);
  expect(html.match(/<\/script>/g)).toHaveLength(1);
  expect(html).toContain('\\u003c/script>');
});
