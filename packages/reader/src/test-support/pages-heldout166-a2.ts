import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 166, file a2: a Rest of World story (the header with its sections and "Newsletters", the region and topic
 * kickers, the takeaways list at the top of the story, the language switch, byline with photographer credit and date, the
 * hero caption, a "Read more" promo box inside the text, the share bar with "Republish", the author box, "Latest" rail,
 * the newsletter footer form and the site footer).
 */
const rwTitle = 'Jakarta’s ojek drivers were told to go electric. Now they queue for batteries at 3 a.m.';
const rwTake = [
  'Ride-hailing app Gerak has required new drivers in Jakarta to use electric motorcycles since January.',
  'Drivers say there are too few battery-swap stations, forcing them to queue for hours and lose fares.',
  'Gerak says it will double its swap network by the end of the year.',
];
const rwP1 = [
  'At 3 a.m. on a Tuesday in February, Agus Setiawan was fourteenth in line at a battery-swap station in Cempaka Baru, a ' +
    'neighborhood in North Jakarta. Every few minutes, another driver in a green Gerak jacket pulled up behind him. The ' +
    'station, a row of metal lockers bolted to the wall of a convenience store, holds 16 charged batteries.',
  '“If I come at night, I wait one hour,” Setiawan, 34, told Rest of World. “If I come in the afternoon, the lockers are empty, ' +
    'and I wait until someone brings a battery back.”',
  'Since January, Gerak, Indonesia’s second-largest ride-hailing company, has required drivers who join its platform in ' +
    'Jakarta to use electric motorcycles, which they rent from the company’s partner, Volta Nusantara, for 55,000 rupiah ($3.40) ' +
    'a day. The policy is part of a city push to cut air pollution, which regularly ranks among the worst in Asia.',
  'But Rest of World spoke to 22 drivers who said the swap network had not kept up. Gerak’s own figures show it operates 410 ' +
    'stations in greater Jakarta for about 31,000 electric motorcycles, roughly one station for every 75 bikes.',
];
const rwPromo = ['Read more', 'Indonesia’s gig workers are organizing on WhatsApp, not in unions'];
const rwP2 = [
  'Each battery gives a range of about 60 kilometers. A full-time driver covers 150 kilometers or more in a day, which means ' +
    'at least two swaps, and often three. Drivers said the time spent waiting could cost them five or six fares a day.',
  '“Before, with petrol, I filled up in five minutes,” said Rina Marlina, 41, one of a small number of women who drive for ' +
    'Gerak. She now plans her day around the two stations closest to her home in Bekasi, east of the capital.',
  'In a statement, Gerak said it would open 400 new stations by December, including at mosques and petrol stations, and that ' +
    'an in-app map showing live battery stock had reduced average waiting times by 18% since its launch in March.',
  'Dimas Prasetyo, a transport researcher at the Jakarta Institute for Urban Policy, said the problem was predictable. ' +
    '“The mandate applied to drivers, not to the infrastructure,” he said. “The company could sign up riders faster than it ' +
    'could find landlords willing to host the lockers.”',
  'For Setiawan, the calculation is simple. He has started driving for a rival app on the days his Gerak account shows ' +
    'no batteries nearby. “The air is better, maybe,” he said. “But my wallet is worse.”',
];
const rwNav = ['Latest', 'Regions', 'Topics', 'Series', 'Podcasts', 'About'];
const rwShare = ['Share', 'X', 'Facebook', 'LinkedIn', 'WhatsApp', 'Copy link', 'Republish'];
const rwBio = 'Yohana Siregar is a Jakarta-based journalist covering labor and transport. She previously reported for Harian Metro.';
const rwLatest = [
  'The Kenyan startup paying farmers for soil data',
  'Why Vietnam’s phone repair shops are buying iPhones by the kilo',
  'Brazil’s delivery riders want a minimum wage per kilometer',
  'Inside the Lagos market where every charger is fake',
];
const rwNewsletter = ['Sign up for our newsletter', 'Rest of World’s global tech stories, delivered to your inbox.', 'Email address', 'Subscribe'];
const rwFoot = ['About us', 'Team', 'Careers', 'Contact', 'Privacy policy', 'Terms of use', 'Republishing guidelines'];
const rwHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jakarta ojek drivers queue for hours at Gerak battery-swap stations - Rest of World</title>
<meta name="description" content="${rwTake[1]}"><meta property="og:site_name" content="Rest of World">
<meta property="og:title" content="${rwTitle}"><meta property="article:section" content="Labor">
<meta property="article:published_time" content="2026-03-03T09:00:00+00:00">
<link rel="alternate" hreflang="id" href="https://restofworld.org/id/2026/jakarta-ojek/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${rwTitle}",
"datePublished":"2026-03-03T09:00:00+00:00","author":[{"@type":"Person","name":"Yohana Siregar"}],"publisher":{"@type":"Organization","name":"Rest of World"}}]}
</script><link rel="stylesheet" id="row-main-css" href="https://restofworld.org/wp-content/themes/restofworld/dist/css/main.css?ver=4.12.0" media="all">
<script src="https://restofworld.org/wp-content/themes/restofworld/dist/js/header.js?ver=4.12.0" id="row-header-js"></script></head>
<body class="post-template-default single single-post postid-120344 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="site-header__container"><a class="site-header__logo" href="https://restofworld.org/">
<span class="screen-reader-text">Rest of World</span></a><p class="site-header__tagline">Reporting global tech stories</p>
<nav class="site-header__nav" aria-label="Primary menu"><ul id="menu-primary" class="menu">${links(rwNav, 'menu-item menu-item-type-custom')}</ul></nav>
<a class="site-header__newsletter button" href="https://restofworld.org/newsletters/">Newsletters</a>
<button class="site-header__search" aria-label="Search"><svg aria-hidden="true"></svg></button></div></header>
<main id="content" class="site-main"><article class="post-120344 post type-post status-publish has-post-thumbnail category-labor region-asia">
<header class="article-header"><div class="article-header__eyebrows"><a class="eyebrow eyebrow--region" href="/region/asia/">Asia</a>
<a class="eyebrow eyebrow--topic" href="/topic/labor/">Labor</a></div>
<h1 class="article-header__title">${rwTitle}</h1>
<ul class="article-header__takeaways">${rwTake.map((t) => `<li class="takeaway">${t}</li>`).join('\n')}</ul>
<div class="article-header__translations"><a href="https://restofworld.org/id/2026/jakarta-ojek/" hreflang="id">Baca dalam Bahasa Indonesia</a></div>
<div class="article-header__byline"><div class="byline__authors">By <a href="/author/yohana-siregar/">Yohana Siregar</a></div>
<div class="byline__photographer">Photographs by <a href="/author/bayu-rahman/">Bayu Rahman</a></div>
<time class="byline__date" datetime="2026-03-03T09:00:00+00:00">3 March 2026</time></div></header>
<figure class="article-hero wp-block-image"><img src="https://restofworld.org/wp-content/uploads/2026/03/ojek-queue.jpg" alt="">
<figcaption class="article-hero__caption">Drivers wait to swap batteries at a station in North Jakarta.</figcaption></figure>
<div class="article-body entry-content">
${ps(rwP1)}
<aside class="inline-promo"><span class="inline-promo__label">${rwPromo[0]}</span>
<a class="inline-promo__link" href="/2025/indonesia-gig-workers-whatsapp/">${rwPromo[1]}</a></aside>
${ps(rwP2)}
</div>
<div class="article-footer"><div class="share-bar"><ul class="share-bar__list">
${rwShare.map((s) => `<li><button class="share-bar__button" data-share="${s.toLowerCase()}">${s}</button></li>`).join('')}</ul></div>
<div class="author-box"><img src="https://restofworld.org/wp-content/uploads/authors/siregar.jpg" alt=""><p class="author-box__bio">${rwBio}</p></div>
</div></article>
<aside class="latest-rail"><h2 class="latest-rail__title">Latest</h2><ul>${links(rwLatest, 'latest-rail__item')}</ul></aside></main>
<footer class="site-footer"><section class="newsletter-signup"><h2>${rwNewsletter[0]}</h2><p>${rwNewsletter[1]}</p>
<form action="https://restofworld.org/newsletters/"><label for="footer-email">${rwNewsletter[2]}</label><input type="email" id="footer-email">
<button type="submit">${rwNewsletter[3]}</button></form></section>
<ul class="site-footer__menu">${links(rwFoot)}</ul><p class="site-footer__copyright">© 2026 Rest of World. All rights reserved.</p></footer>
<script src="https://restofworld.org/wp-content/themes/restofworld/dist/js/main.js?ver=4.12.0" id="row-main-js"></script></body></html>`;
export const restOfWorld: TestPage = {
  html: rwHtml,
  name: 'heldout166-restofworld-news',
  kind: 'news',
  // the takeaways list under the headline is body (the story's summary, like a dek); the region and topic eyebrows, the
  // translation link, the photographer credit line, the caption, the "Read more" promo inside the text, share bar, author
  // box, the "Latest" rail, the newsletter form and the footer are furniture; "Latest" (nav and rail title) is listed once
  title: rwTitle,
  headings: [],
  body: [...rwTake, ...texts(rwP1), ...texts(rwP2)],
  bylines: ['By Yohana Siregar', '3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Reporting global tech stories', ...rwNav, 'Newsletters', 'Asia', 'Labor', 'Baca dalam Bahasa Indonesia',
    'Photographs by Bayu Rahman', 'Drivers wait to swap batteries at a station in North Jakarta.', ...rwPromo, ...rwShare, rwBio, ...rwLatest,
    ...rwNewsletter, ...rwFoot, '© 2026 Rest of World. All rights reserved.',
  ],
};
