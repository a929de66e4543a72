import { links, type TestPage, texts } from './page-kit.js';
import { mastodon } from './pages-heldout140-f2.js';

/**
 * Held-out batch 140, file f: a Spiceworks Community topic (the community runs on Discourse) as the browser saves the
 * rendered app: the custom Spiceworks header with "Sign Up" / "Log In", the Discourse sidebar (Topics, More, categories,
 * tags), the topic title with category badge and tags, posts with avatars, names, pepper-rank titles, tiny relative dates,
 * a reply-to tab, the solved box in the first post ("Solved by ... in post #4" with a quoted excerpt), the topic map,
 * like counts, "Solution" and "Reply" buttons, the "Related topics" table, the anonymous sign-up prompt, the OneTrust
 * banner, the Spiceworks footer and the crawler copy of the posts in <noscript>; and, from file f2, a Mastodon post.
 */
const swTitle = 'Mapped drives disappear after Windows 11 laptops wake from sleep';
type Sw = { n: number; user: string; rank: string; tiny: string; full: string; likes: string; paras: string[]; replyTo?: string; solution?: boolean };
const swPosts: Sw[] = [
  {
    n: 1,
    user: 'kmorrow-it',
    rank: 'Jalapeno',
    tiny: 'Nov 3',
    full: 'November 3, 2025,  9:42am',
    likes: '2',
    paras: [
      'We have about 60 Windows 11 laptops in a small office, all joined to the domain. Since last month, several users a day report that ' +
        'their mapped drives show a red cross after the laptop has been asleep overnight. Clicking the drive sometimes reconnects it, ' +
        'sometimes gives “The network path was not found”.',
      'The drives are mapped through Group Policy Preferences with the Create action. A reboot always fixes it. Desktops on the same policy ' +
        'are fine, so I suspect something power-related, but I am out of ideas. Has anyone seen this?',
    ],
  },
  {
    n: 2,
    user: 'Bartosz_W',
    rank: 'Thai Pepper',
    tiny: 'Nov 3',
    full: 'November 3, 2025, 10:15am',
    likes: '1',
    paras: [
      'Are the laptops on Wi-Fi when they wake? If the wireless connection comes up after the user is already at the desktop, Windows tries ' +
        'to reconnect the drives before there is a network and gives up.',
    ],
  },
  {
    n: 3,
    user: 'kmorrow-it',
    rank: 'Jalapeno',
    tiny: 'Nov 3',
    full: 'November 3, 2025, 10:31am',
    likes: '0',
    replyTo: 'Bartosz_W',
    paras: ['Mostly Wi-Fi, yes, though a couple of the affected ones are docked on Ethernet overnight.'],
  },
  {
    n: 4,
    user: 'nadia.h',
    rank: 'Ghost Chili',
    tiny: 'Nov 3',
    full: 'November 3, 2025,  2:08pm',
    likes: '7',
    solution: true,
    paras: [
      'Change the drive maps from Create to Replace and tick “Reconnect” in each map. Create only maps the drive if it is missing at logon, ' +
        'so a stale mapping that survives sleep is never refreshed. Replace removes and recreates it at each policy refresh.',
      'Then enable “Always wait for the network at computer startup and logon” under Computer Configuration, Administrative Templates, ' +
        'System, Logon. On laptops that resume from Modern Standby, also make sure the network adapter is not allowed to be turned off to save ' +
        'power, otherwise the docked ones will do the same thing.',
    ],
  },
  {
    n: 5,
    user: 'kmorrow-it',
    rank: 'Jalapeno',
    tiny: 'Nov 5',
    full: 'November 5, 2025,  8:55am',
    likes: '1',
    paras: [
      'Made both changes on Monday and pushed the adapter setting through Intune. Two full days now with no tickets about missing drives. ' +
        'Marking this as the solution, thank you.',
    ],
  },
  {
    n: 6,
    user: 'Bartosz_W',
    rank: 'Thai Pepper',
    tiny: 'Nov 5',
    full: 'November 5, 2025, 10:37am',
    likes: '1',
    paras: [
      'Good to hear. For anyone landing here later: if you also use Offline Files on those laptops, check the sync schedule after making the ' +
        'switch to Replace, because a drive that is recreated while a sync is running can leave a handful of files in conflict.',
    ],
  },
];
const swExcerpt = 'Change the drive maps from Create to Replace and tick “Reconnect” in each map.';
const swHeader = ['Community', 'Research', 'News', 'Events', 'IT Tools'];
const swSidebar = ['Topics', 'Users', 'Badges', 'About', 'FAQ', 'Groups'];
const swCats = ['Windows', 'Networking', 'Security', 'Hardware', 'All categories'];
const swTags = ['windows-11', 'group-policy'];
const swRelated = [
  ['Drive mappings slow at logon over VPN', '5', '640', 'Oct 2025'],
  ['GPP drive map not applying to new users', '11', '2.1k', 'Sep 2025'],
  ['Laptops lose domain trust after sleep', '8', '1.4k', 'Aug 2025'],
];
const swCta = ['Hi there! It looks like you are enjoying the discussion but have not signed up yet.', 'Remind me tomorrow', 'No thanks'];
const swCookie = 'We and our partners use cookies to measure site performance, personalise content and show relevant advertising.';
const swFoot = [
  'About',
  'Contact',
  'Support',
  'Careers',
  'Blog',
  'Privacy Policy',
  'Terms of Use',
  'Accessibility Statement',
  'Do Not Sell or Share My Personal Information',
];
const swPost = (p: Sw): string => `<div class="topic-post clearfix${p.n === 1 || p.user === 'kmorrow-it' ? ' topic-owner' : ''} regular${
  p.solution ? ' accepted-answer' : ''
}" data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${9038800 + p.n}"
data-topic-id="1184922"
class="boxed onscreen-post"><a class="tabLoc" aria-label="Jump to post" href=""></a><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}"><img alt="" width="48" height="48"
src="https://community.spiceworks.example/user_avatar/${p.user}/96/1.png" class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix"><div
role="heading"
aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a>
</span><span class="user-title">${p.rank}</span></div><div class="post-infos">${
  p.replyTo
    ? `<a class="reply-to-tab" href="/t/1184922/2" aria-label="in reply to post 2 by @${p.replyTo}"><img alt="" width="24" height="24"
