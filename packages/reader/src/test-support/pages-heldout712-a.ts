import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout712-kit.js';

/**
 * Held-out batch 712, file a: a first-time buyers story in the property section of a national paper built on News UK's
 * React template (data-testid markup, standfirst, lead image, save-and-share bar, a paywall teaser with the subscribe box),
 * and a kitchen renovation feature on a home magazine running a custom WordPress VIP theme (eyebrow, dek, commission notice,
 * block images with credits, pull quote, "Related:" line, ad slots, a cost table, newsletter box, author bio, more stories).
 */
const tTitle = 'Where first-time buyers can still afford a house with a garden';
const tStand = j(
  'Prices in the outer commuter belt have stalled for two years. For buyers willing to add half an hour to the journey, a',
  'two-bedroom house with a garden is back within reach',
);
const tParas = [
  j(
    'When Danny and Priya Osei started looking for their first home last spring, their search began in Caversham Vale, the',
    'commuter town where they had rented a one-bedroom flat for six years. It ended 23 miles further up the line in Ashby Lorne,',
    'where in January they completed on a three-bedroom 1950s semi with a 90ft garden for £247,500.',
  ),
  j(
    '“For the same money at home we were being shown maisonettes with a shared lawn,” says Priya, 31, a speech therapist.',
    '“Here we have a shed, two apple trees and a neighbour who has already given us rhubarb.”',
  ),
  j(
    'They are part of a quiet shift. According to figures compiled for <i>The Harcourt Times</i> by the estate agency Fallow',
    '&amp; Reed, the share of first-time buyers in the Thamesmere region buying outside the traditional commuter ring rose from',
    '18 per cent in 2023 to 29 per cent last year. Average asking prices in the outer market towns have fallen by 3.1 per cent',
    'over the same period, while those closer in have barely moved.',
  ),
];
const tCross = 'Trading space for time';
const tParas2 = [
  j(
    'The calculation is simple, says Harriet Mbeki, a partner at Fallow &amp; Reed. Hybrid working has cut the number of days most',
    'buyers travel, so a longer journey matters less than it did. “If you are in the office twice a week, an extra 35 minutes each',
    'way is roughly five hours a month. People are deciding a garden is worth five hours a month.”',
  ),
  j(
    'Rail fares complicate the picture. An annual season ticket from Ashby Lorne costs £6,840, about £1,900 more than from',
    'Caversham Vale, and the last direct train home leaves at 10.52pm. Buyers who need to be in the office every day, Mbeki says,',
    'usually do the sums and stay put.',
  ),
  j('So where are the bargains? We asked agents, surveyors and buyers in six market towns what £250,000 buys today, and what you', 'give up for it.'),
];
const tNav = ['Home', 'UK', 'World', 'Comment', 'Business', 'Money', 'Property', 'Life & Style', 'Culture', 'Sport', 'Puzzles'];
const tSub = ['Property news', 'Interiors', 'Gardens', 'Property of the week', 'Ask the expert'];
const tRelated = [
  'Is now the time to fix your mortgage for five years?',
  'The surveyor’s checklist: ten things to look at before you make an offer',
  'Our garden is overlooked by a new block of flats. Can we object?',
];
const tFoot = ['Contact us', 'Help', 'Terms and conditions', 'Privacy & cookie policy', 'Modern slavery statement', 'Editorial complaints', 'Sitemap'];
const tP = (html: string, i: number, cls = ''): string =>
  `<div class="responsive__Paragraph-sc-1pktst5-0 ${cls}" data-testid="paragraph-${i}"><p class="responsive__Paragraph-sc-1pktst5-0 kSmPjr">${html}</p></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>First-time buyers: where you can still get a house with a garden for £250,000 | Property | The Harcourt Times</title>
<meta name="description" content="Prices in the outer commuter belt have stalled for two years.">
<meta property="og:title" content="${tTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Harcourt Times">
<meta property="og:image" content="https://www.harcourttimes.co.uk/imageserver/image/osei-garden.jpg?crop=1600%2C900%2C0%2C0&amp;resize=1200">
<meta name="article:section" content="Property"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.harcourttimes.co.uk/life-style/property/first-time-buyers-garden-ashby-lorne-x7kq2lmcd">
<link rel="stylesheet" href="https://www.harcourttimes.co.uk/static/css/article-page.7f31c2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2027-03-06T00:01:00.000Z","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".paywall"},"author":[{"@type":"Person","name":"Imogen Tarrant","jobTitle":"Property Correspondent"}],
"publisher":{"@type":"NewsMediaOrganization","name":"The Harcourt Times"}}</script>
<script>window.nuk = window.nuk || {}; window.nuk.analytics = {"page":{"section":"property","type":"article","access":"subscriber",
"articleId":"x7kq2lmcd"},"user":{"isLoggedIn":false,"isShared":false}};</script>
<script async src="https://www.harcourttimes.co.uk/static/js/main.3d9be1.js"></script></head>
<body><div id="root"><a class="SkipLink__Link-sc-1hy2c4e-0" href="#main-content">Skip to main content</a>
<header class="Header__Container-sc-3vvb2q-0" data-testid="header"><div class="Header__Masthead-sc-3vvb2q-1">
<a href="/" data-testid="masthead-logo"><svg role="img" aria-labelledby="masthead-title"><title id="masthead-title">The Harcourt Times</title></svg></a>
<div class="Header__Actions-sc-3vvb2q-2"><a class="Button__Link-sc-9d1f-0" href="/subscribe?ILC=header">Subscribe</a>
<a class="Button__Link-sc-9d1f-0 secondary" href="/login">Log in</a></div></div>
<nav class="Navigation__Nav-sc-7ql8c0-0" aria-label="Sections" data-testid="primary-nav"><ul>${links(tNav, 'Navigation__Item-sc-7ql8c0-1')}</ul></nav>
<nav class="SubNavigation__Nav-sc-1s0x8p7-0" aria-label="Property" data-testid="secondary-nav"><ul>${links(tSub, 'SubNavigation__Item-sc-1s0x8p7-1')}</ul></nav>
</header>
<main id="main-content"><div id="article-main" class="responsive__ArticleContainer-sc-15gvuj2-0 hfRmKo">
<div class="responsive__HeaderContainer-sc-15gvuj2-3" data-testid="article-header">
<a class="ArticleFlag__Label-sc-1l5k4h3-0" href="/life-style/property" data-testid="article-label">Property</a>
<h1 class="responsive__HeadlineContainer-sc-3t8ix5-0 dqcLBx" role="heading" aria-level="1" data-testid="headline">${tTitle}</h1>
<p class="responsive__StandfirstContainer-sc-3t8ix5-1 gXqnoB" data-testid="standfirst">${tStand}</p>
<div class="responsive__MetaContainer-sc-15gvuj2-5"><div class="ArticleByline__Container-sc-8r4n2j-0" data-testid="article-byline">
<a class="ArticleByline__Author-sc-8r4n2j-1" href="/profile/imogen-tarrant">Imogen Tarrant</a>, Property Correspondent</div>
<time class="DatePublication__Time-sc-1g7ne6z-0" datetime="2027-03-06T00:01:00.000Z" data-testid="publication-date">Saturday March 06 2027, 12.01am GMT,
The Harcourt Times</time></div>
<div class="SaveAndShareBar__Container-sc-1x4dwq1-0" data-testid="save-and-share-bar"><button class="SaveAndShareBar__Button-sc-1x4dwq1-1"
type="button" data-testid="share-button"><svg aria-hidden="true"></svg><span>Share</span></button><button class="SaveAndShareBar__Button-sc-1x4dwq1-1"
type="button" data-testid="save-star"><svg aria-hidden="true"></svg><span>Save</span></button></div></div>
<figure class="responsive__LeadAsset-sc-1xk2mk7-0" data-testid="lead-asset"><div class="Image__Placeholder-sc-1ivl0ap-0" style="padding-bottom:56.25%">
<img alt="" src="https://www.harcourttimes.co.uk/imageserver/image/osei-garden.jpg?crop=1600%2C900%2C0%2C0&amp;resize=1180"></div>
<figcaption class="responsive__CaptionContainer-sc-1uoymkx-0"><span class="responsive__CaptionText-sc-1uoymkx-1">Priya and Danny Osei in the garden of
their new home in Ashby Lorne</span><span class="responsive__CreditText-sc-1uoymkx-2">TOBY HALLAM FOR THE HARCOURT TIMES</span></figcaption></figure>
<article class="responsive__BodyContainer-sc-1d2sqgj-0 article-body" data-testid="article-body">
${tParas.map((p, i) => tP(p, i)).join('\n')}
<h2 class="responsive__InteractiveHeading-sc-2wl8rt-0 kQyWnA" data-testid="subheading">${tCross}</h2>
${tP(at(tParas2, 0), 3)}
${tP(at(tParas2, 1), 4)}
${tP(at(tParas2, 2), 5, 'paywall-fade')}
</article>
<div id="paywall-portal-article-footer" class="paywall"><div class="Paywall__Container-sc-kx7dj1-0" data-testid="paywall-card">
<h2 class="Paywall__Heading-sc-kx7dj1-1">Unlock this article</h2>
<p class="Paywall__Text-sc-kx7dj1-2">Get unlimited access to The Harcourt Times for £1 a month for three months.</p>
<a class="Paywall__Cta-sc-kx7dj1-3" href="/subscribe?ILC=paywall-article">Subscribe now</a>
<p class="Paywall__Small-sc-kx7dj1-4">Cancel anytime. Already a subscriber? <a href="/login?gotoUrl=%2Flife-style%2Fproperty">Log in</a></p></div></div>
<aside class="RelatedArticles__Container-sc-1e3mcm9-0" data-testid="related-articles"><h2 class="RelatedArticles__Heading-sc-1e3mcm9-1">Related
articles</h2><ul>${links(tRelated, 'RelatedArticles__Item-sc-1e3mcm9-2')}</ul></aside>
</div></main>
<footer class="Footer__Container-sc-1vu7p2e-0" data-testid="footer"><ul>${links(tFoot)}</ul>
<p class="Footer__Legal-sc-1vu7p2e-1">© Harcourt Times Media Ltd 2027. Registered in England No. 894646. Registered office: 4 Quayside Walk, London SE1 9QT.</p>
</footer></div>
<script>window.__PRELOADED_STATE__ = {"article":{"id":"x7kq2lmcd","paywalled":true,"wordCount":1432,"byline":"Imogen Tarrant"}};</script></body></html>`;
const newsUk: TestPage = gold({
  name: 'heldout712-newsuk-first-time-buyers',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [tCross],
  body: texts([tStand, ...tParas, ...tParas2]),
  bylines: ['Imogen Tarrant, Property Correspondent', 'Saturday March 06 2027, 12.01am GMT, The Harcourt Times'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Harcourt Times', 'Subscribe', 'Log in', ...tNav, ...tSub, 'Property', 'Share', 'Save',
    'Priya and Danny Osei in the garden of their new home in Ashby Lorne', 'TOBY HALLAM FOR THE HARCOURT TIMES', 'Unlock this article',
    'Get unlimited access to The Harcourt Times for £1 a month for three months.', 'Subscribe now', 'Cancel anytime. Already a subscriber?',
    'Related articles', ...tRelated, ...tFoot,
    '© Harcourt Times Media Ltd 2027. Registered in England No. 894646. Registered office: 4 Quayside Walk, London SE1 9QT.',
  ],
});

