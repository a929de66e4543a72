import { describe, expect, it } from 'vitest';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT186_PAGES } from '../test-support/pages-heldout186.js';
import { HELDOUT187_PAGES } from '../test-support/pages-heldout187.js';
import { extractArticle } from './extract.js';

describe('batches 186 and 187 (round 61)', () => {
  it('drops a summary a machine wrote (labelled AI-generated or with an AI badge), and keeps a writer’s key takeaways', () => {
    const scholar = page(HELDOUT186_PAGES, 'heldout186-semantic-scholar-paper');
    const tldr = scholar.furniture.filter((f) => f.startsWith('This work shows'));
    expect(tldr).toHaveLength(1);
    expect(leaked(scholar, tldr)).toEqual([]);
    const academia = page(HELDOUT186_PAGES, 'heldout186-academia-paper');
    expect(
      leaked(
        academia,
        academia.furniture.filter((f) => f.startsWith('Parish account books reveal')),
      ),
    ).toEqual([]);
    const ai = '<section><h2><span class="ai-badge">AI</span>Key takeaways</h2><ul><li>The ferry runs twice a day from Monday.</li></ul></section>';
    expect(read(ai + STORY)).not.toContain('the ferry runs twice a day from monday.');
    const own = '<section><h2>Key takeaways</h2><ul><li>The ferry runs twice a day from Monday.</li></ul></section>';
    expect(read(own + STORY)).toContain('the ferry runs twice a day from monday.');
    // a story about AI keeps its tag and its text
    expect(read(`<p><span class="tag">AI</span> Models now write the tide tables, the harbour office said on Monday.</p>${STORY}`)).toContain(
      'models now write the tide tables',
    );
  });

  it("drops a module's author line, a proposal's authors, an R Markdown author and date, an RFC's licence and MDN's support note", () => {
    const pages = ['metacpan-module-pod', 'github-tc39-proposal-readme', 'cran-r-vignette'].map((n) => page(HELDOUT187_PAGES, `heldout187-${n}`));
    for (const p of pages) expect(leaked(p, p.bylines).filter((b) => b.includes('<') || b.includes(':') || /\d{4}-\d\d/.test(b))).toEqual([]);
    const cran = pages[2]!;
    expect(leaked(cran, cran.bylines)).toEqual([]);
    const rfc = page(HELDOUT187_PAGES, 'heldout187-ietf-datatracker-rfc');
    const text = extractArticle(rfc.html).text;
    expect(text).not.toContain('BCP 78');
    expect(text).not.toContain('¶');
    const whatwg = page(HELDOUT187_PAGES, 'heldout187-whatwg-html-section');
    expect(leaked(whatwg, ['Support in all current engines.'])).toEqual([]);
    expect(read(`${STORY}<p>Write to Sindre Ulvik &lt;sulvik@cpan.example&gt; if the ferry is late, the notice said.</p>`)).toContain('write to sindre');
  });
});
