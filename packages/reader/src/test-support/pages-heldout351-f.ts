import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout351-kit.js';

/**
 * Held-out batch 351, file f: a cycling club's ride report as a Strava-style activity page built with React (site nav,
 * athlete header, activity stats, segment efforts table, kudos and comments, club widget, footer, cookie banner) and a
 * grassroots sports forum thread on phpBB's prosilver style (header, navbar, breadcrumbs, thread tools, posts with
 * profiles, signatures, quick reply, "Who is online", footer).
 */
const sTitle = 'Club Sunday ride: Three Reservoirs loop';
const sDesc = [
  j(
    'Fourteen of us set off from the Market Cross at eight for the first long club ride of the spring. The plan was the usual',
    'Three Reservoirs loop at a steady no-drop pace, with a café stop at Grindleton and a faster group splitting off for the last',
    'twenty kilometres for anyone who wanted it.',
  ),
  j(
    'The first hour was cold and grey, with a headwind all the way up the valley, so we rode two abreast in a tight group and',
    'changed the front pair every ten minutes. Marion did a great job calling out the potholes on the lane past Swinden, which',
    'is in a worse state than ever after the winter.',
  ),
  j(
    'The climb to the second reservoir split things up as always. We regrouped at the top, and Kev had a puncture on the descent;',
    'three of us waited with him while the rest rolled on to the café. Tyres in this area really do not like the new gravel',
    'on the quarry road, so consider a wider tyre for this route until the council sweeps it.',
  ),
  j(
    'After beans on toast and far too much cake at Grindleton, the sun came out and the ride home was glorious. Six went with the',
    'fast group and took a few minutes off their best time on the Waddow drag. The rest of us rolled home together chatting,',
    'which is what Sunday rides are for.',
  ),
  j(
    'Next week is the easier Riverside route for the Saturday beginners’ group. New riders are always welcome: lights, a',
    'spare tube and a pump are the only requirements.',
  ),
];
const sComments = ['Great ride and great company. That headwind though!', 'Thanks for waiting with me everyone. New tyres ordered.'];
const sNav = ['Dashboard', 'Training', 'Maps', 'Challenges', 'Clubs', 'Subscription'];
const sTabs = ['Overview', 'Analysis', 'Segments', 'Matched Activities', 'Flyby'];
const sStats = ['72.4 km', 'Distance', '3:12:40', 'Moving Time', '1,104 m', 'Elevation', '22.5 km/h', 'Avg Speed'];
const sSegs = ['Swinden Lane climb', 'Reservoir Road to Top Gate', 'Waddow drag'];
const sHtml = `<!DOCTYPE html><html class="logged-in feed3p0 old-login strava-maps-2" lang="en-GB"><head>
<title>Club Sunday ride: Three Reservoirs loop | Ride | Strava</title><meta content="width=device-width, initial-scale=1" name="viewport">
<meta property="og:title" content="${sTitle}"><meta property="og:description" content="Ride: 72.4 km · 1,104 m · 3h 12m">
<meta property="og:type" content="fitness.course"><meta name="twitter:site" content="@strava">
<script>window.pageView = {"activityId":11829304411,"athleteId":904118,"activityType":"ride"};</script></head>
<body><div class="cookie-banner" data-react-class="CookieBanner"><p>We use cookies and similar technologies to provide our services and
for analytics. Read our Cookie Policy for details.</p><button class="btn btn-primary">Accept</button><button class="btn">Reject</button></div>
<header id="global-header"><nav class="nav-bar container" role="navigation"><a class="branding-content" href="/dashboard">
<span class="sr-only">Strava</span></a>
<ul class="global-nav nav-group">${links(sNav, 'nav-item drop-down-menu')}</ul><div class="user-nav">
<a class="btn btn-sm btn-upload" href="/upload">Upload</a></div></nav></header>
<div class="view" id="view"><div class="page container"><div class="sidenav"><ul class="pagenav">${links(sTabs, 'selected')}</ul></div>
<section id="heading" class="spans16"><header><h2 class="text-title3 text-book marginless"><span class="title">
<a class="minimal" href="/athletes/904118">Hattie Brennan</a>
– Ride</span></h2></header><div class="activity-summary-container"><div class="spans8 activity-summary mt-md mb-md">
<div class="details-container"><div class="details"><time>8:02 AM on Sunday, 30 March 2026</time>
<span class="location">Clitheroe, England, United Kingdom</span>
<h1 class="text-title1 activity-name">${sTitle}</h1></div>
<div class="activity-description-container"><div class="content" data-react-class="ActivityDescription">
${sDesc.map((t) => `<p>${t}</p>`).join('\n')}
</div></div></div></div>
<div class="spans8 activity-stats mt-md mb-md"><ul class="inline-stats section">
${[0, 2, 4, 6].map((i) => `<li><strong>${sStats[i] ?? ''}</strong><div class="label">${sStats[i + 1] ?? ''}</div></li>`).join('\n')}</ul>
<div class="device spans8">Garmin Edge 540</div><div class="gear">Bike: Ribble Endurance</div></div></div></section>
<section class="segments-list" id="segments"><h3>Segments</h3><table class="dense hoverable marginless segments"><tbody>
${sSegs.map((t) => `<tr class="segment-effort"><td class="name"><div class="title">${t}</div></td></tr>`).join('\n')}</tbody></table></section>
<section class="kudos-and-comments" data-react-class="KudosAndComments"><div class="kudos"><span class="count">21</span> <span>Kudos</span>
<button class="btn btn-sm">Give Kudos</button></div><div class="comments"><h4>Comments</h4><ul>
<li class="comment"><a class="avatar-athlete" href="#">Marion Oduya</a><p class="comment-text">${sComments[0]}</p>
<span class="timestamp">30 March 2026</span></li>
<li class="comment"><a class="avatar-athlete" href="#">Kevin Sharples</a><p class="comment-text">${sComments[1]}</p>
<span class="timestamp">31 March 2026</span></li></ul>
<textarea placeholder="Add a comment, @ to mention"></textarea></div></section>
<aside class="sidebar"><div class="club-widget"><h3>Ribble Valley Wheelers</h3><p>412 members</p><a href="/clubs/rvw">View Club</a></div>
<div class="upsell"><h3>Subscribe for deeper analysis</h3><p>See your heart rate zones and compare efforts with a subscription.</p>
<a class="btn" href="/subscribe">Start Your Free Trial</a></div></aside></div></div>
<footer id="global-footer"><div class="container"><ul class="footer-menu">${links(['About', 'Careers', 'Press', 'Support', 'Terms', 'Privacy Policy'])}</ul>
<p>© 2026 Strava</p></div></footer>
<script src="https://web-assets.strava.example/assets/packs/js/activities-show.js" defer></script></body></html>`;
const strava: TestPage = {
  name: 'heldout351-strava-activity-ride-report',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sDesc),
  bylines: ['Hattie Brennan', '8:02 AM on Sunday, 30 March 2026', 'Clitheroe, England, United Kingdom'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies and similar technologies to provide our services and for analytics. Read our Cookie Policy for details.', 'Accept', 'Reject',
    ...sNav, 'Upload', ...sTabs, '– Ride', ...sStats, 'Garmin Edge 540', 'Bike: Ribble Endurance', 'Segments',
    ...sSegs.filter((t) => t !== 'Waddow drag'), 'Kudos', 'Give Kudos', 'Comments',
    'Marion Oduya', ...sComments, '30 March 2026', 'Kevin Sharples', '31 March 2026', 'Ribble Valley Wheelers', '412 members', 'View Club',
    'Subscribe for deeper analysis', 'See your heart rate zones and compare efforts with a subscription.', 'Start Your Free Trial', 'Careers',
    'Press', 'Support', 'Terms', 'Privacy Policy', '© 2026 Strava',
  ],
};

