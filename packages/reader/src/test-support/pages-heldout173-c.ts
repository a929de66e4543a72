import { links, type TestPage, texts } from './page-kit.js';
import { airbnbPost } from './pages-heldout173-c2.js';
import { lis, pc } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file c: a Spotify Engineering blog post (engineering.atspotify.com on WordPress: the OneTrust cookie
 * banner, the header with the topic nav, the date and "Published by" line above the title, the featured image, the post
 * with a "TL;DR" paragraph, list and image caption, the tag list, the share links, "Related posts" cards and the footer)
 * and, from file c2, an Airbnb Tech Blog story on Medium.
 */
const spTitle = 'Shrinking our Android build graph one module at a time';
const spTldr =
  'TL;DR We split the biggest module in our Android app into 38 smaller ones over nine months. Incremental builds on a ' +
  'developer laptop are now more than twice as fast, and we learned a lot about which splits pay off.';
const spP1 = [
  'Two years ago, most of the code in our Android app lived in one Gradle module that everyone called “core”. It held the ' +
    'player, the network layer, half of the UI components and a long tail of helpers. Any change to it, however small, meant ' +
    'recompiling nearly everything downstream.',
  'Developers noticed. In our internal survey, slow local builds were the most common complaint two quarters in a row. This is ' +
    'the story of how a small group of us took core apart.',
];
const spH1 = 'Finding the seams';
const spP2 = [
  'We started by drawing the dependency graph of every class in core and looking for clusters that talked mostly to each other. ' +
    'The graph was messy, but a few natural groups stood out: playback state, image loading, analytics events and the design ' +
    'system components.',
  'Rather than plan the whole split up front, we picked the cluster with the fewest incoming edges each month, moved it out, and ' +
    'measured again. Small, boring moves were easier to review and much easier to revert.',
];
const spH2 = 'What paid off and what did not';
const spList = [
  'Moving the design system out of core gave the biggest single win, because almost every feature depended on it and it changed rarely.',
  'Splitting analytics into an interface module and an implementation module meant features no longer recompiled when event schemas changed.',
  'Very small modules, with only two or three classes, cost more in configuration time than they saved in compilation.',
  'Modules owned by no team drifted back towards depending on everything within weeks.',
];
const spCaption = 'Median incremental build time on developer laptops, measured weekly across the migration.';
const spH3 = 'Where we are now';
const spP3 = [
  'Core is now a thin module with fewer than two hundred classes. The median incremental build on a developer laptop has gone ' +
    'from 94 seconds to 41, and the share of changes that trigger a full rebuild has dropped from 61 percent to 12.',
  'The most useful thing we built was not a module at all. It was a weekly report that shows each team how many of their builds ' +
    'were slowed by changes elsewhere. Once teams could see the cost, they started asking for splits themselves.',
];
const spNav = ['All posts', 'Backend', 'Data', 'Developer Tools', 'Machine Learning', 'Mobile', 'Web', 'Open Source', 'Careers'];
const spTags = ['android', 'build systems', 'developer experience', 'gradle'];
const spShare = ['Share on X', 'Share on LinkedIn', 'Share on Facebook'];
const spRelated = [
  ['February 12, 2025', 'How we test playback on two hundred device models'],
  ['January 22, 2025', 'Backstage plugins we could not live without'],
  ['December 9, 2024', 'Cutting cold start time on low-end phones'],
];
const spFoot = ['Spotify.com', 'Life at Spotify', 'Spotify R&D', 'Newsroom', 'Privacy Policy', 'Cookie Settings', 'Accessibility'];
const spCookie = [
  'We and our partners use cookies to give you the best online experience, including to personalise advertising and content. ' +
    'Data about your use of this site may be shared with our partners.',
  'Cookie Settings',
  'Reject All',
  'Accept Cookies',
];
const html = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spTitle} : Spotify Engineering</title><link rel="canonical" href="https://engineering.atspotify.com/2025/03/shrinking-our-android-build-graph">
<meta property="og:type" content="article"><meta property="og:title" content="${spTitle}"><meta property="og:site_name" content="Spotify Engineering">
<meta name="description" content="${spTldr.slice(6, 120)}"><meta property="article:published_time" content="2025-03-04T13:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${spTitle}",
"author":{"@type":"Person","name":"Henrik Dahlqvist"},"datePublished":"2025-03-04T13:00:00+00:00","keywords":"${spTags.join(',')}"}]}</script>
<link rel="stylesheet" href="https://engineering.atspotify.com/wp-content/themes/spotify-engineering/build/style-index.css?ver=1.9.3">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="2f5b8e0c-eng" charset="UTF-8"></script></head>
<body class="post-template-default single single-post postid-9832 single-format-standard wp-embed-responsive">
<div class="site"><header class="site-header"><div class="site-header__inner"><a href="https://engineering.atspotify.com/" class="site-header__logo">
<span class="screen-reader-text">Spotify Engineering</span><svg aria-hidden="true"></svg></a>
<nav class="main-navigation" aria-label="Primary"><ul class="menu">${links(spNav, 'menu-item')}</ul></nav>
<button class="site-header__search" aria-label="Open search"></button></div></header>
<main id="main" class="site-main"><article class="post-9832 post type-post status-publish has-post-thumbnail tag-android">
<div class="entry-header"><div class="entry-meta"><time datetime="2025-03-04T13:00:00+00:00">March 4, 2025</time>
<span class="byline">Published by Henrik Dahlqvist and Lucía Echeverri</span></div>
<h1 class="entry-title">${spTitle}</h1></div>
<figure class="post-thumbnail"><img width="1600" height="900" src="https://engineering.atspotify.com/wp-content/uploads/sites/2/2025/03/android-graph.png"
class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></figure>
<div class="entry-content">
<p class="wp-block-paragraph"><strong>TL;DR</strong> ${spTldr.slice(6)}</p>
${pc(spP1, 'wp-block-paragraph')}
<h2 class="wp-block-heading">${spH1}</h2>
${pc(spP2, 'wp-block-paragraph')}
<h2 class="wp-block-heading">${spH2}</h2>
<ul class="wp-block-list">${lis(spList)}</ul>
<figure class="wp-block-image size-large"><img src="https://engineering.atspotify.com/wp-content/uploads/sites/2/2025/03/build-times.png" alt="">
<figcaption class="wp-element-caption">${spCaption}</figcaption></figure>
<h2 class="wp-block-heading">${spH3}</h2>
${pc(spP3, 'wp-block-paragraph')}
</div><footer class="entry-footer"><div class="tags-list"><span class="tags-list__label">Tags:</span>
${spTags.map((t) => `<a href="https://engineering.atspotify.com/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</div>
<div class="share-links">${spShare
  .map(
    (t) => `<a class="share-links__item" href="#" aria-label="${t}"><span class="screen-reader-text">${t}</span>
</a>`,
  )
  .join('')}
</div></footer></article>
<section class="related-posts"><h2 class="related-posts__title">Related posts</h2><div class="related-posts__grid">
${spRelated
  .map(
    ([d, t]) => `<article class="post-card"><time class="post-card__date">${d}</time><h3 class="post-card__title"><a href="/r">${t}</a>
</h3></article>`,
  )
  .join('\n')}
</div></section></main>
<footer class="site-footer"><div class="site-footer__inner"><a class="site-footer__logo" href="/">
<span class="screen-reader-text">Spotify Engineering</span></a>
<ul class="site-footer__menu">${links(spFoot, 'menu-item')}</ul><p class="site-footer__copy">© 2025 Spotify AB</p></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="alertdialog" aria-describedby="onetrust-policy-text">
<div id="onetrust-policy-text">${spCookie[0]}</div><div class="ot-button-group"><button id="onetrust-pc-btn-handler">${spCookie[1]}</button>
<button id="onetrust-reject-all-handler">${spCookie[2]}</button><button id="onetrust-accept-btn-handler">${spCookie[3]}</button></div></div></div>
<script src="https://engineering.atspotify.com/wp-content/themes/spotify-engineering/build/index.js?ver=1.9.3" id="theme-js"></script></body></html>`;
const spotify: TestPage = {
  html,
  name: 'heldout173-spotify-engineering-blog',
  kind: 'blog',
  // the "TL;DR" paragraph is the author's summary and is body; the date and "Published by" line are bylines; tags, share
  // links, the image caption, related cards with their dates, the footer and cookie banner are furniture; the tag
  // "android" is left out (a word of the title)
  title: spTitle,
  headings: [spH1, spH2, spH3],
  body: texts([spTldr, ...spP1, ...spP2, ...spList, ...spP3]),
  bylines: ['March 4, 2025', 'Published by Henrik Dahlqvist and Lucía Echeverri'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spotify Engineering', ...spNav, spCaption, 'Tags:', ...spShare, ...spTags.slice(1), 'Related posts',
    ...spRelated.flat(), ...spFoot.filter((t) => t !== 'Cookie Settings'),
    '© 2025 Spotify AB', ...spCookie,
  ],
};

export const HELDOUT173_C: readonly TestPage[] = [spotify, airbnbPost];
