import { links, type TestPage, texts } from './page-kit.js';
import { guardianLiveBlog } from './pages-heldout48-a2.js';

/**
 * Held-out batch 48, file a: a Reuters story page (Fusion app shell, skip link, section nav with "My News" and sign-in,
 * topic tags over the headline, "By" byline with date, time and "Updated" line, share toolbar, the lead photo carousel with
 * "[1/2]" caption, credit and "Purchase Licensing Rights", paragraphs as data-testid divs with the wire dateline in the first,
 * a newsletter promo and an "Advertisement · Scroll to continue" slot inside the body, the "Reporting by" sign-off, the
 * Trust Principles badge, "Suggested Topics", the author bio card, "Read Next", sponsored links, the OneTrust banner and footer).
 */
const rtTitle = "Fjordlink orders 12 battery ferries in Europe's biggest electric ship deal";
const rtBody1 = [
  'OSLO, Nov 18 (Reuters) - Norwegian ferry operator Fjordlink has ordered 12 battery-electric car ferries from a Turkish shipyard for about ' +
    '4.2 billion crowns ($395 million), the company said on Tuesday, the largest single order for electric vessels in Europe so far.',
  "The ships, due for delivery between 2027 and 2029, will replace diesel ferries on nine routes along Norway's western coast, where crossings " +
    'are short enough for a vessel to recharge at each quay in the ten minutes it takes to unload cars and lorries.',
  '"The question is no longer whether a ferry can run on batteries, but how quickly a whole fleet can," Chief Executive Ingrid Solvang told ' +
    'Reuters in an interview. "On these routes the numbers now work without subsidies."',
];
const rtBody2 = [
  'Fjordlink shares rose 3.8% in early trade in Oslo, outperforming a flat benchmark index.',
  "The order follows a decade of contracts from Norway's public roads administration, which since 2015 has required operators bidding for " +
    "state-funded routes to offer low- or zero-emission ships. About 80 of the country's roughly 180 car ferries now run fully or partly on " +
    'batteries, according to industry group Maritime Forum Nord.',
  'Shipbuilders in Europe have struggled to compete on price with yards in Turkey and Asia, and the decision to build abroad drew criticism ' +
    'from Norwegian unions on Tuesday. Solvang said two domestic yards had bid but could not meet the delivery schedule.',
  'Charging remains the main bottleneck. Several quays on the new routes will need grid upgrades, and regional utilities have warned that ' +
    'connections for the largest vessels could take up to three years to approve.',
  '"We are building the ships faster than the grid can reach the piers," said Henrik Aasen, an analyst at Nordvik Securities. "That is the ' +
    'risk investors should watch, not the batteries themselves."',
  'Fjordlink said it expected the new ferries to cut its annual diesel use by about 38 million litres and its carbon dioxide emissions by ' +
    'roughly 100,000 tonnes a year once all of them are in service.',
];
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'More'];
const rtTags = ['Climate & Energy', 'Autos & Transportation'];
const rtCaption = 'A battery-electric car ferry leaves the quay at Lavik, Norway, March 4, 2025. REUTERS/Lise Halvorsen/File Photo';
const rtTopics = ['Sustainable Markets', 'Boards, Policy & Regulation', 'Shipping'];
const rtBio =
  'Nora reports on energy, shipping and the green transition across the Nordic countries from Oslo. She previously covered ' +
  'commodities and freight markets in London.';
const rtNext = [
  'Oil slips as traders weigh higher OPEC+ output against firm demand',
  'EU agrees rules for cutting methane leaks from imported gas',
  'Danish wind group shelves Baltic project after auction draws no bids',
  'Analysis: Europe’s shipyards bet on navy orders as ferry work goes east',
];
const rtSponsored = ['Why retirees in Florida are rethinking annuities this winter', 'The sofa brand selling out across Europe'];
const rtFootHeads = ['Latest', 'Browse', 'About Reuters', 'Stay Informed'];
// biome-ignore format: the footer link texts are packed several to a line to keep the file short
const rtFoot = [
  'Home', 'Authors', 'Topic Sitemap', 'Archive', 'Article Sitemap', 'Media', 'Videos', 'Pictures', 'Graphics', 'Podcasts', 'About Reuters',
  'Careers', 'Reuters News Agency', 'Brand Attribution Guidelines', 'Reuters and AI', 'Reuters Leadership', 'Reuters Fact Check',
  'Reuters Diversity Report', 'Download the App (iOS)', 'Download the App (Android)', 'Newsletters', 'Subscribe',
];
const rtLegal = ['Cookies', 'Terms of Use', 'Privacy', 'Digital Accessibility', 'Corrections', 'Site Feedback'];
const rtDelay = 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.';
const rtCopy = '© 2025 Reuters. All rights reserved';
const rtCookie =
  'We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. ' +
  'You can change your choices at any time in Cookies Settings.';
