import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 7, written in session 10 without reading the reader's rules: a Blogger
 * ("Simple" theme) post with its date header, "Posted by ... at ... Labels:" footer, share
 * buttons, empty comment block, blog pager and archive tree; and an Atlassian Confluence
 * (Data Center) runbook page with breadcrumbs, a space sidebar and page tree, info and note
 * macros, a table-of-contents macro, a code macro, likes, labels and the comment prompt.
 */
const hymnal = [
  "This one came to me from a chapel in Robin Hood's Bay, wrapped in a tea towel and held together with two rubber bands. It is a 1912 " +
    'hymnal, music edition, about the size of a paperback but nearly twice as thick, and it has been opened and shut every Sunday for most of a century.',
  'The text block was in better shape than I expected. The paper is a decent rag stock that has yellowed but not gone brittle, and only ' +
    'the first and last sections had worked loose. The problem, as usual with these books, was the spine: the original mull had perished ' +
    'completely and the leather had split along both joints, so the covers were hanging on by the endpapers alone.',
  'I started by taking the book out of its case. With the joints already gone this was mostly a matter of slitting the endpapers, and the ' +
    'boards came away in a few minutes. I kept the old spine piece in a folder, because the chapel wanted the gilt title put back on.',
  'Cleaning the spine is the slow part. The old animal glue had gone hard and glassy, so I softened it with a wheat starch paste poultice, ' +
    'left it ten minutes under cling film and scraped it off with a bone folder. It took four rounds to get down to clean folds.',
  'Two sections had broken threads, and I resewed only those onto the existing tapes rather than resewing the whole book. Resewing ' +
    'everything would have been tidier but would have changed how the book opens, and a hymnal has to lie flat on a lectern without a hand holding it.',
  'The new spine lining is a layer of Japanese tissue, then a strip of linen that runs about 25 mm onto each board, then a kraft paper ' +
    'hollow. The hollow is what lets the spine flex away from the text block when the book is opened, which is exactly what the old binding lacked.',
  'For the covering I used a goatskin dyed as close to the old leather as I could manage, and then laid the original spine piece with its ' +
    "lettering on top. It is not invisible, and I don't think a repair like this should be, but it still looks like the same book.",
  'The whole job took about eleven hours spread over three weeks, most of it waiting for things to dry. It went back to the chapel on ' +
    "Thursday, and I'm told it was in use on Sunday morning, which is the best outcome a repair can have.",
  "If you have a book like this at home, please don't reach for the sticky tape. Put it in a bag and keep it flat until someone can look " +
    'at it. Tape does more damage in a year than a loose cover does in fifty.',
];
const bgPages = ['Commissions', 'About the bindery'];
const bgShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bgArchive = ['A press for the price of a pint', 'Marbling with the Year 5s'];
const hymnalTitle = 'Rebinding a 1912 hymnal with a broken spine';
const hymnalHtml =
  `<!DOCTYPE html><html class="v2" dir="ltr" lang="en-GB"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://paperandthread.blogspot.com/2025/05/rebinding-1912-hymnal.html" rel="canonical"><title>Paper &amp; Thread: ${hymnalTitle}</title>
<meta content="${hymnalTitle}" property="og:title"><meta content="It came to me wrapped in a tea towel." property="og:description">
<style id="page-skin-1" type="text/css">body{font:normal normal 14px Georgia,serif;color:#222}.post-title{font-size:22px}</style>
<script type="text/javascript">window._gaq=window._gaq||[];</script></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner">
<div class="titlewrapper"><h1 class="title"><a href="https://paperandthread.blogspot.com/">Paper &amp; Thread</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Repairs, rebinds and the odd new book from a small bindery on the Yorkshire coast</span></p></div>
</div></div></div></header><div class="tabs-outer"><div class="widget PageList" id="PageList1"><ul><li class="selected"><a href="/">Home</a></li>
${links(bgPages)}</ul></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main">
<div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Saturday, May 17, 2025</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope>
<a name="6637120904"></a><h3 class="post-title entry-title" itemprop="name">${hymnalTitle}</h3><div class="post-header"><div class="post-header-line-1">
</div></div>
<div class="post-body entry-content" id="post-body-6637120904" itemprop="description articleBody"><div>${hymnal[0]}</div><div><br /></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>
<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/hymnal-before.jpg"><img border="0" width="400" ` +
  `src="https://blogger.googleusercontent.com/img/b/R29v/s400/hymnal-before.jpg" /></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">As it arrived: covers held on by the endpapers and not much else</td></tr></tbody></table>
<div>${hymnal[1]}</div><div><br /></div><div>${hymnal[2]}</div><div><br /></div>
${hymnal[3]}<br />
<br />
${hymnal[4]}<br />
<br />
${hymnal.slice(5).join('<br />\n<br />\n')}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">` +
  `<a class="g-profile" href="https://www.blogger.com/profile/09871234" rel="author" title="author profile"><span itemprop="name">Margaret Ellery</span></a>` +
  `</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#" rel="bookmark" title="permanent link">` +
  `<abbr class="published" itemprop="datePublished" title="2025-05-17T21:14:00+01:00">9:14 PM</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="#comment-form">No comments:</a></span>
<div class="post-share-buttons goog-inline-block">${bgShare.map((s) => `<a class="goog-inline-block share-button" title="${s}"><span>${s}</span></a>`).join('')}
</div></div><div class="post-footer-line post-footer-line-2">
<span class="post-labels">Labels: <a href="/search/label/case%20binding" rel="tag">case binding</a>,
<a href="/search/label/repairs" rel="tag">repairs</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>No comments:</h4><div id="Blog1_comments-block-wrapper"><dl id="comments-block"></dl></div>
<div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><iframe id="comment-editor" src=""></iframe></div></div>
</div></div></div></div><div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span> <a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div><div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">
<div class="widget BlogSearch" id="BlogSearch1"><h2 class="title">Search This Blog</h2><form><input class="gsc-input" type="text"></form></div>
<div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock">
<dt class="profile-data"><a class="profile-name-link g-profile" href="#" rel="author">Margaret Ellery</a></dt>
<dd class="profile-textblock">Bookbinder and conservator. Thirty years of glue under my fingernails and no regrets.</dd></dl>
<a class="profile-link" href="#" rel="author">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div id="BlogArchive1_ArchiveList"><ul class="hierarchy">
<li class="archivedate expanded">
<a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="#">2025</a>
<span class="post-count" dir="ltr">(9)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle"><span class="zippy">▼&nbsp;</span></a>
<a class="post-count-link" href="#">May</a> <span class="post-count" dir="ltr">(3)</span><ul class="posts"><li><a href="#">${hymnalTitle}</a></li>
${links(bgArchive)}</ul></li></ul></li></ul></div></div>
<div class="widget Followers" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content" id="Followers1-wrapper"></div></div>
</div></div></div></div><footer><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">
Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></footer></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js"></script></body></html>`;
const hymnalPage: TestPage = {
  name: 'heldout7-blogger-post',
  kind: 'blog',
  html: hymnalHtml,
  // hard calls: the post title is an h3 under the blog's h1 and is the title; paragraphs are
  // <div>s at first and then bare text split by <br /><br />, all body; the archive tree repeats
  // the post title (in neither list); the date header and "Posted by ... at ..." are bylines
  title: hymnalTitle,
  headings: [],
  body: texts(hymnal),
  bylines: ['Saturday, May 17, 2025', 'Posted by Margaret Ellery at 9:14 PM', 'Margaret Ellery'],
  furniture: [
    'Paper & Thread',
    'Repairs, rebinds and the odd new book from a small bindery on the Yorkshire coast',
    ...bgPages,
    'As it arrived: covers held on by the endpapers and not much else',
    'No comments:',
    ...bgShare,
    'Labels:',
    'case binding',
    'Post a Comment',
    'Newer Post',
    'Older Post',
    'Subscribe to:',
    'Post Comments (Atom)',
    'Search This Blog',
    'About Me',
    'Bookbinder and conservator. Thirty years of glue under my fingernails and no regrets.',
    'View my complete profile',
    'Blog Archive',
    ...bgArchive,
    'Followers',
    'Simple theme. Powered by Blogger.',
  ],
};

