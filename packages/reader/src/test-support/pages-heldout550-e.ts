import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout550-kit.js';

/**
 * Held-out batch 550, file e: a bathroom chain's showroom page on a Next.js site (CSS-module class names, OneTrust banner,
 * `__NEXT_DATA__`) and a Discourse forum thread on a worktop gap left by a kitchen fitter.
 */
const nTitle = 'Kelderby bathroom showroom';
const nIntro = j(
  'Our Kelderby showroom has 26 bathroom displays across two floors, including four full-size walk-in showers you can stand in and a',
  'wall of 60 taps in every finish we sell. Our designers can draw your room while you wait and give you a price on the day.',
);
const nHeads = ['Opening hours', 'Address', 'At this showroom', 'Meet the team'];
const nHours = [
  ['Monday to Friday', '9:00 – 17:30'],
  ['Saturday', '9:00 – 17:00'],
  ['Sunday', '10:00 – 16:00'],
];
const nAddr = 'Unit 4, Rivergate Retail Park, Station Road, Kelderby KD3 9LP';
const nServices = [
  'Free design appointments, in store or by video call',
  'Home measuring service',
  'Installation by our own approved fitters',
  'Click and collect',
];
const nTeam = j(
  'Showroom manager Lorna Beckett has run Kelderby since it opened in 2019. Designers Imran and Sophie between them have planned',
  'more than 900 bathrooms, from cloakrooms to loft en-suites.',
);
const nNear = ['Hatherby showroom', '12 miles', 'Wellsford showroom', '19 miles'];
const nNav = ['Bathroom suites', 'Showers', 'Furniture', 'Taps', 'Tiles', 'Inspiration', 'Sale'];
const nFoot = ['Find a showroom', 'Delivery information', 'Returns', 'Careers', 'Privacy notice', 'Cookie settings', 'Modern slavery statement'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kelderby Bathroom Showroom | Aldwin Bathrooms</title><meta name="description"
content="Visit 26 bathroom displays at Aldwin Kelderby. Free design appointments, open seven days."/>
<link rel="canonical" href="https://www.aldwinbathrooms.co.uk/showrooms/kelderby"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/4f1c2a9e0b7d3e15.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1c2a9e0b7d3e15.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Store","name":"Aldwin Bathrooms Kelderby","address":{"@type":"PostalAddress",
"streetAddress":"Unit 4, Rivergate Retail Park, Station Road","postalCode":"KD3 9LP"},"openingHours":["Mo-Fr 09:00-17:30","Sa 09:00-17:00",
"Su 10:00-16:00"]}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0f3e9a1c-7b2d-4e55-9a10-1c2b3d4e5f60"></script>
<script defer src="/_next/static/chunks/pages/showrooms/%5Bslug%5D-8b2e1f0a9c3d4e57.js"></script></head>
<body><div id="__next"><a class="SkipLink_skipLink__q8V2n" href="#main">Skip to main content</a>
<div class="PromoBar_bar__3hJ1k" role="region" aria-label="Promotions"><p
class="PromoBar_text__Zp0aQ">Up to 30% off selected bathroom suites – ends Sunday</p></div>
<header class="Header_header__x7Kp2"><div class="Header_inner__Tq3mE"><a class="Header_logo__bV9sD" href="/" aria-label="Aldwin Bathrooms home"><svg
viewBox="0 0 140 32"
role="img" aria-hidden="true"><path d="M0 0h140v32H0z"/></svg></a><form class="SearchBar_form__8fJ2c" role="search" action="/search"><label
class="SearchBar_label__VvA0x
sr-only" for="q">Search products</label><input class="SearchBar_input__k2LQd" id="q" name="q" type="search" placeholder="Search for taps, toilets, showers..."/>
<button class="SearchBar_button__n1Fz7" type="submit">Search</button></form><div class="Header_actions__c0Wq1"><a href="/showrooms"
class="Header_action__7sYtP">Showrooms</a>
<a href="/basket" class="Header_action__7sYtP">Basket <span class="Badge_badge__H2t0d">0</span></a></div></div>
<nav class="MegaNav_nav__r6XsE" aria-label="Main"><ul class="MegaNav_list__9JkLm">${nNav
  .map(
    (t) => `<li class="MegaNav_item__2pQwe"><a
class="MegaNav_link__Vb4sT" href="/c/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul></nav></header>
<nav class="Breadcrumbs_breadcrumbs__Xw1aA" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/showrooms">Showrooms</a></li><li
aria-current="page">Kelderby</li></ol></nav>
<main id="main" class="Showroom_page__L0d3v"><section class="StoreHero_hero__F5s2e"><div class="StoreHero_image__Yt7c0"><img
alt="Inside the Kelderby showroom" loading="eager"
width="1440" height="560" decoding="async" data-nimg="1" style="color:transparent" src="/_next/image?url=%2Fimages%2Fkelderby.jpg&amp;w=1920&amp;q=75"/></div>
<div class="StoreHero_text__3kPq8"><h1 class="StoreHero_title__x2Hq1">${nTitle}</h1><p class="StoreHero_status__kM9qz"><span
class="StoreHero_dot__2aB1c"></span>Open now · closes 17:30</p>
<a class="Button_button__tW4k0 Button_primary__s8ZpQ" href="/book?store=kelderby">Book a design appointment</a></div></section>
<div class="Showroom_grid__p2Lm8"><div class="Showroom_main__d7Hq1"><p class="Showroom_intro__c3Xz0">${nIntro}</p>
<section class="OpeningHours_section__mP0s1"><h2 class="OpeningHours_heading__n2Tt5">${nHeads[0]}</h2><table
class="OpeningHours_table__Lk8rE"><tbody>${trs(nHours)}</tbody></table>
<p class="OpeningHours_note__0oPq2"><small>Bank holiday hours may differ.</small></p></section>
<section class="StoreAddress_section__v1Bn3"><h2 class="StoreAddress_heading__Qe5Wr">${nHeads[1]}</h2><p class="StoreAddress_address__9xZc4">${nAddr}</p>
<a class="StoreAddress_directions__J4sTt" href="https://maps.google.com/?q=KD3+9LP" target="_blank" rel="noreferrer">Get directions</a><p
class="StoreAddress_phone__R7mYk">
<a href="tel:01632960812">01632 960812</a></p></section>
<section class="StoreServices_section__G8wD0"><h2 class="StoreServices_heading__H5jLw">${nHeads[2]}</h2><ul
class="StoreServices_list__b3Fv6">${lis(nServices, 'StoreServices_item__M1nE2')}</ul></section>
<section class="StoreTeam_section__8aQ2v"><h2 class="StoreTeam_heading__K0rJp">${nHeads[3]}</h2>${ps([nTeam], ' class="StoreTeam_text__Zx3c1"')}</section></div>
<aside class="Showroom_aside__W9e3t"><h2 class="NearbyStores_heading__u4Rr8">Other showrooms near you</h2><ul class="NearbyStores_list__L2oP5">
<li><a href="/showrooms/hatherby">${nNear[0]}</a><span class="NearbyStores_distance__a8Ee1">${nNear[1]}</span></li>
<li><a href="/showrooms/wellsford">${nNear[2]}</a><span class="NearbyStores_distance__a8Ee1">${nNear[3]}</span></li></ul>
<div class="FinanceCard_card__Vn6e2"><h3>Spread the cost</h3><p>0% finance over 12 months on orders over £1,000. Subject to
status.</p></div></aside></div></main>
<footer class="Footer_footer__q1Xw8"><div class="Footer_newsletter__E5dT7"><h2>Get 10% off your first order</h2><form><label for="nl-email"
class="sr-only">Email address</label>
<input id="nl-email" type="email" placeholder="Your email address"/><button type="submit">Sign up</button></form></div>
<ul class="Footer_links__9bVcX">${nFoot.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul>
<p class="Footer_legal__Pp2Wq">© 2026 Aldwin Bathrooms Ltd. Company no. 04417720. Registered office: 1 Mercer Way, Hatherby HB1 2AA.</p></footer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region"
aria-label="Cookie banner"><div role="alertdialog" aria-describedby="onetrust-policy-text"><div class="ot-sdk-container"><div class="ot-sdk-row"><div
id="onetrust-group-container"
class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><p
id="onetrust-policy-text">We use cookies and similar technologies to run this site,
measure how it is used and show you relevant offers. Select “Accept All Cookies” to agree or “Cookie Settings” to choose.</p></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button
id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button
id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"store":{"slug":"kelderby","name":"${nTitle}","intro":"${nIntro}"}}},"page":"/showrooms/[slug]",
"query":{"slug":"kelderby"},"buildId":"Hq2nA7xK0pLw3","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextShowroom: TestPage = {
  name: 'heldout550-nextjs-showroom',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nIntro, ...rowTexts(nHours), nAddr, ...nServices, nTeam]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Up to 30% off selected bathroom suites – ends Sunday', 'Search products', 'Search', 'Showrooms', 'Basket',
    ...nNav.filter((t) => t !== 'Showers' && t !== 'Taps'), 'Open now · closes 17:30', 'Book a design appointment', 'Bank holiday hours may differ.',
    'Get directions', '01632 960812',
    'Other showrooms near you', ...nNear, 'Spread the cost', '0% finance over 12 months on orders over £1,000. Subject to status.',
    'Get 10% off your first order', 'Email address', 'Sign up', ...nFoot,
    '© 2026 Aldwin Bathrooms Ltd. Company no. 04417720. Registered office: 1 Mercer Way, Hatherby HB1 2AA.',
    j(
      'We use cookies and similar technologies to run this site, measure how it is used and show you relevant offers.',
      'Select “Accept All Cookies” to agree or “Cookie Settings” to choose.',
    ),
    'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

const dTitle = 'Fitter left an 8 mm gap between worktop and wall – normal?';
const dPosts: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'mgreaves',
    'Mar 3',
    [
      j(
        'We had a new kitchen fitted last week and I have just noticed that along the back wall there is a gap of about 8 mm',
        'between the laminate worktop and the wall. The tiler is coming next Tuesday to do the splashback.',
      ),
      j(
        'The fitter says this is deliberate and the tiles will cover it, but it looks like a mistake to me. Should I be asking him to',
        'come back and sort it before the tiles go on?',
      ),
    ],
  ],
  [
    'tiles_and_tea',
    'Mar 3',
    [
      j(
        'Sounds normal to me. Walls are never straight and the top needs somewhere to go when it moves. As long as the tiles or an',
        'upstand sit over it you will never see it.',
      ),
    ],
  ],
  [
    'DonnaK_fits',
    'Mar 4',
    [
      'Fitter here. A gap of 5 to 10 mm at the back is exactly what I would leave, for two reasons:',
      'laminate and timber tops expand and shrink with heat and steam, and a top jammed against the wall can lift or crack at the joints',
      'no wall is flat, so scribing the top tight to the wall over three metres would leave it wavy at the front',
      j(
        'What matters is that the gap is sealed before the tiles go on. Ask your tiler to run a bead of silicone into it first, then',
        'tile down so the bottom row sits on the top with a 2 to 3 mm gap, and silicone that as well.',
      ),
    ],
  ],
  ['mgreaves', 'Mar 5', ['Thanks both, that makes sense. I have passed this on to the tiler and he said he does it that way anyway. Marking this as solved.']],
];
const dSuggested = [
  ['Cabinet doors not lining up after a month', 'Feb 11'],
  ['Quartz worktop quote – is £2,900 reasonable?', 'Jan 29'],
];
const dCooked = (paras: readonly string[], n: number): string =>
  n === 3 ? `<p>${paras[0]}</p>\n<ul>\n${lis(paras.slice(1, 3))}\n</ul>\n<p>${paras[3]}</p>` : ps(paras);
const dPost = ([user, date, paras]: readonly [string, string, readonly string[]], i: number): string => `<div class="topic-post clearfix${
  user === 'mgreaves' ? ' topic-owner' : ''
} regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="8812${i}"
data-topic-id="4410"
class="boxed onscreen-post${i === 2 ? ' accepted-answer' : ''}"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar"
href="/u/${user}" data-user-card="${user}" aria-hidden="true"><img loading="lazy" alt="" width="48" height="48"
src="/user_avatar/forum.rafterandjoist.co.uk/${user}/96/2.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${i === 2 ? ' staff' : ''}"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div
class="post-info post-date">
<a class="post-date" href="/t/fitter-left-gap-worktop-wall/4410/${i + 1}"><span title="${date}, 2026" data-format="tiny"
class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${dCooked(paras, i)}</div>${
  i === 0
    ? `<aside class="quote accepted-answer" data-post="3" data-topic="4410"><div class="title"><div class="accepted-answer--solver-accepter"><div
class="accepted-answer--solver">
Solved by <a href="/u/DonnaK_fits">DonnaK_fits</a> in <a href="/t/fitter-left-gap-worktop-wall/4410/3">post #3</a></div></div></div></aside>`
    : ''
}<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  i === 2
    ? `<button class="widget-button btn-flat post-action-menu__solved accepted fade-out" title="This reply has been marked as the solution"><span
class="d-button-label">Solution</span></button>`
    : ''
}<button class="widget-button btn-flat like" title="like this post"></button><button class="widget-button btn-flat share"
title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div>
${i === 0 ? dMap : ''}</div></div></article></div>`;
const dMap = `<div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4><div
class="topic-map-post created-at">
<span class="relative-date">Mar 3</span></div></li><li><a href="/t/fitter-left-gap-worktop-wall/4410/4"><h4 role="presentation">last reply</h4><div
class="topic-map-post last-reply">
<span class="relative-date">Mar 5</span></div></a></li><li><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary"><span
class="number">214</span>
<h4 role="presentation">views</h4></li><li class="secondary"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section></div>`;
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Kitchens - Rafter and Joist Community</title><meta name="description"
content="We had a new kitchen fitted last week and I have just noticed...">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://forum.rafterandjoist.co.uk/t/fitter-left-gap-worktop-wall/4410">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest"><link
href="/stylesheets/desktop_7a1e2c.css?__ws=forum.rafterandjoist.co.uk" media="all" rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"mgreaves"}}</script>
<script defer src="/assets/discourse-7c1f2e.br.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler-browser archetype-regular category-kitchens tags-worktops"><div id="main-outlet-wrapper" class="wrap" role="main"></div>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo"
class="logo-big"
src="/uploads/default/original/1X/rafter-logo.png" alt="Rafter and Joist Community"></a></div></div><div class="panel" role="navigation"><span
class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search"
title="Search"></a></li>
<li class="header-dropdown-toggle hamburger-dropdown"><a href="" class="icon btn-flat" aria-label="Menu" title="Menu"></a></li></ul></div></div></div></header>
<div id="main-outlet" class="wrap" aria-label="Main content"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4410">
<a href="/t/fitter-left-gap-worktop-wall/4410" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/kitchens/9"><span data-category-id="9" class="badge-category --style-square"><span
class="badge-category__name">Kitchens</span></span></a>
</div><div class="list-tags"><a href="/tag/worktops" class="discourse-tag box" data-tag-name="worktops">worktops</a></div></div></div></div></div>
<div class="container posts"><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div
class="timeline-date-wrapper">
<a class="start-date">Mar 3</a></div><div class="timeline-scrollarea-wrapper"><div class="timeline-scroller-content"><div
class="timeline-replies">1 / 4</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">Mar 5</a></div></div></div></div><div class="row"><section class="topic-area" id="topic"
data-topic-id="4410">
<div class="posts-wrapper"><div class="post-stream">${dPosts.map(dPost).join('\n')}</div></div></section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this topic" type="button">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title" role="heading" aria-level="2">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th></tr></thead>
<tbody>${dSuggested
  .map(
    ([t, d], i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts"><span class="number">${i + 4}</span></td><td class="num views"><span class="number">${i * 90 + 120}</span></td><td
class="num activity"><span class="relative-date">${d}</span></td></tr>`,
  )
  .join('\n')}</tbody>
</table></div></div></div></div></div></section></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout550-discourse-worktop-gap',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , p]) => p)),
  bylines: ['mgreaves', 'tiles_and_tea', 'DonnaK_fits', 'Mar 3', 'Mar 4', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Kitchens', 'worktops', '1 / 4', 'created', 'last reply', 'replies', 'views', 'users',
    'Solved by DonnaK_fits in post #3',
    'Solution', 'Reply', 'Suggested Topics', 'Topic', 'Activity', ...dSuggested.flat(),
  ],
};

export const HELDOUT550_E: readonly TestPage[] = [nextShowroom, discourseThread];
