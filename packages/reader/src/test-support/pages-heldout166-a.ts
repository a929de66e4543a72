import { links, ps, type TestPage, texts } from './page-kit.js';
import { restOfWorld } from './pages-heldout166-a2.js';

/**
 * Held-out batch 166, file a: a The Markup investigation (skip link, the header nav with "Donate", the series kicker, the
 * dek, the byline and date, the "Share This Article" bar and the "Republish This Story" button, the hidden republish
 * dialog with its Creative Commons text, a "Hello World" newsletter box in the middle of the article text, the author
 * bios, the donation appeal, "Related Stories" and the footer) and, from file a2, a Rest of World story.
 */
const mkTitle = 'Your utility knows when you’re home. Some are selling that to marketers.';
const mkDek = [
  'Records from four states show power companies passing hourly smart-meter readings to data brokers, which turn them into ' +
    'household profiles for advertisers',
];
const mkP1 = [
  'When Darlene Okafor signed up for a “time-of-use” plan with Northgate Power in 2023, the utility promised she would save money ' +
    'by running her dishwasher late at night. It did not mention that the hourly readings from her smart meter would later be ' +
    'shared with a company that sells marketing lists.',
  'The Markup reviewed contracts, regulatory filings and vendor invoices obtained through public records requests in four states. ' +
    'They show that at least six investor-owned utilities have passed hourly or fifteen-minute meter data to third parties under ' +
    'agreements described as “energy efficiency analytics.” In at least two cases, the analytics firm went on to license ' +
    'derived profiles to advertisers.',
];
const mkH1 = 'What the records show';
const mkP2 = [
  'The largest agreement, between Northgate Power and Candlewick Analytics, covers roughly 1.8 million residential accounts. ' +
    'Under the 2022 contract, Candlewick receives meter readings with account numbers replaced by a hashed identifier, along ' +
    'with the service address’s ZIP+4 code.',
  'That is enough to re-identify many homes, said Ines Varga, a computer scientist who studies energy data and reviewed the ' +
    'contract at The Markup’s request. “A ZIP+4 is often a single side of a single street,” she said. “Add the shape of a ' +
    'household’s daily usage and you can usually tell which house it is.”',
  'Candlewick’s own sales material, which The Markup obtained from a marketing agency, advertises “occupancy-based audience ' +
    'segments” including “empty nesters,” “new parents” and “frequent travelers,” each inferred from when a home’s ' +
    'electricity use rises and falls.',
];
const mkNews = ['Hello World', 'Sign up for The Markup’s newsletter, a weekly look at how technology is shaping our lives.', 'Email address', 'Sign up'];
const mkH2 = 'A patchwork of rules';
const mkP3 = [
  'Only a handful of states explicitly restrict what utilities can do with customer energy data. In the other states The ' +
    'Markup examined, the companies’ privacy policies allow sharing with “service providers” for “program administration,” ' +
    'language broad enough to cover analytics vendors.',
  'Northgate spokesperson Carl Benning said in an email that the company “does not sell customer data” and that Candlewick is ' +
    'contractually barred from using it for any purpose other than efficiency programs. He did not respond to questions about ' +
    'the audience segments.',
  'Candlewick did not respond to five requests for comment. After The Markup shared its findings, the “occupancy” segments ' +
    'were removed from the company’s website.',
  'Regulators in one of the four states, the Public Service Commission of Aldermoor, said they would ask utilities under their ' +
    'jurisdiction to list every third party that receives interval data. “Customers should not have to read a contract to ' +
    'find out who knows when they are asleep,” commissioner Rhea Castellanos said.',
  'Okafor said she had switched back to a standard plan. “I thought I was helping the grid,” she said. “I didn’t think I was ' +
    'helping somebody sell me a crib.”',
];
const mkNav = ['Investigations', 'Series', 'Newsletters', 'Tools', 'About Us'];
const mkShare = ['Facebook', 'Threads', 'Bluesky', 'LinkedIn', 'Email'];
const mkRepub = [
  'Republish this story',
  'This article is licensed under a Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License.',
  'Copy HTML',
] as const;
const mkBios = [
  'Priya Raman is an investigative data reporter at The Markup covering privacy and energy.',
  'Tomasz Welles is an investigative reporter at The Markup.',
];
const mkDonate = ['We don’t only investigate technology. We instigate change.', 'Your donation helps us continue our work.', 'Donate Now'];
const mkRelated = [
  'The apps that know where your car sleeps at night',
  'How we analyzed smart-meter contracts from four states',
  'Your thermostat has a privacy policy. We read it.',
];
const mkFoot = ['About Us', 'Ethics Policy', 'Privacy Policy', 'Jobs', 'Contact Us', 'Republish Our Work'];
const mkHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Your Utility Knows When You’re Home. Some Are Selling That to Marketers. – The Markup</title>
<meta name="description" content="${mkDek[0]}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Markup">
<meta property="og:title" content="${mkTitle}"><meta name="twitter:site" content="@themarkup">
<meta name="parsely-title" content="${mkTitle}"><meta name="parsely-section" content="Privacy"><meta name="parsely-pub-date" content="2026-03-03T13:00:00Z">
<link rel="canonical" href="https://themarkup.org/privacy/2026/03/03/your-utility-knows-when-youre-home">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mkTitle}","datePublished":"2026-03-03T13:00:00Z",
"author":[{"@type":"Person","name":"Priya Raman"},{"@type":"Person","name":"Tomasz Welles"}],"publisher":{"@type":"Organization","name":"The Markup"}}</script>
<link rel="stylesheet" href="https://themarkup.org/wp-content/themes/markup/dist/main.3f9a1c.css">
<script defer src="https://themarkup.org/wp-content/themes/markup/dist/main.3f9a1c.js"></script></head>
<body class="post-template-default single single-post postid-31877 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="site-header" role="banner"><div class="site-header__inner"><a class="site-header__logo" href="https://themarkup.org/" rel="home">
<span class="screen-reader-text">The Markup</span><svg class="logo" aria-hidden="true" viewBox="0 0 180 32"></svg></a>
<nav class="site-header__nav" aria-label="Main"><ul class="menu">${links(mkNav, 'menu-item')}</ul></nav>
<a class="button button--donate" href="https://themarkup.org/donate">Donate</a>
<button class="site-header__search-toggle" aria-expanded="false"><span class="screen-reader-text">Search</span></button></div></header>
<main id="main" class="site-main"><article id="post-31877" class="article post-31877 post type-post status-publish category-privacy">
<header class="article__header"><div class="article__kicker"><a href="https://themarkup.org/series/power-lines">Power Lines</a></div>
<h1 class="article__title">${mkTitle}</h1><p class="article__dek">${mkDek[0]}</p>
<div class="article__meta"><div class="byline">By <a href="https://themarkup.org/people/priya-raman">Priya Raman</a> and
<a href="https://themarkup.org/people/tomasz-welles">Tomasz Welles</a></div>
<time class="article__date" datetime="2026-03-03T13:00:00Z">March 3, 2026 08:00 ET</time></div>
<div class="article__tools"><div class="share-tools"><span class="share-tools__label">Share This Article</span><ul class="share-tools__list">
${mkShare.map((s) => `<li><a class="share-tools__link share-tools__link--${s.toLowerCase()}" href="#share-${s.toLowerCase()}">${s}</a></li>`).join('')}
</ul></div><button class="button button--republish" data-micromodal-trigger="republish-modal">Republish This Story</button></div>
<figure class="article__hero"><img src="https://mrkp-static.example/2026/03/meter-hero.jpg" alt="A smart electric meter on the wall of a house">
<figcaption class="article__hero-caption">Smart meters record a home’s electricity use as often as every 15 minutes.
<span class="credit">Gabriel Hinds for The Markup</span></figcaption></figure></header>
<div class="article__content entry-content">
${ps(mkP1)}
<h2 id="what-the-records-show">${mkH1}</h2>
${ps(mkP2)}
<aside class="newsletter-embed" data-newsletter="hello-world"><h3 class="newsletter-embed__title">${mkNews[0]}</h3>
<p class="newsletter-embed__text">${mkNews[1]}</p><form class="newsletter-embed__form" action="https://themarkup.org/newsletter">
<label class="screen-reader-text" for="nl-email">${mkNews[2]}</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit">${mkNews[3]}</button></form></aside>
<h2 id="a-patchwork-of-rules">${mkH2}</h2>
${ps(mkP3)}
</div>
<footer class="article__footer"><div class="article__tags"><span>Filed under</span>
<ul><li><a href="/tag/privacy">Privacy</a></li><li><a href="/tag/data-brokers">Data Brokers</a></li><li><a href="/tag/utilities">Utilities</a></li></ul></div>
<section class="author-bios"><h2 class="author-bios__title">About the Authors</h2>
${mkBios.map((b) => `<div class="author-bio"><p>${b}</p></div>`).join('\n')}</section></footer></article>
<section class="donate-cta"><h2 class="donate-cta__title">${mkDonate[0]}</h2><p>${mkDonate[1]}</p>
<a class="button button--donate-large" href="https://themarkup.org/donate">${mkDonate[2]}</a></section>
<section class="related-articles"><h2 class="related-articles__title">Related Stories</h2><ul class="related-articles__list">
${links(mkRelated, 'related-articles__item')}</ul></section></main>
<div class="modal micromodal-slide" id="republish-modal" aria-hidden="true"><div class="modal__overlay" tabindex="-1" data-micromodal-close>
<div class="modal__container" role="dialog" aria-modal="true"><h2 class="modal__title">${mkRepub[0]}</h2><p>${mkRepub[1]}</p>
<textarea class="republish__html" readonly>&lt;h1&gt;${mkTitle}&lt;/h1&gt;</textarea><button class="button">${mkRepub[2]}</button></div></div></div>
<footer class="site-footer"><div class="site-footer__tagline">Challenging technology to serve the public good.</div>
<ul class="site-footer__menu">${links(mkFoot)}</ul><p class="site-footer__copyright">© 2026 The Markup</p></footer>
<script>window.parsely = {"apikey":"themarkup.org"};</script><script src="https://cdn.parsely.example/keys/themarkup.org/p.js" async></script>
</body></html>`;
const markup: TestPage = {
  html: mkHtml,
  name: 'heldout166-themarkup-news',
  kind: 'news',
  // the dek is body; the series kicker, share bar, republish button and dialog, the hero caption and credit, the newsletter
  // box inside the article text, tags, author bios, donation appeal, related stories and footer are furniture
  title: mkTitle,
  headings: [mkH1, mkH2],
  body: [...mkDek, ...texts(mkP1), ...texts(mkP2), ...texts(mkP3)],
  bylines: ['By Priya Raman and Tomasz Welles', 'March 3, 2026 08:00 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mkNav, 'Donate', 'Search', 'Power Lines', 'Share This Article', ...mkShare, 'Republish This Story',
    'Smart meters record a home’s electricity use as often as every 15 minutes.', 'Gabriel Hinds for The Markup', ...mkNews, 'Filed under',
    'Privacy', 'Data Brokers', 'Utilities', 'About the Authors', ...mkBios, ...mkDonate, 'Related Stories', ...mkRelated, mkRepub[1], 'Copy HTML',
    'Challenging technology to serve the public good.', 'Ethics Policy', 'Privacy Policy', 'Jobs', 'Contact Us', 'Republish Our Work', '© 2026 The Markup',
  ],
};

export const HELDOUT166_A: readonly TestPage[] = [markup, restOfWorld];
