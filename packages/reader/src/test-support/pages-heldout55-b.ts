import { type TestPage, texts } from './page-kit.js';
import { smfTopic } from './pages-heldout55-b2.js';

/**
 * Held-out batch 55, file b: a topic on a phpBB 3.0 board with the prosilver style (the headerbar with site name, description
 * and search box, the navbar with breadcrumbs, font size, print view, FAQ, Register, Login, the topic title, "Post a reply" and
 * the topic search, "4 posts • Page 1 of 1", four posts each with its subject, "by NAME » DATE" line, content with `<br />`
 * breaks and no new lines, code boxes with "Code: Select all", a quote, an edit notice, a signature and the profile column
 * (rank, posts, joined, location), the display options form, "Return to", the jump box, "Who is online", the footer navbar,
 * the copyright line and a cookie-consent bar added by a script).
 */
const bbTitle = '[Solved] Pi 4 stopped booting from USB SSD after kernel update';
const bbSubj = 'Pi 4 stopped booting from USB SSD after kernel update';
const bbP1 = [
  "My Pi 4 (4GB) has been booting from a USB SSD in a cheap SATA enclosure for over a year without problems. After last night's apt full-upgrade " +
    'it gets as far as the rainbow screen and the kernel messages, then sits there waiting for the root partition.',
  'With the SD card back in and the SSD plugged in as a second drive, this is what dmesg shows as soon as I copy anything large to it:',
];
const bbCode1 = [
  '[&nbsp; 112.804311] sd 0:0:0:0: [sda] tag#2 uas_eh_abort_handler 0 uas-tag 3 inflight: CMD OUT',
  '[&nbsp; 112.804322] sd 0:0:0:0: [sda] tag#2 CDB: Write(10) 2a 00 01 3c 88 00 00 04 00 00',
  '[&nbsp; 112.820154] scsi host0: uas_eh_device_reset_handler start',
  '[&nbsp; 112.971208] usb 2-1: reset SuperSpeed Gen 1 USB device number 2 using xhci_hcd',
];
const bbP1b = ['Same enclosure, same cable, same power supply as before. Anything else I should check before buying a new one?'];
const bbP2 = [
  "Those uas_eh_abort_handler lines are the classic sign of an enclosure whose UAS implementation the kernel doesn't get on with. The newer kernel " +
    'has probably just stopped tolerating it. The usual fix is to tell the kernel to use plain usb-storage for that device instead of UAS.',
  'Find the vendor and product ID with lsusb, then add a quirk to the start of cmdline.txt, keeping everything on one line:',
];
const bbCode2 = 'usb-storage.quirks=152d:0578:u console=serial0,115200 console=tty1 root=PARTUUID=6c586e13-02 rootfstype=ext4 fsck.repair=yes rootwait';
const bbP2b = [
  "Your IDs will almost certainly differ from mine. The u at the end means ignore UAS. It costs a little speed but you won't notice it on a Pi 4.",
];
const bbQuote = 'The u at the end means ignore UAS.';
const bbP3 = [
  'That was it. lsusb shows a JMicron bridge, and with the quirk added it has now survived copying 40 GB and three reboots. Write speed dropped from ' +
    'about 290 MB/s to 240 MB/s, which I can live with.',
  'Marking this as solved. Thanks for the quick answer.',
];
const bbP4 = [
  'Same thing here with a different enclosure after the same update, also a JMicron chip, and adding the quirk fixed it for me too. Worth knowing ' +
    'that some of these bridges have firmware updates from the enclosure maker that fix UAS properly, so check their support page before giving ' +
    'up the speed.',
];
const bbEdit = 'Last edited by kvanderlinde on Tue Oct 07, 2025 8:07 pm, edited 1 time in total.';
const bbSig = 'Please read the forum rules before posting. No PMs for support: ask in the open so everyone benefits.';
interface BbUser {
  name: string;
  id: number;
  rank?: string;
  posts: string;
  joined: string;
  loc?: string;
  colour?: string;
}
const kv: BbUser = { name: 'kvanderlinde', id: 9021, posts: '37', joined: 'Sat Mar 12, 2022 9:40 am', loc: 'Ghent' };
const dave: BbUser = {
  name: 'dtoverlay_dave',
  id: 212,
  rank: 'Forum Moderator',
  posts: '4812',
  joined: 'Thu Jun 06, 2013 10:15 pm',
  loc: 'Sheffield',
  colour: '00AA00',
};
const jonas: BbUser = { name: 'jonas_h', id: 11873, posts: '9', joined: 'Mon Aug 18, 2025 7:22 am' };
const codebox = (lines: string): string =>
  `<dl class="codebox"><dt>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></dt><dd><code>${lines}</code></dd></dl>`;
