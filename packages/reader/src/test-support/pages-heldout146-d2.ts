import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 146, file d2: a Raspberry Pi forums topic (phpBB 3.3, prosilver-based) as a guest saves it (the
 * raspberrypi.com global header, the board's own h1 and "Skip to content", the navbar with Quick links, FAQ, Login and
 * Register, the breadcrumbs, the h2 topic title, the top action bar with "Post Reply", topic tools, "Search this topic…"
 * and "5 posts • Page 1 of 1", posts with their profile column (rank, Posts, Joined), an h3 subject per post ("Re: ..."),
 * the "by ... » time" author line, a codebox with "Code: Select all", a quote with its "wrote:" cite, a signature, "Top"
 * links, the bottom action bar, "Return to", "Jump to", "Who is online", the footer navbar and the cookie banner).
 */
const rpTitle = 'NVMe drive on a Pi 5 HAT disappeared after bootloader update';
type RpPost = { id: string; user: string; rank: string; posts: string; joined: string; time: string; html: string; paras: string[]; sig?: string };
const rp1 = [
  'My Pi 5 has been booting from a 500 GB NVMe drive on a Corvid M.2 HAT since December without any trouble. Yesterday I ran the ' +
    'usual <code>apt full-upgrade</code>, which also updated the bootloader, and since then the drive is not seen at all.',
  'It boots from the SD card I keep as a spare, but the drive is missing from <code>lsblk</code> and <code>lspci</code> shows nothing ' + 'apart from the RP1:',
  'The ribbon cable is seated properly and the HAT’s power LED is on. Did the update change something about PCIe?',
];
const rp1Code = `$ lspci
0002:00:00.0 PCI bridge: Broadcom Inc. and subsidiaries Device 2712 (rev 21)
0002:01:00.0 Ethernet controller: Raspberry Pi Ltd RP1 PCIe 2.0 South Bridge`;
const rp2 = [
  'Check that <code>dtparam=pciex1</code> is still in <code>/boot/firmware/config.txt</code>. I have seen upgrades replace that file ' +
    'when it had been edited by hand, and without the line the external connector is not enabled.',
];
const rp3 = [
  'The config line is needed, but it is not the cause here. The March bootloader only probes the external PCIe connector when it ' +
    'finds a HAT+ with an identity EEPROM, which the official boards have. Older third-party boards like yours have no EEPROM, so ' +
    'the connector is skipped and the drive never appears.',
  'You can tell the bootloader to probe anyway. Run <code>sudo rpi-eeprom-config --edit</code>, add the line below, save and reboot:',
  'If you also want to boot from the drive rather than the SD card, check that <code>BOOT_ORDER</code> in the same file still starts ' +
    'with 6. The next bootloader release will mention this in its notes.',
];
const rp3Code = 'PCIE_PROBE=1';
const rp4 = [
  'That was it. Added <code>PCIE_PROBE=1</code>, rebooted, and the drive is back. BOOT_ORDER was still 0xf416, so it boots from NVMe ' + 'again as well.',
  'Thank you, I would never have found that on my own.',
];
const rp5 = [
  'Good to know, thanks. I have two boards of the same kind in a cluster at work and was about to update them next week. I will add ' +
    'the line before I do, rather than find out the hard way with six nodes that no longer see their drives.',
];
const rpCode = (c: string): string =>
  `<div class="codebox"><p>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></p><pre><code>${c}</code></pre></div>`;
