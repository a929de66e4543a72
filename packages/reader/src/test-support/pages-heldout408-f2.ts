import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file f2: a company's "we won" post on Medium, in a publication (obfuscated class names, metabar,
 * publication header, author block with Follow, reading time and date, clap / response bar, tags, "Written by" card,
 * "More from" rail, "Recommended from Medium", footer links).
 */
const mTitle = 'We won the Fernley Award for Accessible Design — here’s what we learned';
const mSub = 'How a two-year rebuild of our ticketing app started with one complaint.';
const mP1 = [
  j(
    'Last Thursday, Wayline’s ticketing app won the Fernley Award for Accessible Design, transport category. We are',
    'still a little stunned. We are a team of fourteen, and the other finalists were apps used by tens of millions of people.',
  ),
  j(
    'So this post is partly a thank-you and partly an honest account of how we got here, because it did not start with a',
    'plan to win anything. It started with an email.',
  ),
];
const mP2 = [
  j(
    'In spring 2024 a customer called Harriet wrote to tell us she had given up on our app. She is blind, uses a screen reader,',
    'and could not get past the seat map. She had been phoning the call centre to book for two years, and she was always',
    'polite, which made it worse.',
  ),
  j('We tested the app with a screen reader that afternoon and could not book a ticket either. That was the beginning.'),
];
const mP3 = ['Over the next two years we rebuilt the booking flow from scratch. A few things mattered more than anything else:'];
const mList = [
  'We paid disabled testers to use every release before it shipped, not after',
  'We replaced the seat map with a list that can be filtered, with the map as an option',
  'We made every timer in the checkout pausable, because nobody should lose a seat for reading slowly',
  'We treated accessibility bugs as release blockers, the same as payment bugs',
];
const mQuote = 'The seat map was our favourite feature. It turned out to be the thing standing between a third of our customers and a ticket.';
const mP4 = [
  j(
    'Bookings through the app by people using assistive technology have grown almost fivefold since the new version launched,',
    'and, to our surprise, the average time for everyone to book has dropped by forty seconds.',
  ),
  j(
    'Harriet tested the last three releases for us. She was at the ceremony, and she told the judges she now books her own',
    'tickets. That is the part of the award we will remember. Thank you to her, to our testers, and to the Fernley judges.',
  ),
];
const mTags = ['Inclusive Design', 'UX Research', 'Product Development', 'Startup'];
const mMore = ['How we test with screen readers every sprint', 'Why we killed our seat map (and brought it back as an option)'];
const mRec = ['The Accessibility Checklist I Wish I Had', 'Designing for Slow Readers'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech'];
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Nadia Ferreira-Cole | Wayline Engineering | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${mTitle}">
<meta data-rh="true" name="description" content="${mSub}"><meta data-rh="true" property="article:published_time" content="2026-05-19T14:02:11.842Z">
<meta data-rh="true" name="author" content="Nadia Ferreira-Cole"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="4 min read">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2026-05-19T14:02:11.842Z","author":{"@type":"Person","name":"Nadia Ferreira-Cole"},
"publisher":{"@type":"Organization","name":"Wayline Engineering"}}</script>
<style type="text/css" data-fela-rehydration="512" data-fela-type="STATIC">html{box-sizing:border-box}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l c"><div class="l m n o c"><div class="p q r s t u v w x y"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/"></a>
<div class="ab q"><a data-testid="headerWriteButton" href="/new-story" rel="noopener follow"><span class="be b bf z dx">Write</span></a>
<a href="/m/signin" rel="noopener follow"><button class="bf b dy z eb ec">Sign up</button></a>
<a data-testid="headerSignInButton" href="/m/signin" rel="noopener follow">Sign in</a></div></div></div></div>
<div class="bm bn bo bp bq br"><a href="/wayline-engineering" class="pub-name"><span class="be b bf z bk">Wayline Engineering</span></a>
<button class="bf b dy z eb">Follow publication</button></div>
<article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="ch bg fs ft fu fv">
<div class="fw fx fy fz ga ab cb"><div class="ch bg gb gc gd ge">
<div><h1 id="8a1c" class="pw-post-title gz ha hb be hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw bj"
data-testid="storyTitle">${mTitle}</h1></div>
<div><h2 id="f3d2" class="pw-subtitle-paragraph hx ha hb be b hy hz ia ib ic id ie if ig ih ii ij ik il im bj">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="ab io"><div data-testid="authorPhoto"><img alt="Nadia Ferreira-Cole" class="l fe by ip iq cx"
src="https://miro.medium.com/v2/resize:fill:88:88/1*nfc.jpeg" width="44" height="44"></div>
<div class="bm bg l"><span class="be b bf z bj"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="authorName"
href="/@nadia.fc">Nadia Ferreira-Cole</a></span>
<span class="be b bf z bj"><button class="iw ix">Follow</button></span>
<div class="ab cn"><span data-testid="storyReadTime">4 min read</span><span class="iy l" aria-hidden="true"><span class="be b bf z dx">·</span></span>
<span data-testid="storyPublishDate">May 19, 2026</span></div></div></div></div>
<div class="ab cp jd je"><div class="pw-multi-vote-count l kg kh ki kj kk kl km"><p class="be b dy z dx"><span class="kn">--</span></p></div>
<div class="l ko"><button aria-label="responses" class="ab fi kp ai">1</button></div>
<div class="ab q"><button aria-label="Add to list bookmark button" data-testid="headerBookmarkButton"></button>
<button aria-label="Listen" data-testid="audioPlayButton"><p class="be b bf z dx">Listen</p></button>
<button aria-controls="postFooterSocialMenu" data-testid="headerSocialShareButton"><p class="be b bf z dx">Share</p></button></div></div></div>
<figure class="mp mq mr ms mt mu mm mn paragraph-image"><img alt="" class="bg lt mv c" width="700" height="394"
src="https://miro.medium.com/v2/resize:fit:1400/1*award.jpeg"><figcaption class="mx my mz mm mn na nb be b bf z dx" data-selectable-paragraph="">
Our team with the Fernley Award at the ceremony in Carrick Quay. Photo by Sam Whitlow.</figcaption></figure>
${ps(mP1, ' class="pw-post-body-paragraph nc nd hb ne b nf ng nh ni nj nk nl nm nn no np nq" data-selectable-paragraph=""')}
<h2 id="a1b2" class="oj ok hb be ol om on oo op oq or os ot" data-selectable-paragraph="">It started with one email</h2>
${ps(mP2, ' class="pw-post-body-paragraph nc nd hb ne b nf ng nh ni" data-selectable-paragraph=""')}
<h2 id="c3d4" class="oj ok hb be ol om on oo op oq or os ot" data-selectable-paragraph="">What we changed</h2>
${ps(mP3, ' class="pw-post-body-paragraph nc nd hb ne b nf ng nh ni" data-selectable-paragraph=""')}
<ul class="">${mList.map((l) => `<li class="nc nd hb ne b nf ng nh ni pf pg ph bj" data-selectable-paragraph="">${l}</li>`).join('\n')}</ul>
<blockquote class="pi pj pk"><p class="nc nd pl ne b nf ng" data-selectable-paragraph="">${mQuote}</p></blockquote>
<h2 id="e5f6" class="oj ok hb be ol om on oo op oq or os ot" data-selectable-paragraph="">What happened next</h2>
${ps(mP4, ' class="pw-post-body-paragraph nc nd hb ne b nf ng nh ni" data-selectable-paragraph=""')}
</div></div></div></div></section></div></div></article>
<div class="l pw-post-tags"><div class="ab cb">${mTags
  .map(
    (t) => `<a href="/tag/${t.toLowerCase().replace(' ', '-')}" class="sv sw">
<div class="sx bg ey sy sz">${t}</div></a>`,
  )
  .join('\n')}</div></div>