interface BbPost {
  id: number;
  bg: 1 | 2;
  u: BbUser;
  subject: string;
  date: string;
  content: string;
  edit?: string;
  sig?: string;
}
const prof = (u: BbUser): string => `./memberlist.php?mode=viewprofile&amp;u=${u.id}`;
const uname = (u: BbUser): string =>
  u.colour ? `<a href="${prof(u)}" style="color: #${u.colour};" class="username-coloured">${u.name}</a>` : `<a href="${prof(u)}">${u.name}</a>`;
const bbPost = (p: BbPost, i: number): string => `<div id="p${p.id}" class="post bg${p.bg}">
<div class="inner"><span class="corners-top"><span></span></span>
<div class="postbody">
<h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${p.subject}</a></h3>
<p class="author"><a href="./viewtopic.php?p=${p.id}#p${p.id}"><img src="./styles/prosilver/imageset/icon_post_target.gif" width="11" height="9" alt="Post"
 title="Post" /></a>by <strong>${uname(p.u)}</strong> &raquo; ${p.date} </p>
<div class="content">${p.content}</div>
${p.edit ? `<div class="notice">${p.edit.replace('kvanderlinde', uname(kv))}</div>` : ''}${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}
</div>
<dl class="postprofile" id="profile${p.id}">
<dt><a href="${prof(p.u)}"><img src="./download/file.php?avatar=${p.u.id}_1690.png" width="90" height="90" alt="User avatar" /></a><br />
${uname(p.u)}</dt>
<dd>${p.u.rank ? `${p.u.rank}<br /><img src="./images/ranks/mod.gif" alt="${p.u.rank}" title="${p.u.rank}" />` : '&nbsp;'}</dd>
<dd><strong>Posts:</strong> <a href="./search.php?author_id=${p.u.id}&amp;sr=posts">${p.u.posts}</a></dd><dd><strong>Joined:</strong> ${p.u.joined}</dd>
${p.u.loc ? `<dd><strong>Location:</strong> ${p.u.loc}</dd>` : ''}
</dl>
<div class="back2top"><a href="#wrap" class="top" title="Top">Top</a></div>
<span class="corners-bottom"><span></span></span></div>
</div>
<hr class="divider" />`;
const bbPosts: BbPost[] = [
  {
    id: 187311,
    bg: 2,
    u: kv,
    subject: bbTitle,
    date: 'Tue Oct 07, 2025 6:12 pm',
    content: `${bbP1.join('<br /><br />')}<br /><br />${codebox(bbCode1.join('<br />'))}<br />${bbP1b[0]}`,
    edit: bbEdit,
  },
  {
    id: 187318,
    bg: 1,
    u: dave,
    subject: `Re: ${bbSubj}`,
    date: 'Tue Oct 07, 2025 6:40 pm',
    content: `${bbP2.join('<br /><br />')}<br /><br />${codebox(bbCode2)}<br />${bbP2b[0]}`,
    sig: bbSig,
  },
  {
    id: 187333,
    bg: 2,
    u: kv,
    subject: `Re: ${bbSubj}`,
    date: 'Tue Oct 07, 2025 8:05 pm',
    content: `<blockquote><div><cite>dtoverlay_dave wrote:</cite>${bbQuote}</div></blockquote>${bbP3.join('<br /><br />')}`,
  },
  { id: 187402, bg: 1, u: jonas, subject: `Re: ${bbTitle}`, date: 'Wed Oct 08, 2025 9:31 am', content: bbP4[0]! },
];
const bbJump = ['Announcements', 'General discussion', 'Hardware', 'Power and cooling', 'Storage and booting', 'Software', 'Projects'];
const bbShow = ['All posts', '1 day', '7 days', '2 weeks', '1 month', '3 months', '6 months', '1 year'];
const bbActions = `<div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply&amp;f=28&amp;t=41207"
 title="Post a reply"><span></span>Post a reply</a></div></div>
[SEARCH]<div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>`;
const bbSearch = `<div class="search-box"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny" type="text"
 name="keywords" id="search_keywords" size="20" value="Search this topic…" onclick="if(this.value=='Search this topic…')this.value='';"
 onblur="if(this.value=='')this.value='Search this topic…';" /> <input class="button2" type="submit" value="Search" /><input type="hidden" value="41207"
 name="t" />
<input type="hidden" value="msgonly" name="sf" /></fieldset></form></div>`;
const bbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-gb" xml:lang="en-gb">
<head><meta http-equiv="content-type" content="text/html; charset=UTF-8" /><meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-language" content="en-gb" /><meta http-equiv="imagetoolbar" content="no" /><meta name="resource-type" content="document" />
<meta name="distribution" content="global" /><meta name="keywords" content="" /><meta name="description" content="" />
<title>Berry Bench &bull; View topic - ${bbTitle}</title>
<link rel="alternate" type="application/atom+xml" title="Feed - Berry Bench" href="https://forum.berrybench.example/feed.php" />
<script type="text/javascript">// <![CDATA[
var jump_page = 'Enter the page number you wish to go to:'; var on_page = '1'; var per_page = ''; var base_url = '';
var style_cookie = 'phpBBstyle'; var style_cookie_settings = '; path=/; domain=.berrybench.example'; var onload_functions = new Array();
var onunload_functions = new Array();
function popup(url, width, height, name) { if (!name) { name = '_popup'; } window.open(url.replace(/&amp;/g, '&'), name, 'height=' + height +
 ',resizable=yes,scrollbars=yes,width=' + width); return false; }
