import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout529-kit.js';

/**
 * Held-out batch 529, file e: a trampoline park's school and group bookings page on HubSpot CMS (drag-and-drop rows, rich-text
 * module with a price table, HubSpot form, cookie banner), and a parents' forum thread about soft play parties on Discourse
 * (crawler view: category badge, tags, posts with a quote, likes, related topics table).
 */
const hTitle = 'School Trips & Group Bookings';
const hIntro = j(
  'Bring your class, club or youth group to Vaultspace for an hour of exercise they will actually want to do. Groups of ten or more',
  'get their own court and a dedicated instructor, and we can open early for schools from 9am on weekdays.',
);
const hH = ['Why groups choose Vaultspace', 'Group prices', 'Booking your visit'];
const hWhy = [
  'A private court and Ninja Course for your group, with a warm-up led by a qualified instructor',
  'Risk assessment and safety briefing sent to the group leader before your visit',
  'Packed lunches can be eaten in our party rooms at no extra cost',
  'Coach parking for two vehicles outside the main entrance',
];
const hHead = ['Group size', '60 minutes', '90 minutes'];
const hRows = [
  ['10–19 jumpers', '£10.50', '£14'],
  ['20–39 jumpers', '£9.50', '£12.50'],
  ['40 or more', '£8.50', '£11'],
];
const hAfter = 'One free adult place for every eight children. All prices include grip socks.';
const hBook = [
  j(
    'Send us the form below with your preferred date and the number of jumpers, and our groups team will reply within two working days',
    'with a quote and a provisional booking. A deposit of 20% confirms the date.',
  ),
  'Every jumper needs a waiver. For school groups, we send a single consent form that parents can sign online, so nothing is lost in book bags.',
];
const hNav = ['Jump', 'Parties', 'Groups', 'Prices', 'Contact'];
const hFoot = [
  'Vaultspace Trampoline & Ninja Park',
  'Canal Street, Orbridge OB2 5HN',
  'Privacy policy',
  'Terms of entry',
  '© 2026 Vaultspace Ltd. All rights reserved.',
];
const hFields = ['First name', 'Email', 'School or group name', 'Number of jumpers', 'Preferred date'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website',
  'and allow us to remember you.',
);
const dnd = (n: number, inner: string): string =>
  `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column"
data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_17094${n}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
data-hs-cos-type="module">${inner}</div></div></div></div></div></div></div>`;
const hsRich = (inner: string): string =>
  `<span id="hs_cos_wrapper_widget_rich" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text">${inner}</span>`;
const hsField = (label: string, i: number): string =>
  `<div class="hs_${i} hs-form-field"><label id="label-${i}-4f1c" class="" for="${i}-4f1c"><span>${label}</span></label><div class="input">
<input id="${i}-4f1c" name="f${i}" type="text" class="hs-input" value="" autocomplete="off"></div></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>School Trips &amp; Group Bookings | Vaultspace</title>
<meta name="description" content="Trampoline and ninja sessions for schools, clubs and youth groups in Orbridge.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/4417720/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsActivityLocation","name":"Vaultspace Trampoline & Ninja Park"}</script>
<script>var _hsq = _hsq || [];_hsq.push(["setContentType", "standard-page"]);</script>
<meta property="og:url" content="https://www.vaultspace.co.uk/groups"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-158221094 hs-site-page page "><div data-global-resource-path="vaultspace/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="/" id="hs-link-site_logo"><img src="/hubfs/vaultspace-logo.svg"
class="hs-image-widget" alt="Vaultspace" width="170" height="48"></a></span></div><div class="header__column"><div class="header__row-2">
<div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element"><span id="hs_cos_wrapper_navigation-primary"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
</ul></nav></span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home">
${dnd(1, hsRich(`<h1>School Trips &amp; Group Bookings</h1><p>${hIntro}</p><h2>${hH[0]}</h2><ul>${lis(hWhy)}</ul>`))}
${dnd(
  3,
  hsRich(`<h2>${hH[1]}</h2><table style="border-collapse: collapse; width: 100%;" border="1">
<thead><tr>${hHead.map((t) => `<th>${t}</th>`).join('')}</tr>
</thead><tbody>${trs(hRows, 'style="width: 33%;"')}</tbody></table><p>${hAfter}</p><h2>${hH[2]}</h2>${ps(hBook)}`),
)}
${dnd(
  5,
  `<div class="hs-form-wrapper"><h3 class="form-title">Request a group booking</h3><div class="hbspt-form" id="hbspt-form-7d2e">
<form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4417720/7d2e"
class="hs-form-private hsForm_7d2e hs-form stacked" id="hsForm_7d2e">${hFields.map(hsField).join('\n')}
<div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Send request"></div></div></form></div></div>`,
)}
</div></main>
<div data-global-resource-path="vaultspace/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hFoot.map((t, i) => (i === 2 || i === 3 ? `<a href="/${i}" class="footer__link">${t}</a>` : `<p>${t.replace('&', '&amp;')}</p>`)).join('\n')}
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4417720.js"></script></body></html>`;
const hubspotGroups: TestPage = {
  name: 'heldout529-hubspot-group-bookings',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hIntro, ...hWhy, ...hRows.map(rowText), hAfter, ...hBook]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Jump', 'Parties', 'Contact', 'Request a group booking', 'First name', 'Email', 'School or group name',
    ...hFoot, hCookie, 'Accept', 'Decline',
  ],
};

