import { links, type TestPage, texts } from './page-kit.js';
import { aljazeeraStory } from './pages-heldout107-b2.js';

/**
 * Held-out batch 107, file b: a Reuters story on the Arc/Fusion template (the OneTrust cookie banner, "Skip to main content",
 * the site header with "Register" and "My News", the section tag, the byline with "minute read" and dates, the gallery lead
 * image with "Item 1 of 2", caption and "Purchase Licensing Rights", paragraphs as data-testid divs with the dateline in the
 * first, the mid-story newsletter promo "Sign up here.", the sign-off, "Our Standards", "Suggested Topics", "Read Next" and the
 * footer) and, from file b2, an Al Jazeera story.
 */
const rtTitle = 'Norvalia central bank holds rates, signals cut as inflation cools';
const rtDateline = 'VESTBURG, Nov 12 (Reuters) -';
const rtP = [
  'Norvalia’s central bank kept its main interest rate unchanged at 4.25% on Wednesday but said it could lower borrowing costs early next year ' +
    'if inflation continued to ease, sending the krona to a two-week low.',
  'The decision was expected by all 19 economists in a Reuters poll, though several had said the bank might soften its language after consumer ' +
    'prices rose 2.6% in October, the slowest pace in three years.',
  '“The board judges that monetary policy can become less restrictive in the coming months, provided that the decline in inflation is not ' +
    'reversed,” Governor Mette Lindqvist told a press conference.',
  'The bank cut its forecast for inflation next year to 2.2% from 2.5% and said it now expected growth of 1.1%, down from 1.4%, as weaker ' +
    'exports to the euro zone weighed on manufacturing.',
  'Lindqvist said the board had discussed a cut at the meeting but decided that wage settlements due in the spring posed a risk. “We want to ' +
    'see the outcome of the wage round before we act,” she said.',
  'Markets moved to price in a quarter-point cut in February, with a second by June. The krona weakened 0.4% against the euro after the announcement.',
  '“The message is that the door is open,” said Henrik Aas, chief economist at Fjordbanken. “February looks like the most likely date, unless ' +
    'wages surprise.”',
  'Housing has been the main channel for the bank’s tightening. Prices in the capital have fallen about 9% from their peak in 2023, and ' +
    'mortgage approvals have fallen for six straight months.',
  'The bank noted that household debt, at around 220% of disposable income, remained among the highest in Europe and said it would keep a close ' +
    'watch on lending as rates came down.',
  'The next policy decision is due on Dec. 18, when the bank will also publish updated forecasts for wages and unemployment, which rose to 4.1% in ' +
    'September from 3.8% a year earlier.',
];
const rtPromo = 'The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.';
const rtSignoff = 'Reporting by Tove Halvorsen; Editing by Ola Brekke and Miriam Cohen';
const rtCookie = [
  'We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.',
  'Accept All',
  'Cookie Settings',
];
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'Sports', 'Science', 'Lifestyle'];
const rtCaption =
  'Governor Mette Lindqvist speaks during a press conference at the central bank in Vestburg, Norvalia, November 12, 2025. NTB/Lars Eide via REUTERS';
const rtTopics = ['Markets', 'Currencies', 'Interest Rates'];
const rtNext = [
  'Euro zone bond yields edge higher ahead of inflation data',
  'Oil steadies as traders weigh supply outlook',
  'Chipmaker shares jump after upbeat forecast',
];
const rtStd = 'Our Standards: The Thomson Reuters Trust Principles.';
const rtFoot = [
  'Browse',
  'About Reuters',
  'Careers',
  'Reuters News Agency',
  'Brand Attribution Guidelines',
  'Reuters Leadership',
  'Reuters Fact Check',
  'Reuters Diversity Report',
  'Terms of Use',
  'Privacy',
  'Accessibility',
  'Corrections',
  'Site Feedback',
];
const rtCopy = 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.';
const rtRights = '© 2025 Reuters. All rights reserved';
const rtPara = (p: string, i: number): string =>
  `<div data-testid="paragraph-${i}"
class="article-body-module__paragraph__U5W9X text-module__text__0GDob text-module__dark-grey__UFC18 text-module__regular__o7YQp">${
    i === 0 ? `${rtDateline} ` : ''
  }${p}</div>`;
const rtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${rtTitle} | Reuters</title>
<meta name="description" content="Norvalia’s central bank kept its main interest rate unchanged at 4.25% on Wednesday.">
<meta property="og:site_name" content="Reuters">
<meta property="og:title" content="${rtTitle}"><meta name="article:section" content="Markets"><meta name="analyticsAttributes.author" content="Tove Halvorsen">
<link rel="canonical" href="https://www.reuters.com/markets/europe/norvalia-central-bank-holds-rates-signals-cut-2025-11-12/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rtTitle}","dateCreated":"2025-11-12T09:05:11Z",
"datePublished":"2025-11-12T09:05:11Z","dateModified":"2025-11-12T10:41:37Z","author":[{"@type":"Person","name":"Tove Halvorsen"}],
"isAccessibleForFree":"True"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.deployment="1918";</script>
<link rel="stylesheet" href="/pf/resources/dist/reuters/css/main.css?d=1918"></head>
<body><div id="fusion-app" class="fusion-app">
<a class="skip-link-module__skip-link__7B3N4" href="#main-content">Skip to main content</a>
<header class="site-header-module__header__7E9D2" data-testid="SiteHeader"><nav class="site-header-module__nav__2Kq5c" aria-label="Main">
<a href="/" aria-label="Reuters home" data-testid="Logo"><svg></svg></a>
<ul class="site-header-module__nav-items__1r3nF">${links(rtNav, 'nav-item-module__item__PVzZR')}</ul>
<div class="site-header-module__actions__Q6ev4"><a href="/account/register/sign-up/" data-testid="Button">Register</a>
<a href="/myview/" data-testid="Button">My News</a></div></nav>
</header>
<main id="main-content" class="regular-article-layout-module__main__Xo1m2"><article class="article-module__container__mJ3Yq" data-testid="ArticleContainer">
<header class="article-module__header__Yq9F1"><div class="article-header-module__section__yd6Rt"><nav aria-label="Tags" data-testid="Tags">
<a href="/markets/europe/" data-testid="Text">Europe</a></nav></div>
<div class="article-header-module__heading__Q0GeE"><h1 data-testid="Heading"
class="text-module__text__0GDob heading-module__heading_1__2K4_d">${rtTitle}</h1></div>
<div class="article-header-module__info-container__R7cWk"><div class="info-content-module__container__GpkTa" data-testid="BylineBar">
<div class="info-content-module__byline__Fq6Zh" data-testid="AuthorByline">By <a href="/authors/tove-halvorsen/"
data-testid="AuthorNameLink">Tove Halvorsen</a></div>
<div class="info-content-module__read-time__d4HqW" data-testid="ReadTime">3 minute read</div>
<div class="info-content-module__date-line__Zk5cT"><time datetime="2025-11-12T09:05:11Z" data-testid="DateLineText"><span>November 12, 2025</span>
<span>10:05 AM GMT+1</span><span>Updated 2 hours ago</span></time></div></div>
<div class="article-header-module__toolbar__3eZ2E" data-testid="Toolbar"><button data-testid="ShareButton" aria-label="Share">Share</button>
<button data-testid="SaveButton" aria-label="Save">Save</button></div></div></header>
<div class="article-body-module__lede__2Bv0J" data-testid="primary-gallery"><figure class="gallery-module__figure__1UE2m"><div data-testid="CarouselPagination"
class="gallery-module__pagination__6HH7X"><span>Item 1 of 2</span></div><div class="gallery-module__image__KQ7FJ" data-testid="EagerImageContainer">
<img src="https://www.reuters.example/resizer/v2/ABC123.jpg?auth=9d&amp;width=1080"
alt="Norvalia central bank governor Mette Lindqvist at a press conference"></div>
<figcaption class="gallery-module__caption__mZ6hJ" data-testid="primary-gallery-caption"><span data-testid="Body">${rtCaption}</span>
<a href="https://www.reutersagency.example/en/licensing/" data-testid="Link">Purchase Licensing Rights</a>, <span>opens new tab</span></figcaption>
</figure></div>
<div class="article-body-module__content__bnXL1" data-testid="ArticleBody">
${rtP
  .slice(0, 3)
  .map((p, i) => rtPara(p, i))
  .join('\n')}
