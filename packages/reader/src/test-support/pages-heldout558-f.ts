import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, tr } from './pages-heldout558-kit.js';

/**
 * Held-out batch 558, file f: a thread on a music teachers' Discourse forum about charging for missed lessons, and a
 * brass band's learner programme page built with Weebly (wsite- classes).
 */
const fTitle = 'Do you charge for lessons the student misses?';
const fPosts: [string, string, string[]][] = [
  [
    'pianoMaggie',
    'Feb 9',
    [
      j(
        'I have taught privately for six years and have always let families swap or cancel with a day’s notice. This term three',
        'families have cancelled almost every other week and my income has dropped by a quarter.',
      ),
      'How do the rest of you handle it? Do you charge by the term, or per lesson with a cancellation fee?',
    ],
  ],
  [
    'cello_dan',
    'Feb 9',
    [
      j(
        'Term fees in advance, no refunds for student absence. I explain it as paying for the slot, not the lesson. Since I moved',
        'to this two years ago I have had no more trouble, and I lost only one family.',
      ),
    ],
  ],
  [
    'R_Ollerton',
    'Feb 10',
    [
      'I do the same but offer two swap requests a term. Families like that they have some flexibility, and it costs me very little.',
      'Put it in writing, though. My policy is on the invoice and families sign it once a year.',
    ],
  ],
  ['pianoMaggie', 'Feb 11', ['Thank you both. I will move to term fees from September and give families notice now so that nobody feels caught out.']],
];
const fNav = ['Topics', 'My Posts', 'More', 'Categories', 'Studio business', 'Teaching ideas', 'All categories'];
const fSuggested = ['Sibling discounts: worth it?', 'Raising fees mid-year', 'Invoicing apps for small studios'];
const postHtml = ([user, date, paras]: [string, string, string[]], i: number): string =>
  `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region"
class="boxed onscreen-post" data-post-id="${8810 + i}" data-topic-id="1204" data-user-id="${340 + i}"><div class="row"><div class="topic-avatar"><div
class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.pianostudionet.org/${user.toLowerCase()}/96/12_2.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/do-you-charge-for-lessons-the-student-misses/1204/${i + 1}" title="Post date"><span title="${date}, 2027"
data-time="1707480000000"
class="relative-date">${date}</span></a></div></div></div><div class="regular contents"><div class="cooked">${ps(paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="btn-flat like" title="like this post"><span
class="d-button-label">Like</span>
</button><button class="btn-flat reply create" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div></div></div>
</article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Do you charge for lessons the student misses? - Studio business - Piano Studio Network</title>
<meta name="description" content="I have taught privately for six years and have always let families swap or cancel with a day’s notice."><meta
name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0">
<link rel="canonical" href="https://forum.pianostudionet.org/t/do-you-charge-for-lessons-the-student-misses/1204">
<meta property="og:site_name" content="Piano Studio Network"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person"
,"name":"pianoMaggie"}}</script>
<link href="/stylesheets/desktop_6b1a9e2c.css?__ws=forum.pianostudionet.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><noscript data-share-url="/t/1204"></noscript><div id="main-outlet-wrapper" class="wrap" role="main">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/uploads/default/original/1X/logo.png"
alt="Piano Studio Network"
id="site-logo"></a></div><div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-primary btn-small login-button">Log In</button></span></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div class="sidebar-wrapper"><div class="sidebar-sections"><ul
class="sidebar-section-links">${links(fNav.slice(0, 3))}</ul>
<div class="sidebar-section-header">Categories</div><ul class="sidebar-section-links">${links(fNav.slice(4))}</ul></div></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1204"><a href="/t/do-you-charge-for-lessons-the-student-misses/1204"
class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><a class="badge-category__name" href="/c/studio-business/7">Studio business</a></span></div>
<div class="list-tags"><a href="/tag/fees" class="discourse-tag box">fees</a><a href="/tag/policies" class="discourse-tag box">policies</a></div></div></div>
<div class="posts-wrapper"><div id="topic-progress-wrapper"><div class="topic-timeline"><div class="timeline-replies">4 / 4</div></div></div>
<div class="post-stream">${fPosts.map(postHtml).join('\n')}</div>
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4></li><li><h4 role="presentation">last reply</h4></li>
<li><span class="number">3</span><h4 role="presentation">replies</h4></li><li><span class="number">214</span><h4
role="presentation">views</h4></li></ul></section></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
${fSuggested
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="title raw-link raw-topic-link">${t}</a></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a
href="/guidelines">Guidelines</a>
</li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout558-discourse-missed-lessons',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , p]) => p)),
  bylines: ['pianoMaggie', 'cello_dan', 'R_Ollerton', 'Feb 9', 'Feb 10', 'Feb 11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...fNav.filter((t) => t !== 'More'), 'policies', '4 / 4', 'Reply', 'created', 'last reply', '3', 'replies', '214',
    'views', 'Suggested Topics', ...fSuggested, 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const bTitle = 'Learner Band';
const bBody = [
  j(
    'The Learner Band meets every Thursday in the band room behind the Miners’ Institute from 6pm to 7pm, during school',
    'terms. It is open to anyone aged seven and over, and to adults who have always wanted to play.',
  ),
  'You do not need your own instrument. We lend cornets, tenor horns, baritones and trombones free of charge while you learn.',
  'Costs',
];
const bCosts = [
  ['Under 18', '£2 a week'],
  ['Adults', '£4 a week'],
];
const bAfter = j(
  'Most players join the main band after a year or two. Our learners have gone on to play at the regional championships and',
  'the Whit Friday marches.',
);
const bNav = ['Home', 'The Band', 'Learner Band', 'Engagements', 'Contact'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Learner Band - Cwm Tarren Silver Band</title><meta property="og:site_name" content="Cwm Tarren Silver Band">
<meta property="og:title" content="Learner Band"><meta property="og:url" content="http://www.cwmtarrenband.co.uk/learner-band.html">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1699310012">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1711020300" title="wsite-theme-css">
<script>var STATIC_BASE = '//cdn1.editmysite.com/'; var ASSETS_BASE = '//cdn2.editmysite.com/';</script>
<script>_W = _W || {}; _W.configDomain = "www.weebly.com"; _W.relinquish = true; _W.isCheckoutReskin = false;</script></head>
<body class="no-header-page wsite-page-learner-band wsite-theme-light"><div class="wrapper"><div class="header"><div class="nav-wrap"><div class="container">
<div class="logo"><span class="wsite-logo"><a href=""><span id="wsite-title">Cwm Tarren Silver Band</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">${bNav
  .map(
    (t) => `<li id="pg${t.length}" class="wsite-menu-item-wrap"><a href="/${t.toLowerCase().replace(/ /g, '-')}.html"