class="avatar"><span>${p.replyTo}</span></a>`
    : ''
}<div class="post-info post-date"><a class="post-date" href="/t/mapped-drives-disappear/1184922/${p.n}" data-post-number="${p.n}"><span title="${p.full}"
data-format="tiny"
class="relative-date">${p.tiny}</span></a></div></div></div><div class="regular contents"><div class="cooked">${p.paras.map((x) => `<p>${x}</p>`).join('\n')}${
  p.n === 1
    ? `<aside class="quote accepted-answer" data-post="4" data-topic="1184922" data-expanded="false"><div class="title"><div
class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a href="/u/nadia.h" data-user-card="nadia.h">nadia.h</a> in <a href="/t/1184922/4">post #4</a></div></div></div>
<blockquote><p>${swExcerpt}</p></blockquote></aside>`
    : ''
}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.likes === '0'
    ? ''
    : `<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text" title="${p.likes}
people liked
this post"><span class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this
post"></button></div>`
}${
  p.solution
    ? '<button class="widget-button btn-flat post-action-menu__solved accepted fade-out btn-icon-text" title="this reply has been marked as the solution">' +
      '<span class="d-button-label">Solution</span></button>'
    : ''
}<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat
reply create
fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div>${
  p.n === 1
    ? `<section class="topic-map --op"><ul class="clearfix"><li class="created-at"><h4 role="presentation">created</h4><span class="relative-date">Nov
3</span></li>
<li class="last-reply"><h4 role="presentation">last reply</h4><span class="relative-date">Nov 5</span></li><li class="replies"><span class="number">5</span><h4
role="presentation">replies</h4></li><li class="secondary views"><span class="number">1.2k</span><h4 role="presentation">views</h4></li><li class="secondary
users">
<span class="number">3</span><h4 role="presentation">users</h4></li><li class="secondary likes"><span class="number">11</span><h4
role="presentation">likes</h4></li></ul></section>`
    : ''
}</div></div></article></div>`;
const swCrawler = `<noscript data-path="/t/mapped-drives-disappear-after-windows-11-laptops-wake-from-sleep/1184922"><header class="noscript-header"><div
id="site-logo"><a
href="https://community.spiceworks.example/"><img src="https://community.spiceworks.example/logo.png" alt="Spiceworks Community"
id="site-logo"></a></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/mapped-drives-disappear/1184922">${swTitle}</a></h1></div>
${swPosts
  .map(
    (p) => `<div class="topic-body crawler-post" id="post_${p.n}"><div class="crawler-post-meta"><span class="creator" itemprop="author"><a
href="/u/${p.user}"><span
itemprop="name">${p.user}</span></a></span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-11-03T09:42:00Z"
class="post-time">${p.full}</time>
<meta itemprop="position" content="${p.n}"></span></div><div class="post" itemprop="text">${p.paras.map((x) => `<p>${x}</p>`).join('\n')}</div><div
itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta
itemprop="userInteractionCount" content="${p.likes}"><span class='post-likes'>${
      p.likes === '0'
        ? ''
        : `${p.likes}
${p.likes === '1' ? 'Like' : 'Likes'}`
    }</span></div></div>`,
  )
  .join('\n')}