// ]]></script>
<script type="text/javascript" src="./styles/prosilver/template/styleswitcher.js"></script>
<script type="text/javascript" src="./styles/prosilver/template/forum_fn.js"></script>
<link href="./styles/prosilver/theme/print.css" rel="stylesheet" type="text/css" media="print" title="printonly" />
<link href="./style.php?id=1&amp;lang=en" rel="stylesheet" type="text/css" media="screen, projection" />
<link href="./styles/prosilver/theme/normal.css" rel="stylesheet" type="text/css" title="A" />
<link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/npm/cookieconsent@3/build/cookieconsent.min.css" /></head>
<body id="phpbb" class="section-viewtopic ltr">
<div id="wrap"><a id="top" name="top" accesskey="t"></a>
<div id="page-header"><div class="headerbar"><div class="inner"><span class="corners-top"><span></span></span>
<div id="site-description"><a href="./index.php" title="Board index" id="logo"><img src="./styles/prosilver/imageset/site_logo.gif" width="139"
 height="52" alt="" title="" /></a><h1>Berry Bench</h1><p>Help and projects for single-board computer tinkerers</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="text" maxlength="128"
 title="Search for keywords" class="inputbox search" value="Search…" onclick="if(this.value=='Search…')this.value='';"
 onblur="if(this.value=='')this.value='Search…';" /> <input class="button2" value="Search" type="submit" /><br />
<a href="./search.php" title="View the advanced search options">Advanced search</a> </fieldset></form></div>
<span class="corners-bottom"><span></span></span></div></div>
<div class="navbar"><div class="inner"><span class="corners-top"><span></span></span>
<ul class="linklist navlinks"><li class="icon-home"><a href="./index.php" accesskey="h">Board index</a> <strong>&#8249;</strong> <a
 href="./viewforum.php?f=3">Hardware</a>
 <strong>&#8249;</strong> <a href="./viewforum.php?f=28">Storage and booting</a></li>
<li class="rightside"><a href="#" onclick="fontsizeup(); return false;" onkeypress="return fontsizeup(event);" class="fontsize"
 title="Change font size">Change font size</a></li>
<li class="rightside"><a href="./viewtopic.php?f=28&amp;t=41207&amp;view=print" title="Print view" accesskey="p" class="print">Print view</a></li></ul>
<ul class="linklist rightside"><li class="icon-faq"><a href="./faq.php" title="Frequently Asked Questions">FAQ</a></li>
<li class="icon-register"><a href="./ucp.php?mode=register">Register</a></li><li class="icon-logout"><a href="./ucp.php?mode=login" title="Login"
 accesskey="x">Login</a></li></ul>
<span class="corners-bottom"><span></span></span></div></div></div>
<a name="start_here"></a>
<div id="page-body">
<h2><a href="./viewtopic.php?f=28&amp;t=41207">${bbTitle}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">Booting from USB, NVMe and network; SD card corruption; partition layouts.<br /></div>
${bbActions.replace('[SEARCH]', bbSearch)}
<div class="clear"></div>
${bbPosts.map(bbPost).join('\n')}
<form id="viewtopic" method="post" action="./viewtopic.php?f=28&amp;t=41207"><fieldset class="display-options" style="margin-top: 0; ">
<label>Display posts from previous: <select name="st" id="st">${bbShow
  .map(
    (o, i) => `<option
 value="${i}"${i === 0 ? ' selected="selected"' : ''}>${o}</option>`,
  )
  .join('')}</select></label>
<label>Sort by <select name="sk" id="sk"><option value="a">Author</option><option value="t" selected="selected">Post time</option><option
 value="s">Subject</option></select></label>
<label><select name="sd" id="sd"><option value="a" selected="selected">Ascending</option><option value="d">Descending</option></select>
<input type="submit" name="sort" value="Go" class="button2" /></label></fieldset></form>
<hr />
${bbActions.replace('[SEARCH]', '')}
<p></p><p><a href="./viewforum.php?f=28" class="left-box left" accesskey="r">Return to Storage and booting</a></p>
<form method="post" id="jumpbox" action="./viewforum.php" onsubmit="if(this.f.value == -1){return false;}"><fieldset class="jumpbox">
<label for="f" accesskey="j">Jump to:</label> <select name="f" id="f"
 onchange="if(this.options[this.selectedIndex].value != -1){ document.forms['jumpbox'].submit() }">
