import { describe, expect, it } from 'vitest';
import { splitSentences } from '@vecsum/embeddings';
import { isSummarizerError } from '../errors.js';
import { htmlToText } from './html.js';

const PAGE = `<!doctype html><html><head><title>Site name</title><style>p { color: red }</style>
<script>var tracking = "nothing to read here";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>City Council Votes to Restore the Millbrook River</h1>
<p>The city council voted on Tuesday to spend $48&nbsp;million restoring the
<a href="https://example.test/river">Millbrook River</a>. The plan removes two miles of concrete lining.</p>
<h2>Reactions</h2>
<ul><li>Supporters say flooding will fall.</li><li>Opponents want roads fixed first.</li></ul>
<p>Mayor Elena Ortiz called it a &quot;historic day&quot; &amp; thanked voters.<br>The vote was eight to three.</p>
<figure><img src="river.jpg" alt="river"><figcaption>The river in 1950.</figcaption></figure>
</article>
<aside>Related: other stories</aside><footer>Copyright 2026</footer>
</body></html>`;

describe('htmlToText', () => {
  it('reads the article: headings as Markdown headings, paragraphs and list items as lines, entities decoded', () => {
    const text = htmlToText(PAGE);
    expect(text.split('\n')).toEqual([
      '# City Council Votes to Restore the Millbrook River',
      '',
      'The city council voted on Tuesday to spend $48\u00a0million restoring the Millbrook River. The plan removes two miles of concrete lining.',
      '',
      '## Reactions',
      '',
      '- Supporters say flooding will fall.',
      '- Opponents want roads fixed first.',
      '',
      'Mayor Elena Ortiz called it a "historic day" & thanked voters.',
      'The vote was eight to three.',
    ]);
  });

  it('leaves out scripts, styles, navigation, asides, footers, images, captions and link addresses', () => {
    const text = htmlToText(PAGE);
    for (const gone of ['tracking', 'color', 'Home', 'Related', 'Copyright', 'river.jpg', '1950', 'example.test', 'Site name']) expect(text, gone).not.toContain(gone);
  });

  it('falls back to <main>, then to the whole body, when there is no <article>', () => {
    expect(htmlToText('<body><nav>Menu</nav><main><p>Main text here.</p></main><p>Outside.</p></body>')).toBe('Main text here.');
    expect(htmlToText('<p>Just a paragraph.</p><p>And <b>another</b> one.</p>')).toBe('Just a paragraph.\n\nAnd another one.');
    expect(htmlToText('plain text, no markup')).toBe('plain text, no markup');
    expect(htmlToText('<div><script>x()</script></div>')).toBe('');
  });

  it('gives the splitter what it needs: headings marked, one sentence per list item', () => {
    const sentences = splitSentences(htmlToText(PAGE));
    expect(sentences.filter((s) => s.heading === true).map((s) => s.text)).toEqual(['City Council Votes to Restore the Millbrook River', 'Reactions']);
    expect(sentences.map((s) => s.text).some((t) => t.endsWith('Supporters say flooding will fall.'))).toBe(true);
    expect(sentences).toHaveLength(8);
  });

  it('refuses markup nested thousands deep with INVALID_HTML before parsing it; unclosed paragraphs and stray "<" are fine', () => {
    const deep = (n: number) => `${'<div>'.repeat(n)}Deep text.${'</div>'.repeat(n)}`;
    expect(htmlToText(deep(100))).toBe('Deep text.');
    let error: unknown;
    try {
      htmlToText(deep(50_000));
    } catch (e) {
      error = e;
    }
    expect(isSummarizerError(error) && error.code === 'INVALID_HTML').toBe(true);
    // optional end tags are closed by the parser, not nested: 5,000 unclosed <p> read as 5,000 lines
    expect(htmlToText('<p>A line of text.'.repeat(5000)).split('\n').filter(Boolean)).toHaveLength(5000);
    expect(htmlToText(`<ul>${'<li>Item.'.repeat(3000)}</ul>`).split('\n')).toHaveLength(3000);
    expect(htmlToText('1 < 2 and 3 > 2, a <b>bold</b> claim')).toBe('1 < 2 and 3 > 2, a bold claim');
  });
});
