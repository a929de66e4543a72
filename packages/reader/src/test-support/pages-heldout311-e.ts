import { links, ps, type TestPage, texts } from './page-kit.js';
import { eventbrite } from './pages-heldout311-e2.js';
import { j } from './pages-heldout311-kit.js';

/**
 * Held-out batch 311, file e: a keynote live blog on a Newspack (WordPress) news site with the Liveblog plugin (masthead,
 * category, byline and dates, standfirst, entries with time and author, Jetpack share buttons, related posts, newsletter
 * block, reader comments, footer) and an Eventbrite event page (header, title and summary, organiser strip, date and
 * location panels, "Good to know", About this event, tags, organiser card, ticket panel, footer and cookie banner).
 */
const lTitle = 'Live: Orbisoft’s Cinder Summit keynote, as it happened';
const lLede = j(
  'Orbisoft opened its annual developer conference in Port Avelin with a two-hour keynote. We followed it live from the hall;',
  'the newest entries are at the top.',
);
const lEntries: [string, string, string, string[]][] = [
  [
    '11:52',
    'Keira Nwosu',
    '1 hour ago',
    [
      j(
        'That is a wrap. The short version: a new on-device assistant, a cheaper tier for the cloud database, and a surprisingly frank',
        'admission that last year’s sync service "did not work well enough". We will have a full analysis this afternoon.',
      ),
    ],
  ],
  [
    '11:40',
    'Keira Nwosu',
    '1 hour ago',
    [
      j(
        'Pricing, finally. The new Ember tier of the cloud database starts at 9 dollars a month for small projects, down from 25. Existing',
        'customers will be moved automatically in June if their usage fits.',
      ),
      'Loud applause from the developers around us, the loudest of the morning so far.',
    ],
  ],
  [
    '11:21',
    'Dmitri Falk',
    '2 hours ago',
    [
      j(
        'Chief technology officer Halima Oduya is now on stage talking about the sync service. She says the company rebuilt it from',
        'scratch after outages last autumn:',
      ),
      j(
        '"We heard you. For three weeks last October, some of you lost data, and that is the one thing a sync service must never do.',
        'We have rewritten the conflict handling and we will publish the design."',
      ),
    ],
  ],
  [
    '10:58',
    'Dmitri Falk',
    '2 hours ago',
    [
      j(
        'Demo time. An engineer asks the new assistant to summarise a 40-page contract on a laptop with the network cable visibly',
        'unplugged. It takes about eleven seconds. Orbisoft says the model runs entirely on the device and nothing leaves it.',
      ),
      'Three things the company is promising for the assistant:',
      'It works offline on machines with 16 GB of memory or more',
      'Administrators can switch it off for a whole organisation',
      'Developers get an interface to call it from their own apps later this year',
    ],
  ],
  [
    '10:31',
    'Keira Nwosu',
    '2 hours ago',
    [
      j(
        'Chief executive Paulo Verhagen walks on to the stage to the sound of a kettle whistling, a nod to the conference’s name.',
        'He opens with numbers: 3.1 million developers now use the platform, up from 2.4 million a year ago.',
      ),
    ],
  ],
  [
    '10:05',
    'Keira Nwosu',
    '2 hours ago',
    [
      j(
        'Good morning from Port Avelin. The hall holds about 4,000 people and it is nearly full. The keynote is due to start at',
        '10:30; we are told to expect announcements on the assistant, the database and pricing.',
      ),
    ],
  ],
];
const lNav = ['Latest', 'Software', 'Hardware', 'Science', 'Policy', 'Reviews', 'Podcasts'];
const lRelated = ['Orbisoft’s sync outage: what went wrong', 'Hands-on with the Ember database tier', 'Cinder Summit 2025: the five biggest announcements'];
const lComments = [
  ['quietfox', 'Nine dollars is a real change for hobby projects. Curious whether the limits are as tight as last time.'],
  ['M. Arkwright', 'The on-device demo was impressive but I would like to see it on a three-year-old laptop.'],
];
const lFoot = ['About us', 'Contact', 'Ethics policy', 'Advertise', 'Privacy policy', 'Terms of use'];
const lHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle} – The Gridline</title><meta property="og:type" content="article"><meta property="og:title" content="${lTitle}">
<meta property="article:published_time" content="2026-05-12T09:58:00+00:00"><meta property="article:modified_time" content="2026-05-12T12:04:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${lTitle}","coverageStartTime":"2026-05-12T10:05:00",
"coverageEndTime":"2026-05-12T11:52:00","author":[{"@type":"Person","name":"Keira Nwosu"},{"@type":"Person","name":"Dmitri Falk"}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://thegridline.example/wp-content/themes/newspack-theme/style.css" media="all">
<script>var liveblog_settings = {"post_id":"5512","refresh_interval":"10","key":"liveblog"};</script></head>
<body class="post-template-default single single-post postid-5512 single-format-standard h-nsub h-db h-ll h-dh h-cl">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="page" class="site">
<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/gridline-logo.png" alt="The Gridline"></a></div>
<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">${links(lNav, 'menu-item')}</ul></nav>
<a class="button" href="/subscribe">Subscribe</a></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-5512" class="post-5512 post type-post status-publish format-standard category-software entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/software/">Software</a>
</span><h1 class="entry-title">${lTitle}</h1><div class="newspack-post-subtitle">${lLede}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-prefix">By</span>
<span class="author vcard"><a class="url fn n" href="/author/knwosu/">Keira Nwosu</a></span> <span class="author-prefix">and</span>
<span class="author vcard"><a class="url fn n" href="/author/dfalk/">Dmitri Falk</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-05-12T09:58:00+00:00">May 12, 2026</time>
<span class="updated-label">Updated 12:04 p.m. BST</span></span></div></div></header>
<div class="entry-content"><div id="liveblog-container" class="liveblog-container"><div class="liveblog-feed">
${lEntries
  .map(
    ([time, who, ago, paras], i) => `<article id="id_${9100 - i}" class="liveblog-entry"><aside class="liveblog-entry-aside">
<a class="liveblog-meta-time" href="#${9100 - i}"><span>${ago}</span><span>${time}</span></a></aside><div class="liveblog-entry-main">
<header class="liveblog-meta"><div class="liveblog-meta-authors"><div class="liveblog-meta-author">
<span class="liveblog-meta-author-name">${who}</span></div></div></header><div class="liveblog-entry-content">
${
  paras.length > 2
    ? `${ps(paras.slice(0, 2))}<ul>${paras
        .slice(2)
        .map((p) => `<li>${p}</li>`)
        .join('\n')}</ul>`
    : ps(paras)
}</div></div></article>`,
  )
  .join('\n')}
</div><button class="liveblog-btn liveblog-pagination-btn">Load more entries</button></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="#"><span>X</span></a></li>
<li class="share-facebook"><a class="share-facebook sd-button share-icon" href="#"><span>Facebook</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon" href="#"><span>Email</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${lRelated.map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${r}</a></h4></div>`).join('\n')}</div>
<div class="wp-block-newspack-newsletters-subscribe"><p class="newspack-newsletters-subscribe__title">Get The Gridline Daily in your inbox</p>
<form><input type="email" placeholder="Your email address"><input type="submit" value="Sign up"></form></div></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
${lComments
  .map(
    (
      [who, text],
      i,
    ) => `<li id="comment-${71 + i}" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${who}</b></div><div class="comment-metadata"><time>May 12, 2026 at ${i ? '1:15' : '12:31'} p.m.</time></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3></div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-bottom"><ul>${links(lFoot)}</ul>
<div class="site-info">© 2026 The Gridline Media Ltd.
<a class="imprint" href="https://newspack.example">Proudly powered by Newspack</a></div></div></footer></div>
</body></html>`;
const liveblog: TestPage = {
  name: 'heldout311-newspack-liveblog-keynote',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts([lLede, ...lEntries.flatMap(([, , , p]) => p)]),
  bylines: ['Keira Nwosu', 'Dmitri Falk', 'May 12, 2026', 'Updated 12:04 p.m. BST', ...lEntries.map(([t]) => t), '1 hour ago', '2 hours ago'],
  furniture: [
    'Skip to content',
    ...lNav.filter((n) => n !== 'Software'),
    'Subscribe',
    'Posted in',
    'Software',
    'Load more entries',
    'Share this:',
    'Facebook',
    'Email',
    'Related',
    ...lRelated,
    'Get The Gridline Daily in your inbox',
    '2 comments',
    ...lComments.flat(),
    'May 12, 2026 at 12:31 p.m.',
    'May 12, 2026 at 1:15 p.m.',
    'Reply',
    'Leave a comment',
    ...lFoot,
    '© 2026 The Gridline Media Ltd.',
    'Proudly powered by Newspack',
  ],
};

export const HELDOUT311_E: readonly TestPage[] = [liveblog, eventbrite];
