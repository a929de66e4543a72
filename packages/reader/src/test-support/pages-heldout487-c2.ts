import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout487-kit.js';

/**
 * Held-out batch 487, file c2 (file c split at 300 lines): an allotment forum thread on phpBB 3.3 with the prosilver style
 * (the posts are the article).
 */
const fTitle = 'Potato blight already? Brown patches on first earlies';
const fPosts = [
  {
    user: 'Bramblejack',
    rank: 'Green Fingers',
    posts: '1204',
    joined: 'Mon Mar 14, 2011 8:02 pm',
    loc: 'Derbyshire',
    time: 'Sun Jul 12, 2026 6:41 pm',
    sig: 'Half a plot, two water butts and a very patient wife.',
    paras: [
      j(
        'Went up this afternoon and half the Charlotte haulms have brown patches on the leaves, some with a pale ring round them.',
        'The stems look fine so far. It has been warm and muggy all week with rain every evening.',
      ),
      'Is this blight already? Nobody else on our site has mentioned it. Should I cut the haulms off now or wait and see?',
    ],
  },
  {
    user: 'Mossy Ned',
    rank: 'Moderator',
    posts: '8871',
    joined: 'Wed Feb 02, 2008 10:15 am',
    loc: 'North Yorkshire',
    time: 'Sun Jul 12, 2026 7:20 pm',
    sig: '',
    paras: [
      j(
        'Sounds very like it, I am afraid. The weather has been perfect for it: two days over 10 degrees with high humidity, and we',
        'have had blight warnings for most of the Midlands since Thursday.',
      ),
      j(
        'Check the undersides of the leaves early tomorrow morning. If you see a white fuzzy edge round the brown patches, it is',
        'blight. Cut all the haulms down to the ground, bag them and take them home or to the tip. Do not compost them.',
      ),
      'Then leave the tubers in the ground for two to three weeks before lifting, so the spores on the surface die off and the skins set.',
    ],
  },
  {
    user: 'Bramblejack',
    rank: '',
    posts: '',
    joined: '',
    loc: '',
    time: 'Mon Jul 13, 2026 7:05 am',
    sig: '',
    paras: [
      'White fuzz on most of them. Haulms are off and in bags in the boot of the car. Thanks Ned.',
      'Will the tomatoes in the greenhouse be all right? They are about four metres away.',
    ],
  },
  {
    user: 'Petal Okonkwo',
    rank: 'Seedling',
    posts: '37',
    joined: 'Sat Apr 05, 2025 4:48 pm',
    loc: '',
    time: 'Mon Jul 13, 2026 9:32 am',
    sig: '',
    paras: [
      j(
        'Keep the greenhouse door shut on damp days and water the pots, not the leaves. Mine survived a bad year like this by pinching',
        'off every leaf with a spot the minute I saw it. Outdoor tomatoes are much more at risk than greenhouse ones.',
      ),
      'Next year try Sarpo Mira or Cara for your maincrop. Neither is perfect, but both hold on much longer.',
    ],
  },
];
const fQuote = 'Will the tomatoes in the greenhouse be all right?';
const fNavTop = ['Quick links', 'FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Growing', 'Pests and Diseases'];
const fPost = (p: (typeof fPosts)[number], i: number): string => {
  const id = 20418 + i;
  const prof = [
    p.rank === '' ? '' : `<dd class="profile-rank">${p.rank}</dd>`,
    p.posts === '' ? '' : `<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${i}&amp;sr=posts">${p.posts}</a></dd>`,
    p.joined === '' ? '' : `<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>`,
    p.loc === '' ? '' : `<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.loc}</dd>`,
  ].join('');
  const quote =
    i === 3
      ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=88">Bramblejack</a> wrote:
<a href="./viewtopic.php?p=20420#p20420">↑</a><span class="responsive-hide">Mon Jul 13, 2026 7:05 am</span></cite>${fQuote}</div></blockquote>`
      : '';
  return `<div id="p${id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner"><dl class="postprofile" id="profile${id}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${88 + i}" class="username">${p.user}</a></dt>
${prof}</dl><div class="postbody"><div id="post_content${id}"><h3${i === 0 ? ' class="first"' : ''}>
<a href="#p${id}">${i === 0 ? fTitle : `Re: ${fTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw"></i>
<span>Quote</span></a></li></ul><p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><i class="icon fa-file fa-fw"></i>
<span class="sr-only">Post</span></a><span class="responsive-hide">by <strong>
<a href="./memberlist.php?mode=viewprofile&amp;u=${88 + i}" class="username">${p.user}</a></strong>
» </span><time datetime="2026-07-12T18:41:00+00:00">${p.time}</time></p>
<div class="content">${quote}${p.paras.join('<br><br>')}</div>${p.sig === '' ? '' : `<div id="sig${id}" class="signature">${p.sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray"></i><span class="sr-only">Top</span>
</a></div></div></div>
<hr class="divider">`;
};
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fTitle} - Plotters’ Forum</title><link rel="alternate" type="application/atom+xml" title="Feed - Plotters’ Forum" href="/app.php/feed">
<link rel="canonical" href="https://forum.plotters.org.uk/viewtopic.php?t=4812">
<link href="./assets/css/font-awesome.min.css?assets_version=61" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=61" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Plotters’ Forum</h1>
<p>Allotment and kitchen garden chat since 2006</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords"
type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…">
<button class="button button-search"
type="submit" title="Search"><i class="icon fa-search fa-fw"></i><span class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw"></i>
<span>${fNavTop[0]}</span></a></li>
${fNavTop
  .slice(1)
  .map(
    (n) => `<li class="rightside" data-skip-responsive="true"><a href="./${n.toLowerCase()}.php" role="menuitem"><span>${n}</span></a>
</li>`,
  )
  .join('')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${fCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope>
<a itemprop="item" href="./viewforum.php?f=${i}"><span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}
</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4812">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=4812" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw"></i></a>
<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset>
<input class="inputbox search tiny" type="search" name="keywords"
size="20" placeholder="Search this topic…"></fieldset></form></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(fPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=4812" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return">
<a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">Return to “Pests and Diseases”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist">
<li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span>
</li></ul></div></div>
<div class="copyright"><p class="footer-row">
<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> |
<a class="footer-link" href="./ucp.php?mode=terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=61"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=61"></script>
</body></html>`;
const blightThread: TestPage = {
  name: 'heldout487-phpbb-blight-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: [...fPosts[0]!.paras, ...fPosts[1]!.paras, ...fPosts[2]!.paras, fQuote, ...fPosts[3]!.paras],
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.time])), 'Bramblejack wrote: ↑Mon Jul 13, 2026 7:05 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plotters’ Forum', 'Allotment and kitchen garden chat since 2006', 'Skip to content', 'Search', ...fNavTop, ...fCrumbs, 'Post Reply',
    '4 posts • Page 1 of 1', ...fPosts.flatMap((p) => [p.rank, p.posts, p.loc, p.sig].filter((t) => t !== '')), 'Posts:', 'Joined:', 'Location:',
    ...fPosts.map((p) => p.joined).filter((t) => t !== ''), `Re: ${fTitle}`, 'Quote', 'Post', 'Top',
    'Return to “Pests and Diseases”', 'Who is online', 'Users browsing this forum: No registered users and 3 guests', 'Delete cookies', 'All times are UTC',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy | Terms',
  ],
};

export const HELDOUT487_C2: readonly TestPage[] = [blightThread];
