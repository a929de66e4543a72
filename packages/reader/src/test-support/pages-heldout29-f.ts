import { links, type TestPage, texts } from './page-kit.js';
import { apDaily } from './pages-heldout29-f2.js';

/**
 * Held-out batch 29, file f: a Politico Europe story (WordPress markup: the header with "Log in", site nav, section label,
 * headline and excerpt, byline with two authors, the date and time pair, reading time, the share row, the AI-voiced audio
 * player with its notice, lead image with a "| credit" caption, the Pro notice above the body, h3 subheads, an inline
 * Playbook signup box, the italic contributor line, "Countries" and "Tags" lists, "More from POLITICO", consent bar and
 * footer). The AP story on a small daily's site of this file is in pages-heldout29-f2.ts.
 */
const poTitle = 'EU capitals balk at Brussels plan for single night-train booking rules';
const poExcerpt = 'Railways in Austria, France and Italy warn the rules would hand ticket sales to tech platforms and leave them footing the bill.';
const poBody1 = [
  'BRUSSELS — A European Commission plan to let travelers book a night train across the Continent on a single ticket is running ' +
    'into resistance from some of the national rail companies it is meant to bring together.',
  'Under a draft regulation seen by POLITICO, rail operators that run cross-border services would have to share timetables, fares ' +
    'and seat availability with any licensed ticket seller, and honor connections booked together if a delay makes a traveler ' +
    'miss the next train.',
  'The Commission argues the rules would fix one of the biggest complaints about Europe’s rail revival: that a trip from Amsterdam ' +
    'to Rome can mean three websites, three tickets and no help if one leg runs late.',
  '“Passengers should not need a spreadsheet to cross Europe by train,” said a Commission official involved in the drafting, who ' +
    'was granted anonymity because the text has not been published.',
];
const poH1 = 'Who pays for the missed connection';
const poBody2 = [
  'But at a meeting of transport attachés last week, diplomats from at least five countries raised concerns, according to two ' +
    'people in the room. The main objection is liability: if an Austrian sleeper arrives late in Munich and a traveler misses a ' +
    'French connection, the draft would make the operators share the cost of rebooking and a hotel room.',
  '“We support the goal. We do not support a system where the first operator pays for a chain of trains it does not control,” ' +
    'said one diplomat from a country with a large state railway.',
  'Rail companies are also wary of the data-sharing requirement, which they fear would let large online platforms take over ' +
    'ticket sales and charge commission on every booking. Several operators have spent years building their own apps.',
];
const poH2 = 'Not enough sleeper cars';
const poBody3 = [
  'The proposal comes as demand for night trains has grown faster than the supply of sleeper cars. Several routes launched since ' +
    '2021 have been cut or delayed because operators could not get enough rolling stock, and industry groups have urged Brussels ' +
    'to help finance new carriages instead of writing new rules.',
  'Green MEPs welcomed the draft, saying it was long overdue. “Every summer we hear the same stories of people stranded in the ' +
    'middle of the night because two railways will not talk to each other,” said Dutch MEP Femke Aalbers, who sits on the ' +
    'transport committee.',
  'The Commission is expected to present the proposal in January. It will then need the backing of both the Parliament and a ' +
    'majority of national governments, a process officials expect to take at least two years.',
];
const poNav = ['News', 'Newsletters', 'Podcasts', 'Poll of Polls', 'Policy news', 'Events', 'Pro'];
const poCaption =
  'A night train at Vienna’s main station. Demand for sleeper services has outgrown the supply of carriages. | Lukas Brandt/AFP via Getty Images';
