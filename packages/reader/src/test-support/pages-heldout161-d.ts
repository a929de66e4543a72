import { links, type TestPage, texts } from './page-kit.js';
import { macrumorsNews } from './pages-heldout161-d2.js';

/**
 * Held-out batch 161, file d: a 9to5Mac story on its WordPress template (the header with guides and "Podcasts", the guide
 * tags above the headline, author and "Mar 3 2026 - 6:12 am PT" with the comment count, the featured image, a sponsor line at
 * the top of the post content, the FTC affiliate line and the "You’re reading 9to5Mac" and Google News boilerplate at the end
 * of the post content, the author box with "favorite gear", the "Top stories" rail, the comments teaser and the footer) and,
 * from file d2, a MacRumors story.
 */
const nmTitle = 'Fieldnote for iPhone adds offline voice transcription and a new Lock Screen widget';
const nmP1 = [
  `Fieldnote, the journaling app from Lisbon-based studio Quarto, received a substantial update today. Version 6 adds on-device voice
  transcription, a redesigned timeline and a Lock Screen widget that lets you start a new entry with a single tap.`,
  `The headline feature is transcription that works entirely offline. Hold the microphone button and Fieldnote turns what you say into
  text as you speak, without sending any audio to a server. Quarto says the model runs on any iPhone from the last four years and
  supports 14 languages at launch, with more to follow.`,
  `In our brief testing, transcription kept up comfortably with normal speech and handled punctuation better than we expected,
  although it struggled with place names and needed a few corrections in every entry. You can tap any word afterwards to fix it, and
  the original recording is kept alongside the text unless you choose to delete it.`,
];
const nmH1 = 'What else is new in Fieldnote 6';
const nmList = [
  'A new timeline view groups entries by week, with photos shown as a strip along the top.',
  'The Lock Screen widget opens straight into a new entry, or into voice recording with a long press.',
  'Entries can now be locked individually with Face ID, rather than locking the entire app.',
  'Export to Markdown and PDF now keeps photos and location data.',
];
const nmP2 = [
  `Quarto co-founder Beatriz Calado told 9to5Mac that offline transcription was the most requested feature by a wide margin. “People
  write in Fieldnote about things they would not say to anyone else,” she said. “Asking them to send a recording of that to a server
  was never going to be acceptable to us.”`,
  `Fieldnote is a free download on the App Store, with the new transcription feature included in Fieldnote Plus. The subscription costs
  $3.99 per month or $29.99 per year, and existing subscribers get the update at no extra cost. A Mac version with the same features is
  planned for later this spring.`,
];
const nmNav = ['iPhone', 'Mac', 'iPad', 'Apple Watch', 'Vision Pro', 'Guides', 'Videos', 'Podcasts', 'Deals'];
const nmGuides = ['Apps', 'iPhone'];
const nmSponsor = 'Sponsored by Tidewell: Back up every photo on your iPhone automatically. Try it free for 30 days.';
const nmFtc = 'FTC: We use income earning auto affiliate links. More.';
const nmGoogle = 'Add 9to5Mac to your Google News feed.';
const nmReading = `You’re reading 9to5Mac — experts who break news about Apple and its surrounding ecosystem, day after day. Be sure to check
out our homepage for all the latest news, and follow 9to5Mac on Twitter, Facebook, and LinkedIn to stay in the loop.`;
const nmBio = 'Elena Marsh covers apps, productivity and accessibility for 9to5Mac. Tips welcome by email.';
const nmGear = ['Elena Marsh’s favorite gear', 'Kindle Paperwhite', 'Anker MagGo Power Bank'];
const nmTop = [
  'Here’s everything new in this week’s iOS beta',
  'Apple Watch bands for spring: our favorites so far',
  'These are the best Mac menu bar apps we have tried this year',
  'Hands-on: The new Magic Keyboard layout for iPad',
];
const nmFoot = ['About', 'Contact', 'Tips', 'Privacy Policy', 'Terms of Use', 'Ethics Statement', 'Send us a tip'];
const nmPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nmHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fieldnote for iPhone adds offline voice transcription and a new Lock Screen widget - 9to5Mac</title>
<meta property="og:site_name" content="9to5Mac"><meta property="og:title" content="${nmTitle}"><meta name="author" content="Elena Marsh">
<link rel="canonical" href="https://9to5mac.com/2026/03/03/fieldnote-6-offline-transcription/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nmTitle}","datePublished":"2026-03-03T06:12:00-08:00",
"author":{"@type":"Person","name":"Elena Marsh","url":"https://9to5mac.com/author/elenamarsh/"},"publisher":{"@type":"Organization","name":"9to5Mac"}}</script>
<link rel="stylesheet" href="https://9to5mac.com/wp-content/themes/nines/build/css/main.css?ver=3.1.7"></head>
<body class="post-template-default single single-post postid-1024881 single-format-standard site-9to5mac">
<header class="header"><div class="header__top"><a href="https://9to5mac.com/" class="header__logo"><img alt="9to5Mac"
src="https://9to5mac.com/wp-content/themes/nines/build/img/logo-9to5mac.svg"></a><nav class="header__nav" aria-label="Main">
<ul>${links(nmNav, 'header__nav-item')}</ul></nav><button class="header__search" aria-label="Search"></button></div></header>
<main id="main"><article class="post-1024881 post type-post status-publish format-standard has-post-thumbnail">
<div class="container med post-content__header"><div class="article__guides">${nmGuides
  .map((g) => `<a href="https://9to5mac.com/guides/${g.toLowerCase()}/" class="guide-tag">${g}</a>`)
  .join('')}</div>
