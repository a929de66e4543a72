import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file b2: a Reuters-style mobile article of an invented wire service (the sticky "Get the app" banner,
 * the mobile site header with the hamburger menu, breadcrumbs, the byline with two authors, the published and updated
 * times, the "Sign up here." newsletter promo between paragraphs, the reporting credit line, the trust-principles
 * line, suggested topics, "Read Next" and the footer).
 */
const rTitle = 'Portuguese cork exporters cut forecasts as wine bottlers switch to screw caps';
const rBody = [
  j(
    "LISBON, March 3 (Halyard) - Portugal's cork exporters cut their forecast for 2026 sales by 8% on Tuesday, saying",
    'that wine bottlers in their two largest markets were switching to screw caps faster than expected.',
  ),
  j(
    'The Portuguese Cork Producers Association (APCC) said export revenue would fall to about 1.02 billion euros this year,',
    'down from the 1.11 billion euros it had forecast in November and the lowest since 2019.',
  ),
  j(
    '"Mid-priced wine is where we are losing ground," the association\'s president, Rui Valadares, told reporters at its',
    'annual meeting in Santa Maria da Feira. "At the top end, cork is still the standard. In the middle, it is a price war."',
  ),
  j(
    'The industry employs about 9,000 people in Portugal, most of them in the north of the country, and Portugal accounts',
    "for roughly half of the world's cork output.",
  ),
  j(
    'Exports to the United States fell 11% in the final quarter of 2025, the association said, while sales to France, the',
    'largest market, were flat. Demand from Chinese importers, which had grown quickly in 2024, slowed sharply.',
  ),
  j(
    'Cork prices paid to forest owners have already fallen. Harvest-grade bark sold for about 3.40 euros per kilogram last',
    'summer, down from 4.10 euros two years earlier, according to the forestry ministry.',
  ),
  j(
    'Forest owners warned that lower prices could discourage the nine-yearly stripping of cork oaks, which are protected by',
    'law and cannot be felled without a permit.',
  ),
  j(
    'Valadares said the industry was investing in technical stoppers for sparkling wine and in cork-based insulation for',
    'buildings, which accounted for 14% of export revenue last year, up from 9% in 2021.',
  ),
  j(
    'The association said it would ask EU regulators to require clearer labelling of closures on wine bottles,',
    'arguing that consumers could not tell natural cork from plastic or composite stoppers without opening the bottle.',
  ),
  j(
    'Analysts said the forecast cut was larger than expected. "The volume story was already weak, but this is the first time',
    'the association has admitted that prices are under pressure too," said Beatriz Nunes, a consumer goods analyst in Porto.',
  ),
  j(
    "Corteça, the sector's largest listed company, saw its stock fall 2.7% in Lisbon after the forecast was published, while the",
    'wider PSI index rose 0.4%.',
  ),
];
const rNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations'];
const rNext = [
  'Spanish olive oil prices slide as harvest recovers',
  'EU wine lake returns as drinkers cut back, producers say',
  'French glassmaker to close bottle plant in Champagne',
];
const rTopics = ['Europe', 'Consumer Goods', 'Retail', 'Commodities'];
const rFoot = ['About Halyard', 'Careers', 'Advertise with Us', 'Contact Us', 'Terms of Use', 'Privacy', 'Accessibility', 'Cookies'];
const para = (x: string, i: number): string => `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr
text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf article-body__paragraph__2-BtD">${x}</div>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} | Halyard</title><meta name="description" content="Portugal's cork exporters cut their forecast for 2026 sales by 8% on Tuesday.">
<meta property="og:type" content="article"><meta name="article:published_time" content="2026-03-03T14:12:00Z">
<meta name="article:section" content="Business"><meta name="twitter:site" content="@Halyard">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rTitle}",
"datePublished":"2026-03-03T14:12:00Z","dateModified":"2026-03-03T16:40:00Z","author":[{"@type":"Person","name":"Inês Carvalhal"},
{"@type":"Person","name":"Tobias Wrenfield"}],"isAccessibleForFree":true,"publisher":{"@type":"Organization","name":"Halyard"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="halyard";Fusion.deployment="2117";</script></head>
<body><div id="fusion-app"><div class="app-banner__container__3h1tC" data-testid="AppBanner" role="region" aria-label="App banner">
<button class="app-banner__close__1zPzJ" aria-label="Close app banner"></button><div class="app-banner__text__2Ww6u">
<p class="text__text__1FZLe app-banner__title__2kr3W">Get the Halyard app</p><p class="text__text__1FZLe">Breaking news, wherever you are</p></div>
<a class="button__link__uTGln app-banner__cta__1wbx2" href="https://halyard.example/app">Open</a></div>
<header class="site-header__container__2A5b7" data-testid="SiteHeader"><button class="site-header__hamburger__3F8e0" aria-label="Open navigation menu">
<span class="site-header__hamburger-icon"></span></button><a href="/" class="site-header__logo__1QHe-" aria-label="Halyard homepage"></a>
<a href="/account/sign-in/" class="site-header__sign-in__3mjxF">Sign In</a><a href="/account/register/" class="button__button__2Ecqi">Register</a>
<nav class="site-header__nav__3ZQZC" aria-label="Main navigation"><ul>${links(rNav, 'nav-bar__item__2Wd8V')}</ul></nav></header>
<main id="main-content" class="regular-article-layout__main__1tVQs"><article class="article__container__2I9l0">
<header class="article-header__container__2PHyQ"><nav aria-label="Tags" class="article-header__tags__3Cm5o">
<ul class="breadcrumb__list__3fwZv"><li><a href="/business/">Business</a></li><li><a href="/business/retail-consumer/">Retail &amp; Consumer</a></li>
</ul></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_3__1kDhc heading__base__2T28j">${rTitle}</h1>
<div class="article-header__info__3CHdb"><div data-testid="AuthorByline" class="author-name-list__author-list__3T1in">By
<a href="/authors/ines-carvalhal/" rel="author" class="text__text__1FZLe author-name__author__1gx5k">Inês Carvalhal</a> and
<a href="/authors/tobias-wrenfield/" rel="author" class="text__text__1FZLe author-name__author__1gx5k">Tobias Wrenfield</a></div>
<div class="info-content__container__2n6cH"><time data-testid="DateLineText" datetime="2026-03-03T14:12:00Z"
class="date-line__date__23Ge-"><span>March 3, 2026</span><span>2:12 PM GMT</span></time>
<span class="date-line__updated__3XvtM">Updated 2 hours ago</span></div></div>
<div class="article-header__toolbar__3ldeW"><button class="share-button__button__2CHZu" aria-label="Share">Share</button>
<button class="save-button__button__1jx7d">Save</button></div></header>
<figure class="article-body__figure__2kQdF"><img src="https://halyard.example/resizer/cork-harvest.jpg" alt="" width="960" height="640">
<figcaption class="image-caption__caption__5g_pF"><span>Workers strip bark from cork oaks in the Alentejo region, Portugal, June 14, 2025.
</span><span class="image-caption__credit__2Wdny">HALYARD/Marta Lobo/File Photo</span> <a href="/licensing">Purchase Licensing Rights</a></figcaption>
</figure>
<div class="article-body__content__17Yit" data-testid="ArticleBody">
${rBody.slice(0, 3).map(para).join('\n')}
<div class="signup-promo__container__1Z5l0" data-testid="NewsletterPromo"><p class="text__text__1FZLe">The Daily Docket newsletter brings you
the latest business news every morning. <a href="/newsletters/">Sign up here.</a></p></div>
${rBody
  .slice(3)
  .map((x, i) => para(x, i + 3))
  .join('\n')}
<p class="text__text__1FZLe signoff__text__2TcB1" data-testid="SignOff">Reporting by Inês Carvalhal; additional reporting by Tobias Wrenfield
in Madrid; Editing by Helen Marsh</p>
<p class="text__text__1FZLe trust-badge__text__23mVm"><a href="/info-pages/trust-principles/">Our Standards: The Halyard Trust Principles.</a></p></div>
<div class="article-body__topics__3W0Mm"><span>Suggested Topics:</span><ul>${links(rTopics)}</ul></div></article>
<aside class="read-next__container__1o9Yk" aria-label="Read Next"><h2 class="text__text__1FZLe">Read Next</h2><ul>${links(rNext, 'story-card')}</ul>
</aside><div class="ad-slot__container__3k4R5" data-testid="AdSlot"><span class="ad-slot__label__2s3fA">Advertisement · Scroll to continue</span></div>
</main><footer class="site-footer__container__3hHO5"><ul>${links(rFoot)}</ul>
<p class="site-footer__copyright__1uRu5">All quotes delayed a minimum of 15 minutes. © 2026 Halyard. All rights reserved</p></footer></div>
<script>window.Fusion.globalContent={"_id":"XK4J2QW7B5LQ","type":"story"};</script></body></html>`;
export const halyard: TestPage = {
  name: 'heldout270-reuters-style-mobile-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: [
    'Inês Carvalhal',
    'Tobias Wrenfield',
    'March 3, 2026',
    '2:12 PM GMT',
    'Updated 2 hours ago',
    'Reporting by Inês Carvalhal; additional reporting by Tobias Wrenfield in Madrid; Editing by Helen Marsh',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get the Halyard app', 'Breaking news, wherever you are', 'Open', 'Sign In', 'Register', ...rNav, 'Retail & Consumer', 'Share', 'Save',
    'Workers strip bark from cork oaks in the Alentejo region, Portugal, June 14, 2025.', 'HALYARD/Marta Lobo/File Photo', 'Purchase Licensing Rights',
    'The Daily Docket newsletter brings you the latest business news every morning. Sign up here.', 'Our Standards: The Halyard Trust Principles.',
    'Suggested Topics:', ...rTopics, 'Read Next', ...rNext, 'Advertisement · Scroll to continue', ...rFoot,
    'All quotes delayed a minimum of 15 minutes. © 2026 Halyard. All rights reserved',
  ],
};
