import { links, type TestPage, texts } from './page-kit.js';
import { xfPost, xfPosts, xfTime } from './pages-heldout64-a2.js';
import { mybbThread } from './pages-heldout64-a3.js';

/**
 * Held-out batch 64, file a: a XenForo 2.2 thread on a sailing forum, as a logged-out reader saves it (the header, nav
 * with its split menus, section links, breadcrumbs, the thread prefix label, "Thread starter" and "Start date" with the
 * thread's tags, five posts each with the user cell (avatar, user title, joined, messages, reaction score, location), a
 * "said:" quote with "Click to expand...", a "Last edited" line, signatures, the action bar and reactions bar, the "You
 * must log in or register to reply here." button, the share buttons, "Similar threads", the cookie notice, noscript and
 * old-browser warnings, XF's inline config script and the JSON-LD DiscussionForumPosting).
 */
const xfTitle = 'Osmosis blisters on a 1984 Centaur – peel, dry or leave alone?';
const xfNav = ['Forums', 'What’s new', 'Classifieds', 'Members'];
const xfCrumbs = ['Forums', 'Boat Maintenance & Repairs', 'Hull, Deck & Gelcoat'];
const xfTags = ['westerly centaur', 'hull survey'];
const xfSimilar = [
  ['Blisters after one season on new epoxy barrier coat – warranty?', 'keelboat_kate', 'Jan 4, 2025'],
  ['How long to dry a hull before barrier coating?', 'RoaringForties', 'Oct 29, 2024'],
  ['Cockpit drain skin fittings – bronze or Marelon?', 'dinghy_dave', 'Feb 11, 2025'],
];
const xfShare = ['Facebook', 'X', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Link'];
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const xfCookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const xfCookie2 = 'By continuing to use this site, you are consenting to our use of cookies.';
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-variation="default" data-color-scheme="light" data-template="thread_view"
	data-container-key="node-27" data-content-key="thread-48812" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1742000000,2b9c4d71e0f8a3c5"
	class="has-no-js template-thread_view">
<head>
	<meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>${xfTitle} | Bilge &amp; Boom Sailing Forum</title>
	<link rel="canonical" href="https://www.bilgeandboom.example/threads/osmosis-blisters.48812/" />
	<meta property="og:site_name" content="Bilge &amp; Boom Sailing Forum" /><meta property="og:type" content="website" />
	<meta property="og:title" content="${xfTitle}" />
	<meta name="description" content="Lifted the boat for the first time in three years last week and the yard manager pointed out a rash of small blisters" />
	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1"
		/>
	<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Aextra.less&amp;s=3"
		/>
	<script src="/js/xf/preamble.min.js?_v=8a1c2f04"></script>
	<script type="application/ld+json">
	{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://www.bilgeandboom.example/threads/osmosis-blisters.48812/",
	"headline":"${xfTitle}","articleBody":"Lifted the boat for the first time in three years last week and the yard manager pointed out a rash of small blisters…",
	"articleSection":"Hull, Deck & Gelcoat","author":{"@type":"Person","name":"tidewater_jim"},"datePublished":"2025-03-14T08:52:10+00:00",
	"dateModified":"2025-03-19T07:58:51+00:00","interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/ReplyAction",
	"userInteractionCount":4}}
	</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
	<div class="p-header-logo p-header-logo--image"><a href="https://www.bilgeandboom.example/">
		<img src="/styles/bb/logo.png" srcset="/styles/bb/logo@2x.png 2x" alt="Bilge &amp; Boom Sailing Forum" width="220" height="40" /></a></div>
