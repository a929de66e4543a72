import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { postRun, runWhenPartial } from './whole-article.js';

/** Round 33 (batch 35's Tumblr reblog chain): a post made of repeated parts is read whole; other shapes keep Readability's pick. */
const PARTS = [
  ['archivist', 'We have been cataloguing a household manuscript from around 1740, and its gingerbread is nothing like a cake.'],
  [
    'saltcellar',
    'This is the older style of gingerbread that goes back to medieval recipes, and the breadcrumb version survived in some ' +
      'households long after the treacle and flour versions became fashionable. Surviving moulds from the period are carved with ' +
      'saints, horses and hearts, and that detail only shows if the dough is stiff enough to hold it. The gilding was often a bit ' +
      'of gold leaf on the raised parts of the mould, pressed on while the dough was still warm from the oven.',
  ],
  ['mossbank', 'I tried this over the weekend with a half quantity. Use properly stale white bread, dried in a low oven if you must.'],
  ['lanternmoth', 'The manuscript writer casually claims it lasts a year, and the archivists said they chose to believe it.'],
] as const;

describe('an <article> read whole when its prose sits in a run of parts (whole-article.ts)', () => {
  it('reads every part of a reblog trail, not only the part Readability scores best', () => {
    const part = ([blog, text]: readonly [string, string]) =>
      `<div class="u2tXn"><div class="hF8Ik"><a href="/${blog}">${blog}</a></div><div class="LaNUG"><div class="k31gt"><p>${text}</p></div></div></div>`;
    const html = `<html><body><main><article aria-label="Post by lanternmoth"><header><a href="/lanternmoth">lanternmoth</a></header>
<div class="GzjsW">${PARTS.map(part).join('\n')}</div><footer><button>4,812 notes</button></footer></article></main></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const [, words] of PARTS) expect(text).toContain(norm(words).slice(0, 50));
  });

  it("keeps Readability's pick when the rest of the article's prose is of another shape (an event's registration box)", () => {
    const description = `<div class="event-description"><p>${PARTS[1][1]}</p><p>${PARTS[0][1]}</p></div>`;
    const box =
      '<div class="event-registration"><div class="seats">14 seats left</div><p>Registration opens 14 days before the event, ' +
      'and the room is wheelchair accessible.</p></div>';
    const html = `<html><body><main><article><h1>Baking from old manuscripts</h1>${description}${box}</article></main></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain(norm(PARTS[1][1]).slice(0, 50));
    expect(text).not.toContain('registration opens');
  });
  it('takes a run of posts with no marks of a thread, and reads it when Readability keeps one of them (vBulletin 4; round 36)', () => {
    const post = (text: string) => `<li class="postbitlegacy postcontainer"><div class="content"><blockquote>${text}</blockquote></div></li>`;
    const texts = PARTS.map(([, words]) => words);
    const page = (items: string) => `<html><body><h1>Gingerbread from a 1740 manuscript</h1><ol id="posts">${items}</ol></body></html>`;
    // an ad slot emptied of text among the posts is no post
    const run = postRun(parseDocument(page(`${texts.map(post).join('\n')}<li class="postbitlegacy postcontainer"></li>`)));
    expect(run?.tagName).toBe('OL');
    if (run === undefined) return;
    const one = parseDocument(page(post(PARTS[1][1]))).querySelectorAll('li')[0];
    expect(runWhenPartial(one, run)).toBe(run);
    expect(runWhenPartial(run, run)).toBe(run);
    // two posts are no run, nor a list of short links
    expect(postRun(parseDocument(page(texts.slice(0, 2).map(post).join(''))))).toBeUndefined();
    expect(postRun(parseDocument(page(['Home', 'News', 'Sport', 'Weather'].map((t) => `<li class="nav"><a href="/">${t}</a></li>`).join(''))))).toBeUndefined();
  });

  it('round 41: takes a run of posts told by their ids (vBulletin 3), and reads it when the pick lost one post whole, however long the pick', () => {
    const post = (text: string, i: number) =>
      `<div id="edit${1870 + i}" style="padding:0"><table><tr><td><div id="post_message_${1870 + i}">${text}</div></td></tr></table></div>`;
    const texts = PARTS.map(([, words]) => words);
    const posts = `${texts.map(post).join('\n')}<div id="lastpost"></div>`;
    const page = `<html><body><h1>Gingerbread from a 1740 manuscript</h1><div id="posts">${posts}</div></body></html>`;
    const run = postRun(parseDocument(page));
    expect(run?.getAttribute('id')).toBe('posts');
    if (run === undefined) return;
    // a pick with every post but the third, and enough chrome to make up the length
    const chrome = '<p>Similar threads: moulds, gilding and the history of treacle in household baking, with replies and last posts.</p>'.repeat(6);
    const pick = parseDocument(
      `<html><body><div>${texts
        .filter((_, i) => i !== 2)
        .map(post)
        .join('')}${chrome}</div></body></html>`,
    ).body?.firstElementChild;
    expect(runWhenPartial(pick, run)).toBe(run);
    const whole = parseDocument(`<html><body><div>${texts.map(post).join('')}</div></body></html>`).body?.firstElementChild;
    expect(runWhenPartial(whole, run)).toBe(whole);
  });
});
