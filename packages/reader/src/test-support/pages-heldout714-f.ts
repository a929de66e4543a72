import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout714-kit.js';

/**
 * Held-out batch 714, file f: an "Am I being unreasonable?" thread on a Mumsnet-style parenting forum (site nav, Talk
 * sub-nav, breadcrumbs, thread tools, the AIBU vote results, posts with names and dates, an "OP" badge and "OP's posts"
 * links, a bold quote inside a reply, ads between posts, the create-an-account box and trending threads), and a
 * home-education thread on a Discourse community saved from the rendered app (header, sidebar with sections, category and
 * tags, posts with usernames, full names, user titles and dates, a returning-user notice, a cooked table, a quote, mentions,
 * reactions, the topic map, the timeline, suggested topics and the "Want to read more?" line).
 */
type MPost = [name: string, date: string, paras: string[]];
const nTitle = 'To think 10 is old enough to walk to school on his own?';
const nOp = 'KettleAndCrumpets';
const nPosts: MPost[] = [
  [
    nOp,
    'Tue 02-Mar-27 19:42:11',
    [
      j(
        'DS is 10 and in Year 6. School is just under a mile away, mostly quiet residential roads, with one busy road that has a',
        'lollipop lady in the mornings.',
      ),
      j(
        'He has been begging to walk on his own since Christmas. Most of his friends already do, and he feels like a baby being',
        'dropped off. He has a basic phone with location sharing on it, and he knows the route inside out because we have walked it',
        'together for six years.',
      ),
      j(
        'DH thinks he is too young and that something could happen. I think he needs to start somewhere before secondary, when he',
        'will be getting a bus on his own anyway. AIBU to let him start after half term?',
      ),
    ],
  ],
  [
    'Fizzywhizz',
    'Tue 02-Mar-27 19:48:37',
    ['YANBU. Mine started walking at 9. Year 6 is exactly the right time, honestly, better now than being thrown in at the deep end in September.'],
  ],
  [
    'ThreeLittleHens',
    'Tue 02-Mar-27 19:55:02',
    [
      j(
        'I would do a few trial runs first. Walk behind him at a distance for a week so he knows you are there but he makes all the',
        'decisions himself. That is what we did and it helped DH more than it helped DS!',
      ),
    ],
  ],
  [
    'Marigold77',
    'Tue 02-Mar-27 20:03:15',
    [
      'He has a basic phone with location sharing on it',
      j('That would be the decider for me. Agree a couple of rules, like texting when he arrives and not stopping at the shop, and', 'let him go.'),
    ],
  ],
  [
    'NameChangedForThis',
    'Tue 02-Mar-27 20:11:49',
    [
      j(
        'I am going to be the odd one out. The busy road would worry me, lollipop lady or not. Drivers round our school are awful',
        'at 8:45. Could he walk part of the way and you meet him at the crossing?',
      ),
    ],
  ],
  [
    nOp,
    'Tue 02-Mar-27 20:26:04',
    [
      j(
        'Thank you all. The trial run idea is brilliant, DH is much happier with that. We will shadow him for the first week after',
        'half term and see how he gets on.',
      ),
      'NameChanged, the crossing is the bit I worry about too, so I will stand there for the first few days.',
    ],
  ],
  ['Fizzywhizz', 'Tue 02-Mar-27 20:31:20', ['Good luck to him! Report back. He will be so proud of himself.']],
];
const nNav = ['Talk', 'Parenting', 'Pregnancy', 'Baby names', 'Toddlers', 'Education', 'Money', 'Shopping'];
const nTalk = ['Active', 'Latest', 'Following', 'All topics'];
const nPoll = ['AIBU?', 'You are being unreasonable', '19%', 'You are NOT being unreasonable', '81%', '214 votes. Final results.'];
const nTrending: [string, string][] = [
  ['To be sick of the school WhatsApp group?', '312 replies'],
  ['Husband wants to buy a motorbike at 52', '188 replies'],
  ['What age did your DC get a phone?', '96 replies'],
];
const nFoot = ['About us', 'Contact us', 'Talk Guidelines', 'Terms of use', 'Privacy policy', 'Cookie policy', 'Manage cookies'];
const nPostHtml = ([name, date, paras]: MPost, i: number): string => `<div class="thread-post${name === nOp ? ' thread-post--op' : ''}" id="post-13004${
  70 + i
}"><div class="thread-post__header"><a class="thread-post__nickname" href="/talk/profile/${name}">${name}</a>${
  i > 0 && name === nOp ? ' <span class="thread-post__op-badge" title="Original poster">OP</span>' : ''
} <span class="thread-post__date"><time datetime="2027-03-02T${date.slice(-8)}Z">${date}</time></span></div>
<div class="thread-post__body">${
  i === 3 ? `<p><strong>${at(paras, 0)}</strong></p>\n<p>${at(paras, 1)}</p>` : paras.map((p) => `<p>${p}</p>`).join('\n')
}</div>${
  name === nOp
    ? `\n<div class="thread-post__op-nav"><span class="thread-post__op-nav-label">OP’s posts:</span> ${['first', 'prev', 'next', 'latest']
        .map((t) => `<a href="#op-${t}">${t}</a>`)
        .join(' ')}</div>`
    : ''
}
<div class="thread-post__actions"><button class="thread-post__action" type="button">Report</button><button class="thread-post__action"
type="button">Quote</button></div></div>${
  i === 2 ? '\n<div class="ad-slot ad-slot--inthread"><span class="ad-slot__label">Advertisement</span><div id="gpt-inthread-1"></div></div>' : ''
}`;
const nHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>To think 10 is old enough to walk to school on his own? | Mumswell</title>
<meta name="description" content="DS is 10 and in Year 6. School is just under a mile away, mostly quiet residential roads.">
<link rel="canonical" href="https://www.mumswell.co.uk/talk/am_i_being_unreasonable/5102448-to-think-10-is-old-enough-to-walk-to-school-on-his-own">
<meta property="og:site_name" content="Mumswell"><meta property="og:title" content="${nTitle}"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.mumswell.co.uk/_next/static/css/2f7c9e11d0a4b6c8.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${nTitle}",
"author":{"@type":"Person","name":"${nOp}"},"datePublished":"2027-03-02T19:42:11Z","commentCount":6}</script>
<script>window.mwAds = {"section":"talk","topic":"am_i_being_unreasonable","threadId":5102448,"slots":["leaderboard","inthread-1","mpu"]};</script></head>
<body><div id="__next"><a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p class="cookie-banner__text">We use cookies to give you the best experience on
Mumswell and to show you relevant adverts.</p><button class="cookie-banner__button" type="button">Accept all</button><button class="cookie-banner__button
cookie-banner__button--secondary" type="button">Manage choices</button></div>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/images/mumswell-logo.svg" alt="Mumswell"></a>
<nav class="site-header__nav" aria-label="Main"><ul>${links(nNav, 'site-header__nav-item')}</ul></nav>
<div class="site-header__account"><a href="/session/login">Log in</a><a class="button button--primary" href="/register">Sign up</a></div></header>
<nav class="talk-subnav" aria-label="Talk"><ul>${links(nTalk, 'talk-subnav__item')}</ul></nav>
<div class="ad-slot ad-slot--leaderboard"><span class="ad-slot__label">Advertisement</span><div id="gpt-leaderboard"></div></div>
<main id="main" class="thread-page"><ol class="breadcrumbs"><li><a href="/talk">Talk</a></li><li><a href="/talk/am_i_being_unreasonable">Am I being
unreasonable?</a></li></ol>
<div class="thread-header"><h1 class="thread-header__title">${nTitle}</h1><div class="thread-header__meta"><span class="thread-header__count">7
posts</span></div><div class="thread-header__tools"><button type="button" class="thread-tool">Watch</button><button type="button"
class="thread-tool">Hide</button><button type="button" class="thread-tool">Share</button></div></div>
<div class="thread-posts">
${nPostHtml(nPosts[0] ?? ['', '', []], 0)}
<section class="aibu-poll"><h2 class="aibu-poll__title">${at(nPoll, 0)}</h2><ul class="aibu-poll__results"><li><span
class="aibu-poll__option">${at(nPoll, 1)}</span> <span class="aibu-poll__percent">${at(nPoll, 2)}</span></li><li><span
class="aibu-poll__option">${at(nPoll, 3)}</span> <span class="aibu-poll__percent">${at(nPoll, 4)}</span></li></ul><p
class="aibu-poll__total">${at(nPoll, 5)}</p></section>
${nPosts
  .slice(1)
  .map((p, i) => nPostHtml(p, i + 1))
  .join('\n')}
