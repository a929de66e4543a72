import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { postOverReplies, withPostWhenMissed } from './post-over-replies.js';

/** Round 38 (batch 42's Misskey note): a note in the page's one <article>, its replies after it in boxes of hashed classes. */
const NOTE = [
  'Bought it in March from a man who had kept it in a shed since 1994, and the frame was fine under the rust.',
  'Over the summer it got new rims laced onto the original hubs, fresh cables and a set of mudguards that clear wide tyres.',
  'The thing I am proudest of is the paint: I cut back the old lacquer with polish and the original burgundy came up well.',
];
const REPLIES = [
  'That burgundy is gorgeous. What did you use to cut back the lacquer on a frame that old?',
  'Car paint restorer first, the mild kind, by hand with a cotton cloth, then a normal polish and a coat of wax.',
  'Forty kilometres on the first ride is brave on old brakes! Did you keep the original blocks or swap them?',
];
const HIDDEN = 'If the tyres ever rub, check the stay length before you bend anything, since the fixing bolts differ.';

const MORE = 'I have been meaning to do the same with mine for years, and this is the push I needed to start on it this winter.';
const reply = (who: string, handle: string, text: string, warning = false): string =>
  `<div class="xyy4C"><div class="xnCUr"><header class="xsvwe"><a class="xf8Ae" href="/${handle}"><span>${who}</span></a>` +
  `<span class="x4Ti3">${handle}</span><time title="2025/11/03 00:18">21h</time></header>` +
  (warning ? '<p class="xrQWp"><span>mudguard nerdery</span><button class="_button">Show content (140 characters)</button></p>' : '') +
  `<div class="xnPPl"${warning ? ' style="display: none;"' : ''}><span>${text} ${MORE}</span></div></div></div>`;

const page = (site = 'bikeshed.example'): string => `<html><head><title>Marta Ilves | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="og:title" content="Marta Ilves (@marta)">
<meta property="og:description" content="Finished rebuilding the old Dawes Galaxy today. ${NOTE[0]}"></head><body>
<div class="xpSBT"><a href="/"><span class="xhxpE">${site}</span></a><button>Sign up</button></div>
<main><div class="xoY6V"><article class="xqD8d"><header><a href="/@marta"><img class="xhdRY" src="/files/avatar-marta.webp" alt=""></a>
<a href="/@marta"><span>Marta Ilves</span></a><div class="xmdWU">@marta</div></header>
<div class="xqI3U"><span><span>Finished rebuilding the old Dawes Galaxy today</span><br><br>${NOTE.map((p) => `<span>${p}</span>`).join('<br><br>')}\
</span></div>
<footer><time title="2025/11/02 21:14:07">2025/11/02 21:14</time></footer></article>
<div class="xwHVb"><button>Replies</button><button>Renotes</button></div><div class="xR4nh">
${reply('Kaito 🚲', '@kaito@velo.social.example', REPLIES[0] ?? '')}${reply('Marta Ilves', '@marta', REPLIES[1] ?? '')}
${reply('Ines', '@ines', REPLIES[2] ?? '')}${reply('ruth', '@ruthcycles@mastodon.example', HIDDEN, true)}</div></div></main></body></html>`;

describe('a post over its replies (round 38)', () => {
  it("reads the note with its replies when the replies' rows were picked, titled by its first line, not the server's name", () => {
    const { title, text } = extractArticle(page());
    const read = norm(text);
    for (const p of [...NOTE, ...REPLIES]) expect(read).toContain(norm(p));
    // the note comes before its replies
    expect(read.indexOf(norm(NOTE[0] ?? ''))).toBeLessThan(read.indexOf(norm(REPLIES[0] ?? '')));
    // the og:title is the poster with a handle: the note's first line is the title; og:site_name, shown in the header, is no title
    expect(title).toBe('Finished rebuilding the old Dawes Galaxy today');
    expect(read).not.toContain('bikeshed.example');
    // fediverse handles with their server are bylines
    expect(read).not.toContain('@kaito@velo.social.example');
    expect(read).not.toContain('@ruthcycles@mastodon.example');
  });

  it('widens a pick that holds the replies and not the note to the box holding both, and keeps a pick that holds the note', () => {
    const doc = parseDocument(page());
    const found = postOverReplies(doc);
    const replies = doc.querySelectorAll('.xR4nh')[0];
    const note = doc.querySelectorAll('article')[0];
    const widened = withPostWhenMissed(replies, found);
    expect(widened).not.toBe(replies);
    for (const p of [...NOTE, ...REPLIES]) expect(widened?.textContent).toContain(p);
    expect(withPostWhenMissed(note, found)).toBe(note);
    const main = doc.querySelectorAll('main')[0];
    expect(withPostWhenMissed(main, found)).toBe(main);
    // a page of two <article>s is no note over its replies
    expect(postOverReplies(parseDocument(page().replace('</main>', '<article><p>Another story</p></article></main>')))).toBeUndefined();
  });

  it('shows the text behind a content warning, whose toggle is a control', () => {
    const read = norm(extractArticle(page()).text);
    expect(read).toContain(norm(HIDDEN));
    expect(read).not.toContain('show content');
  });

  it('leaves an article Readability reads whole alone, with the reader comments after it out', () => {
    const story = NOTE.map((p) => `<p>${p} ${p}</p>`).join('');
    const comment = (t: string) => `<div class="cmt-x"><div class="cmt-b"><p>${t}</p></div></div>`;
    const html = `<html><head><title>Restoring a Dawes Galaxy | Cycle Weekly</title></head><body><main><div class="wrap">
<article><h1>Restoring a Dawes Galaxy</h1>${story}</article><div class="rail">${REPLIES.map(comment).join('')}</div></div></main></body></html>`;
    const read = norm(extractArticle(html).text);
    for (const p of NOTE) expect(read).toContain(norm(p));
    for (const r of REPLIES) expect(read).not.toContain(norm(r));
  });
});