const rotInfo = [
  'This runbook is reviewed every quarter by the on-call lead. If a step no longer matches what you see, fix the page as you go or ' +
    'raise it in #platform-oncall.',
];
const rotWhen = [
  'Use this runbook when the payment gateway keys are due for their scheduled 90-day rotation, or straight away if a key may have been ' +
    'exposed, for example committed to a repository or pasted into a ticket.',
  'The gateway allows two active API keys per merchant account. Rotation works by creating the second key, moving every service onto it ' +
    'and only then revoking the old one, so there is never a moment when payments cannot be taken.',
];
const rotBefore = [
  'Admin access to the gateway dashboard for the live merchant account',
  'Write access to the payments path in the secrets manager',
  'A change ticket approved by the payments team lead',
  'A quiet window: avoid the last three days of the month, when invoice runs peak',
];
const rotSteps = [
  'In the gateway dashboard, open Developers, then API keys, and create a new restricted key with the same permissions as the current one.',
  'Store the new key in the secrets manager as a new version of the existing secret. Do not delete the old version.',
  'Restart the checkout, billing and refunds services one at a time, waiting for each deployment to report healthy before moving on.',
  'Watch the dashboard for requests still arriving with the old key. When there have been none for 30 minutes, revoke it.',
];
const rotNote = ['Never paste a live key into chat, a ticket or this page. If that happens, treat the key as exposed and start the rotation again.'];
const rotVerify = [
  'Run a test payment through the staging checkout first, then a one-pound live payment with the team card, and refund it. Both ' +
    "should appear in the dashboard against the new key's ID.",
];
const rotBack = [
  'If payments start failing after a restart, restore the previous secret version and restart the affected service. As long as the old ' +
    'key has not been revoked, this takes effect within a couple of minutes. If it has already been revoked, create another key and start ' +
    'again from step 2, because revoked keys cannot be reactivated.',
];
const rotH = ['When to use this runbook', 'Before you start', 'Steps', 'Verifying the rotation', 'Rolling back'];
const cfSkip = ['Skip to content', 'Skip to breadcrumbs', 'Skip to header menu', 'Skip to action menu', 'Skip to quick search'];
const cfNav = ['Spaces', 'People', 'Calendars', 'Create'];
const cfShort = ['On-call rota', 'Incident template'];
const cfTree = ['Runbook: Failing over the primary database', 'Runbook: Clearing a stuck deploy queue', 'Architecture decisions'];
const cfActions = ['Edit', 'Save for later', 'Watch'];
const rotTitle = 'Runbook: Rotating the payment gateway API keys';
const macro = (kind: string, paras: readonly string[]): string =>
  `<div class="confluence-information-macro confluence-information-macro-${kind} conf-macro output-block" data-macro-name="${kind}">` +
  `<span class="aui-icon aui-icon-small confluence-information-macro-icon"></span><div class="confluence-information-macro-body">${ps(paras)}</div></div>`;