</div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
	<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0"
		aria-label="Menu"><span class="button-text"><i aria-hidden="true"></i></span></button>
	<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected"><div class="hScroller-scroll">
		<ul class="p-nav-list js-offCanvasNavSource">${xfNav
      .map(
        (t, i) => `<li><div class="p-navEl ${i === 0 ? 'is-selected' : ''}" data-has-children="true"><a href="/${i === 0 ? '' : `nav-${i}/`}"
			class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="nav${i}">${t}</a><a data-xf-key="${i + 1}" data-xf-click="menu"
			class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a></div></li>`,
      )
      .join('\n')}</ul></div></div>
	<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
		<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on">
			<span class="p-navgroup-linkText">Log in</span></a>
		<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on">
			<span class="p-navgroup-linkText">Register</span></a></div>
		<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu"
			data-xf-key="/" aria-label="Search" aria-expanded="false" aria-haspopup="true" title="Search" data-xf-init="tooltip"><i aria-hidden="true"></i>
			<span class="p-navgroup-linkText">Search</span></a></div></div>
</div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll">
	<ul class="p-sectionLinks-list"><li><div class="p-navEl "><a href="/whats-new/posts/" class="p-navEl-link " data-xf-key="alt+1"
		data-nav-id="newPosts">New posts</a></div></li>
	<li><div class="p-navEl "><a href="/search/?type=post" class="p-navEl-link " data-xf-key="alt+2" data-nav-id="searchForums">Search forums</a></div></li>
	</ul></div></div></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation"></div>
<div class="p-body"><div class="p-body-inner">
<noscript class="js-jsWarning"><div class="blockMessage blockMessage--important blockMessage--iconic u-noJsOnly">JavaScript is disabled. For a better
	experience, please enable JavaScript in your browser before proceeding.</div></noscript>
<div class="blockMessage blockMessage--important blockMessage--iconic js-browserWarning" style="display: none">You are using an out of date browser. It may
	not display this or other websites correctly.<br />You should upgrade or use an <a href="https://www.mozilla.org/firefox/" target="_blank">alternative
	browser</a>.</div>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">${xfCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
	<a href="/crumb-${i}/" itemprop="item"><span itemprop="name">${t.replace(/&/g, '&amp;')}</span></a><meta itemprop="position" content="${i + 1}" /></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header">
	<div class="p-title "><h1 class="p-title-value"><span class="label label--orange" dir="auto">Advice wanted</span>
		<span class="label-append">&nbsp;</span>${xfTitle}</h1></div>
	<div class="p-description"><ul class="listInline listInline--bullet">
		<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
			<a href="/members/5530/" class="username  u-concealed" dir="auto" data-user-id="5530" data-xf-init="member-tooltip">tidewater_jim</a></li>
		<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
			<a href="/threads/osmosis-blisters.48812/" class="u-concealed">${xfTime(xfPosts[0]!)}</a></li>
		<li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span>
			${xfTags.map((t) => `<a href="/tags/${t.replace(/ /g, '-')}/" class="tagItem" dir="auto">${t}</a>`).join('\n\t\t\t')}</li>
	</ul></div>
</div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
	<span class="u-anchorTarget" id="posts"></span>
	<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-48812">
		<div class="block-body js-replyNewMessageContainer">
${xfPosts.map(xfPost).join('\n')}
		</div>
	</div>
	<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button" data-xf-click="overlay">
		<span class="button-text">You must log in or register to reply here.</span></a></div></div>
