import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout504-kit.js';

/**
 * Held-out batch 504, file e: a dog walkers' trade forum thread on Discourse (Ember-rendered: topic title with category and tags,
 * posts with usernames and relative dates, post controls, timeline, suggested topics), and a pet-care marketplace's guide on
 * Next.js (CSS-module class names, table of contents rail, in-article promo box, related guides, __NEXT_DATA__).
 */
const dTitle = 'How many dogs do you walk at once? Does your town set a limit?';
const dPosts: [string, string, string, string[]][] = [
  [
    'bellwether_walks',
    'Oct 3',
    'Oct 3, 2026 8:14 pm',
    [
      j(
        'Our town council in Harrowgate just proposed a cap of four dogs per walker in public parks, with a $150 fine. I currently',
        'do packs of five or six on the canal path. How many do you all take, and has anyone dealt with a limit like this?',
      ),
    ],
  ],
  [
    'northside_nell',
    'Oct 3',
    'Oct 3, 2026 9:02 pm',
    [
      'Four is my own rule anyway. Past four I can\u2019t pick up after all of them and keep an eye on the leads at the same time.',
      'Our county has had a six-dog limit since 2023 and honestly nobody complained once it was in.',
    ],
  ],
  [
    'kip.and.co',
    'Oct 4',
    'Oct 4, 2026 7:40 am',
    [
      j(
        'Go to the council meeting. When Dellby proposed a limit we turned up with a petition and they added a licence option:',
        'pass a short course and you can walk up to six.',
      ),
      'Worth asking for that rather than fighting the cap outright.',
    ],
  ],
  ['bellwether_walks', 'Oct 4', 'Oct 4, 2026 12:18 pm', ['That licence idea is great, thank you. Meeting is on the 14th. I will report back.']],
];
const dCrumbs = ['Business & Regulations', 'local-rules', 'pack-walks'];
const dSuggested = [
  ['Insurance for group walks: who do you use?', 'Business & Regulations'],
  ['Rain policy: do you still walk in storms?', 'Day to Day'],
];
const postHtml = ([user, rel, full, paras]: [string, string, string, string[]], i: number): string => `<div class="topic-post clearfix regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${5120 + i}" data-topic-id="1877" data-user-id="${300 + i}"
class="boxed onscreen-post"><span id="post-${i + 1}"></span><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar"
href="/u/${user}" data-user-card="${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.packwalkers.example/${user}/96/1_2.png"
class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div
class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/1877/${i + 1}" title="Post date"><span title="${full}" data-time="1791000000000" class="relative-date">${rel}</span>
</a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-pressed="false" title="like this post"><svg
class="fa d-icon d-icon-d-unliked
svg-icon svg-node" aria-hidden="true"><use href="#far-heart"></use></svg></button></div><button class="widget-button btn-flat share no-text btn-icon"
title="copy a link to this post to clipboard">
<svg class="fa d-icon d-icon-d-post-share svg-icon svg-node" aria-hidden="true"><use href="#link"></use></svg></button><button
class="widget-button btn-flat reply create fade-out
btn-icon-text" title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon" aria-hidden="true"><use href="#reply"></use></svg>
<span class="d-button-label">Reply
</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Business &amp; Regulations - Pack Walkers Network</title>
<meta name="description" content="Our town council in Harrowgate just proposed a cap of four dogs per walker in public parks"><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.packwalkers.example/t/how-many-dogs-do-you-walk-at-once-does-your-town-set-a-limit/1877">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"bellwether_walks"}}</script>
<link href="/stylesheets/desktop_theme_3_8f1e2a.css?__ws=forum.packwalkers.example" media="all" rel="stylesheet" data-target="desktop_theme"></head>
<body class="crawler archetype-regular category-business-regulations tag-local-rules tag-pack-walks"><div class="skip-link__container"><a
href="#main-container" id="skip-link"
class="skip-link">Skip to main content</a></div>
<section id="main" class="ember-application"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div
class="header-sidebar-toggle">
<button class="btn no-text btn-icon btn-sidebar-toggle" aria-expanded="false" title="Toggle sidebar"><svg class="fa d-icon d-icon-bars svg-icon"><use
href="#bars"></use></svg></button></div>
<div class="home-logo-wrapper-outlet"></div><div class="title"><a href="/"><img src="/uploads/default/original/1X/pack-walkers-logo.png"
alt="Pack Walkers Network" id="site-logo"
class="logo-big"></a></div><div class="panel clearfix" role="navigation"><span class="header-buttons"><button
class="btn btn-primary btn-small sign-up-button btn-text"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><svg class="fa d-icon d-icon-user"><use
href="#user"></use></svg>
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a
href="/search" title="Search"
aria-label="Search" id="search-button" class="icon btn-flat"><svg class="fa d-icon d-icon-search"><use href="#search"></use></svg></a></li></ul></div></div>
</div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="regular ember-view"><div
id="topic-title"><div class="container">
<div class="title-wrapper"><h1 data-topic-id="1877"><a href="/t/how-many-dogs-do-you-walk-at-once-does-your-town-set-a-limit/1877"
class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="badge-category__wrapper"><a class="badge-category__link" href="/c/business-regulations/6"><span
class="badge-category badge-category--type-square"
style="--category-badge-color: #0E76BD;"><span class="badge-category__name">${dCrumbs[0]?.replace(/&/g, '&amp;')}</span></span></a></div><div class="list-tags">
<a
href="/tag/local-rules" class="discourse-tag simple"
data-tag-name="local-rules">${dCrumbs[1]}</a><a href="/tag/pack-walks" class="discourse-tag simple" data-tag-name="pack-walks">${dCrumbs[2]}</a></div></div>
</div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1877"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map(postHtml).join('\n')}
</div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date">Oct 3</a></div>
<div class="timeline-scrollarea"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div><div
class="timeline-ago">Oct 4</div>
</div></div><div class="timeline-date-wrapper"><a class="now-date">Oct 4</a></div></div><div class="timeline-footer-controls"><button
class="btn btn-icon-text create"><span class="d-button-label">Reply</span>
</button></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create topic-footer-button"><span
class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__list"><div role="heading" aria-level="2" class="more-topics__browse-more">Suggested Topics</div>
<table class="topic-list">
<thead><tr><th class="default">Topic</th><th class="posts num">Replies</th></tr></thead><tbody>
${dSuggested
  .map(
    ([t, c]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}"
class="title raw-link raw-topic-link">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${c?.replace(/&/g, '&amp;')}</span></div></td><td class="num posts">12</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></section>
<script defer src="/assets/discourse-e7c1d2.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout504-discourse-walk-limits',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , paras]) => paras),
  bylines: ['bellwether_walks', 'northside_nell', 'kip.and.co', 'Oct 3', 'Oct 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dCrumbs, 'Reply', '1 / 4', 'Suggested Topics', 'Topic', 'Replies',
    ...dSuggested.flatMap(([t, c]) => [t ?? '', c ?? '']).filter((t) => t !== dCrumbs[0]), '12',
  ],
};

const nTitle = 'How much should you tip your dog groomer?';
const nDek = 'A quick guide to tipping for grooms, walks and boarding, with what groomers told us they actually expect.';
const nSections: [string, string[]][] = [
  [
    'The short answer',
    [
      j(
        'Most groomers we surveyed said 15 to 20 percent of the groom price is normal, the same as you would tip a hairdresser.',
        'On a $90 groom that is $14 to $18. If the groomer owns the salon, a tip is still welcome but less expected.',
      ),
    ],
  ],
  [
    'When to tip more',
    [
      'Your dog arrived matted or muddy and needed extra time.',
      'Your dog is nervous, bites or needs two people to hold them.',
      'The groomer fit you in at short notice or stayed late.',
      'It is the holiday season, when many clients give the price of one groom as a thank-you.',
    ],
  ],
  [
    'What about walkers and kennels?',
    [
      j(
        'Dog walkers on a weekly schedule are usually not tipped per walk. Instead, owners give a week\u2019s pay as a year-end',
        'bonus. At boarding kennels, tipping is rarer; a note or a box of treats for the staff is common, and some kennels pool tips',
        'for the kennel attendants who do the cleaning and feeding.',
      ),
      j('On Wagly, you can add a tip in the app after each booking, and 100 percent of it goes to your sitter, walker or groomer.'),
    ],
  ],
];
const nToc = nSections.map(([h]) => h);
const nRel = [
  'What to ask a new dog walker before the first walk',
  'Boarding vs. pet sitting: which is right for your dog?',
  'How often should a dog be groomed?',
];
const nFoot = ['About Wagly', 'Careers', 'Safety', 'Help Center', 'Terms of Service', 'Privacy Policy', '© 2026 Wagly, Inc.'];
const nSecHtml = nSections
  .map(([h, ps2], i) => {
    const inner = i === 1 ? `<ul class="ArticleBody_list__Qm2tV">${lis(ps2)}</ul>` : ps(ps2, ' class="ArticleBody_paragraph__p1Xz8"');
    return `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}" class="ArticleBody_h2__7cPLm">${h}</h2>\n${inner}`;
  })
  .join('\n');
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Wagly Guides</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://www.wagly.example/guides/tipping-your-dog-groomer"/>
<meta property="og:type" content="article"/><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/6b1e2f0a9c4d.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/6b1e2f0a9c4d.css" data-n-g=""/><script defer="" nomodule=""
src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4f1a2b3c.js" defer=""></script><script src="/_next/static/chunks/pages/guides/%5Bslug%5D-9e8d7c6b.js" defer="">
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":{"@type":"Person","name":"Tamsin Okafor"},
"dateModified":"2026-11-02"}</script></head>
<body><div id="__next"><a class="SkipLink_skip__a8Jq2" href="#main">Skip to content</a><header class="Header_header__k3J2a"><div class="Header_inner__Zr9Tt">
<a class="Header_logo__p0Lw1" href="/" aria-label="Wagly home"><svg width="96" height="28" viewBox="0 0 96 28" aria-hidden="true"><path d="M0 0h96v28H0z"/>
</svg></a>
<nav class="Header_nav__yY1Qe" aria-label="Primary"><a href="/search?service=boarding">Boarding</a><a href="/search?service=walking">Dog Walking</a><a
href="/search?service=grooming">Grooming</a>
<a href="/guides">Guides</a></nav><div class="Header_actions__c2Vb7"><a class="Button_link__3ZkfY" href="/login">Sign in</a><a class="Button_primary__t1YhE"
href="/become-a-sitter">Become a Sitter</a>
</div></div></header>
<main id="main" class="GuideLayout_main__Ur8dE"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__9sKj2"><ol><li><a href="/guides">Guides</a></li><li><a
href="/guides/grooming">Grooming</a>
</li></ol></nav><div class="GuideLayout_grid__N4wqT"><article class="GuideLayout_article__fV3sL"><header class="ArticleHeader_header__2mXkR">
<h1 class="ArticleHeader_title__oP7d1">${nTitle}</h1><p class="ArticleHeader_dek__hQ1s0">${nDek}</p><div class="ArticleHeader_meta__Wc6bN"><img alt=""
loading="lazy" width="40"
height="40" decoding="async" src="/_next/image?url=%2Fauthors%2Ftamsin.jpg&amp;w=96&amp;q=75"/><div><p class="ArticleHeader_author__Lk0s3">By <a
href="/authors/tamsin-okafor">Tamsin
Okafor</a></p><p class="ArticleHeader_date__Ht8vQ">Updated <time dateTime="2026-11-02">November 2, 2026</time></p></div></div></header>
<div class="ArticleBody_body__x9Yz1">
${nSecHtml}
<aside class="PromoCard_card__Bf2Lw"><p class="PromoCard_title__eN3Gd">Find a 5-star groomer near you</p><p
class="PromoCard_text__q2Rt9">Compare prices and reviews from
local groomers, walkers and kennels.</p><a class="Button_primary__t1YhE" href="/search?service=grooming">Search groomers</a></aside>
</div><footer class="ArticleFooter_footer__Vv8pQ"><div class="ShareBar_bar__M1nQs"><span>Share this guide</span><button aria-label="Copy link"
class="ShareBar_btn__L2x0a">
<svg aria-hidden="true" width="20" height="20"><path d="M0 0h20v20H0z"/></svg></button></div></footer></article>
<aside class="GuideLayout_rail__Kc7yP"><div class="Toc_toc__3hX1R"><p class="Toc_label__R8mWq">On this page</p><ol>${nToc
  .map(
    (t) => `<li><a
href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`,
  )
  .join('')}</ol></div></aside>
