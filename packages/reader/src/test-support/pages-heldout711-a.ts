import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout711-kit.js';

/**
 * Held-out batch 711, file a: a car review in the motoring section of a UK broadsheet in the style of the Telegraph (Adobe
 * Experience Manager template with `e-headline`, `e-standfirst` and `e-byline`, a metered-paywall strip, an inline related
 * carousel, a newsletter promo inside the body and "The facts" box), and an airline safety story on an aviation news site running
 * WordPress with tagDiv's Newspaper theme (sub-title, views and comment counts, share buttons, "- Advertisement -" slots, a table,
 * tags, previous / next article, author box, related articles and comments).
 */
const tTitle = 'Harcourt Vesta Estate review: the sensible electric estate that finally goes the distance';
const tStand = j(
  'Harcourt’s first battery-powered estate has a proper boot, a fair price and, for once, a range figure you can get close to',
  'on the motorway',
);
const tIntro = [
  j(
    'There is a particular kind of driver Harcourt has in mind for the Vesta Estate. They have a dog, or two children, or both;',
    'they drive 15,000 miles a year, much of it on the M5; and they have been told for five years that an electric car will suit',
    'them perfectly, only to find that the ones with a big enough boot cost as much as a small house extension.',
  ),
  j(
    'The Vesta Estate is Harcourt’s answer, and it is a surprisingly good one. It costs from £39,995, which undercuts most of its',
    'obvious rivals by a few thousand pounds, and the Long Range version we drove claims 362 miles on a charge.',
  ),
];
const tSecs: [string, string[]][] = [
  [
    'What is it?',
    [
      j(
        'Essentially, a Vesta hatchback with 18cm more metal behind the rear wheels. Harcourt built the original car on its own',
        'platform at the Eastwick plant near Coventry, and the estate is made on the same line. The battery, motors and most of the',
        'cabin are carried over unchanged, which is no bad thing: the hatchback was one of the better electric cars of last year.',
      ),
      j(
        'There are two versions. The Standard Range has a 64kWh battery and a 201bhp motor driving the rear wheels; the Long Range',
        'gets an 82kWh battery and the same motor, and a Dual Motor all-wheel-drive model arrives in the summer.',
      ),
    ],
  ],
  [
    'What’s it like to drive?',
    [
      j(
        'Calm, mostly. The Vesta has never been a sports car, and the extra 70kg of the estate body has not made it one. But the',
        'steering is accurate and nicely weighted, and the ride on the Sport model’s 19in wheels is firm without being harsh. Only',
        'on the broken surfaces around Tewkesbury did it start to fidget.',
      ),
      j(
        'It is quiet, too. At 70mph there is a little wind noise from the door mirrors and some tyre roar on coarse concrete, but',
        'nothing that makes you turn the radio up. The one-pedal mode is well judged, and the brake pedal feels natural when you',
        'do need it, which is not true of every electric car.',
      ),
    ],
  ],
  [
    'How far will it go?',
    [
      j(
        'This is where the Vesta impresses. On a 210-mile loop of motorway and A-roads in cold, damp weather, with the heat pump',
        'working hard, the car used 3.6 miles per kWh. That works out at a real-world range of about 290 miles, or roughly 80 per',
        'cent of the official figure, which is better than most of its rivals manage in winter.',
      ),
      j(
        'Charging peaks at 175kW, and a 10 to 80 per cent top-up took 29 minutes on a busy hub near Gloucester. At home, a full charge',
        'on a 7kW wallbox takes just under 13 hours.',
      ),
    ],
  ],
  [
    'Is it practical?',
    [
      j(
        'Very. The boot holds 610 litres with the seats up and 1,640 litres with them folded, and the floor is flat and low. There is',
        'a further 48 litres under it for the charging cables, and a small front boot that is just big enough for a pair of wellies.',
      ),
      j(
        'Rear passengers get plenty of knee room, though the floor is a little high, as it is in most electric cars, and tall adults',
        'will find their knees slightly raised on a long trip.',
      ),
    ],
  ],
  [
    'Verdict',
    [
      j(
        'The Vesta Estate is not exciting, and Harcourt does not pretend it is. What it does is take the things that make an estate',
        'car useful and combine them with a range you can rely on, at a price that is, by the standards of the class, reasonable.',
        'For a great many families, that will be exactly enough.',
      ),
    ],
  ],
];
const tFacts = [
  '<strong>On test:</strong> Harcourt Vesta Estate Long Range Sport',
  '<strong>Price:</strong> £46,850 (range from £39,995). On sale now, first deliveries in May',
  '<strong>Powertrain:</strong> 82kWh battery, single electric motor, rear-wheel drive',
  '<strong>Performance:</strong> 201bhp, 0-62mph in 7.4sec, top speed 112mph',
  '<strong>Range:</strong> 362 miles (WLTP); 290 miles on test',
  '<strong>Charging:</strong> 10 to 80 per cent in 29min at up to 175kW',
  '<strong>Verdict:</strong> Eight out of ten',
];
const tRivals = [
  '<strong>Orsini Tavola Touring Long Range, from £48,300</strong>',
  j('Better to drive and more stylish inside, but its boot is 90 litres smaller, and it is some way short of the Harcourt’s range', 'in cold weather.'),
];
const tNav = ['News', 'Sport', 'Money', 'Business', 'Opinion', 'Travel', 'Health', 'Lifestyle', 'Culture', 'Puzzles'];
const tSub = ['Advice', 'Reviews', 'Electric cars', 'Classic cars', 'Car insurance', 'Find a car'];
const tTopics = ['Electric cars', 'Car reviews', 'Family cars'];
const tCarousel = [
  'The electric cars that hold their value best, and the ones that do not',
  'Harcourt Vesta review: a British electric hatchback worth waiting for',
  'Why your electric car’s range drops in winter, and what to do about it',
];
const tMore = ['The best family cars of 2027', 'Do heat pumps really improve electric car range?', 'Car tax changes: what drivers need to know'];
const tFoot = [
  'About us',
  'Contact us',
  'Reader Prints',
  'Syndication and Commissioning',
  'Guidelines',
  'Privacy',
  'Terms and Conditions',
  'Modern Slavery',
  'Tax Strategy',
  'Manage cookies',
];
const tSec = ([h, paras]: [string, string[]]): string => `<h2 class="e-heading">${h}</h2>\n${ps(paras)}`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harcourt Vesta Estate review: sensible electric estate goes the distance</title>
<meta name="description" content="Harcourt’s first battery-powered estate has a proper boot, a fair price and a range figure you can get close to">
<meta name="tmgads.channel" content="cars"><meta name="tmgads.section" content="cars/reviews"><meta name="DCSext.articleFirstPublished" content="2027-03-04">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Sentinel"><meta property="og:title" content="${tTitle}">
<meta property="og:image" content="https://www.sentinel.co.uk/content/dam/cars/2027/03/03/vesta-estate-lead.jpg">
<meta property="article:section" content="Cars"><meta name="twitter:site" content="@SentinelCars">
<link rel="canonical" href="https://www.sentinel.co.uk/cars/reviews/harcourt-vesta-estate-review-electric/">
<link rel="stylesheet" href="/etc.clientlibs/sentinel/clientlibs/clientlib-article.min.7f2c91.css" type="text/css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2027-03-04T06:00:00Z",
"author":[{"@type":"Person","name":"Alasdair Penrose","jobTitle":"Motoring Editor"}],"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".articleBodyText"},
"publisher":{"@type":"Organization","name":"The Sentinel"}}</script>
<script>window.tmg = window.tmg || {}; tmg.pageData = {"pageType":"article",
"section":"cars","subSection":"reviews","premium":false,"meter":{"limit":3}};</script>
<script src="/etc.clientlibs/sentinel/clientlibs/clientlib-article.min.0b84e2.js" defer></script></head>
<body class="tpl-article tpl-article--review section-cars">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-consent" role="dialog" aria-labelledby="consent-title"><h2 id="consent-title" class="cookie-consent__title">We value your privacy</h2>
<p class="cookie-consent__text">We and our partners use cookies to give you the best experience, to measure traffic and to show you relevant advertising.</p>
<button class="cookie-consent__accept" type="button">Accept all</button><button class="cookie-consent__options" type="button">Manage options</button></div>
<header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="/"><svg role="img" aria-label="The Sentinel"><title>The
Sentinel</title></svg></a><div class="site-header__actions"><a class="btn btn--subscribe" href="/customer/subscribe/">Subscribe now</a>
<a class="site-header__login" href="/customer/secure/login/">Log in</a></div></div>
<nav class="site-nav" aria-label="Main menu"><ul class="site-nav__list">${links(tNav, 'site-nav__item')}
<li class="site-nav__item site-nav__item--active"><a href="/cars/">Cars</a></li></ul></nav>
<nav class="sub-nav" aria-label="Cars"><ul class="sub-nav__list">${links(tSub, 'sub-nav__item')}</ul></nav></header>
<div class="meter-bar" role="region" aria-label="Subscription offer"><p class="meter-bar__text">You have read 2 of 3 free articles this month.</p>
<a class="meter-bar__cta" href="/customer/subscribe/?icid=meter">Subscribe for £1 a week</a></div>
<div class="advert advert--leaderboard"><span class="advert__label">Advertisement</span><div id="tmg-ad-top" class="tmg-ad"></div></div>
<main id="main-content" class="main"><article class="article article--review" itemscope itemtype="http://schema.org/NewsArticle">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/cars/">Cars</a></li>
<li class="breadcrumb__item"><a href="/cars/reviews/">Car reviews</a></li></ol></nav>
<header class="article-header"><div class="article-header__grid">
<h1 class="e-headline u-heading-1" itemprop="headline name">${tTitle}</h1>
<p class="e-standfirst u-heading-6" itemprop="description">${tStand}</p>
<div class="e-rating" aria-label="Rating"><span class="e-rating__stars" aria-hidden="true">★★★★☆</span><span class="u-visually-hidden">4 out of 5
stars</span></div>
<div class="article-header__meta"><div class="e-byline"><span class="e-byline__prefix">By</span> <span class="e-byline__author" itemprop="author"><a
class="e-byline__link" href="/authors/a/ak-ao/alasdair-penrose/">Alasdair Penrose</a></span>, <span class="e-byline__role">Motoring Editor</span></div>
<time class="e-published-date" itemprop="datePublished" datetime="2027-03-04T06:00Z">4 March 2027 • 6:00am</time></div>
<div class="e-social-bar"><button class="e-social-bar__gift" type="button">Gift this article free</button>
<button class="e-social-bar__share" type="button"><span class="u-visually-hidden">Share this article</span></button>
<button class="e-social-bar__save" type="button">Save</button><a class="e-social-bar__comments" href="#comments"><span
class="u-visually-hidden">Comments:</span>
142</a></div></div></header>
<figure class="lead-asset-image-container"><div class="lead-asset-image"><img src="/content/dam/cars/2027/03/03/vesta-estate-lead.jpg"
alt="A blue Harcourt Vesta Estate driving on a wet country road" width="1280" height="800"></div>
<figcaption class="e-caption"><span class="e-caption__text">The Vesta Estate is 18cm longer than the hatchback on which it is based</span>
<span class="e-caption__credit">Credit: Harcourt</span></figcaption></figure>
<div class="related-topics"><span class="related-topics__label">Related Topics</span><ul class="related-topics__list">${links(tTopics)}</ul></div>
<div class="articleBodyText section"><div class="article-body-text component version-2"><div class="component-content">
${ps(tIntro)}
</div></div>
<div class="related-articles-carousel component"><h3 class="related-articles-carousel__title">Related Articles</h3><ul>${links(tCarousel, 'card')}</ul></div>
<div class="article-body-text component version-2"><div class="component-content">
${tSec(tSecs[0] ?? ['', []])}
<div class="advert advert--mpu"><span class="advert__label">Advertisement</span></div>
${tSec(tSecs[1] ?? ['', []])}
<figure class="article-body-image-image"><img src="/content/dam/cars/2027/03/03/vesta-estate-boot.jpg" alt="The boot of the Vesta Estate" width="960"
height="640"><figcaption class="e-caption"><span class="e-caption__text">The boot holds 610 litres, and there is more room under the floor</span>
<span class="e-caption__credit">Credit: Jonty Fairbairn</span></figcaption></figure>
${tSec(tSecs[2] ?? ['', []])}
<div class="newsletter-promo component"><p class="newsletter-promo__title">Sign up to the Driving Seat newsletter</p>
<p class="newsletter-promo__text">The latest reviews, news and advice from our motoring team, every Saturday.</p>
<a class="newsletter-promo__cta" href="/newsletters/driving-seat/">Sign up</a></div>
${tSec(tSecs[3] ?? ['', []])}
${tSec(tSecs[4] ?? ['', []])}
<h2 class="e-heading">The facts</h2>
${ps(tFacts)}
<h2 class="e-heading">The rivals</h2>
${ps(tRivals)}
</div></div></div>
<div class="article-footer"><div class="article-footer__gift"><p>Gift this article free</p></div>
<section class="comments" id="comments"><h2 class="comments__title">Join the conversation</h2>
<p class="comments__guidelines">Comments are subject to our community guidelines, which can be viewed here.</p>
<button class="comments__show" type="button">Show comments (142)</button></section></div>
<aside class="more-stories"><h2 class="more-stories__title">More stories</h2><ul>${links(tMore, 'more-stories__item')}</ul></aside>
</article></main>
<footer class="site-footer"><ul class="site-footer__links">${links(tFoot)}</ul>
<p class="site-footer__copyright">© Sentinel Media Group Limited 2027</p></footer>
<script>tmg.ads && tmg.ads.init({"slots":["top","mpu"],"keywords":["harcourt","electric"]});</script></body></html>`;
const sentinel: TestPage = gold({
  name: 'heldout711-aem-broadsheet-estate-review',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [...tSecs.map(([h]) => h), 'The facts', 'The rivals'],
  body: texts([tStand, ...tIntro, ...tSecs.flatMap(([, p]) => p), ...tFacts, ...tRivals]),
  bylines: ['By', 'Alasdair Penrose', 'Motoring Editor', '4 March 2027 • 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We value your privacy',
    'We and our partners use cookies to give you the best experience, to measure traffic and to show you relevant advertising.', 'Accept all',
    'Manage options', 'The Sentinel', 'Subscribe now', 'Log in', ...tNav, 'Cars', ...tSub, 'You have read 2 of 3 free articles this month.',
    'Subscribe for £1 a week', 'Advertisement', 'Car reviews', '4 out of 5 stars', 'Gift this article free', 'Share this article', 'Save',
    'Comments:', '142', 'The Vesta Estate is 18cm longer than the hatchback on which it is based', 'Credit: Harcourt', 'Related Topics', ...tTopics,
    'Related Articles', ...tCarousel, 'The boot holds 610 litres, and there is more room under the floor', 'Credit: Jonty Fairbairn',
    'Sign up to the Driving Seat newsletter', 'The latest reviews, news and advice from our motoring team, every Saturday.', 'Sign up',
    'Join the conversation', 'Comments are subject to our community guidelines, which can be viewed here.', 'Show comments (142)', 'More stories',
    ...tMore, ...tFoot, '© Sentinel Media Group Limited 2027',
  ],
});

const nTitle = 'Carrow Air grounds six V-72 turboprops after cracks found in propeller hubs';
const nSub = 'The regional carrier cancelled 38 flights on Wednesday while engineers inspect the rest of its fleet.';
const nBody = [
  j(
    'Carrow Air has taken six of its Vantor V-72 turboprops out of service after routine inspections found cracks in the',
    'propeller hubs of two aircraft, the airline confirmed on Wednesday evening.',
  ),
  j(
    'The Bramford-based regional carrier, which operates 19 of the type, cancelled 38 flights on Wednesday and warned that',
    'disruption would continue until at least the weekend. Routes to Lisvane, Port Edra and the Halloran Islands were the worst',
    'affected, with some passengers rebooked onto ferries.',
  ),
  j(
    '“Safety is the only thing that matters here,” said Carrow Air’s director of operations, Ffion Achterberg. “We found something',
    'we did not expect, so we have stopped flying the aircraft that share the same hub batch until we understand it.”',
  ),
  'Which aircraft are affected?',
  j(
    'According to a maintenance notice seen by AeroDispatch, the cracks were found during a scheduled 3,000-hour check on two',
    'aircraft at the airline’s hangar in Bramford. Both were fitted with hubs from a single production batch delivered by the',
    'propeller maker Haldane Dynamics in 2023. Four further aircraft with hubs from the same batch were grounded as a precaution.',
  ),
  'The six aircraft are:',
];
const nTable = [
  ['Registration', 'Delivered', 'Hub hours', 'Status'],
  ['G-CRWB', '2023', '3,012', 'Cracks found'],
  ['G-CRWD', '2023', '2,998', 'Cracks found'],
  ['G-CRWE', '2023', '2,870', 'Precaution'],
  ['G-CRWF', '2024', '2,655', 'Precaution'],
  ['G-CRWH', '2024', '2,410', 'Precaution'],
  ['G-CRWJ', '2024', '2,302', 'Precaution'],
];
const nBody2 = [
  'What happens next?',
  j(
    'Haldane Dynamics said it was “working closely with the operator and the regulator” and had sent a team of engineers to',
    'Bramford. The company would not say how many other hubs from the batch are in service, but AeroDispatch understands that at',
    'least two other European operators fly V-72s with Haldane propellers.',
  ),
  j(
    'The Civil Aviation Directorate said it was aware of the findings and was “assessing whether further action is needed”. An',
    'airworthiness directive requiring inspections across the fleet is possible if the cause turns out to be a manufacturing fault',
    'rather than wear.',
  ),
  j(
    'Passengers booked on Carrow Air flights before Sunday are being offered free changes or full refunds. The airline said it',
    'hoped to lease two aircraft from another operator to cover the busiest routes next week.',
  ),
];
const nNav = ['Home', 'Airlines', 'Airports', 'Manufacturers', 'Defence', 'Business Aviation', 'Safety'];
const nTags = ['Carrow Air', 'Haldane Dynamics', 'Vantor V-72', 'Regional aviation'];
const nRelated = [
  'Vantor confirms V-72 production rate increase for 2028',
  'Carrow Air adds three routes from Bramford for summer',
  'Regulator tightens rules on propeller overhaul intervals',
];
const nPopular = ['Norvane Air orders 24 Aerolith A9 jets', 'Why the V-72 is winning the regional market', 'Bramford runway works to finish early'];
const nComments: [string, string, string][] = [
  [
    'Pete H',
    'March 4, 2027 At 9:12 pm',
    'Good on them for grounding the lot rather than waiting. Flew with them to Port Edra last month, always felt well run.',
  ],
  [
    'tailwind_ops',
    'March 5, 2027 At 7:40 am',
    'A batch problem at Haldane would be a big deal. Those hubs are on more than just the V-72. Worth watching what the regulator does.',
  ],
  ['Marguerite Osei', 'March 5, 2027 At 10:03 am', 'My flight on Thursday was cancelled with two hours’ notice. Refund came through quickly, to be fair.'],
];
const nRow = (cells: string[], tag: string): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const nAd = '<div class="td-a-rec td-a-rec-id-content_inline tdi_57 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span></div>';
const nHtml = `<!doctype html >
<html lang="en-GB"><head><title>Carrow Air grounds six V-72 turboprops after cracks found in propeller hubs | AeroDispatch</title>
<meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="pingback" href="https://aerodispatch.net/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:locale" content="en_GB" /><meta property="og:type" content="article" />
<meta property="og:title" content="${nTitle}" /><meta property="og:site_name" content="AeroDispatch" />
<meta property="article:published_time" content="2027-03-04T18:22:41+00:00" /><meta name="author" content="Imogen Tarrant" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2027-03-04T18:22:41+00:00","author":{"name":"Imogen Tarrant"},"articleSection":["Airlines","Safety"]}]}</script>
<link rel='stylesheet' id='td-theme-css' href='https://aerodispatch.net/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<script>var tdBlocksArray = []; var tds_login_sing_in_widget = "show"; var td_ajax_url = "https:\\/\\/aerodispatch.net\\/wp-admin\\/admin-ajax.php";
var tdThemeName = "Newspaper"; var td_magnific_popup_translation_tPrev = "Previous (Left arrow key)";</script></head>
<body class="post-template-default single single-post postid-48211 single-format-standard td-standard-pack global-block-template-1 td-full-layout"
itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap">
<div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div>Thursday, March 4, 2027</div></div><ul class="top-header-menu td_ul_login"><li class="menu-item"><a class="td-login-modal-js
menu-item" href="#login-form" data-effect="mpf-td-login-effect">Sign in / Join</a></li></ul></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://aerodispatch.net/">
<img class="td-retina-data" src="https://aerodispatch.net/wp-content/uploads/2025/01/aerodispatch-logo.png" alt="AeroDispatch" />
<span class="td-visual-hidden">AeroDispatch</span></a></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row
td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu">
${links(nNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://aerodispatch.net/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in Airlines" class="entry-crumb" href="https://aerodispatch.net/category/airlines/">Airlines</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail category-airlines category-safety"
itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://aerodispatch.net/category/airlines/">Airlines</a></li>
<li class="entry-category"><a href="https://aerodispatch.net/category/safety/">Safety</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${nTitle}</h1><p class="td-post-sub-title">${nSub}</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a
href="https://aerodispatch.net/author/imogen-tarrant/">Imogen Tarrant</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2027-03-04T18:22:41+00:00">March 4, 2027</time></span>
<div class="td-post-comments"><a href="https://aerodispatch.net/2027/03/04/carrow-air-grounds-v-72/#comments"><i class="td-icon-comments"></i>3</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48211">2,184</span></div></div></header></div>
<div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 ">
<div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook"
href="https://www.facebook.com/sharer.php?u=x"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div
class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter"
href="https://twitter.com/intent/tweet?text=x"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div
class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-linkedin"
href="https://www.linkedin.com/shareArticle?mini=true&amp;url=x"><div class="td-social-but-icon"><i class="td-icon-linkedin"></i></div><div
class="td-social-but-text">Linkedin</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-mail"
href="mailto:?subject=x"><div class="td-social-but-icon"><i class="td-icon-mail"></i></div><div class="td-social-but-text">Email</div></a></div>
<div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button td-social-handler td-social-expand-tabs"
href="#" data-block-uid="td_social_sharing_article_top"><div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a>
</div></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a
href="https://aerodispatch.net/wp-content/uploads/2027/03/carrow-v72.jpg"
data-caption="A Carrow Air V-72 at Bramford. Photo: Callum Vey"><img width="696" height="464" class="entry-thumb td-modal-image"
src="https://aerodispatch.net/wp-content/uploads/2027/03/carrow-v72-696x464.jpg" alt="Carrow Air Vantor V-72" title="carrow-v72" /></a>
<figcaption class="wp-caption-text">A Carrow Air V-72 at Bramford. Photo: Callum Vey</figcaption></figure></div>
${ps(nBody.slice(0, 3))}
${nAd}
<h2 class="wp-block-heading">${at(nBody, 3)}</h2>
<p>${at(nBody, 4)}</p>
<p>${at(nBody, 5)}</p>
<figure class="wp-block-table is-style-stripes"><table><thead>${nRow(nTable[0] ?? [], 'th')}</thead><tbody>
${nTable
  .slice(1)
  .map((r) => nRow(r, 'td'))
  .join('\n')}</tbody></table><figcaption class="wp-element-caption">Source: Carrow Air maintenance notice, 3 March 2027</figcaption></figure>
<p><strong>READ ALSO:</strong> <a href="https://aerodispatch.net/2026/11/12/regulator-propeller-overhaul/">Regulator tightens rules on propeller overhaul
intervals</a></p>
<h2 class="wp-block-heading">${at(nBody2, 0)}</h2>
${ps(nBody2.slice(1, 3))}
${nAd}
<p>${at(nBody2, 3)}</p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(nTags)}</ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe title="bottomFacebookLike" frameBorder="0"
src="https://www.facebook.com/plugins/like.php?href=x"></iframe></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a
href="https://aerodispatch.net/2027/03/03/bramford-runway-works/">Bramford runway works to finish early</a></div></div><div
class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a
href="https://aerodispatch.net/2027/03/05/norvane-a9-order/">Norvane Air orders 24 Aerolith A9 jets</a></div></div></div>
<div class="td-author-name-wrap author-box-wrap"><a href="https://aerodispatch.net/author/imogen-tarrant/"><img alt=""
src="https://secure.gravatar.com/avatar/3c1?s=96"
class="avatar avatar-96 photo" height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a
href="https://aerodispatch.net/author/imogen-tarrant/">Imogen Tarrant</a></span></div><div class="td-author-description">Imogen Tarrant covers airlines
and safety for AeroDispatch. Before joining in 2021 she spent eight years as a licensed aircraft engineer.</div><div class="td-author-social"></div>
<div class="clearfix"></div></div></div></footer>
<div class="td_block_wrap td_block_related_posts tdi_81 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title
td-block-title"><a id="tdi_82" class="td-related-left td-cur-simple-item" data-td_filter_value="" href="#">RELATED ARTICLES</a><a id="tdi_83"
class="td-related-right" data-td_filter_value="td_related_more_from_author" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">
${nRelated
  .map(
    (t) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details"><h3
class="entry-title td-module-title"><a href="https://aerodispatch.net/${t.length}/">${t}</a></h3></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>3 COMMENTS</span></h4></div>
<ol class="comment-list">${nComments
  .map(
    ([a, d, t], i) => `<li class="comment" id="li-comment-${9101 + i}"><article><footer><img alt="" src="https://secure.gravatar.com/avatar/${i}?s=50"
class="avatar avatar-50 photo" height="50" width="50"/><cite>${a}</cite><a class="comment-link" href="#comment-${9101 + i}"><time
pubdate="">${d}</time></a></footer>
<div class="comment-content"><p>${t}</p></div><div class="comment-meta" id="comment-${9101 + i}"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><div class="td-comments-title-wrap td_block_template_1"><h4
class="block-title"><span>LEAVE A REPLY</span></h4></div></h3><form action="https://aerodispatch.net/wp-comments-post.php" method="post" id="commentform"
class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment"
name="comment" cols="45" rows="8" aria-required="true"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class=""
id="author" name="author" placeholder="Name:*" type="text" value="" size="30" aria-required='true' /></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label
for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
</article></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td-a-rec td-a-rec-id-sidebar"><span
class="td-adspot-title">- Advertisement -</span></div>
<div class="td_block_wrap td_block_10 td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">Most
Popular</span></h4></div><div class="td_block_inner">${nPopular
  .map(
    (t) => `<div class="td_module_10 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="#">${t}</a></h3></div></div>`,
  )
  .join('\n')}</div></div>
<div class="td_block_wrap tdm_block_inline_text"><h4 class="block-title"><span>Daily Briefing</span></h4><p>The day’s aviation news in your inbox at 7am.</p>
<form class="tdn-form"><input type="email" placeholder="Your email address"><button type="submit">Subscribe</button></form></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-footer-bottom-full"><div class="td-pb-span5"><aside
class="footer-text-wrap"><div class="block-title"><span>ABOUT US</span></div>AeroDispatch is an independent news site covering airlines, airports and the
aerospace industry.<div class="footer-email-wrap">Contact us: <a href="mailto:tips@aerodispatch.net">tips@aerodispatch.net</a></div></aside></div>
<div class="td-pb-span3"><aside class="footer-social-wrap td-social-style-2"><div
class="block-title"><span>FOLLOW US</span></div></aside></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span-td-sub-footer-menu"><div
class="menu-footer-menu-container"><ul id="menu-footer-menu" class="td-subfooter-menu"><li class="menu-item"><a href="/privacy-policy/">Privacy Policy</a></li>
<li class="menu-item"><a href="/advertise/">Advertise</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></div><div
class="td-pb-span-td-sub-footer-copy"><div class="td-sub-footer-copy">© AeroDispatch 2027</div></div></div></div></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-visible cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div
class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our
website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a
href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a><a href="https://aerodispatch.net/privacy-policy/"
target="_blank" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script type="text/javascript" src="https://aerodispatch.net/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5"
id="td-site-min-js"></script></body></html>`;
const tagdiv: TestPage = gold({
  name: 'heldout711-newspaper-turboprop-grounding',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, 3), at(nBody2, 0)],
  body: texts([nSub, ...nBody.filter((_, i) => i !== 3), ...nTable.map((r) => r.join(' ')), ...nBody2.slice(1)]),
  bylines: ['By', 'Imogen Tarrant', 'March 4, 2027', ...nComments.flatMap(([a, d]) => [a, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thursday, March 4, 2027', 'Sign in / Join', 'AeroDispatch', ...nNav, '3', '2,184', 'Facebook', 'Twitter', 'Linkedin', 'Email',
    'A Carrow Air V-72 at Bramford. Photo: Callum Vey', '- Advertisement -', 'Source: Carrow Air maintenance notice, 3 March 2027',
    'READ ALSO: Regulator tightens rules on propeller overhaul intervals', 'TAGS', ...nTags, 'Previous article', 'Bramford runway works to finish early',
    'Next article', 'Norvane Air orders 24 Aerolith A9 jets',
    j(
      'Imogen Tarrant covers airlines and safety for AeroDispatch. Before joining in 2021 she spent eight years as a licensed aircraft',
      'engineer.',
    ),
    'RELATED ARTICLES', 'MORE FROM AUTHOR', ...nRelated, '3 COMMENTS', ...nComments.map(([, , t]) => t), 'Reply', 'LEAVE A REPLY',
    'Save my name, email, and website in this browser for the next time I comment.', 'Most Popular', ...nPopular, 'Daily Briefing',
    'The day’s aviation news in your inbox at 7am.', 'Subscribe', 'ABOUT US',
    'AeroDispatch is an independent news site covering airlines, airports and the aerospace industry.', 'Contact us:', 'tips@aerodispatch.net',
    'FOLLOW US', 'Privacy Policy', 'Advertise', 'Contact', '© AeroDispatch 2027',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Ok', 'Privacy policy',
  ],
});

export const HELDOUT711_A: readonly TestPage[] = [sentinel, tagdiv];
