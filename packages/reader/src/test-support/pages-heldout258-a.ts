import { links, type TestPage, texts } from './page-kit.js';
import { vb4 } from './pages-heldout258-a2.js';
import { j, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file a: a phpBB 3.3 (prosilver) topic on a synthesizer repair board (site name in the header's h1,
 * topic title in h2.topic-title, post profiles with rank, post count, join date and location, "Re:" post subjects, signatures,
 * the action bar with pagination, "Return to", the jumpbox, Who is online, the footer and the cookie notice) and, from
 * file a2, a vBulletin 4 thread.
 */
const pTitle = 'Recapping the voice boards on a Korvel SX-8: which caps really matter?';
const pPosts: { id: number; user: string; time: string; rank: string; posts: string; joined: string; loc: string; sig: string; paras: string[] }[] = [
  {
    id: 48211,
    user: 'tapewound',
    time: 'Tue Feb 10, 2026 9:14 pm',
    rank: 'Registered User',
    posts: '212',
    joined: 'Sat Jun 08, 2019 4:41 pm',
    loc: 'Harrowgate Vale',
    sig: 'SX-8, Meridian 2, two broken drum machines and a patient partner',
    paras: [
      j(
        'My SX-8 has started drifting on voices 3 and 6 after about twenty minutes, and voice 6 sometimes drops out completely when the',
        'room warms up. Before I start swapping chips I want to do the boring thing first and recap the voice boards, since they are now',
        'forty years old and every one of the electrolytics is from the same doomed batch.',
      ),
      j(
        'The trouble is that each voice board has 31 capacitors on it and there are eight boards. I do not mind the soldering, but I would',
        'rather not lift pads on a board I cannot replace just to change a decoupling cap that was never the problem.',
      ),
      'So my questions are:',
      'Which capacitors on the voice board are actually in the signal or timing path?',
      'Is it worth replacing the little tantalums, or are they usually fine?',
      'Does anyone have a known-good parts list so I am not guessing at voltage ratings?',
    ],
  },
  {
    id: 48219,
    user: 'Odile Farraday',
    time: 'Tue Feb 10, 2026 10:02 pm',
    rank: 'Site Admin',
    posts: '3904',
    joined: 'Thu Jan 15, 2009 11:20 am',
    loc: 'Penmoor',
    sig: 'Please read the repair FAQ before posting schematics requests.',
    paras: [
      j(
        'Good instinct to ask first. On the SX-8 voice board the caps fall into three groups, and only one of them is likely to cause the',
        'drift you are describing.',
      ),
      j(
        'The two 1 µF electrolytics next to the VCO chip (C14 and C15 on the rev B board) set the integrator timing. When they dry out',
        'the oscillator wanders with temperature, which is exactly your symptom. Replace those with film caps if they fit, or good',
        'low-leakage electrolytics if they do not.',
      ),
      j(
        'The tantalums are the second group. They are on the supply rails and they tend to fail short rather than drift, so you would',
        'know about it: the board would be dead and a rail would sit at zero. I leave them alone unless one is visibly cracked.',
      ),
      'Everything else is decoupling. Change it if you are in there anyway, but it will not fix the tuning.',
    ],
  },
  {
    id: 48233,
    user: 'benchrat_77',
    time: 'Wed Feb 11, 2026 7:38 am',
    rank: 'Junior Member',
    posts: '41',
    joined: 'Mon Oct 21, 2024 6:03 pm',
    loc: 'Lowther Cross',
    sig: 'Solder first, ask questions later (do not do this).',
    paras: [
      j(
        'Seconding what Odile said about C14 and C15. I did mine last spring and the tuning went from needing a touch-up every song to',
        'holding all evening. One thing to watch: the rev A boards have the same parts but numbered differently, so go by position next',
        'to the VCO rather than by the silkscreen.',
      ),
      j(
        'Also, use a temperature-controlled iron and plenty of flux. The pads on these boards are thin and the through-holes are not',
        'plated on the top side, so if you heat them too long they come straight off.',
      ),
    ],
  },
  {
    id: 48260,
    user: 'tapewound',
    time: 'Sat Feb 14, 2026 6:55 pm',
    rank: 'Registered User',
    posts: '212',
    joined: 'Sat Jun 08, 2019 4:41 pm',
    loc: 'Harrowgate Vale',
    sig: 'SX-8, Meridian 2, two broken drum machines and a patient partner',
    paras: [
      j(
        'Update for anyone who finds this later. I replaced C14 and C15 on all eight boards with 1 µF polypropylene film caps, left the',
        'tantalums alone, and changed the two 100 µF rail caps on each board because they measured high ESR.',
      ),
      j(
        'After an hour of warm-up the worst voice drifted by about four cents, down from nearly thirty before. Voice 6 has not dropped',
        'out once. The autotune routine now finishes without the error light, which it had not done since I bought the synth.',
      ),
      'Thanks both, this saved me from recapping 248 capacitors for no reason.',
    ],
  },
];
const pNav = ['FAQ', 'Members', 'The team', 'Rules'];
const pCrumbs = ['Board index', 'Repairs and Restoration', 'Polysynths'];
const pFoot = ['Contact us', 'The team', 'Members', 'Delete cookies'];
const pBody = pPosts.flatMap((p) => p.paras);
const post = (p: (typeof pPosts)[number], i: number): string => {
  const paras = p.paras.map((t) => (t.endsWith('?') ? `<li>${t}</li>` : t));
  const content = i === 0 ? `${paras.slice(0, 3).join('<br><br>\n')}<ul>\n${paras.slice(3).join('\n')}\n</ul>` : paras.join('<br><br>\n');
  return `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 900}" class="username${p.rank === 'Site Admin' ? '-coloured' : ''}">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts">
<strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 900}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.loc}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${pTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 900}"
class="username">${p.user}</a></strong> » </span><time datetime="2026-02-10T21:14:00+00:00">${p.time}</time></p>
<div class="content">${content}</div>
<div id="sig${p.id}" class="signature">${p.sig}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider" />`;
};
const actionBar = (where: string): string => `<div class="action-bar bar-${where}"><a href="./posting.php?mode=reply&amp;t=9120" class="button"
title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const pHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${pTitle} - Voltage Cellar Forum</title>
<link rel="canonical" href="https://forum.voltagecellar.example/viewtopic.php?t=9120">
<link href="./assets/css/font-awesome.min.css?assets_version=61" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=61" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${pTitle}",
"author":{"@type":"Person","name":"tapewound"},"datePublished":"2026-02-10T21:14:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
<h1>Voltage Cellar Forum</h1><p>Repair, restoration and modification of vintage electronic instruments</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search">
<fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20"
value="" placeholder="Search…" /><button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><span class="sr-only">Advanced search</span></a></fieldset></form>
</div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a></li>
${links(pNav)}
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">
<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${pCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item"
href="./viewforum.php?f=${i + 3}"><span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}" /></span>`,
  )
  .join('\n')}
