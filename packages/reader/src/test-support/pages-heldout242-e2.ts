import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file e2: a product design post in a Medium publication (metabar with "Open in app", sign-in and
 * write links, publication header, author row with Follow, reading time and date, clap / response / save / listen / share
 * bar, figures with captions, tags, "Written by" author card, "More from" and "Recommended from Medium" lists, sign-up
 * banner and footer links).
 */
const mTitle = 'The Kettle That Taught Me to Design for Mornings';
const mSub = 'What six months of prototyping a kitchen appliance revealed about tired hands, steam and the sound of water.';
const mParas = [
  j(
    'When our studio was asked to design a kettle for Ambry, a small homeware brand, I thought it would be a quick project. A',
    'kettle is a jug with a heating element. Millions of them are sold every year. What was there left to find out?',
  ),
  j(
    'A lot, it turned out. Over six months we built twenty-three prototypes, watched thirty people make their first drink of the',
    'day in their own kitchens, and threw away most of our early assumptions.',
  ),
];
const mH1 = 'Nobody is awake when they use it';
const mParas2 = [
  j(
    'Our first insight came from filming people at six in the morning. Almost everyone filled the kettle without looking at it,',
    'often with one hand while holding a phone or a child in the other. Lids that needed two hands to open were a constant',
    'source of small frustrations.',
  ),
  j(
    'We moved to a lid that springs open when you press the handle with your thumb, and made the fill opening wide enough to fill',
    'under a tap without taking the kettle off its base.',
  ),
];
const mH2 = "Steam goes where you don't want it";
const mParas3 = [
  j(
    'In four of the kitchens we visited, the kettle sat under a wall cupboard. Years of steam had warped the cupboard door. We',
    'angled the spout vent to send steam forward and away from the wall, and tested it under a cardboard cupboard that we',
    'weighed before and after each boil to measure how much water it absorbed.',
  ),
];
const mH3 = 'Sound is part of the interface';
const mParas4 = ['The most surprising finding was how much people relied on sound. Several participants said things like:'];
const mQuote = '“I know it is nearly ready when it goes quiet, just before it clicks.”';
const mParas5 = [
  j(
    'Quieter kettles, which we had assumed everyone wanted, removed that cue. In the end we kept the rising sound of the boil and',
    'worked instead on the harsh rattle at the very start, by changing the shape of the element plate.',
  ),
  'What I took away from the project:',
];
const mList = [
  'Watch people in their own homes, at the time of day they really use the product.',
  'Prototype the tiny interactions, not just the form.',
  'Be careful about removing a flaw that users have turned into a signal.',
];
const mEnd = 'The Ambry kettle goes on sale in April. If you have one, I would love to hear how your mornings go.';
const mCaps = ['Early foam and card prototypes of the lid and handle', 'Testing steam direction under a cardboard cupboard'];
const mMore = ['Why every button in your car feels the same', 'Five lessons from redesigning a bus ticket machine'];
const mRec = ['The quiet revolution in kitchen lighting', 'Designing for one hand: notes from a parent', 'What I wish I knew before my first user interview'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech', 'Teams'];
const P = (t: string, id: string): string =>
  `<p id="${id}" class="pw-post-body-paragraph ly lz gv ma b mb mc md me mf mg mh mi mj mk ml mm mn mo mp mq mr ms mt mu fo bk"
data-selectable-paragraph="">${t}</p>`;
const H = (t: string, id: string): string =>
  `<h2 id="${id}" class="nd ne gv be nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa bk" data-selectable-paragraph="">${t}</h2>`;
const F = (cap: string, id: string): string => `<figure class="od oe of og oh oi oa ob paragraph-image"><div class="oj ok ed ol bh om" role="button"
tabindex="0"><div class="oa ob oc"><picture><img alt="" class="bh mo on c" width="700" height="467" loading="lazy" role="presentation"
src="https://miro.medium.example/v2/resize:fit:1400/${id}.jpeg"></picture></div></div>
<figcaption class="op fk oq oa ob or os be b bf z dt" data-selectable-paragraph="">${cap}</figcaption></figure>`;
const bar = `<div class="ab q oe of og oh"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap"></button></div>
<div class="pw-multi-vote-count"><p class="be b dv z dt"><button class="af ag ah ai">412</button></p></div>
<button class="af ag ah ai" aria-label="responses"><span class="pw-responses-count">9</span></button>
<button aria-label="Add to list bookmark button" class="af fk ah ai"></button>
<button class="af ag ah ai" aria-label="Listen"><p class="be b dv z dt">Listen</p></button>
<button class="af ag ah ai" aria-label="Share Post"><p class="be b dv z dt">Share</p></button></div>`;
const list = (items: string[]): string => items.map((t) => `<div class="pw-homefeed-item"><h2 class="be gv">${t}</h2></div>`).join('\n');
const mHtml = `<!doctype html>
<html lang="en"><head><title>${mTitle} | by Tamsin Arkwright | Field Notes on Objects | Mar, 2026 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="author" content="Tamsin Arkwright">
<meta data-rh="true" property="og:description" content="${mSub}"><meta data-rh="true" property="article:published_time" content="2026-03-06T08:41:12.113Z">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"Tamsin Arkwright"},"publisher":{"@type":"Organization","name":"Field Notes on Objects"}}</script>
<style type="text/css" data-fela-rehydration="560" data-fela-type="STATIC">html{box-sizing:border-box}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l c"><div class="m n o p"><div class="ab q" id="metabar"><a data-testid="headerMediumLogo" href="https://medium.example/" aria-label="Homepage"></a>
<a href="https://rsci.app.link/?%24canonical_url=x" class="ag ah">Open in app</a>
<div class="ab q"><a data-testid="headerWriteButton" href="/new-story"><span class="be b bf z dt">Write</span></a>
<a data-testid="headerSignUpButton" href="/m/signin">Sign up</a><a data-testid="headerSignInButton" href="/m/signin">Sign in</a></div></div></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="gq gr gs gt gu">
<div class="ab ca"><div class="ch bg ew ex ey ez">
<div class="ab cp"><a href="/field-notes-on-objects" class="ag ah" data-testid="publicationName"><p class="be b">Field Notes on Objects</p></a></div>
<h1 id="2c1a" class="pw-post-title gv gw gx be gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1>
<h2 id="8f2e" class="pw-subtitle-paragraph ht hu hv be b hw hx hy hz ia ib ic id ie if ig ih ii cp dt" data-selectable-paragraph="">${mSub}</h2>
<div class="speechify-ignore ab cp"><div class="ab q"><div class="ab"><a rel="noopener follow" href="/@tamsin.arkwright" data-testid="authorName"
class="af ag ah ai">Tamsin Arkwright</a></div>
<span class="be b bf z bk"><button class="af ag ah ai">Follow</button></span></div>
<div class="ab q"><span class="be b bf z dt" data-testid="storyReadTime">7 min read</span><span class="jo jp" aria-hidden="true">·</span>
<span class="be b bf z dt" data-testid="storyPublishDate">Mar 6, 2026</span></div></div>
${bar}
${P(mParas[0] ?? '', 'a101')}
${P(mParas[1] ?? '', 'a102')}
${F(mCaps[0] ?? '', 'a103')}
${H(mH1, 'a104')}
${mParas2.map((p, i) => P(p, `a11${i}`)).join('\n')}
${H(mH2, 'a120')}
${mParas3.map((p, i) => P(p, `a12${i + 1}`)).join('\n')}
${F(mCaps[1] ?? '', 'a130')}
${H(mH3, 'a131')}
${mParas4.map((p, i) => P(p, `a14${i}`)).join('\n')}
<blockquote class="pe pf pg"><p id="a150" class="ly lz ph ma b mb" data-selectable-paragraph="">${mQuote}</p></blockquote>
${mParas5.map((p, i) => P(p, `a16${i}`)).join('\n')}
<ol class="">${mList.map((t, i) => `<li id="a17${i}" class="ly lz gv ma b mb pi pj pk bk" data-selectable-paragraph="">${t}</li>`).join('\n')}</ol>
${P(mEnd, 'a180')}
</div></div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ew ex"><div class="qb qc ab jv"><a href="/tag/product-design" class="qd qe">Product Design</a>
<a href="/tag/industrial-design" class="qd qe">Industrial Design</a><a href="/tag/user-research" class="qd qe">User Research</a></div>
${bar}
<div class="ab ca"><h2 class="be rp">Written by Tamsin Arkwright</h2><p class="be b bf">1.2K Followers</p>
<p class="be b dv z">Industrial designer. Kettles, kitchens and the small rituals of home.</p><button>Follow</button></div>
<div class="rm"><h2 class="be">More from Tamsin Arkwright and Field Notes on Objects</h2>${list(mMore)}</div>
<div class="rm"><h2 class="be">Recommended from Medium</h2>${list(mRec)}<a href="/">See more recommendations</a></div></div></div>
<div class="ab ca ts"><p class="be">Sign up to discover human stories that deepen your understanding of the world.</p><a href="/m/signin">Get started</a></div>
<div class="ab ca footer">${mFoot.map((f) => `<a href="/${f.toLowerCase()}" class="af ag"><p class="be b dv z dt">${f}</p></a>`).join('')}</div>
</div></div>
<script>window.__APOLLO_STATE__ = {"Post:b5e9d20c3f11":{"title":"${mTitle}","clapCount":412}};</script></body></html>`;
export const medium: TestPage = {
  name: 'heldout242-medium-product-design-post',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([mSub, ...mParas, ...mParas2, ...mParas3, ...mParas4, mQuote, ...mParas5, ...mList, mEnd]),
  bylines: ['Tamsin Arkwright', 'Mar 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Write', 'Sign up', 'Sign in', 'Field Notes on Objects', 'Follow', '7 min read', '412', 'Listen', 'Share', ...mCaps, 'Product Design',
    'Industrial Design', 'User Research', 'Written by Tamsin Arkwright', '1.2K Followers',
    'Industrial designer. Kettles, kitchens and the small rituals of home.',
    'More from Tamsin Arkwright and Field Notes on Objects', ...mMore, 'Recommended from Medium', ...mRec, 'See more recommendations',
    'Sign up to discover human stories that deepen your understanding of the world.', 'Get started', ...mFoot,
  ],
};
