import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 146, file b2: an Arch Linux forums (FluxBB 1.5) topic as a guest saves it (the archnavbar whose logo is an
 * h1, the FluxBB board header with its own h1, board menu and "You are not logged in.", the crumbs that end in the topic
 * title, "Pages: 1", six blockpost boxes whose h2 holds the post number and timestamp and whose h3 repeats the subject
 * ("Re: ..."), user cells with title, registration date and post count, a quotebox with its "wrote:" cite, code boxes, a
 * "Last edited by" line, "Offline" markers, the board footer with the "Jump to" forum select, the Atom feed link and
 * "Powered by FluxBB").
 */
const arTitle = '[SOLVED] Laptop will not resume from suspend since linux 6.13.4';
type ArPost = { id: string; user: string; title: string; reg: string; posts: string; time: string; html: string; paras: string[]; edit?: string };
const ar1 = [
  'Since the last system update my laptop (a Tessel 14 with a Ryzen 7 7840U) no longer resumes after I close the lid. The power LED ' +
    'pulses as usual, but opening the lid gives a black screen and I have to hold the power button.',
  'Before the update it had been fine for a year. The journal from the previous boot ends like this:',
  'I am on the stock <code>linux</code> package with GNOME on Wayland. Nothing in <code>/etc/systemd/sleep.conf</code> has been changed.',
];
const ar1Code = `Mar 04 17:41:09 tessel kernel: PM: suspend entry (s2idle)
Mar 04 17:41:10 tessel kernel: amdgpu 0000:c1:00.0: amdgpu: MES failed to respond to msg=SUSPEND
Mar 04 17:41:10 tessel kernel: amdgpu 0000:c1:00.0: amdgpu: failed to suspend gangs from MES`;
const ar2 = [
  'Install <code>linux-lts</code> and boot it once to see whether the problem follows the kernel. Also please post the output of the ' +
    'command below and the versions of <code>linux</code> and <code>linux-firmware</code> you have now.',
];
const ar2Code = 'cat /sys/power/mem_sleep; pacman -Q linux linux-firmware';
const ar3 = [
  'With <code>linux-lts</code> suspend and resume work every time, so it is the kernel or something it loads. The output on the normal ' +
    'kernel is <code>[s2idle]</code> with no deep option, and the versions are <code>linux 6.13.4.arch1-1</code> and ' +
    '<code>linux-firmware 20250210.5bc5868b-1</code>.',
];
const ar4 = [
  'That firmware is older than the kernel expects. 6.13 asks the GPU for a newer MES firmware interface, and the February firmware ' +
    'snapshot does not ship it, so the suspend message times out and the GPU never comes back.',
  'The fixed firmware is already in [core-testing]. You can either enable that repository for a day, or wait for it to move to ' +
    '[core], which usually takes less than a week. Until then booting <code>linux-lts</code> is the simplest way round it.',
  'Please do not downgrade only <code>linux-firmware</code> on its own, since that is a partial upgrade and tends to cause more trouble ' + 'than it fixes.',
];
const ar5 = [
  'linux-firmware 20250305 reached [core] this morning. Updated, rebooted, and the laptop has been through a dozen suspend cycles ' +
    'without a single black screen.',
  'Thanks jancik and Strix. Marking as solved.',
];
const ar6 = [
  'Thanks for reporting back and for marking the thread. For anyone who finds this later: other laptops with the same graphics ' +
    'generation were hit by the same mismatch, and the fix is the same firmware update.',
];
const arPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const arCode = (c: string): string => `<div class="codebox"><pre><code>${c}</code></pre></div>`;
const arPosts: ArPost[] = [
  {
    id: '2231201',
    user: 'quillfeather',
    title: 'Member',
    reg: '2021-06-12',
    posts: '87',
    time: '2025-03-04 18:03:11',
    paras: ar1,
    html: `${arPs(ar1.slice(0, 2))}\n${arCode(ar1Code)}\n${arPs(ar1.slice(2))}`,
  },
  {
    id: '2231214',
    user: 'Strix',
    title: 'Forum Moderator',
    reg: '2013-02-20',
    posts: '30,412',
    time: '2025-03-04 18:27:40',
    paras: ar2,
    html: `${arPs(ar2)}\n${arCode(ar2Code)}`,
  },
  { id: '2231250', user: 'quillfeather', title: 'Member', reg: '2021-06-12', posts: '87', time: '2025-03-04 19:10:02', paras: ar3, html: arPs(ar3) },
  {
    id: '2231302',
    user: 'jancik',
    title: 'Member',
    reg: '2016-09-03',
    posts: '1,208',
    time: '2025-03-04 21:55:47',
    paras: ar4,
    html: `<div class="quotebox"><cite>quillfeather wrote:</cite><blockquote><div><p>With <code>linux-lts</code>
suspend and resume work every time, so it is the
kernel or something it loads.</p></div></blockquote></div>\n${arPs(ar4)}`,
  },
  {
    id: '2231598',
    user: 'quillfeather',
    title: 'Member',
    reg: '2021-06-12',
    posts: '87',
    time: '2025-03-06 08:58:30',
    paras: ar5,
    html: arPs(ar5),
    edit: 'Last edited by quillfeather (2025-03-06 09:14:02)',
  },
  { id: '2231612', user: 'Strix', title: 'Forum Moderator', reg: '2013-02-20', posts: '30,412', time: '2025-03-06 09:40:15', paras: ar6, html: arPs(ar6) },
];
const arNav = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const arMenu = ['Index', 'Rules', 'Search', 'Register', 'Login'];
const arForums = ['Newbie Corner', 'Installation', 'Kernel & Hardware', 'Applications & Desktop Environments', 'Networking, Server, and Protection'];
const arPost = (p: ArPost, i: number): string => `<div id="p${p.id}" class="blockpost${i % 2 === 0 ? ' roweven' : ' rowodd'}${i === 0 ? ' firstpost' : ''}
blockpost${i + 1}"><h2><span><span class="conr">#${i + 1}</span>
<a href="viewtopic.php?pid=${p.id}#p${p.id}">${p.time}</a></span></h2><div class="box"><div class="inbox">
<div class="postbody"><div class="postleft"><dl><dt><strong><a href="profile.php?id=${p.id.slice(3)}">${p.user}</a></strong></dt><dd
class="usertitle"><strong>${p.title}</strong>
</dd><dd class="postavatar"><img src="https://bbs.archlinux.example/img/avatars/${p.id.slice(3)}.png" width="60" height="60" alt=""></dd>
<dd><span>Registered: ${p.reg}</span></dd><dd><span>Posts: ${p.posts}</span></dd></dl></div><div class="postright"><h3>${
  i === 0
    ? arTitle
    : `Re:
${arTitle}`
}</h3>
<div class="postmsg">${p.html}${p.edit ? `\n<p class="postedit"><em>${p.edit}</em></p>` : ''}</div></div></div></div>
<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Offline</span></p></div></div></div></div></div>`;
const arHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>${arTitle} / Kernel &amp; Hardware / Arch Linux Forums</title>
<link rel="stylesheet" type="text/css" href="style/ArchLinux.css" /><link rel="canonical" href="viewtopic.php?id=303456" title="Page 1" />
<link rel="alternate" type="application/atom+xml" href="extern.php?action=feed&amp;tid=303456&amp;type=atom" title="Atom topic feed" />
<link rel="stylesheet" media="screen" href="style/ArchLinux/arch.css?v=3" /><link rel="stylesheet" media="screen" href="style/ArchLinux/archnavbar.css?v=3" />
<link rel="shortcut icon" href="style/ArchLinux/favicon.ico" /></head>
<body><div id="archnavbar" class="anb-forum"><div id="archnavbarlogo"><h1><a href="https://archlinux.org/"
title="Return to the main page">Arch Linux</a></h1></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">${arNav
  .map(
    (t) => `<li id="anb-${t.toLowerCase()}"${t === 'Forums' ? ' class="anb-selected"' : ''}><a href="https://archlinux.org/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div id="punviewtopic" class="pun"><div class="top-box"></div><div class="punwrap"><div id="brdheader" class="block"><div class="box"><div id="brdtitle"
class="inbox">
<h1><a href="index.php">Arch Linux Forums</a></h1><div id="brddesc"></div></div><div id="brdmenu" class="inbox"><ul>
${arMenu
  .map(
    (t) => `<li id="nav${t.toLowerCase()}"${t === 'Index' ? ' class="isactive"' : ''}><a
href="${t.toLowerCase()}.php">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
<div id="brdwelcome" class="inbox"><p class="conl">You are not logged in.</p><ul class="conr"><li><span>Topics: <a href="search.php?action=show_recent"
title="Find topics with recent posts.">Active</a> | <a href="search.php?action=show_unanswered"
title="Find topics with no replies.">Unanswered</a></span></li></ul>
<div class="clearer"></div></div></div></div>
<div id="brdmain"><div class="linkst"><div class="inbox crumbsplus"><ul class="crumbs"><li><a href="index.php">Index</a></li>
<li><span>»&#160;</span><a href="viewforum.php?id=22">Kernel &amp; Hardware</a></li><li><span>»&#160;</span><strong><a
href="viewtopic.php?id=303456">${arTitle}</a>
</strong></li></ul><div class="pagepost"><p class="pagelink conl"><span class="pages-label">Pages: </span><strong class="item1">1</strong></p></div>
<div class="clearer"></div></div></div>
${arPosts.map(arPost).join('\n')}
<div class="postlinksb"><div class="inbox crumbsplus"><div class="pagepost"><p class="pagelink conl"><span class="pages-label">Pages: </span><strong
class="item1">1</strong>
</p></div><ul class="crumbs"><li><a href="index.php">Index</a></li><li><span>»&#160;</span><a href="viewforum.php?id=22">Kernel &amp; Hardware</a></li>
<li><span>»&#160;</span><strong><a href="viewtopic.php?id=303456">${arTitle}</a></strong></li></ul><div class="clearer"></div></div></div></div>
<div id="brdfooter" class="block"><h2><span>Board footer</span></h2><div class="box"><div id="brdfooternav" class="inbox"><div class="conl"><form id="qjump"
method="get"
action="viewforum.php"><div><label><span>Jump to<br /></span><select name="id"
onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
<optgroup label="Arch Linux Forums">${arForums
  .map(
    (t, i) => `<option
value="${20 + i}"${i === 2 ? ' selected="selected"' : ''}>${t.replace(/&/g, '&amp;')}</option>`,
  )
  .join('')}
</optgroup></select><input type="submit" value="Go" accesskey="g" /></label></div></form></div><div class="conr"><p id="feedlinks"><span class="atom">
<a href="extern.php?action=feed&amp;tid=303456&amp;type=atom">Atom topic feed</a></span></p><p id="poweredby">Powered by <a
href="http://fluxbb.org/">FluxBB</a></p>
</div><div class="clearer"></div></div></div></div></div><div class="end-box"></div></div></body></html>`;
export const archTopic: TestPage = {
  html: arHtml,
  name: 'heldout146-arch-linux-fluxbb-topic',
  kind: 'forum',
  // every post is body; the quotebox and code boxes are in neither list; names, post timestamps (in each post's h2) and
  // the "Last edited by" line are bylines; the "Re: ..." subject h3s, user titles, registration and post counts,
  // "Offline", crumbs, the board menu and footer are furniture; the archnavbar's "Arch Linux" h1 is the site logo
  title: arTitle,
  headings: [],
  body: texts(arPosts.flatMap((p) => p.paras)),
  bylines: ['quillfeather', 'Strix', 'jancik', ...arPosts.map((p) => p.time), 'Last edited by quillfeather (2025-03-06 09:14:02)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Arch Linux', ...arNav, 'Arch Linux Forums', ...arMenu, 'You are not logged in.', 'Topics:', 'Active', 'Unanswered', 'Kernel & Hardware', 'Pages:',
    ...arPosts.map((_, i) => `#${i + 1}`), 'Member', 'Forum Moderator', ...[...new Set(arPosts.flatMap((p) => [`Registered: ${p.reg}`, `Posts: ${p.posts}`]))],
    `Re: ${arTitle}`, 'Offline', 'Board footer', 'Jump to', ...arForums.filter((t) => t !== 'Kernel & Hardware'), 'Atom topic feed', 'Powered by FluxBB',
  ],
};
