import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 123, file d2: an Arch Linux forum thread on FluxBB (the archnavbar, the "Arch Linux Forums" board h1 with
 * its Index / Rules / Search / Register / Login menu, "You are not logged in.", "Topics: Active | Unanswered", the
 * breadcrumbs with the topic subject (the page has no topic h1), "Pages: 1", five posts each with an h2 holding its number
 * and timestamp, the user column (title, registration date, post count), the subject again as each post's h3 ("Re: ..." on
 * replies), code boxes, a quote box, a "Last edited by" line, a signature, "Offline", and the board footer with the jump
 * menu, "Atom topic feed" and "Powered by FluxBB").
 */
const arTitle = '[SOLVED] systemd-networkd loses IPv6 default route after resume';
type ArPost = { n: number; pid: string; user: string; rank: string; reg: string; posts: string; time: string; html: string; edit?: string; sig?: string };
const arP1 = [
  'Since a few weeks my laptop comes back from suspend with working IPv4 but no IPv6 connectivity. <code>ip -6 addr</code> still shows ' +
    'the global address, but the default route via the router is gone, so anything that prefers IPv6 hangs until it falls back.',
  'Restarting systemd-networkd fixes it every time, so I have been living with a hook that does exactly that, but I would like to ' +
    'understand what is going on. Setup is a plain wired connection, no NetworkManager, fully updated as of today.',
  'My .network file:',
];
const arP2 = [
  'Please post the journal for systemd-networkd around a suspend and resume, not just the status. Something like ' +
    '<code>journalctl -b -u systemd-networkd --since "-10min"</code> right after it happens.',
  'Also, does your router send router advertisements on a short interval, or only when asked?',
];
const arP3 = [
  'Here you go, suspended at 08:41 and resumed at 08:57:',
  'No idea about the router interval, it is the box from my ISP and the web interface does not show anything about RAs.',
];
const arQuote = 'eth0: Lost carrier \u2026 eth0: Gained carrier \u2026 eth0: DHCPv4 address 192.168.1.34/24, gateway 192.168.1.1';
const arP4 = [
  'That explains it. On carrier loss networkd drops the dynamic configuration, including the route it learned from the last router ' +
    'advertisement. After resume it gets DHCPv4 back straight away, but the IPv6 route only returns with the next unsolicited RA, ' +
    'and some ISP routers only send those every 30 minutes or so.',
  'Two options. Either keep the dynamic configuration over short carrier losses:',
  'or make sure networkd solicits an RA when the link comes back, which it should do by default unless something disables it. ' +
    'Check that you do not have <code>IPv6AcceptRA=no</code> in a drop-in somewhere, for example from an old guide; ' +
    '<code>networkctl cat eth0</code> shows everything that applies.',
];
const arP5 = [
  'Found it: there was a drop-in in /etc/systemd/network/20-wired.network.d/ left over from when I was testing a static setup, with ' +
    '<code>IPv6AcceptRA=no</code> in it. Removed it, and the route now comes back within a second of resume. I also added the ' +
    '<code>KeepConfiguration</code> line for good measure.',
  'Thanks to both of you. Marking as solved.',
];
const arCode = (body: string): string => `<div class="codebox"><pre><code>${body}</code></pre></div>`;
const arPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const arPosts: ArPost[] = [
  {
    n: 1,
    pid: '2261840',
    user: 'quillon',
    rank: 'Member',
    reg: 'Registered: 2021-03-14',
    posts: 'Posts: 212',
    time: '2025-11-02 21:14:07',
    html: `${arPs(arP1)}\n${arCode('[Match]\nName=eth0\n\n[Network]\nDHCP=yes')}`,
    edit: 'Last edited by quillon (2025-11-04 08:02:51)',
  },
  {
    n: 2,
    pid: '2261852',
    user: 'hexagrid',
    rank: 'Member',
    reg: 'Registered: 2016-09-02',
    posts: 'Posts: 4,876',
    time: '2025-11-02 21:40:33',
    html: arPs(arP2),
    sig: 'Please mark your thread as [SOLVED] by editing the subject of the first post once it is.',
  },
  {
    n: 3,
    pid: '2261915',
    user: 'quillon',
    rank: 'Member',
    reg: 'Registered: 2021-03-14',
    posts: 'Posts: 212',
    time: '2025-11-03 09:05:12',
    html: `${arPs(arP3.slice(0, 1))}
${arCode(`Nov 03 08:41:02 thinkpad systemd-networkd[412]: eth0: Lost carrier
Nov 03 08:57:19 thinkpad systemd-networkd[412]: eth0: Gained carrier
Nov 03 08:57:20 thinkpad systemd-networkd[412]: eth0: DHCPv4 address 192.168.1.34/24, gateway 192.168.1.1 acquired from 192.168.1.1`)}
${arPs(arP3.slice(1))}`,
  },
  {
    n: 4,
    pid: '2261941',
    user: 'mirel',
    rank: 'Moderator',
    reg: 'Registered: 2012-05-21',
    posts: 'Posts: 19,330',
    time: '2025-11-03 10:22:48',
    html: `<div class="quotebox"><cite>quillon wrote:</cite><blockquote><div><p>${arQuote}</p></div></blockquote></div>
${arPs(arP4.slice(0, 2))}
${arCode('[Network]\nDHCP=yes\nKeepConfiguration=dynamic-on-stop')}
${arPs(arP4.slice(2))}`,
  },
  {
    n: 5,
    pid: '2262307',
    user: 'quillon',
    rank: 'Member',
    reg: 'Registered: 2021-03-14',
    posts: 'Posts: 212',
    time: '2025-11-04 08:04:36',
    html: arPs(arP5),
  },
];
const arPost = (p: ArPost): string => `<div id="p${p.pid}" class="blockpost ${p.n % 2 ? 'rowodd' : 'roweven'}${p.n === 1 ? ' firstpost' : ''} blockpost${p.n}">
<h2><span><span class="conr">#${p.n}</span> <a href="viewtopic.php?pid=${p.pid}#p${p.pid}">${p.time}</a></span></h2>
<div class="box"><div class="inbox"><div class="postbody"><div class="postleft"><dl><dt><strong>${p.user}</strong></dt>
<dd class="usertitle"><strong>${p.rank}</strong></dd><dd><span>${p.reg}</span></dd><dd><span>${p.posts}</span></dd></dl></div>
<div class="postright"><h3>${p.n === 1 ? '' : 'Re: '}${arTitle}</h3><div class="postmsg">
${p.html}
${p.edit ? `<p class="postedit"><em>${p.edit}</em></p>` : ''}</div>
${p.sig ? `<div class="postsignature postmsg"><hr /><p>${p.sig}</p></div>` : ''}</div></div></div>
<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Offline</span></p></div></div></div></div></div>`;
const arNav = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const arMenu = ['Index', 'Rules', 'Search', 'Register', 'Login'];
const arForum = 'Networking, Server, and Protection';
const arJump = [
  'Newbie Corner',
  'Installation',
  'Kernel & Hardware',
  'Applications & Desktop Environments',
  'Laptop Issues',
  arForum,
  'Multimedia and Games',
  'Arch Discussion',
  'Pacman & Package Upgrade Issues',
  'AUR Issues, Discussion & PKGBUILD Requests',
  'Off-Topic',
];
const arCrumbs = `<ul class="crumbs"><li><a href="index.php">Index</a></li><li><span>\u00bb&#160;</span><a href="viewforum.php?id=31">${arForum}</a></li>
<li><span>\u00bb&#160;</span><strong><a href="viewtopic.php?id=309876">${arTitle}</a></strong></li></ul>`;
const arPages = '<div class="pagepost"><p class="pagelink conl"><span class="pages-label">Pages: </span><strong class="item1">1</strong></p></div>';
const arHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>${arTitle} / ${arForum} / Arch Linux Forums</title>
<link rel="stylesheet" type="text/css" href="style/ArchLinux.css" />
<link rel="canonical" href="viewtopic.php?id=309876" title="Page 1" />
<link rel="alternate" type="application/atom+xml" href="extern.php?action=feed&amp;tid=309876&amp;type=atom" title="Atom topic feed" />
<link rel="shortcut icon" href="style/ArchLinux/favicon.ico" />
</head>
<body>
<div id="archnavbar" class="anb-forum"><div id="archnavbarlogo"><h1><a href="http://archlinux.org/" title="Return to the main page">Arch Linux</a></h1></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">
${arNav.map((t) => `<li id="anb-${t.toLowerCase()}"><a href="https://${t.toLowerCase()}.archlinux.org/" title="${t}">${t}</a></li>`).join('\n')}
</ul></div></div>
<div id="punviewtopic" class="pun"><div class="top-box"></div><div class="punwrap">
<div id="brdheader" class="block"><div class="box"><div id="brdtitle" class="inbox"><h1><a href="index.php">Arch Linux Forums</a></h1><div
id="brddesc"></div></div>
<div id="brdmenu" class="inbox"><ul>
${arMenu.map((t, i) => `<li id="nav${t.toLowerCase()}"${i === 0 ? ' class="isactive"' : ''}><a href="${t.toLowerCase()}.php">${t}</a></li>`).join('\n')}
</ul></div><div id="brdwelcome" class="inbox"><p class="conl">You are not logged in.</p><ul class="conr"><li><span>Topics: <a
href="search.php?action=show_recent"
title="Find topics with recent posts.">Active</a> | <a href="search.php?action=show_unanswered"
title="Find topics with no replies.">Unanswered</a></span></li></ul>
<div class="clearer"></div></div></div></div>
<div id="brdmain">
<div class="linkst"><div class="inbox crumbsplus">${arCrumbs}${arPages}<div class="clearer"></div></div></div>
${arPosts.map(arPost).join('\n')}
<div class="postlinksb"><div class="inbox crumbsplus">${arPages}${arCrumbs}<div class="clearer"></div></div></div>
</div>
<div id="brdfooter" class="block"><h2><span>Board footer</span></h2><div class="box"><div id="brdfooternav" class="inbox"><div class="conl">
<form id="qjump" method="get" action="viewforum.php"><div><label><span>Jump to<br /></span><select name="id"
onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
${arJump.map((t, i) => `<option value="${i + 20}"${t === arForum ? ' selected="selected"' : ''}>${t.replace(/&/g, '&amp;')}</option>`).join('\n')}
</select><input type="submit" value=" Go " accesskey="g" /></label></div></form></div>
<div class="conr"><p id="feedlinks"><span class="atom"><a href="extern.php?action=feed&amp;tid=309876&amp;type=atom">Atom topic feed</a></span></p>
<p id="poweredby">Powered by <a href="https://fluxbb.org/">FluxBB</a></p></div><div class="clearer"></div></div></div></div>
</div><div class="end-box"></div></div>
<script type="text/javascript" src="style/ArchLinux/js/keyboard.js"></script>
</body>
</html>`;
export const archThread: TestPage = {
  html: arHtml,
  name: 'heldout123-arch-linux-fluxbb-forum',
  kind: 'forum',
  // the topic subject (shown in the breadcrumbs and as post 1's h3; there is no topic h1) is the title; every post is
  // body; user names, post timestamps and the "Last edited by" line are bylines; the quote box in post 4 (with its "quillon
  // wrote:" cite) and code boxes are in neither list; the replies' "Re: ..." h3s, user titles, registration dates, post
  // counts, the signature, "Offline" and the post numbers are furniture
  title: arTitle,
  headings: [],
  body: texts([...arP1, ...arP2, ...arP3, ...arP4, ...arP5]),
  bylines: [...new Set(arPosts.flatMap((p) => [p.user, p.time, ...(p.edit ? [p.edit] : [])]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Arch Linux', ...arNav, 'Arch Linux Forums', ...arMenu, 'You are not logged in.', 'Topics: Active | Unanswered', arForum, 'Pages: 1',
    ...arPosts.flatMap((p) => [`#${p.n}`, p.rank, p.reg, p.posts, ...(p.sig ? [p.sig] : [])]), `Re: ${arTitle}`, 'Offline', 'Board footer', 'Jump to',
    ...arJump, 'Atom topic feed', 'Powered by FluxBB',
  ])],
};