<h1 class="h1">${nmTitle}</h1>
<div class="meta article__meta"><img src="https://9to5mac.com/wp-content/authors/emarsh-96.jpg" alt="Avatar for Elena Marsh" class="avatar">
<span class="author-name"><a href="https://9to5mac.com/author/elenamarsh/">Elena Marsh</a></span><span class="meta-sep">|</span>
<time class="post-meta__date" datetime="2026-03-03T06:12:00-08:00">Mar 3 2026 - 6:12 am PT</time>
<a href="#comments" class="comments-count"><span class="sr-only">Comments</span>14 Comments</a></div></div>
<figure class="featured-image"><img width="1600" height="800" src="https://9to5mac.com/wp-content/uploads/sites/6/2026/03/fieldnote-6.jpg" alt=""
class="wp-post-image" fetchpriority="high"></figure>
<div class="container med post-content">
<p class="sponsored-line"><em><a href="https://tidewell.example/?utm_source=9to5mac" rel="sponsored">${nmSponsor}</a></em></p>
${nmPs(nmP1)}
<h2 class="wp-block-heading">${nmH1}</h2>
<ul class="wp-block-list">${nmList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<div class="ad-disclaimer-container"><div class="adsense-ad" data-slot="inline-1"><span class="ad-label">Ad</span></div></div>
${nmPs(nmP2)}
<p><em>FTC: We use income earning auto affiliate links.</em> <a href="https://9to5mac.com/about/#affiliate">More.</a></p>
<p class="google-news-cta"><a href="https://news.google.example/publications/9to5mac">${nmGoogle}</a></p>
<div class="post-footer-promo"><p>${nmReading}</p></div>
</div>
<div class="container med author-box"><img src="https://9to5mac.com/wp-content/authors/emarsh-96.jpg" alt="Avatar for Elena Marsh">
<div><a class="author-box__name" href="https://9to5mac.com/author/elenamarsh/">Elena Marsh</a><a class="author-box__handle"
href="https://x.example/elenamarsh">@elenamarsh</a><p>${nmBio}</p></div>
<div class="author-box__gear"><h4>${nmGear[0]}</h4><ul>${links(nmGear.slice(1), 'gear-item')}</ul></div></div>
<section id="comments" class="comments-teaser"><button class="comments-toggle">View Comments (14)</button></section>
</article>
<aside class="sidebar"><section class="widget top-stories"><h2 class="widget-title">Top stories</h2><ol>${links(nmTop, 'top-story')}</ol></section>
<div class="widget ad-widget"><span class="ad-label">Ad</span><div id="ad-sidebar-1"></div></div></aside></main>
<footer class="footer"><ul class="footer__links">${links(nmFoot, 'footer__link')}</ul>
<p class="footer__copy">Copyright © 2026 9to5Mac. All rights reserved.</p></footer>
<script src="https://9to5mac.com/wp-content/themes/nines/build/js/main.js?ver=3.1.7" defer></script></body></html>`;
const nineToFive: TestPage = {
  html: nmHtml,
  name: 'heldout161-9to5mac-news',
  kind: 'news',
  // the sponsor line, the FTC line, the Google News line and the "You’re reading 9to5Mac" paragraph sit inside the post
  // content but are site boilerplate (furniture)
  title: nmTitle,
  headings: [nmH1],
  body: texts([...nmP1, ...nmList, ...nmP2]),
  bylines: ['Elena Marsh', 'Mar 3 2026 - 6:12 am PT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nmNav, ...nmGuides, '14 Comments', nmSponsor, 'Ad', nmFtc, nmGoogle, nmReading, '@elenamarsh', nmBio, ...nmGear, 'View Comments (14)',
    'Top stories', ...nmTop, ...nmFoot, 'Copyright © 2026 9to5Mac. All rights reserved.',
  ],
};

export const HELDOUT161_D: readonly TestPage[] = [nineToFive, macrumorsNews];