</div><footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a
href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.example">Discourse</a>, best viewed with JavaScript enabled</p></footer></noscript>`;
const swHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${swTitle} - Windows - Spiceworks
Community</title>
<meta name="description" content="We have about 60 Windows 11 laptops in a small office, all joined to the domain."><meta name="generator" content="Discourse
3.5.0">
<link rel="canonical" href="https://community.spiceworks.example/t/mapped-drives-disappear-after-windows-11-laptops-wake-from-sleep/1184922">
<meta property="og:site_name" content="Spiceworks Community"><meta property="og:type" content="website"><meta name="twitter:title" property="og:title"
content="${swTitle}">
<meta property="article:published_time" content="2025-11-03T09:42:11+00:00"><meta property="og:ignore_canonical" content="true">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${swTitle}","mainEntity":{"@type":"Question","name":"${swTitle}",
"answerCount":5,"upvoteCount":2,"datePublished":"2025-11-03T09:42:11.000Z","author":{"@type":"Person","name":"kmorrow-it"},"acceptedAnswer":{"@type":"Answer",
"upvoteCount":7,"author":{"@type":"Person","name":"nadia.h"},"url":"https://community.spiceworks.example/t/1184922/4"}}}</script>
<link href="https://community.spiceworks.example/stylesheets/desktop_ea2f.css" media="all" rel="stylesheet" data-target="desktop">
<script defer src="https://community.spiceworks.example/assets/discourse-8c2b.js"></script><script defer
src="https://community.spiceworks.example/theme-javascripts/sw-header.js"></script>
</head>
<body class="crawler ember-application archetype-regular category-windows tag-windows-11 tag-group-policy has-sidebar-page docked">
<div id="ember5" class="ember-view"><section id="main"><div class="d-header-wrap"><header class="d-header sw-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><button class="btn no-text btn-icon btn-sidebar-toggle" aria-label="Hide sidebar" title="Hide sidebar"
aria-expanded="true"></button>
<div class="title"><a href="/" data-auto-route="true"><img src="https://community.spiceworks.example/sw-logo.svg" alt="Spiceworks Community" id="site-logo"
class="logo-big"></a></div></div><nav class="sw-header__nav"><ul>${links(swHeader, 'sw-header__item')}</ul></nav><div class="panel" role="navigation"><span
class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span class="d-button-label">Sign
Up</span></button><button
class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span><ul class="icons
d-header-icons"><li
class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search"
title="Search"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections
sidebar-sections-anonymous"><div class="sidebar-section" data-section-name="community"><ul class="sidebar-section-content">${swSidebar
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/${t.toLowerCase()}"><span
class="sidebar-section-link-content-text">${t}
</span></a></li>`,
  )
  .join(
    '',
  )}<li><button class="sidebar-more-section-links-details-summary">More</button></li></ul></div><div class="sidebar-section" data-section-name="categories">
<h2 class="sidebar-section-header-text">Categories</h2><ul>${links(swCats, 'sidebar-section-link-wrapper')}</ul></div><div class="sidebar-section"
data-section-name="tags"><h2 class="sidebar-section-header-text">Tags</h2><ul>${links(
  ['powershell', 'active-directory', 'windows-11'],
  'sidebar-section-link-wrapper',
)}</ul>
</div></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="1184922"><a
href="/t/mapped-drives-disappear/1184922" class="fancy-title">${swTitle}</a></h1><div class="topic-category"><div class="badge-category__wrapper"><a
href="/c/windows/45"><span
data-category-id="45" style="--category-badge-color: #0078D4;" class="badge-category --style-square"><span
class="badge-category__name">Windows</span></span></a></div>
<div class="list-tags">${swTags
  .map(
    (t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag
box">${t}</a>`,
  )
  .join('')}</div></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${swPosts.map(swPost).join('\n')}
