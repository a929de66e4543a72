import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout506-kit.js';

/**
 * Held-out batch 506, file e: a printmakers' forum thread on Discourse (the rendered Ember page with likes, reply buttons and
 * suggested topics); the batch's MediaWiki page is in file e2.
 */
const dTitle = 'Hard ground cracking on copper plates in a cold studio?';
const dPosts: { user: string; date: string; likes: string; paras: string[] }[] = [
  {
    user: 'feltham_etches',
    date: 'Jan 9',
    likes: '',
    paras: [
      j(
        'My studio is an unheated garage and it has been around 4°C most mornings this month. The hard ground I laid on three',
        'plates last week has crazed all over, fine cracks like old varnish, and the acid is biting through them.',
      ),
      'I am using a liquid hard ground, two thin coats, warmed on the hotplate. Is it the cold, or am I doing something else wrong?',
    ],
  },
  {
    user: 'OrrinPressworks',
    date: 'Jan 9',
    likes: '4',
    paras: [
      j(
        'Almost certainly the cold. Hard ground gets brittle below about 10°C, and if the plate goes from a warm hotplate to a',
        'freezing bench it contracts faster than the ground can cope with.',
      ),
      'Let the plate cool slowly on a piece of board rather than on metal, and keep grounded plates indoors until you need them.',
    ],
  },
  {
    user: 'ada.pim',
    date: 'Jan 10',
    likes: '2',
    paras: [
      j(
        'Agree with Orrin. I also add a few drops of clove oil to my ground in winter, which keeps it a little softer. Test it on',
        'a scrap first, because too much and your lines will blur.',
      ),
    ],
  },
  {
    user: 'feltham_etches',
    date: 'Jan 12',
    likes: '1',
    paras: ['Moved the plates into the house overnight and let them cool on a bread board. No cracks on the new ones. Thank you both!'],
  },
];
const dCat = ['Techniques', 'Intaglio'];
const dTags = ['hard-ground', 'winter-studio'];
const dSugg = ['Ferric chloride disposal, what do you do?', 'Aquatint box on a budget', 'Best paper for drypoint on a small press'];
const dPost = (
  p: (typeof dPosts)[number],
  i: number,
): string => `<div class="topic-post clearfix regular"><article id="post_${i + 1}" aria-label="post #${i + 1}
by @${p.user}" role="region" data-post-id="${2210 + i}" data-topic-id="418" data-user-id="${31 + i}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"
tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.printmakerscommons.example/${p.user}/96/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username${
  i === 0 || i === 3 ? ' new-user' : ''
}"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span></div><div class="post-infos"><div class="post-info
post-date"><a class="post-date" href="/t/hard-ground-cracking/418/${i + 1}" title="Post date"><span title="${p.date}, 2027 9:41 am" data-time="1799999999"
class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras.map(esc))}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div
class="actions">${
  p.likes === ''
    ? ''
    : `<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text"
aria-label="${p.likes} people liked this post">${p.likes}</button>`
}<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post"
title="like this post"></button><button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post to
clipboard"></button><button
class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="Begin composing a reply to this post"><span
class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Techniques / Intaglio - Printmakers’ Commons</title><meta name="description" content="My studio is an unheated garage">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest"><meta name="generator" content="Discourse 3.3.0 -
https://github.com/discourse/discourse version 5a9e1c">
<link rel="canonical" href="https://forum.printmakerscommons.example/t/hard-ground-cracking-on-copper-plates-in-a-cold-studio/418">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"feltham_etches"},"datePublished":"2027-01-09T09:41:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":3}}</script>
<link href="/stylesheets/desktop_5a9e1c.css?__ws=forum.printmakerscommons.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-5a9e1c.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler-hidden docked archetype-regular category-techniques-intaglio tag-hard-ground"><section id="main" class="ember-application">
<div class="ember-view"><div id="ember3" class="d-header-wrap ember-view"><header class="d-header"><div class="wrap"><div class="contents"><div
class="home-logo-wrapper-outlet">
<div class="title"><a href="/" data-auto-route="true"><img src="/uploads/default/original/1X/logo.png" alt="Printmakers’ Commons" id="site-logo"
class="logo-big"></a></div>
</div><div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button"><span class="d-button-label">Log
In</span></button>
</span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search"
title="Search"></a></li><li class="header-dropdown-toggle hamburger-dropdown"><a href="" class="icon btn-flat" aria-label="menu"
title="menu"></a></li></ul></div></div></div>
</header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="ember-view"><div
id="topic-title"><div
class="container"><div class="title-wrapper"><h1 data-topic-id="418"><a href="/t/hard-ground-cracking-on-copper-plates-in-a-cold-studio/418"
class="fancy-title">${dTitle}</a>
</h1><div class="topic-category"><div class="categories-wrapper">${dCat
  .map(
    (c) => `<a class="badge-category__wrapper" href="/c/${c.toLowerCase()}"><span
class="badge-category --style-square"><span class="badge-category__name">${c}</span></span></a>`,
  )
  .join('')}</div><div class="list-tags">${dTags
  .map(
    (t) => `<a
href="/tag/${t}" class="discourse-tag simple">${t}</a>`,
  )
  .join('')}</div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="418"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map(dPost).join('\n')}
</div></div></section></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite"><span
class="d-button-label">Share</span>
</button><button class="btn btn-icon-text btn-default bookmark"><span class="d-button-label">Bookmark</span></button><button class="btn btn-icon-text
btn-primary
create"><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div role="heading" aria-level="2" class="more-topics__list"><h3 id="suggested-topics-title"
class="suggested-topics-title">Suggested
Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity
num">Activity</th></tr></thead>
<tbody>${dSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x/${300 + i}" class="title raw-link raw-topic-link">${t}</a></td><td
class="num posts">${7 + i}</td><td class="num age activity"><span class="relative-date">Dec ${20 + i}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div>
</div></div></div></div></section>
<script>(function(){var e=document.getElementById('data-preloaded');})();</script></body></html>`;
const discourse: TestPage = {
  name: 'heldout506-discourse-hard-ground',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['feltham_etches', 'OrrinPressworks', 'ada.pim', 'Jan 9', 'Jan 10', 'Jan 12', 'Dec 20', 'Dec 21', 'Dec 22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dCat, ...dTags, '2', '1', 'Reply', 'Share', 'Bookmark', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...dSugg, '7', '8', '9',
  ],
};

export const HELDOUT506_E: readonly TestPage[] = [discourse];
