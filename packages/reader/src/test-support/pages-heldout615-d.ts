import { ps, type TestPage } from './page-kit.js';
import { j, lis, settle } from './pages-heldout615-kit.js';

/**
 * Held-out batch 615, file d: a veneer repair service page on Webflow (hero, rich text, FAQ, call-to-action band, Webflow badge),
 * and a Discourse topic on a woodworking forum about white rings in French polish (four posts, solution, topic map, suggestions).
 */
const wTitle = 'Veneer and marquetry repair';
const wDek = 'Lifted, blistered or missing veneer put right with timber cut from our own stock of old veneers.';
const wHeads = ['What we repair', 'How we match veneer', 'Questions', 'Can you repair a piece with a lot of missing inlay?', 'Do you collect?'];
const wBody = [
  wDek,
  'Lifted edges and corners on table tops and drawer fronts',
  'Blisters where the glue has failed under the surface',
  'Missing pieces of banding, stringing and cross-grain mouldings',
  'Marquetry panels with lost or broken elements',
  j(
    'New veneer never looks right on an old piece. We keep drawers of veneer salvaged from furniture too damaged to save, sorted',
    'by timber and by age, and we choose each patch for its figure and colour before it is cut. The patch is laid with hot hide',
    'glue, levelled with a scraper and coloured in with the surrounding polish.',
  ),
  j(
    'Yes. For marquetry we draw the missing parts from what survives, often with the help of a matching panel elsewhere on the',
    'piece, and cut new elements by hand on the saw.',
  ),
  'We collect and deliver within 40 miles of the workshop. Further afield, we can recommend a specialist carrier.',
];
const wNav = ['Restoration', 'Veneer repair', 'Polishing', 'Projects', 'About'];
const wFoot = ['Privacy policy', 'Cookie settings', 'Instagram'];
const wHtml = `<!DOCTYPE html><!-- Last Published: Tue Feb 10 2026 11:42:08 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.ormerestoration.co.uk" data-wf-page="65a1f0c3b2e4d" data-wf-site="65a1f0c3b2e40" lang="en"><head><meta charset="utf-8">
<title>Veneer and Marquetry Repair | Orme Restoration</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c3b2e40/css/orme-restoration.webflow.a7c2e9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Service","name":"${wTitle}","provider":{"@type":"LocalBusiness","name":"Orme Restoration"}}</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Orme Restoration</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(' ', '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/contact" class="button nav-button w-button">Book a visit</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-service"><div class="w-layout-blockcontainer container w-container"><div class="hero-wrapper"><div class="eyebrow">Services</div>
<h1 class="heading-hero">${wTitle}</h1><p class="paragraph-large">${wDek}</p><a href="/contact" class="button w-button">Book a workshop visit</a>
</div></div></section>
<section class="section"><div class="w-layout-blockcontainer container narrow w-container"><div class="rich-text-service w-richtext">
<h2>${wHeads[0]}</h2><ul role="list">${lis(wBody.slice(1, 5))}</ul><h2>${wHeads[1]}</h2>${ps(wBody.slice(5, 6))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1f0c3b2e40/veneer-drawers.jpg"
loading="lazy" alt=""></div><figcaption>Salvaged veneers, sorted by timber and by decade.</figcaption></figure></div></div></section>
<section class="section faq"><div class="w-layout-blockcontainer container narrow w-container"><h2 class="heading-section">${wHeads[2]}</h2>
<div class="faq-item"><h3 class="faq-question">${wHeads[3]}</h3><p class="faq-answer">${wBody[6]}</p></div>
<div class="faq-item"><h3 class="faq-question">${wHeads[4]}</h3><p class="faq-answer">${wBody[7]}</p></div></div></section>
<section class="section cta-band"><div class="w-layout-blockcontainer container w-container"><div class="cta-wrapper"><h2 class="heading-cta">Send us a
photo</h2>
<p class="cta-text">Most veneer repairs can be priced from a couple of pictures.</p><a href="/contact" class="button button-light w-button">Get in touch</a>
</div>
</div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-block">
<div class="footer-brand">Orme Restoration</div><p class="footer-text">The Old Forge, Netherby Lane, Calderton</p><p class="footer-text">01632 960775</p></div>
<div class="footer-links">${wFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Orme Restoration Ltd</div></div></footer>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img
src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon-d2.89e12c322e.svg"
alt="" style="margin-right:4px;width:26px"><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text-d2.c82cec3b78.svg" alt="Made in Webflow"></a>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c3b2e40" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c3b2e40/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout615-webflow-veneer-repair',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orme Restoration', ...wNav, 'Book a visit', 'Services', 'Book a workshop visit', 'Salvaged veneers, sorted by timber and by decade.', 'Send us a photo',
    'Most veneer repairs can be priced from a couple of pictures.', 'Get in touch', 'The Old Forge, Netherby Lane, Calderton', '01632 960775', ...wFoot,
    '© 2026 Orme Restoration Ltd',
  ],
};

const fTitle = 'White rings on a French polished sideboard: fix without stripping?';
const fPosts: [string, string, string, string, string[]][] = [
  [
    'hollybrook_joinery',
    'Sam Hollybrook',
    'Feb 3, 2026 8:14 pm',
    'Feb 3',
    [
      j(
        'A customer has brought in a mahogany sideboard, French polished in the 1920s by the look of it, with three white rings on the',
        'top from hot dishes. The rest of the finish is sound. I would rather not strip a whole top for three rings.',
      ),
      'Has anyone had luck with the old tricks? I have read everything from a hair dryer to mayonnaise.',
    ],
  ],
  [
    'dmerrow',
    'Dan Merrow',
    'Feb 3, 2026 9:02 pm',
    'Feb 3',
    [
      j(
        'White rings are moisture trapped in the shellac, not damage to the wood, so they can usually come out. Try gentle heat first:',
        'a hair dryer on low, held well back, and keep it moving. Stop the moment the ring starts to fade.',
      ),
    ],
  ],
  [
    'AnnieKettle',
    'Annie Kettle',
    'Feb 4, 2026 7:30 am',
    'Feb 4',
    [
      'If heat does not shift it, the rubber is your friend. What has worked for me dozens of times:',
      'Clean the area with white spirit to get any wax off.',
      'Charge a rubber with a little meths and barely any shellac, and pass it quickly over the ring in long strokes.',
      'Let it rest for an hour and repeat. The meths lets the moisture out and the ring melts back into the surrounding polish.',
      j('The trick is to keep the rubber almost dry. Too wet and you will pull the old finish up. Practise on the underside of the', 'top first.'),
    ],
  ],
  [
    'hollybrook_joinery',
    'Sam Hollybrook',
    'Feb 6, 2026 5:47 pm',
    'Feb 6',
    [
      j(
        "Thanks both. The hair dryer took two of the rings out completely. The third, the worst one, needed Annie's method twice, and",
        'you honestly cannot see where it was now. Customer is delighted.',
      ),
    ],
  ],
];
const fLikes = ['3', '5', '12', '4'];
const fSugg = [
  ['Shellac going gummy in the jar', 'Finishing', '6', 'Jan 28'],
  ['Best wax over French polish?', 'Finishing', '11', 'Jan 19'],
];
const fSide = ['Topics', 'My Posts', 'More', 'Categories', 'Finishing', 'Upholstery', 'Restoration', 'Tools', 'All categories'];
const fPost = ([u, n, full, short, ps0]: [string, string, string, string, string[]], i: number): string => {
  const list = i === 2 ? `<p>${ps0[0]}</p><ol>${lis(ps0.slice(1, 4))}</ol><p>${ps0[4]}</p>` : ps(ps0);
  const solved = i === 0 ? '<p class="solved-panel">Solved by <a href="/u/AnnieKettle">AnnieKettle</a> in <a href="#post_3">post #3</a></p>' : '';
  const accepted = i === 2 ? '<span class="accepted-answer-label">Solution</span>' : '';
  return `<div class="topic-post clearfix topic-owner regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}"