class="wsite-menu-item">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<h2 class="wsite-content-title">${bTitle}</h2>
<div class="paragraph">${bBody[0]}<br><br>${bBody[1]}</div>
<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">
<a><img src="/uploads/1/4/2/7/142789/learners-2026_orig.jpg" alt="Picture" style="width:auto;max-width:100%"></a><div style="display:block;font-size:90%">
Learners at the Christmas concert, 2026</div></div></div>
<h2 class="wsite-content-title">${bBody[2]}</h2><div class="wsite-table"><table><tbody>${bCosts.map((r) => tr(r)).join('\n')}</tbody></table></div>
<div class="paragraph">${bAfter}</div>
<div style="text-align:left;"><div style="height: 10px; overflow: hidden;"></div><a class="wsite-button wsite-button-small wsite-button-highlight"
href="/contact.html">
<span class="wsite-button-inner">Come and try it</span></a><div style="height: 10px; overflow: hidden;"></div></div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class='wsite-elements wsite-footer'><div class="paragraph"
style="text-align:center;">Registered charity
1043318</div></div></div></div></div></div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3" data-footer-has-badge="1"><span
class="signup-container-header">Create your own unique website
with customizable templates.</span><a class="btn signup-btn" href="https://www.weebly.com/signup">Get Started</a></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1699310012"></script></body></html>`;
const weebly: TestPage = {
  name: 'heldout558-weebly-learner-band',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bBody[2] ?? ''],
  body: texts([bBody[0] ?? '', bBody[1] ?? '', ...bCosts.map(row), bAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cwm Tarren Silver Band', 'Home', 'Engagements', 'Contact', 'Learners at the Christmas concert, 2026', 'Come and try it',
    'Registered charity 1043318', 'Create your own unique website with customizable templates.', 'Get Started',
  ],
};

export const HELDOUT558_F: readonly TestPage[] = [discourse, weebly];
