import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: a British Geological Survey blog post on bgs.ac.uk (WordPress, News › Blog), as "Save page as" stores it. */
const title = 'Reading the rocks of a disappearing cliff: fieldwork at Haddon Ness';
const stand =
  'Dr Eilidh Ramsay describes a week of monitoring at one of the fastest-eroding stretches of the east coast, and what the ' +
  'cliff is telling us about the next fifty years.';
const p1 = [
  'The first thing you notice at Haddon Ness is the noise. Even on a calm day, small lumps of clay drop from the cliff face ' +
    'every few minutes, rattling down onto the beach. On a stormy day, whole slabs the size of a car can go at once.',
  'The cliffs here are made of glacial till, a mixture of clay, sand and boulders left behind by ice sheets around 20 000 ' +
    'years ago. It is soft, it is full of water, and the sea has been eating it away at an average of 1.8 m a year since the ' +
    'first Ordnance Survey maps were drawn.',
];
const h1 = 'Why we measure it';
const p2 = [
  'Our team has been surveying the Haddon Ness cliffs twice a year since 2014. We use a terrestrial laser scanner on the ' +
    'beach and a drone in the air to build a 3D model of the whole cliff, accurate to a few centimetres. By comparing one ' +
    'survey with the next, we can see exactly where material has been lost, and how much.',
  'What we have learned is that erosion here is not steady. Most of the loss happens in a handful of large failures, usually ' +
    'after a wet winter when the till is saturated and a storm surge has cut away the toe of the cliff.',
];
const h2 = 'A week on the beach';
const p3 = ['This March we were back for the spring survey. A typical day looks something like this:'];
const list = [
  'Check the tide tables and the overnight rainfall: we only work on a falling tide and never directly under an overhang.',
  'Set up the laser scanner at six fixed stations along the beach, each marked with a survey nail.',
  'Fly the drone along the cliff top and face, taking around 1500 overlapping photographs.',
  'Collect samples of the till from fresh falls to measure how much water it holds.',
];
const p4 = [
  'It is slow, muddy work, and the weather decides everything. We lost a whole day to a northerly gale, and spent it ' + 'processing data in the van.',
];
const h3 = 'What the cliff is telling us';
const p5 = [
  'Preliminary results from this survey show a large failure near the old coastguard lookout, where around 4000 cubic metres ' +
    'of till came down during Storm Corrin in January. That single event removed more material than the previous two years ' +
    'put together.',
  'We share our data with the local council and the Environment Agency, who use it to plan for the coming decades. The ' +
    'village of Haddon Ness has already lost eleven houses to the sea since 1990, and the shoreline management plan accepts ' +
    'that the cliff will continue to retreat.',
  '“People sometimes ask us whether we can stop it,” says my colleague Tom Ashworth. “We can’t. What we can do is tell ' +
    'people, as accurately as possible, where the cliff edge is likely to be in ten, twenty and fifty years’ time.”',
];
const cap1 = 'Setting up the laser scanner below the cliffs at Haddon Ness. BGS © UKRI.';
const cap2 = 'Change in the cliff face between October 2025 and March 2026, from the laser scanner surveys. BGS © UKRI.';
const bio = 'Eilidh is a coastal geomorphologist in the BGS Shallow Geohazards team, based at the Lyell Centre in Edinburgh.';
const top = ['Discovering Geology', 'Geology of Britain viewer', 'Shop', 'Contact us'];
const nav = ['Geology', 'Data', 'Research', 'Advice and services', 'News', 'About us', 'Careers'];
const rel = ['Mapping landslides from space', 'How fast is the Holderness coast eroding?', 'New coastal vulnerability dataset released'];
const foot = ['Accessibility', 'Cookies', 'Privacy notice', 'Terms of use', 'Freedom of information', 'Modern slavery statement', 'Sitemap'];
const cookie = 'This site uses cookies to store information on your computer.';
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - British Geological Survey</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="${stand}"><link rel="canonical" href="https://www.bgs.ac.uk/news/reading-the-rocks-of-a-disappearing-cliff/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-03-10T09:30:00+00:00"><meta name="twitter:label1" content="Est. reading time">
<meta name="twitter:data1" content="5 minutes"><script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"Article","headline":"${title}","datePublished":"2026-03-10T09:30:00+00:00","author":{"name":"Dr Eilidh Ramsay"}}]}</script>
<link rel="stylesheet" id="bgs-style-css" href="https://www.bgs.ac.uk/wp-content/themes/bgs/dist/css/main.css?ver=2.8.1" media="all">
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script></head>
<body class="post-template-default single single-post postid-91452 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="site-header"><div class="site-header__top"><ul class="top-links">${links(top)}</ul></div>
<div class="site-header__main"><a class="site-logo" href="/"><img src="/wp-content/themes/bgs/dist/img/bgs-logo.svg" alt="British Geological Survey"></a>
<nav class="main-navigation" aria-label="Main menu"><ul id="primary-menu" class="menu">${links(nav, 'menu-item')}</ul></nav>
<button class="search-toggle" aria-expanded="false"><span class="screen-reader-text">Open search</span></button></div></header>
<main id="main" class="site-main"><div class="breadcrumbs"><span><a href="/">Home</a></span> » <span><a href="/news/">News</a></span> »
<span><a href="/news/blog/">Blog</a></span></div>
<article id="post-91452" class="post-91452 post type-post status-publish category-blog tag-coastal-erosion">
<header class="entry-header"><div class="entry-category"><a href="/news/blog/" rel="category tag">Blog</a></div>
<h1 class="entry-title">${title}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-10T09:30:00+00:00">
10/03/2026</time></span> <span class="byline">By Dr Eilidh Ramsay</span></div></header>
<div class="entry-content"><p class="standfirst"><strong>${stand}</strong></p>
${ps(p1)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/haddon-scanner.jpg" alt=""><figcaption class="wp-element-caption">${cap1}
</figcaption></figure>
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<ul class="wp-block-list">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
<h2 class="wp-block-heading">${h3}</h2>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/haddon-change.png" alt=""><figcaption class="wp-element-caption">${cap2}
</figcaption></figure>
${ps(p5)}
</div>
<footer class="entry-footer"><div class="share-links"><h2 class="share-links__title">Share this page</h2><ul>
<li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Email</a></li></ul></div>
<div class="tags-links"><span>Tags:</span> <a href="/tag/coastal-erosion/" rel="tag">Coastal erosion</a>, <a href="/tag/geohazards/"
rel="tag">Geohazards</a></div>
<div class="author-box"><h2 class="author-box__title">About the author</h2><img src="/wp-content/uploads/2024/02/eilidh-ramsay.jpg" alt="">
<div class="author-box__body"><p class="author-box__name">Dr Eilidh Ramsay</p><p class="author-box__role">Coastal geomorphologist</p>
<p class="author-box__bio">${bio}</p><a href="/people/ramsay-eilidh/">View profile</a></div></div></footer></article>
<section class="related-posts"><h2>You may also be interested in</h2><div class="cards">${rel
  .map(
    (t, i) => `<div class="card"><a href="/news/${i}/">
<img src="/r/${i}.jpg" alt=""><span class="card__type">Blog</span><h3 class="card__title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></section></main>
<footer class="site-footer"><div class="site-footer__about"><p>The British Geological Survey is a world-leading geological survey, focusing on
public-good science for government and research to understand earth and environmental processes.</p><p>BGS is part of UK Research and Innovation</p></div>
<div class="site-footer__newsletter"><h2>Keep up to date</h2><p>Sign up for our newsletter to hear about BGS news, events and data.</p>
<a class="button" href="/newsletter/">Sign up</a></div><ul class="site-footer__links">${links(foot)}</ul>
<p class="site-footer__copy">Copyright © 2026 British Geological Survey</p></footer>
<div id="ccc" role="dialog"><div id="ccc-notify"><h3 id="ccc-notify-title">${cookie}</h3><p>Some of these cookies are essential, while others help us
to improve your experience by providing insights into how the site is being used.</p><button class="ccc-notify-button ccc-accept-button">
Accept recommended settings</button><button class="ccc-notify-button ccc-reject-button">Reject all</button>
<button class="ccc-notify-link">Cookie Preferences</button></div></div></body></html>`;
export const bgsBlog: TestPage = {
  name: 'heldout212-bgs-blog',
  kind: 'blog',
  html,
  title,
  // the bold standfirst is body
  headings: [h1, h2, h3],
  body: texts([stand, ...p1, ...p2, ...p3, ...list, ...p4, ...p5]),
  bylines: ['10/03/2026', 'By Dr Eilidh Ramsay', 'Dr Eilidh Ramsay'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...top, ...nav, 'Open search', 'Home', 'Blog', cap1, cap2, 'Share this page', 'Share on Facebook', 'Share on X', 'Share on LinkedIn',
    'Email', 'Tags:', 'Coastal erosion', 'Geohazards', 'About the author', 'Coastal geomorphologist', bio, 'View profile', 'You may also be interested in',
    ...rel, 'The British Geological Survey is a world-leading geological survey', 'BGS is part of UK Research and Innovation', 'Keep up to date',
    'Sign up for our newsletter to hear about BGS news, events and data.', 'Sign up', ...foot, 'Copyright © 2026 British Geological Survey', cookie,
    'Some of these cookies are essential', 'Accept recommended settings', 'Reject all', 'Cookie Preferences',
  ],
};
