import { ps, type TestPage } from './page-kit.js';
import { j, rowTexts, tidy, trs } from './pages-heldout523-kit.js';

/**
 * Held-out batch 523, file e: a marquee size guide on Webflow (rich text with a table embed, CTA section) and a trade forum
 * thread on Discourse about anchoring a marquee on tarmac.
 */
const wfTitle = 'What size marquee do I need?';
const wfBody = [
  j(
    'The right size depends on how many guests you have and what they will be doing. A drinks reception needs far less room than a',
    'seated dinner with a dance floor. Use the table below as a starting point, then add space for a bar, band or buffet.',
  ),
  'Guest numbers by layout',
  'Allowing extra space',
  'Add 4m x 4m for a dance floor for 80 guests, 3m x 4m for a band and 2m x 6m for a buffet or bar.',
  j(
    'If you are not sure, book a free site visit. We will measure your garden and draw a layout plan, so you can see exactly',
    'where everything goes before you pay a deposit.',
  ),
];
const wfRows = [
  ['6m x 9m', '40', '30', '24'],
  ['9m x 12m', '90', '70', '56'],
  ['9m x 18m', '140', '100', '84'],
  ['12m x 24m', '250', '190', '150'],
];
const wfNav = ['Marquees', 'Sizes', 'Furniture', 'Gallery', 'Get a quote'];
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 13 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.bluebellcanvas.co.uk" data-wf-page="65a0f1c2e3" data-wf-site="65a0f1c2d1" lang="en"><head><meta charset="utf-8">
<title>Marquee Size Guide | Bluebell Canvas</title><meta content="How big a marquee you need for your guest numbers and layout." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a0f1c2d1/css/bluebell-canvas.webflow.shared.8c1e2a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext table{width:100%}</style></div>
<div data-animation="default" class="navbar w-nav" data-easing2="ease" role="banner" data-collapse="medium"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a0f1c2d1/logo.svg" alt="Bluebell Canvas"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wfNav.map((t) => `<a href="/${t.length}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-guide"><div class="padding-global"><div class="container-small">
<div class="guide-header"><div class="eyebrow">Planning guides</div><h1 class="heading-style-h1">${wfTitle}</h1></div>
<div class="text-rich-text w-richtext">${ps([wfBody[0] ?? ''])}<h2>${wfBody[1]}</h2>
<div class="w-embed"><table class="size-table"><thead><tr><th>Marquee</th><th>Standing</th><th>Seated (long tables)</th>
<th>Seated (round tables)</th></tr></thead>
<tbody>${trs(wfRows)}</tbody></table></div>
<h2>${wfBody[2]}</h2>${ps(wfBody.slice(3))}</div></div></div></section>
<section class="section-cta"><div class="padding-global"><div class="cta-card"><h2 class="heading-style-h3">Not sure yet?</h2><p class="text-size-medium">Our
 planners reply within one working day.</p><a href="/get-a-quote" class="button w-button">Book a free site visit</a></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="footer-grid w-layout-grid"><div class="footer-brand">Bluebell Canvas</div>
<div class="footer-text">Hazelwood Farm, Little Orton &middot; 01632 960 119</div><div class="footer-legal">&copy; 2026 Bluebell Canvas Ltd</div></div>
</div></footer>
</div><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0f1c2d1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a0f1c2d1/js/webflow.4b7e2c.js" type="text/javascript"></script></body></html>`;
const webflowSizes: TestPage = {
  name: 'heldout523-webflow-size-guide',
  kind: 'docs',
  html: wfHtml,
  title: wfTitle,
  headings: [wfBody[1] ?? '', wfBody[2] ?? ''],
  body: [wfBody[0] ?? '', ...rowTexts(wfRows), ...wfBody.slice(3)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wfNav, 'Planning guides', 'Not sure yet?', 'Our planners reply within one working day.', 'Book a free site visit', 'Bluebell Canvas',
    'Hazelwood Farm, Little Orton · 01632 960 119', '© 2026 Bluebell Canvas Ltd',
  ],
};