role="region" data-post-id="${4410 + i}" data-topic-id="1187" data-user-id="${i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}" data-user-card="${u}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/forum.benchwright.org/${u}/96/1.png" class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2"
class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${u}" data-user-card="${u}">${u}</a></span>
<span class="second full-name"><a href="/u/${u}" data-user-card="${u}">${n}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/white-rings/1187/${i + 1}" data-share-url="/t/white-rings/1187/${i + 1}"><span title="${full}" data-time="1770146040000"
class="relative-date">${short}</span></a></div></div></div><div class="regular contents">${accepted}<div class="cooked">${list}</div>${solved}
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="widget-button btn-flat
button-count like-count highlight-action regular-likes btn-text">${fLikes[i]}</button><button class="widget-button btn-flat toggle-like like no-text btn-icon"
title="like this post"></button></div><button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply
</span></button></div></nav></section></div></div></div></article></div>`;
};
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>White rings on a French polished sideboard: fix without stripping? - Finishing - Benchwright Forum</title>
<meta name="description" content="A customer has brought in a mahogany sideboard, French polished in the 1920s by the look of it, with three white rings">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3a2c1f">
<link rel="canonical" href="https://forum.benchwright.org/t/white-rings-on-a-french-polished-sideboard-fix-without-stripping/1187">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"hollybrook_joinery"},"datePublished":"2026-02-03T20:14:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":3}}</script>
<link href="/stylesheets/desktop_d41c.css?__ws=forum.benchwright.org" media="all" rel="stylesheet" data-target="desktop">
<link rel="preload" href="/assets/discourse-9a8b.br.js" as="script"></head>
<body class="crawler archetype-regular category-finishing"><div id="ember3" class="ember-view"><section id="main" class="ember-application">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-sidebar-toggle"
aria-label="Open sidebar" title="Open sidebar"></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Benchwright Forum" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-icon-text"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span>
</button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="search topics, posts, users, or
categories" aria-label="Search" class="icon btn-flat"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">${fSide
  .map(
    (t) => `<a class="sidebar-section-link" href="/${t.toLowerCase().replace(' ', '-')}"><span
