import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 225, file e2: a phpBB 3.3 thread (prosilver) on an invented angling forum (the header with the site
 * description and search box, the navbar with "Quick links", "FAQ", "Register" and "Login", breadcrumbs, the topic title,
 * the action bar with "Post Reply" and the post count, five posts with post profiles (rank, posts, joined, location), the
 * "Re:" post subjects, a quoted post, signatures, "Return to" and "Jump to", "Who is online" and the footer with the
 * hidden "Powered by phpBB" credit and the cookie notice).
 */
const title = 'Barbel on the middle Trent in low water, any tips?';
interface Post {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  loc: string;
  time: string;
  quote?: { who: string; text: string };
  paras: string[];
  sig?: string;
}
const list: Post[] = [
  {
    id: 90211,
    user: 'chubchaser',
    rank: 'Regular',
    posts: '318',
    joined: 'Wed Apr 06, 2016 7:12 pm',
    loc: 'Newark',
    time: 'Sat Aug 09, 2025 9:14 pm',
    paras: [
      'Been down to the club water below Farndon three times this week and not had a proper touch. River is the lowest I have seen ' +
        'it in years, gin clear and barely pushing through the swims I usually fish.',
      'I have been on a 2oz feeder with pellet and a 10mm halibut hookbait, fishing from about 6pm into dark. Plenty of chub ' +
        'plucks, no barbel. Do I need to change approach or just wait for rain?',
    ],
    sig: 'Tight lines. Catch, photograph, return.',
  },
  {
    id: 90214,
    user: 'Old Ned',
    rank: 'Site Admin',
    posts: '6104',
    joined: 'Mon Jan 12, 2009 10:01 am',
    loc: 'Nottingham',
    time: 'Sat Aug 09, 2025 10:02 pm',
    paras: [
      'Low and clear, you want to be looking for the pace rather than your usual spots. The fish will be tucked under the ' +
        'weirs and in the faster, shallower glides where there is some oxygen. Even a foot of broken water can hold them.',
      'Scale right down on the bait too. I would swap the big pellet for a single 6mm or a couple of grains of corn and put ' +
        'less in the feeder. Little and often rather than a bed of feed they are not going to eat in warm water.',
    ],
    sig: 'Trent Valley AS bailiff. If you see something, ring it in.',
  },
  {
    id: 90220,
    user: 'chubchaser',
    rank: 'Regular',
    posts: '318',
    joined: 'Wed Apr 06, 2016 7:12 pm',
    loc: 'Newark',
    time: 'Sun Aug 10, 2025 7:40 am',
    quote: { who: 'Old Ned', text: 'Even a foot of broken water can hold them.' },
    paras: [
      'That is interesting, there is a shallow run at the tail of the island I have always walked past. Would you fish it after ' +
        'dark or is it better at first light in these conditions?',
    ],
    sig: 'Tight lines. Catch, photograph, return.',
  },
  {
    id: 90226,
    user: 'Kez_on_the_bank',
    rank: 'Member',
    posts: '57',
    joined: 'Thu Mar 02, 2023 8:20 pm',
    loc: 'Gainsborough',
    time: 'Sun Aug 10, 2025 11:15 am',
    paras: [
      'First light for me every time when it is this warm. I had three from a run like that last August between 5am and 7am ' +
        'and nothing once the sun got on the water.',
      'And please keep them in the net in the margin to recover before you unhook them. In this heat they really struggle.',
    ],
  },
  {
    id: 90241,
    user: 'chubchaser',
    rank: 'Regular',
    posts: '318',
    joined: 'Wed Apr 06, 2016 7:12 pm',
    loc: 'Newark',
    time: 'Tue Aug 12, 2025 8:31 pm',
    paras: [
      'Went this morning and fished the run off the island with a 6mm pellet and a small feeder. Two barbel by half six, 7lb ' +
        '4oz and about 5lb, both went back strong after a rest in the net. Cheers both, that advice made the week.',
    ],
    sig: 'Tight lines. Catch, photograph, return.',
  },
];
const nav = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'FAQ', 'Register', 'Login'];
const crumbs = ['Board index', 'Coarse Fishing', 'Rivers'];
const desc = 'The forum for anglers on the Trent, Soar and their tributaries';
const actions = ['Post Reply', 'Search this topic…', '5 posts', 'Page 1 of 1'];
const bottom = ['Return to “Rivers”', 'Jump to'];
const online = ['Who is online', 'Users browsing this forum: No registered users and 4 guests'];
const foot = ['Privacy', 'Terms', 'Contact us', 'The team', 'Delete cookies', 'All times are UTC+01:00'];
const cookie = 'This board uses cookies to keep you logged in and to remember what you have read.';
const sigs = [...new Set(list.flatMap((p) => (p.sig ? [p.sig] : [])))];
const post = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong>
${p.loc}</dd>
</dl><div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? title : `Re: ${title}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true">
</i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="#" class="username">${p.user}</a></strong> » </span>
<time datetime="2025-08-09T20:14:00+00:00">${p.time}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="#">${p.quote.who}</a> wrote: <a href="#" aria-label="View quoted post" class="post-link">
<i class="icon fa-arrow-circle-up fa-fw" aria-hidden="true"></i></a></cite>${p.quote.text}</div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div><div class="back2top"><a href="#top" class="top" title="Top">
<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;

const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - Trentside Anglers Forum</title>
<link rel="canonical" href="https://forum.trentsideanglers.example/viewtopic.php?t=14402">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Trentside Anglers Forum</h1><p>${desc}</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search">
<form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" title="Search for keywords"
placeholder="Search…"><button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><span class="sr-only">Advanced search</span></a></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><span>${nav[0]}</span></a>
<div class="dropdown"><ul class="dropdown-contents" role="menu">${links(nav.slice(1, 4), 'small-icon')}</ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>${nav[4]}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>${nav[6]}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>${nav[5]}</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${crumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="./f${i}" itemprop="item">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=14402">${title}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=14402" class="button" title="Post a reply"><span>${actions[0]}</span>
<i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="search-box" role="search"><form><fieldset><input class="inputbox search tiny"
type="search"
placeholder="${actions[1]}"><label class="sr-only" for="sk">${actions[1]}</label></fieldset></form></div><div class="pagination">${actions[2]}
&bull; ${actions[3]}</div></div>
${list.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=14402" class="button"><span>${actions[0]}</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=7" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>${bottom[0]}</span></a></p><div class="jumpbox dropdown-container">
<span class="button button-secondary dropdown-trigger"><span>${bottom[1]}</span></span></div></div>
<div class="stat-block online-list"><h3>${online[0]}</h3><p>${online[1]}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">${crumbs[0]}</a></span></li>
${links(foot.slice(0, 5), 'rightside')}<li class="rightside">${foot[5]}</li></ul></div></div>
<div class="copyright"><p class="footer-row" role="menu"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>®
Forum Software © phpBB Limited</span></p></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" style="display: none;"><div id="darken" class="darken">&nbsp;</div></div>
<div class="cookie-notice phpbb-cookie" role="region" aria-label="Cookie notice"><p>${cookie}</p><a href="#" class="button">Got it</a></div></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=112"></script><script src="./assets/javascript/core.js?assets_version=112"></script>
</body></html>`;

export const phpbbThread: TestPage = {
  name: 'heldout225-phpbb-angling-forum',
  kind: 'forum',
  html,
  title,
  // the first post's subject repeats the title and is left out; the "Re:" subjects, ranks, counts, joined dates,
  // locations and signatures are furniture; the quoted text and its "wrote:" line are in neither list
  headings: [],
  body: texts(list.flatMap((p) => p.paras)),
  bylines: [...new Set(list.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: packed furniture
  furniture: [
    'Trentside Anglers Forum', desc, 'Skip to content', 'Advanced search', ...nav, ...crumbs, ...actions, `Re: ${title}`, 'Quote', 'Post', 'Top',
    ...new Set(list.flatMap((p) => [p.rank, p.posts, p.joined, p.loc])), 'Posts:', 'Joined:', 'Location:', ...sigs, ...bottom, ...online, ...foot,
    'Powered by phpBB® Forum Software © phpBB Limited', cookie, 'Got it',
  ],
};