const poProNotice = 'This article first appeared in POLITICO Pro Mobility, our premium policy service. Try it free for two weeks.';
const poCountries = ['Austria', 'France', 'Germany', 'Italy', 'Netherlands'];
const poTags = ['Mobility', 'Rail', 'Transport', 'Single market'];
const poMore = [
  'Germany’s rail operator to cut 30 cross-border connections next year',
  'Playbook: The Commission’s long winter of simplification',
  'EU transport ministers agree on rules for flight delay compensation',
];
const poFoot = ['About us', 'Advertise', 'Press', 'Careers', 'Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Modern Slavery Statement'];
const poHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${poTitle} – POLITICO</title>
<meta name="description" content="${poExcerpt}"><link rel="canonical" href="https://www.politico.example/article/eu-night-train-booking-rules/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${poTitle}","datePublished":"2025-11-21T05:30:00+01:00",
"author":[{"@type":"Person","name":"Henrike Vos"},{"@type":"Person","name":"Pieter De Smet"}],"publisher":{"@type":"Organization","name":"POLITICO"}}</script>
<script>window.pol_data={"postId":5382911,"section":"mobility","isPro":false,"readingTime":4};</script></head>
<body class="post-template-default single single-post postid-5382911 single-format-standard pol-eu">
<a class="skip-link screen-reader-text" href="#main">Skip to main content</a>
<header class="main-header" data-header><a class="main-header__logo" href="/"><span class="screen-reader-text">POLITICO</span></a>
<nav class="main-header__nav" aria-label="Main menu"><ul class="menu">${links(poNav, 'menu-item')}</ul></nav>
<a class="main-header__login" href="/login/">Log in</a></header>
<main id="main" class="site-main"><article class="article article--standard" id="post-5382911">
<header class="article-header"><div class="article-meta"><p class="article-meta__label"><a href="/section/mobility/">Mobility</a></p>
<h1 class="hero__title">${poTitle}</h1><p class="hero__excerpt">${poExcerpt}</p>
<div class="article-meta__authors"><span class="article-meta__by">By</span> <a class="article-meta__author" href="/author/henrike-vos/">Henrike Vos</a>
<span class="article-meta__and">and</span> <a class="article-meta__author" href="/author/pieter-de-smet/">Pieter De Smet</a></div>
<div class="article-meta__datetime-duo"><span class="date-time__date">November 21, 2025</span> <span class="date-time__time">5:30 am CET</span></div>
<p class="article-meta__reading-time">4 Mins read</p></div>
<div class="social-share" aria-label="Share"><span class="social-share__label">Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a>
<a href="#">Bluesky</a><a href="#">Email</a><button class="social-share__copy">Copy link</button></div></header>
<div class="article-audio" data-audio="beyondwords"><p class="article-audio__label">Press play to listen to this article</p>
<p class="article-audio__notice">Voiced by artificial intelligence.</p><div class="article-audio__player"><button aria-label="Play">Play</button>
<span class="article-audio__duration">5:02</span></div></div>
<figure class="article-hero-image"><img src="https://www.politico.example/cdn-cgi/image/width=1160,quality=80/wp-content/uploads/2025/11/20/night-train.jpg"
alt="" width="1160" height="773"><figcaption class="article-hero-image__caption">${poCaption}</figcaption></figure>
<div class="article__content">
<div class="article__pro-notice"><p>${poProNotice}</p></div>
${poBody1.map((t) => `<p>${t}</p>`).join('\n')}
<h3>${poH1}</h3>
${poBody2.map((t) => `<p>${t}</p>`).join('\n')}
<aside class="newsletter-promo newsletter-promo--inline"><p class="newsletter-promo__title">Brussels Playbook</p>
<p class="newsletter-promo__text">The morning briefing on what is driving EU politics, in your inbox before 7 a.m.</p>
<a class="newsletter-promo__button" href="/newsletter/brussels-playbook/">Subscribe</a></aside>
<h3>${poH2}</h3>
${poBody3.map((t) => `<p>${t}</p>`).join('\n')}
<p><em>Marta Pellegrini contributed reporting.</em></p>
</div>
<footer class="article-footer"><div class="article-footer__countries"><span class="article-footer__label">Countries</span>
<ul>${links(poCountries)}</ul></div><div class="article-footer__tags"><span class="article-footer__label">Tags</span><ul>${links(poTags)}</ul></div>
</footer></article>
<section class="more-from"><h2 class="more-from__title">More from POLITICO</h2><ul>${links(poMore, 'more-from__item')}</ul></section></main>
<div class="cookie-bar" id="cookie-bar" role="dialog"><p>We use cookies and similar technologies to improve our services and to show you
relevant content and ads.</p><button>Accept</button><button>Reject</button><button>Cookie settings</button></div>
<footer class="site-footer"><p class="site-footer__brand">POLITICO Europe</p><ul>${links(poFoot)}</ul><p>© 2025 POLITICO SRL</p></footer>
<script src="https://www.politico.example/wp-content/themes/politico/assets/js/main.min.js?ver=3.8.14" defer></script></body></html>`;
const politico: TestPage = {
  html: poHtml,
  name: 'heldout29-politico-europe-story',
  kind: 'news',
  // the excerpt under the headline is body; the two h3 subheads are the headings; the dateline "BRUSSELS —" opens the first
  // paragraph: body; both author names and the date and time (one line, two spans) are bylines ("By" and "and" in neither);
  // the reading time is furniture, as are the Pro notice above the first paragraph (a promotion, not the story), the inline
  // Playbook box, the italic contributor line at the foot of the body (as batch 19's contributor note), the section label,
  // share row, the audio player with its notice, the lead caption with its credit, "Countries" and "Tags" with their lists,
  // "More from POLITICO", the cookie bar, header, nav and footer (the cookie bar's "Cookie settings" and the footer's, once); the
  // logo's hidden "POLITICO", the share label "Share", the label "Countries", the countries "Austria", "France" and "Italy" and
  // the tags "Rail" and "Transport" are words of the body: left out
  title: poTitle,
  headings: [poH1, poH2],
  body: [poExcerpt, ...texts(poBody1), ...texts(poBody2), ...texts(poBody3)],
  bylines: ['Henrike Vos', 'Pieter De Smet', 'November 21, 2025 5:30 am CET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...poNav, 'Log in', 'Mobility', '4 Mins read', 'Facebook', 'X', 'LinkedIn', 'Bluesky', 'Email',
    'Copy link', 'Press play to listen to this article', 'Voiced by artificial intelligence.', 'Play', '5:02', poCaption, poProNotice,
    'Brussels Playbook', 'The morning briefing on what is driving EU politics, in your inbox before 7 a.m.', 'Subscribe',
    'Marta Pellegrini contributed reporting.',
    ...poCountries.filter((t) => !['Austria', 'France', 'Italy'].includes(t)), 'Tags', 'Single market', 'More from POLITICO',
    ...poMore, 'We use cookies and similar technologies to improve our services and to show you relevant content and ads.', 'Accept', 'Reject',
    'Cookie settings', 'POLITICO Europe', ...poFoot.filter((t) => t !== 'Cookie Settings'), '© 2025 POLITICO SRL',
  ],
};

export const HELDOUT29_F: readonly TestPage[] = [politico, apDaily];