class="sidebar-section-link-content-text">${t}</span></a>`,
  )
  .join('\n')}
</div></section></div><div id="main-outlet" class="">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1187"><a href="/t/white-rings/1187" class="fancy-title"><span dir="auto">${fTitle}</span>
</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/finishing/6"><span class="badge-category" data-category-id="6"><span
class="badge-category__name">Finishing</span></span></a><div class="list-tags"><a href="/tag/shellac" class="discourse-tag box">shellac</a>
<a href="/tag/repair" class="discourse-tag box">repair</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1187"><div class="posts-wrapper"><div class="post-stream">
${fPosts.map(fPost).join('\n')}</div></div>
<div class="topic-map --op"><section class="topic-map__stats"><div class="topic-map__stat"><span class="number">3</span><span
class="topic-map__stat-label">replies</span>
</div><div class="topic-map__stat"><span class="number">418</span><span class="topic-map__stat-label">views</span></div><div class="topic-map__stat">
<span class="number">3</span><span class="topic-map__stat-label">users</span></div></section></div></section>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a
class="start-date">Feb 3</a>
</div><div class="timeline-replies">1 / 4</div><div class="timeline-date-wrapper"><a class="now-date">Feb 6</a></div></div></div></div></div></div>
<div id="suggested-topics" class="more-topics__list" role="complementary"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead>
<tbody>${fSugg
  .map(
    ([t, c, r, d]) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link raw-topic-link" href="/t/x">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts"><span class="number">${r}</span></td>
<td class="num activity"><span class="relative-date">${d}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer></section></div>
<script defer src="/assets/discourse-9a8b.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout615-discourse-white-rings',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p[4]),
  bylines: fPosts.flatMap(([u, n, , s]) => [u, n, s]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fSide, 'shellac', 'repair', 'Solved by AnnieKettle in post #3', 'Solution', ...fLikes, 'Reply',
    '3', 'replies', '418', 'views', 'users', '1 / 4', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...fSugg.flat(), 'Powered by Discourse',
  ],
};

export const HELDOUT615_D: readonly TestPage[] = [webflow, discourse].map(settle);
