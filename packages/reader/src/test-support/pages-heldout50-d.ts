import { links, type TestPage } from './page-kit.js';
import { jsmRequest } from './pages-heldout50-d2.js';

/**
 * Held-out batch 50, file d: a topic on a Tapatalk-hosted group (phpBB underneath, Tapatalk's own chrome around it: the
 * "Open in app" smart banner, the group header and nav, breadcrumbs, the topic title with "Post Reply" and pagination, five
 * posts with profile columns (rank, post count, join date, location), post subjects "Re: ...", a quote with its "wrote:"
 * cite, "Sent from my ... using Tapatalk" lines and a forum signature, ad slots, "Return to" and "Jump to", "Who is online"
 * and the phpBB / Tapatalk footer).
 */
const ttTitle = 'Rear subframe rust: repair sections or a new subframe?';
type TtPost = { user: string; rank: string; posts: string; joined: string; loc: string; when: string; quote?: [string, string, string]; text: string[] };
const ttPosts: TtPost[] = [
  {
    user: 'mk1_gareth',
    rank: 'Regular',
    posts: '412',
    joined: 'Thu Apr 08, 2021 6:15 pm',
    loc: 'Shrewsbury',
    when: 'Sat Mar 15, 2025 7:42 pm',
    text: [
      'Finally got the back end of my 1978 850 up on stands this weekend and the rear subframe is worse than I hoped. The heel ' +
        'board mounts are solid, but both rear valances are flaking and there is a hole the size of a thumbnail next to the ' +
        'nearside radius arm bracket.',
      'The garage that did the MOT said repair sections are fine for the valances, but they would not weld near the bracket. ' +
        'A new subframe is about £450 before the bushes and the fitting. Has anyone done the repair route on the bracket area, ' +
        'or is that asking for trouble?',
    ],
  },
  {
    user: 'Clubman Carol',
    rank: 'Moderator',
    posts: '6,208',
    joined: 'Sun Jan 17, 2010 11:02 am',
    loc: 'Kidderminster',
    when: 'Sat Mar 15, 2025 9:10 pm',
    text: [
      'Near the radius arm bracket I would not bother. That area carries the whole load of the rear suspension, and even a ' +
        'good welder will struggle to get clean metal once the rust has got between the bracket and the frame. By the time you ' +
        'have paid for the hours, you are close to the price of a new one.',
      'Valances on their own are a different story. I have done three pairs with the pressed repair panels and they have all ' +
        'passed since. Just make sure the drain holes are in the same place as the originals.',
    ],
  },
  {
    user: 'mk1_gareth',
    rank: 'Regular',
    posts: '412',
    joined: 'Thu Apr 08, 2021 6:15 pm',
    loc: 'Shrewsbury',
    when: 'Sun Mar 16, 2025 8:05 am',
    quote: ['Clubman Carol', 'Sat Mar 15, 2025 9:10 pm', 'By the time you have paid for the hours, you are close to the price of a new one.'],
    text: ['That is what I was afraid of. If I go new, is it worth paying extra for a galvanised one, or are the painted ones good ' + 'enough if I wax them?'],
  },
  {
    user: 'Denny R',
    rank: 'Senior Member',
    posts: '1,877',
    joined: 'Tue Sep 03, 2013 2:48 pm',
    loc: 'Bristol',
    when: 'Sun Mar 16, 2025 10:31 am',
    text: [
      'Galvanised every time if it is a car you plan to keep. The painted ones are fine out of the box, but the first chip from ' +
        'a stone lets water in behind the paint and you are back where you started in ten years.',
      'Two tips from doing mine last summer. Buy new subframe mounting bolts rather than reusing the old ones, and replace the ' +
        'brake pipes while everything is out, because you will never have easier access to them again.',
    ],
  },
  {
    user: 'mk1_gareth',
    rank: 'Regular',
    posts: '412',
    joined: 'Thu Apr 08, 2021 6:15 pm',
    loc: 'Shrewsbury',
    when: 'Fri Apr 04, 2025 6:58 pm',
    text: [
      'Update for anyone who finds this later: went with a galvanised subframe, new mounts, bolts and brake pipes. Three ' +
        'weekends with a friend and a trolley jack. It passed the MOT this morning with no advisories on the rear for the first ' +
        'time in years. Thanks all for the advice.',
    ],
  },
];
const ttTapa = 'Sent from my Pixel 8 using Tapatalk';
const ttSig = '1978 Mini 850 in Snowberry White | 1991 Cooper RSP (project, do not ask)';
const ttNav = ['Forums', 'Members', 'Calendar', 'Gallery', 'Search'];
const ttCrumbs = ['Board index', 'Technical', 'Bodywork & Restoration'];
const ttOnline = 'Users browsing this forum: Denny R and 14 guests';
const postHtml = (p: TtPost, i: number): string => `<div id="p${903411 + i * 17}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}">
<div class="inner"><dl class="postprofile" id="profile${903411 + i * 17}"><dt class="has-profile-rank has-avatar">
<div class="avatar-container"><img class="avatar" src="https://groups.tapatalk-cdn.com/avatars/${p.user.length}.jpg" alt="User avatar"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.user.length * 83}" class="username">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> ${p.posts}</dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:\
</strong> ${p.loc}</dd></dl>
<div class="postbody"><div id="post_content${903411 + i * 17}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${903411 + i * 17}">\
${i === 0 ? ttTitle : `Re: ${ttTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${903411 + i * 17}" title="Reply with quote" class="button button-icon-only">\
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${903411 + i * 17}" title="Post"><span class="sr-only">Post</span></a>\
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile" class="username">${p.user}</a></strong> » </span>${p.when}</p>
<div class="content">${
  p.quote === undefined
    ? ''
    : `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile">${p.quote[0]}</a> wrote: <a href="#p903428">↑</a>\
<span class="responsive-hide">${p.quote[1]}</span></cite>${p.quote[2]}</div></blockquote>`
}${p.text.join('<br>\n<br>\n')}${p.user === 'mk1_gareth' && i > 0 ? `<br>\n<br>\n${ttTapa}` : ''}</div>
${p.user === 'Denny R' ? `<div id="sig${903411 + i * 17}" class="signature">${ttSig}</div>` : ''}
</div></div><div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const ttHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${ttTitle} - The Classic Mini Owners Forum</title>
<meta name="apple-itunes-app" content="app-id=307880732, affiliate-data=at=10lR7C, app-argument=tapatalk://www.tapatalk.com/groups/classicminiowners">
<link href="https://groups.tapatalk-cdn.com/static/style/prosilver/theme/stylesheet.css?assets_version=412" rel="stylesheet">
<script>var tapatalkGroup = {"fid":"classicminiowners","tid":48213,"isLogin":false};</script>
<style>.tt-smart-banner{position:sticky;top:0}</style></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div class="tt-smart-banner" role="complementary"><span class="tt-smart-banner__text">Read this topic in the Tapatalk app</span>
<a class="tt-smart-banner__button" href="https://tapatalk.com/open">Open in app</a><button class="tt-smart-banner__close" aria-label="Close">×</button></div>
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Classic Mini Owners Forum</h1>
<p>Keeping A-series engines running since 2004</p></div></div></div>
<div class="navbar tt-navbar" role="navigation"><ul id="nav-main" class="nav-main linklist">${links(ttNav, 'tt-nav-item')}
<li class="rightside"><a href="https://www.tapatalk.com/groups/classicminiowners/register">Register</a></li>
<li class="rightside"><a href="https://www.tapatalk.com/groups/classicminiowners/login">Login</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks">${ttCrumbs
  .map((c) => `<li class="breadcrumbs"><span class="crumb"><a href="./viewforum.php">${c.replace('&', '&amp;')}</a></span></li>`)
  .join('')}</ul></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=48213">${ttTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48213" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="tt-ad-slot" data-ad-unit="tt_topic_top"><span class="tt-ad-label">Advertisement</span></div>