</div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="">
	<span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">${xfShare
    .map(
      (t) =>
        `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${t.toLowerCase()}"><i aria-hidden="true"></i><span>${t}</span></a>`,
    )
    .join('\n\t')}</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xfSimilar
  .map(
    ([t, u, d], i) => `<div class="structItem structItem--thread js-inlineModContainer" data-author="${u}">
	<div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a href="/threads/similar-${i}/">${t}</a></div>
		<div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/${u}/" class="username " dir="auto">${u}</a></li>
		<li class="structItem-startDate"><a href="/threads/similar-${i}/" rel="nofollow"><time class="u-dt" dir="auto">${d}</time></a></li></ul></div></div>
	<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt> <dd>${11 + i * 9}</dd></dl></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
</div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xfCrumbs)}</ul>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
	<div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
		<li><a href="/misc/style" data-xf-click="overlay" title="Style chooser" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i>
			Default style</a></li></ul></div>
		<div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(xfFoot)}
		<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss"
			aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
	<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform
		by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div>
</div></footer>
</div>
<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6">
	<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0">
		<div class="notice-content"><div class="u-alignCenter">${xfCookie}<br />${xfCookie2}</div>
		<div class="u-inputSpacer u-alignCenter">
		<a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accept</span></a>
		<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v=8a1c2f04"></script><script src="/js/xf/core-compiled.js?_v=8a1c2f04"></script>
<script>
	jQuery.extend(true, XF.config, {"userId":0,"enablePush":false,"url":{"fullBase":"https:\\/\\/www.bilgeandboom.example\\/"},"cookie":{"prefix":"xf_"}});
	jQuery.extend(XF.phrases, {"date_x_at_time_y":"{date} at {time}","day_x_at_time_y":"{day} at {time}","now":"Now","show_more":"Show more"});
</script>
</body></html>`;
const xenforo: TestPage = {
  html: xfHtml,
  name: 'heldout64-xenforo-thread',
  kind: 'forum',
  // all five posts are body (the thread is the article); the quote in post 3 repeats a sentence of post 1 with its "tidewater_jim
  // said:" head: in neither list; posters' names and post dates are bylines, and so are "Last edited: Mar 19, 2025" and the
  // "Thread starter" name and "Start date" date in the description; user titles, joined dates, message counts, reaction
  // scores, locations, signatures, the "Like"/"Reply"/"Report" bar, the reactions lines (names of those who reacted, not
  // posters), post numbers, the prefix label, the tags, breadcrumbs, nav, the guest reply button, share buttons, "Similar
  // threads" with their starters and dates, the warnings, cookie notice and footer are furniture (the per-post share gadget is an
  // icon with an aria-label, no text); the tag "osmosis", the post number "#4" (the "4" of "£4,800") and the "Like" button ("look
  // like") were left off as body words
  title: xfTitle,
  headings: [],
  body: xfPosts.flatMap((p) => texts(p.paras)),
  bylines: [
    'tidewater_jim',
    'Marguerite H',
    'Owain_P',
    'sjb_surveys',
    'Mar 14, 2025',
    'Mar 15, 2025',
    'Mar 18, 2025',
    'Mar 19, 2025',
    'Last edited: Mar 19, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav, 'Log in', 'Register', 'Search', 'New posts', 'Search forums', ...xfCrumbs.slice(1), 'Advice wanted',
    'Thread starter', 'Start date', 'Tags', ...xfTags,
    'Member', 'Well-known member', 'Trade member', 'Joined', 'Jun 2, 2021', 'Jan 9, 2016', 'Sep 23, 2022', 'Mar 30, 2017',
    'Messages', '86', '3,912', '214', '1,078',
    'Reaction score', '41', '2,655', '158', '903', 'Location', 'Conwy', 'Lymington', 'Pwllheli', 'Plymouth', 'Centaur No. 1187 “Pennywort”, Conwy marina',
    'Hallberg-Rassy 29 “Skylark” · Solent based', 'SJB Yacht Surveys – YDSA member – Devon and Cornwall', '#1', '#2', '#3', '#5', 'Click to expand...',
    'Reply', 'Report', 'Reactions:', 'Marguerite H and Owain_P', 'tidewater_jim, Owain_P and 4 others', 'sjb_surveys, Marguerite H and 2 others',
    'You must log in or register to reply here.', 'Share:', ...xfShare, 'Similar threads', ...xfSimilar.flat(), 'Replies',
    'JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.',
    'You are using an out of date browser. It may not display this or other websites correctly.', 'alternative browser', 'Default style', ...xfFoot,
    'RSS', 'Community platform by XenForo', '2010-2024 XenForo Ltd.', xfCookie, xfCookie2, 'Accept', 'Learn more…',
  ],
};

export const HELDOUT64_A: readonly TestPage[] = [xenforo, mybbThread];
