import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 170, file f2: a Raspberry Pi Forums topic (phpBB 3.3 with the raspberrypi.com site bar, "Quick links", "FAQ",
 * "Register" and "Login", the "Board index" breadcrumb, the topic title h2, "Forum rules", the action bar with "Post Reply",
 * the topic search box and post count, posts with "Re:" subject h3s, "by ... » date" author lines, profile columns with rank,
 * post and join counts, a quote with "wrote:" citation, a code box with "Select all", "Last edited by" notices, signatures,
 * "Return to", "Jump to", "Who is online", the footer and the cookie banner).
 */
const title = 'Pi 5 will not boot from NVMe after firmware update';
type Post = {
  id: number;
  user: string;
  rank?: string;
  posts: string;
  joined: string;
  date: string;
  paras: string[];
  subj: string;
  quote?: string;
  code?: string;
  edit?: string;
  sig?: string;
};
const posts: Post[] = [
  {
    id: 2339811,
    user: 'gwynfor_p',
    posts: '41',
    joined: 'Fri Jan 12, 2024 7:20 pm',
    date: 'Mon Oct 06, 2025 8:14 pm',
    subj: title,
    paras: [
      `My Pi 5 has been booting from an NVMe drive on a HAT for six months without trouble. After running the bootloader update yesterday it
sits at the rainbow screen for a few seconds and then shows the diagnostics screen saying no boot media was found. An SD card still
boots fine and, once booted, the NVMe drive is visible and all my files are there.`,
      `I have not changed anything else. Where should I start?`,
    ],
  },
  {
    id: 2339840,
    user: 'fenlandmike',
    rank: 'Forum Moderator',
    posts: '12087',
    joined: 'Tue Mar 03, 2015 11:40 am',
    date: 'Mon Oct 06, 2025 8:51 pm',
    subj: `Re: ${title}`,
    code: 'BOOT_ORDER=0xf416\nPCIE_PROBE=1',
    sig: 'Please read the forum rules before posting. Moderators are volunteers.',
    paras: [
      `The update may have reset your bootloader configuration to the defaults, which try the SD card first and do not always probe the
PCIe bus for HATs that do not identify themselves. Boot from the SD card, open the bootloader configuration, and check the boot
order and the PCIe probe setting. You want something like this:`,
      `Save, power off fully, remove the SD card and try again.`,
    ],
  },
  {
    id: 2339902,
    user: 'gwynfor_p',
    posts: '41',
    joined: 'Fri Jan 12, 2024 7:20 pm',
    date: 'Tue Oct 07, 2025 7:02 am',
    subj: `Re: ${title}`,
    quote: 'The update may have reset your bootloader configuration to the defaults',
    edit: 'Last edited by gwynfor_p on Tue Oct 07, 2025 7:05 am, edited 1 time in total.',
    paras: [
      `That was it. The probe line had gone and the boot order was back to the default. With both restored it boots straight from the
NVMe drive again, and about three seconds faster than the SD card.`,
      `I have saved a copy of the configuration in my notes so I can put it back after the next update.`,
    ],
  },
  {
    id: 2339977,
    user: 'Ashgrove',
    posts: '1530',
    joined: 'Sun Jun 09, 2019 2:15 pm',
    date: 'Tue Oct 07, 2025 9:33 am',
    subj: `Re: ${title}`,
    paras: [
      `It is also a good idea to keep a spare SD card with a known-good system on it in
the drawer. When the drive will not boot, being able to start from the card and look at the configuration turns a worrying
evening into a ten-minute fix. Label the card so nobody reuses it.`,
      `Worth knowing that the update tool normally keeps your settings, so a reset like that usually means the config was edited by
hand in a way it could not parse. If it happens again, check for stray spaces or a missing line ending at the end of the file.`,
    ],
  },
];
const siteBar = ['Computers', 'Accessories', 'Software', 'Documentation', 'News', 'Forums', 'For industry'];
const crumbs = ['Board index', 'Using the Raspberry Pi', 'Troubleshooting'];
const foot = ['Delete cookies', 'All times are UTC', 'Privacy', 'Terms', 'Contact us'];
const cookie =
  'We use some essential cookies to make our website work. ' +
  'We use optional cookies, as detailed in our cookie policy, to remember your settings and understand how you use our website.';