</div><section class="Related_related__b7Ks0"><h2 class="Related_title__Pp2Ae">More guides for dog owners</h2><ul
class="Related_list__0aXc1">${links(nRel, 'Related_item__V5eM9')}</ul></section>
</main><footer class="Footer_footer__hR3kD"><ul class="Footer_links__a1Q2w">${links(nFoot.slice(0, 6))}</ul><p class="Footer_copy__m9Vb5">${nFoot[6]}</p>
</footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"tipping-your-dog-groomer","title":"${nTitle}","dek":"${nDek}",
"author":"Tamsin Okafor","updatedAt":"2026-11-02"}},"__N_SSG":true},
"page":"/guides/[slug]","query":{"slug":"tipping-your-dog-groomer"},"buildId":"xq3Zp0vR","isFallback":false,
"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout504-nextjs-tipping-guide',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nToc,
  body: texts([nDek, ...nSections.flatMap(([, paras]) => paras)]),
  bylines: ['By Tamsin Okafor', 'Updated November 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Dog Walking', 'Grooming', 'Guides', 'Sign in', 'Become a Sitter', 'Find a 5-star groomer near you',
    'Compare prices and reviews from local groomers, walkers and kennels.', 'Search groomers', 'Share this guide', 'On this page',
    'More guides for dog owners', ...nRel, ...nFoot,
  ],
};

export const HELDOUT504_E: readonly TestPage[] = [discourse, nextjs];