${ttPosts.map(postHtml).join('\n')}
<div class="tt-ad-slot" data-ad-unit="tt_topic_bottom"><span class="tt-ad-label">Advertisement</span></div>
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48213" class="button"><span>Post Reply</span></a>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left">\
Return to “Bodywork &amp; Restoration”</a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>${ttOnline}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">
<p class="footer-row">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</p>
<p class="footer-row">Community hosted by <a href="https://www.tapatalk.com">Tapatalk</a></p>
<p class="footer-row"><a href="https://www.tapatalk.com/privacy_policy.php">Privacy</a> | <a href="https://www.tapatalk.com/terms.php">Terms</a></p></div></div>
</div></body></html>`;
const tapatalk: TestPage = {
  html: ttHtml,
  name: 'heldout50-tapatalk-forum-topic',
  kind: 'forum',
  // a thread: every post's own text is body (one string a paragraph, split at the <br><br>); the topic h2 is the title and
  // each post's h3 subject repeats it ("Re: ..." included: left out); the quote of Carol's post in the third post is in
  // neither; user names on the profile column and the "by ... »" line and the post times are bylines; ranks ("Regular",
  // "Moderator", "Senior Member"), post counts, join dates, locations, the "Sent from my Pixel 8 using Tapatalk" lines and
  // Denny's signature are furniture, and so are the smart banner, header, nav, breadcrumbs, "Post Reply", pagination, ad
  // labels, "Return to", "Jump to", "Who is online" and the footer; the quote's "wrote:" and the "by" are in neither
  title: ttTitle,
  headings: [],
  body: ttPosts.flatMap((p) => p.text),
  bylines: [...new Set(ttPosts.flatMap((p) => [p.user, p.when]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Read this topic in the Tapatalk app', 'Open in app', 'The Classic Mini Owners Forum', 'Keeping A-series engines running since 2004', ...ttNav,
    'Register', 'Login', ...ttCrumbs, 'Post Reply', '5 posts • Page 1 of 1', 'Advertisement', 'Quote', 'Regular', 'Moderator', 'Senior Member',
    'Posts:', '412', '6,208', '1,877', 'Joined:', ...new Set(ttPosts.map((p) => p.joined)), 'Location:', 'Shrewsbury', 'Kidderminster', 'Bristol',
    ttTapa, ttSig, 'Return to “Bodywork & Restoration”', 'Jump to', 'Who is online', ttOnline,
    'Powered by phpBB® Forum Software © phpBB Limited', 'Community hosted by Tapatalk', 'Privacy | Terms',
  ],
};

export const HELDOUT50_D: readonly TestPage[] = [tapatalk, jsmRequest];
