import { type TestPage, texts } from './page-kit.js';
import { bbcStory } from './pages-heldout95-a2.js';

/**
 * Held-out batch 95, file a: a Reuters story as reuters.com (the Fusion/Arc app) serves it today (skip link, the LSEG
 * strip, the section nav with "My News", "Sign In" and "Register", the section tags above the headline, "By ... and ..."
 * with the three-part date line, the "[1/2]" gallery with caption, credit and "Purchase Licensing Rights", paragraphs as
 * `div[data-testid=paragraph-N]` with the inline "(Reuters) -" dateline, a newsletter promo box and ad slots between them,
 * the "Reporting by ...; Editing by ..." sign-off, the Trust Principles line, suggested topics, author bio cards, "Read
 * Next", sponsored content, the OneTrust banner and the footer) and, from file a2, a BBC News story.
 */
const rtTitle = 'Tarsen dockworkers extend strike, stranding grain cargoes off the Ostrel coast';
const rtParas = [
  'VELMORA, Oct 2 (Reuters) - Dockworkers at Tarsen, the busiest grain port on the Ostrel coast, extended their strike into a second week on ' +
    'Thursday, leaving at least 40 bulk carriers waiting offshore and pushing up freight rates across the region, shipping agents said.',
  'The Ostrel Port Workers’ Union said its 3,200 members would stay off the job until the port authority withdrew a plan to move night shifts ' +
    'to remotely operated cranes, a proposal the union says would cut about 600 jobs over five years.',
  '“We are not against machines. We are against being told about them in a press release,” union secretary Idris Kaleva told reporters ' +
    'outside the main gate.',
  'The Tarsen Port Authority said in a statement that no jobs would be lost through layoffs and that the new cranes would be phased in as ' +
    'workers retired. It said it had offered to meet union leaders on Friday.',
  'Tarsen handles roughly a third of the region’s wheat and barley exports, most of it bound for buyers in North Africa and the Middle East. ' +
    'Traders said some cargoes were being diverted to the smaller port of Halvik, about 200 km (124 miles) to the south, where berths were ' +
    'already booked into November.',
  'Freight rates for Supramax vessels on the route rose 11% this week, according to shipbroker Lindqvist &amp; Mar, which said the backlog ' +
    'would take at least 10 days to clear even if work resumed immediately.',
  '“Every day of this strike is roughly two days of catch-up,” said Anneli Sorvo, a senior analyst at the brokerage. “Buyers who were ' +
    'counting on October loadings are already looking elsewhere.”',
  'The stoppage has also hit container traffic. Carrier Nordline said on Wednesday it would skip Tarsen on two of its weekly services and ' +
    'discharge cargo at Halvik and at Port Enna instead.',
  'The government, which owns 51% of the port authority, has so far declined to intervene. Transport Minister Petra Ojala said on Tuesday ' +
    'the dispute should be settled “between the parties”, but opposition lawmakers have called for an emergency debate in parliament.',
  'Farm groups warned that storage on inland farms was filling up as the harvest came in. The Ostrel Grain Growers’ Association said ' +
    'about 1.4 million tonnes of grain were waiting to move by rail to the coast.',
  'The last major stoppage at Tarsen, in 2019, lasted 16 days and ended with a pay deal brokered by a state mediator.',
];
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Commentary', 'Technology', 'Investigations', 'Sports', 'Science', 'More'];
const rtTags = ['World', 'Europe'];
const rtCaps = [
  '[1/2] Bulk carriers wait at anchor off the port of Tarsen, Ostrel, October 1, 2025. REUTERS/Elin Varg',
  '[2/2] Striking dockworkers gather outside the main gate of Tarsen port, Ostrel, September 29, 2025. REUTERS/Elin Varg',
];
const rtPromo = 'Get a quick look at the day’s biggest stories with the Reuters Daily Briefing newsletter. Sign up here.';
const rtSignOff = 'Reporting by Mikael Rautio in Velmora and Sara Lind in Halvik; Editing by Tom Ashcroft and Helen Barwick';
const rtTopics = ['Commodities', 'Grains', 'Shipping', 'Labour'];
const rtBios = [
  'Mikael Rautio covers ports, shipping and trade across the Ostrel region from Velmora.',
  'Sara Lind reports on agriculture and commodity markets from Halvik.',
];
// biome-ignore format: the rail titles and times are packed several to a line
const rtNext = [
  'Grain buyers turn to Black Sea cargoes as Ostrel delays mount', '3 hours ago',
  'Nordline cuts 2025 volume forecast on weaker Asia-Europe demand', '5 hours ago',
  'Explainer: Who owns Ostrel’s ports, and why it matters in the strike', 'October 1, 2025',
  'Rail freight operator Vastra to add grain wagons before winter', 'September 30, 2025',
];
// biome-ignore format: packed
const rtFoot = [
  'Latest', 'Home', 'Authors', 'Topic Sitemap', 'Archive', 'Article Sitemap', 'Apps', 'Newsletters', 'Advertise with Us',
  'Advertising Guidelines', 'Coupons', 'Cookies', 'Terms of Use', 'Privacy', 'Digital Accessibility', 'Corrections', 'Site Feedback',
];
const rtCookie =
  'We use cookies and similar technologies to run this site, to measure its use and to show you relevant advertising. You can change your ' +
  'choices at any time by selecting Cookie Settings at the bottom of any page.';
