import { links, type TestPage, texts } from './page-kit.js';
import { rappler } from './pages-heldout153-c2.js';

/**
 * Held-out batch 153, file c: a Nikkei Asia news story (the header with its section menu, "Subscribe" and "Log in", the topic
 * breadcrumb over the headline, the subtitle, the upper-case byline with "Nikkei staff writer" and the JST timestamp, the
 * share tools with "Save" and "Print", the lead photo whose credit sits in brackets at the end of the caption, the
 * "HANOI --" dateline opening the first paragraph, a mid-text ad slot, the "Read Next" list, the "Most read" ranking, the
 * newsletter promo and the footer) and, from file c2, a Rappler news story.
 */
const nkTitle = 'Vietnam battery maker Lotus Cell to build $400m plant near Haiphong';
const nkSub = 'Company aims to supply scooter and bus makers as cities prepare to curb gasoline motorbikes';
const nkP1 = [
  'HANOI -- Vietnamese battery maker Lotus Cell plans to invest $400 million in a lithium-ion cell plant near the northern port city ' +
    'of Haiphong, betting that a push to replace gasoline scooters will create a large domestic market for electric two-wheelers.',
  'The plant, to be built in two phases on a 35-hectare site in the Cat Hai Riverside industrial zone, will have an annual capacity ' +
    'of 4 gigawatt-hours when the first phase is completed in 2027, the company said on Tuesday. A second phase would double that ' +
    'by 2029.',
  'Chief Executive Pham Quoc Bao said the company had signed supply agreements with two domestic scooter makers and was in talks ' +
    'with a bus manufacturer. "We want Vietnamese vehicles to run on cells made in Vietnam," he told Nikkei Asia.',
  'Officials in Hanoi and Ho Chi Minh City have discussed restricting gasoline motorbikes in central districts before the end of the ' +
    'decade, and the government is preparing incentives for buyers of electric models. Vietnam has more than 70 million ' +
    'registered motorcycles, one of the highest rates of ownership in the world.',
];
const nkP2 = [
  'Founded in 2019 as a battery pack assembler, Lotus Cell currently imports cells and assembles them into packs at a factory in ' +
    'Bac Ninh province. The company says the new plant would make it the country’s first large-scale cell producer that is not ' +
    'owned by a foreign group.',
  'The project will be financed through a mix of bank loans and equity. Bao said a Singapore-based fund, Meranti Growth Partners, ' +
    'had agreed to take a minority stake, without disclosing its size.',
  'Analysts said competition from imported cells would be the biggest challenge. "Large foreign producers can sell cells below ' +
    'the cost of a new entrant for years," said Le Thi Kim, an analyst at Saigon Equity Research. "Lotus Cell will need its ' +
    'domestic customers to stay loyal while it learns to make cells at scale."',
  'The company said it would hire about 1,200 workers for the first phase and was in talks with two technical universities on ' +
    'training programs for production technicians.',
];
const nkNav = ['Latest', 'Business', 'Tech', 'Politics', 'Economy', 'Markets', 'Opinion', 'Life & Arts', 'Spotlight'];
const nkTopics = ['Business', 'Automobiles', 'Vietnam'];
const nkCaption = 'Lotus Cell assembles battery packs for electric scooters at its factory in Bac Ninh province. (Photo courtesy of Lotus Cell)';
const nkTools = ['Share', 'Save', 'Print', 'Gift article'];
const nkNext = [
  'Thailand’s EV makers face price war as subsidies shrink',
  'Indonesia nickel smelters turn to battery-grade output',
  'Vietnam electric scooter sales jump 40% on city incentives',
];
const nkMost = [
  'Japan’s megabanks lift profit forecasts on higher rates',
  'Malaysia data center boom strains power grid',
  'Taiwan chipmakers race to secure water for new fabs',
  'India’s Adani Solar weighs US listing',
  'Philippine peso hits three-month high',
];
const nkNews = ['Sign up to our newsletters to get our best stories delivered straight to your inbox.', 'Sign up'];
const nkFoot = ['About us', 'Contact us', 'Help', 'Advertise', 'Terms of use', 'Privacy policy', 'Cookie policy', 'Sitemap'];
const nkCopy = 'Nikkei Inc. No reproduction without permission.';
const nkPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vietnam battery maker Lotus Cell to build $400m plant near Haiphong - Nikkei Asia</title><meta name="description" content="${nkSub}">
<meta property="og:site_name" content="Nikkei Asia"><meta property="og:type" content="article"><meta property="og:title" content="${nkTitle}">
<meta name="cXenseParse:pageclass" content="article"><meta name="cXenseParse:nkasia-section" content="Business">
<meta property="article:published_time" content="2025-03-04T09:04:00+00:00"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://asia.nikkei.com/Business/Automobiles/Vietnam-battery-maker-Lotus-Cell-to-build-400m-plant-near-Haiphong">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nkTitle}","description":"${nkSub}",
"datePublished":"2025-03-04T09:04:00+00:00","author":[{"@type":"Person","name":"Huong Tran"}],"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".ezrichtext-field"},
"publisher":{"@type":"Organization","name":"Nikkei Asia"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleId":"a4c1f0e8","contentTier":"premium","section":"Business"});</script>
<link rel="stylesheet" href="/static/css/main.8c2d1f.css"></head>
<body class="page-article"><div id="__next"><div class="layout">
<header class="site-header"><div class="site-header__top"><a href="/" class="site-header__logo">
<img src="/static/img/nikkei-asia-logo.svg" alt="Nikkei Asia"></a>
<div class="site-header__account"><a class="button button--subscribe" href="/subscribe">Subscribe</a>
<a class="button button--login" href="/login">Log in</a></div></div>
<nav class="site-header__nav" aria-label="Sections"><ul class="nav-list">${links(nkNav, 'nav-list__item')}</ul></nav></header>
<main class="layout__main"><div class="article-layout"><article class="article" data-article-id="a4c1f0e8">
<div class="article-header"><ul class="article-header__topics breadcrumb">${nkTopics
  .map((t) => `<li class="breadcrumb__item"><a href="/${t}">${t}</a></li>`)
  .join('')}</ul>
<h1 class="article-header__title">${nkTitle}</h1><p class="article-header__sub-title">${nkSub}</p></div>
<div class="article__details"><div class="article__byline"><a href="/Editor-s-Picks/author/Huong-Tran">HUONG TRAN</a>, Nikkei staff writer</div>
<div class="article__timestamp"><time datetime="2025-03-04T09:04:00Z">March 4, 2025 18:04 JST</time></div>
<ul class="article__tools">${nkTools
  .map(
    (t) => `<li><button class="article__tool article__tool--${t.split(' ')[0]?.toLowerCase()}">${t}</button>
</li>`,
  )
  .join('')}</ul></div>
<figure class="article__image"><img src="https://www.ft.example/__origami/service/image/v2/images/raw/lotus-cell.jpg" alt="">
<figcaption class="article__caption">${nkCaption}</figcaption></figure>
<div class="ezrichtext-field article__body">
${nkPs(nkP1)}
<div class="ad ad--in-article" data-ad-position="inread"><span class="ad__label">Advertisement</span><div id="gpt-inread-1"></div></div>
${nkPs(nkP2)}
</div></article>
<section class="read-next"><h2 class="read-next__title">Read Next</h2><ul class="read-next__list">${nkNext
  .map((t, i) => `<li class="read-next__item"><a href="/Business/next-${i}"><h3>${t}</h3></a></li>`)
  .join('')}</ul></section>
<aside class="article-layout__side"><section class="most-read"><h2 class="most-read__title">Most read</h2><ol>${nkMost
  .map((t, i) => `<li class="most-read__item"><span class="most-read__rank">${i + 1}</span><a href="/most-${i}">${t}</a></li>`)
  .join('\n')}</ol></section>
<section class="newsletter-promo"><h3 class="newsletter-promo__title">Nikkei Asia Newsletters</h3><p>${nkNews[0]}</p>
<a class="button" href="/newsletters">${nkNews[1]}</a></section></aside></div></main>
<footer class="site-footer"><ul class="site-footer__links">${links(nkFoot, 'site-footer__item')}</ul><p class="site-footer__copyright">${nkCopy}</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"a4c1f0e8"}},"page":"/article"}</script>
<script src="/_next/static/chunks/main-2b7e.js" defer></script></body></html>`;
const nikkeiAsia: TestPage = {
  html: nkHtml,
  name: 'heldout153-nikkei-asia-news',
  kind: 'news',
  // the subtitle is a dek: body; the "HANOI --" dateline is part of the first paragraph (body); the topic breadcrumb
  // ("Business" is also a menu item), tools, caption, ad label, rails, newsletter promo and footer are furniture
  title: nkTitle,
  headings: [],
  body: [nkSub, ...texts(nkP1), ...texts(nkP2)],
  bylines: ['HUONG TRAN, Nikkei staff writer', 'March 4, 2025 18:04 JST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...nkNav, 'Automobiles', 'Vietnam', ...nkTools, nkCaption, 'Advertisement', 'Read Next', ...nkNext, 'Most read', ...nkMost,
    'Nikkei Asia Newsletters', ...nkNews, ...nkFoot, nkCopy,
  ],
};

export const HELDOUT153_C: readonly TestPage[] = [nikkeiAsia, rappler];
