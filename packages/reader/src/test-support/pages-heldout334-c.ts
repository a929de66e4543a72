import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout334-kit.js';

/**
 * Held-out batch 334, file c: a renovation diary on WordPress with the GeneratePress theme (site header and menu, entry meta,
 * Jetpack share buttons and likes, a "Related" block, post navigation, threaded comments with the reply form, widgets in the
 * sidebar, a Complianz cookie banner) and a trade forum thread on XenForo 2 (p-nav, breadcrumbs, thread starter line, message
 * cells with user titles and join dates, a quoted reply, reaction bar, signatures, "Similar threads" and the footer).
 */
const wTitle = 'Week 14: The Kitchen Ceiling Comes Down';
const wBody = [
  j(
    'If you have been following along, you will know that the plan for the kitchen was a gentle refresh: new worktops, paint, and',
    'maybe a new floor if the budget stretched. That plan lasted until Tuesday morning, when Tom pushed a broom handle against',
    'a crack in the ceiling and a plate-sized piece of lath and plaster landed in the sink.',
  ),
  j('So this week became the week the kitchen ceiling came down. All of it. Here is how it went, what it cost, and what we found', 'up there.'),
];
const wDemo = [
  j(
    'We sealed the doorway with polythene and tape, put on proper FFP3 masks and goggles, and started at the window end. Lath and',
    'plaster comes down in a satisfying way, but the dust is unbelievable, and the amount of rubble surprised us: eleven bulk bags',
    'from a room that is only four metres by three.',
  ),
  j(
    'The worst part was the old coal-fire soot lying on top of the plaster. It came down in black clouds every time we pulled a',
    'section of lath. Next time I would hire a skip from day one rather than filling bags and carrying them through the house.',
  ),
];
const wFound = [
  'Two joists notched almost halfway through for an old gas pipe, which our builder has now sistered with new timber.',
  'A 1950s newspaper with an advert for a twelve-shilling electric kettle.',
  'Lighting cable with rubber insulation that crumbled when touched, so the rewire has moved up the list.',
];
const wCost = [
  j(
    'Skip hire and bags came to £310, the new plasterboard and skim is quoted at £1,150, and the joist repair was £240 in timber',
    'and a morning of our builder’s time. Painful, but far cheaper than having the ceiling fall on someone.',
  ),
  'Next week: the electrician arrives, and we find out how much of the house really needs rewiring.',
];
const wMenu = ['Home', 'The House', 'Renovation Diary', 'Budget Tracker', 'About Us'];
const wWidgets = ['Week 13: Sanding the Hall Floorboards', 'Week 12: Choosing a Boiler', 'Week 11: Damp, and What We Did About It'];
const wComments = [
  'Oh no! But better now than after the new kitchen went in. Sistering those joists was a good call.',
  'Good luck with the rewire. Ours found exactly the same rubber cable in a 1930s semi.',
];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} &#8211; The Crooked Terrace</title>
<meta name="robots" content="max-image-preview:large"><link rel="stylesheet" id="generate-style-css"
href="https://crookedterrace.example/wp-content/themes/generatepress/assets/css/main.min.css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${wTitle}","author":{"name":"Nell Ashby"},"datePublished":"2026-05-17T19:42:00+00:00"}]}</script>
<script id="jetpack-stats">_stq = window._stq || []; _stq.push(['view', {v:'ext',blog:'20114',post:'1842'}]);</script></head>
<body class="post-template-default single single-post postid-1842 right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title"><a href="/" rel="home">The Crooked Terrace</a></p><p class="site-description">Two people, one Victorian terrace, no idea</p>
</div><nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="menu sf-menu">${links(wMenu, 'menu-item')}</ul></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-1842" class="post-1842 post type-post status-publish category-kitchen">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-05-17T19:42:00+00:00">17 May 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/nell/">Nell Ashby</a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(wBody)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/05/ceiling-down.jpg" alt="">
<figcaption class="wp-element-caption">Day two: half the lath gone and the joists exposed.</figcaption></figure>
<h2 class="wp-block-heading">Taking it down</h2>
${ps(wDemo)}
<h2 class="wp-block-heading">What we found in the ceiling</h2>
<ul class="wp-block-list">${lis(wFound)}</ul>
<h2 class="wp-block-heading">What it cost</h2>
${ps(wCost)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3>
<ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-pinterest"><a class="sd-button" href="#"><span>Pinterest</span></a></li></ul></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
<span class="wpl-count-text">Be the first to like this.</span></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<p class="jp-relatedposts-post-title"><a href="/week-9-the-back-wall/">Week 9: Repointing the Back Wall</a></p></div>
</div><footer class="entry-meta"><span class="cat-links">Categories <a href="/category/kitchen/">Kitchen</a></span>
<span class="tags-links">Tags <a href="/tag/plasterwork/">plasterwork</a>, <a href="/tag/ceilings/">ceilings</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="/week-13/">Week 13: Sanding the Hall Floorboards</a></div></nav>
</footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${wTitle}”</h3>
<ol class="comment-list"><li id="comment-311" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Gwen P</cite>
<div class="entry-meta comment-metadata"><a href="#comment-311"><time datetime="2026-05-18T08:12:00+00:00">18 May 2026 at 8:12 am</time></a></div>
</div></footer><div class="comment-content"><p>${wComments[0]}</p></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></article></li>
<li id="comment-314" class="comment odd depth-1"><article class="comment-body"><footer class="comment-meta"><cite class="fn">Rafe Linden</cite>
<div class="comment-metadata"><time datetime="2026-05-19T21:40:00+00:00">19 May 2026 at 9:40 pm</time></div></footer>
<div class="comment-content"><p>${wComments[1]}</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form class="comment-form"><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="Post Comment"></form></div>
</div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget widget_search"><form class="search-form"><input type="search" placeholder="Search …"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wWidgets)}</ul></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">About Us</h2>
<div class="textwidget"><p>We are Nell and Tom, restoring an 1890s terrace in Sheffield one weekend at a time.</p></div></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">© 2026 The Crooked Terrace • Built with GeneratePress</div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-title">Manage Cookie Consent</div>
<div class="cmplz-message">We use cookies to optimise our website and our service.</div>
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button></div></div>
</body></html>`;
const crooked: TestPage = {
  name: 'heldout334-wordpress-generatepress-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Taking it down', 'What we found in the ceiling', 'What it cost'],
  body: texts([...wBody, ...wDemo, ...wFound, ...wCost]),
  bylines: ['17 May 2026', 'by Nell Ashby'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Crooked Terrace', 'Two people, one Victorian terrace, no idea', ...wMenu, 'Day two: half the lath gone and the joists exposed.',
    'Share this:', 'Facebook', 'Pinterest', 'Like this:', 'Be the first to like this.', 'Week 9: Repointing the Back Wall', 'Categories', 'Kitchen',
    'plasterwork', 'ceilings', `2 thoughts on “${wTitle}”`, 'Gwen P', '18 May 2026 at 8:12 am', ...wComments, 'Reply', 'Rafe Linden',
    '19 May 2026 at 9:40 pm', 'Leave a Comment', 'Recent Posts', ...wWidgets,
    'We are Nell and Tom, restoring an 1890s terrace in Sheffield one weekend at a time.',
    '© 2026 The Crooked Terrace • Built with GeneratePress', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept',
    'Deny',
  ],
};

const fTitle = 'Screed over underfloor heating pipes cracking after 3 weeks';
type Post = { id: number; user: string; title: string; joined: string; msgs: string; date: string; paras: string[]; quote?: string; sig?: string };
const fQuote = 'Did you put an expansion strip round the perimeter and at the doorways?';
const fPosts: readonly Post[] = [
  {
    id: 5521801,
    user: 'chalkhill_builds',
    title: 'Member',
    joined: 'Mar 2019',
    msgs: '412',
    date: '12 Oct 2026',
    paras: [
      j(
        'Laid 65 mm of sand and cement screed over wet UFH in a 28 m² extension about three weeks ago. Mix was 4:1 with a fibre',
        'additive, pipes pressure tested at 6 bar and left under pressure during the pour.',
      ),
      j(
        'Now there are hairline cracks running roughly across the room from the bifold opening, and one by the back door that you',
        'can get a fingernail in. Customer is understandably worried. Heating has not been switched on yet.',
      ),
      'Is this just shrinkage, or have I got a bigger problem? Floor finish is going to be large-format porcelain.',
    ],
    sig: 'Chalkhill Builds – extensions and loft conversions, Kent',
  },
  {
    id: 5521812,
    user: 'Tyler Marsh',
    title: 'Screed Contractor',
    joined: 'Jun 2011',
    msgs: '6,930',
    date: '12 Oct 2026',
    paras: [
      fQuote,
      j(
        'Ask yourself that first. Three weeks in and no heat, hairline cracks across the width usually mean restrained shrinkage.',
        'Over 40 m² or with a long thin bay you want a movement joint, and doorways always need one.',
      ),
      j(
        'Check that it is well bonded by tapping with a hammer. If it rings hollow around the big crack, that is a different story.',
        'If it is sound, you can stitch the cracks with resin and staples before the tiler goes anywhere near it.',
      ),
    ],
  },
  {
    id: 5521840,
    user: 'chalkhill_builds',
    title: 'Member',
    joined: 'Mar 2019',
    msgs: '412',
    date: '13 Oct 2026',
    quote: 'Tyler Marsh',
    paras: [
      j(
        'Perimeter strip yes, doorways no. Looking at it again, the big crack lines up exactly with the bifold opening, so that',
        'makes sense. Tapped the whole floor this morning and it all sounds solid.',
      ),
      'Going to cut a joint in at the doorway, resin-stitch the rest and commission the heating slowly from 20 degrees. Thanks for the help.',
    ],
  },
  {
    id: 5521866,
    user: 'Dunmore Plastering',
    title: 'Trade Member',
    joined: 'Nov 2015',
    msgs: '1,288',
    date: '13 Oct 2026',
    paras: [
      j(
        'Sounds like the right plan. One more thing: when you commission the heating, go up by no more than 5 degrees a day and hold',
        'it at full temperature for three days before you drop it back. Most screed manufacturers want that cycle done before tiling.',
      ),
      'And use a decoupling membrane under the porcelain. With large-format tiles over UFH it is cheap insurance.',
    ],
  },
];
const fQuoteBlock = (who: string): string => `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"
data-attributes="member: 40112" data-quote="${who}"><div class="bbCodeBlock-title">${who} said:</div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent">${fQuote}</div></div></blockquote>`;
const fPost = (p: Post): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}"><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.id}/" class="username"
dir="auto">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/screed.881274/post-${p.id}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-10-12T18:20:00+0100">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite listInline"><li><a href="#" class="message-attribution-gadget">Share</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${p.quote === undefined ? '' : fQuoteBlock(p.quote)}${ps(p.paras)}</div></article></div>
${p.sig === undefined ? '' : `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>`}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--reaction">Like</a><a href="#" class="actionBar-action actionBar-action--reply">Reply</a>
</div></div></footer></div></div></div></article>`;
const fNav = ['Forums', 'What\u2019s new', 'Find a Tradesman', 'Media'];
const fSimilar = ['Liquid screed over UFH cracking at doorways', 'How long before tiling onto sand and cement screed?', 'Anhydrite vs sand and cement for UFH'];
const fHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-app="public" data-template="thread_view" class="has-no-js template-thread_view"><head>
<meta charset="utf-8"><title>${fTitle} | DIYknot Trade Forums</title>
<meta property="og:site_name" content="DIYknot Trade Forums"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"chalkhill_builds"},"datePublished":"2026-10-12T18:20:00+01:00"}</script>
<script>window.XF = window.XF || {}; XF.config = {"visitorCounts":{"alerts":0},"cookie":{"path":"/","prefix":"xf_"}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<div class="u-bottomFixer js-noticeWatcher"><ul class="notices notices--bottom_fixer js-notices"><li class="notice js-notice notice--primary">
<div class="notice-content">This site uses cookies to help personalise content and to keep you logged in if you register.
<a href="/account/dismiss-notice" class="button--notice button">Accept</a> <a href="/help/cookies" class="button--notice button">Learn more…</a></div></li>
</ul></div>
<header class="p-header" id="header"><div class="p-header-logo p-header-logo--image"><a href="/">DIYknot Trade Forums</a></div></header>
<nav class="p-nav"><ul class="p-nav-list js-offCanvasNavSource">${links(fNav, 'p-navEl')}</ul>
<div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link">Log in</a>
<a href="/register/" class="p-navgroup-link">Register</a></div></nav>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${links(['Home', 'Forums', 'Trade Talk', 'Plastering, Rendering & Screeding'])}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${fTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li>Thread starter <a href="/members/40098/" class="username">chalkhill_builds</a></li>
<li>Start date <time class="u-dt" datetime="2026-10-12T18:20:00+0100">12 Oct 2026</time></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="block block--messages"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">
${fPosts.map(fPost).join('\n')}
</div></div></div>
<div class="block"><div class="block-outer"><a href="/threads/screed.881274/reply" class="button--cta button">Reply</a></div></div>
<div class="block block--similarThreads"><h3 class="block-minorHeader">Similar threads</h3><ul>${links(fSimilar)}</ul></div>
<div class="shareButtons"><span class="shareButtons-label">Share:</span><a class="shareButtons-button--facebook" href="#">Facebook</a>
<a class="shareButtons-button--email" href="#">Email</a><a class="shareButtons-button--link" href="#">Link</a></div>
</div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><ul class="p-footer-linkList">
${links(['Contact us', 'Terms and rules', 'Privacy policy', 'Help'])}</ul>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2026 XenForo Ltd.</div></div></footer></div></body></html>`;
const knot: TestPage = {
  name: 'heldout334-xenforo-trade-forum-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: ['chalkhill_builds', 'Tyler Marsh', 'Dunmore Plastering', '12 Oct 2026', '13 Oct 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to help personalise content and to keep you logged in if you register.', 'Accept', 'Learn more…', 'DIYknot Trade Forums',
    ...fNav, 'Log in', 'Register', 'Home', 'Trade Talk', 'Plastering, Rendering & Screeding', 'Thread starter', 'Start date', 'Member', 'Screed Contractor',
    'Trade Member', 'Nov 2015', '1,288', 'Tyler Marsh said:',
    'Joined', 'Mar 2019', 'Jun 2011', 'Messages', '412', '6,930', 'Share', 'Chalkhill Builds – extensions and loft conversions, Kent', 'Like', 'Reply',
    'Similar threads', ...fSimilar, 'Share:', 'Facebook', 'Email', 'Link', 'Contact us', 'Terms and rules', 'Privacy policy', 'Help',
    'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
  ],
};

export const HELDOUT334_C: readonly TestPage[] = [crooked, knot];
