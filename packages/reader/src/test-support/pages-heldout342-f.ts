import { type TestPage, texts } from './page-kit.js';
import { nuxt } from './pages-heldout342-f2.js';
import { j } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file f: a poker strategy post on Medium (top bar with Write / Sign up / Sign in, title and subtitle,
 * author name with Follow, reading time and date, clap and response counts, generated class names, section headings and a
 * blockquote, tags, "Written by" card, "More from" and "Recommended from Medium" lists, the footer links) and, from file f2, a
 * lottery results page on a Nuxt site.
 */
const mTitle = 'Stop paying off on the river: bluff-catching for small-stakes players';
const mSub = ['Most of the money you lose at low stakes goes in on the last card. Here is a simple way to stop.'];
const mH = ['Why small-stakes players rarely bluff the river', 'A three-question checklist', 'When you should call anyway', 'Putting it into practice'];
const mP0 = [
  j(
    'I kept a log of every hand I lost more than fifty big blinds in over three months of online cash games. When I sorted it, the',
    'pattern was embarrassing: almost two thirds of that money went in as a call on the river, and in most of those hands my',
    'opponent showed up with exactly the hand their betting had been representing all along.',
  ),
];
const mP1 = [
  j(
    'At the lower stakes, most opponents do not bluff big rivers nearly as often as the theory says they should. Bluffing a large',
    'bet on the last card takes nerve and a story that hangs together, and a typical recreational player would rather check and',
    'give up. When they suddenly bet big, they usually have it.',
  ),
  'That means a call that would be correct against a balanced player is a losing call against the real player in front of you.',
];
const mQuote = 'The question is not whether they could be bluffing. It is how often this player, in this spot, actually is.';
const mP2 = [
  j(
    'Before I call a big river bet now, I ask three things. First, has this player shown a bluff at showdown in the session?',
    'Second, does the line make sense as a bluff, or did they check a card where a bluffer would have bet? Third, does my hand',
    'beat anything other than a bluff?',
  ),
  j(
    'If the answer to the first two is no, I fold, even with a hand that feels too strong to fold. It hurts the first dozen times.',
    'It stops hurting when you look at your results after a month.',
  ),
];
const mP3 = [
  j(
    'There are exceptions. Against aggressive regulars who fire three barrels with a wide range, and in spots where the price is',
    'very good, such as a small bet into a large pot, calling with bluff-catchers is still right. The point is to call because of',
    'evidence, not because you are curious.',
  ),
];
const mP4 = [
  j(
    'Take notes on anyone you see bluff, and anyone you see value-bet thinly. Review your biggest river calls every week. And do',
    'not measure yourself on single hands: a good fold looks exactly like a mistake until you check the numbers a few thousand',
    'hands later.',
  ),
];
const mTags = ['Poker', 'Poker Strategy', 'Gambling', 'Game Theory'];
const mMore = ['Three hands that taught me to respect the min-raise', 'Bankroll rules I wish I had followed in my first year'];
const mRec = ['What a year of tracking every bet taught me', 'The maths of pot odds, explained with coins'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech', 'Teams'];
const cls = 'pw-post-body-paragraph ml mm gu mn b mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni gn bk';
const para = (ps: readonly string[], id: string): string =>
  ps.map((p, i) => `<p id="${id}${i}" class="${cls}" data-selectable-paragraph="">${p}</p>`).join('\n');
const hd = (t: string, id: string): string =>
  `<h2 id="${id}" class="nj nk gu bf nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og bk" data-selectable-paragraph="">${t}</h2>`;
const list = (items: readonly string[]): string =>
  items.map((t) => `<div class="ph pi l"><a class="af ag ah ai aj" href="#"><h2 class="bf gv kw pj">${t}</h2></a></div>`).join('\n');
const mHtml = `<!doctype html><html lang="en"><head><title>Stop paying off on the river: bluff-catching for small-stakes players | by Marisol Vantongeren |
Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" name="author" content="Marisol Vantongeren"><meta data-rh="true" property="article:published_time" content="2026-03-02T18:04:11.812Z">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"Marisol Vantongeren"},"publisher":{"@type":"Organization","name":"Medium"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="512" data-fela-type="STATIC">.af{text-decoration:none}.ml{box-sizing:inherit}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l n o p q r">
<div class="m lk ll"><a class="af ag ah ai aj" href="https://medium.example/" aria-label="Homepage">Medium</a>
<div class="ax h"><div class="bg" role="search"><input role="combobox" placeholder="Search" class="ax fx fy fz"></div></div>
<a class="af ag ah ai aj" href="/new-story" data-testid="headerWriteButton"><div class="bf b bg z du">Write</div></a>
<a class="af ag ah ai aj" href="/m/signin" data-testid="headerSignUpButton"><span>Sign up</span></a><a class="af ag ah ai aj" href="/m/signin"
data-testid="headerSignInButton">Sign in</a></div>
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="7c2e" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="8d3f" class="pw-subtitle-paragraph hi gt gu bf b hj hk hl hm hn ho hp hq hr hs ht hu dx" data-selectable-paragraph="">${mSub[0]}</h2></div>
<div class="speechify-ignore ab cp"><div class="ab q"><div class="ab"><div class="bm" aria-hidden="false"><a rel="noopener follow" href="/@marisolv"
data-testid="authorName">
<div class="l it iu by iv iw">Marisol Vantongeren</div></a></div><span class="hx">·</span><a class="af ag ah ai aj" href="#"><span
class="bf b bg z">Follow</span></a></div>
<div class="ab q"><span class="bf b bg z du" data-testid="storyReadTime">6 min read</span><span class="hx">·</span>
<span data-testid="storyPublishDate">Mar 2, 2026</span></div></div></div>
<div class="ab co jn jo"><div class="pw-multi-vote-count l kb kc kd ke kf kg kh"><p class="bf b dv z du"><span class="kl">412</span></p></div>
<button aria-label="responses" class="af fk ah ai aj"><span class="pw-responses-count ki kj">9</span></button>
<button aria-label="Listen" class="af fk"><p class="bf b dv z du">Listen</p></button><button aria-label="Share" class="af fk"><p
class="bf b dv z du">Share</p></button></div>
${para(mP0, 'a0')}
${hd(mH[0] ?? '', 'b1')}
${para(mP1, 'a1')}
<blockquote class="oh oi oj"><p id="q1" class="${cls}" data-selectable-paragraph=""><em>${mQuote}</em></p></blockquote>
${hd(mH[1] ?? '', 'b2')}
${para(mP2, 'a2')}
${hd(mH[2] ?? '', 'b3')}
${para(mP3, 'a3')}
${hd(mH[3] ?? '', 'b4')}
${para(mP4, 'a4')}
</div></div></div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="sg ab iw hd">${mTags
  .map(
    (t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}"><div
class="se ed cw sf gj sg sh bf b bg z bk si">${t}</div></a>`,
  )
  .join('\n')}</div>