const rtP = (p: string, i: number): string =>
  `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw ` +
  `body__large_body__FV5_X article-body__element__2p5pI">${p.replace(/&/g, '&amp;')}</div>`;
const rtHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${rtTitle} | Reuters</title>
<meta name="description" content="Norwegian ferry operator Fjordlink has ordered 12 battery-electric car ferries from a Turkish shipyard.">
<meta property="og:site_name" content="Reuters"><meta name="article:section" content="Sustainability">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rtTitle}",
"datePublished":"2025-11-18T08:42:11Z","dateModified":"2025-11-18T11:05:40Z","author":[{"@type":"Person","name":"Nora Eklund"}],
"publisher":{"@type":"Organization","name":"Reuters"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.deployment="4912";</script>
<style>.visually-hidden{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}</style></head>
<body><div id="fusion-app" class="fusion-app"><a class="skip-link__skip-link__2cyTx" href="#main-content">Skip to main content</a>
<div data-testid="Header" class="regular-header__container__3y5Nk"><header class="site-header__container__3x0Gs">
<a aria-label="Reuters home" href="/" class="site-header__logo__1hk9k"><svg role="img"
viewBox="0 0 150 40"><title>Reuters</title><path d="M0 0h1"></path></svg></a>
<nav aria-label="Main" class="site-header__nav__1rU4h"><ul class="nav-bar__list__3Oqpu">${links(rtNav, 'nav-bar__item__3k8tB')}</ul></nav>
<div class="site-header__button-group__2ywQ5"><a href="/my-news/" class="button__link__uTGln">My News</a>
<a href="/account/sign-in/" class="button__link__uTGln">Sign In</a><a href="/account/register/" class="button__primary__2-3Ts">Register</a></div></header></div>
<main id="main-content" class="regular-article-layout__main__1tyMq"><article class="article__container__2Zs7v" data-testid="Article">
<header class="article-header__container__o1VJl"><nav aria-label="Tags" class="article-header__tags__3Ua_W"><ul>${links(rtTags, 'tags__item__2KqDu')}</ul></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j">${rtTitle}</h1>
<div class="article-header__author-date__ftc3F"><address class="info-content__author__3vuXb" data-testid="AuthorNameLink"><span>By </span>
<a rel="author" href="/authors/nora-eklund/" class="author-name__author__1gx5k">Nora Eklund</a></address>
<time data-testid="DateLineText" datetime="2025-11-18T08:42:11Z" class="info-content__date__2LrMU"><span class="date-line__date___kNbY">November 18, 2025</span>
<span class="date-line__date___kNbY">9:42 AM GMT+1</span><span class="date-line__date___kNbY">Updated <!-- -->2 hours ago</span></time></div>
<div class="article-header__toolbar__3VD0n" data-testid="ShareToolbar"><button aria-haspopup="true" class="share-button__button__1Rr5W">
<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M0 0h1"></path></svg></button><ul class="share-list__list__17dcM" hidden>
<li><a href="https://x.com/intent/tweet?url=...">X</a></li><li><a href="https://www.facebook.com/sharer/...">Facebook</a></li>
<li><a href="https://www.linkedin.com/shareArticle?...">LinkedIn</a></li><li><a
href="mailto:?subject=...">Email</a></li><li><button>Link</button></li></ul></div></header>
<div data-testid="primary-gallery" class="article-body__gallery__1j1VS"><figure class="carousel__container__3yc7N"><div class="carousel__slide__2n7sG">
<span class="visually-hidden">Item 1 of 2</span><img alt="A battery-electric car ferry leaves the quay"
src="https://www.reuters.com/resizer/v2/FJ4K2.jpg?auth=9d1c&amp;width=1200"></div>
<figcaption class="carousel__caption__1UQBb"><span data-testid="Body" class="text__text__1FZLe text__inherit-color__3208F">[1/2]${rtCaption}</span>
<a href="https://www.reutersconnect.com/item/fjordlink-ferry/dGFnOnJldXRlcnMuY29tOjIwMjU6bmV3c21s" target="_blank">Purchase Licensing Rights<span
class="visually-hidden">, opens new tab</span></a></figcaption></figure></div>
<div class="article-body__content__17Yit" data-testid="ArticleBody">
${rtBody1.map(rtP).join('\n')}
<div data-testid="promo-box" class="article-body__element__2p5pI promo-box__container__3dRA-"><p class="text__text__1FZLe text__small__1kGq2">Get the week's
energy news in one place with the Reuters Power Up newsletter. <a href="https://www.reuters.com/newsletters/reuters-power-up/">Sign up here.</a></p></div>
<div class="article-body__ad-slot__3w4G1" data-testid="ResponsiveAdSlot"><div class="ad-slot__label__3w-0S">Advertisement · Scroll to continue</div>
<div id="ad-mid-article" data-ad-unit="/4735792/reuters.com/sustainability/article"></div></div>
${rtBody2.map((p, i) => rtP(p, i + 3)).join('\n')}
<p data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 sign-off__text__PU3Ln">Reporting by Nora Eklund; additional reporting by Terje
Lund in Bergen; Editing by Peter Valdane</p></div>
<div class="trust-badge__container__3iJfS"><a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html" target="_blank">Our Standards: The
Thomson Reuters Trust Principles.<span class="visually-hidden">, opens new tab</span></a></div>
<div data-testid="Tags" class="tags-with-label__container__3sC3g"><span class="tags-with-label__label__1Yx0q">Suggested Topics:</span>
<ul>${links(rtTopics, 'tags__item__2KqDu')}</ul></div>
<div data-testid="AuthorBio" class="author-bio__container__1WWxK"><a href="/authors/nora-eklund/"><img alt="" src="/pf/resources/authors/eklund.png"></a>
<div><a href="/authors/nora-eklund/" class="author-bio__name__2UyGF">Nora Eklund</a><span class="author-bio__org__3cYJb">Thomson Reuters</span>
<p class="author-bio__text__3fUYl">${rtBio}</p><a href="https://x.com/noraeklund" class="author-bio__social__Kq7ZC">X</a></div></div></article>
<aside data-testid="ReadNext" class="read-next__container__2UMHd"><h2>Read Next</h2><ul>${links(rtNext, 'story-card__item__1j2lQ')}</ul></aside>
<div id="taboola-below-article-thumbnails" class="trc_related_container"><h3 class="trc_header">Sponsored Content</h3>
<ul>${links(rtSponsored, 'videoCube')}</ul><span class="branding">by Taboola</span></div></main>
<footer class="site-footer__container__1Yh2U">${rtFootHeads.map((h) => `<h4>${h}</h4>`).join('')}<ul>${links(rtFoot)}</ul>
<p class="site-footer__disclaimer__3LUJS">${rtDelay}</p><ul class="site-footer__legal__2_lxa">${links(rtLegal)}</ul><p>${rtCopy}</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region"
aria-label="Cookie banner"><p id="onetrust-policy-text">${rtCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script src="https://www.reuters.com/pf/dist/engine/react.js?d=4912" defer></script></body></html>`;
const reuters: TestPage = {
  html: rtHtml,
  name: 'heldout48-reuters-story',
  kind: 'news',
  // the wire dateline "OSLO, Nov 18 (Reuters) -" opens the first paragraph and is kept in it, as a press release's dateline is body;
  // "Nora Eklund", the date, time and "Updated" line and the "Reporting by ... Editing by" sign-off are bylines ("By" in neither);
  // the newsletter promo and the ad label inside the body div, the tags, share list, carousel label, caption with credit and
  // "[1/2]", "Purchase Licensing Rights", the Trust Principles badge, "Suggested Topics", the author bio (org and text), "Read
  // Next", sponsored links, header, footer and cookie banner are furniture; the logo's "Reuters" is a word of the body: left out;
  // "X" (share list and bio) and "About Reuters" (footer heading and link) are listed once
  title: rtTitle,
  headings: [],
  body: [...texts(rtBody1), ...texts(rtBody2)],
  bylines: [
    'Nora Eklund',
    'November 18, 2025',
    '9:42 AM GMT+1',
    'Updated 2 hours ago',
    'Reporting by Nora Eklund; additional reporting by Terje Lund in Bergen; Editing by Peter Valdane',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...rtNav, 'My News', 'Sign In', 'Register', ...rtTags, 'X', 'Facebook', 'LinkedIn', 'Email', 'Link', 'Item 1 of 2', '[1/2]',
    rtCaption, 'Purchase Licensing Rights', 'opens new tab', "Get the week's energy news in one place with the Reuters Power Up newsletter.", 'Sign up here.',
    'Advertisement · Scroll to continue', 'Our Standards: The Thomson Reuters Trust Principles.', 'Suggested Topics:', ...rtTopics, 'Thomson Reuters', rtBio,
    'Read Next', ...rtNext, 'Sponsored Content', ...rtSponsored, 'by Taboola', ...rtFootHeads.filter((h) => h !== 'About Reuters'), ...rtFoot, rtDelay,
    ...rtLegal, rtCopy, rtCookie, 'Accept All Cookies', 'Reject All', 'Cookies Settings',
  ],
};

export const HELDOUT48_A: readonly TestPage[] = [reuters, guardianLiveBlog];
