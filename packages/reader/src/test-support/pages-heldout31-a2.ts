import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 31, file a2: a phpBB 3.3 topic in the prosilver style (header with site name and description, "Skip to
 * content", the search box, the navbar with "Quick links", FAQ, Login and Register, the breadcrumbs, the hidden forum
 * description, "Post Reply", topic tools and the topic search, the post count, the posts with their profile columns (avatar,
 * rank, posts, joined, location), "Re:" subjects, "by ... »" author lines with <time>, quotes with "wrote:", signatures,
 * "Top" links, the bottom action bar with "Return to" and "Jump to", "Who is online", the footer and the cookie consent bar).
 */
interface BbPost {
  id: number;
  user: string;
  uid: number;
  date: string;
  iso: string;
  quote?: { user: string; uid: number; id: number; date: string; text: string };
  paras: string[];
}
interface BbUser {
  rank: string;
  posts: string;
  joined: string;
  location: string;
  sig?: string;
}
const bbTitle = 'Loco stops dead on the same set of points every time';
const bbUsers: Record<string, BbUser> = {
  signalbox_sue: {
    rank: 'Regular',
    posts: '418',
    joined: 'Sun Feb 02, 2020 3:17 pm',
    location: 'West Norfolk',
    sig: 'Little Dunham branch line, 00 gauge, DCC since 2019',
  },
  mtranter: { rank: 'Moderator', posts: '6102', joined: 'Wed Nov 05, 2008 7:02 pm', location: 'Swindon' },
  OldDougie: {
    rank: 'Senior Member',
    posts: '2957',
    joined: 'Tue Mar 12, 2013 10:20 am',
    location: 'Fife',
    sig: 'If it runs on my layout, it will run anywhere. Probably.',
  },
};
const bbPosts: BbPost[] = [
  {
    id: 58204,
    user: 'signalbox_sue',
    uid: 311,
    date: 'Fri Jun 13, 2025 8:41 pm',
    iso: '2025-06-13T19:41:07+00:00',
    paras: [
      'Evening all. I have a problem that is driving me round the bend. My Class 37 with a sound decoder stops dead on one particular set ' +
        'of points in the fiddle yard, every single time, in both directions. The lights flicker, the sound cuts out and starts again ' +
        'from the beginning, and I have to give it a nudge to get it moving.',
      'Every other loco on the layout runs through the same points without a hiccup, including two other diesels with sound. I have ' +
        'cleaned the wheels and pickups on the 37, cleaned the rails through the point with a track rubber and checked that the blades ' +
        'are closing properly.',
      'The point is a Code 75 medium radius, about eight years old, wired from the same bus as everything else in the yard. Any ideas ' +
        'where to look next before I start pulling the loco apart?',
    ],
  },
  {
    id: 58213,
    user: 'mtranter',
    uid: 88,
    date: 'Fri Jun 13, 2025 9:15 pm',
    iso: '2025-06-13T20:15:44+00:00',
    paras: [
      'Two questions before anything else. Is that point an insulfrog or an electrofrog, and does the 37 have a stay-alive fitted? If the ' +
        'frog is the plastic kind, a loco that only picks up on some of its wheels can lose power for a moment as it crosses, and a sound ' +
        'decoder will reset when that happens.',
      'Also worth checking the back-to-back on every axle while you have it on the bench. A wheel set that is slightly tight can lift a ' +
        'wheel over the check rail and break contact at exactly the same spot each time.',
    ],
  },
  {
    id: 58240,
    user: 'signalbox_sue',
    uid: 311,
    date: 'Sat Jun 14, 2025 4:02 pm',
    iso: '2025-06-14T15:02:19+00:00',
    quote: {
      user: 'mtranter',
      uid: 88,
      id: 58213,
      date: 'Fri Jun 13, 2025 9:15 pm',
      text: 'Is that point an insulfrog or an electrofrog, and does the 37 have a stay-alive fitted?',
    },
    paras: [
      'It is an insulfrog, and no, there is no stay-alive. I measured the back-to-back on all six axles this afternoon and they are all at ' +
        '14.4 mm, so I do not think that is it.',
      'I did notice that the middle axle on each bogie has no pickups at all on this model, so it is only collecting through four wheels a ' +
        'side. Could that be enough to cause it?',
    ],
  },
  {
    id: 58247,
    user: 'OldDougie',
    uid: 1204,
    date: 'Sat Jun 14, 2025 5:37 pm',
    iso: '2025-06-14T16:37:52+00:00',
    paras: [
      'That is almost certainly your answer. On an insulfrog the whole frog area is dead plastic, and on a medium radius point it is ' +
        'longer than you might think. With only the outer axles collecting, there is a moment when one bogie has a wheel on the dead ' +
        'frog while the other is passing the insulated joiners, and for a split second nothing is collecting on one side.',
      'Your other sound locos probably pick up on all their wheels, which is why they sail through. There are two proper fixes: fit a ' +
        'stay-alive to the 37, or convert the point to a live frog and switch its polarity with a frog juicer or the contacts on the ' +
        'point motor. I would do the stay-alive first, because it helps on every point on the layout, not just this one.',
    ],
  },
  {
    id: 58251,
    user: 'mtranter',
    uid: 88,
    date: 'Sat Jun 14, 2025 6:10 pm',
    iso: '2025-06-14T17:10:05+00:00',
    quote: {
      user: 'OldDougie',
      uid: 1204,
      id: 58247,
      date: 'Sat Jun 14, 2025 5:37 pm',
      text: 'I would do the stay-alive first, because it helps on every point on the layout, not just this one.',
    },
    paras: [
      'Agreed. Just make sure you buy one that suits the decoder. Some of the cheaper units upset programming on the main, so unplug it ' +
        'before you change any CVs, or you will spend an evening wondering why nothing sticks.',
    ],
  },
  {
    id: 58302,
    user: 'signalbox_sue',
    uid: 311,
    date: 'Mon Jun 16, 2025 11:48 am',
    iso: '2025-06-16T10:48:31+00:00',
    paras: [
      'Well, that was it. I fitted a small stay-alive this morning, tucked in behind the speaker, and the 37 has now been through the ' +
        'point forty times in both directions without a single stall. The sound no longer resets either, which my grandson says is a ' +
        'great shame because he liked the start-up noise.',
      'Thank you all. I will probably still convert the fiddle yard points to live frogs over the winter, but at least I can run a ' +
        'proper timetable at the club open day next month.',
    ],
  },
  {
    id: 58305,
    user: 'OldDougie',
    uid: 1204,
    date: 'Mon Jun 16, 2025 12:30 pm',
    iso: '2025-06-16T11:30:12+00:00',
    paras: ['Good result. Forty runs without a stall is about as thorough a test as anyone could ask for. Enjoy the open day.'],
  },
];
const bbQuote = (q: NonNullable<BbPost['quote']>): string =>
  `<blockquote cite="./viewtopic.php?p=${q.id}#p${q.id}"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=${q.uid}">${q.user}</a>
 wrote: <a href="./viewtopic.php?p=${q.id}#p${q.id}" data-post-id="${q.id}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>
<span class="responsive-hide">${q.date}</span></cite>${q.text}</div></blockquote>`;
const bbPost = (p: BbPost, i: number): string => {
  const u = bbUsers[p.user]!;
  const prof = `./memberlist.php?mode=viewprofile&amp;u=${p.uid}`;
  return `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="${prof}" class="avatar">
<img class="avatar" src="./download/file.php?avatar=${p.uid}_1701.jpg" width="90" height="90" alt="User avatar"></a></div>
<a href="${prof}" class="username">${p.user}</a></dt><dd class="profile-rank">${u.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.uid}&amp;sr=posts">${u.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${u.joined}</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${u.location}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">
${i === 0 ? bbTitle : `Re: ${bbTitle}`}</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}"
 title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
 aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="${prof}" class="username">${p.user}</a>
</strong> &raquo; </span><time datetime="${p.iso}">${p.date}</time></p>
<div class="content">${p.quote ? bbQuote(p.quote) : ''}${p.paras.join('<br>\n<br>\n')}</div>
${u.sig ? `<div id="sig${p.id}" class="signature">${u.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
};
const bbQuick = ['Unanswered topics', 'Active topics', 'Search', 'Members', 'The team'];
const bbCrumbs = ['Board index', 'Layouts and Wiring', 'DCC and Electronics'];
const bbJump = ['Announcements', 'Layouts and Wiring', 'DCC and Electronics', 'Scenery and Structures', 'Rolling Stock', 'For Sale and Wanted'];
const bbActionBar = (where: string): string => `<div class="action-bar bar-${where}">
<a href="./posting.php?mode=reply&amp;t=9127" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw"
 aria-hidden="true"></i></a><div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button
 button-secondary dropdown-trigger dropdown-select"><i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon
 fa-sort-down fa-fw" aria-hidden="true"></i></span></span></div>${
   where === 'top'
     ? `<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox
 search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"><button class="button button-search"
 type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button></fieldset>
</form></div>`
     : ''
 }<div class="pagination">7 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>`;
const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${bbTitle} - Eastfield Model Railway Forum</title><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link rel="canonical" href="https://forum.eastfieldmrc.example/viewtopic.php?t=9127"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Eastfield Model Railway Forum</h1>
<p>Friendly help for 00 and N gauge modellers since 2006</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20"
 placeholder="Search…"><button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i>
<span class="sr-only">Search</span></button><a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog
 fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a><div class="dropdown"><div class="pointer"><div class="pointer-inner">
</div></div><ul class="dropdown-contents" role="menu">${links(bbQuick, 'separator')}</ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon
 fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D9127" title="Login" accesskey="x"
 role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw"
 aria-hidden="true"></i><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
 itemtype="https://schema.org/BreadcrumbList">${bbCrumbs
   .map(
     (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item"
 href="./viewforum.php?f=${i + 2}">${i === 0 ? '<i class="icon fa-home fa-fw"></i>' : ''}<span itemprop="name">${c}</span></a><meta itemprop="position"
 content="${i + 1}"></span>`,
   )
   .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=9127">${bbTitle}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">Decoders, boosters, wiring and anything with a chip in it.<br></div>
${bbActionBar('top')}
${bbPosts.map(bbPost).join('\n')}
${bbActionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=4" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “DCC and Electronics”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret"><i class="icon
 fa-sort-down fa-fw" aria-hidden="true"></i></span></span><div class="dropdown"><ul class="dropdown-contents">${bbJump
   .map((f, i) => `<li><a href="./viewforum.php?f=${i + 1}" class="jumpbox-sub-link"><span class="spacer"></span><span>${f}</span></a></li>`)
   .join('')}</ul></div></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 6 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php"
 data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span></li>
<li class="rightside">All times are <span title="Europe/London">UTC+01:00</span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw"
 aria-hidden="true"></i><span>Delete cookies</span></a></li><li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin"
 role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum
 Software &copy; phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy"
 role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms"
 role="menuitem"><span class="footer-link-text">Terms</span></a></p></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing
 your request."><div id="darken" class="darken">&nbsp;</div></div><div id="phpbb_alert" class="phpbb_alert" data-l-err="Error"
 data-l-timeout-processing-req="Request timed out."><a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div></div></div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom">
<span id="cookieconsent:desc" class="cc-message">This website uses cookies to ensure you get the best experience on our website.
<a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="https://www.phpbb.com/support/docs/en/3.3/kb/article/cookies/">
Learn more</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">
Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script><script src="./styles/prosilver/template/forum_fn.js?assets_version=41">
</script></body></html>`;
const bbDates = [...new Set(bbPosts.map((p) => p.date))];
export const phpbbTopic: TestPage = {
  html: bbHtml,
  name: 'heldout31-phpbb-prosilver-topic',
  kind: 'forum',
  // the seven posts are body, each <br><br> paragraph an item; the quoted lines in posts 3 and 5 repeat posts 2 and 4 (in
  // neither list); the posters' names and the post dates ("Fri Jun 13, 2025 8:41 pm"...) are bylines ("by" and "»" in
  // neither), the quote headers repeat them; the "Re:" subjects are furniture (the first post's subject is the title);
  // ranks, post counts, "Joined:" dates (a profile field, not a dateline), locations and signatures are furniture, so are
  // the "wrote:" of the quotes, the header, navbar, breadcrumbs, hidden forum description, action bars, post count, "Return
  // to", the jump box, "Who is online", the footer and the cookie bar; the icon labels "Post", "Quote", "Top" and "Search" are
  // words of no post (the posts say "point", never "post"): kept, once each
  title: bbTitle,
  headings: [],
  body: texts(bbPosts.flatMap((p) => p.paras)),
  bylines: [...bbDates, 'signalbox_sue', 'mtranter', 'OldDougie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Eastfield Model Railway Forum', 'Friendly help for 00 and N gauge modellers since 2006', 'Skip to content', 'Search', 'Advanced search',
    'Quick links', ...bbQuick.filter((t) => t !== 'Search'), 'FAQ', 'Login', 'Register', ...bbCrumbs,
    'Decoders, boosters, wiring and anything with a chip in it.', 'Post Reply', '7 posts', 'Page 1 of 1', `Re: ${bbTitle}`, 'Quote', 'Post',
    ...Object.values(bbUsers).flatMap((u) => [u.rank, u.posts, u.joined, u.location, ...(u.sig ? [u.sig] : [])]), 'Posts:', 'Joined:', 'Location:',
    'wrote:', 'Top', 'Return to “DCC and Electronics”', 'Jump to', ...bbJump.filter((t) => !bbCrumbs.includes(t)),
    'Who is online', 'Users browsing this forum: No registered users and 6 guests', 'All times are', 'UTC+01:00', 'Delete cookies', 'Contact us',
    'Powered by phpBB', 'phpBB Limited', 'Privacy', 'Terms', 'This website uses cookies to ensure you get the best experience on our website.',
    'Learn more', 'Got it!',
  ],
};