<div class="ab ca"><div class="written-by"><h2 class="be ud ue uf ug bj"><a href="/@nadia.fc">Written by Nadia Ferreira-Cole</a></h2>
<p class="be b bf z bj">Head of product at Wayline. Trains, tickets and the people who use them.</p>
<h2 class="be ud ue uf ug bj">More from Nadia Ferreira-Cole and Wayline Engineering</h2>
${mMore.map((m) => `<div class="l"><a href="#"><h2 class="be ui">${m}</h2></a></div>`).join('\n')}
<h2 class="be ud ue uf ug bj">Recommended from Medium</h2>
${mRec.map((m) => `<div class="l"><a href="#"><h2 class="be ui">${m}</h2></a></div>`).join('\n')}</div></div>
<div class="vb vc"><div class="ab vd">${mFoot.map((f) => `<a class="af ag" href="#"><p class="be b dy z dx">${f}</p></a>`).join('\n')}</div></div>
</div></div><script>window.__BUILD_ID__="main-20260519-140211-8c3ee2d1a4"</script>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"viewer":null}}</script></body></html>`;
export const mediumWeWon: TestPage = {
  name: 'heldout408-medium-company-we-won-post',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['It started with one email', 'What we changed', 'What happened next'],
  body: texts([...mP1, ...mP2, ...mP3, ...mList, mQuote, ...mP4]),
  bylines: ['Nadia Ferreira-Cole', '4 min read', 'May 19, 2026'],
  furniture: [
    'Write',
    'Sign up',
    'Sign in',
    'Wayline Engineering',
    'Follow publication',
    'Follow',
    'Listen',
    'Share',
    'Our team with the Fernley Award at the ceremony in Carrick Quay. Photo by Sam Whitlow.',
    ...mTags,
    'Written by Nadia Ferreira-Cole',
    'Head of product at Wayline. Trains, tickets and the people who use them.',
    'More from Nadia Ferreira-Cole and Wayline Engineering',
    ...mMore,
    'Recommended from Medium',
    ...mRec,
    ...mFoot,
  ],
};
