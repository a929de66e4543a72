import { links, type TestPage, texts } from './page-kit.js';
import { elementorPost } from './pages-heldout348-c2.js';
import { paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file c: an allotment society's phpBB 3.3 forum thread (prosilver: header with site description, quick
 * links, breadcrumbs, topic tools, pagination, post profiles with rank, posts and joined dates, a quoted reply, a signature,
 * jump-to box, "Who is online" and the footer) and, from file c2, a garden designer's portfolio post built with Elementor.
 */
const fTitle = 'Clubroot on plot 14 – is liming worth it?';
type Post = readonly [id: number, author: string, rank: string, date: string, paragraphs: readonly string[], quote?: string];
const fPosts: readonly Post[] = [
  [
    88231,
    'broadbean_bev',
    'Regular',
    'Sat Mar 14, 2026 7:42 pm',
    paras(`
Pulled up the last of my purple sprouting this afternoon and the roots were a mess: swollen, knobbly and starting to rot. I am
fairly sure it is clubroot. My neighbour on 15 had it two years ago.

I have read that liming the bed raises the pH and slows the disease down. Has anyone actually done this and seen a difference,
or is it one of those things everyone repeats? I would rather not give up on brassicas for twenty years.
`),
  ],
  [
    88236,
    'Old Tom Rusk',
    'Plot holder since 1988',
    'Sat Mar 14, 2026 9:05 pm',
    paras(`
It helps, but it is not a cure. The spores sit in the soil for fifteen years or more whatever you do. What liming does is make
the soil less friendly to them so the plants get away before the damage is done.

I test my pH every autumn and aim for about 7.2 on the brassica bed. Add the lime in autumn, not at the same time as manure,
and grow the plants on in pots to a good size before they go out.
`),
  ],
  [
    88240,
    'broadbean_bev',
    'Regular',
    'Sun Mar 15, 2026 8:11 am',
    paras(`
Thanks Tom. How big is "a good size"? I usually plant out at about four true leaves.
`),
    'grow the plants on in pots to a good size before they go out.',
  ],
  [
    88244,
    'Pennywort',
    'Committee member',
    'Sun Mar 15, 2026 10:30 am',
    paras(`
I pot mine on into 9cm pots and plant when the roots fill them, usually six weeks from sowing. A strong root system can cope
with some infection.

Also worth knowing: there are resistant varieties of cabbage, cauliflower and sprouts now. I grew two last year in a bed I
know is infected and got a decent crop from both.

Please do not share tools or boots between plots without cleaning them. The committee has put a brush and a bucket by the
water trough at the top gate for that reason.
`),
  ],
  [
    88250,
    'broadbean_bev',
    'Regular',
    'Mon Mar 16, 2026 6:18 pm',
    paras(`
Lime is ordered and I have started a notebook for the pH readings. I will report back in the autumn. Thanks all.
`),
  ],
];
const fNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Growing', 'Pests, diseases and problems'];
const fOnline = 'Users browsing this forum: No registered users and 3 guests';
const post = ([id, author, rank, date, body, quote]: Post, i: number): string => `<div id="p${id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}">
<div class="inner"><dl class="postprofile" id="profile${id}"><dt class="no-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${id % 97}" class="username">${author}</a></dt><dd class="profile-rank">${rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${id % 97}&amp;sr=posts">${(id % 700) + 12}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> Apr ${(id % 27) + 1}, 2019</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${id}">${i === 0 ? '' : 'Re: '}${fTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote" class="button button-icon-only">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><span class="imageset icon_post_target">Post</span></a>
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${id % 97}" class="username">${author}</a></strong>
» </span><time datetime="2026-03-14T19:42:00+00:00">${date}</time></p>
<div class="content">${
  quote === undefined
    ? ''
    : `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=11">Old Tom Rusk</a> wrote:
<a href="./viewtopic.php?p=88236#p88236" data-post-id="88236">↑</a><span class="responsive-hide">Sat Mar 14, 2026 9:05 pm</span></cite>${quote}</div>
</blockquote>`
}${body.join('<br><br>\n')}</div>
${author === 'Old Tom Rusk' ? '<div id="sig88236" class="signature">Plot 3, Fellgate Road. Leeks are a way of life.</div>' : ''}
</div></div><div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const pagination = `<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div>`;
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - Fellgate Road Allotment Society Forum</title>
<link rel="alternate" type="application/atom+xml" title="Feed - Fellgate Road Allotment Society Forum" href="/app.php/feed">
<link rel="canonical" href="https://forum.fellgate-allotments.example/viewtopic.php?t=4412">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Fellgate Road Allotment Society Forum</h1>
<p>Swaps, tips and grumbles from the Fellgate Road plots</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" class="inputbox search tiny" placeholder="Search…"><button class="button button-search"
type="submit" title="Search"><span class="sr-only">Search</span></button><a href="./search.php" class="button button-search-end"
title="Advanced search"><span class="sr-only">Advanced search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fNav, '')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${fCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement"
itemscope><a itemprop="item" href="./viewforum.php?f=${i}"><span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('')}
</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4412">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=4412" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger"></span></div>
<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny"
type="search" name="keywords" placeholder="Search this topic…"></fieldset></form></div>${pagination}</div>
${fPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=4412" class="button"><span>Post Reply</span></a>${pagination}</div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">
<span>Return to “Pests, diseases and problems”</span></a></p><div class="jumpbox dropdown-container"><span class="button dropdown-trigger">
<span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>${fOnline}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar"><li class="rightside">All times are <span title="UTC">UTC</span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside"><a href="./memberlist.php?mode=contactadmin">Contact
us</a></li></ul></div></div><div class="copyright"><p class="footer-row">
<span class="footer-copyright">Powered by <a href="https://www.phpbb.example/">phpBB</a>®
Forum Software © phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> |
<a class="footer-link" href="./ucp.php?mode=terms">Terms</a></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script><script src="./styles/prosilver/template/forum_fn.js?assets_version=41">
</script></body></html>`;
const phpbbThread: TestPage = {
  name: 'heldout348-phpbb-prosilver-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => [...(p[5] === undefined ? [] : [p[5]]), ...texts(p[4])]),
  bylines: [...new Set(fPosts.flatMap((p) => [p[1], p[3]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fellgate Road Allotment Society Forum', 'Swaps, tips and grumbles from the Fellgate Road plots', 'Skip to content', 'Search', 'Advanced search', ...fNav,
    ...fCrumbs, 'Post Reply', '5 posts • Page 1 of 1', 'Quote', 'Regular', 'Plot holder since 1988', 'Committee member', 'Posts:', 'Joined:',
    ...fPosts.map((p) => `Apr ${(p[0] % 27) + 1}, 2019`), 'wrote:',
    'Plot 3, Fellgate Road. Leeks are a way of life.', 'Top', 'Return to “Pests, diseases and problems”', 'Jump to', 'Who is online', fOnline,
    'All times are UTC', 'Delete cookies', 'Contact us', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
};

export const HELDOUT348_C: readonly TestPage[] = [phpbbThread, elementorPost];