/** A grassroots sports forum thread on phpBB (prosilver). */
const fTitle = 'Running a club with no paid staff – how do you stop volunteer burnout?';
type Post = { id: string; user: string; rank: string; when: string; posts: string; body: string[]; sig?: string };
const fPosts: Post[] = [
  {
    id: '48812',
    user: 'SecretaryStu',
    rank: 'Regular',
    when: 'Mon Feb 16, 2026 9:12 pm',
    posts: '212',
    body: [
      j(
        'Our club has grown from four teams to eleven in three years, and everything is still done by the same six volunteers. I',
        'do fixtures, registrations and the website. Our treasurer has said she is stepping down in the summer and nobody has',
        'come forward.',
      ),
      'How do other clubs spread the load? Do you have formal roles for every job, or does it all just happen?',
    ],
    sig: 'Club secretary, Brookhaven Athletic Youth',
  },
  {
    id: '48815',
    user: 'Pitchside Pam',
    rank: 'Veteran',
    when: 'Mon Feb 16, 2026 10:03 pm',
    posts: '1864',
    body: [
      j(
        'We split every big job into small, named tasks that take an hour a week or less. Nobody says yes to being treasurer, but',
        'plenty of parents will say yes to banking the subs once a month.',
      ),
      j(
        'The other thing that worked for us was asking each team to provide one person for the committee. It is written into the',
        'team manager’s agreement at the start of the season, so it is not a surprise.',
      ),
    ],
  },
  {
    id: '48821',
    user: 'Coach_Ferris',
    rank: 'Member',
    when: 'Tue Feb 17, 2026 7:45 am',
    posts: '58',
    body: [
      j(
        'Agree with Pam. I would add: stop doing jobs nobody has asked for. We used to produce a printed programme for every',
        'home game. Nobody read it. Dropping it saved about four hours a week.',
      ),
      j(
        'Also make the handover easy. Our fixtures secretary keeps a shared document with every password, contact and deadline,',
        'so when she steps down the next person is not starting from nothing.',
      ),
    ],
    sig: 'UEFA C licence · Tuesdays at Elm Park',
  },
  {
    id: '48830',
    user: 'SecretaryStu',
    rank: 'Regular',
    when: 'Tue Feb 17, 2026 6:20 pm',
    posts: '212',
    body: [
      j(
        'These are really helpful, thank you. I am going to take the one-person-per-team idea to our AGM in March and start',
        'a list of small tasks. Will report back on how it goes.',
      ),
      j(
        'One question for Ferris: who owns the shared document at your club? Ours would probably end up on somebody’s',
        'personal account, and then we would lose it the moment they left.',
      ),
    ],
    sig: 'Club secretary, Brookhaven Athletic Youth',
  },
];
const fCrumbs = ['Board index', 'Club Admin & Volunteering', 'Committees and Governance'];
const fPostHtml = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar">
<a href="./memberlist.php?mode=viewprofile" class="username">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="#">${p.posts}</a></dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${p.id}">Re: Volunteer burnout</a></h3>
<ul class="post-buttons"><li><a href="#" title="Reply with quote" class="button button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${p.id}" title="Post"></a><span class="responsive-hide">by <strong>
<a href="#" class="username">${p.user}</a></strong> » </span><time datetime="2026-02-16T21:12:00+00:00">${p.when}</time></p>
<div class="content">${p.body.join('<br><br>\n')}</div>
${p.sig === undefined ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider">`;
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fTitle} - Grassroots Sport Forum</title><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link rel="canonical" href="https://forum.grassrootssport.example/viewtopic.php?t=7714"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"></a><h1>Grassroots Sport Forum</h1>
<p>For volunteers, coaches and officials in community sport</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><input name="keywords" type="search" placeholder="Search…"></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li><a href="/app.php/help/faq">FAQ</a></li><li><a href="./ucp.php?mode=register">Register</a></li><li><a href="./ucp.php?mode=login">Login</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
${fCrumbs.map((t) => `<li class="breadcrumbs"><span class="crumb"><a href="#">${t.replace(/&/g, '&amp;')}</a></span></li>`).join('\n')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=7714">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=7714" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="dropdown-container dropdown-button-control topic-tools">
<span title="Topic tools" class="button button-secondary dropdown-trigger">Topic tools</span></div>
<div class="search-box" role="search"><input type="search" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(fPostHtml).join('\n')}
<div class="action-bar bar-bottom"><a href="#" class="button"><span>Post Reply</span></a><div class="pagination">4 posts • Page 1 of 1</div></div>
<form method="post" action="./posting.php?mode=reply" id="qr_postform"><div class="panel"><h2 class="quickreply-title">Quick Reply</h2>
<textarea name="message" rows="7" cols="76"></textarea><input type="submit" class="button1" value="Submit"></div></form>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="#" class="left-box arrow-left">Return to “Committees and Governance”</a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist">
<li class="breadcrumbs"><a href="./index.php">Board index</a></li><li><a href="#">Delete cookies</a></li><li><a href="#">All times are UTC</a></li>
</ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link" href="./ucp.php?mode=terms">Terms</a>
</p></div></div></div>
<script src="./assets/javascript/core.js?assets_version=41"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout351-phpbb-prosilver-forum-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.body)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.when]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Grassroots Sport Forum', 'For volunteers, coaches and officials in community sport', 'Skip to content', 'FAQ', 'Register', 'Login', ...fCrumbs,
    'Post Reply', 'Topic tools', '4 posts • Page 1 of 1', 'Regular', 'Veteran', 'Member', 'Posts:', '1864', 'Re: Volunteer burnout', 'Quote', 'Top',
    'Club secretary, Brookhaven Athletic Youth', 'UEFA C licence · Tuesdays at Elm Park', 'Quick Reply', 'Return to “Committees and Governance”',
    'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 3 guests', 'Delete cookies', 'All times are UTC',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy',
  ],
};

export const HELDOUT351_F: readonly TestPage[] = [strava, phpbb];