<option value="-1">Select a forum</option><option value="-1">------------------</option>
${bbJump.map((f, i) => `<option value="${i + 1}">${i === 3 || i === 4 ? '&nbsp; &nbsp;' : ''}${f}</option>`).join('\n')}
</select> <input type="submit" value="Go" class="button2" /></fieldset></form>
<h3>Who is online</h3><p>Users browsing this forum: <span style="color: #9E8DA7;" class="username-coloured">Bing [Bot]</span>,
 <span style="color: #9E8DA7;" class="username-coloured">Google [Bot]</span> and 6 guests</p>
</div>
<div id="page-footer"><div class="navbar"><div class="inner"><span class="corners-top"><span></span></span>
<ul class="linklist"><li class="icon-home"><a href="./index.php" accesskey="h">Board index</a></li>
<li class="rightside"><a href="./memberlist.php?mode=leaders">The team</a> &bull; <a href="./ucp.php?mode=delete_cookies">Delete all board cookies</a>
 &bull; All times are UTC + 1 hour [ <abbr title="Daylight Saving Time">DST</abbr> ]</li></ul>
<span class="corners-bottom"><span></span></span></div></div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Group</div></div></div>
<div><a id="bottom" name="bottom" accesskey="z"></a><img src="./cron.php?cron_type=tidy_search" width="1" height="1" alt="cron" /></div>
<script src="https://cdn.jsdelivr.net/npm/cookieconsent@3/build/cookieconsent.min.js"></script>
<script>window.cookieconsent.initialise({ palette: { popup: { background: "#12a3eb" }, button: { background: "#fff" } }, content: { message:
 "This board uses cookies to keep you logged in and to count visits.", dismiss: "Got it!", link: "Learn more", href: "./ucp.php?mode=privacy" } });</script>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block
 cc-bottom"><span id="cookieconsent:desc" class="cc-message">This board uses cookies to keep you logged in and to count visits. <a aria-label="learn more about
 cookies" role="button" tabindex="0" class="cc-link" href="./ucp.php?mode=privacy" target="_blank">Learn more</a></span><div class="cc-compliance"><a
 aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">Got it!</a></div></div>
</body></html>`;
export const phpbbTopic: TestPage = {
  html: bbHtml,
  name: 'heldout55-phpbb3-prosilver-topic',
  kind: 'forum',
  // every post is body; the two code boxes are in neither list (code), their "Code:" and "Select all" labels are furniture; the quote in
  // post 3 with its "dtoverlay_dave wrote:" is in neither (it repeats post 2); the posts' subject lines ("Re: ...") are in neither: they
  // repeat the title; names, post dates and the "Last edited by" notice are bylines ("by" and "»" in neither); the rank, posts, joined,
  // location, "Top" links, the signature, the hidden forum description, the topic buttons, "4 posts" and the page count, the display
  // options, "Return to", the jump box, "Who is online", the header, navbar, footer and the cookie bar are furniture
  title: bbTitle,
  headings: [],
  body: texts([...bbP1, ...bbP1b, ...bbP2, ...bbP2b, ...bbP3, ...bbP4]),
  bylines: ['kvanderlinde', 'dtoverlay_dave', 'jonas_h', ...bbPosts.map((p) => p.date), bbEdit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Berry Bench', 'Help and projects for single-board computer tinkerers', 'Skip to content', 'Advanced search', 'Board index', 'Hardware',
    'Storage and booting', 'Change font size', 'Print view', 'FAQ', 'Register', 'Login',
    'Booting from USB, NVMe and network; SD card corruption; partition layouts.', 'Post a reply', '4 posts', 'Page 1 of 1', 'Code:', 'Select all',
    'Forum Moderator', 'Posts:', 'Joined:', 'Location:', kv.joined, dave.joined, jonas.joined, kv.posts, dave.posts, jonas.posts, 'Ghent', 'Sheffield', 'Top',
    bbSig, 'Display posts from previous:', ...bbShow, 'Sort by', 'Author', 'Post time', 'Subject', 'Ascending', 'Descending', 'Return to Storage and booting',
    'Jump to:', 'Select a forum', '------------------', ...bbJump.filter((f) => f !== 'Hardware' && f !== 'Storage and booting'), 'Who is online',
    'Users browsing this forum:', 'Bing [Bot]', 'Google [Bot]', 'and 6 guests', 'The team', 'Delete all board cookies', 'All times are UTC + 1 hour', 'DST',
    'Powered by phpBB', 'Forum Software', 'phpBB Group', 'This board uses cookies to keep you logged in and to count visits.', 'Learn more', 'Got it!',
  ],
};

export const HELDOUT55_B: readonly TestPage[] = [phpbbTopic, smfTopic];
