import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout313-kit.js';

/**
 * Held-out batch 313, file e: an aircraft type page on a Fandom wiki (FandomDesktop skin: global navigation, community
 * header, page header with categories, a portable infobox, table of contents, edit links, categories, the right rail and
 * the Fandom footer, with the tracking opt-in dialog) and an airline's review listing on an airline review site built on
 * WordPress (several reviews, each with its headline, reviewer line, verification label and rating table; the rating
 * summary sidebar, "Write a review" calls, pagination and footer): a listing whose reviews are the body.
 */
const fTitle = 'Tarvik T-78';
const fLead = [
  j(
    'The <b>Tarvik T-78</b> is a twin-engined regional turboprop airliner developed by Tarvik Aircraft of Brannock. It seats',
    'between 68 and 76 passengers and is designed for short sectors from small airfields. The type first flew in 2025 and is',
    'expected to enter service with Aeralis in 2028.',
  ),
];
const fH = ['Development', 'Design', 'Variants', 'Operators', 'Trivia'];
const fDev = [
  j(
    'Tarvik began studying a successor to its T-46 in 2019, after airlines asked for an aircraft with more seats, lower fuel',
    'burn and better short-field performance. The programme was formally launched at the Ostervik Air Show in 2021 with a',
    'launch order from Skerrow Air for eight aircraft.',
  ),
  j(
    'The first prototype, VS-XTA, flew from Brannock on 14 May 2025. A second prototype joined the test programme that autumn,',
    'concentrating on icing trials and noise measurements. Certification is planned for the end of 2027.',
  ),
];
const fDes = [
  j(
    'The T-78 has a high wing with a slightly longer span than the T-46 and a T-tail. Its six-bladed composite propellers turn',
    'more slowly than earlier designs, which reduces cabin and community noise. The cockpit shares much of its avionics with',
    'Tarvik’s business jets, so pilots can move between the types with a short differences course.',
  ),
  j(
    'Unusually for a turboprop of its size, the cabin has overhead bins large enough for standard wheeled cabin bags, a feature',
    'airlines had requested to speed up boarding on short flights.',
  ),
];
const fVar = [
  '<b>T-78-100</b>: the baseline passenger version with 72 seats.',
  '<b>T-78-200</b>: a stretched version with up to 80 seats, proposed for 2030.',
  '<b>T-78F</b>: a freighter conversion studied with Halberd Line for island cargo routes.',
];
const fOps = ['Aeralis (12 on order)', 'Skerrow Air (8 on order)', 'Kestrel Bay Air Ambulance (2 on order)'];
const fTriv = [
  j(
    'The prototype’s grey and orange test colours were chosen by a vote among Tarvik employees. Spotters nicknamed the aircraft',
    '“the Tangerine” within a week of its first flight.',
  ),
  'A scale model of the T-78 hangs in the departure hall at Vessmark Central, painted in the livery Aeralis chose for the type.',
];
const fInfo = [
  ['Role', 'Regional airliner'],
  ['Manufacturer', 'Tarvik Aircraft Company'],
  ['First flight', '14 May 2025 (VS-XTA)'],
  ['Status', 'In flight testing'],
];
const fCats = ['Turboprops', 'Tarvik aircraft', 'Regional airliners'];
const fPopular = ['Tarvik T-46', 'Aeralis (airline)', 'Vessmark Central Airport', 'List of regional airliners'];
const fHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${fTitle} | Aerodex Wiki | Fandom</title>
<meta name="description" content="The Tarvik T-78 is a twin-engined regional turboprop airliner developed by Tarvik Aircraft.">
<meta property="og:site_name" content="Aerodex Wiki"><link rel="canonical" href="https://aerodex.fandom.example/wiki/Tarvik_T-78">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${fTitle}","url":"https://aerodex.fandom.example/wiki/Tarvik_T-78",
"author":{"@type":"Organization","name":"Aerodex Wiki Community"}}</script>
<script>var fandomContext = {"site":{"wikiId":2210877,"skin":"fandomdesktop"}};RLCONF={"wgPageName":"Tarvik_T-78","wgNamespaceNumber":0};</script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tarvik_T-78 rootpage-Tarvik_T-78 skin-fandomdesktop action-view">
<div class="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.example">Fandom</a><nav class="global-navigation__nav">
${['Games', 'Movies', 'TV', 'Video', 'Wikis'].map((t) => `<a class="global-navigation__link" href="#">${t}</a>`).join('\n')}</nav>
<a class="global-navigation__start-wiki" href="#">Start a Wiki</a><a class="global-navigation__signin" href="#">Sign In</a></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/wiki/Aerodex_Wiki">Aerodex Wiki</a>
<nav class="fandom-community-header__local-navigation">
<ul class="wds-tabs">${links(['Explore', 'Aircraft types', 'Airlines', 'Airports', 'Community'], 'wds-tabs__tab')}</ul>
</nav></header></div><div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader">
<div class="page-header__top"><div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${fCats.map((c) => `<a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a>`).join(', ')}</div></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fTitle}</span></h1>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button" href="?action=edit">Edit</a></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title">
Tarvik T-78 data</h2>
${fInfo
  .map(
    ([k, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color"><h3 class="pi-data-label pi-secondary-font">${k}</h3>
<div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</aside>
${ps(fLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
</div>
<ul>${fH
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}">
<a href="#${h}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<h2><span class="mw-headline" id="Development">Development</span><span class="mw-editsection"><a href="?action=edit&amp;section=1">edit</a></span></h2>
${ps(fDev)}
<figure class="thumb tright show-info-icon"><img src="https://static.wikia.example/aerodex/images/xta.jpg" alt="VS-XTA" width="250">
<figcaption class="thumbcaption">The first prototype, VS-XTA, during taxi trials at Brannock.</figcaption></figure>
<h2><span class="mw-headline" id="Design">Design</span><span class="mw-editsection"><a href="?action=edit&amp;section=2">edit</a></span></h2>
${ps(fDes)}
<h2><span class="mw-headline" id="Variants">Variants</span><span class="mw-editsection"><a href="?action=edit&amp;section=3">edit</a></span></h2>
<ul>${fVar.map((v) => `<li>${v}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="Operators">Operators</span><span class="mw-editsection"><a href="?action=edit&amp;section=4">edit</a></span></h2>
<ul>${lis(fOps)}</ul>
<h2><span class="mw-headline" id="Trivia">Trivia</span><span class="mw-editsection"><a href="?action=edit&amp;section=5">edit</a></span></h2>
${ps(fTriv)}
</div></div><div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories">
<span class="wds-dropdown__toggle">Categories</span><ul>${links(fCats)}</ul></div></div>
<div class="license-description">Community content is available under <a href="/wiki/Licensing">CC-BY-SA</a> unless otherwise noted.</div></div></div></main>
<aside class="page__right-rail"><div class="rail-module recent-wiki-activity"><h2 class="rail-module__header">Popular pages</h2>
<ul>${links(fPopular)}</ul></div><div class="ad-slot-placeholder top-boxad"><span class="ad-label">Advertisement</span></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><h2 class="global-footer__section-header">Explore properties</h2>
<ul>${links(['Fandom', 'Muthead', 'Fanatical'])}</ul><h2 class="global-footer__section-header">Overview</h2>
<ul>${links(['What is Fandom?', 'About', 'Careers', 'Press', 'Terms of Use', 'Privacy Policy'])}</ul>
<div class="global-footer__bottom">Aerodex Wiki is a Fandom Lifestyle Community.</div></div></footer>
<div class="tracking-opt-in-overlay"><div class="tracking-opt-in"><h2 class="tracking-opt-in__heading">We Care About Your Privacy</h2>
<p>We and our partners use technologies, such as cookies, and process personal data to improve experiences and measure audiences.</p>
<button class="tracking-opt-in__accept">ACCEPT</button><button class="tracking-opt-in__learn-more">LEARN MORE</button></div></div>
<script src="https://static.wikia.example/fandomdesktop/main.js"></script></body></html>`;
const wiki: TestPage = {
  name: 'heldout313-fandom-aircraft-type-wiki',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fLead, ...fDev, ...fDes, ...fVar, ...fOps, ...fTriv]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fandom', 'Games', 'Movies', 'Video', 'Wikis', 'Start a Wiki', 'Sign In', 'Aerodex Wiki', 'Explore', 'Aircraft types', 'Airlines', 'Airports', 'Community',
    'in:', ...fCats, 'Edit', 'Tarvik T-78 data', ...fInfo.flat(), 'Contents', 'The first prototype, VS-XTA, during taxi trials at Brannock.', 'Categories',
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Popular pages', ...fPopular, 'Advertisement', 'Explore properties',
    'Muthead', 'Fanatical', 'Overview', 'What is Fandom?', 'About', 'Careers', 'Press', 'Terms of Use', 'Privacy Policy',
    'Aerodex Wiki is a Fandom Lifestyle Community.', 'We Care About Your Privacy',
    'We and our partners use technologies, such as cookies, and process personal data to improve experiences and measure audiences.', 'ACCEPT',
    'LEARN MORE',
  ],
};

const rTitle = 'Aeralis Customer Reviews';
const reviews = [
  {
    head: '“the crew made the difference”',
    name: 'M Lindqvist',
    from: '(Vessmark)',
    date: '11th March 2026',
    verified: '✅ Trip Verified',
    text: [
      j(
        'Took the morning flight from Vessmark down to Port Calloway. We were delayed by 35 minutes because of the incoming aircraft,',
        'but the gate agent announced it early and kept us informed. On board the cabin crew handed out water and apologised again.',
      ),
      j(
        'The seats on the T-46 are narrow and the legroom is tight for anyone tall, but for a flight of under an hour and a half',
        'it was fine. Coffee and a cinnamon bun were included. Bags were on the belt ten minutes after landing.',
      ),
    ],
    rows: [
      ['Type Of Traveller', 'Business'],
      ['Seat Type', 'Economy Class'],
      ['Route', 'Vessmark to Port Calloway'],
      ['Recommended', 'yes'],
    ],
  },
  {
    head: '“rebooking was a nightmare”',
    name: 'Peter Orsolya',
    from: '(Kestrel Bay)',
    date: '2nd March 2026',
    verified: 'Not Verified',
    text: [
      j(
        'Our flight to Hollin was cancelled because of high winds, which I understand, but the rebooking process was poor. The app',
        'offered a flight two days later and the phone line had a wait of more than an hour.',
      ),
      j(
        'In the end an agent at the transfer desk found us seats on the evening flight the next day and a hotel voucher. The hotel',
        'was good. I would fly Aeralis again because there is no real alternative to the islands, but they need more staff when',
        'the weather turns.',
      ),
    ],
    rows: [
      ['Type Of Traveller', 'Family Leisure'],
      ['Seat Type', 'Economy Class'],
      ['Route', 'Kestrel Bay to Hollin'],
      ['Recommended', 'no'],
    ],
  },
  {
    head: '“reliable island lifeline”',
    name: 'Aino Bergfeld',
    from: '(Greyness)',
    date: '23rd February 2026',
    verified: '✅ Trip Verified',
    text: [
      j(
        'I fly between Greyness and Vessmark every month for hospital appointments. In two years I have had one cancellation. The',
        'crews know the regulars and will help with a wheelchair without being asked twice. The booking website is slow on a phone',
        'and the seat map does not always load, but the service itself is excellent.',
      ),
      j(
        'On my last trip the flight was full and my bag had to go in the hold at the steps of the aircraft. It was waiting for me',
        'on arrival, dry, with a label saying which row I had sat in. Small touches like that are why I keep recommending them.',
      ),
    ],
    rows: [
      ['Type Of Traveller', 'Solo Leisure'],
      ['Seat Type', 'Economy Class'],
      ['Route', 'Greyness to Vessmark'],
      ['Recommended', 'yes'],
    ],
  },
];
const rNav = ['Airline Reviews', 'Airport Reviews', 'Seat Reviews', 'Lounge Reviews', 'Write a Review'];
const rSide = ['Seat Comfort', 'Cabin Staff Service', 'Food & Beverages', 'Ground Service', 'Value For Money'];
const review = (r: (typeof reviews)[number], i: number): string => `<article itemprop="review" itemscope itemtype="http://schema.org/Review"
class="comp comp_media-review-rated list-item media position-content review-${90412 - i}"><div class="body" id="anchor${90412 - i}">
<div class="rating-10" itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating">
<span itemprop="ratingValue">${[8, 3, 9][i]}</span>/<span>10</span></div>
<h2 class="text_header">${r.head}</h2><h3 class="text_sub_header userStatusWrapper"><span itemprop="author" itemscope itemtype="http://schema.org/Person">
<span itemprop="name">${r.name}</span></span> ${r.from} <time itemprop="datePublished" datetime="2026-03-11">${r.date}</time></h3>
<div class="tc_mobile"><div class="text_content" itemprop="reviewBody"><p class="verify"><strong><a href="/verified-reviews">${r.verified}</a></strong></p>
${ps(r.text)}</div>
<table class="review-ratings"><tbody>${r.rows
  .map(
    ([k, v]) => `<tr><td class="review-rating-header ${(k ?? '').toLowerCase().replace(/ /g, '_')}">${k}</td>
<td class="review-value">${v}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></article>`;
const rHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Aeralis Reviews | Read Customer Service Reviews | Flightline Ratings</title>
<meta name="description" content="Read independent traveller reviews of Aeralis.">
<link rel="canonical" href="https://www.flightlineratings.example/airline-reviews/aeralis">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Airline","name":"Aeralis","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"7","bestRating":"10","reviewCount":"214"}}</script>
<link rel="stylesheet" href="/wp-content/themes/flightline/css/style.css"><script>var ajaxurl = "/wp-admin/admin-ajax.php";</script></head>
<body class="page-template page-template-airline-reviews"><header class="header"><a class="logo" href="/">Flightline Ratings</a>
<nav class="main-nav"><ul>${links(rNav, 'menu-item')}</ul></nav></header>
<div class="wrapper"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/airline-reviews">Airline Reviews</a> › <span>Aeralis</span></div>
<section class="layout-section layout-2 closer-top"><div class="col-content"><h1 itemprop="name">${rTitle}</h1>
<div class="review-count"><span itemprop="reviewCount">214</span> reviews</div>
<div class="pagination-total">1 to 3 of 214 Reviews</div>
<article class="comp comp_reviews-airline querylist position-content">${reviews.map(review).join('\n')}</article>
<article class="comp comp_reviews-pagination querylist-pagination position-content"><ul>${links(['1', '2', '3', '>>'])}</ul></article></div>
<div class="col-sidebar"><div class="review-info"><h4>Aeralis Ratings</h4><div class="rating-10 rating-large">7<span>/10</span></div>
<table class="review-ratings">${rSide
  .map(
    (s) => `<tr><td class="review-rating-header">${s}</td>
<td class="review-rating-stars stars"></td></tr>`,
  )
  .join('\n')}</table>
<a class="button-write" href="/write-a-review">Write a review</a></div>
<div class="promo-box"><span class="advert-label">Advertisement</span><p>Compare fares to the Skerrow Islands</p></div></div></section></div>
<footer class="footer"><ul>${links(['About us', 'Contact', 'Privacy policy', 'Cookie policy'])}</ul><p>© 2026 Flightline Ratings Ltd. All rights reserved.</p>
</footer>
<div id="cookie-notice" role="dialog"><span id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website.</span>
<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a><a href="/privacy" class="cn-privacy-policy-link">Privacy policy</a></div>
<script src="/wp-content/themes/flightline/js/main.js"></script></body></html>`;
const reviewSite: TestPage = {
  name: 'heldout313-flightline-airline-reviews-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: reviews.map((r) => r.head),
  body: texts(reviews.flatMap((r) => r.text)),
  bylines: reviews.flatMap((r) => [r.name, r.from, r.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Flightline Ratings', ...rNav, 'Home', '214 reviews', '1 to 3 of 214 Reviews', '✅ Trip Verified', 'Not Verified',
    ...new Set(reviews.flatMap((r) => r.rows.flat()).filter((t) => t.length > 2)), 
    'Aeralis Ratings', ...rSide, 'Write a review', 'Advertisement', 'Compare fares to the Skerrow Islands',
    'About us', 'Contact', 'Privacy policy', 'Cookie policy', '© 2026 Flightline Ratings Ltd. All rights reserved.',
    'We use cookies to ensure that we give you the best experience on our website.',
  ],
};

export const HELDOUT313_E: readonly TestPage[] = [wiki, reviewSite];
