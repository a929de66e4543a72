import { links, type TestPage, texts } from './page-kit.js';
import { rtPage } from './pages-heldout185-a2.js';

/**
 * Held-out batch 185, file a: a RogerEbert.com film review (site header and nav, the member "Support" strip above the review,
 * the h1, the star rating, "Reviewed by" line and date, the "Now streaming on" line, the lead still with its caption, the
 * review body with an inline ad slot, the film credits sidebar, the "Latest Reviews" and "Latest Articles" rails, the
 * newsletter box and the footer) and, from file a2, a Rotten Tomatoes movie page with its critics consensus.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const reTitle = 'The Salt Orchard';
const reBody = paras(`
There is a shot about twenty minutes into <em>The Salt Orchard</em> that tells you almost everything about the movie. An old woman
named Teodora (Halina Brzęk) walks between rows of stunted apple trees at dusk, one hand trailing along the bark, while a wind off the
estuary flattens the grass behind her. The camera does not follow her. It waits at the end of the row, patient as a fence post, and
lets her come to it. When she finally arrives, she looks straight past us at something we never see.

Director Ilse Varga has made a film about waiting, and she asks her audience to do a fair amount of it. That is not a complaint. The
story, such as it is, concerns a family orchard on a spit of land where the sea has been creeping inland for a decade. The soil is
turning brackish. The trees still flower, but the fruit comes in small and sour, and the buyers from the cider works in town have
stopped pretending otherwise.

Teodora’s son Marek (Dawid Osten) wants to sell while there is still something to sell. His daughter Ola (a remarkable newcomer,
Zuzanna Feld) wants to stay, partly out of loyalty to her grandmother and partly because she is seventeen and has never lived
anywhere else. Varga and her co-writer, Piotr Lenart, resist the temptation to turn this into a tidy generational argument. Nobody in
the film is entirely right, and nobody gets a speech.

What they get instead are long, unhurried scenes of work. We watch the family test the soil, patch a dike with sandbags, press a
small and disappointing batch of juice. Cinematographer Agata Rudnik shoots all of it in a flat northern light that makes the
landscape look both beautiful and faintly exhausted, as if it too has been up since five. The sound design is superb: the tick of a
pump, gulls, the low hum of the estuary that never quite goes away.

The movie’s weakness is its final half hour, where a subplot about a developer’s offer arrives with more machinery than anything
before it. A late confrontation in a bank office feels borrowed from a more conventional film, and Osten, so good at quiet
frustration, is less convincing when he has to shout. I understand why Varga wanted a turn of the screw. I am not sure the film
needed one.

Still, the closing sequence restores the spell. I will not describe it, except to say that it returns to that row of trees and
that Brzęk, who has barely raised her voice all film, does something with her face that I have been thinking about for a week.
<em>The Salt Orchard</em> is a small movie about a small place, and it is one of the most quietly devastating things I have seen
this year.
`);
const nav = ['Reviews', 'Great Movies', 'Features', 'Streaming', 'Festivals & Awards', 'Chaz’s Journal', 'Contributors', 'Roger Ebert'];
const support = 'RogerEbert.com is reader-supported. Become a member today and help keep independent film criticism alive.';
const caption = 'Halina Brzęk and Zuzanna Feld in The Salt Orchard.';
const credits = [
  'Cast',
  'Halina Brzęk as Teodora',
  'Dawid Osten as Marek',
  'Zuzanna Feld as Ola',
  'Jerzy Malec as Antoni',
  'Director',
  'Ilse Varga',
  'Writer',
  'Ilse Varga',
  'Piotr Lenart',
  'Cinematographer',
  'Agata Rudnik',
  'Editor',
  'Tomasz Wilk',
  'Composer',
  'Ewa Sandecka',
];
const latestReviews = ['Night Ferry to Arkady', 'The Last Good Summer', 'Copper Hill', 'A House on Tern Street'];
const latestArticles = ['Toronto 2025: A Festival of Second Chances', 'The Quiet Return of the Regional Drama', 'Ebertfest 2026 Dates Announced'];
const news = ['Sign up for our newsletter', 'The best of RogerEbert.com, delivered to your inbox every week.', 'Email address', 'Subscribe'];
const foot = ['About Us', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Ebertfest', 'Ebert Foundation'];
const ld = `{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Movie","name":"${reTitle}","director":
{"@type":"Person","name":"Ilse Varga"}},"author":{"@type":"Person","name":"Marisol Quandt"},"reviewRating":{"@type":"Rating",
"ratingValue":"3.5","bestRating":"4"},"datePublished":"2025-10-10T08:00:00-05:00","publisher":{"@type":"Organization","name":"RogerEbert.com"}}`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>The Salt Orchard movie review (2025) | Roger Ebert</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="An orchard family faces the rising sea in Ilse Varga’s patient, quietly devastating drama.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Roger Ebert">
<meta property="og:title" content="The Salt Orchard movie review (2025) | Roger Ebert"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.rogerebert.example/reviews/the-salt-orchard-movie-review-2025">
<link rel="stylesheet" id="rogerebert-style-css" href="/wp-content/themes/rogerebert/dist/css/main.css?ver=3.4.1" media="all">
<script type="application/ld+json">${ld}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {cmd: []};</script>
</head><body class="wp-singular reviews-template-default single single-reviews postid-188421">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="top-banner top-banner--support" role="region" aria-label="Support"><p>${support}</p>
<a class="btn btn--yellow" href="/membership">Support Us</a></div>
<header class="site-header" id="masthead"><div class="site-header__inner"><a class="site-header__logo" href="/" rel="home">
<img src="/wp-content/themes/rogerebert/dist/images/logo.svg" alt="Roger Ebert" width="220" height="36"></a>
<nav class="site-header__nav main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">${links(nav, 'menu-item')}</ul></nav>
<div class="site-header__actions"><button class="search-toggle" aria-label="Open search"><svg aria-hidden="true"></svg></button>
<a class="btn btn--donate" href="/donate">Donate</a></div></div></header>
<main id="main" class="site-main"><div class="page-content page-content--review">
<article id="post-188421" class="post-188421 reviews type-reviews status-publish has-post-thumbnail">
<header class="page-content--header"><h1 class="page-content--title">${reTitle}</h1>
<div class="page-content--star-rating" aria-label="3.5 out of 4 stars"><span class="star-box"><i class="icon-star-full"></i>
<i class="icon-star-full"></i><i class="icon-star-full"></i><i class="icon-star-half"></i></span></div>
<div class="page-content--byline"><span class="byline">Reviewed by <a href="/contributors/marisol-quandt">Marisol Quandt</a></span>
<time class="byline--date" datetime="2025-10-10">October 10, 2025</time></div>
<p class="page-content--streaming">Now playing in theaters</p></header>
<figure class="page-content--featured-image"><img src="/wp-content/uploads/2025/10/salt-orchard.jpg" alt="" width="1200" height="675">
<figcaption class="wp-caption-text">${caption}</figcaption></figure>
<section class="page-content--block_editor-content entry-content">
${reBody
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="ad-unit ad-unit--inline" data-ad-slot="re_incontent_1"><span class="ad-unit__label">Advertisement</span><div id="div-gpt-ad-1"></div></div>
${reBody
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</section></article>
<aside class="page-sidebar page-sidebar--details"><section class="movie-details"><h2 class="widget-title">Film Credits</h2>
<img class="movie-details__poster" src="/wp-content/uploads/2025/10/salt-orchard-poster.jpg" alt="The Salt Orchard movie poster" width="180">
<p class="movie-details__title">The Salt Orchard (2025)</p><p class="movie-details__meta">Rated NR</p>
<p class="movie-details__meta">118 minutes</p>
<dl class="movie-details__credits">${credits.map((c, i) => ([0, 5, 7, 10, 12, 14].includes(i) ? `<dt>${c}</dt>` : `<dd>${c}</dd>`)).join('\n')}</dl>
</section><section class="widget latest-reviews"><h2 class="widget-title">Latest Reviews</h2><ul>${links(latestReviews)}</ul>
<a class="widget-more" href="/reviews">All Reviews</a></section>
<div class="ad-unit ad-unit--sidebar"><span class="ad-unit__label">Advertisement</span><div id="div-gpt-ad-2"></div></div></aside>
<section class="latest-articles"><h2 class="section-title">Latest Articles</h2><ul class="card-list">${links(latestArticles, 'card')}</ul></section>
</div></main>
<section class="newsletter-signup"><h2>${news[0]}</h2><p>${news[1]}</p><form class="newsletter-form">
<label for="nl-email" class="screen-reader-text">${news[2]}</label><input id="nl-email" type="email" placeholder="${news[2]}">
<button type="submit">${news[3]}</button></form></section>
<footer class="site-footer"><ul class="footer-menu">${links(foot)}</ul>
<p class="site-footer__copyright">Copyright © 2025 Ebert Digital LLC. All rights reserved.</p></footer>
<script src="/wp-content/themes/rogerebert/dist/js/main.js?ver=3.4.1" id="rogerebert-main-js"></script></body></html>`;
const rogerEbert: TestPage = {
  html,
  name: 'heldout185-rogerebert-review',
  kind: 'news',
  // the star rating is markup only; the film credits sidebar (cast, crew, rating, runtime) is furniture
  title: reTitle,
  headings: [],
  body: texts(reBody),
  bylines: ['Reviewed by Marisol Quandt', 'October 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', support, 'Support Us', ...nav, 'Donate', 'Now playing in theaters', caption, 'Advertisement', 'Film Credits',
    'The Salt Orchard (2025)', 'Rated NR', '118 minutes', ...credits.filter((_c, i) => i !== 8), 'Latest Reviews', ...latestReviews, 'All Reviews',
    'Latest Articles', ...latestArticles, ...news, ...foot, 'Copyright © 2025 Ebert Digital LLC. All rights reserved.',
  ],
};

export const HELDOUT185_A: readonly TestPage[] = [rogerEbert, rtPage];
