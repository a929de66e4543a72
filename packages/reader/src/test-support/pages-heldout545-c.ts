import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout545-kit.js';

/**
 * Held-out batch 545, file c: a community forum thread on Discourse about an arcade's new prices (quote, likes, topic map,
 * suggested topics, sidebar), and a council's pier history page on LocalGov Drupal with a Civic cookie banner.
 */
const dTitle = 'Coinfall on the prom has gone to cards only – 2p machines gone?';
interface Post {
  user: string;
  date: string;
  full: string;
  paras: string[];
  quote?: string;
}
const dPosts: Post[] = [
  {
    user: 'seagull_sue',
    date: 'Jun 14',
    full: 'Jun 14, 2026 8:02 pm',
    paras: [
      j(
        'Took the grandkids to Coinfall Amusements on Saturday and the whole front row of 2p pushers has gone. Everything is on',
        'a top-up card now, minimum £5. The lad on the desk said the coin machines were costing too much to fix.',
      ),
      'Anyone know if the Golden Mile arcade at the other end still takes coins?',
    ],
  },
  {
    user: 'DaveOnTheFront',
    date: 'Jun 14',
    full: 'Jun 14, 2026 9:37 pm',
    quote: 'Anyone know if the Golden Mile arcade at the other end still takes coins?',
    paras: [
      j(
        'It does, for now. They still have the 2p falls and the horse racing game, and the change machine by the door.',
        'Tuesday afternoons are quiet if you want a go without queueing.',
      ),
    ],
  },
  {
    user: 'bramwell_mike',
    date: 'Jun 15',
    full: 'Jun 15, 2026 7:15 am',
    paras: [
      j(
        'The cards are not all bad. Coinfall gives you 10% extra on a £10 top-up and the card balance never expires.',
        'But the kids miss feeding the coins in, that is half the fun.',
      ),
      'I asked about refunds: unused credit can be refunded at the desk within 30 days of topping up if you keep the receipt.',
    ],
  },
  {
    user: 'seagull_sue',
    date: 'Jun 16',
    full: 'Jun 16, 2026 5:48 pm',
    paras: ['Thanks both. We went to Golden Mile on Sunday and had a lovely time. Three quid in coppers lasted an hour!'],
  },
];
const dSide = ['Topics', 'My Posts', 'More', 'Categories', 'Out and About', 'Local News', 'Lost and Found', 'All categories'];
const dSugg = ['Beach huts price rise for 2027', 'Bingo night back at the Legion from September', 'Best chips on the seafront?'];
const post = (p: Post, i: number): string => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${4410 + i}" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/forum.bramwellbay.org/${p.user}/48/${120 + i}_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info
post-date">
<a class="post-date" href="/t/coinfall-cards-only/4411/${i + 1}" title="Post date"><span title="${p.full}" data-time="1781467320000"
class="relative-date">${p.date}</span></a>
</div></div></div><div class="regular contents"><div class="cooked">
${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="seagull_sue" data-post="1" data-topic="4411"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.bramwellbay.org/seagull_sue/48/120_2.png" class="avatar">
seagull_sue:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
}
${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn btn-flat like" title="like this post"><span class="d-button-label">${i + 1}</span></button></div>
<button class="btn btn-flat share" title="copy a link to this post to clipboard"></button>
<button class="btn btn-flat reply create fade-out" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div>
</div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Out and About - Bramwell Bay
Community</title>
<meta name="description" content="Took the grandkids to Coinfall Amusements on Saturday and the whole front row of 2p pushers has gone.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://forum.bramwellbay.org/t/coinfall-cards-only/4411">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"seagull_sue"}}</script>
<link href="/stylesheets/desktop_7a1c.css?__ws=forum.bramwellbay.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler docked archetype-regular category-out-and-about has-sidebar-page"><div id="data-preloaded" data-preloaded="{}"></div>
<section id="main"><div class="skip-links" aria-label="Skip links"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-sidebar-toggle"
aria-label="Hide sidebar"></button></div>
<div class="title"><a href="/" data-auto-route="true"><img src="/uploads/default/original/1X/bramwell-logo.png" alt="Bramwell Bay Community" id="site-logo"
class="logo-big"></a></div>
<div class="extra-info-wrapper"><div class="extra-info"><div class="title-wrapper"><h1 class="header-title"><a class="topic-link"
href="/t/coinfall-cards-only/4411">${dTitle}</a></h1></div></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button"><span
class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search" title="Search"><svg class="fa d-icon
d-icon-search"></svg></a></li>
</ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous"><div class="sidebar-section-wrapper sidebar-section"><ul class="sidebar-section-content">
${links(dSide.slice(0, 3), 'sidebar-section-link-wrapper')}</ul></div><div class="sidebar-section-wrapper sidebar-section" data-section-name="categories">
<div class="sidebar-section-header-wrapper sidebar-row"><button class="sidebar-section-header"><span
class="sidebar-section-header-text">Categories</span></button></div>
<ul class="sidebar-section-content">${links(dSide.slice(4), 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet"><div class="regular"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4411">
<a href="/t/coinfall-cards-only/4411" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/out-and-about/7"><span data-category-id="7" class="badge-category --style-square"><span
class="badge-category__name">Out and About</span></span></a>
</div><div class="list-tags"><a href="/tag/arcades" class="discourse-tag box">arcades</a><a href="/tag/seafront" class="discourse-tag
box">seafront</a></div></div></div></div>
<div class="container posts" id="topic"><div class="row"><section class="topic-area" id="topic" data-topic-id="4411"><div class="posts-wrapper"><div
class="post-stream">
${dPosts.slice(0, 1).map(post).join('')}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><button class="topic-map__likes-trigger">
<span class="number">7</span><span class="topic-map__stat-label">likes</span></button><a class="topic-map__views-trigger"><span class="number">186</span>
<span class="topic-map__stat-label">views</span></a><button class="topic-map__users-trigger"><span class="number">3</span><span
class="topic-map__stat-label">users</span></button>
</div></section></div>
${dPosts.map(post).slice(1).join('\n')}
</div></div></section><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div
class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date">Jun 14</a></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div></div>
<div class="timeline-date-wrapper"><a class="now-date">Jun 16</a></div></div></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"><span
class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div role="complementary" class="suggested-topics">
<h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${4300 + i}" class="title raw-link
raw-topic-link">${t}</a></span></td>
<td class="posts"><span class="number">${i + 4}</span></td><td class="activity"><span class="relative-date">May ${20 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/out-and-about/7">Out and About</a> or <a
href="/latest">view latest topics</a>.</h3>
</div></div></div></div></div></div></section>
<footer class="footer"><nav class="crawler-nav" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul><li><a href="/">Home</a></li><li><a
href="/categories">Categories</a></li>
<li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></body></html>`;
const discourse: TestPage = {
  name: 'heldout545-discourse-arcade-cards',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote]), ...p.paras])),
  bylines: ['seagull_sue', 'DaveOnTheFront', 'bramwell_mike', 'Jun 14', 'Jun 15', 'Jun 16', 'seagull_sue:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide, 'arcades', 'seafront', 'likes', 'views', 'users', 'Reply', '1 / 4',
    'Suggested Topics', ...dSugg, 'May 20', 'May 21', 'May 22', 'Want to read more? Browse other topics in Out and About or view latest topics.', 'Home',
    'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const lTitle = 'The history of Southmere Pier';
const lIntro = j(
  'Southmere Pier has stood at the end of Bank Street for over 150 years. The council has owned it since 1948. This page',
  'tells its story, from the first wooden jetty to the repairs of the last decade.',
);
const lEarly = [
  j(
    'Before the pier, passengers for the Thames steamers were rowed out from the beach in open boats. In 1851 a timber jetty',
    'was built by the Southmere Steam Packet Company, but ship worm had eaten through its piles within twenty years.',
  ),
  j(
    'The iron pier that replaced it opened on 1 August 1871. It was 380 metres long, with a tramway along one side to carry',
    'luggage to the steamer landing. A toll of one penny was charged to walk on it, and twopence on Sundays.',
  ),
];
const lQuote = j(
  '“The new pier is a handsome structure, and on Saturday last it was thronged from end to end with visitors who had come',
  'down by the excursion trains. The band of the Volunteers played until the lamps were lit.” – Southmere Chronicle, August 1871',
);
const lGold = [
  j(
    'Between the wars the pier was at its busiest. A theatre, a roller-skating rink and a row of amusement booths were built',
    'on the widened pier head. The electric tram that replaced the luggage tramway in 1925 carried more than half a million people a year.',
  ),
  j(
    'The pier was closed to the public in 1940 and used by the Navy as a base for minesweepers. It was handed to the council',
    'after the war in poor condition, and the theatre was pulled down in 1952.',
  ),
];
const lDates: string[][] = [
  ['1851', 'Timber jetty built'],
  ['1871', 'Iron pier opens'],
  ['1925', 'Electric pier tramway opens'],
  ['1948', 'Pier bought by the council'],
  ['1978', 'Fire destroys the pier head amusements'],
  ['2016', 'Major repair of the pier neck completed'],
];
const lModern = [
  j(
    'A fire in June 1978 destroyed the amusement buildings on the pier head. They were replaced by a single-storey café and',
    'the lifeboat station that still stands today. The tramway closed in 1981 and the track was lifted.',
  ),
  j(
    'In 2013 surveys found serious corrosion in the piles of the pier neck. The council closed the outer half of the pier for',
    'three years while 46 piles were wrapped and the deck was replaced, at a cost of £7.2 million.',
  ),
  j('Today the pier is open every day from 8am. Admission is free. Anglers need a permit, which can be bought at the', 'pier entrance kiosk.'),
];
const lDl = lDates.map(([d, t]) => `${d ?? ''} ${t ?? ''}`);
const lNav = ['Bins and recycling', 'Council tax', 'Parking', 'Leisure and culture', 'Planning', 'Housing'];
const lCrumbs = ['Home', 'Leisure and culture', 'Southmere Pier'];
const lSide = ['Visiting the pier', 'Pier events', 'Fishing from the pier', 'Hire the pier for filming'];
const lFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Contact us', 'Jobs'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${lTitle} | Southmere District Council</title><link rel="canonical" href="https://www.southmere.gov.uk/leisure-and-culture/southmere-pier/history">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${lTitle}","dateModified":"2025-11-04"}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t2k9x1"><link rel="stylesheet" media="all"
href="/themes/custom/southmere/css/theme.css?t2k9x1">
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<header class="lgd-header" role="banner"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/southmere/logo.svg" alt="Southmere District Council home page"></a></div>
<div class="lgd-header__search"><form class="localgov-search-box" action="/search" method="get"><label for="edit-s" class="visually-hidden">Search</label>
<input type="text" id="edit-s" name="s" placeholder="Search this site"><button type="submit" class="search-submit">Search</button></form></div>
<button class="lgd-header__toggle" aria-controls="lgd-header__nav--primary" aria-expanded="false">Menu</button></div>
<nav class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary" aria-label="Main"><ul
class="lgd-header__nav-list">${links(lNav, 'lgd-header__nav-item')}</ul></nav>
</div></header>
<div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container padding-horizontal"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(lCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<main class="main" id="main-content" tabindex="-1"><div class="lgd-container padding-horizontal"><div class="lgd-row">
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content"><div class="lgd-page-title-block">
<h1 class="lgd-page-title-block__title"><span class="field field--name-title field--type-string">${lTitle}</span></h1></div>
<article class="localgov-services-page localgov-services-page--full"><div class="localgov-services-page__summary"><p>${lIntro}</p></div>
<div class="field field--name-body field--type-text-with-summary"><h2>The first piers</h2>
${ps(lEarly)}<blockquote><p>${lQuote}</p></blockquote>
<figure role="group" class="align-center"><img src="/sites/default/files/2025-10/pier-1905.jpg" alt="Crowds on the pier head" width="720" height="460">
<figcaption>The pier head in about 1905. Photo: Southmere Museum collection</figcaption></figure>
<h2>The golden years and the war</h2>${ps(lGold)}
<h2>Key dates</h2><dl>${lDates.map(([d, t]) => `<dt>${d ?? ''}</dt><dd>${t ?? ''}</dd>`).join('\n')}</dl>
<h2>Fire, closure and repair</h2>${ps(lModern)}</div>
<div class="localgov-services-page__updated"><p>Last updated: 4 November 2025</p></div>
<div class="block-localgov-page-feedback"><h2 class="feedback__title">Was this page helpful?</h2><a class="button" href="/page-feedback?page=1877">Yes</a>
<a class="button" href="/page-feedback?page=1877&amp;no=1">No</a></div></article></div></div>
<aside class="lgd-row__one-third"><div class="lgd-region lgd-region--sidebar-second"><nav class="localgov-services-navigation
block-localgov-services-navigation">
<h2>Southmere Pier</h2><ul>${links(lSide, 'services-navigation__item')}</ul></nav>
<div class="block-localgov-related-links"><h2>Related
links</h2><ul>${links(['Southmere Museum', 'Pier Tram Heritage Society'])}</ul></div></div></aside></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container padding-horizontal"><div class="lgd-footer__inner"><ul
class="lgd-footer__nav">${links(lFoot)}</ul>
<p class="lgd-footer__address">Southmere District Council, Civic Centre, Bank Street, Southmere SS9 1ZZ</p>
<p class="lgd-footer__copyright">&copy; Southmere District Council 2026</p></div></div></footer></div></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify-box ccc-notify__bottom" role="dialog"><div
class="ccc-notify-text">
<h3>This site uses cookies to store information on your computer.</h3><p>Some of these cookies are essential, while others help us to improve your
experience.</p></div>
<div class="ccc-notify-buttons"><button class="ccc-notify-button ccc-button--basic ccc-accept-button"><span>Accept recommended settings</span></button>
<button class="ccc-notify-button ccc-reject-button"><span>Reject all</span></button><button class="ccc-notify-link"><span>Cookie
preferences</span></button></div></div></div>
<script>CookieControl.load({apiKey:"b1c9f0e2",product:"PRO_MULTISITE",initialState:"notify",necessaryCookies:["SSESS*"]});</script></body></html>`;
const southmere: TestPage = {
  name: 'heldout545-southmere-pier-history',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['The first piers', 'The golden years and the war', 'Key dates', 'Fire, closure and repair'],
  body: texts([lIntro, ...lEarly, lQuote, ...lGold, ...lDl, ...lModern]),
  bylines: ['Last updated: 4 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Menu', ...lNav, 'Home',
    'The pier head in about 1905. Photo: Southmere Museum collection', 'Was this page helpful?', 'Yes', 'No',
    ...lSide, 'Related links', 'Southmere Museum', 'Pier Tram Heritage Society', ...lFoot,
    'Southmere District Council, Civic Centre, Bank Street, Southmere SS9 1ZZ', '© Southmere District Council 2026',
    'This site uses cookies to store information on your computer.', 'Some of these cookies are essential, while others help us to improve your experience.',
    'Accept recommended settings', 'Reject all', 'Cookie preferences',
  ],
};

export const HELDOUT545_C: readonly TestPage[] = [discourse, southmere];
