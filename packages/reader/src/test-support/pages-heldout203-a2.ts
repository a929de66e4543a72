import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 203, file a2: a GQ news story on the Condé Nast "verso" template (the slim sticky navigation with its hidden
 * drawer menu, rubric, hed, dek, byline with two authors and the publish date, the affiliate note above the body, an
 * interlude product embed with a retailer button, "Advertisement" slots, the "More Great Stories From GQ" rail, the
 * paywall meter bar, the cookie banner and the footer).
 */
const title = 'A Tiny Jura Workshop Has Brought Back the Manual-Wind Field Watch';
const dek = 'Atelier Ferrand makes 400 watches a year. Its new one costs less than a weekend in Geneva, and it already has a waiting list.';
const affiliate =
  'All products featured on GQ are independently selected by our editors. However, when you buy something through our retail ' +
  'links, we may earn an affiliate commission.';
const p1 = [
  'Watch people love to complain that nobody makes a simple, honest field watch any more. For the past few years they have had ' +
    'a point. The big houses have chased ever larger cases, ceramic bezels and five-figure prices, and the few modest models ' +
    'left have mostly gone automatic.',
  'Atelier Ferrand, a nine-person workshop in the Jura village of Les Verrières-Hautes, thinks there is still room for ' +
    'something smaller. On Tuesday it announced the Ferrand Campagne, a 36-millimetre, hand-wound steel watch with a plain ' +
    'black dial, luminous Arabic numerals and a price of 1,450 Swiss francs.',
];
const h1 = 'Why hand-winding, and why now';
const p2 = [
  'Founder Luc Ferrand, 42, trained as a restorer before starting the company in 2017. He says the decision to use a manual ' +
    'movement was partly nostalgia and partly practical. “An automatic rotor adds thickness and parts that can fail,” he told ' +
    'GQ. “A hand-wound watch asks you to touch it every morning. People tell us that ritual is the point.”',
  'The movement is a reworked version of an old ébauche design that Ferrand bought, along with its tooling, from a supplier ' +
    'that closed in 2022. It runs for 52 hours on a full wind and is finished by hand in the workshop, a job that takes one ' +
    'watchmaker most of a day.',
];
const h2 = 'The details that matter';
const p3 = ['Ferrand was keen to point out what the Campagne does not have as much as what it does:'];
const list = [
  'No date window, so the dial stays symmetrical.',
  'A domed sapphire crystal with anti-reflective coating on the inside only, to avoid scratches on the coating itself.',
  'Water resistance of 100 metres, tested on every piece rather than a sample.',
  'A cloth strap made by a family weaver in Saint-Étienne, with a second leather strap in the box.',
];
const p4 = [
  'The first run of 250 pieces sold out to the waiting list within a day of the announcement. A second run is planned for the ' +
    'autumn, and Ferrand says he has no intention of raising the price.',
  '“We could charge more,” he says. “But then it becomes a watch for collectors who will put it in a drawer. I want somebody ' +
    'to wear it to work, scratch it, and send it back to me in twenty years for a service.”',
];
const embed = { name: 'Ferrand Campagne', price: 'CHF 1,450', shop: 'Atelier Ferrand' };
const nav = ['Style', 'Grooming', 'Culture', 'Wellness', 'Watches', 'GQ Recommends', 'Video', 'Men of the Year'];
const drawer = ['Newsletter', 'Subscribe', 'Sign In', 'Search'];
const credit = 'Courtesy of Atelier Ferrand';
const more = [
  'The 17 Best Field Watches Under $2,000',
  'Everything You Need to Know About Buying a Vintage Watch',
  'The Jacket That Every Watch Collector Seems to Own',
  'Inside the Quiet Comeback of the Small Dress Watch',
];
const meter = ['You’re reading 2 of 4 free articles this month.', 'Subscribe now'];
const cookie =
  'We and our partners use cookies and similar technologies to understand how you use our site, to improve your experience and ' +
  'to show you personalised advertising.';
const foot = ['About GQ', 'Contact', 'FAQ', 'Careers', 'Accessibility Help', 'User Agreement', 'Privacy Policy'];
const legal =
  '© 2025 Condé Nast. All rights reserved. GQ may earn a portion of sales from products that are purchased through our site ' +
  'as part of our Affiliate Partnerships with retailers.';