const rpBr = (a: readonly string[]): string => a.join('<br>\n<br>\n');
const rpPosts: RpPost[] = [
  {
    id: '2291234',
    user: 'harbourlight',
    rank: '',
    posts: '41',
    joined: 'Sat Nov 18, 2023 3:20 pm',
    time: 'Tue Mar 04, 2025 6:12 pm',
    paras: rp1,
    html: `${rpBr(rp1.slice(0, 2))}\n${rpCode(rp1Code)}\n${rp1[2]}`,
  },
  {
    id: '2291260',
    user: 'dvalenko',
    rank: '',
    posts: '1208',
    joined: 'Mon Jun 03, 2019 8:01 am',
    time: 'Tue Mar 04, 2025 6:40 pm',
    paras: rp2,
    html: rpBr(rp2),
    sig: 'Please use code tags when posting logs. It makes them far easier to read.',
  },
  {
    id: '2291302',
    user: 'jem.halliday',
    rank: 'Raspberry Pi Engineer &amp; Forum Moderator',
    posts: '4117',
    joined: 'Wed Feb 08, 2017 10:44 am',
    time: 'Tue Mar 04, 2025 7:25 pm',
    paras: rp3,
    html: `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=512244">harbourlight</a> wrote: <a href="./viewtopic.php?p=2291234#p2291234"
data-post-id="2291234" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span class="responsive-hide">Tue Mar 04, 2025 6:12 pm</span>
</cite>
Did the update change something about PCIe?</div></blockquote>\n${rpBr(rp3.slice(0, 2))}\n${rpCode(rp3Code)}\n${rp3[2]}`,
  },
  {
    id: '2291347',
    user: 'harbourlight',
    rank: '',
    posts: '41',
    joined: 'Sat Nov 18, 2023 3:20 pm',
    time: 'Tue Mar 04, 2025 8:03 pm',
    paras: rp4,
    html: rpBr(rp4),
  },
  {
    id: '2291388',
    user: 'dvalenko',
    rank: '',
    posts: '1208',
    joined: 'Mon Jun 03, 2019 8:01 am',
    time: 'Tue Mar 04, 2025 8:31 pm',
    paras: rp5,
    html: rpBr(rp5),
    sig: 'Please use code tags when posting logs. It makes them far easier to read.',
  },
];
const rpGlobal = ['Hardware', 'Software', 'Documentation', 'News', 'Forums', 'Foundation', 'Contact us'];
const rpQuick = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'FAQ', 'Login', 'Register'];
const rpCrumbs = ['Home', 'Board index', 'Hardware and peripherals', 'Raspberry Pi 5'];
const rpCookie = "We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.";
const rpPost = (p: RpPost, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="${p.rank ? 'has-profile-rank ' : ''}no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id.slice(2)}" class="username">${p.user}</a></dt>
${p.rank ? `<dd class="profile-rank">${p.rank}<br /><img src="./images/ranks/rpi_engineer.png" alt="" title="" /></dd>` : ''}
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id.slice(2)}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first" ' : ''}><a
href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? rpTitle : `Re: ${rpTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote"
class="button button-icon-only"><i class="icon fa-quote-left fa-fw"
aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i>
<span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id.slice(2)}"
class="username">${p.user}</a>
</strong> » </span><time datetime="2025-03-04T18:12:03+00:00">${p.time}</time></p>
<div class="content">${p.html}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray"
aria-hidden="true"></i><span class="sr-only">Top</span></a></div>
</div></div><hr class="divider" />`;
const rpBar = (top: boolean): string => `<div class="action-bar bar-${top ? 'top' : 'bottom'}"><a href="./posting.php?mode=reply&amp;t=385123" class="button"
title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>${
  top
    ? `<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools"
