import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file b2: a company newsroom post on WordPress VIP with a block theme (skip link, header template part with
 * the navigation block, category terms, post date, author and reading time, a wp-block-image figure with caption and credit,
 * h2 wp-block-heading sections, a list block, a pullquote, Jetpack's "Share this:" buttons and "Related" posts, a newsletter
 * sign-up group, a media-contacts aside and the footer template part).
 */
const wTitle = 'Why our Fernhill distribution centre now runs on the sun and the rain';
const wIntro = [
  `When Birchmont Foods opened its Fernhill distribution centre in 2009, the building used about as much electricity each year as
a small town. Refrigerated aisles ran around the clock, diesel yard tractors shuffled trailers between the docks, and rainwater from
nine hectares of roof went straight into the storm drains.`,
  `Fifteen years on, the same building is the first site in our network to produce more energy over a year than it uses. Here is how
the team got there, and what we learned that we are now taking to our other eleven centres.`,
];
const wH1 = 'Starting with the roof';
const wP1 = [
  `The roof was the obvious place to begin. In 2022 we replaced the ageing membrane and, while the scaffolding was up, fitted
14,200 solar panels across the whole surface. On a clear June day they produce more than the site can use, and the surplus goes to
the local grid under a long-term agreement with Fernhill Community Energy.`,
  `A battery store of 6 megawatt-hours, housed in four containers beside the truck park, keeps the freezers running through the
evening peak, when grid electricity is at its most expensive and most carbon-intensive.`,
];
const wH2 = 'Electric yard, quieter nights';
const wP2 = [
  `Neighbours on Kettle Lane had told us for years that the reversing alarms and engines of our yard tractors kept them awake. The
six diesel tractors have now been replaced with electric ones that charge from the roof, and we switched to broadband reversing
alarms that are audible close up but fade quickly with distance.`,
  'The changes we made in the yard included:',
];
const wList = [
  'six electric yard tractors with overnight charging bays;',
  'shore power at all 48 dock doors, so refrigerated trailers no longer idle their diesel units while they wait;',
  'LED lighting on motion sensors across the truck park;',
  'a new earth bank and hedge along the Kettle Lane boundary.',
];
const wQuote = 'The night shift used to be the loudest part of the day. Now it is the quietest.';
const wH3 = 'Catching the rain';
const wP3 = [
  `The last piece was water. Rain from the roof now runs into two underground tanks holding 1.8 million litres, which supply the
truck wash and the toilets. In a typical year that covers about 70 percent of the site's water use.`,
  `None of this was a single project with a ribbon to cut. It was a long list of small decisions made by people who work at
Fernhill every day, and we are grateful to them. Our next centre, at Oldcastle, starts on its roof this summer.`,
];
const wNav = ['Our Company', 'Sustainability', 'Newsroom', 'Careers', 'Suppliers'];
const wRelated = ['Meet the growers behind our new apple range', 'Birchmont Foods publishes 2025 sustainability report', 'Inside our Oldcastle site'];
const wFoot = ['Contact us', 'Privacy notice', 'Cookie policy', 'Modern slavery statement', 'Accessibility'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Birchmont Foods Newsroom</title><meta name="robots" content="max-image-preview:large">
<meta name="generator" content="WordPress 6.7.2"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<meta property="article:published_time" content="2026-03-03T09:00:00+00:00">
<link rel="canonical" href="https://news.birchmontfoods.example/2026/03/fernhill-sun-rain/">
<link rel="stylesheet" id="wp-block-library-css" href="https://news.birchmontfoods.example/wp-includes/css/dist/block-library/style.min.css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Rosalind Teague"},"datePublished":"2026-03-03T09:00:00+00:00",
"publisher":{"@id":"https://news.birchmontfoods.example/#organization"}}]}</script>
<script id="vip-analytics">window._vip = {"site":"birchmont-newsroom","env":"production"};</script></head>
<body class="post-template-default single single-post postid-4821 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<header class="wp-block-template-part"><div class="wp-block-group site-header is-layout-flex"><p class="wp-block-site-title">
<a href="/">Birchmont Foods Newsroom</a></p>
<nav class="wp-block-navigation is-responsive" aria-label="Main"><ul class="wp-block-navigation__container">${links(wNav, 'wp-block-navigation-item')}</ul>
</nav>
</div></header>
<main class="wp-block-group" id="wp--skip-link--target"><article class="wp-block-group post-4821 post type-post status-publish">
<div class="taxonomy-category wp-block-post-terms"><a href="/category/sustainability/" rel="tag">Sustainability</a>
<span class="wp-block-post-terms__separator">, </span><a
href="/category/our-sites/" rel="tag">Our sites</a></div>
<h1 class="wp-block-post-title">${wTitle}</h1>
<div class="wp-block-group post-meta is-layout-flex"><div class="wp-block-post-author-name">Rosalind Teague</div>
<div class="wp-block-post-date"><time datetime="2026-03-03T09:00:00+00:00">3 March 2026</time></div>
<div class="wp-block-post-time-to-read">5 min read</div></div>
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2026/03/fernhill-roof.jpg" alt="Solar panels on a warehouse roof"></figure>
<figure class="wp-block-image size-large"><figcaption class="wp-element-caption">The Fernhill roof carries 14,200 panels. Photo: Dominic Earle</figcaption>
</figure>
<div class="entry-content wp-block-post-content is-layout-constrained">
${ps(wIntro)}
<h2 class="wp-block-heading">${wH1}</h2>
${ps(wP1)}
<h2 class="wp-block-heading">${wH2}</h2>
${ps(wP2)}
<ul class="wp-block-list">${lis(wList)}</ul>
<figure class="wp-block-pullquote"><blockquote><p>${wQuote}</p><cite>Gemma Ostrowski, site manager, Fernhill</cite></blockquote></figure>
<h2 class="wp-block-heading">${wH3}</h2>
${ps(wP3)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${lis(['Share on LinkedIn', 'Share on Facebook', 'Email a link to a friend', 'Print'], 'share-item')}</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<ul>${links(wRelated, 'jp-relatedposts-post')}</ul></div></div></article>
<aside class="wp-block-group media-contacts"><h2 class="wp-block-heading">Media contacts</h2><p>Press office: press@birchmontfoods.example</p>
<p>Out of hours: 0161 555 0182</p></aside>
<div class="wp-block-group newsletter-signup"><h2 class="wp-block-heading">Get our news by email</h2>
<p>Sign up for press releases and stories from Birchmont Foods.</p><form class="wp-block-jetpack-subscriptions"><input type="email"
placeholder="Your email address"><button type="submit">Subscribe</button></form></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group site-footer"><ul>${links(wFoot)}</ul>
<p>© 2026 Birchmont Foods plc. Registered in England and Wales.</p></div></footer></div>
<script src="https://news.birchmontfoods.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js"></script></body></html>`;
export const wpVip: TestPage = {
  name: 'heldout291-wordpress-vip-newsroom-post',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wIntro, ...wP1, ...wP2, ...wList, wQuote, ...wP3]),
  bylines: ['Rosalind Teague', '3 March 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Birchmont Foods Newsroom', ...wNav, 'Our sites', 'The Fernhill roof carries 14,200 panels. Photo: Dominic Earle',
    'Gemma Ostrowski, site manager, Fernhill', 'Share this:', 'Share on LinkedIn', 'Share on Facebook', 'Email a link to a friend', 'Print',
    'Related', ...wRelated, 'Media contacts', 'Press office: press@birchmontfoods.example', 'Out of hours: 0161 555 0182', 'Get our news by email',
    'Sign up for press releases and stories from Birchmont Foods.', 'Subscribe', ...wFoot, '© 2026 Birchmont Foods plc. Registered in England and Wales.',
  ],
};
