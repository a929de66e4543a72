import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { withoutRepeatedRuns } from './repeated-runs.js';
import { siteNameCandidates, withoutSiteNameLines } from './site-name-lines.js';
import { isFurnitureByName } from './furniture-names.js';
import { parseDocument } from './parse-linkedom.js';

const read = (html: string): string => norm(extractArticle(html).text);
/** The text's lines, trimmed, lower-cased, Markdown marks off. */
const lines = (html: string): string[] =>
  extractArticle(html)
    .text.split('\n')
    .map((l) => norm(l.replace(/^(?:#{1,6}|-) /, '')));
const story = (inner: string, head = ''): string => read(harbourStory(inner, { head }));
const QUESTION = 'Our bank feed has not imported anything since the bank moved everyone to a new login with an app approval step last month.';
const ANSWER =
  'When a bank moves to a new login the old authorisation stays active on our side even though the bank has stopped sending ' +
  'data, so reconnect the feed and import from the day before the last transaction.';
const THANKS = 'That worked. Reconnected, imported from the twenty third, and three weeks of transactions came in without duplicates.';

/** A Q&A thread on a Vanilla-like board: the question, a box that repeats the accepted answer, then the comments. */
function thread(box: string): string {
  const comment = (t: string, i: number) =>
    `<li class="Item ItemComment" id="Comment_${i}"><div class="Item-Header"><a class="Username" href="/u/${i}">user${i}</a>
<time datetime="2025-10-0${i}T08:00:00Z">Oct ${i}</time></div><div class="Message userContent"><p>${t}</p></div></li>`;
  return `<html><head><title>Bank feed stopped importing — Ledger Community</title></head><body>
<header class="titleBar"><span class="titleBar-logo">Ledger Community</span><nav><a href="/">Home</a></nav></header>
<main><h1>Bank feed stopped importing</h1><div class="ItemDiscussion"><div class="Message userContent"><p>${QUESTION}</p></div></div>
${box}<ul class="MessageList Comments">${[ANSWER, THANKS].map(comment).join('\n')}</ul></main></body></html>`;
}

describe("a thread's copies of its replies (round 43, after batch 69)", () => {
  it('drops the box that repeats the accepted answer over the thread, and keeps the answer in its place once', () => {
    for (const cls of ['DataBox DataBox-AcceptedAnswers', 'best-reply-wrapper']) {
      const text = read(thread(`<div class="${cls}"><h2>Answers</h2><p>${ANSWER}</p></div>`));
      expect(text.split(norm(ANSWER).slice(0, 60)).length - 1).toBe(1);
      expect(text).toContain(norm(THANKS));
      expect(text).not.toMatch(/## answers/);
    }
  });

  it('reads a run of blocks said twice once, the later copy, and keeps a short line said twice', () => {
    const run = `${ANSWER}\n\n- Go to Banking and open the connection.`;
    expect(withoutRepeatedRuns(`${run}\n\n${QUESTION}\n\n${run}`)).toBe(`${QUESTION}\n\n${run}`);
    const short = 'Click Save.\n\nThe first step ends here.\n\nClick Save.';
    expect(withoutRepeatedRuns(short)).toBe(short);
    // a copy right above its reply goes too (Apple's Developer Forums)
    expect(withoutRepeatedRuns(`${ANSWER}\n\n${ANSWER}\n\n${THANKS}`)).toBe(`${ANSWER}\n\n${THANKS}`);
    // a heading is never part of a run
    expect(withoutRepeatedRuns(`## Answer\n\n${ANSWER}\n\n## Answer\n\nOther words.`)).toBe(`## Answer\n\n${ANSWER}\n\n## Answer\n\nOther words.`);
  });

  it('reads a reply repeated in a box of no known name once, in its place', () => {
    const text = read(thread(`<div class="highlight-box"><p>${ANSWER}</p><p>Chosen by the poster as the reply that solved the question.</p></div>`));
    expect(text.split(norm(ANSWER).slice(0, 60)).length - 1).toBe(1);
    expect(text.indexOf(norm(ANSWER).slice(0, 60))).toBeGreaterThan(text.indexOf(norm(QUESTION).slice(0, 40)));
  });

  it('drops a list of similar threads and the label over an answer, and keeps a reply that mentions similar questions', () => {
    const similar =
      '<section class="similar-questions"><h2>Similar questions</h2><ul><li><a href="/q/1">Feed never refreshes after login change</a>' +
      '<p>Since the bank changed its login page our feed shows as active but nothing new arrives, and refreshing does not help…</p></li></ul></section>';
    expect(read(thread(similar))).not.toContain('feed never refreshes');
    const box = (cls: string) => parseDocument(`<html><body><section class="${cls}"><p>Words</p></section></body></html>`).querySelectorAll('section')[0]!;
    expect(isFurnitureByName(box('similar-questions'))).toBe(true);
    expect(isFurnitureByName(box('similar-items-table'))).toBe(false);
    expect(lines(thread('<div class="answer-label"><span>Answer</span></div>'))).not.toContain('answer');
    expect(read(thread(`<div class="note"><p>Similar questions about bank feeds are answered in the help centre under Banking.</p></div>`))).toContain(
      'similar questions about bank feeds',
    );
  });

  it("drops the site's name set as a line under the title (the title bar's logo), and keeps a sentence that names the site", () => {
    expect(lines(thread(''))).not.toContain('ledger community');
    const wall = 'The harbour wall was rebuilt over the winter at a cost of two million pounds, and the boats came back in March. ';
    const wiki = `<html><head><title>Harbour works — Tidewater Wiki</title></head><body><article><div class="wiki-title"><span>Tidewater Wiki</span>
</div><h1>Harbour works</h1><p>${wall.repeat(4)}</p><p>${wall.repeat(3)}</p></article></body></html>`;
    expect(lines(wiki)).not.toContain('tidewater wiki');
    expect(lines(wiki)).toContain(norm(wall.repeat(3)));
    const doc = parseDocument('<html><head><title>Harbour works | Tidewater Gazette</title></head><body></body></html>');
    const names = siteNameCandidates(doc);
    expect(names.has('tidewater gazette')).toBe(true);
    expect(withoutSiteNameLines('# Harbour works\n\nTidewater Gazette\n\nThe wall was rebuilt.', names, 'Harbour works')).toBe(
      '# Harbour works\n\nThe wall was rebuilt.',
    );
    const sentence = '# Harbour works\n\nThe Tidewater Gazette reported the cost first.';
    expect(withoutSiteNameLines(sentence, names, 'Harbour works')).toBe(sentence);
    // a section heading deep in the text that shares the name stays
    const deep = '# Harbour works\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n## Tidewater Gazette\n\nFive.';
    expect(withoutSiteNameLines(deep, names, 'Harbour works')).toBe(deep);
  });
});

describe('forum chrome of round 43 (after batch 69)', () => {
  it('drops a moderator’s event line and note, and keeps a sentence about moving a topic', () => {
    const text = story('<p>jpereira moved this topic from General Discussion on Nov 4, 2025, 9:10 AM</p><p><em>[Re-Titled by Moderator]</em></p>');
    expect(text).not.toMatch(/moved this topic|re-titled/);
    expect(story('<p>The harbour master moved this topic from the agenda to next week, after the wall was rebuilt.</p>')).toContain('moved this topic');
  });

  it('drops Lemmy’s cross-post label, a posters counter and Invision’s stock guest lines', () => {
    const text = story(
      '<p><span>cross-posted to: </span></p><p><span>3</span> <span>Posters</span></p>' + '<p>Sign up for a new account in our community. It’s easy!</p>',
    );
    expect(text).not.toMatch(/cross-posted|posters|new account/);
  });

  it("drops new Reddit's comment composer, sort menu and search field by their tags", () => {
    const text = story(
      '<comment-composer-host><span>Join the conversation</span></comment-composer-host><shreddit-sort-dropdown><span>Best</span>' +
        '</shreddit-sort-dropdown><faceplate-search-input><span>Search Comments</span></faceplate-search-input>',
    );
    expect(text).not.toMatch(/join the conversation|search comments/);
    expect(lines(harbourStory('<shreddit-sort-dropdown><span>Best</span></shreddit-sort-dropdown>'))).not.toContain('best');
  });

  it("drops NodeBB's signature by its component path, and keeps the post", () => {
    const post = '<div component="post/content"><p>The lock stays behind when systemd stops the service before restic exits.</p></div>';
    const sig = '<div component="post/signature"><p>Proxmox on a shoebox: three nodes and one NAS.</p></div>';
    const text = story(post + sig);
    expect(text).not.toContain('shoebox');
    expect(text).toContain('the lock stays behind');
  });

  it("drops a thread's prefix label from its title, and keeps a title that is only a label-like word", () => {
    const page = (h1: string) => `<html><head><title>Forum</title></head><body><h1>${h1}</h1><article><p>${QUESTION.repeat(3)}</p></article></body></html>`;
    expect(extractArticle(page('<span class="label label--blue">Help</span> Chatter when parting off on a lathe')).title).toBe(
      'Chatter when parting off on a lathe',
    );
    expect(extractArticle(page('<span class="label">Help</span> me')).title).toBe('Help me');
  });
});