class="button button-secondary dropdown-trigger dropdown-select">
<i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon fa-sort-down fa-fw"
aria-hidden="true"></i></span></span><div class="dropdown">
<ul class="dropdown-contents"><li><a href="./viewtopic.php?t=385123&amp;view=print" title="Print view"
accesskey="p"><i class="icon fa-print fa-fw"></i>Print view</a></li>
</ul></div></div><div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny"
type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…" /><button class="button button-search" type="submit"
title="Search">
<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button><a href="./search.php" class="button button-search-end"
title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a></fieldset></form></div>`
    : ''
}<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const rpHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1" />
<title>${rpTitle} - Raspberry Pi Forums</title><link rel="canonical" href="https://forums.raspberrypi.com/viewtopic.php?t=385123">
<link rel="alternate" type="application/atom+xml" title="Feed - Raspberry Pi Forums" href="/app.php/feed">
<link href="./assets/css/font-awesome.min.css?assets_version=412" rel="stylesheet"><link href="./styles/rpi/theme/stylesheet.css?assets_version=412"
rel="stylesheet">
<script src="https://assets.raspberrypi.example/global-nav/v3/global-nav.js" defer></script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="rpf-global-nav" class="rspi-global-nav"><a class="rspi-global-nav__logo"
href="https://www.raspberrypi.com/">
<img src="https://assets.raspberrypi.example/global-nav/logo.svg"
alt="Raspberry Pi"></a><ul class="rspi-global-nav__links">${links(rpGlobal, 'rspi-global-nav__item')}</ul></div>
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div id="page-header"><div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="https://www.raspberrypi.com"
title="Home"><span class="site_logo"></span></a>
<h1>Raspberry Pi Forums</h1><p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container
responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw"
aria-hidden="true"></i><span>${rpQuick[0]}</span></a>
<div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents" role="menu"><li class="separator"></li>
<li><a href="./search.php?search_id=unanswered" role="menuitem"><span>${rpQuick[1]}</span></a></li><li><a href="./search.php?search_id=active_topics"
role="menuitem">
<span>${rpQuick[2]}</span></a></li><li class="separator"></li><li><a href="./search.php" role="menuitem"><span>${rpQuick[3]}</span></a></li></ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions"
role="menuitem"><i class="icon fa-question-circle fa-fw"></i>
<span>${rpQuick[4]}</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">
<i class="icon fa-power-off fa-fw"></i><span>${rpQuick[5]}</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register"
role="menuitem">
<i class="icon fa-pencil-square-o fa-fw"></i><span>${rpQuick[6]}</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"
itemscope itemtype="https://schema.org/BreadcrumbList">
${rpCrumbs
  .map(
    (t, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}">
<span itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}" /></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=385123">${rpTitle}</a></h2>
${rpBar(true)}
${rpPosts.map(rpPost).join('\n')}
${rpBar(false)}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=158" class="left-box arrow-left"
accesskey="r"><i class="icon fa-angle-left fa-fw"></i>
<span>Return to “Raspberry Pi 5”</span></a></p><div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left
dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret"><i class="icon fa-sort-down
fa-fw"></i></span>
</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: Bing [Bot], Google [Bot] and 27 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="https://www.raspberrypi.com"><span>Home</span></a></span><span class="crumb"><a
href="./index.php"><span>Board index</span></a>
</span></li><li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem">
<span>Delete cookies</span></a></li><li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin"
role="menuitem"><span>Contact us</span></a>
</li></ul></div></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum
Software © phpBB
Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy"
role="menuitem"><span class="footer-link-text">Privacy</span>
</a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<div id="rpi-cookie-banner" class="c-cookie-banner" role="region"
aria-label="Cookies on Raspberry Pi"><h2>Cookies on Raspberry Pi</h2><p>${rpCookie.replace("'", '&#39;')}</p>
<button class="c-button" data-accept>Accept additional cookies</button><button class="c-button"
data-reject>Reject additional cookies</button><a href="/cookies">View cookies</a></div>
<script src="./assets/javascript/core.js?assets_version=412"></script></body></html>`;
export const raspberryTopic: TestPage = {
  html: rpHtml,
  name: 'heldout146-raspberry-pi-forums-topic',
  kind: 'forum',
  // every post is body; code boxes and the quote (with its cite) are in neither list; usernames and post times are
  // bylines; the "Re: ..." h3 subjects, ranks, Posts / Joined, the signature, "Top", action bars, navigation, "Who is
  // online", footer and cookie banner are furniture; the board's h1 is the site name
  title: rpTitle,
  headings: [],
  body: texts(rpPosts.flatMap((p) => p.paras)),
  bylines: ['harbourlight', 'dvalenko', 'jem.halliday', ...rpPosts.map((p) => p.time)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rpGlobal, 'Raspberry Pi Forums', 'Skip to content', ...rpQuick, ...rpCrumbs, 'Post Reply', 'Print view', 'Advanced search',
    '5 posts • Page 1 of 1', 'Raspberry Pi Engineer & Forum Moderator', 'Posts:', ...[...new Set(rpPosts.flatMap((p) => [p.posts, `Joined: ${p.joined}`]))],
    `Re:
${rpTitle}`, 'Quote', 'Post', 'Code:', 'Select all', 'Top', 'Please use code tags when posting logs. It makes them far easier to read.',
    'Return to “Raspberry Pi 5”',
    'Jump to', 'Who is online', 'Users browsing this forum: Bing [Bot], Google [Bot] and 27 guests', 'All times are UTC', 'Delete cookies',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms', 'Cookies on Raspberry Pi', rpCookie, 'Accept additional cookies',
    'Reject additional cookies', 'View cookies',
  ],
};