const ad = '<div class="ad ad--in-content"><div class="ad__label" aria-hidden="true">Advertisement</div><div class="ad__slot"></div></div>';
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title} | GQ</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:site_name" content="GQ"><meta property="article:section" content="Watches">
<link rel="canonical" href="https://www.gq.com/story/atelier-ferrand-campagne-field-watch">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}",
"author":[{"@type":"Person","name":"Theo Wakeling"},{"@type":"Person","name":"Ines Carvalho"}],
"datePublished":"2025-05-13T10:30:00.000-04:00","publisher":{"@type":"Organization","name":"GQ"},"isAccessibleForFree":false}</script>
<script>window.cns = window.cns || {}; cns.queue = [];</script></head>
<body><div id="app-root"><div class="page-wrapper">
<a class="SkipLinkWrapper" href="#main-content">Skip to main content</a>
<header class="StickyHeaderWrapper" role="banner"><button class="NavigationDrawerToggle" aria-expanded="false">
<span class="visually-hidden">Open Navigation Menu</span></button><a href="/" class="NavigationLogo"><span class="visually-hidden">GQ</span></a>
<nav class="NavigationMenu" aria-label="Main"><ul>${links(nav, 'NavigationListItem')}</ul></nav>
<div class="NavigationDrawer" hidden><ul>${links(drawer, 'DrawerItem')}</ul></div></header>
<main id="main-content"><article class="article main-content" lang="en-US">
<header class="ContentHeaderWrapper" data-testid="ContentHeader"><div class="RubricWrapper"><a href="/watches"><span class="RubricName">Watches</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${title}</h1>
<div class="ContentHeaderDek">${dek}</div><div class="BylinesWrapper"><span class="BylinePreamble">By </span>
<a class="BylineLink" href="/contributor/theo-wakeling"><span class="BylineName">Theo Wakeling</span></a><span class="BylineSeparator"> and </span>
<a class="BylineLink" href="/contributor/ines-carvalho"><span class="BylineName">Ines Carvalho</span></a></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate" datetime="2025-05-13">May 13, 2025</time>
<figure class="ContentHeaderLeadAsset"><img alt="Watch" src="https://media.gq.com/photos/ferrand.jpg">
<figcaption><span class="CaptionCredit">${credit}</span></figcaption></figure></header>
<div class="ArticlePageChunks"><div class="GridWrapper"><div class="BodyWrapper" data-journey-hook="client-content" data-testid="BodyWrapper">
<div class="body__inner-container"><p class="AffiliateDisclaimer"><em>${affiliate}</em></p>
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
</div></div></div>${ad}
<div class="GridWrapper"><div class="BodyWrapper" data-journey-hook="client-content"><div class="body__inner-container">
<div class="ProductEmbedWrapper" data-testid="ProductEmbed"><img alt="${embed.name}" src="https://media.gq.com/photos/campagne.jpg">
<h4 class="ProductEmbedHed">${embed.name}</h4><a class="ProductEmbedButton" href="https://ferrand.example/campagne" rel="sponsored">
<span class="ProductEmbedPrice">${embed.price}</span> at <span class="ProductEmbedRetailer">${embed.shop}</span></a></div>
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
</div></div></div></div></article>
<div class="RecircListWrapper"><h2 class="SummaryCollectionHed">More Great Stories From GQ</h2><ul>
${more.map((t, i) => `<li><a href="/story/${i}"><h3 class="SummaryItemHed">${t}</h3></a></li>`).join('\n')}</ul></div>${ad}</main>
<div class="PaywallBarWrapper" data-testid="PaywallBar"><p class="PaywallBarText">${meter[0]}</p><a href="/subscribe">${meter[1]}</a></div>
<footer class="StandardFooterWrapper"><ul>${links(foot, 'FooterLink')}</ul><p class="FooterLegal">${legal}</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">${cookie}</div>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div>
<script src="https://www.gq.com/verso/static/gq/assets/main.js" defer></script></body></html>`;

export const gqPage: TestPage = {
  name: 'heldout203-gq-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['Theo Wakeling', 'Ines Carvalho', 'May 13, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open Navigation Menu', ...nav, ...drawer, credit, affiliate, 'Advertisement', embed.name,
    `${embed.price} at ${embed.shop}`, 'More Great Stories From GQ', ...more, ...meter, ...foot, legal, cookie, 'Accept All',
    'Manage Preferences',
  ],
};