const hTitle = 'How one couple split their open-plan kitchen without losing the light';
const hDek = j(
  'A glazed screen, a run of open shelves and a single step turned the cavernous ground floor of a Victorian terrace into',
  'three rooms that still feel like one.',
);
const hIntro = [
  j(
    'When Marguerite and Tobias Lindqvist bought their Victorian terrace in Coldharbour Rise in 2019, the previous owners had',
    'already knocked through. The whole ground floor was one room, 11 metres from the front window to the garden doors, with the',
    'kitchen in the middle and a sofa at each end.',
  ),
  j(
    'It looked wonderful in the listing photos. Living in it was another matter. “You could hear the dishwasher from everywhere,”',
    'Marguerite says. “When Tobias was on a call, I couldn’t cook. When the children watched television, nobody else could think.”',
  ),
];
const hSecs: [string, string[]][] = [
  [
    'Why open plan stopped working',
    [
      j(
        'The couple are not alone. Architect Felicity Abara, who designed their changes, says more than half of her residential',
        'enquiries now involve putting back some of the walls that clients or their predecessors took out. “Open plan was designed',
        'for people who left the house every morning,” she says. “Once everyone started working at the kitchen table, it needed a',
        'door.”',
      ),
      j(
        'Abara’s brief was to create separate spaces for cooking, eating and relaxing without blocking the light from the garden,',
        'which faces south-west and is the best thing about the house.',
      ),
    ],
  ],
  [
    'Glass, shelving and a step down',
    [
      j(
        'The solution has three parts. Between the front sitting room and the kitchen, a steel-framed glazed screen with a single',
        'door runs wall to wall. It stops sound but not light, and the reeded glass in its lower panels hides the worst of the',
        'kitchen clutter from the sofa.',
      ),
      j(
        'Between the kitchen and the dining area, a run of open oak shelves hangs from the ceiling on steel rods. It holds cookbooks,',
        'jugs and plants, and marks a boundary without closing anything off. Finally, the dining area at the back was dropped by',
        '18cm, a single step down towards the garden, which makes it feel like a room of its own.',
      ),
    ],
  ],
  [
    'What it cost',
    [
      j(
        'The work took 14 weeks, and the family stayed in the house throughout, cooking on a camping stove in the front room for',
        'three of them. The total came to just under £48,000.',
      ),
    ],
  ],
  ['If you are thinking of doing the same', ['Abara’s advice for anyone planning a “broken-plan” layout:']],
];
const hCosts = [
  ['Item', 'Cost'],
  ['Glazed steel screen and door', '£14,200'],
  ['Lowering the dining floor', '£11,800'],
  ['Suspended oak shelving', '£3,600'],
  ['Electrics, plastering and decoration', '£18,100'],
];
const hTips = [
  'Decide which noises you want to stop before you decide where the walls go.',
  'Keep sight lines to the garden: a screen at eye level can be glass while the lower half is solid.',
  'Use changes of floor level or ceiling height to mark spaces before adding anything solid.',
  'Check whether new partitions need Building Regulations approval for fire escape routes.',
];
const hEnd = j(
  'Two years on, the Lindqvists say the house is quieter and, surprisingly, feels bigger. “We use all of it now,” Tobias says.',
  '“Before, we all ended up on the same sofa because there was nowhere else to go.”',
);
const hNav = ['Interiors', 'Kitchens', 'Gardens', 'Renovation', 'Shopping', 'Real Homes', 'Subscribe'];
const hMore = [
  'Seven clever ways to hide a washing machine',
  'The paint colours that make a north-facing room feel warmer',
  'Inside a former chapel turned family home in the Welsh borders',
];
const hFoot = ['About us', 'Contact', 'Advertise', 'Privacy Policy', 'Cookie Settings', 'Terms of Use', 'Accessibility'];
const hImg = (src: string, alt: string, cap: string, credit: string): string => `<figure class="wp-block-image size-large"><img loading="lazy"
decoding="async" width="1024" height="683" src="https://hearthandgable.com/wp-content/uploads/2027/03/${src}.jpg?w=1024" alt="${alt}"
class="wp-image-48233"><figcaption class="wp-element-caption">${cap} <span class="hg-credit">${credit}</span></figcaption></figure>`;
const hHead = (t: string): string => `<h2 class="wp-block-heading" id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How one couple split their open-plan kitchen without losing the light | Hearth &amp; Gable</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}"><meta property="og:site_name" content="Hearth &amp; Gable">
<meta property="article:published_time" content="2027-03-05T07:30:00+00:00"><meta property="article:section" content="Kitchens">
<meta name="parsely-metadata" content="{&quot;section&quot;:&quot;Kitchens&quot;,&quot;tags&quot;:[&quot;renovation&quot;]}">
<link rel="canonical" href="https://hearthandgable.com/kitchens/broken-plan-kitchen-victorian-terrace/">
<link rel='stylesheet' id='wp-block-library-css' href='https://hearthandgable.com/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all'>
<link rel='stylesheet' id='hg-main-css' href='https://hearthandgable.com/wp-content/themes/hearthandgable/assets/build/css/main.css?ver=4.12.0' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${hTitle}",
"datePublished":"2027-03-05T07:30:00+00:00","author":{"@type":"Person","name":"Odile Ferrante"},"articleSection":"Kitchens"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Kitchens"}]}]}</script>
<script id="hg-ads-js-extra">var hgAds = {"unitPath":"/21874563/hearthandgable/kitchens",
"targeting":{"pid":"48211","tags":["renovation"]},"lazy":true};</script>
<script src="https://hearthandgable.com/wp-content/plugins/hg-ads/build/ads.js?ver=2.3.1" id="hg-ads-js" defer></script>
<meta name="generator" content="WordPress 6.7.2"></head>
<body class="post-template-default single single-post postid-48211 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="hg-cookie-notice" class="hg-cookie-notice" role="region" aria-label="Cookie notice"><p>We use cookies to improve your experience and to show you
relevant advertising. You can change your choices at any time from the Cookie Settings link at the bottom of every page.</p>
<button class="hg-cookie-notice__accept">Accept all</button> <button class="hg-cookie-notice__settings">Cookie settings</button></div>
<header class="site-header"><div class="site-header__inner"><p class="site-title"><a href="https://hearthandgable.com/" rel="home">Hearth &amp; Gable</a></p>
<nav class="primary-navigation" aria-label="Primary"><ul id="menu-primary" class="menu">${links(hNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<button class="site-header__search" aria-label="Search"><span class="screen-reader-text">Open search</span></button></div></header>
<div class="ad-slot ad-slot--leaderboard" id="div-gpt-ad-top"><span class="ad-slot__label">Advertisement</span></div>
<main id="main" class="site-main"><article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail hentry
category-kitchens tag-open-plan tag-renovation tag-victorian-homes">
<header class="article-header"><div class="article-eyebrow"><a href="https://hearthandgable.com/kitchens/" rel="category tag">Kitchens</a></div>
<h1 class="entry-title article-header__title">${hTitle}</h1>
<p class="article-header__dek">${hDek}</p>
<div class="article-header__meta"><span class="byline">By <a href="https://hearthandgable.com/author/odile-ferrante/" rel="author">Odile Ferrante</a></span>
<span class="article-header__photographer">Photography by Jonah Meyrick</span>
<time class="entry-date published" datetime="2027-03-05T07:30:00+00:00">Published March 5, 2027</time>
<span class="reading-time">6 min read</span></div>
<div class="share-tools"><a class="share-tools__link share-tools__link--pinterest" href="https://pinterest.com/pin/create/button/?url=x">Pin</a>
<a class="share-tools__link share-tools__link--facebook" href="https://www.facebook.com/sharer.php?u=x">Share</a>
<a class="share-tools__link share-tools__link--email" href="mailto:?subject=x">Email</a></div></header>
<div class="article-featured-image">${hImg(
  'lindqvist-kitchen-screen',
  'Steel glazed screen between a sitting room and a kitchen',
  'The steel-framed screen keeps the kitchen’s noise out of the sitting room but lets the light through.',
  'Photo: Jonah Meyrick',
)}</div>
<div class="entry-content">
<p class="hg-disclosure"><em>Hearth &amp; Gable may earn a commission from products bought through links on this page.</em></p>
${ps(hIntro)}
${hHead(
  at(
    hSecs.map(([h]) => h),
    0,
  ),
)}
${ps(hSecs[0]?.[1] ?? [])}
<p class="hg-related-inline"><strong>Related:</strong> <a href="https://hearthandgable.com/renovation/knock-through-or-not/">Should you knock through? Six
architects on the open-plan question</a></p>
<div class="ad-slot ad-slot--incontent" id="div-gpt-ad-incontent-1"><span class="ad-slot__label">Advertisement</span></div>
${hHead(
  at(
    hSecs.map(([h]) => h),
    1,
  ),
)}
<p>${at(hSecs[1]?.[1] ?? [], 0)}</p>
<figure class="wp-block-pullquote"><blockquote><p>Once everyone started working at the kitchen table, open plan needed a door.</p><cite>Felicity Abara,
architect</cite></blockquote></figure>
<p>${at(hSecs[1]?.[1] ?? [], 1)}</p>
${hImg(
  'lindqvist-dining-step',
  'Dining table one step below the kitchen with garden doors behind',
  'Dropping the dining area by a single step makes it a room of its own.',
  'Photo: Jonah Meyrick',
)}
${hHead(
  at(
    hSecs.map(([h]) => h),
    2,
  ),
)}
${ps(hSecs[2]?.[1] ?? [])}
<figure class="wp-block-table"><table><thead><tr>${(hCosts[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${hCosts
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table><figcaption class="wp-element-caption">Costs supplied by the homeowners, including VAT.</figcaption></figure>
<div class="hg-newsletter-inline"><h3 class="hg-newsletter-inline__title">Love a good before and after?</h3>
<p class="hg-newsletter-inline__text">Sign up for our Sunday newsletter for the best home tours of the week.</p>
<form class="hg-newsletter-inline__form"><label class="screen-reader-text" for="hg-nl">Email address</label><input id="hg-nl" type="email"
placeholder="Your email address"><button type="submit">Sign me up</button></form></div>
${hHead(
  at(
    hSecs.map(([h]) => h),
    3,
  ),
)}
${ps(hSecs[3]?.[1] ?? [])}
<ul class="wp-block-list">${lis(hTips)}</ul>
<p>${hEnd}</p>
<div class="ad-slot ad-slot--incontent" id="div-gpt-ad-incontent-2"><span class="ad-slot__label">Advertisement</span></div>
</div>
<footer class="article-footer"><div class="article-tags"><span class="article-tags__label">Filed Under:</span> <a href="/tag/open-plan/"
rel="tag">Open plan</a>, <a href="/tag/renovation/" rel="tag">Renovation</a>, <a href="/tag/victorian-homes/" rel="tag">Victorian homes</a></div>
<div class="author-bio"><img alt="" src="https://secure.gravatar.com/avatar/3c1f?s=96"><div class="author-bio__text"><p class="author-bio__name"><a
href="https://hearthandgable.com/author/odile-ferrante/">Odile Ferrante</a></p><p class="author-bio__desc">Odile Ferrante is Hearth &amp; Gable’s
interiors editor. She lives in a half-finished Edwardian semi with too many lamps.</p></div></div></footer>
</article>
<section class="more-stories" aria-labelledby="more-stories-title"><h2 id="more-stories-title" class="more-stories__title">More from Hearth &amp;
Gable</h2><ul class="more-stories__list">${links(hMore, 'more-stories__item')}</ul></section></main>
<footer class="site-footer"><p class="site-footer__logo">Hearth &amp; Gable</p><ul class="footer-menu">${links(hFoot, 'menu-item')}</ul>
<p class="site-footer__copyright">© 2027 Lantern House Media Ltd. All rights reserved. Powered by WordPress VIP.</p></footer>
<script src="https://hearthandgable.com/wp-content/plugins/wp-parsely/build/loader.js?ver=3.16.2" id="wp-parsely-loader-js"></script>
<script id="wp-parsely-loader-js-before">window.wpParselySiteId = 'hearthandgable.com';</script></body></html>`;
const vip: TestPage = gold({
  name: 'heldout712-wpvip-broken-plan-kitchen',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([
    hDek,
    ...hIntro,
    ...(hSecs[0]?.[1] ?? []),
    ...(hSecs[1]?.[1] ?? []),
    ...(hSecs[2]?.[1] ?? []),
    ...hCosts.map((r) => r.join(' ')),
    ...(hSecs[3]?.[1] ?? []),
    ...hTips,
    hEnd,
  ]),
  bylines: ['By', 'Odile Ferrante', 'Published March 5, 2027', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content',
    'We use cookies to improve your experience and to show you relevant advertising. You can change your choices at any time from the Cookie Settings '
      + 'link at the bottom of every page.',
    'Accept all', 'Cookie settings', 'Hearth & Gable', ...hNav, 'Open search', 'Advertisement', 'Kitchens', 'Photography by Jonah Meyrick', 'Pin',
    'Share', 'Email', 'The steel-framed screen keeps the kitchen’s noise out of the sitting room but lets the light through.', 'Photo: Jonah Meyrick',
    'Hearth & Gable may earn a commission from products bought through links on this page.', 'Related:',
    'Should you knock through? Six architects on the open-plan question', 'Once everyone started working at the kitchen table, open plan needed a door.',
    'Felicity Abara, architect', 'Dropping the dining area by a single step makes it a room of its own.', 'Costs supplied by the homeowners, including VAT.',
    'Love a good before and after?', 'Sign up for our Sunday newsletter for the best home tours of the week.', 'Email address', 'Sign me up',
    'Filed Under:', 'Open plan', 'Renovation', 'Victorian homes',
    'Odile Ferrante is Hearth & Gable’s interiors editor. She lives in a half-finished Edwardian semi with too many lamps.', 'More from Hearth & Gable',
    ...hMore, ...hFoot, '© 2027 Lantern House Media Ltd. All rights reserved. Powered by WordPress VIP.',
  ],
});

export const HELDOUT712_A: readonly TestPage[] = [newsUk, vip];