</li><li class="rightside responsive-search"><a href="./search.php" title="View the advanced search options" role="menuitem">
<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></a></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=9120">${pTitle}</a></h2>
<div class="action-bar bar-top">${actionBar('top')}</div>
${pPosts.map(post).join('\n')}
${actionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=5" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Polysynths”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php"
data-navbar-reference="index"><span>Board index</span></a></span></li>
${links(pFoot, 'rightside')}
<li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software ©
phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem">
<span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem">
<span class="footer-link-text">Terms</span></a></p></div></div></div>
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent"><span id="cookieconsent:desc"
class="cc-message">This website uses cookies to ensure you get the best experience on our website.
<a class="cc-link" href="./ucp.php?mode=privacy">Learn more</a></span><div class="cc-compliance"><a class="cc-btn cc-dismiss">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=61"></script>
<script>var phpbb = {}; phpbb.plupload = {}; (function($){ $('.cc-dismiss').on('click', function(){ $('.cc-window').hide(); }); })(jQuery);</script>
</body></html>`;
const phpbb: TestPage = {
  name: 'heldout258-phpbb-prosilver-forum',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['tapewound', 'Odile Farraday', 'benchrat_77', ...pPosts.map((p) => p.time)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Voltage Cellar Forum', 'Repair, restoration and modification of vintage electronic instruments', 'Skip to content', 'Quick links', ...pNav,
    'Login', 'Register', ...pCrumbs, 'Post Reply', '4 posts • Page 1 of 1', `Re: ${pTitle}`, 'Quote', 'Registered User', 'Site Admin',
    'Junior Member', 'Posts:', 'Joined:', 'Location:', '212', '3904', ...new Set(pPosts.map((p) => p.joined)), ...new Set(pPosts.map((p) => p.loc)),
    ...new Set(pPosts.map((p) => p.sig)), 'Return to “Polysynths”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 3 guests',
    'Board index', ...pFoot, 'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
    'This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!',
  ]),
};

export const HELDOUT258_A: readonly TestPage[] = [phpbb, vb4];
