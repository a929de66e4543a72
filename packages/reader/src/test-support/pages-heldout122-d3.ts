import { links, ps, type TestPage } from './page-kit.js';
import {
  nsCaption1,
  nsCaption2,
  nsCredit1,
  nsCredit2,
  nsDiscover,
  nsExplore,
  nsFootAbout,
  nsFootLinks,
  nsH1,
  nsH2,
  nsMenu,
  nsMore,
  nsP1,
  nsP2,
  nsP3,
  nsSocial,
  nsTerms,
  nsTitle,
} from './pages-heldout122-d4.js';

/**
 * Held-out batch 122, file d3: a NASA news article on the WordPress nasa.gov (the skip link, the global navigation with
 * "Explore" and its hidden mega menu, search, the topic eyebrow, the h1, the author card, the date and reading time, the
 * share widget, image blocks with captions and credits, the "Details" box with "Last Updated", "Editor", "Contact" and
 * "Location", "Related Terms" tags, "Explore More" cards, "Discover More Topics From NASA" and the footer with "Page Last
 * Updated" and "Page Editor"); texts in file d4.
 */
const nsFigure = (src: string, caption: string, credit: string): string => `<figure class="hds-media hds-module wp-block-nasa-blocks-image">
<div class="hds-media-wrapper"><img loading="lazy" decoding="async" src="https://www.nasa.gov/wp-content/uploads/2025/10/${src}" alt=""></div>
<figcaption class="hds-caption padding-y-2"><div class="hds-caption-text p-sm margin-0">${caption}</div><div class="hds-credits">${credit}</div>
</figcaption></figure>`;
const nsHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nsTitle} - NASA</title><meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://www.nasa.gov/earth/nasas-kestrel-sounder-tracks-hidden-moisture-feeding-gulf-storms/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${nsTitle} - NASA">
<meta property="og:site_name" content="NASA"><meta property="article:published_time" content="2025-10-03T14:02:11+00:00">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${nsTitle}",
"datePublished":"2025-10-03T14:02:11+00:00","author":{"name":"Kerri Halvorsen"},"publisher":{"@id":"https://www.nasa.gov/#organization"}},
{"@type":"Organization","@id":"https://www.nasa.gov/#organization","name":"NASA"}]}</script>
<link rel="stylesheet" id="nasa-hds-css" href="https://www.nasa.gov/wp-content/themes/nasa/assets/css/hds.min.css?ver=1.4.2" media="all">
<script src="https://www.nasa.gov/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=NASA" id="_fed_an_ua_tag"></script></head>
<body class="wp-singular post-template-default single single-post postid-812304 single-format-standard wp-theme-nasa">
<a class="skip-link screen-reader-text usa-skipnav" href="#primary">Skip to main content</a>
<header id="global-navigation" class="hds-global-navigation bg-carbon-black"><div class="grid-container grid-container-block">
<a class="hds-nasa-logo" href="https://www.nasa.gov" title="NASA"><img src="https://www.nasa.gov/wp-content/themes/nasa/assets/images/nasa-logo.svg"
alt="NASA Logo"></a><nav class="hds-global-nav" aria-label="Main"><ul class="hds-global-nav__list">
${nsExplore
  .map((t) => `<li><button class="hds-global-nav__button" type="button" aria-expanded="false"><span class="label">${t}</span></button></li>`)
  .join('\n')}
</ul></nav><div class="hds-mega-menu" id="mega-menu-explore" hidden><ul class="hds-mega-menu__list">${links(nsMenu, 'hds-mega-menu__item')}</ul>
<form class="hds-search" role="search" action="https://www.nasa.gov/"><label for="search-field-1" class="usa-sr-only">Search</label>
<input id="search-field-1" type="search" name="s" placeholder="Search"><button type="submit"><span class="usa-sr-only">Search</span></button></form></div>
</div></header>
<main id="primary" class="site-main"><article id="post-812304" class="post-812304 post type-post status-publish format-standard has-post-thumbnail hentry
category-earth tag-earth tag-earth-science tag-goddard-space-flight-center tag-severe-storms tag-water-vapor">
<div class="hds-article-header grid-container grid-container-block-lg padding-y-6"><div class="label color-carbon-60 margin-bottom-2">
<a href="https://www.nasa.gov/earth/" class="color-carbon-60">Earth</a></div><h1 class="display-48 margin-bottom-4">${nsTitle}</h1>
<div class="hds-meta-heading grid-row"><div class="hds-author"><img src="https://www.nasa.gov/wp-content/uploads/2023/07/halvorsen.jpg" alt="Kerri Halvorsen"
class="hds-author-avatar"><div class="hds-author-info"><a href="https://www.nasa.gov/people/kerri-halvorsen/" class="hds-author-name">Kerri Halvorsen</a>
<span class="hds-author-role">Goddard Space Flight Center</span></div></div>
<div class="hds-meta-date"><span class="heading-12 text-uppercase">Oct 03, 2025</span></div><div class="hds-meta-type">
<span class="heading-12">Article</span></div>
<div class="hds-meta-readtime"><span class="heading-12">4 min read</span></div></div></div>
<div class="hds-share-widget" data-share-url="https://www.nasa.gov/earth/nasas-kestrel-sounder"><button class="hds-share-button" type="button">
<span class="label">Share</span></button><ul class="hds-share-menu"
hidden>${links(['Facebook', 'X', 'LinkedIn', 'Email', 'Copy Link'], 'hds-share-item')}</ul></div>
<div class="single-blog-content grid-container grid-container-block-lg"><div class="grid-row">
<div class="grid-col-12 desktop:grid-col-8 usa-prose entry-content">
${nsFigure('kestrel-moisture-map.jpg', nsCaption1, nsCredit1)}
${ps(nsP1)}
<h2 class="wp-block-heading">${nsH1}</h2>
${ps(nsP2)}
${nsFigure('kestrel-vibration-test.jpg', nsCaption2, nsCredit2)}
<h2 class="wp-block-heading">${nsH2}</h2>
${ps(nsP3)}
</div></div></div>
<div class="hds-article-details grid-container grid-container-block-lg"><h2 class="heading-22">Details</h2><dl class="hds-details-list">
<dt>Last Updated</dt><dd>Oct 03, 2025</dd><dt>Editor</dt><dd>Jessica Moreno-Pratt</dd><dt>Contact</dt><dd>
<a href="mailto:kerri.halvorsen@nasa.gov">Kerri Halvorsen</a>
</dd><dt>Location</dt><dd>Goddard Space Flight Center</dd></dl></div>
<div class="hds-topic-tags grid-container grid-container-block-lg"><h2 class="heading-22">Related Terms</h2><ul class="hds-topic-tags__list">
${links(nsTerms, 'hds-topic-tag')}</ul></div></article>
<section class="hds-module hds-explore-more grid-container grid-container-block-lg"><h2 class="heading-29">Explore More</h2><div class="grid-row grid-gap">
${nsMore
  .map(
    ([t, r]) => `<div class="grid-col-4 hds-content-item"><a href="https://www.nasa.gov/earth/${r!.length}/" class="hds-content-item-link">
<div class="hds-content-item-thumbnail"><img src="https://www.nasa.gov/wp-content/uploads/2025/09/thumb.jpg" alt=""></div>
<p class="hds-content-item-heading heading-18">${t}</p><span class="hds-content-item-readtime">${r}</span><span class="label">Article</span></a></div>`,
  )
  .join('\n')}</div></section>