const rotHtml =
  `<!DOCTYPE html><html lang="en-GB"><head><title>${rotTitle} - Platform Engineering - Acme Confluence</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7"><meta name="ajs-page-id" content="884736211"><meta name="ajs-space-key" content="PLAT">
<meta name="confluence-request-time" content="1743683210123"><link rel="stylesheet" href="/s/en_GB/8504/batch.css">
<script type="text/javascript">AJS.Meta.set("page-title","${rotTitle}");</script></head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default"><div id="full-height-container">
<ul id="assistive-skip-links" class="assistive">${cfSkip.map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul>
<header id="header" role="banner"><nav class="aui-header"><div class="aui-header-primary"><span class="aui-header-logo-device">Acme Confluence</span>
<ul class="aui-nav">${links(cfNav, 'aui-nav-link')}</ul></div></nav></header>
<div class="ia-splitter"><div class="ia-splitter-left"><div class="ia-fixed-sidebar"><div class="acs-side-bar ia-scrollable-section">
<div class="acs-side-bar-space-info"><a href="/display/PLAT" class="space-name">Platform Engineering</a></div>
<div class="quick-links-wrapper"><h5 class="ia-quick-links-header-title">Space shortcuts</h5><ul class="acs-nav-list">${links(cfShort)}</ul></div>
<div class="ia-secondary-container" data-tree-type="page-tree"><h5 class="ia-secondary-header-title page-tree"><span class="label">Page tree</span></h5>
<ul class="plugin_pagetree_children_list">${links(cfTree)}</ul></div></div>
<div class="acs-side-bar-flyout"><button class="aui-button space-tools-menu-trigger"><span class="aui-button-label">Space tools</span></button></div></div>
</div>
<div class="ia-splitter-right"><div id="main" class="aui-page-panel"><div id="main-header"><div id="navigation" class="content-navigation view">
<ul class="ajs-menu-bar">${cfActions.map((a) => `<li><a class="aui-button aui-button-subtle"><span>${a}</span></a></li>`).join('')}
<li><a id="shareContentLink" class="aui-button aui-button-subtle"><span>Share</span></a></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><a href="/collector/pages.action?key=PLAT">Pages</a></li>
<li><a href="/display/PLAT/Runbooks">Runbooks</a></li></ol></nav></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="/display/PLAT/Rotating">${rotTitle}</a></span></h1></div>
<div id="content" class="page view"><div class="page-metadata"><ul><li class="page-metadata-modification-info">` +
  `<span class="author">Created by <a class="url fn confluence-userlink" href="#">Tomasz Wrona</a></span>, last modified by ` +
  `<span class="editor"><a class="url fn confluence-userlink" href="#">Aisha Bello</a></span> on <a class="last-modified" href="#">Apr 03, 2025</a></li>
</ul></div>
<div id="main-content" class="wiki-content">${macro('information', rotInfo)}
<div class="toc-macro client-side-toc-macro conf-macro output-block" data-macro-name="toc"><ul>${links(rotH)}</ul></div>
<h2 id="Runbook-Whentousethisrunbook">${rotH[0]}</h2>${ps(rotWhen)}
<h2 id="Runbook-Beforeyoustart">${rotH[1]}</h2><ul>${rotBefore.map((li) => `<li>${li}</li>`).join('')}</ul>
<h2 id="Runbook-Steps">${rotH[2]}</h2><ol>${rotSteps.map((li) => `<li>${li}</li>`).join('')}</ol>
<div class="code panel pdl conf-macro output-block" data-macro-name="code"><div class="codeContent panelContent pdl">
<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: bash; gutter: false; theme: Confluence">` +
  `kubectl rollout restart deployment/checkout -n payments
kubectl rollout status deployment/checkout -n payments --timeout=5m</pre></div></div>
${macro('note', rotNote)}
<h2 id="Runbook-Verifyingtherotation">${rotH[3]}</h2>${ps(rotVerify)}
<h2 id="Runbook-Rollingback">${rotH[4]}</h2>${ps(rotBack)}</div>
<div id="likes-and-labels-container"><div id="likes-section"><a href="" class="like-button"><span class="like-button-text">Like</span></a>
<div class="like-summary">Be the first to like this</div></div><div id="labels-section"><ul class="label-list"><li class="no-labels-message">No labels</li>
</ul></div></div>
<div id="comments-section" class="pageSection group"><div class="quick-comment-container comment add"><div class="quick-comment-prompt">
<span>Write a comment…</span>
</div></div></div></div></div></div></div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by ` +
  `<a href="https://www.atlassian.com/software/confluence">Atlassian Confluence</a> <span id="footer-build-information">8.5.4</span></li>
<li class="print-only">Printed by Atlassian Confluence 8.5.4</li></ul><ul id="footer-links"><li><a href="#">Report a bug</a></li><li>
<a href="#">Atlassian News</a></li></ul>
</section></div></div><script type="text/javascript" src="/s/en_GB/8504/batch.js" data-wrm-key="_super"></script></body></html>`;
const rotation: TestPage = {
  name: 'heldout7-confluence-runbook',
  kind: 'docs',
  html: rotHtml,
  // hard calls: the info and note macro panels are authored page content, body; the toc macro
  // repeats the headings (neither); the code macro is neither; the list items are body; the
  // "Created by ..., last modified by ... on ..." line is the byline
  title: rotTitle,
  headings: rotH,
  body: texts([...rotInfo, ...rotWhen, ...rotBefore, ...rotSteps, ...rotNote, ...rotVerify, ...rotBack]),
  bylines: ['Created by Tomasz Wrona, last modified by Aisha Bello on Apr 03, 2025'],
  furniture: [
    ...cfSkip,
    'Acme Confluence',
    ...cfNav,
    'Platform Engineering',
    'Space shortcuts',
    ...cfShort,
    'Page tree',
    ...cfTree,
    'Space tools',
    ...cfActions,
    'Pages',
    'Runbooks',
    'Be the first to like this',
    'No labels',
    'Write a comment…',
    'Powered by Atlassian Confluence 8.5.4',
    'Printed by Atlassian Confluence 8.5.4',
    'Report a bug',
    'Atlassian News',
  ],
};

export const HELDOUT7_D: readonly TestPage[] = [hymnalPage, rotation];