</div>
<section class="join-box"><h2 class="join-box__title">Please create an account</h2><p class="join-box__text">To comment on this thread you need to create a
Mumswell account.</p><a class="button button--primary" href="/register">Join Mumswell</a><p class="join-box__login">Already have a Mumswell account? <a
href="/session/login">Log in</a></p></section>
<aside class="trending"><h2 class="trending__title">Trending in Am I being unreasonable?</h2><ul>${nTrending
  .map(([t, r]) => `<li class="trending__item"><a href="/talk/am_i_being_unreasonable/${t.length}">${t}</a> <span class="trending__replies">${r}</span></li>`)
  .join('\n')}</ul></aside></main>
<footer class="site-footer"><ul class="site-footer__links">${links(nFoot)}</ul><p class="site-footer__copy">© 2027 Mumswell Ltd. Registered in England
and Wales No. 11877421.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"thread":{"id":5102448,"title":"${nTitle}","topic":"am_i_being_unreasonable",
"postCount":7,"opNickname":"${nOp}"}}},"page":"/talk/[topic]/[thread]","buildId":"mw-2027-02-27"}</script></body></html>`;
const mumsnet: TestPage = gold({
  name: 'heldout714-mumsnet-walk-to-school',
  kind: 'forum',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nPosts.flatMap(([, , p]) => p)),
  bylines: [...new Set(nPosts.flatMap((p) => [p[0], p[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We use cookies to give you the best experience on Mumswell and to show you relevant adverts.', 'Accept all', 'Manage choices',
    ...nNav, 'Log in', 'Sign up', ...nTalk, 'Advertisement', 'Am I being unreasonable?', '7 posts', 'Watch', 'Hide', 'Share', ...nPoll, 'OP',
    'OP’s posts:', 'first', 'prev', 'next', 'latest', 'Report', 'Quote', 'Please create an account',
    'To comment on this thread you need to create a Mumswell account.', 'Join Mumswell', 'Already have a Mumswell account?',
    'Trending in Am I being unreasonable?', ...nTrending.flat(), ...nFoot, '© 2027 Mumswell Ltd. Registered in England and Wales No. 11877421.',
  ],
});

type DPost = {
  n: number;
  user: string;
  full: string;
  title?: string;
  date: string;
  stamp: string;
  likes: string;
  html: string;
  notice?: string;
  mod?: boolean;
};
const dTitle = 'How do you structure a four-day week with a 6 and 9 year old?';
const dOp = [
  j(
    'We are in our second year of home education and I want to move to a four-day week from September, keeping Fridays for',
    'co-op, forest school and the library. Right now we do five shorter days and it feels like we never finish anything.',
  ),
  j(
    'The kids are 6 and 9. The 9-year-old works fairly independently on maths and reading, but the 6-year-old needs me for',
    'almost everything. How do you fit everything in across four days without the younger one being parked in front of a screen',
    'while I teach the older one?',
  ),
  'Would love to see actual schedules if anyone is willing to share!',
];
const dTamsin = [
  j(
    'We do exactly this with a 5 and 8 year old. The trick for us was putting the younger one’s focused work first thing, when',
    'the older one is doing independent reading, and then swapping.',
  ),
  'Here is roughly what Monday to Thursday looks like:',
];
const dTable = [
  ['Time', 'Younger (6)', 'Older (9)'],
  ['9:00', 'Phonics and reading with me', 'Independent reading'],
  ['9:40', 'Play or drawing', 'Maths with me'],
  ['10:30', 'Snack and outside', 'Snack and outside'],
  ['11:00', 'Maths games with me', 'Writing (independent)'],
  ['12:00', 'Lunch', 'Lunch'],
  ['1:00', 'Shared topic (history, science or art)', 'Shared topic (history, science or art)'],
];
const dTamsin2 = 'Afternoons are short. We stop at 2:30 most days, and nobody has suffered for it.';
const dQuote = 'without the younger one being parked in front of a screen';
const dMoor = j(
  'Audiobooks and a box of “quiet bins” saved us here. Each bin has one activity (pattern blocks, a sticker book, lacing cards)',
  'and only comes out during the older child’s lesson time, so it stays interesting.',
);
const dThanks = [
  j(
    '<a class="mention" href="/u/tamsin_r">@tamsin_r</a> this is so helpful, thank you. I had not thought of splitting the',
    'morning by who needs me rather than by subject.',
  ),
  '<a class="mention" href="/u/moorland_mum">@moorland_mum</a> I love the bins idea. Going to raid the charity shop this weekend.',
];
const dMod = [
  j(
    'Great thread. I have added it to our <a href="/t/schedules-and-rhythms-collection/1207">Schedules and Rhythms collection</a> in',
    'the Resources category, so others can find it.',
  ),
  j('If anyone else has a multi-age schedule to share, please post it below, especially with three or more children, as we get', 'asked about that a lot!'),
];
const dOllie = j(
  'Three kids here (4, 7 and 11) and a four-day week. Honestly, the biggest change was teaching one subject to all of them',
  'together, at different levels. We read the same history book aloud and each child does a different follow-up task. It cut',
  'our planning time in half.',
);
const dNotice = 'It’s been a while since we’ve seen Tamsin Rourke — their last post was 2 years ago.';
const dPosts: DPost[] = [
  {
    n: 1,
    user: 'wren_and_co',
    full: 'Ada Wren',
    title: 'Regular',
    date: 'Mar 2',
    stamp: 'Mar 2, 2027 8:14 pm',
    likes: '5',
    html: dOp.map((p) => `<p>${p}</p>`).join('\n'),
  },
  {
    n: 2,
    user: 'tamsin_r',
    full: 'Tamsin Rourke',
    date: 'Mar 2',
    stamp: 'Mar 2, 2027 9:02 pm',
    likes: '12',
    notice: dNotice,
    html: `${dTamsin.map((p) => `<p>${p}</p>`).join('\n')}
