import { links, type TestPage, texts } from './page-kit.js';
import { theHillStory } from './pages-heldout52-c2.js';

/**
 * Held-out batch 52, file c: a Variety news story on the PMC template (top bar with "VIP+", "Login" and "Subscribe", the
 * section menu, breadcrumbs, headline, byline with the author's hover card of recent stories, date and time, share icons, the
 * lead photo with credit, the body with the "Popular on Variety" video player between paragraphs, "Read More About:" tags,
 * the "Most Popular" and "Must Read" rails, the newsletter signup, the PMC "Our Sites" list and the footer).
 */
const vaTitle = '‘Salt Flats’ Creator Maya Okafor Signs Overall Deal With Lantern Studios';
const vaBody = [
  'Maya Okafor, the creator and showrunner of the desert noir drama “Salt Flats,” has signed a multiyear overall deal with Lantern ' +
    'Studios, Variety has learned exclusively.',
  'Under the pact, Okafor will develop, write and produce original scripted series for the studio across streaming and broadcast ' +
    'platforms. She will also launch a production company, Tall Grass Pictures, whose first hire is former Lantern drama executive Noor ' +
    'Haddad as head of development.',
  '“Maya writes characters that you can’t stop thinking about long after the credits roll,” said Lantern Studios president Graham Ellory. ' +
    '“She has a rare instinct for a story that is intimate and enormous at the same time, and we want to give her the room to build whatever ' +
    'comes next.”',
  '“Salt Flats,” which follows a sheriff’s deputy investigating a string of disappearances around a dying mining town in Nevada, ran for ' +
    'two seasons and earned four Emmy nominations, including one for outstanding drama series in 2025. It was the most-watched original ' +
    'series on its platform in the year it premiered, according to the studio.',
  'Okafor said she had spent most of the last year thinking about what kind of company she wanted to run. “I came up in writers’ rooms ' +
    'where nobody told you anything,” she said. “I want Tall Grass to be the opposite of that: a place where young writers see how the whole ' +
    'machine works, from the pitch to the edit bay.”',
  'Before “Salt Flats,” Okafor was a writer and co-executive producer on the legal drama “Second Chair” and the limited series “The ' +
    'Orchard.” She began her career as an assistant on the comedy “Night Shift Diaries.”',
  'The deal comes as studios have pulled back sharply on overall agreements after several years of heavy spending, reserving them for a ' +
    'smaller group of writers with proven hits. Lantern has signed only three such deals in the past 18 months.',
  'Okafor is represented by Meridian Talent Agency, Brightline Management and attorney Jules Fairbanks.',
];
const vaNav = ['Film', 'TV', 'What to Watch', 'Music', 'Docs', 'Tech', 'Global', 'Awards Circuit', 'Video', 'VIP+'];
const vaCrumbs = ['Home', 'TV', 'News'];
const vaRecent = [
  'Apple Renews Workplace Comedy ‘Open Floor’ for Third Season',
  'CBS Sets Premiere Date for Medical Drama Spinoff',
  'Peacock Orders Thriller From ‘Quiet Water’ Duo',
];
const vaTags = ['Lantern Studios', 'Maya Okafor', 'Salt Flats'];
const vaPopular = [
  'Box Office: ‘Starfall’ Soars to $92 Million Opening Weekend',
  'Oscar Nominations 2026: The Full List',
  'Netflix Stock Jumps After Subscriber Surge',
  'Golden Globes Ratings Rise for Second Straight Year',
  'The 25 Best TV Shows of the Year So Far',
];
const vaMust = [
  'Hollywood’s New Math: Why Studios Are Betting on Fewer, Bigger Shows',
  'The Showrunners Who Are Redefining Prestige Drama',
  'Inside the Writers’ Room Revival',
];
const vaSites = ['Artnews', 'BGR', 'Deadline', 'Footwear News', 'Gold Derby', 'IndieWire', 'Rolling Stone', 'Robb Report', 'Sportico', 'WWD'];
const vaFoot = ['About Us', 'Advertise', 'Careers', 'Customer Service', 'Privacy Policy', 'Terms of Use', 'Ad Choices', 'Accessibility'];
const vaCaption = 'Maya Okafor';
const vaCredit = 'Courtesy of Lantern Studios';
const vaNl1 = 'Sign Up for Variety Newsletters';
const vaNl2 = 'By providing your information, you agree to our Terms of Use and our Privacy Policy.';
const vaCopy = 'Variety is a part of Penske Media Corporation. © 2026 Variety Media, LLC. All Rights Reserved.';
const vaHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Maya Okafor Signs Overall Deal With Lantern Studios - Variety</title>
<meta name="description" content="‘Salt Flats’ creator Maya Okafor has signed a multiyear overall deal with Lantern Studios.">
<link rel="canonical" href="https://variety.com/2026/tv/news/maya-okafor-overall-deal-lantern-studios-1236614402/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vaTitle}","datePublished":"2026-01-20T09:00:00-08:00",
"author":[{"@type":"Person","name":"Elena Marchetti"}],"publisher":{"@type":"Organization","name":"Variety"}}</script>
<script>var pmc_meta={"lob":"variety","page-type":"article","env":"desktop","primary-category":"TV","primary-vertical":"news"};</script></head>
<body class="post-template-default single single-post postid-1236614402 single-format-standard variety">
<div class="header-top"><a class="header-vip" href="https://variety.com/vip/">VIP+</a><a class="header-login" href="/account/">Login</a>
<a class="header-subscribe c-button" href="/subscribe-us/">Subscribe</a></div>
<header class="header lrv-u-flex" data-header><a class="c-logo" href="https://variety.com/"><span class="lrv-a-screen-reader-only">Variety</span><svg></svg></a>
<nav class="o-nav" aria-label="Site Navigation"><ul class="o-nav__list">${links(vaNav, 'o-nav__list-item')}</ul></nav></header>
<main id="main-wrapper"><article class="article-wrapper">
<ol class="o-breadcrumbs" aria-label="breadcrumb">${links(vaCrumbs, 'o-breadcrumbs__item')}</ol>
<h1 id="section-heading" class="c-title article-title a-font-primary-bold-l">${vaTitle}</h1>
<div class="article-byline lrv-u-flex"><div class="author"><span>By </span><a href="https://variety.com/author/elena-marchetti/"
class="c-link">Elena Marchetti</a>
<div class="author-popover" hidden><div class="author-popover__head"><span class="author-popover__name">Elena Marchetti</span>
<span class="author-popover__title">Senior TV Reporter</span></div><h4 class="author-popover__recent">Elena Marchetti’s Most Recent Stories</h4>
<ul>${links(vaRecent, 'author-popover__story')}</ul><a class="author-popover__all" href="/author/elena-marchetti/">View All</a></div></div>
<time class="c-timestamp" datetime="2026-01-20T09:00:00-08:00">January 20, 2026 9:00am PT</time></div>
<div class="c-social-bar"><a href="#" title="Share on Facebook"><span class="lrv-a-screen-reader-only">Share on Facebook</span></a>
<a href="#" title="Share on X"><span class="lrv-a-screen-reader-only">Share on X</span></a>
<a href="#" title="Share on Flipboard"><span class="lrv-a-screen-reader-only">Share on Flipboard</span></a>
<a href="#" title="Share on Reddit"><span class="lrv-a-screen-reader-only">Share on Reddit</span></a></div>
<figure class="article-thumbnail c-figure"><img src="https://variety.com/wp-content/uploads/2026/01/maya-okafor.jpg?w=1000&amp;h=563&amp;crop=1"
alt="Maya Okafor">
<figcaption class="c-figcaption"><span class="c-figcaption__caption">${vaCaption}</span>
<cite class="c-figcaption__credit">${vaCredit}</cite></figcaption></figure>
<div class="vy-cx-page-content">
${vaBody
  .slice(0, 3)
  .map((p) => `<p class="paragraph larva">${p}</p>`)
  .join('\n')}
