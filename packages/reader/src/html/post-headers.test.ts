import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const msg = (who: string, when: string, text: string) =>
  `<h4><a href="https://chat.example/#narrow/near/1"><img src="/z.svg" alt="view this post"></a> ${who} ` +
  `<a href="https://archive.example/t.html#1">${when}</a>:</h4>\n<p>${text}</p>`;
const archive = (title: string) => `<html><head><title>help › ${title} | Harbour chat archive</title></head><body><main>
<h2>Stream: <a href="https://archive.example/stream/help/index.html">help</a></h2>
<h3>Topic: <a href="https://archive.example/stream/help/topic.html">${title}</a></h3><hr>
${msg('Priya Natarajan', '(Nov 03 2025 at 09:14)', 'Since Sunday every tide table I print for the harbour station is one hour late.')}
${msg('Olu Adeyemi', '(Nov 03 2025 at 09:31)', 'Check which zone database the package pulls in, because the embedded copy could be older than the release.')}
${msg('Mira Krause', '(Nov 03 2025 at 10:22)', 'Agreed, that is a bug on our side: the offset is read once at start-up instead of for every prediction.')}
</main></body></html>`;

describe('message headers and label-and-link headings (post-headers.ts, round 24)', () => {
  it("drops each message's sender-and-time heading and the archive's 'Stream:' heading, and titles the page from 'Topic:'", () => {
    const out = extractArticle(archive('Predictions off by an hour after the DST change'));
    expect(out.title).toBe('Predictions off by an hour after the DST change');
    const text = norm(out.text);
    expect(text).not.toMatch(/priya natarajan|olu adeyemi|mira krause|nov 03 2025|stream:|topic:/);
    expect(text).toContain('since sunday every tide table');
    expect(text).toContain('the offset is read once at start-up');
  });

  it('keeps a section heading that ends in a date without a stamp link, and an API heading whose link is its own anchor', () => {
    const prose = 'The harbour wall was rebuilt over the winter at a cost of two million pounds, and the quay reopened in March. ';
    const html = `<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1><p>${prose.repeat(3)}</p>
<h2>Results for March 2025</h2><p>${prose.repeat(2)}</p><h2>Class: <a href="#harbour_berth">harbour.Berth</a></h2><p>${prose}</p>
<h2>Priya Natarajan <a href="/people/priya">Nov 2025</a></h2><p>${prose}</p></article></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('## results for march 2025');
    expect(text).toContain('## class: harbour.berth');
    expect(text).not.toContain('priya natarajan');
  });

  it("drops an author's name as a link with a date after it as a line of its own (TiddlyWiki's subtitle; round 27)", () => {
    const prose = 'The bentwood case came with the key still in the lock, and the shuttle was seized with old oil. ';
    const html = `<html><head><title>Restoring a sewing machine</title></head><body><article><h1>Restoring a sewing machine</h1>
<div class="tc-subtitle"><a href="#Marta">Marta</a> 14th January 2026 at 9:32pm</div><p>${prose.repeat(4)}</p>
<p><a href="#Marta">Marta</a> says the shuttle came free after a week in paraffin.</p></article></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).not.toContain('14th january 2026');
    expect(text).toContain('marta says the shuttle came free');
  });

  it("drops a sign-off set in italics on a line of its own between line breaks (Weebly's '— Ellie'; round 28)", () => {
    const planted = 'We planted the garlic in the lower field on a dry day in late October. '.repeat(4);
    const html = `<html><head><title>Garlic</title></head><body><article><h1>Garlic</h1><div class="paragraph">${planted}<br><br>
The straw went on a week later.<br><br><em>— Ellie</em></div></article></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).not.toContain('— ellie');
    expect(text).toContain('the straw went on a week later.');
  });
});