<div class="article-body-module__element__2Hg7Z"><div class="newsletter-module__container__7s6PM" data-testid="NewsletterPromo">
<p data-testid="Body"
class="text-module__text__0GDob text-module__italic__3uAwP">The Reuters Daily Briefing newsletter provides all the news you need to start your day.
<a href="https://www.reuters.com/newsletters/reuters-daily-briefing/" data-testid="Link">Sign up here.</a></p></div></div>
${rtP
  .slice(3)
  .map((p, i) => rtPara(p, i + 3))
  .join('\n')}
<p data-testid="SignOff" class="sign-off-module__text__2LsOf">${rtSignoff}</p>
<div class="trust-badge-module__container__s2rTL"><a href="https://www.thomsonreuters.example/en/about-us/trust-principles.html" data-testid="Link">
<span>Our Standards: </span><span>The Thomson Reuters Trust Principles.</span></a>, <span>opens new tab</span></div></div>
<div class="article-module__tags__1B2Gv" data-testid="TagsList"><h2 class="text-module__text__0GDob">Suggested Topics:</h2>
<ul>${links(rtTopics, 'tags-module__tag__3uQm4')}</ul></div>
</article>
<aside class="regular-article-layout-module__rail__9qfD4" data-testid="ReadNext"><h2>Read Next</h2><ul>${links(rtNext, 'story-card-module__card__3Ryx8')}</ul>
<div class="ad-slot-module__container__8i9pq" data-testid="AdSlot"><span class="ad-slot-module__label__3hs1g">Advertisement · Scroll to continue</span>
</div></aside>
</main>
<footer class="site-footer-module__footer__1s2Ex" data-testid="SiteFooter"><ul>${links(rtFoot, 'site-footer-module__item__1Mz1p')}</ul>
<p>${rtCopy}</p><p>${rtRights}</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${rtCookie[0]}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${rtCookie[1]}</button>
<button id="onetrust-pc-btn-handler">${rtCookie[2]}</button></div></div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.globalContent={"type":"story","canonical_website":"reuters"};</script>
<script src="/pf/dist/engine/react.js?d=1918" defer></script></body></html>`;
const reutersStory: TestPage = {
  html: rtHtml,
  name: 'heldout107-reuters-news',
  kind: 'news',
  // the dateline opening the first paragraph is a byline and that paragraph's body text starts after it; the sign-off
  // ("Reporting by ...; Editing by ...") is a byline; the newsletter promo inside the body and "Our Standards" are furniture
  title: rtTitle,
  headings: [],
  body: texts(rtP),
  bylines: [rtDateline, 'By Tove Halvorsen', '3 minute read', 'November 12, 2025', '10:05 AM GMT+1', 'Updated 2 hours ago', rtSignoff],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...rtNav, 'Register', 'My News', 'Europe', 'Share', 'Save', 'Item 1 of 2', rtCaption, 'Purchase Licensing Rights',
    'opens new tab', rtPromo, rtStd, 'Suggested Topics:', 'Currencies', 'Interest Rates', 'Read Next', ...rtNext,
    'Advertisement · Scroll to continue', ...rtFoot, rtCopy, rtRights, ...rtCookie,
  ],
};

export const HELDOUT107_B: readonly TestPage[] = [reutersStory, aljazeeraStory];