<div class="jwplayer-wrapper" data-jwplayer-playlist="pmc-variety-popular"><h3 class="jwplayer-title">Popular on Variety</h3>
<div id="jwplayer_variety" class="jw-player"><div class="jw-controls" aria-label="Video Player"><button aria-label="Play">Play</button>
<button aria-label="Mute">Mute</button></div></div></div>
${vaBody
  .slice(3)
  .map((p) => `<p class="paragraph larva">${p}</p>`)
  .join('\n')}
</div>
<div class="article-tags"><span class="article-tags__label">Read More About:</span><ul>${links(vaTags, 'article-tags__item')}</ul></div>
<div class="article-comments"><a href="#comments" class="c-button">Jump to Comments</a></div></article>
<aside class="article-sidebar"><section class="most-popular"><h2 class="c-heading">Most Popular</h2><ol>${links(vaPopular, 'o-tease')}</ol></section>
<section class="must-read"><h2 class="c-heading">Must Read</h2><ul>${links(vaMust, 'o-tease')}</ul></section>
<section class="newsletter-widget"><h2 class="c-heading">${vaNl1}</h2><form><input type="email" placeholder="Enter your email address">
<button type="submit">Sign Up</button></form><p class="newsletter-widget__legal">${vaNl2}</p></section></aside></main>
<footer class="footer"><div class="footer__sites"><h4>Our Sites</h4><ul>${links(vaSites)}</ul></div><ul class="footer__menu">${links(vaFoot)}</ul>
<p class="footer__copyright">${vaCopy}</p><p class="footer__vip">Powered by WordPress.com VIP</p></footer>
<div class="pmc-adm-goog-pub-div" id="adm-right-rail-1" aria-hidden="true"></div></body></html>`;
const variety: TestPage = {
  html: vaHtml,
  name: 'heldout52-variety-news-story',
  kind: 'news',
  // every paragraph is body, the closing representation line too (Variety's stories end so; it is the story's last fact);
  // no section headings; "Elena Marchetti" and the date-and-time are bylines ("By" in neither); the hidden author card (title,
  // "Most Recent Stories", its links), breadcrumbs, the photo caption (the subject's name, also a body word: left out) and
  // credit, "Popular on Variety" and the player buttons, "Read More About:" with its tags (all three body words: left out),
  // "Jump to Comments", the rails, newsletter, "Our Sites" and footer are furniture; "Film" and "TV" (nav, crumbs) are kept
  title: vaTitle,
  headings: [],
  body: texts(vaBody),
  bylines: ['Elena Marchetti', 'January 20, 2026 9:00am PT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login', 'Subscribe', ...vaNav, ...vaCrumbs, 'Senior TV Reporter', 'Elena Marchetti’s Most Recent Stories', ...vaRecent, 'View All',
    'Share on Facebook', 'Share on X', 'Share on Flipboard', 'Share on Reddit', vaCredit, 'Popular on Variety', 'Play', 'Mute', 'Read More About:',
    'Jump to Comments', 'Most Popular', ...vaPopular, 'Must Read', ...vaMust, vaNl1, 'Sign Up', vaNl2, 'Our Sites', ...vaSites, ...vaFoot, vaCopy,
    'Powered by WordPress.com VIP',
  ],
};

export const HELDOUT52_C: readonly TestPage[] = [variety, theHillStory];