const post = (
  p: Post,
  n: number,
): string => `<div id="p${p.id}" class="post has-profile bg${n % 2 ? 1 : 2}"><div class="inner"><dl class="postprofile" id="profile${p.id}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 9001}"
class="username">${p.user}</a></dt>
${p.rank ? `<dd class="profile-rank">${p.rank}</dd>` : ''}<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${
  p.id % 9001
}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl><div class="postbody"><div id="post_content${p.id}"><h3${
  n === 1 ? ' class="first"' : ''
}><a
href="./viewtopic.php?p=${p.id}#p${p.id}">${p.subj}</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}"
title="Reply with quote"
class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul><p class="author"><a class="unread"
href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span
class="sr-only">Post</span></a>
<span class="responsive-hide">by <strong><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 9001}" class="username">${p.user}</a></strong> » </span><time
datetime="2025-10-06T19:14:00+00:00">${p.date}</time></p><div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=6">fenlandmike</a>
wrote: <a href="./viewtopic.php?p=2339840#p2339840" data-post-id="2339840" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span
class="responsive-hide">Mon Oct 06, 2025 8:51 pm</span></cite>${p.quote}</div></blockquote>`
    : ''
}${p.paras[0]}${
  p.code
    ? `<div class="codebox"><p>Code: <a href="#"
onclick="selectCode(this); return false;">Select all</a></p><pre><code>${p.code}</code></pre></div>`
    : '<br><br>'
}${p.paras.slice(1).join('<br><br>')}</div>
${p.edit ? `<div class="notice">${p.edit}</div>` : ''}${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div><div
class="back2top"><a href="#top"
class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div>`;
const actionBar = (
  where: string,
): string => `<div class="action-bar bar-${where}"><a href="./posting.php?mode=reply&amp;t=391204" class="button" title="Post a reply"><span>Post Reply</span>
<i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>${
  where === 'top'
    ? `<div class="search-box" role="search"><form method="get" id="topic-search"
action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20"
placeholder="Search this topic…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button>
</fieldset></form></div>`
    : ''
}<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>${title} - Raspberry Pi Forums</title><link rel="canonical" href="https://forums.raspberrypi.com/viewtopic.php?t=391204">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet"><link href="./styles/raspberrypi/theme/rpi.css?assets_version=112"
rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="rpi-site-bar" class="rpi-header"><a class="rpi-header__logo"
href="https://www.raspberrypi.com/">
<span class="sr-only">Raspberry Pi</span></a><ul class="rpi-header__nav">${links(siteBar, 'rpi-header__item')}</ul></div><div id="wrap" class="wrap"><a
id="top" class="top-anchor"
accesskey="t"></a><div id="page-header"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i
class="icon fa-bars fa-fw"
aria-hidden="true"></i><span>Quick links</span></a><div class="dropdown"><ul class="dropdown-contents" role="menu"><li><a
href="./search.php?search_id=unanswered"
role="menuitem">Unanswered topics</a></li><li><a href="./search.php?search_id=active_topics" role="menuitem">Active topics</a></li></ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul><ul id="nav-breadcrumbs"
class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${crumbs
  .map(
    (c, i) => `<span
class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}"><span
itemprop="name">${c}</span></a>
<meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('')}</li></ul></div></div></div><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=391204">${title}</a></h2><div class="rules"><div class="inner"><strong>Forum rules</strong><br>Please
read the
sticky topics before posting, and include your Pi model and operating system version in new questions.</div></div>${actionBar('top')}
${posts.map((p, i) => post(p, i + 1)).join('\n<hr class="divider">\n')}${actionBar('bottom')}<div class="action-bar actions-jump"><p class="jumpbox-return"><a
href="./viewforum.php?f=28" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to
“Troubleshooting”</span>
</a></p><div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to"
class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span></div></div><div class="stat-block online-list"><h3>Who is
online</h3>
<p>Users browsing this forum: Bing [Bot] and 31 guests</p></div></div><div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar"
role="navigation">
<div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a
href="./index.php"><span>Board index</span></a>
</span></li>${links(foot, 'rightside')}</ul></div></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum
Software ©
phpBB Limited</span></p></div></div></div><div class="rpi-cookie-banner" role="dialog" aria-label="Cookies"><p>${cookie}</p><button
class="rpi-cookie-accept">Accept all
cookies</button><button class="rpi-cookie-essential">Use essential cookies only</button><a href="https://www.raspberrypi.com/cookies/">Set cookie
preferences</a></div>
<script src="./assets/javascript/core.js?assets_version=112"></script></body></html>`;
export const raspberryPi: TestPage = {
  html,
  name: 'heldout170-raspberry-pi-forums-phpbb-forum',
  kind: 'forum',
  // the topic title is an h2 (phpBB has no h1 on a topic page); the first post's h3 repeats it, the replies' "Re:" h3s are furniture
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [
    'gwynfor_p',
    'fenlandmike',
    'Ashgrove',
    ...posts.map((p) => p.date),
    'Last edited by gwynfor_p on Tue Oct 07, 2025 7:05 am, edited 1 time in total.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Raspberry Pi', ...siteBar, 'Quick links', 'Unanswered topics', 'Active topics', 'FAQ', 'Login', 'Register', ...crumbs, 'Forum rules',
    'Please read the sticky topics before posting, and include your Pi model and operating system version in new questions.', 'Post Reply', 'Search',
'4 posts • Page 1 of 1',
    `Re: ${title}`, 'Quote', 'Post', 'Forum Moderator', 'Posts:', '41', '12087', '1530', 'Joined:', 'Fri Jan 12, 2024 7:20 pm', 'Tue Mar 03, 2015 11:40 am',
    'Sun Jun 09, 2019 2:15 pm', 'Code: Select all', posts[1]?.sig ?? '', 'Top', 'Return to “Troubleshooting”', 'Jump to', 'Who is online',
    'Users browsing this forum: Bing [Bot] and 31 guests', ...foot, 'Powered by phpBB® Forum Software © phpBB Limited', cookie, 'Accept all cookies',
    'Use essential cookies only', 'Set cookie preferences',
  ],
};
