import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout310-kit.js';

/**
 * Held-out batch 310, file e: a Medium short story in its generated-class markup (top bar, "Member-only story", the
 * publication, author, reading time and date, claps and response counts, the story with three titled days, tags, "Written
 * by" card, "More from" and "Recommended from Medium" rails, footer) and a literary translation on a Ghost publication in the
 * Source theme (tag, authors, date and reading time, "Translated from the Galician by" line, image card with caption, the
 * translator's note, the subscribe call, "Read more" grid, footer).
 */
const mTitle = 'The Week My Father Learned to Whistle';
const mHeads = ['Tuesday', 'Wednesday', 'Thursday'];
const mT = [
  j(
    'My father decided to learn to whistle at the age of seventy-three, on the Tuesday after the doctor told him to find a',
    'hobby that did not involve lifting anything. He had never whistled in his life. He said there had never been time.',
  ),
  'He practised at the kitchen sink, facing the window, so that only the birds could hear him fail. They did not seem impressed.',
  j(
    'My mother pretended not to notice. She turned the radio up a little louder than usual and hummed along to it, which he',
    'took, correctly, as a challenge.',
  ),
];
const mW = [
  j(
    'By Wednesday he had produced a sound. It was not a note, exactly. It was more like the noise a kettle makes when it is',
    'thinking about it. He came into the living room to demonstrate, red in the face, and my mother laughed until she had to',
    'sit down, and then he laughed too, which ruined the next attempt.',
  ),
  j(
    '“It is all in the tongue,” my mother said. She had whistled for him once, at a dance in 1974, across a crowded room, and',
    'that was how they had met. He had never told me this. She told me now, while he was in the garden, trying again.',
  ),
];
const mTh = [
  j(
    'On Thursday morning, very early, I woke to a sound coming up through the floor of my childhood bedroom. Four notes, a',
    'pause, and four notes again. Thin and uncertain, but unmistakably a tune.',
  ),
  j(
    'I went down in my socks. He was at the sink, facing the window, whistling the song they had danced to, over and over, and',
    'my mother was standing in the doorway in her dressing gown with both hands over her mouth.',
  ),
  j(
    'Neither of them saw me. I went back upstairs and lay on the bed and listened until he got it right, and then a little',
    'longer, because he kept going even after he had.',
  ),
];
const mTags = ['Short Story', 'Fiction', 'Family', 'Aging'];
const mMore = ['The Year the Orchard Burned', 'Small Hours at the Night Pharmacy'];
const mRec = ['My Grandmother Kept a Drawer of String', 'Ten Rules for Writing Flash Fiction', 'What the Lighthouse Keeper’s Wife Knew'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const h = (i: number, t: string): string =>
  `<h2 id="h${i}" class="mx my gs bf ng mz na nb nc nd ne nf ng nh ni nj ni nk nl nm bk" data-selectable-paragraph="">${t}</h2>`;
const mp = (a: string[]): string => ps(a, ' class="pw-post-body-paragraph ms mt gs mu b mv mw mx my mz na nb nc nd ne nf ng nh" data-selectable-paragraph=""');
const medHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Wilhelmina Oduya | The Inkwell Quarterly | Mar, 2026 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="author" content="Wilhelmina Oduya">
<meta data-rh="true" name="description" content="My father decided to learn to whistle at the age of seventy-three.">
<meta data-rh="true" property="article:published_time"
content="2026-03-11T16:21:09.114Z"><script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"${mTitle}","author":{"@type":"Person","name":"Wilhelmina Oduya"},"publisher":{"@type":"Organization","name":"The Inkwell Quarterly"}}</script>
<style type="text/css" data-fela-rehydration="612" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z">
<a aria-label="Homepage" data-testid="headerMediumLogo" href="/"></a><div class="ab"><a data-testid="headerWriteButton" href="/new-story">Write</a>
<a href="/m/signin">Sign up</a><a href="/m/signin">Sign in</a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"><div class="ab ca"><div class="ch bg fw fx fy fz">
<div class="ga gb"><div class="ab q"><span class="bf b bg z dw">Member-only story</span></div></div>
<div><h1 id="4e1c" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq
bk" data-testid="storyTitle">${mTitle}</h1></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hr hs ht hu hv ab"><div><div class="bm" aria-hidden="false">
<a href="/@wodu"><img alt="Wilhelmina Oduya" class="l eq by dd de cx" src="https://miro.medium.example/1*wodu.jpeg" width="44" height="44"></a></div></div>
<div class="bm ab"><span class="bf b bg z bk"><div class="ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="authorName"
href="/@wodu">Wilhelmina Oduya</a></div></span><span class="bf b bg z dw"><div class="ab ae"><span data-testid="publicationName">Published in
<a href="/inkwell">The Inkwell Quarterly</a></span></div></span>
<span class="bf b bg z dw"><div class="ab ae"><span data-testid="storyReadTime">4 min read</span><span> · </span>
<span data-testid="storyPublishDate">Mar 11, 2026</span></div></span></div></div>
<div class="ab co ie if ig ih ii ij ik il im in io ip iq ir is it"><div class="h k w ff fg q"><div class="pw-multi-vote-icon"></div>
<div class="pw-multi-vote-count l jd je jf jg jh ji jj"><p class="bf b dx z dw">1.2K</p></div></div>
<div class="bq ab"><button aria-label="responses"><p class="bf b dx z dw"><span class="pw-responses-count">31</span></p></button></div>
<div class="ab q"><button aria-label="Listen" data-testid="audioPlayButton"><p class="bf b dx z dw">Listen</p></button>
<button aria-label="Share" data-testid="headerSocialShareButton"><p class="bf b dx z dw">Share</p></button></div></div></div></div>
${h(1, mHeads[0] ?? '')}
${mp(mT)}
${h(2, mHeads[1] ?? '')}
${mp(mW)}
${h(3, mHeads[2] ?? '')}
${mp(mTh)}
</div></div></div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg fw fx fy fz"><div class="ml mm ab jo"><ul>${mTags
  .map(
    (t) => `<li class="mn fm cx mo"><a href="/tag/${t}">${t}</a>
</li>`,
  )
  .join('')}</ul></div>