</div></div>
<div class="more-topics__container"><div class="more-topics__lists"><h3 class="more-topics__list-title">Related topics</h3><table
class="topic-list"><thead><tr><th
class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity
num">Activity</th></tr></thead><tbody>${swRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r[1]}" class="title raw-link raw-topic-link">${r[0]}</a></td><td class="num
posts"><span
class="number">${r[1]}</span></td><td class="num views"><span class="number">${r[2]}</span></td><td class="num activity"><span
class="relative-date">${r[3]}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div>
<div class="signup-cta alert alert-info"><div class="signup-cta__body"><p>${swCta[0]}</p></div><div class="signup-cta__buttons"><button class="btn
btn-primary"><span
class="d-button-label">Sign Up</span></button><button class="btn"><span class="d-button-label">${swCta[1]}</span></button><button class="btn-flat"><span
class="d-button-label">${swCta[2]}</span></button></div></div>
<footer class="sw-footer"><div class="sw-footer__brand">Spiceworks</div><ul class="sw-footer__links">${links(swFoot)}</ul><p class="sw-footer__copy">©
Copyright 2006 - 2025
Spiceworks Inc.</p></footer></section></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p
id="onetrust-policy-text">${swCookie}</p><div
id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie
Settings</button></div></div></div>
${swCrawler}
</body></html>`;
const spiceworks: TestPage = {
  html: swHtml,
  name: 'heldout140-spiceworks-community-topic',
  kind: 'forum',
  // all five posts are body; the solved box's excerpt is in neither list; user names and post dates (tiny and full, the
  // full ones only in the crawler copy) are bylines; pepper ranks, like counts, the topic map, "Solved by ... in post #4",
  // "Solution", tags, the related-topics table and the crawler's like counts are furniture
  title: swTitle,
  headings: [],
  body: texts(swPosts.flatMap((p) => p.paras)),
  bylines: ['kmorrow-it', 'Bartosz_W', 'nadia.h', 'Nov 3', 'Nov 5', ...swPosts.map((p) => p.full)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...swHeader, 'Sign Up', 'Log In', ...swSidebar, 'More', 'Categories', ...swCats, 'Tags', 'powershell', 'active-directory', ...swTags, 'Jalapeno',
'Thai Pepper',
    'Ghost Chili', 'Solved by nadia.h in post #4', 'created', 'last reply', 'replies', '1.2k', 'views', 'users', 'likes', 'Solution', 'Reply',
    'Related topics', 'Topic', 'Activity', ...swRelated.map((r) => r[0] ?? ''), 'Oct 2025', 'Sep 2025', 'Aug 2025', ...swCta,
    'Spiceworks', ...swFoot.filter((t) => t !== 'About'), '© Copyright 2006 - 2025 Spiceworks Inc.', swCookie, 'Accept All Cookies', 'Cookie Settings',
'7 Likes', '2 Likes', '1 Like', 'Home',
    'Guidelines', 'Terms of Service', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT140_F: readonly TestPage[] = [spiceworks, mastodon];
