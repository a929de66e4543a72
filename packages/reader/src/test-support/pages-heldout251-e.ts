import { type TestPage, texts } from './page-kit.js';
import { joomlaMuseum } from './pages-heldout251-e2.js';

import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file e: a military spouse community thread on Discourse (the d-header, the topic title with its
 * category badge and tags, topic-post articles with names, dates and the cooked post bodies, post controls and like
 * counts, the topic map, the timeline, the footer buttons with notification level, "Suggested Topics" and the
 * noscript crawler footer) and, from file e2, a regimental museum's history page on Joomla 4.
 */
const dTitle = 'PCS to Fort Arlo this summer: housing waitlist or rent off post?';
const posts: [string, string, string[]][] = [
  [
    'bailey_m',
    'Feb 21',
    [
      j(
        'We just got orders to Fort Arlo with a report date in late July. Two kids (6 and 9) and a large dog. I have read mixed things about',
        'the on-post housing waitlist and I am trying to decide whether to get on it now or just start looking at rentals in Halden.',
      ),
      'For those who have been there recently: how long was your wait, and was it worth it? Any neighborhoods off post you would avoid?',
    ],
  ],
  [
    'kestrel_wife',
    'Feb 21',
    [
      j(
        'We got there last June. The waitlist for three-bedroom homes was about four months when we applied, and we ended up renting off post',
        'while we waited. By the time our number came up, the kids were settled in school so we stayed put.',
      ),
      'Get on the list anyway. It costs nothing and you can decline an offer without losing your place for the other neighborhoods.',
    ],
  ],
  [
    'R_Delacroix',
    'Feb 22',
    [
      j(
        'Seconding getting on the list. Off post, we love the Ashgrove area: ten minutes to the east gate and the elementary school there has',
        'a military family liaison. I would skip anything along Route 9 near the rail yard, the trains run all night.',
      ),
      'Also, the big dog might be the deciding factor. Post housing has breed and weight rules, so check those before you count on it.',
    ],
  ],
  [
    'bailey_m',
    'Feb 22',
    [
      'Thank you both, this is really helpful. I did not know about the weight limit. Our dog is 90 pounds so that may settle it for us.',
      'Does anyone know if the housing office will give us a written answer on the pet policy before we arrive?',
    ],
  ],
  [
    'jomarie.t',
    'Feb 23',
    [
      j(
        'Yes, email the housing office with the breed, weight and your sponsor’s name. They answered us within a week. If you end up renting,',
        'ask the relocation office for the list of landlords who accept the military clause. It saved us a lot of back and forth.',
      ),
    ],
  ],
];
const dSuggested = ['First PCS overseas: what did you wish you had packed?', 'School enrollment before you have a local address', 'Spouse jobs near Fort Arlo'];
const dNav = ['Topics', 'My Posts', 'Review', 'Categories', 'PCS & Moving', 'Employment', 'Deployment Support', 'All categories'];
const post = ([user, date, paras]: [string, string, string[]], i: number): string => `<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}"
role="region" data-post-id="${8800 + i}" data-topic-id="1207" data-user-id="${300 + i}" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" data-user-card="${user}" aria-hidden="true"><img
alt="" width="48" height="48" src="/user_avatar/forum.milspouse.example/${user}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span
class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/pcs-to-fort-arlo/1207/${i + 1}"><span title="${date}, 2026 8:14 pm"
class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="btn-flat toggle-like like" title="like this post"><span
class="like-count">${[7, 12, 15, 3, 9][i]}</span></button><button class="btn-flat share" title="copy a link to this post to clipboard">Share</button>
<button class="btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav>
</section></div></div></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - PCS &amp; Moving - Homebase
Spouses</title>
<meta name="description" content="We just got orders to Fort Arlo with a report date in late July.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<meta property="og:site_name" content="Homebase Spouses"><meta property="og:type" content="website">
<link rel="canonical" href="https://forum.milspouse.example/t/pcs-to-fort-arlo/1207">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"bailey_m"},"datePublished":"2026-02-21T20:14:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":5}}</script>
<link href="/stylesheets/desktop_e3b0c4.css" media="all" rel="stylesheet" data-target="desktop"><meta id="data-discourse-setup" data-preloaded="{}"></head>
<body class="crawler ember-application archetype-regular category-pcs-moving"><section id="main" class="ember-application"><div class="d-header-wrap">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/uploads/logo.png" alt="Homebase Spouses"
id="site-logo"></a></div>
<div class="panel clearfix"><span class="header-buttons"><button class="btn btn-primary sign-up-button">Sign Up</button><button class="btn login-button">Log In
</button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><div class="sidebar-sections">${dNav
  .map(
    (t) => `<a class="sidebar-section-link"
href="#"><span class="sidebar-section-link-content-text">${t.replace('&', '&amp;')}</span></a>`,
  )
  .join('')}</div></div>
<div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1207">
<a href="/t/pcs-to-fort-arlo/1207" class="fancy-title">${dTitle}</a>
</h1><div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category__name">PCS &amp; Moving</span></span>
<div class="list-tags">
<a href="/tag/fort-arlo" class="discourse-tag simple">fort-arlo</a> <a href="/tag/on-post-housing" class="discourse-tag simple">on-post-housing</a>
</div></div></div></div>
<div class="container posts"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date">Feb 21</a></div>
<div class="timeline-replies">1 / 5
</div><div class="timeline-date-wrapper"><a class="now-date">Feb 23</a></div></div>
<div class="post-stream">${posts.map(post).join('\n')}</div>
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4></li><li><h4>last reply</h4></li><li><span class="number">4</span><h4
role="presentation">replies</h4></li><li><span class="number">612</span><h4>views</h4></li><li><span class="number">4</span><h4>users</h4></li></ul></section>
</div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text create"><span class="d-button-label">Reply</span></button><div class="notifications-button">
<span class="d-button-label">Normal</span></div><p class="reason">You will be notified if someone mentions your @name or replies to you.</p></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>${dSuggested
  .map(
    (t) => `<tr
class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${t}</a></td></tr>`,
  )
  .join('')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in PCS &amp; Moving or view latest topics.</h3></div></div></div></div></section>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a
href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
<script src="/assets/discourse.js" defer></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout251-discourse-military-spouse-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(posts.flatMap((p) => p[2])),
  bylines: ['bailey_m', 'kestrel_wife', 'R_Delacroix', 'jomarie.t', 'Feb 21', 'Feb 22', 'Feb 23'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dNav, 'fort-arlo', 'on-post-housing', '1 / 5',
    'Share', 'Reply', 'created', 'last reply', 'replies', 'views', 'users', '612', 'Normal',
    'You will be notified if someone mentions your @name or replies to you.', 'Suggested Topics', ...dSuggested,
    'Want to read more? Browse other topics in PCS & Moving or view latest topics.', 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT251_E: readonly TestPage[] = [discourse, joomlaMuseum];