const rtLegal = 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.';
const rtCopy = '© 2025 Reuters. All rights reserved';
const cls = 'text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw body__large_body__FV5_X';
const rtPara = (t: string, i: number): string => `<div data-testid="paragraph-${i}" class="${cls} article-body__paragraph__2-BtD">${t}</div>`;
const rtAd = (n: number): string => `<div class="article-body__row__dFOPA"><div data-testid="ResponsiveAdSlot" class="responsive-ad__container__3cd3t
article-body__ad__1a2Bx"><div class="text__text__1FZLe text__inherit-color__3208F text__inherit-font__1Y8w3 text__small__1kGq2 ad-label">Advertisement · Scroll
to continue</div><div id="ad-mid-${n}" class="ad-slot__container__3D2Bm" data-ad-type="article_mid"></div></div></div>`;
const rtSlide = (cap: string, i: number): string => `<li class="carousel__slide__2gx9R" data-testid="CarouselSlide" aria-hidden="${i > 0}">
<figure class="carousel-slide__figure__3M7Q1"><div data-testid="Image" class="styles__image-container__3c2ZH"><img src="https://www.reuters.com/resizer/v2/
TARSEN${i}.jpg?auth=9f2&amp;width=1080&amp;quality=80" alt="${cap.replace(/^\[\d\/\d\] /, '').split('. REUTERS')[0]}" width="1080" height="720"></div>
<figcaption class="carousel-slide__caption__1TnZW"><span data-testid="Body" class="text__text__1FZLe text__inherit-color__3208F text__regular__2N1Xr
text__extra_small__1Mw6v">${cap}</span><a class="link__link__3tB1r" href="https://www.reutersagency.com/en/licensing/?story=TARSEN${i}" target="_blank"
rel="noopener noreferrer">Purchase Licensing Rights<span class="sr-only">, opens new tab</span></a></figcaption></figure></li>`;
const rtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tarsen dockworkers extend strike, stranding grain cargoes off the Ostrel coast | Reuters</title>
<meta name="description"
content="Dockworkers at Tarsen extended their strike into a second week on Thursday, leaving at least 40 bulk carriers waiting offshore.">
<meta property="og:title" content="${rtTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Reuters">
<meta name="article:published_time" content="2025-10-02T08:14:22Z"><meta name="article:modified_time" content="2025-10-02T11:40:05Z">
<meta name="analyticsAttributes.contentChannel" content="World"><meta name="analyticsAttributes.author" content="Mikael Rautio,Sara Lind">
<link rel="canonical" href="https://www.reuters.com/world/europe/tarsen-dockworkers-extend-strike-stranding-grain-cargoes-2025-10-02/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rtTitle}","dateline":"VELMORA",
"datePublished":"2025-10-02T08:14:22Z","dateModified":"2025-10-02T11:40:05Z","author":[{"@type":"Person","name":"Mikael Rautio"},
{"@type":"Person","name":"Sara Lind"}],"publisher":{"@type":"Organization","name":"Reuters"},"isAccessibleForFree":true}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.contextPath="/pf";Fusion.deployment="3172";</script>
<script src="https://www.reuters.com/pf/dist/engine/react.js?d=3172&amp;mxId=00000000" defer></script>
<link rel="stylesheet" href="https://www.reuters.com/pf/resources/styles/default.css?d=3172"></head>
<body><div id="fusion-app" class="fusion-app"><div class="regular-article-layout__container__3k9bD">
<a class="skip-link__skip__3sPz6" href="#main-content">Skip to main content</a>
<div class="lseg-banner__container__1XgQ1"><p class="text__text__1FZLe text__inherit-color__3208F text__small__1kGq2">Exclusive news, data and analytics
for financial market professionals</p><a href="https://www.lseg.com/en/data-analytics" class="lseg-banner__link__2V2hE">Learn more about LSEG</a></div>
<header class="site-header__container__2PS9X" data-testid="SiteHeader"><div class="site-header__logo__3Kq2Z"><a href="/" aria-label="Reuters home">
<svg viewBox="0 0 160 40" role="img"><title>Reuters</title></svg></a></div>
<nav class="site-header__nav__1wTNO" aria-label="Main navigation"><ul class="nav-bar__list__3kT2M">
${rtNav
  .map(
    (t) => `<li class="nav-bar__item__2Yq7o" data-testid="NavItem"><a class="nav-bar__link__3xq1H"
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="site-header__buttons__2fQx2"><a class="button__link__uTGln" href="/mynews/">My News</a>
<button class="search-bar__button__2tS2u" aria-label="Open search bar"><svg viewBox="0 0 24 24"></svg></button>
<a class="button__link__uTGln" href="/account/sign-in/">Sign In</a><a class="button__link__uTGln button__primary__2nL7x"
href="/account/register/">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tx6P"><article class="article__container__2KGDZ">
<div class="article__content__6hMn9"><header class="article-header__container__3rQF_"><nav aria-label="Tags" class="article-header__tags__2gH9c">
<ul>${rtTags.map((t) => `<li><a href="/world/${t.toLowerCase()}/" data-testid="Link">${t}</a></li>`).join('')}</ul></nav>
<div class="article-header__heading__15OpQ"><h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh
text__heading_3__1kDhc heading__base__2T28j heading__heading_3__3aL54">${rtTitle}</h1></div>
<div class="article-header__toolbar__3BLMP"><div class="info-content__author-date__1Epi_"><div data-testid="AuthorByline"
class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2">By <a href="/authors/mikael-rautio/"
data-testid="AuthorNameLink">Mikael Rautio</a> and <a href="/authors/sara-lind/" data-testid="AuthorNameLink">Sara Lind</a></div>
<time datetime="2025-10-02T08:14:22Z" class="text__text__1FZLe text__inherit-color__3208F text__regular__2N1Xr text__extra_small__1Mw6v">
<span class="date-line__date__23Ge-">October 2, 2025</span><span class="date-line__date__23Ge-">9:14 AM GMT+1</span>
<span class="date-line__date__23Ge-">Updated 2 hours ago</span></time></div>
<div class="article-header__share__2r1GW" data-testid="ShareButton"><button aria-haspopup="true" class="share-button__button__1FZ9z">
<svg viewBox="0 0 24 24"></svg><span class="sr-only">Share</span></button></div></div></header>
<div class="article__main-media__3pDHK" data-testid="primary-gallery"><div class="carousel__container__2q8Ke" data-testid="Carousel">
<ul class="carousel__track__1yJb3">${rtCaps.map(rtSlide).join('\n')}</ul><div class="carousel__controls__2R5yQ"><button aria-label="Previous image"></button>
<span class="carousel__counter__2xN3c">Item 1 of 2</span><button aria-label="Next image"></button></div></div></div>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit" data-testid="ArticleBody">
${rtParas.slice(0, 4).map(rtPara).join('\n')}
<div data-testid="promo-box" class="article-body__row__dFOPA promo-box__container__3H0Bm"><div class="text__text__1FZLe text__regular__2N1Xr">
<p class="promo-box__text__1HhvX">${rtPromo}</p></div></div>
${rtParas
  .slice(4, 7)
  .map((t, i) => rtPara(t, i + 4))
  .join('\n')}
${rtAd(1)}
${rtParas
  .slice(7)
  .map((t, i) => rtPara(t, i + 7))
  .join('\n')}
<p data-testid="SignOffLine" class="${cls} sign-off__text__PU2Hq">${rtSignOff}</p>
</div>
<div class="article-body__trust__3l3Fz"><p class="text__text__1FZLe text__dark-grey__3Ml43 text__small__1kGq2">Our Standards: <a
href="https://www.thomsonreuters.com/en/about-us/trust-principles.html" target="_blank">The Thomson Reuters Trust Principles.<span
class="sr-only">, opens new tab</span></a></p></div>
<div class="tags-with-label__container__2fF0J"><span class="tags-with-label__label__2ZCYm">Suggested Topics:</span><ul>
${rtTopics.map((t) => `<li><a href="/business/${t.toLowerCase()}/" data-testid="Link">${t}</a></li>`).join('')}</ul></div>
<div class="article-body__licensing__2xN2B"><a class="button__link__uTGln button__secondary__18moI"
href="https://www.reutersagency.com/en/licensing/?story=TARSEN" target="_blank">Acquire Licensing Rights<span class="sr-only">, opens new tab</span></a></div>
<div class="author-bio__container__2C3d9" data-testid="AuthorBio">${rtBios
  .map(
    (b, i) => `<div class="author-bio__author__3ZpgO"><a href="/authors/${i}/" class="author-bio__name__1v9GW">${['Mikael Rautio', 'Sara Lind'][i]}</a>
<span class="author-bio__org__2kQnH">Thomson Reuters</span><p class="author-bio__description__2Jq2S">${b}</p></div>`,
  )
  .join('\n')}</div></div></div>
<aside class="article__rail__1bQ1f"><div data-testid="ResponsiveAdSlot" class="responsive-ad__container__3cd3t"><div class="ad-label">Advertisement · Scroll
to continue</div><div id="ad-rail-1"></div></div><section class="read-next__container__3S2fV" data-testid="ReadNext"><h2
class="text__text__1FZLe text__heading_6__1qUJ5">Read Next</h2><ul>
${[0, 2, 4, 6]
  .map((i) => `<li class="story-card__container__2x9D1"><a href="/world/${i}/" data-testid="Heading">${rtNext[i]}</a><time>${rtNext[i + 1]}</time></li>`)
  .join('\n')}</ul></section></aside></article>
<section class="sponsored-content__container__1P1mN" data-testid="SponsoredContent"><h2>Sponsored Content</h2><ul><li><a href="https://ads.example/1">
Why mid-size shippers are rethinking their port contracts</a><span>Sponsored by Harbourline Logistics</span></li></ul></section></main>
<footer class="site-footer__container__3V7Q2" data-testid="Footer"><nav aria-label="Footer navigation"><ul>
${rtFoot.map((t) => `<li><a href="/info-pages/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}
<li><button class="site-footer__cookie-settings__1x9Jk">Cookie Settings</button></li></ul></nav>
<p class="site-footer__legal__2Vb4N">${rtLegal}</p><p class="site-footer__copyright__3iN0d">${rtCopy}</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">${rtCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie
Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button
id="onetrust-accept-btn-handler">Accept All</button></div></div></div></div>
<script>window.__PRELOADED_STATE__={"article":{"id":"TARSEN","section":"World"},"ads":{"enabled":true}};</script></body></html>`;
const reuters: TestPage = {
  html: rtHtml,
  name: 'heldout95-reuters-news',
  kind: 'news',
  // the "VELMORA, Oct 2 (Reuters) -" dateline opens the first paragraph div and stays in the body; the sign-off is a byline;
  // the newsletter promo box between the paragraphs, the captions, ads, tags, topics, author bios and rails are furniture
  title: rtTitle,
  headings: [],
  body: texts(rtParas),
  bylines: ['By Mikael Rautio and Sara Lind', 'October 2, 2025', '9:14 AM GMT+1', 'Updated 2 hours ago', rtSignOff],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'Learn more about LSEG', ...rtNav, 'My News',
    'Sign In', 'Register', 'Europe', 'Share', ...rtCaps, 'Purchase Licensing Rights', 'Item 1 of 2', rtPromo, 'Advertisement · Scroll to continue',
    'Our Standards: The Thomson Reuters Trust Principles.', 'Suggested Topics:', ...rtTopics, 'Acquire Licensing Rights', 'Thomson Reuters', ...rtBios,
    'Read Next', ...rtNext, 'Sponsored Content', 'Why mid-size shippers are rethinking their port contracts', 'Sponsored by Harbourline Logistics',
    ...rtFoot, 'Cookie Settings', rtLegal, rtCopy, rtCookie, 'Reject All', 'Accept All',
  ])],
};

export const HELDOUT95_A: readonly TestPage[] = [reuters, bbcStory];