<div class="l"><h2 class="bf gv to tp tq tr ts bk"><a href="/@marisolv">Written by Marisol Vantongeren</a></h2><div class="tz ua"><span
class="pw-follower-count bf b bg z bk">1.4K Followers</span></div>
<p class="bf b bg z bk"><span class="ks">Ex-pro turned coach. Writes about small-stakes poker, bankrolls and tilt.</span></p></div>
<div class="l"><h2 class="bf gv">More from Marisol Vantongeren</h2>${list(mMore)}</div>
<div class="l"><h2 class="bf gv">Recommended from Medium</h2>${list(mRec)}</div></div></div>
<div class="ab ca"><div class="ab cb vx"><footer>${mFoot
  .map(
    (t) => `<a class="af ag ah ai aj" href="#"><p
class="bf b dv z du">${t}</p></a>`,
  )
  .join('\n')}</footer></div></div>
</div></div></div>
<script>window.__BUILD_ID__="main-20260302-181812-2d1f9e";window.__GRAPHQL_URI__="https://medium.example/_/graphql";
window.__PRELOADED_STATE__={"config":{"nodeEnv":"production"}}</script>
</body></html>`;
const medium: TestPage = {
  name: 'heldout342-medium-poker-strategy-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mSub, ...mP0, ...mP1, mQuote, ...mP2, ...mP3, ...mP4]),
  bylines: ['Marisol Vantongeren', '6 min read', 'Mar 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Medium', 'Write', 'Sign up', 'Sign in', 'Follow', '412', 'Listen', 'Share', ...mTags, 'Written by Marisol Vantongeren', '1.4K Followers',
    'Ex-pro turned coach. Writes about small-stakes poker, bankrolls and tilt.', 'More from Marisol Vantongeren', ...mMore, 'Recommended from Medium',
    ...mRec, ...mFoot,
  ],
};

export const HELDOUT342_F: readonly TestPage[] = [medium, nuxt];