<div class="pw-multi-vote-count"><p>1.2K</p></div><p>31</p></div></div>
<div class="ab ca"><div class="ch bg fw fx fy fz"><h2 class="bf fn pk pl pm pn"><span>Written by Wilhelmina Oduya</span></h2>
<p class="bf b dx z dw">2.4K followers · 180 following</p><p class="bf b bg z bk">Stories about families, kitchens and the things we do not say.</p>
<button class="bf b bg z pz qa">Follow</button></div></div>
<div class="ab ca"><h2 class="bf fn">More from Wilhelmina Oduya and The Inkwell Quarterly</h2><ul>${links(mMore, 'qc')}</ul>
<h2 class="bf fn">Recommended from Medium</h2><ul>${links(mRec, 'qc')}</ul><a href="/?source=post_page">See more recommendations</a></div>
<div class="ab ca sj"><ul>${links(mFoot, 'sk')}</ul></div></div></div>
<script>window.__APOLLO_STATE__ = {"Post:4e1c77a9b2":{"title":"${mTitle}","clapCount":1204,"isLocked":true}}</script></body></html>`;
const medium: TestPage = {
  name: 'heldout310-medium-short-story-blog',
  kind: 'blog',
  html: medHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mT, ...mW, ...mTh]),
  bylines: ['Wilhelmina Oduya', 'Mar 11, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Write', 'Sign up', 'Sign in', 'Member-only story', 'Published in The Inkwell Quarterly', '1.2K', 'Listen', 'Share', ...mTags,
    'Written by Wilhelmina Oduya', '2.4K followers · 180 following', 'Stories about families, kitchens and the things we do not say.', 'Follow',
    'More from Wilhelmina Oduya and The Inkwell Quarterly', ...mMore, 'Recommended from Medium', ...mRec, 'See more recommendations', ...mFoot,
  ],
};

const tTitle = 'The Salt Bride';
const tHeads = ['Translator’s Note'];
const tStory = [
  j(
    'In Arousa they say that the sea takes one bride every hundred years, and that she is always a girl who has refused',
    'somebody. My grandmother refused three men before she was twenty, and so she spent the whole of 1931 sleeping with her',
    'shoes on.',
  ),
  j(
    'Nothing came for her. She married a cooper from Vilanova, who had not asked, only waited, and she had seven children and',
    'buried two, and by the time I knew her she spoke of the sea as one speaks of a neighbour one has quarrelled with and',
    'forgiven, but not entirely.',
  ),
  j(
    'Every spring she walked down to the harbour with a handful of coarse salt and threw it back into the water. “It is only',
    'polite,” she told me. “We take so much of it.”',
  ),
  j(
    'The year she died the sea came further up the slipway than anyone could remember. It touched the bottom step of her',
    'house, the one painted blue, and went back down again without taking anything at all. The old men on the bench agreed it',
    'had come to pay its respects. The young men said it was the moon.',
  ),
  j(
    'I do not throw salt. I live in a city with no sea, on the fourth floor, and keep my shoes by the bed only because there is',
    'no room anywhere else. But in spring I buy a bag of coarse salt from the market, and I keep it on the shelf, unopened,',
    'in case I am asked.',
  ),
];
const tNote = [
  j(
    'Xiana Lourido writes in Galician, a language in which the sea, <em>o mar</em>, is masculine, and the salt, <em>o sal</em>, is',
    'too. In the original, the grandmother’s gift is therefore from one man to another, a joke English cannot hold.',
  ),
  j(
    'I have kept the place names as they are and let the title do some of the work. The Galician <em>noiva</em> means both bride',
    'and girlfriend, and Lourido’s title plays on the sound of <em>noite</em>, night. I chose the plainer English word and hoped',
    'the ending would carry the rest.',
  ),
];
const tRead = ['Two Poems from the Basque', 'The Lighthouse Inventory', 'On Translating Silence'];
const tNav = ['Home', 'Fiction', 'Poetry', 'Essays', 'About'];
const tCap = 'The harbour at Vilanova de Arousa. Photograph by Breixo Martínez';
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${tTitle}</title>
<meta name="description" content="A grandmother, a harbour, and a debt of salt. Translated from the Galician.">
<link rel="canonical" href="https://tidewater.example/the-salt-bride/">
<meta property="og:site_name" content="Tidewater"><meta property="og:type" content="article"><meta property="article:tag" content="Fiction">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tidewater"},
"author":[{"@type":"Person","name":"Xiana Lourido"},{"@type":"Person","name":"Tomás Arrieta"}],
"headline":"${tTitle}","datePublished":"2026-02-12T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.118">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-ghost="https://tidewater.example/"></script>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=b2c4"></head>
<body class="post-template tag-fiction tag-translation has-sans-title has-serif-body"><div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-middle-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="/">Tidewater</a></div><nav class="gh-navigation-menu"><ul class="nav">${links(tNav)}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-fiction tag-translation"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="/tag/fiction/">Fiction</a><h1 class="gh-article-title is-title">${tTitle}</h1>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/xiana/"></a><a href="/author/tomas/"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name">
<a href="/author/xiana/">Xiana Lourido</a>, <a href="/author/tomas/">Tomás Arrieta</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-02-12">Feb 12, 2026</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 5 min read</span></div></div></div></header>
<section class="gh-content gh-canvas is-body">
<p><em>Translated from the Galician by Tomás Arrieta</em></p>
${ps(tStory.slice(0, 2))}
<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="/content/images/2026/02/arousa.jpg" class="kg-image" alt="" loading="lazy"
width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">${tCap}</span></figcaption></figure>
${ps(tStory.slice(2))}
<hr>
<h2 id="translators-note">${tHeads[0]}</h2>
${ps(tNote)}
</section></article>
<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title">Sign up for Tidewater</h2>
<p class="gh-cta-description">Fiction and poetry in translation, twice a month.</p><div class="gh-cta-actions">
<a class="gh-button" href="#/portal/signup">Subscribe</a></div></div></section>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${tRead
  .map(
    (t) => `<article class="gh-card post"><a class="gh-card-link" href="#"><h3 class="gh-card-title is-title">${t}</h3></a>
</article>`,
  )
  .join('\n')}
</div></div></section></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Tidewater</span>
<nav class="gh-footer-menu"><ul class="nav"><li><a href="/sign-up/">Sign up</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/">Ghost</a></div></div></div></footer></div>
<script src="/assets/built/source.js?v=b2c4"></script></body></html>`;
const translation: TestPage = {
  name: 'heldout310-ghost-literary-translation-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tStory, ...tNote]),
  bylines: ['Xiana Lourido, Tomás Arrieta', 'Feb 12, 2026', '5 min read', 'Translated from the Galician by Tomás Arrieta'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewater', ...tNav, 'Sign in', 'Subscribe', tCap, 'Sign up for Tidewater', 'Fiction and poetry in translation, twice a month.', 'Read more',
    ...tRead, 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT310_E: readonly TestPage[] = [medium, translation];
