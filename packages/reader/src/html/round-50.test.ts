import { describe, expect, it } from 'vitest';
import { harbourStory, norm, score } from '../test-support/page-kit.js';
import { HELDOUT136_PAGES } from '../test-support/pages-heldout136.js';
import { HELDOUT140_PAGES } from '../test-support/pages-heldout140.js';
import { extractArticle } from './extract.js';
import { withoutNameLines } from './name-lines.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('notices of batches 136 and 138 (round 50)', () => {
  it("drops an opinion desk's disclaimer and a columnist's bio, and keeps sentences about a columnist in a story", () => {
    const text = read(
      '<p><em>This column reflects the personal views of the author and does not necessarily reflect the opinion of the editorial board or ' +
        'Harbourside Media and its owners.</em></p><p>Harriet Kessel is a Harbourside Opinion columnist covering ports and shipping. She ' +
        'previously ran the freight desk at a trading house.</p><p>Mariela Ostrander is an Opinion columnist for The Times, writing about ' +
        'cities and housing.</p>',
    );
    expect(text).not.toMatch(/personal views|harriet kessel|ostrander/);
    const story = read(
      '<p>Tom Hardy is a reporter for the Echo who was stopped by police at the harbour gate last week while filming the new wall.</p>' +
        '<p>Ann Lee is a reporter at the Echo. She was hurt when the crane fell on Monday.</p>',
    );
    expect(story).toContain('tom hardy is a reporter for the echo');
    expect(story).toContain('she was hurt when the crane fell');
  });

  it("drops an old tutorial's version notice, longer than the other notice lines, and keeps a sentence about a version", () => {
    const notice =
      '<div class="jdk8-note"><p>The Harbour Tutorials were written for JDK 8. The examples and practices on this page do not use ' +
      'improvements made in later releases and may rely on technology that is no longer available. See the release notes for a summary ' +
      'of what changed in Java SE 9 and later, and for new, changed and removed features in every release.</p></div>';
    expect(read(notice)).not.toMatch(/written for jdk|later releases/);
    expect(read('<p>The harbour wall was built for 1920s ships and had to be raised by a metre for the new ferries.</p>')).toContain('built for 1920s');
  });
});

describe('threads of batch 140 (round 50)', () => {
  it("reads every post when a topic's stats box under its first post names a replies counter (Discourse on Spiceworks)", () => {
    const page = HELDOUT140_PAGES.find((p) => p.name === 'heldout140-spiceworks-community-topic')!;
    expect(score(page, extractArticle(page.html).text).bodyRecall).toBe(1);
  });

  it("keeps a thread's box of its accepted answer when it holds the only copy (Vanilla), and drops it when it repeats a reply (Apple)", () => {
    for (const name of ['heldout140-vanilla-qna-discussion', 'heldout140-apple-support-communities-thread']) {
      const page = HELDOUT140_PAGES.find((p) => p.name === name)!;
      const text = extractArticle(page.html).text;
      expect({ name, recall: score(page, text).bodyRecall }).toEqual({ name, recall: 1 });
      // every paragraph once
      for (const b of page.body) expect({ name, b, n: text.split(b).length - 1 }).toEqual({ name, b, n: 1 });
    }
  });
});

describe('titles of batch 139 (round 50)', () => {
  it('keeps a title that looks like a name when the citation metadata names it as the title', () => {
    const opening = 'An agent who has acted rightly may nonetheless feel that something remains to be answered for.';
    const page = (meta: string) =>
      `<!doctype html><html><head><title>Moral Residue (Harbour Encyclopedia of Philosophy)</title>${meta}` +
      `<meta property="og:title" content="Moral Residue"><meta property="og:description" content="${opening}"></head><body>` +
      `<div id="article"><h1>Moral Residue</h1><p>${opening} The surgeon who saves five patients may still feel regret.</p>` +
      '<p>Philosophers call what is left over moral residue, and this entry surveys the main debates about it.</p></div></body></html>';
    const cited = extractArticle(page('<meta property="citation_title" content="Moral Residue">'));
    expect(cited.title).toBe('Moral Residue');
    expect(cited.text.startsWith('# Moral Residue\n')).toBe(true);
  });
});

describe('bylines of batch 136 (round 50)', () => {
  it("drops a live blog's writer names over its entries and a contributor's role line, and keeps a name said once or in a sentence", () => {
    const text = [
      '# Storm Darragh: live updates',
      '',
      'Helen Marsh',
      '',
      'Rest centres have opened in three towns.',
      '',
      'Tom Egerton',
      '',
      'Our reporter Tom Egerton has been speaking to people at the rest centre.',
      '',
      'Helen Marsh',
      '',
      'The Met Office has extended its warning.',
      '',
      '- Calum Dewar',
      '- BBC Scotland transport correspondent',
      '',
      '## Ada Lovelace',
    ].join('\n');
    const out = withoutNameLines(text);
    expect(out.split('\n').filter((l) => l === 'Helen Marsh')).toEqual([]);
    expect(out).not.toContain('transport correspondent');
    for (const kept of ['Tom Egerton\n', 'Our reporter Tom Egerton', '- Calum Dewar', '## Ada Lovelace', 'Rest centres have opened'])
      expect(out).toContain(kept);
    expect(withoutNameLines('Helen Marsh\n\nThe wall was finished in March.')).toBe('Helen Marsh\n\nThe wall was finished in March.');
  });

  it("reads the Guardian live page of batch 136 without its writers' names", () => {
    const page = HELDOUT136_PAGES.find((p) => p.name === 'heldout136-guardian-live-blog')!;
    const lines = extractArticle(page.html).text.split('\n');
    expect(lines.filter((l) => l === 'Helen Marsh' || l === 'Tom Egerton')).toEqual([]);
    expect(score(page, lines.join('\n')).bodyRecall).toBeGreaterThanOrEqual(0.95);
  });
});
