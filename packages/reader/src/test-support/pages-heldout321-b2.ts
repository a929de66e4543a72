import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file b2: a Raspberry Pi Forums thread on phpBB's prosilver style (site header with the forum name as h1, quick
 * links, breadcrumbs, the topic title as h2, action bar with pagination, posts with "Re:" subjects, author lines, profile boxes,
 * a quote and a signature, "Jump to", "Who is online", footer, cookie notice).
 */
const rTitle = 'Pi 5 reboots when the USB SSD spins up';
const rPost1 = [
  j(
    'I have a Pi 5 (8 GB) booting from a 2.5 inch SSD in a USB 3 enclosure. It works fine most of the time, but every few boots it',
    'restarts just as the desktop appears, and sometimes when I copy a large file to the drive.',
  ),
  j(
    'Power is a 5 V 3 A phone charger with a USB-C cable. vcgencmd get_throttled returns 0x50005 after one of these resets. Is the',
    'charger the problem, or is the enclosure faulty?',
  ),
];
const rPost2 = [
  j(
    '0x50005 means under-voltage now and under-voltage has occurred since boot, plus throttling. So yes, the supply is sagging.',
    'A spinning disc or an SSD drawing its peak current at start-up is the classic trigger.',
  ),
  j(
    'A 3 A phone charger does not negotiate the 5 A mode, so the Pi limits the USB ports to 600 mA in total unless you override it.',
    'Your drive is probably asking for more than that and pulling the rail down.',
  ),
];
const rQuote = 'Is the charger the problem, or is the enclosure faulty?';
const rPost3 = [
  'The charger, almost certainly. Two things you can try before buying anything:',
  j(
    'First, add usb_max_current_enable=1 to config.txt. That lifts the port limit, but only do it if the supply can really deliver,',
    'otherwise you just move the brown-out somewhere else.',
  ),
  j('Second, and better, use a powered USB hub or an enclosure with its own supply for the drive. Then the Pi never sees the spin-up', 'current at all.'),
];
const rPost4 = [
  j(
    'Thanks both. I borrowed the official 27 W supply from my brother and have now done twenty reboots and copied about 60 GB without',
    'a single reset. get_throttled stays at 0x0.',
  ),
  'Marking this as solved. I will order my own supply rather than set the override.',
];
const rPost5 = [
  j(
    'Glad it is sorted. For anyone finding this thread later: the same symptom shows up with a good supply and a thin or long USB-C',
    'cable, because the cable drops enough voltage at 3 A to trip the warning. If the official supply does not cure it, swap the',
    'cable next, and keep the drive enclosure on a short, decent USB 3 lead as well.',
  ),
];
const rQuick = ['Quick links', 'FAQ', 'Login', 'Register'];
const rCrumbs = ['Board index', 'Hardware and peripherals', 'Troubleshooting'];
const rJump = 'Jump to';
const rOnline = 'Users browsing this forum: No registered users and 31 guests';
const rFoot = ['Contact us', 'Delete cookies', 'All times are UTC'];
const post = (id: number, bg: string, subject: string, user: string, date: string, rank: string, posts: string, joined: string, body: string) =>
  `<div id="p${id}" class="post has-profile ${bg}"><div class="inner"><dl class="postprofile" id="profile${id}"><dt class="has-profile-rank">
<a href="./memberlist.php?mode=viewprofile&amp;u=${id + 3}" class="username">${user}</a></dt><dd class="profile-rank">${rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> ${posts}</dd><dd class="profile-joined"><strong>Joined:</strong> ${joined}</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3${id === 2301 ? ' class="first"' : ''}><a href="#p${id}">${subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote" class="button button-icon-only">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><span class="sr-only">Post</span></a><span class="responsive-hide">by
<strong><a href="./memberlist.php?mode=viewprofile&amp;u=${id + 3}" class="username">${user}</a></strong> » </span>${date}</p>
<div class="content">${body}</div></div></div><div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider" />`;
const rHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${rTitle} - Raspberry Pi Forums</title><meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="canonical" href="https://forums.raspberrypi.example/viewtopic.php?t=371204">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
<script>var phpbb = {}; phpbb.plupload = {};</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Raspberry Pi Forums</h1>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(rQuick, 'quick-links')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
${rCrumbs.map((c) => `<li class="breadcrumbs"><span class="crumb"><a href="./viewforum.php">${c}</a></span></li>`).join('\n')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=371204">${rTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=371204" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${post(2301, 'bg2', rTitle, 'kelpfield', 'Tue Mar 03, 2026 8:52 pm', '', '12', 'Sat Nov 18, 2023 10:40 am', ps(rPost1))}
${post(2305, 'bg1', `Re: ${rTitle}`, 'hippy_w', 'Tue Mar 03, 2026 9:14 pm', '', '8107', 'Mon Jul 29, 2013 4:02 pm', ps(rPost2))}
${post(
  2311,
  'bg2',
  `Re: ${rTitle}`,
  'ColinMarsh',
  'Tue Mar 03, 2026 9:40 pm',
  'Forum Moderator',
  '21044',
  'Wed Feb 06, 2013 7:15 am',
  `<blockquote><div><cite><a href="./viewtopic.php?p=2301#p2301">kelpfield</a> wrote: <a href="./viewtopic.php?p=2301#p2301"
data-post-id="2301">↑</a>Tue Mar 03, 2026 8:52 pm</cite>${rQuote}</div></blockquote>
${ps(rPost3)}<div id="sig2311" class="signature">Please read the pinned power supply thread before posting about resets.</div>`,
)}
${post(2318, 'bg1', `Re: ${rTitle} [SOLVED]`, 'kelpfield', 'Wed Mar 04, 2026 7:05 pm', '', '12', 'Sat Nov 18, 2023 10:40 am', ps(rPost4))}
${post(2322, 'bg2', `Re: ${rTitle} [SOLVED]`, 'hippy_w', 'Wed Mar 04, 2026 7:31 pm', '', '8107', 'Mon Jul 29, 2013 4:02 pm', ps(rPost5))}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=371204" class="button"><span>Post Reply</span></a>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=28" class="left-box arrow-left">Return to “Troubleshooting”</a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger">${rJump}</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>${rOnline}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist">
${links(rFoot)}</ul></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span>
</p>
</div></div></div>
<div class="cookie-notice" id="cookie-notice"><p>This board uses cookies to keep you logged in and to remember what you have read.</p>
<a href="#" class="button">Got it</a></div>
<script src="./assets/javascript/core.js?assets_version=112"></script></body></html>`;
export const rpiForum: TestPage = {
  name: 'heldout321-raspberry-pi-forums-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rPost1, ...rPost2, ...rPost3, ...rPost4, ...rPost5]),
  bylines: [
    'kelpfield',
    'Tue Mar 03, 2026 8:52 pm',
    'hippy_w',
    'Tue Mar 03, 2026 9:14 pm',
    'ColinMarsh',
    'Tue Mar 03, 2026 9:40 pm',
    'Wed Mar 04, 2026 7:05 pm',
    'Wed Mar 04, 2026 7:31 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Raspberry Pi Forums', 'Skip to content', ...rQuick, ...rCrumbs, 'Post Reply', '5 posts • Page 1 of 1', `Re: ${rTitle}`, `Re: ${rTitle} [SOLVED]`, 'Quote',
    'Posts: 8107', 'Joined: Mon Jul 29, 2013 4:02 pm', 'Forum Moderator', 'Top', 'Posts: 12', 'kelpfield wrote:',
    'Please read the pinned power supply thread before posting about resets.', 'Return to “Troubleshooting”', rJump, 'Who is online', rOnline, ...rFoot,
    'Powered by phpBB® Forum Software © phpBB Limited', 'This board uses cookies to keep you logged in and to remember what you have read.', 'Got it',
  ],
};