<div class="md-table"><table><thead><tr>${(dTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${dTable
      .slice(1)
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('\n')}</tbody></table></div>
<p>${dTamsin2}</p>`,
  },
  {
    n: 3,
    user: 'moorland_mum',
    full: 'Hannah Pryce',
    date: 'Mar 3',
    stamp: 'Mar 3, 2027 7:31 am',
    likes: '7',
    html: `<aside class="quote no-group" data-username="wren_and_co" data-post="1" data-topic="4812"><div class="title"><div class="quote-controls"><button
class="quote-toggle btn-flat" aria-label="expand/collapse" title="expand/collapse"><svg class="fa d-icon d-icon-chevron-down svg-icon"
aria-hidden="true"></svg></button></div><img alt="" width="24" height="24" src="/user_avatar/community.kindlinghome.org/wren_and_co/48/311_2.png"
class="avatar"> wren_and_co:</div><blockquote><p>${dQuote}</p></blockquote></aside>
<p>${dMoor}</p>`,
  },
  {
    n: 4,
    user: 'wren_and_co',
    full: 'Ada Wren',
    title: 'Regular',
    date: 'Mar 3',
    stamp: 'Mar 3, 2027 10:12 am',
    likes: '2',
    html: dThanks.map((p) => `<p>${p}</p>`).join('\n'),
  },
  {
    n: 5,
    user: 'Gethin_P',
    full: 'Gethin Parry',
    title: 'Community Team',
    date: 'Mar 4',
    stamp: 'Mar 4, 2027 9:45 am',
    likes: '3',
    mod: true,
    html: dMod.map((p) => `<p>${p}</p>`).join('\n'),
  },
  {
    n: 6,
    user: 'ollie.homeschools',
    full: 'Olivia Brandt',
    date: 'Mar 4',
    stamp: 'Mar 4, 2027 4:20 pm',
    likes: '4',
    html: `<p>${dOllie}</p>`,
  },
];
const dCommunity = ['Topics', 'Users', 'About', 'FAQ', 'More'];
const dCats = ['Getting Started', 'Daily Rhythms', 'Curriculum', 'Resources', 'Local Meetups', 'All categories'];
const dTagsSide = ['schedules', 'reading', 'maths', 'All tags'];
const dSuggested: [string, string, string, string, string][] = [
  ['Our loop schedule for a family of five', 'Daily Rhythms', '14', '1.2k', 'Feb 20'],
  ['How much time do you spend on maths each day?', 'Curriculum', '22', '2.0k', 'Feb 26'],
  ['Four-day week: what do you do on the fifth?', 'Daily Rhythms', '9', '640', '3d'],
];
const dPostHtml = (p: DPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular"><article id="post_${p.n}"
aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${18300 + p.n}" data-topic-id="4812" data-user-id="${200 + p.n}" class="boxed
onscreen-post${p.mod ? ' moderator' : ''}"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span>
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/community.kindlinghome.org/${p.user}/96/${300 + p.n}_2.png" class="avatar"
loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first
username${p.mod ? ' moderator' : ''}"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a>${
  p.mod
    ? '<span class="svg-icon-title" title="This user is a moderator"><svg class="fa d-icon d-icon-shield-halved svg-icon" aria-hidden="true"></svg></span>'
    : ''
}</span><span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.full}</a></span>${
  p.title ? `<span class="user-title">${p.title}</span>` : ''
}</div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/four-day-week-6-and-9/4812/${p.n}" title="Post
date"><span title="${p.stamp}" data-time="17729${p.n}0000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
${
  p.notice
    ? `<div class="post-notice returning-user"><svg class="fa d-icon d-icon-far-face-smile svg-icon"
aria-hidden="true"></svg><p>${p.notice}</p></div>\n`
    : ''
}<div
class="regular contents"><div class="cooked">${p.html}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="discourse-reactions-actions can-toggle-reaction"><div
class="discourse-reactions-counter"><div class="discourse-reactions-list"><div class="reactions"><div class="discourse-reactions-list-emoji"><img
width="20" height="20" src="/images/emoji/twitter/heart.png?v=12" loading="lazy" class="emoji reaction-emoji"></div></div></div><span
class="reactions-counter">${p.likes}</span></div></div><button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post to
clipboard" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon" aria-hidden="true"></svg></button><button
class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="Begin composing a reply to this post" title="Begin composing a reply to this
post"><svg class="fa d-icon d-icon-reply svg-icon" aria-hidden="true"></svg><span class="d-button-label">Reply</span></button></div></nav></section></div>
<section class="post-actions"></section><div class="post-links-container"></div></div></div></article></div>${
  p.n === 1
    ? `
<div class="topic-map"><section class="map map-collapsed"><nav class="buttons"><button class="widget-button btn btn-default no-text btn-icon"
aria-label="expand topic details" title="expand topic details"><svg
class="fa d-icon d-icon-chevron-down svg-icon" aria-hidden="true"></svg></button></nav><ul><li
class="created-at"><h4 role="presentation">created</h4><div class="topic-map-post created-at"><a class="trigger-user-card" data-user-card="wren_and_co"
aria-hidden="true"><img alt="" width="24" height="24" src="/user_avatar/community.kindlinghome.org/wren_and_co/48/311_2.png" class="avatar"></a><span
class="relative-date" data-format="tiny">Mar 2</span></div></li><li class="last-reply"><a href="/t/four-day-week-6-and-9/4812/6"><h4 role="presentation">last
reply</h4><div class="topic-map-post last-reply"><span class="relative-date" data-format="tiny">Mar 4</span></div></a></li><li class="replies"><span
class="number">5</span><h4 role="presentation">replies</h4></li><li class="secondary views"><span class="number heatmap-">418</span><h4
role="presentation">views</h4></li><li class="secondary users"><span class="number">5</span><h4 role="presentation">users</h4></li><li class="secondary
likes"><span class="number">33</span><h4 role="presentation">likes</h4></li></ul></section></div>`
    : ''
}`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Daily Rhythms - Kindling
Community</title><meta name="description" content="We are in our second year of home education and I want to move to a four-day week from September">
<meta name="generator" content="Discourse 3.4.1 - https://github.com/discourse/discourse version 8f1d2c3b"><link rel="icon" type="image/png"
href="https://community.kindlinghome.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
user-scalable=yes, viewport-fit=cover"><link rel="canonical" href="https://community.kindlinghome.org/t/four-day-week-6-and-9/4812" />
<meta property="og:site_name" content="Kindling Community" /><meta property="og:type" content="website" /><meta property="og:title" content="${dTitle}" />
<meta property="article:section" content="Daily Rhythms" /><meta property="article:tag" content="schedules" />
<link href="/stylesheets/desktop_3b1a0d2c.css?__ws=community.kindlinghome.org" media="all" rel="stylesheet" data-target="desktop" />
<link href="/stylesheets/discourse-reactions_3b1a0d2c.css?__ws=community.kindlinghome.org" media="all" rel="stylesheet" data-target="discourse-reactions" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","articleSection":"Daily Rhythms",
"author":{"@type":"Person","name":"wren_and_co"},"datePublished":"2027-03-02T20:14:11Z","commentCount":5}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://community.kindlinghome.org" data-environment="production" data-disable-custom-css="false">
</head><body class="category-daily-rhythms tag-schedules tag-multi-age archetype-regular has-sidebar-page docked">
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn btn-flat btn-sidebar-toggle no-text
btn-icon" aria-expanded="true" title="Toggle sidebar" aria-label="Toggle sidebar" type="button"><svg class="fa d-icon d-icon-bars svg-icon"
aria-hidden="true"></svg></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img
src="https://community.kindlinghome.org/uploads/default/original/1X/kindling-logo.png" alt="Kindling Community" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon
d-icon-user svg-icon" aria-hidden="true"></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li
class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" title="Search" aria-label="Search"><svg class="fa d-icon
d-icon-magnifying-glass svg-icon" aria-hidden="true"></svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div
class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div class="sidebar-sections
sidebar-sections-anonymous"><div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper
sidebar-row"><button class="sidebar-section-header sidebar-section-header-collapsable btn-flat" aria-controls="sidebar-section-content-community"
aria-expanded="true" title="Toggle section" type="button"><span class="sidebar-section-header-caret"><svg class="fa d-icon d-icon-angle-down svg-icon"
aria-hidden="true"></svg></span><span class="sidebar-section-header-text">Community</span></button></div><ul id="sidebar-section-content-community"
class="sidebar-section-content">${dCommunity
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase()}"
class="sidebar-section-link sidebar-row"><span class="sidebar-section-link-prefix
icon"><svg class="fa d-icon svg-icon" aria-hidden="true"></svg></span><span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="sidebar-section-header sidebar-section-header-collapsable btn-flat" title="Toggle section" type="button"><span
class="sidebar-section-header-text">Categories</span></button></div><ul class="sidebar-section-content">${dCats
  .map(
    (t) =>
      `<li class="sidebar-section-link-wrapper"><a href="/c/${t.toLowerCase().replace(/ /g, '-')}" class="sidebar-section-link sidebar-row${
        t === 'Daily Rhythms' ? ' active' : ''
      }"><span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="sidebar-section-header sidebar-section-header-collapsable btn-flat" title="Toggle section" type="button"><span
