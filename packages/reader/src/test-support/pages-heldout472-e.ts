import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout472-kit.js';

/**
 * Held-out batch 472, file e: a classic car register's for-sale thread on phpBB 3.3 (prosilver); its second page, a dealership's
 * long blog post on Squarespace 7.1, is in file e2.
 */
const bTitle = '1959 Tudor Kestrel saloon – barn find project';
const bPosts = [
  {
    user: 'oldtudorbill',
    date: 'Sun Mar 07, 2027 9:14 pm',
    posts: '412',
    joined: 'Tue Jan 12, 2016 7:40 pm',
    paras: [
      j(
        'Clearing out a farm near Wenlow for a friend and this Kestrel has been under a tarpaulin in the implement shed since about',
        '1983. Tax disc in the window says August 1982. Chassis number KS-20914, so an early car with the split front bench.',
      ),
      j(
        'The floors are gone and both sills need replacing, but the roof, bonnet and boot lid are solid. Engine turns over by hand.',
        'Interior is all there but the mice have had the headlining. Original buff logbook with three owners listed.',
      ),
      j(
        'The family would like it to go to a register member rather than to a dealer. Offers around £1,800. It will need a trailer,',
        'the tyres will not hold air.',
      ),
    ],
  },
  {
    user: 'KestrelKate',
    date: 'Mon Mar 08, 2027 8:02 am',
    posts: '1877',
    joined: 'Sat Jun 04, 2011 10:15 am',
    paras: [
      j(
        'KS-20914 is in the register, Bill. Delivered to Hollins of Shrewsbury in May 1959, grey over red. We lost track of it in',
        'the 1980s, so it is good to know it survived. I will add a note to the register entry.',
      ),
    ],
  },
  {
    user: 'Nev_Stroud',
    date: 'Mon Mar 08, 2027 6:47 pm',
    posts: '96',
    joined: 'Wed Sep 20, 2023 4:33 pm',
    paras: [j('Interested. I have a Kestrel estate on the road and a covered trailer. Could I come and look at it next weekend? I am about', 'an hour away.')],
  },
  {
    user: 'oldtudorbill',
    date: 'Tue Mar 09, 2027 7:20 am',
    posts: '412',
    joined: 'Tue Jan 12, 2016 7:40 pm',
    paras: ['Nev, PM sent with the address. Saturday morning is fine.'],
  },
];
const bNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const bCrumbs = ['Board index', 'Marketplace', 'Cars for sale and wanted'];
const bPost = (p: (typeof bPosts)[number], i: number): string => `<div id="p${30210 + i}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}">
<div class="inner"><dl class="postprofile" id="profile${30210 + i}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${700 + i}" class="username">${p.user}</a></dt>
<dd class="profile-posts"><strong>Posts:</strong> ${p.posts}</dd><dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${30210 + i}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${30210 + i}">${i === 0 ? '' : 'Re: '}${bTitle}</a>
</h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${30210 + i}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${30210 + i}#p${30210 + i}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong>
<a href="./memberlist.php?mode=viewprofile&amp;u=${700 + i}"
class="username">${p.user}</a></strong> » </span><time datetime="2027-03-0${7 + i}T21:14:00+00:00">${p.date}</time></p>
<div class="content">${p.paras.join('<br>\n<br>\n')}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const bHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${bTitle} - The Tudor Kestrel Register</title><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=41" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Tudor Kestrel Register</h1>
<p>Owners of Tudor Kestrel saloons and estates, 1956-1964</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(bNav, 'rightside')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${links(bCrumbs, 'breadcrumbs')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4417">${bTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=4417" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${bPosts.map(bPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=4417" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">Return to
“Cars for sale and wanted”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar">${links(['Delete cookies', 'All times are UTC'])}</ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link" href="./ucp.php?mode=terms">Terms</a></p>
</div></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=41"></script><script src="./assets/javascript/core.js?assets_version=41"></script></body>
</html>`;
const phpbbThread: TestPage = {
  name: 'heldout472-phpbb-register-for-sale',
  kind: 'forum',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(bPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Tudor Kestrel Register', 'Owners of Tudor Kestrel saloons and estates, 1956-1964', 'Skip to content',
    ...bNav.filter((t) => t !== 'Register'), ...bCrumbs, 'Post Reply',
    '4 posts • Page 1 of 1', ...[...new Set(bPosts.flatMap((p) => [`Posts: ${p.posts}`, `Joined: ${p.joined}`]))], `Re: ${bTitle}`, 'Quote',
    'Return to “Cars for sale and wanted”', 'Who is online', 'Users browsing this forum: No registered users and 3 guests', 'Delete cookies',
    'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy | Terms',
  ],
};

export const HELDOUT472_E: readonly TestPage[] = [phpbbThread];
