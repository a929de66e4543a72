import { links, type TestPage, texts } from './page-kit.js';
import { shopifyThread } from './pages-heldout207-d2.js';

/**
 * Held-out batch 207, file d: a Zendesk Community feedback post on the Zendesk help center (the Copenhagen-based theme: the
 * header with "Submit a request" and "Sign in", the breadcrumbs and the help center search, the post's status label, the
 * "Follow" button with its follower count, the author line with avatar badge and time, the vote box with its sum, the
 * comment overview with the count and "Sort by", comments with community badges, "Official comment" labels, times and vote
 * sums, "Please sign in to leave a comment.", the "Related posts" sidebar, the OneTrust cookie banner and the footer)
 * and, from file d2, a Shopify Community thread on Discourse.
 */
const zdTitle = 'Allow agents to snooze a ticket until a set date without changing its status';
const zdPost = [
  'Our agents often promise a customer "I will check again on Monday". Today the only way to do that is to set the ticket ' +
    'to Pending or On-hold and add a reminder in a calendar, or to build an automation that reopens tickets based on a ' +
    'custom date field. Both are clumsy and the second one breaks every time somebody forgets to fill in the date.',
  'Feature request:',
];
const zdList = [
  'A "Snooze until" option on the ticket, with a date and time picker.',
  "Snoozed tickets leave the agent's views and come back at the top of them at the chosen time.",
  'The customer sees no change in status, so no notification is sent.',
  'An admin report of how many tickets are snoozed and for how long.',
];
const zdPost2 = ['We have 60 agents in three time zones and we think this would remove most of our custom reminder automations. Happy to ' + 'join a beta.'];
interface ZdComment {
  name: string;
  badge: string;
  when: string;
  votes: string;
  official?: boolean;
  paras: readonly string[];
}
const zdComments: ZdComment[] = [
  {
    name: 'Petronella Vasquez',
    badge: 'Zendesk Product Manager',
    when: 'April 14, 2025',
    votes: '11',
    official: true,
    paras: [
      'Thank you for the detailed request, and to everyone who has added their use cases below. Ticket snoozing is on our ' +
        'roadmap for the agent workspace. We are starting with snoozing for individual agents and will look at team-wide ' +
        'reporting afterwards.',
      'We will share an early access programme in this thread when it opens.',
    ],
  },
  {
    name: 'Emeka Okafor',
    badge: '',
    when: 'April 22, 2025',
    votes: '4',
    paras: [
      'Plus one. We built the custom date field workaround and it causes more tickets to be reopened at the wrong time than ' +
        'it saves. A native snooze would let us delete four automations.',
      'It would also help our weekend team, who currently see tickets that nobody can act on until Monday.',
    ],
  },
  {
    name: 'Hanne Sørlie',
    badge: 'Community Moderator',
    when: 'June 3, 2025',
    votes: '2',
    paras: [
      'Until this ships, a tip that works well for several customers: use a ticket tag such as snooze_monday together with a ' +
        'time-based automation that removes the tag and sets the ticket to Open. It is not perfect, but it does not need a ' +
        'custom field.',
      'Remember to exclude the tag from your SLA policies, or snoozed tickets will still breach.',
    ],
  },
];
const zdHead = ['Zendesk help', 'Get started', 'Products', 'Community', 'Submit a request', 'Sign in'];
const zdCrumbs = ['Zendesk help', 'Community', 'Feedback - Ticketing system (Support)'];
const zdFurn = [
  'Planned',
  'Follow',
  '37 followers',
  'Zendesk Community Team',
  '128 votes',
  'Comments',
  '3 comments',
  'Sort by',
  'Date',
  'Votes',
  'Official comment',
  'Please sign in to leave a comment.',
  'Related posts',
  'Search',
];
const zdRelated = ['Ticket reminders for agents', 'Set a follow-up date on a ticket', 'Snooze emails in the agent workspace'];
const zdCookie = ['This site uses cookies to give you the best experience. Read more in our Cookie Notice.', 'Cookie Settings', 'Accept All Cookies'];
const zdFoot = ['Zendesk products', 'Company', 'Legal', 'Privacy Notice', 'Cookie Notice', 'System status', 'Zendesk Status'];
const zdComment = (c: ZdComment, i: number): string => `<li id="community_comment_${16920000 + i}" class="comment${c.official ? ' comment-official' : ''}">
<div class="comment-wrapper"><div class="comment-info"><div class="comment-author"><div class="avatar comment-avatar">
${c.badge === '' ? '' : '<svg class="icon-agent" aria-hidden="true"></svg>'}
<img src="https://support.zendesk.example/system/photos/${i}.png" alt="" class="user-avatar"></div>
<div class="comment-meta"><span title="${c.name}"><a href="/hc/en-us/profiles/${i}">${c.name}</a></span>
${c.badge === '' ? '' : `<span class="community-badge community-badge-titles">${c.badge}</span>`}
<ul class="meta-group"><li class="meta-data"><time datetime="2025-0${i + 4}-1${i}T10:00:00Z" title="${c.when}"
data-datetime="calendar">${c.when}</time></li></ul></div>
${c.official ? '<div class="comment-labels"><span class="status-label-official">Official comment</span></div>' : ''}</div>
<section class="comment-body">${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</section></div>
<div class="comment-actions-container"><div class="comment-vote vote"><button type="button" class="vote-up" aria-label="This comment was helpful"></button>
<span class="vote-sum">${c.votes}</span><button type="button" class="vote-down" aria-label="This comment was not helpful"></button></div></div></li>`;
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zdTitle} – Zendesk help</title>
<meta name="description" content="Our agents often promise a customer that they will check again on Monday.">
<meta property="og:title" content="${zdTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Zendesk help">
<link rel="canonical" href="https://support.zendesk.com/hc/en-us/community/posts/7702150838042-Allow-agents-to-snooze-a-ticket">
<link rel="stylesheet" href="//theme.zdassets.example/theme_assets/2379/style.css">
<script src="//static.zdassets.example/hc/assets/hc_enduser-5f1c.js"></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="7e1a"></script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png"
alt="Zendesk help Help Center home page"></a></div>
<nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">${links(zdHead, 'item')}</ul></nav></header>
<main role="main"><div class="container-divider"></div><div class="container" id="main-content">
<div class="sub-nav"><ol class="breadcrumbs">${zdCrumbs.map((t) => `<li title="${t}"><a href="#">${t}</a></li>`).join('')}</ol>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"><span class="search-placeholder">Search</span></form></div></div>
<div class="post-container"><div class="post"><div class="post-header"><h1 class="post-title">${zdTitle}
<span class="status-label status-label-planned">Planned</span></h1>
<div class="post-follow"><div class="dropdown"><button class="dropdown-toggle button-secondary">Follow</button></div>
<span class="follow-count">37 followers</span></div></div>
<div class="post-info-container"><div class="post-info"><div class="avatar post-avatar"><img src="https://support.zendesk.example/system/photos/op.png"
alt="" class="user-avatar"></div><div class="post-meta"><span class="post-author" title="Joaquim Ferraz"><a
href="/hc/en-us/profiles/44">Joaquim Ferraz</a></span>
<ul class="meta-group"><li class="meta-data"><time datetime="2025-03-28T08:12:00Z" title="March 28, 2025" data-datetime="calendar">March 28, 2025</time></li>
<li class="meta-data">Edited March 29, 2025</li></ul></div></div></div>
<div class="post-content"><div class="post-body">${zdPost.map((p) => `<p>${p}</p>`).join('\n')}<ol>${zdList.map((t) => `<li>${t}</li>`).join('')}</ol>
${zdPost2.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="post-actions-wrapper"><div class="post-vote vote"><button type="button" class="vote-up" aria-label="This post was helpful"></button>
<span class="vote-sum">128 votes</span><button type="button" class="vote-down" aria-label="This post was not helpful"></button></div></div></div>
<div class="post-comments" id="comments"><div class="comment-overview"><h2 class="comment-heading">Comments</h2><p class="comment-callout">3 comments</p>
<div class="comment-sorter"><span class="dropdown-toggle">Sort by</span><span role="menu"><a role="menuitem" href="?sort_by=created_at">Date</a>
<a role="menuitem" href="?sort_by=votes">Votes</a></span></div></div>
<ul id="comments" class="comment-list">${zdComments.map(zdComment).join('\n')}</ul>
<p class="comment-callout">Please sign in to leave a comment.</p></div></div>
<aside class="post-sidebar"><h3 class="collapsible-sidebar-title sidenav-title">Related posts</h3><ul>${links(zdRelated, 'sidenav-item')}</ul>
<span class="community-badge-titles">Zendesk Community Team</span></aside></div></div></main>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${zdCookie[0]}</p>
<button id="onetrust-pc-btn-handler">${zdCookie[1]}</button><button id="onetrust-accept-btn-handler">${zdCookie[2]}</button></div>
<footer class="footer"><div class="footer-inner"><ul class="footer-links">${links(zdFoot, 'footer-link')}</ul>
<p class="footer-copy">© Zendesk 2025</p></div></footer></body></html>`;
const zendeskPost: TestPage = {
  html: zdHtml,
  name: 'heldout207-zendesk-community-post',
  kind: 'forum',
  // the status label sits inside the h1: the title is the h1 text without it
  title: zdTitle,
  headings: [],
  body: texts([...zdPost, ...zdList, ...zdPost2, ...zdComments.flatMap((c) => c.paras)]),
  bylines: ['Joaquim Ferraz', 'March 28, 2025', 'Edited March 29, 2025', ...zdComments.flatMap((c) => [c.name, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zdHead, ...zdCrumbs, ...zdFurn, 'Zendesk Product Manager', 'Community Moderator', ...zdRelated, ...zdCookie,
    ...zdFoot, '© Zendesk 2025',
  ],
};

export const HELDOUT207_D: readonly TestPage[] = [zendeskPost, shopifyThread];
