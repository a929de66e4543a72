import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file e: a typography essay in a Substack newsletter with its in-post subscribe box and comments, and a
 * type-critique thread on a Discourse forum (rendered Ember DOM) with a topic map and suggested topics.
 */
const kTitle = 'The space you do not see';
const kSub = 'On kerning, and why the best pairs are the ones nobody notices';
const kParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'Last week a reader sent me a photograph of a bakery sign where the <em>r</em> and the <em>n</em> of “Corner” had been set so',
        'close that the shop appeared to be called the Comer Bakery. She wanted to know whose fault it was. The honest answer is',
        'everyone’s, a little: the sign maker, the font, and the software that trusted the font.',
      ),
      j(
        'Kerning is the adjustment of space between particular pairs of letters. A font already spaces every letter with its own',
        'sidebearings; kerning is the exception list, the place where the designer admits that <em>T</em> and <em>o</em>, or',
        '<em>A</em> and <em>V</em>, will never look right on the general rules.',
      ),
    ],
  ],
  [
    'Fewer pairs, not more',
    [
      j(
        'It is tempting to think that a font with thirty thousand kerning pairs is better than one with three thousand. Often the',
        'reverse is true. A large kerning table is usually a sign that the basic spacing was not settled, and the designer is patching',
        'holes one pair at a time.',
      ),
      j(
        'The fonts I admire most are spaced so carefully that they need only a few hundred pairs, almost all involving diagonals,',
        'overhangs and punctuation. You do not see their kerning because there is so little of it to see.',
      ),
    ],
  ],
  [
    'What you can do',
    [
      j(
        'For signs and headlines, look at the words, not the letters. Turn the text upside down or blur your eyes, and the holes and',
        'clumps will jump out. Fix the worst one, then look again; fixing one pair always changes how its neighbours look.',
      ),
      'And if the sign says Comer, tell the baker. Someone should.',
    ],
  ],
];
const kComments = [
  ['Tobias Rehn', 'Oct 3', 'The upside-down trick is the best advice I was ever given at art school.'],
  ['Marguerite Osei', 'Oct 4', 'We had a “click” that read as “dick” on a printed menu once. Never again.'],
];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8">
<title>The space you do not see - by Ada Lindqvist - Counterform</title><meta name="description" content="${kSub}"><meta property="og:type" content="article">
<meta name="author" content="Ada Lindqvist"><meta property="og:title" content="The space you do not see">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://counterform.substack.com/p/the-space-you-do-not-see",
"headline":"${kTitle}","datePublished":"2026-10-02T11:03:12+00:00","author":[{"@type":"Person","name":"Ada Lindqvist"}]}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.a1b2c3d4e5f6.css">
<style>:root{--web_bg_color:#fffdf7;--print_on_web_bg_color:#2b2b2b}</style>
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content">
<div class="topBar-pIF0J1 withSubtitle">
<div class="navbar-left"><a href="/" class="navbar-logo-container">
<img class="navbar-logo" src="https://substackcdn.com/image/fetch/counterform-logo.png" alt=""></a></div>
<div class="navbar-title"><h1 class="navbar-title-link"><a href="/">Counterform</a></h1></div><div class="navbar-buttons">
<button class="button primary subscribe-btn">Subscribe</button>
<button class="button sign-in-link">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header">
<h1 dir="auto" class="post-title published title-X77sOw">${kTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${kSub}</h3>
<div class="byline-wrapper"><div class="profile-hover-card-target">
<a href="https://substack.com/@adalindqvist" class="pencraft pc-reset link-HFGuhh">Ada Lindqvist</a></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Oct 02, 2026</div></div>
</div>
<div class="post-ufi"><div class="like-button-container post-ufi-button"><button class="post-ufi-button style-button" aria-label="Like (31)">
<div class="label">31</div></button></div>
<a class="post-ufi-button style-button post-ufi-comment-button" href="#comments"><div class="label">2</div></a>
<button class="post-ufi-button style-button" aria-label="Share"><div class="label">Share</div></button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${kParts
  .map(
    ([h, p], i) =>
      `${h === '' ? '' : `<h2 class="header-anchor-post">${h}</h2>\n`}${ps(p)}${
        i === 0
          ? `
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://counterform.substack.com/subscribe&quot;}">
<div class="subscription-widget show-subscribe">
<div class="preamble"><p class="cta-caption">Thanks for reading Counterform! Subscribe for free to receive new posts and support my work.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>`
          : ''
      }`,
  )
  .join('\n')}
</div></div>
<div class="post-footer"><button class="post-ufi-button">Share</button></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-page"><div class="comment-list">
${kComments
  .map(
    ([n, d, t]) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="#">${n}</a>
<a class="comment-timestamp" href="#">${d}</a></div><div class="comment-body"><p>${t}</p></div><div class="comment-actions"><button>Like</button>
<button>Reply</button></div>
</div></div>`,
  )
  .join('\n')}</div></div></div></article></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2026 Ada Lindqvist</div><div class="footer-terms">
<a href="https://substack.com/privacy">Privacy</a> ∙
<a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-buttons"><a href="https://substack.com/signup" class="button">Start writing</a>
<a href="https://substack.com/app" class="button">Get the app</a></div>
<div class="footer-substack-cta"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":151204488}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.7c1e5a3b.js" charset="utf-8"></script></body></html>`;
const counterform: TestPage = settle({
  name: 'heldout458-substack-essay',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kParts.map(([h]) => h).filter((h) => h !== ''),
  body: texts([kSub, ...kParts.flatMap(([, p]) => p)]),
  bylines: ['Ada Lindqvist', 'Oct 02, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Counterform', 'Subscribe', 'Sign in', '31', '2', 'Share', 'Thanks for reading Counterform! Subscribe for free to receive new posts and support my work.',
    'Discussion about this post', ...kComments.flat(), 'Like', 'Reply', '© 2026 Ada Lindqvist', 'Privacy', '∙', 'Terms', 'Collection notice',
    'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
});

const dTitle = 'Crit please: geometric sans lowercase, first attempt';
const dPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'wren_letters',
    date: 'Mar 4',
    paras: [
      j(
        'This is my first real typeface, a geometric sans for a student magazine. I have the lowercase drawn and roughly spaced.',
        'Everything looks fine to me at 72 pt but it goes blotchy at 10 pt. What am I missing?',
      ),
      'The proof is set at 10, 14 and 36 pt. Stems are 84 units, x-height 510.',
    ],
  },
  {
    user: 'kalle.sorensen',
    date: 'Mar 4',
    paras: [
      j(
        'Your round letters are exactly circular, and that is the blotchy feeling. Optically a perfect circle looks heavier at',
        'the top and bottom than a stem of the same weight. Thin the horizontals of the o, c and e by about 10 %.',
      ),
      'Also the joins of n, m and h are very thick. Cut into the arch where it meets the stem.',
    ],
  },
  {
    user: 'wren_letters',
    date: 'Mar 5',
    paras: ['Thinned the horizontals and cut the joins, new proof attached. It is definitely lighter at 10 pt. Is the a too narrow now?'],
  },
  {
    user: 'Ottilie_D',
    date: 'Mar 6',
    paras: [
      j(
        'Much better. The a is fine; it is the s that is now the darkest letter. Its spine needs the same treatment as the o.',
        'And check your overshoots, the round letters still look short next to the x.',
      ),
    ],
  },
];
const dSuggested = ['Spacing a monoline script', 'First serif: are my brackets too heavy?', 'Feedback on a Cyrillic extension'];
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Crit please: geometric sans lowercase, first attempt - Critique - TypeCrit</title><meta name="description" content="This is my first real typeface.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3f2c8b1a0e">
<link rel="canonical" href="https://forum.typecrit.org/t/crit-please-geometric-sans-lowercase-first-attempt/2291">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"wren_letters"}}</script>
<link href="/stylesheets/desktop_d2a9f0.css?__ws=forum.typecrit.org" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-4e6b1c.js"></script></head>
<body class="crawler-disabled category-critique archetype-regular"><section id="main" class="ember-application"><div id="ember3" class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/typecrit-logo.png" alt="TypeCrit" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-small sign-up-button btn-primary" type="button">
<span class="d-button-label">Sign Up</span>
</button><button class="btn btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<button class="btn no-text btn-icon icon btn-flat" aria-label="Search" title="Search"></button>
</li><li class="hamburger-dropdown header-dropdown-toggle"><button class="btn no-text btn-icon icon btn-flat" aria-label="Menu" title="Menu"></button></li>
</ul></div></div></div>
</header><div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="2291">
<a href="/t/crit-please/2291" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category --style-square" data-category-id="7">
<span class="badge-category__name">Critique</span></span></span><div class="list-tags"><a href="/tag/sans" class="discourse-tag simple">sans</a>
<a href="/tag/lowercase" class="discourse-tag simple">lowercase</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2291"><div class="posts-wrapper"><div class="post-stream">
${dPosts
  .map(
    (p, i) => `<div class="topic-post clearfix regular${i === 0 ? ' topic-owner' : ''}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region"
data-post-id="${5100 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar"
data-user-card="${p.user}"><img alt="" width="48" height="48" src="/user_avatar/forum.typecrit.org/${p.user}/96/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/x/2291/${i + 1}">
<span title="${p.date}, 2026" data-time="1772600000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}${
      i === 0
        ? `
<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/proof.png">
<img src="/uploads/default/optimized/2X/proof_690x420.png" alt="proof" width="690"
height="420"><div class="meta"><span class="filename">proof.png</span><span class="informations">2480×1508 312 KB</span></div></a></div>`
        : ''
    }</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat button-count like-count"
title="${2 + i} people liked this post">${2 + i}</button><button class="btn-flat toggle-like btn-icon no-text" title="like this post"></button></div>
<button class="btn-flat share btn-icon no-text" title="copy a link to this post to clipboard"></button>${
      i === 0
        ? ''
        : `
<button class="btn btn-icon-text btn-flat reply create fade-out" title="Begin composing a reply to this post"><span class="d-button-label">Reply</span>
</button>`
    }
</div></nav></section></div></div></div></article></div>${
      i === 0
        ? `
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__replies-trigger">
<span class="number">3</span>
<span class="topic-map__stat-label">replies</span></div><div class="topic-map__views-trigger"><span class="number">214</span>
<span class="topic-map__stat-label">views</span>
</div><div class="topic-map__users-trigger"><span class="number">3</span><span class="topic-map__stat-label">users</span></div></div></section></div>`
        : ''
    }`,
  )
  .join('\n')}
</div></div></section></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" class="suggested-topics">
<h3 class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th></tr></thead><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x/${2200 + i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts"><span class="number">${4 + i}</span></td><td class="num views"><span class="number">${150 + 40 * i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div>
<div class="powered-by-discourse"><a class="powered-by-discourse__content" href="https://discourse.org/powered-by" target="_blank">
<span class="powered-by-discourse__logo"></span><span>Powered by Discourse</span></a></div></div></section></body></html>`;
const crit: TestPage = settle({
  name: 'heldout458-discourse-crit-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: dPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Critique', 'sans', 'lowercase', 'proof.png', '2480×1508 312 KB', '2', '3', '4', '5', 'Reply', 'replies',
    '214', 'views', 'users', 'Suggested Topics', 'Topic', 'Replies', 'Views', ...dSuggested, '6', '150', '190', '230', 'Powered by Discourse',
  ],
});

export const HELDOUT458_E: readonly TestPage[] = [counterform, crit];