const dTitle = "Soft play recommendations for a 2-year-old's party?";
type Post = { user: string; name: string; date: string; iso: string; html: readonly string[]; likes: string };
const dPosts: readonly Post[] = [
  {
    user: 'jemmaP',
    name: 'Jemma Pryce',
    date: 'March 2, 2026,  9:14am',
    iso: '2026-03-02T09:14:22Z',
    html: [
      j(
        'My daughter turns two in April and we want to do a small party for about ten little ones from nursery. Somewhere with a',
        'proper toddler area, not just a corner of a big frame where the eight-year-olds come crashing through.',
      ),
      'Budget is around £150. Has anyone had a party anywhere nearby that they would recommend (or avoid)?',
    ],
    likes: '2 Likes',
  },
  {
    user: 'dan_okafor',
    name: 'Dan Okafor',
    date: 'March 2, 2026, 10:02am',
    iso: '2026-03-02T10:02:51Z',
    html: [
      'We did Bumble Barn in Hatton for our son’s second birthday and it was spot on. A few things we liked:',
      '<ul>\n<li>the toddler party has the under-4s room to itself for an hour</li>\n<li>food was simple but hot and came out on time</li>\n</ul>',
      'It was £11.50 a head when we went, so ten kids would be just under your budget.',
    ],
    likes: '5 Likes',
  },
  {
    user: 'lucyk',
    name: 'Lucy Kendrick',
    date: 'March 2, 2026, 12:40pm',
    iso: '2026-03-02T12:40:09Z',
    html: [
      `<aside class="quote no-group" data-username="dan_okafor" data-post="2" data-topic="4812"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.marlowvaleparents.org/dan_okafor/48/211_2.png" class="avatar"> dan_okafor:</div>
<blockquote><p>the toddler party has the under-4s room to itself for an hour</p></blockquote></aside>`,
      j(
        'Second this. The one thing I would say is that weekend slots go very quickly, so book now if you want a Saturday in April.',
        'Wriggles at the leisure centre is cheaper but the toddler bit is tiny.',
      ),
    ],
    likes: '1 Like',
  },
  {
    user: 'jemmaP',
    name: 'Jemma Pryce',
    date: 'March 3, 2026,  8:21pm',
    iso: '2026-03-03T20:21:40Z',
    html: ['Update: booked Bumble Barn for the 18th of April. Thank you both, I will report back afterwards!'],
    likes: '3 Likes',
  },
];
const dText = (html: string): string[] =>
  html.startsWith('<ul>')
    ? [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '')
    : html.startsWith('<aside')
      ? ['the toddler party has the under-4s room to itself for an hour']
      : [html];
const dPost = (p: Post, i: number): string => `<div id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.marlowvaleparents.org/u/${p.user}"><span itemprop="name">${p.user}</span></a> (${p.name})</span>
<link itemprop="mainEntityOfPage" href="https://forum.marlowvaleparents.org/t/soft-play-recommendations-for-a-2-year-olds-party/4812">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.date}</time>
<meta itemprop="dateModified" content="${p.iso}"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${p.html.map((h) => (h.startsWith('<') ? h : `<p>${h}</p>`)).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"><span class="post-likes">${p.likes}</span></div></div>`;
const dRelated = [
  ['Toddler groups in Marlow Vale on a Friday?', '6', '318', 'January 14, 2026'],
  ['Best party entertainer for 5-year-olds', '11', '902', 'February 20, 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle.replace("'", '&#39;')} - Kids' Activities - Marlow Vale Parents</title>
<meta name="description" content="My daughter turns two in April and we want to do a small party for about ten little ones from nursery.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.marlowvaleparents.org/t/soft-play-recommendations-for-a-2-year-olds-party/4812">
<link href="/stylesheets/color_definitions_marlow_3_1_1a2b.css?__ws=forum.marlowvaleparents.org" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.marlowvaleparents.org"}</script>
<meta property="og:site_name" content="Marlow Vale Parents"><meta property="article:section" content="Kids' Activities"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="site-header-logo">
<a href="https://forum.marlowvaleparents.org">
<img src="https://forum.marlowvaleparents.org/uploads/default/original/1X/logo.png" alt="Marlow Vale Parents" id="site-logo" style="max-width: 150px;"></a>
</div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/soft-play-recommendations-for-a-2-year-olds-party/4812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/kids-activities/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #F1592A"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Kids' Activities</span></span></a><meta itemprop="position" content="1">
</span></div><div class="topic-list-tags"><div class="discourse-tags"><a href="/tag/parties" class="discourse-tag">parties</a>
<a href="/tag/toddlers" class="discourse-tag">toddlers</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle.replace("'", '&#39;')}">
<meta itemprop="articleSection" content="Kids' Activities"><meta itemprop="keywords" content="parties, toddlers">
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<span class="link-top-line"><a itemprop="url" href="/t/${r[1]}" class="title raw-link raw-topic-link">${r[0]}</a></span></td><td></td>
<td class="replies"><span class="posts" title="posts">${r[1]}</span></td>
<td class="views"><span class="views" title="views">${r[2]}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${t.length}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout529-discourse-soft-play-party-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.html.flatMap(dText))),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, `(${p.name})`, p.date.replace(/\s+/g, ' ')])), ...dRelated.map((r) => r[3] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Kids' Activities", 'parties', 'toddlers', '1', '3', '4', ...new Set(dPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity',
    ...dRelated.flatMap((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '']).filter((t) => t !== '11'),
    ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT529_E: readonly TestPage[] = [hubspotGroups, discourseThread];