class="sidebar-section-header-text">Tags</span></button></div><ul class="sidebar-section-content">${dTagsSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/tag/${t.replace(/ /g, '-')}" class="sidebar-section-link sidebar-row"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></section></div>
<div id="main-outlet" class="wrap"><div id="main-container" class="container posts"><div class="topic-navigation"><div class="timeline-container"><div
class="topic-timeline"><div class="timeline-scrollarea-wrapper"><a class="start-date" href="/t/four-day-week-6-and-9/4812/1"><span>Mar 2</span></a><div
class="timeline-scrollarea"><div class="timeline-padding"></div><div class="timeline-scroller"><div class="timeline-handle"></div><div
class="timeline-scroller-content"><div class="timeline-replies">1 / 6</div><div class="timeline-ago">Mar 2</div></div></div></div><a class="now-date"
href="/t/four-day-week-6-and-9/4812/6"><span>Mar 4</span></a></div></div></div></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4812"><a href="/t/four-day-week-6-and-9/4812" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/daily-rhythms/7"><span data-category-id="7"
style="--category-badge-color: #E07A2E; --category-badge-text-color: #FFFFFF;" data-drop-close="true" class="badge-category --style-square" title="Schedules,
routines and the rhythm of the home-education week."><span class="badge-category__name">Daily Rhythms</span></span></a></div><div class="list-tags"><a
href="/tag/schedules" data-tag-name="schedules" class="discourse-tag simple">schedules</a><a href="/tag/multi-age" data-tag-name="multi-age"
class="discourse-tag simple">multi-age</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-post-stream">
${dPosts.map(dPostHtml).join('\n')}
</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" title="Begin composing a reply to
this topic" type="button"><svg class="fa d-icon d-icon-reply svg-icon" aria-hidden="true"></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title"
class="suggested-topics"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><div
class="topics"><table class="topic-list"><thead
class="topic-list-header"><tr><th class="default" scope="col">Topic</th><th class="posts num" scope="col">Replies</th><th class="views num"
scope="col">Views</th><th class="activity num" scope="col">Activity</th></tr></thead><tbody class="topic-list-body">${dSuggested
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item"><td class="main-link topic-list-data"><span class="link-top-line"><a href="/t/${t.length}"
class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper"
href="/c/${c.toLowerCase().replace(/ /g, '-')}"><span
class="badge-category --style-square"><span class="badge-category__name">${c}</span></span></a></div></td><td
class="num posts-map posts topic-list-data"><button
class="btn-link posts-map badge-posts"><span class="number">${r}</span></button></td><td class="num views topic-list-data"><span
class="number">${v}</span></td><td class="num topic-list-data age activity"><a class="post-activity" href="/t/${t.length}/last"><span
class="relative-date">${a}</span></a></td></tr>`,
  )
  .join('\n')}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a class="badge-category__wrapper"
href="/c/daily-rhythms/7"><span class="badge-category__name">Daily Rhythms</span></a> or <a href="/latest">view latest topics</a>.</h3></div></div></div>
</div></div></div></div></div></section>
<script defer src="/assets/discourse-3b1a0d2c.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout714-discourse-four-day-week',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...dOp, ...dTamsin, ...dTable.map((r) => r.join(' ')), dTamsin2, dQuote, dMoor, ...dThanks, ...dMod, dOllie]),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.full, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Community', ...dCommunity, 'Categories', ...dCats, 'Tags', ...dTagsSide, '1 / 6', 'Daily Rhythms',
    'schedules', 'multi-age', 'Regular', 'Community Team', dNotice, ...dPosts.map((p) => p.likes), 'Reply', 'wren_and_co:', 'created', 'last reply',
    '5', 'replies', '418', 'views', 'users', '33', 'likes', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSuggested.flat(),
    'Want to read more? Browse other topics in Daily Rhythms or view latest topics.',
  ],
});

export const HELDOUT714_F: readonly TestPage[] = [mumsnet, discourse];
