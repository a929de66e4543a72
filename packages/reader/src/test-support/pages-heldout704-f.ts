import { links, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout704-kit.js';

/**
 * Held-out batch 704, file f: an away-ticket thread on a football supporters' forum on phpBB 3.3 (prosilver) with user
 * cards, signatures and a quote, and a handicap thread on a golf forum on XenForo 2.2 with user extras, a quote block,
 * reactions, signatures, similar threads and the cookie notice.
 */
type Post = { id: number; user: string; date: string; paras: string[]; quote?: [string, string, string]; sig?: string };
const pTitle = 'Dunmore away - only 600 tickets?';
const pUsers: Record<string, [string, string, string, string]> = {
  ambervale_andy: ['Season Ticket Holder', '3208', 'Sat Aug 14, 2010 9:12 pm', 'Ambervale'],
  GreenAndGold72: ['Terrace Regular', '941', 'Tue Jan 05, 2016 6:40 pm', 'Lower Hatch'],
  Suzy_R: ["Supporters' Trust Board", '1577', 'Sun Jul 21, 2013 11:02 am', 'Ambervale'],
  Old_Hatch_Ender: ['Programme Collector', '12504', 'Thu Mar 02, 2006 10:15 pm', 'Under the clock'],
};
const pPosts: Post[] = [
  {
    id: 52811,
    user: 'ambervale_andy',
    date: 'Mon Mar 08, 2027 7:12 pm',
    paras: [
      j(
        "Club have just announced we're getting 600 for the Dunmore game on the 27th. Six hundred! We took 1,400 there two seasons",
        'ago and filled the whole of the North Stand.',
      ),
      j(
        "Dunmore say it's down to safety work on the North Stand roof, but the stand was open for their game against Saltney on",
        "Saturday. Anyone know what's going on?",
      ),
    ],
    sig: 'Rovers till I die. Section C, Row F.',
  },
  {
    id: 52814,
    user: 'GreenAndGold72',
    date: 'Mon Mar 08, 2027 7:31 pm',
    paras: [
      j(
        'The roof work is real, a mate who works for the council says the back half of the North Stand is shut until the end of',
        'April. The front rows are fine, which is why the home fans were in there on Saturday.',
      ),
      '600 is still poor though. They could give us the corner section like they did in 2019.',
    ],
  },
  {
    id: 52820,
    user: 'Suzy_R',
    date: 'Mon Mar 08, 2027 8:02 pm',
    quote: ['GreenAndGold72', 'Mon Mar 08, 2027 7:31 pm', 'They could give us the corner section like they did in 2019.'],
    paras: [
      j(
        "That was my first away game! The corner holds about 400 more. I've emailed the supporter liaison officer to ask if it's",
        'been discussed and will post the reply here.',
      ),
    ],
    sig: "Ambervale Rovers Supporters' Trust - join at arst.example.org",
  },
  {
    id: 52871,
    user: 'Suzy_R',
    date: 'Wed Mar 10, 2027 12:46 pm',
    paras: [
      j(
        'Got a reply from the supporter liaison officer this morning. The club asked for the corner section and Dunmore have agreed,',
        'subject to the safety advisory group meeting on Friday. If it goes through it will be another 380 tickets, on sale to',
        'members with 50 or more loyalty points first.',
      ),
      'So fingers crossed.',
    ],
    sig: "Ambervale Rovers Supporters' Trust - join at arst.example.org",
  },
  {
    id: 52875,
    user: 'ambervale_andy',
    date: 'Wed Mar 10, 2027 1:15 pm',
    paras: ["Great work Suzy, thanks for chasing it. That's the best news we've had all season."],
    sig: 'Rovers till I die. Section C, Row F.',
  },
  {
    id: 52880,
    user: 'Old_Hatch_Ender',
    date: 'Wed Mar 10, 2027 2:40 pm',
    paras: [
      j(
        "Good news if it happens. Worth saying for anyone who hasn't been before that the away end at Gorsley Park has no roof at all,",
        'so take a coat. The chippy on Station Road does two for one on a Saturday if you show your match ticket.',
      ),
    ],
  },
];
const pCrumbs = ['Board index', 'Rovers Talk', 'The Terrace'];
const pPost = (p: Post, i: number) => {
  const [rank, posts, joined, loc] = pUsers[p.user] ?? ['', '', '', ''];
  const quote = p.quote
    ? `<blockquote><div><cite>${p.quote[0]} wrote: <a href="./viewtopic.php?p=52814#p52814" data-post-id="52814"
onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>
<span class="responsive-hide">${p.quote[1]}</span></cite>${p.quote[2]}</div></blockquote>`
    : '';
  return `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner"><dl class="postprofile" id="profile${p.id}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u=2${i}"
class="username">${p.user}</a></dt>
<dd class="profile-rank">${rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=2${i}&amp;sr=posts">${posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${joined}</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${loc}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a
href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${pTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i>
<span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2${i}"
class="username">${p.user}</a>
</strong> » </span>${p.date} </p>
<div class="content">${quote}${p.paras.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span>
</a></div></div></div><hr class="divider">`;
};
const pActionBar = (pos: string) => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=4120" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
${
  pos === 'top'
    ? `<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny"
type="search"
name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"><button class="button button-search" type="submit" title="Search">
<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button><a href="./search.php" class="button button-search-end"
title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a></fieldset></form></div>`
    : ''
}
<div class="pagination">6 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const pHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dunmore away - only 600 tickets? - The Ambervale End</title>
<link rel="alternate" type="application/atom+xml" title="Feed - The Ambervale End" href="/app.php/feed">
<link rel="canonical" href="https://www.theambervaleend.co.uk/viewtopic.php?t=4120">
<link href="./assets/css/font-awesome.min.css?assets_version=41" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41"
rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Ambervale End</h1>
<p>The independent Ambervale Rovers supporters' forum</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i
class="icon fa-question-circle fa-fw"
aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw"
aria-hidden="true"></i><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw"
aria-hidden="true"></i>
<span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${pCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}"
${i === 0 ? 'accesskey="h" ' : ''}data-navbar-reference="${i === 0 ? 'index' : 'forum'}">${i === 0 ? '<i class="icon fa-home fa-fw"></i>' : ''}<span
itemprop="name">${c}</span></a>
<meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4120">${pTitle}</a></h2>
${pActionBar('top')}
${pPosts.map(pPost).join('\n')}
${pActionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “The Terrace”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret"><i
class="icon fa-sort-down fa-fw"
aria-hidden="true"></i></span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist"
role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw"
aria-hidden="true"></i>
<span>Board index</span></a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw"
aria-hidden="true"></i>
<span>Delete cookies</span></a></li><li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem">
<i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a
href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
class="footer-link-text">Privacy</span></a>
| <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request."
data-ajax-error-text-abort="User aborted request." data-ajax-error-text-timeout="Your request timed out; please try again."><div id="darken"
class="darken">&nbsp;</div></div>
<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out."><a href="#" class="alert_close"><i
class="icon fa-times-circle fa-fw"
aria-hidden="true"></i></a><h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div></div></div>
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent"><span id="cookieconsent:desc"
class="cc-message">
This website uses cookies to ensure you get the best experience on our website. <a aria-label="learn more about cookies" role="button" tabindex="0"
class="cc-link"
href="./ucp.php?mode=privacy" target="_blank">Learn more</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0"
class="cc-btn cc-dismiss">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=41"></script><script
src="./styles/prosilver/template/forum_fn.js?assets_version=41"></script>
</body></html>`;
const phpbb: TestPage = gold({
  name: 'heldout704-phpbb-away-tickets',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pPosts.flatMap((p) => [...(p.quote ? [p.quote[2]] : []), ...p.paras])),
  bylines: [...pPosts.flatMap((p) => [p.user, p.date]), 'by', 'GreenAndGold72 wrote:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Ambervale End', "The independent Ambervale Rovers supporters' forum", 'Skip to content', 'Quick links', 'FAQ', 'Login', 'Register', ...pCrumbs,
    'Post Reply', 'Search', 'Advanced search', '6 posts • Page 1 of 1', `Re: ${pTitle}`, 'Quote', 'Post', 'Top',
    ...Object.values(pUsers).flatMap(([r, n, d, l]) => [r, n, d, l]), 'Posts:', 'Joined:', 'Location:', ...pPosts.flatMap((p) => (p.sig ? [p.sig] : [])),
    'Return to “The Terrace”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 14 guests', 'All times are UTC',
    'Delete cookies', 'Contact us', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
    'This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!',
  ],
});

type XPost = {
  id: number;
  user: string;
  date: string;
  title: string;
  joined: string;
  msgs: string;
  score: string;
  loc?: string;
  paras: string[];
  quote?: [string, string];
  sig?: string;
  reactions?: string;
};
const xTitle = 'Handicap index went up 2.4 after course re-rating - anyone else?';
const xPosts: XPost[] = [
  {
    id: 3301842,
    user: 'Birdie_Hunter',
    date: 'Apr 11, 2027',
    title: 'Member',
    joined: 'Jun 2, 2021',
    msgs: '312',
    score: '188',
    loc: 'Fellbrook',
    paras: [
      j(
        'My home club, Fellbrook, had its course rating and slope redone over the winter and the new figures went live on Monday.',
        'My index was 11.8 on Sunday night and 14.2 on Tuesday morning without me hitting a ball.',
      ),
      j(
        'I understand the slope has gone up on the white tees, but surely an index is supposed to follow the player, not the course?',
        'Has anyone else had this happen?',
      ),
    ],
    reactions: 'Mags_Fairway and 2 others',
  },
  {
    id: 3301857,
    user: 'RulesNerd',
    date: 'Apr 11, 2027',
    title: 'Well-known member',
    joined: 'Mar 14, 2014',
    msgs: '9,844',
    score: '6,102',
    paras: [
      "Your index shouldn't change because of a re-rating on its own. What does change is the course handicap you play off at Fellbrook.",
      j(
        'What probably happened is that the association recalculated your last 20 score differentials using the new ratings. They',
        'did that for every club re-rated this winter, which is why a lot of people saw their index move this week. If the old',
        'ratings were too generous, your differentials go up, and so does your index.',
      ),
    ],
    sig: 'Club golfer, county referee, occasional pedant.',
    reactions: 'Birdie_Hunter, Mags_Fairway and 7 others',
  },
  {
    id: 3301866,
    user: 'Birdie_Hunter',
    date: 'Apr 11, 2027',
    title: 'Member',
    joined: 'Jun 2, 2021',
    msgs: '312',
    score: '188',
    loc: 'Fellbrook',
    quote: ['RulesNerd', 'What probably happened is that the association recalculated your last 20 score differentials using the new ratings.'],
    paras: ['That makes sense, thanks. So the course was rated too easy before and we were all getting away with it?'],
  },
  {
    id: 3302011,
    user: 'Mags_Fairway',
    date: 'Apr 12, 2027',
    title: 'Active member',
    joined: 'Sep 9, 2019',
    msgs: '1,406',
    score: '921',
    loc: 'Holmbury',
    paras: [
      j(
        "Same at our place, Holmbury Links. Half the seniors' section went up by two or three shots. The committee has put a notice",
        "up explaining it, but it hasn't stopped the grumbling in the bar.",
      ),
      'On the bright side, the 14.2 gets you an extra shot in the April medal.',
    ],
    sig: "Holmbury Links ladies' captain 2026",
    reactions: 'Birdie_Hunter and RulesNerd',
  },
  {
    id: 3302040,
    user: 'RulesNerd',
    date: 'Apr 12, 2027',
    title: 'Well-known member',
    joined: 'Mar 14, 2014',
    msgs: '9,844',
    score: '6,102',
    paras: [
      j(
        "For what it's worth, if you think the new rating is wrong you can ask your club to query it with the county. It rarely",
        'changes anything, but every few years a course does get adjusted after a review.',
      ),
    ],
    sig: 'Club golfer, county referee, occasional pedant.',
  },
];
const xNav = ['Forums', "What's new", 'Members', 'Equipment Reviews', 'Course Reviews'];
const xCrumbs = ['Forums', 'Golf Talk', 'Handicaps & Rules'];
const xSimilar = [
  ['Course handicap vs playing handicap in matchplay', 'Replies: 14', 'Feb 19, 2027'],
  ['New slope ratings published for Midshire clubs', 'Replies: 31', 'Jan 8, 2027'],
];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const xPost = (p: XPost, i: number) => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${p.id}"
id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://www.clubhousechat.example/posts/${p.id}/">
<meta itemprop="parentItem" itemscope itemid="https://www.clubhousechat.example/threads/handicap-index-went-up.118204/">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="https://www.clubhousechat.example/members/${p.user}/">
<div class="message-avatar "><div class="message-avatar-wrapper"><a href="/members/${p.user.toLowerCase()}/"
class="avatar avatar--m avatar--default avatar--default--dynamic"
data-user-id="${i}" data-xf-init="member-tooltip" style="background-color: #3d8f5c; color: #b8e0c7"><span class="avatar-u${i}-m" role="img"
aria-label="${p.user}">
${p.user.charAt(0)}</span></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user.toLowerCase()}/"
class="username "
dir="auto" data-user-id="${i}" data-xf-init="member-tooltip"><span itemprop="name">${p.user}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl>${
  p.loc
    ? `<dl class="pairs pairs--justified"><dt>Location</dt><dd>
<a href="/misc/location-info?location=${p.loc}" rel="nofollow noreferrer" target="_blank" class="u-concealed">${p.loc}</a></dd></dl>`
    : ''
}</div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed">
<a href="/threads/handicap-index-went-up.118204/post-${p.id}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto" datetime="2027-04-11T08:14:22+0100"
data-timestamp="1807510462" data-date="${p.date}" data-time="8:14 AM" title="${p.date} at 8:14 AM" itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/handicap-index-went-up.118204/post-${p.id}"
class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow"><i
class="fa--xf far fa-share-alt"
aria-hidden="true"></i></a></li><li><a href="/threads/handicap-index-went-up.118204/post-${p.id}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}"
data-lb-caption-desc="${p.user} · ${p.date} at 8:14 AM"><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 118" data-quote="${p.quote[0]}" data-source="post: 3301857"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote
js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=3301857" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
data-content-selector="#post-3301857">${p.quote[0]} said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">
${p.quote[1]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.paras.join('<br />\n<br />\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.sig ? `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/login/" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow"
data-xf-click="overlay">Reply</a></div></div>
${
  p.reactions
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1">
<i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction"
alt="Like" title="Like">
</span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay"
data-cache="false" rel="nofollow">${p.reactions}</a></div>`
    : ''
}<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer>
</div></div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-41" data-content-key="thread-118204"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible"
content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>${xTitle} | ClubhouseChat Golf Forum</title>
<link rel="manifest" href="/webmanifest.php"><meta name="theme-color" content="#1f4d32"><meta property="og:site_name" content="ClubhouseChat Golf Forum">
<meta property="og:type" content="website"><meta property="og:title" content="${xTitle}"><link rel="canonical"
href="https://www.clubhousechat.example/threads/handicap-index-went-up.118204/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1776001201">
<script>document.documentElement.className += ' has-js';</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://www.clubhousechat.example/threads/118204/",
"headline":"${xTitle}","author":{"@type":"Person","name":"Birdie_Hunter"},"datePublished":"2027-04-11T07:14:22+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/chc/logo.png" srcset="/styles/chc/logo@2x.png 2x" alt="ClubhouseChat Golf Forum" width="240" height="48"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0"
aria-label="Menu">
<span class="button-text"><i aria-hidden="true"></i></span></button><div class="p-nav-scroller hScroller" data-xf-init="h-scroller"
data-auto-scroll=".p-navEl.is-selected">
<div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${xNav
  .map(
    (t, i) => `<li><div class="p-navEl ${i === 0 ? 'is-selected' : ''}"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/" class="p-navEl-link"
data-nav-id="${t.toLowerCase()}">${t}</a></div></li>`,
  )
  .join('\n')}</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow" data-xf-click="overlay"><span
class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow" data-xf-click="overlay">
<span class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup p-discovery"><a href="/whats-new/"
class="p-navgroup-link p-navgroup-link--iconic
p-navgroup-link--whatsnew" aria-label="What's new" title="What's new"><i aria-hidden="true"></i><span class="p-navgroup-linkText">What's new</span></a>
<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" aria-label="Search" aria-expanded="false"
aria-haspopup="true"
title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
<li><div class="p-navEl "><a href="/whats-new/posts/" class="p-navEl-link">New posts</a></div></li>
<li><div class="p-navEl "><a href="/search/?type=post" class="p-navEl-link">Search forums</a></div></li></ul></div></div></div>
<div class="p-body"><div class="p-body-inner"><!--XF:EXTRA_OUTPUT--><ul class="notices notices--block  js-notices" data-xf-init="notices" data-type="block">
<li class="notice js-notice notice--primary" data-notice-id="2" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility="">
<div class="notice-content">Spring Open entries close on 30 April. <a href="/threads/spring-open-2027.117990/">Details here</a>.</div></li></ul>
<div class="p-breadcrumbs--container"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">${xCrumbs
  .map(
    (c, i) =>
      `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item"><span
itemprop="name">${c.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul></div>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div><div class="p-description"><ul
class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/members/birdie_hunter.118/" class="username  u-concealed" dir="auto" data-user-id="118" data-xf-init="member-tooltip">Birdie_Hunter</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/handicap-index-went-up.118204/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2027-04-11T08:14:22+0100"
data-timestamp="1807510462" data-date="Apr 11, 2027" data-time="8:14 AM" title="Apr 11, 2027 at 8:14 AM">Apr 11, 2027</time></a></li>
<li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span><ul class="tagList">
<li><a href="/tags/course-rating/" class="tagItem tagItem--tag_course-rating" dir="auto">course rating</a></li>
<li><a href="/tags/whs/" class="tagItem tagItem--tag_whs" dir="auto">whs</a></li></ul></li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
data-href="/inline-mod/" data-search-target="*"><span class="u-anchorTarget" id="posts"></span><div class="block-container lbContainer"
data-xf-init="lightbox select-to-quote"
data-message-selector=".js-post" data-lb-id="thread-118204"><div class="block-body js-replyNewMessageContainer">
${xPosts.map(xPost).join('\n')}</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite">
<div class="block-outer-hint">You must log in or register to reply here.</div></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">${xSimilar
  .map(
    ([t, r, d]) => `<div class="structItem structItem--thread js-inlineModContainer"><div class="structItem-cell structItem-cell--main">
<div class="structItem-title"><a href="/threads/x/" data-tp-primary="on">${t}</a></div><div class="structItem-minor"><ul class="structItem-parts">
<li class="structItem-startDate"><time class="u-dt">${d}</time></li><li>${r}</li></ul></div></div></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title=""
data-page-desc="" data-page-image=""><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#"><i aria-hidden="true"></i><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--twitter" href="#"><i aria-hidden="true"></i><span>X</span></a>
<a class="shareButtons-button shareButtons-button--email" href="#"><i aria-hidden="true"></i><span>Email</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="{url}"><i aria-hidden="true"></i><span>Link</span></a></div></div></div>
</div></div></div>
<div class="p-breadcrumbs--container p-breadcrumbs--container--side"><ul class="p-breadcrumbs p-breadcrumbs--bottom">${xCrumbs
  .map((c) => `<li><a href="/forums/x/"><span>${c.replace('&', '&amp;')}</span></a></li>`)
  .join('')}</ul></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xFoot)}<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss"
aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>®</sup>
<span class="copyright">© 2010-2027 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer"
data-scroll-interval="6"><li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0"
data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div class="u-alignCenter">This site uses cookies to help personalise content, tailor your
experience and to keep you logged in if you register.<br>By continuing to use this site, you are consenting to our use of cookies.</div>
<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span
class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button button--link"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/js/xf/preamble.min.js?_v=8b1c2e55"></script><script src="/js/xf/core-compiled.js?_v=8b1c2e55" defer></script></body></html>`;
const xenforo: TestPage = gold({
  name: 'heldout704-xenforo-golf-handicap',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras])),
  bylines: ['Thread starter', 'Birdie_Hunter', 'Start date', 'Apr 11, 2027', ...xPosts.flatMap((p) => [p.user, p.date]), 'RulesNerd said:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log in', 'Register', 'Search', 'New posts', 'Search forums', 'Spring Open entries close on 30 April.', 'Details here', ...xCrumbs,
    'Tags', 'course rating', 'whs', ...xPosts.flatMap((p) => [p.user.charAt(0), p.title, p.joined, p.msgs, p.score, ...(p.loc ? [p.loc] : [])]),
    'Joined', 'Messages',
    'Reaction score', 'Location', ...xPosts.map((_, i) => `#${i + 1}`), 'Click to expand...',
    ...xPosts.flatMap((p) => (p.sig ? [p.sig] : [])), 'Reply', 'Reactions:', ...xPosts.flatMap((p) => (p.reactions ? [p.reactions] : [])),
    'You must log in or register to reply here.', 'Similar threads', ...xSimilar.flat(), 'Share:', 'Facebook', 'X', 'Email', ...xFoot, 'RSS',
    'Community platform by XenForo® © 2010-2027 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ],
});

export const HELDOUT704_F: readonly TestPage[] = [phpbb, xenforo];