<section class="hds-module hds-topic-cards grid-container grid-container-block-lg"><h2 class="heading-29">Discover More Topics From NASA</h2>
<ul class="hds-topic-cards__list">${links(nsDiscover, 'hds-topic-card')}</ul></section></main>
<footer id="global-footer" class="hds-footer bg-carbon-black"><div class="grid-container grid-container-block"><div class="grid-row">
<div class="desktop:grid-col-4"><h2 class="heading-16">${nsFootAbout[0]}</h2><p class="p-sm">${nsFootAbout[1]}</p><p class="p-sm">${nsFootAbout[2]}</p>
<ul>${links(nsFootAbout.slice(3))}</ul></div><div class="desktop:grid-col-4">
<ul class="hds-footer__links">${links(['Home', ...nsExplore.slice(2), ...nsMenu])}</ul>
</div><div class="desktop:grid-col-4"><h2 class="heading-16">${nsSocial[0]}</h2><ul class="hds-footer__social">
${['Facebook', 'Instagram', 'X', 'YouTube']
  .map((t) => `<li><a href="https://social.example/nasa-${t}" aria-label="${t}"><svg aria-hidden="true"></svg></a></li>`)
  .join('')}
</ul><ul>${links(nsSocial.slice(1))}</ul></div></div>
<div class="hds-footer__bottom grid-row"><ul class="hds-footer__legal">${links(nsFootLinks)}</ul><div class="hds-footer__page-info">
<p><span class="label">Page Last Updated:</span> <span>Oct 03, 2025</span></p><p><span class="label">Page Editor:</span> <span>Jessica Moreno-Pratt</span></p>
<p><span class="label">Responsible NASA Official for Science:</span> <span>Dr. Andrés Villaseñor</span></p></div></div></div></footer>
<script src="https://www.nasa.gov/wp-content/themes/nasa/assets/js/hds.min.js?ver=1.4.2" id="nasa-hds-js"></script></body></html>`;
export const nasaArticle: TestPage = {
  html: nsHtml,
  name: 'heldout122-nasa-news-article',
  kind: 'news',
  // the author card, the date and reading time, "Last Updated", "Editor", the footer's page-updated and page-editor lines
  // are bylines; the eyebrow, the "Article" label, share menu, captions and credits, Details labels, tags, the "Explore
  // More" cards, the topic cards and the footer are furniture ("Goddard Space Flight Center", the author's role, the
  // location and a tag, is left out: it is in the text)
  title: nsTitle,
  headings: [nsH1, nsH2],
  body: [...nsP1, ...nsP2, ...nsP3],
  bylines: ['Kerri Halvorsen', 'Oct 03, 2025', '4 min read', 'Jessica Moreno-Pratt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...nsExplore, ...nsMenu, 'Earth', 'Article', 'Share', 'Facebook', 'X', 'LinkedIn', 'Email',
    'Copy Link', nsCaption1, nsCredit1, nsCaption2, nsCredit2, 'Details', 'Last Updated', 'Editor', 'Contact', 'Location', 'Related Terms',
    ...nsTerms.filter((t) => t !== 'Goddard Space Flight Center'),
    'Explore More', ...nsMore.flat(), 'Discover More Topics From NASA', ...nsDiscover, ...nsFootAbout, 'Home', ...nsSocial, ...nsFootLinks,
    'Page Last Updated:', 'Page Editor:', 'Responsible NASA Official for Science:', 'Dr. Andrés Villaseñor',
  ])],
};