const dTitle = 'Anchoring a 9m frame on tarmac without drilling?';
const dPosts: [string, string, string[]][] = [
  [
    'rachel_h',
    'Apr 14',
    [
      j(
        'We have a school fete booked on a playground and the head has said no drilling, full stop. 9m x 12m frame, leg plates',
        'every 3m. What are people using for ballast and how much per leg?',
      ),
      'We have a few IBC water tanks but I am not keen on them near kids.',
    ],
  ],
  [
    'TentDoctor',
    'Apr 14',
    [
      j(
        'Concrete blocks in a proper ballast frame. Work it out from your manufacturer calcs, but for a 9m in an exposed spot we',
        'would be looking at 500kg per leg minimum. Cover them with padded covers so no one cracks a shin.',
      ),
    ],
  ],
  [
    'marquee_mike',
    'Apr 15',
    [
      'Agree with the blocks. If you do use water tanks, put them inside a fence line and get them filled the day before.',
      'Whatever you do, keep the calcs and a photo of each leg for the school. Their insurers will ask.',
    ],
  ],
  ['rachel_h', 'Apr 16', ['Thanks all, blocks it is. Hired 24 from a local plant firm and the head is happy.']],
];
const dCats = ['Marquees & Structures'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Marquees &amp; Structures -
 EventKit Forum</title><meta name="description" content="We have a school fete booked on a playground and the head has said no drilling.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><meta name="viewport" content="width=device-width,
 initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover"><link rel="canonical"
 href="https://forum.eventkit.uk/t/anchoring-9m-frame-tarmac/2817">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"rachel_h"},"datePublished":"2026-04-14T08:11:02Z"}</script>
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.eventkit.uk" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="EventKit Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/anchoring-9m-frame-tarmac/2817">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
 itemtype="http://schema.org/ListItem"><a href="/c/structures/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span><span
 class="badge-category clear-badge"><span class="category-name" itemprop="name">${dCats[0]?.replace('&', '&amp;')}</span></span></a></span>
<div class="topic-list-tags"><a href="/tag/ballast" class="discourse-tag">ballast</a><a href="/tag/frame-marquee"
 class="discourse-tag">frame-marquee</a></div></div></div>
${dPosts
  .map(
    ([u, d, paras], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${
      i === 0 ? 'DiscussionForumPosting' : 'Comment'
    }" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope
 itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}"><span itemprop="name">${u}</span></a></span><link itemprop="mainEntityOfPage"
 href="/t/anchoring-9m-frame-tarmac/2817"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-04-1${i}T09:00:00Z"
 class="post-time">${d}
</time><meta itemprop="position" content="${i + 1}"></span></div><div class="post"
 itemprop="text">${ps(paras)}</div><div itemprop="interactionStatistic" itemscope
 itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount"
 content="${3 - (i % 3)}"><span class="post-likes">${3 - (i % 3)} Likes</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th></tr></thead><tbody><tr class="topic-list-item"><td
 class="main-link"><a href="/t/ibc-ballast/2210" class="title raw-link raw-topic-link">IBC tanks as marquee ballast - safe?</a></td><td class="replies">
<span class="posts">14</span></td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li>
<a href="/guidelines">Guidelines
</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
<footer class="noscript-footer-nav"><div id="noscript-footer"
 class="container wrap"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with
 JavaScript enabled</p></div></footer></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout523-discourse-tarmac-anchoring',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , paras]) => paras),
  bylines: dPosts.flatMap(([u, d]) => [u, d]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    dCats[0] ?? '', 'ballast', 'frame-marquee', '3 Likes', '2 Likes', '1 Likes',
    'Related topics', 'Topic', 'Replies', 'IBC tanks as marquee ballast - safe?', '14',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT523_E: readonly TestPage[] = [webflowSizes, discourseThread].map(tidy);
