import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout336-kit.js';
import { squarespace } from './pages-heldout336-f2.js';

/**
 * Held-out batch 336, file f: a personal essay on recovery on Medium (top bar with "Write" and "Sign up", "Member-only
 * story" label, author line with "Follow", read time and date, clap and response counts, the pw-post-body paragraphs with
 * h2 section headings and a pull quote, tags, the "Written by" card, responses, "More from" and "Recommended from Medium"
 * rails, the sign-up banner and the footer links) and, from file f2, a charity's fundraising story page on Squarespace.
 */
const mTitle = 'The year I stopped waiting to feel better';
const mSub = 'Recovery from depression did not arrive as a moment. It arrived as a lot of small, boring Tuesdays.';
const mParts: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'For a long time I believed recovery would feel like waking up. One morning the fog would lift, I would open the curtains,',
        'and I would know it was over. I waited for that morning for almost three years.',
      ),
      j(
        'It never came. What came instead was slower and much less cinematic, and I think that is why it took me so long to notice',
        'it was happening at all.',
      ),
    ],
  ],
  [
    'The waiting room',
    [
      j(
        'In the worst stretch I was signed off work for five months. I slept until noon, ate cereal for dinner and told friends I',
        'was “just tired”. I had a therapist by then, and medication, and I kept asking her when I would start to feel normal again.',
      ),
      j(
        'She never gave me a date. Instead she asked what I had done that day, and whether any of it had felt even slightly good.',
        'I found the question irritating. Nothing felt good. That was the whole point.',
      ),
    ],
  ],
  [
    'Doing before feeling',
    [
      j(
        'The idea that changed things for me was almost insultingly simple: you do not wait to feel like doing something before',
        'you do it. You do the thing, and sometimes the feeling follows.',
      ),
      'So I started small. A walk to the post box. A shower before midday. One text back to one friend.',
      j(
        'I kept a notebook and gave each activity two scores out of ten, one for enjoyment and one for achievement. Most days the',
        'numbers were twos and threes. But they were not zeros, and over weeks they crept up.',
      ),
    ],
  ],
  [
    'What recovery actually looked like',
    [
      j(
        'There was no morning when the fog lifted. There was a Tuesday in March when I realised I had laughed at something on the',
        'radio. There was a week when I cooked three real meals. There was a day I forgot to feel sad until the evening.',
      ),
      j('I still have bad weeks. The difference is that I no longer treat them as proof that nothing has changed. They are weather,', 'not climate.'),
      j(
        'If you are in the waiting room now, I will not promise you a morning. But I hope you get some boring Tuesdays. They add',
        'up to more than you think.',
      ),
    ],
  ],
];
const mQuote = 'You do the thing, and sometimes the feeling follows.';
const mTags = ['Mental Health', 'Depression', 'Self Improvement', 'Personal Essay'];
const mMore = ['What my therapist taught me about lists', 'Going back to work after burnout', 'On being a slow runner'];
const mRec = ['I Quit My Job to Heal. Here’s What Happened.', 'The Quiet Power of Routine', 'Letters to my younger, anxious self'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const p = (t: string): string => `<p id="${t.length.toString(16)}" class="pw-post-body-paragraph ug uh fq ui b uj uk ul um un uo up uq ur us ut uu uv uw ux
uy uz va vb vc vd ve vf fj bl" data-selectable-paragraph="">${t}</p>`;
const bodyHtml = mParts
  .map(
    ([h, paras]) => `${h === '' ? '' : `<h2 class="vg vh fq bf vi vj vk vl vm vn vo vp vq vr vs vt vu vv vw vx" data-selectable-paragraph="">${h}</h2>`}
${paras.map(p).join('\n')}`,
  )
  .join('\n');
const mHtml = `<!doctype html><html lang="en"><head><title>The year I stopped waiting to feel better | by Orla Quennell | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="author" content="Orla Quennell">
<meta data-rh="true" property="article:published_time" content="2026-01-12T15:04:11.902Z"><meta data-rh="true" name="description" content="${mSub}">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"Orla Quennell"},"publisher":{"@type":"Organization","name":"Medium"},"isAccessibleForFree":false}</script>
<script>window.__APOLLO_STATE__ = {"Post:6c1f0a2e9b44":{"__typename":"Post","id":"6c1f0a2e9b44","clapCount":1240,"isLocked":true}}</script></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u v w"><a aria-label="Homepage" href="/">
<svg viewBox="0 0 1043.63 592.71" class="x y"></svg></a><div class="ab cb"><a href="/new-story" class="af ag ah">Write</a>
<a href="/m/signin" class="bl bm">Sign up</a><a href="/m/signin" class="bl bm">Sign in</a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"><div class="ab cb"><div class="ci bh fz ga gb gc">
<div class="hd he"><span class="hf hg">Member-only story</span></div>
<h1 id="3b7e" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc" data-testid="storyTitle" data-selectable-paragraph="">${mTitle}</h1>
<h2 id="9f1c" class="pw-subtitle-paragraph hh gt gu bf b hi hj hk hl hm hn ho" data-selectable-paragraph="">${mSub}</h2>
<div class="hp hq hr"><div class="speechify-ignore ab cp"><div class="ab q"><a rel="noopener follow" href="/@orlaq"><div class="l ht">
<img alt="Orla Quennell" class="l eo by dd de cx" src="https://miro.medium.example/v2/resize:fill:88:88/1*orla.jpeg" width="44" height="44"></div></a>
<div class="bm bg l"><div class="ab"><div class="bf b bg z dw"><a data-testid="authorName" href="/@orlaq">Orla Quennell</a></div>
<div class="ik il l"><button class="bf b bg z cn">Follow</button></div></div>
<div class="ab ae"><span data-testid="storyReadTime">7 min read</span><span class="in io"><span class="l" aria-hidden="true">·</span></span>
<span data-testid="storyPublishDate">Jan 12, 2026</span></div></div></div></div>
<div class="ab co jd je"><div class="pw-multi-vote-count l kq kr"><p class="bf b dv z dw"><span class="kb">1.2K</span></p></div>
<button aria-label="responses" class="ab q"><p class="bf b dv z dw"><span class="pw-responses-count">24</span></p></button>
<button aria-label="Share" data-testid="headerSocialShareButton">Share</button></div></div>
${bodyHtml}
<blockquote class="vy vz wa"><p class="pw-post-body-paragraph wb wc" data-selectable-paragraph="">${mQuote}</p></blockquote>
</div></div></div></section></div></div></article>
<div class="ab cb"><div class="ci bh"><div class="xi ab">
<ul>${mTags.map((t) => `<li><a href="/tag/${t.length}" class="xm xn">${t}</a></li>`).join('')}</ul></div>
<div class="written-by"><h2 class="bf ly">Written by Orla Quennell</h2><p class="bf b dv z dw">2.1K Followers</p>
<p class="bf b">Writing about mental health, slow recovery and ordinary hope. Manchester.</p></div>
<div class="responses"><h2>Responses (24)</h2><div class="response"><p class="author">Benedikt Rask</p><p>The bit about boring Tuesdays made me cry on the
train. Thank you for writing this.</p></div></div>
<div class="more-from"><h2>More from Orla Quennell</h2><ul>${links(mMore)}</ul></div>
<div class="recommended"><h2>Recommended from Medium</h2><ul>${links(mRec)}</ul></div></div></div>
<div class="sign-up-banner"><p>Sign up to discover human stories that deepen your understanding of the world.</p></div>
<footer class="ab"><ul>${links(mFoot)}</ul></footer></div></div></div></body></html>`;

const medium: TestPage = {
  name: 'heldout336-medium-recovery-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mParts.map((x) => x[0]).filter((h) => h !== ''),
  body: texts([mSub, ...mParts.flatMap((x) => x[1])]),
  bylines: ['Orla Quennell', '7 min read', 'Jan 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Write', 'Sign up', 'Sign in', 'Member-only story', 'Follow', '1.2K', 'Share', ...mTags, 'Written by Orla Quennell', '2.1K Followers',
    'Writing about mental health, slow recovery and ordinary hope. Manchester.', 'Responses (24)', 'Benedikt Rask',
    'The bit about boring Tuesdays made me cry on the train. Thank you for writing this.', 'More from Orla Quennell', ...mMore,
    'Recommended from Medium', ...mRec, 'Sign up to discover human stories that deepen your understanding of the world.', ...mFoot,
  ],
};

export const HELDOUT336_F: readonly TestPage[] = [medium, squarespace];
