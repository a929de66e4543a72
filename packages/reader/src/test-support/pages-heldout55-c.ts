import { links, type TestPage, texts } from './page-kit.js';
import { mbinThread } from './pages-heldout55-c2.js';

/**
 * Held-out batch 55, file c: a topic on a PunBB 1.4 board (the skip link, board title and description, the nav list, "You are
 * not logged in.", the board announcement, the topic title as an h1 permalink, crumbs top and bottom, the paging and posting
 * lines, "RSS topic feed" and "Posts [ 5 ]", five posts each with its number, "Topic by" or "Reply by" line and permalink date,
 * the author block (title, status, from, registered, posts), an h4 subject, the text in `<p>` elements, a quote box, a list,
 * a "Last edited by" line, signatures and e-mail/website links, the quick jump, the powered-by line and the query time).
 */
const pbTitle = 'Laser collimated but stars still look like seagulls';
const pbP1 = [
  "I've had my 200mm f/6 Dobsonian for three winters and I've always collimated it with a cheap laser. Everything lines up, the dot lands in the " +
    "centre ring every time, but at high power the stars are never sharp. Out of focus the rings look lopsided, and in focus there's a little flare " +
    'off to one side, like a seagull.',
  "Seeing was decent on Friday and Jupiter was soft at 200x, while a friend's 150mm refractor set up next to it was crisp. Is my mirror bad, or is " +
    'the laser lying to me?',
];
const pbP2 = [
  "Nine times out of ten it's the laser. Cheap ones are often not collimated themselves, so the beam leaves at a slight angle and everything looks " +
    'perfect when it isn’t. Put the laser in a V-block, or just roll it in the focuser while watching the dot on the primary. If the dot draws a ' +
    'circle, the laser needs adjusting before you trust it.',
  'Even with a good laser, do the final check on a star. Pick one high up, defocus slightly at high power and tweak the primary until the rings ' +
    'are concentric. When I help people at the club I work in this order:',
];
const pbList = [
  'Centre the secondary under the focuser with a sight tube.',
  'Use the laser for the primary tilt only.',
  'Finish with a star test at 200x or more.',
];
const pbQuote = 'If the dot draws a circle, the laser needs adjusting before you trust it.';
const pbP3 = [
  'It draws a circle about the size of a five pence coin on the primary, so that explains a lot. There are three tiny grub screws under the front ' +
    "cap, so I'll have a go at fixing it tonight.",
];
const pbP4 = [
  "Also check the primary isn't pinched in its cell. A mirror clip that's too tight will give you exactly that seagull shape on every star, no " +
    'matter how well you collimate. Back the clips off until you can slide a sheet of paper under them.',
];
const pbP5 = [
  'Laser fixed, clips loosened a quarter turn, and a proper star test last night. Jupiter finally showed the festoons along the equatorial belt. ' +
    'Thank you both.',
];
const pbEdit = 'Last edited by Fergus McCall (2025-11-03 08:02:44)';
interface PbUser {
  name: string;
  id: number;
  title: string;
  from: string;
  reg: string;
  posts: string;
  sig?: string;
  web?: boolean;
}
const fergus: PbUser = {
  name: 'Fergus McCall',
  id: 57,
  title: 'Member',
  from: 'Moffat',
  reg: '2021-02-14',
  posts: '143',
  sig: '200mm f/6 Dob, 10x50s and a flask of tea.',
};
const isla: PbUser = {
  name: 'Isla Baird',
  id: 4,
  title: 'Moderator',
  from: 'Peebles',
  reg: '2014-09-03',
  posts: '2,008',
  sig: 'Observing sessions: first Saturday after new moon, Broad Law car park.',
  web: true,
};
const nightjar: PbUser = { name: 'nightjar', id: 311, title: 'Member', from: 'Biggar', reg: '2023-06-30', posts: '37' };
interface PbPost {
  id: number;
  n: number;
  u: PbUser;
  date: string;
  body: string;
  edit?: string;
}
const url = 'https://forum.darkskiescircle.example';
const pp = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const pbPost = (
  p: PbPost,
): string => `<div class="post ${p.n % 2 === 1 ? 'odd' : 'even'}${p.n === 1 ? ' firstpost topicpost' : ' replypost'}${p.n === 5 ? ' lastpost' : ''}">
<div id="p${p.id}" class="posthead"><h3 class="hn post-ident"><span class="post-num">${p.n}</span> <span
 class="post-byline"><span>${p.n === 1 ? 'Topic' : 'Reply'} by </span><a
 title="Go to ${p.u.name}'s profile" href="${url}/profile.php?id=${p.u.id}">${p.u.name}</a></span> <span class="post-link"><a class="permalink" rel="bookmark"
 title="Permanent link to this post" href="${url}/viewtopic.php?pid=${p.id}#p${p.id}">${p.date}</a></span></h3></div>
<div class="postbody online"><div class="post-author"><ul class="author-ident"><li class="useravatar"><img src="${url}/img/avatars/${p.u.id}.png" width="60"
 height="60" alt="" /></li>
<li class="username"><a title="Go to ${p.u.name}'s profile" href="${url}/profile.php?id=${p.u.id}">${p.u.name}</a></li>
<li class="usertitle"><span>${p.u.title}</span></li><li class="userstatus"><span>Offline</span></li></ul>
<ul class="author-info"><li><span>From: <strong>${p.u.from}</strong></span></li><li><span>Registered: <strong>${p.u.reg}</strong></span></li>
<li><span>Posts: <strong>${p.u.posts}</strong></span></li></ul></div>
<div class="post-entry"><h4 id="pc${p.id}" class="entry-title hn">${p.n === 1 ? '' : 'Re: '}${pbTitle}</h4><div class="entry-content">
${p.body}
${p.edit ? `<p class="lastedit"><em>${p.edit}</em></p>` : ''}
${p.u.sig ? `<div class="sig-content"><span class="sig-line"><!-- --></span>${p.u.sig}</div>` : ''}
</div></div></div>
<div class="postfoot"><div class="post-options"><p class="post-contacts"><span class="user-email first-item"><a
 href="${url}/misc.php?email=${p.u.id}">E-mail</a></span>
${p.u.web ? `<span class="user-url"><a class="external" href="https://isla-observes.example/">Website</a></span>` : ''}</p></div></div>
</div>`;
const pbQ = `<div class="quotebox"><cite>Isla Baird wrote:</cite><blockquote><p>${pbQuote}</p></blockquote></div>`;
const pbPosts: PbPost[] = [
  { id: 10421, n: 1, u: fergus, date: '2025-11-02 21:37:05', body: pp(pbP1) },
  { id: 10423, n: 2, u: isla, date: '2025-11-02 22:10:48', body: `${pp(pbP2)}\n<ul>${pbList.map((l) => `<li><p>${l}</p></li>`).join('')}</ul>` },
  { id: 10430, n: 3, u: fergus, date: '2025-11-03 07:55:19', body: pbQ + pp(pbP3), edit: pbEdit },
  { id: 10436, n: 4, u: nightjar, date: '2025-11-03 12:41:06', body: pp(pbP4) },
  { id: 10471, n: 5, u: fergus, date: '2025-11-05 23:18:30', body: pp(pbP5) },
];
const pbNav = ['Index', 'User list', 'Rules', 'Search', 'Register', 'Login'];
const pbAnn = 'Winter star party at Tweedsmuir: booking for the February weekend is now open in the Events forum.';
const pbJump = ['Observing reports', 'Equipment & Collimation', 'Imaging', 'Club business', 'Events'];
const crumbs = (id: string): string => `<div id="${id}" class="crumbs"><p><span class="crumb crumbfirst"><a href="${url}/index.php">Dark Skies Circle</a></span>
 <span class="crumb"><span>&rarr;&#160;</span><a href="${url}/viewforum.php?id=3">Equipment &amp; Collimation</a></span> <span
 class="crumb crumblast"><span>&rarr;&#160;</span><a
 href="${url}/viewtopic.php?id=982">${pbTitle}</a></span> </p></div>`;
const pagePost = (id: string): string => `<div id="${id}" class="main-pagepost gen-content"><p class="paging"><span class="pages">Pages</span> <strong
 class="first-item">1</strong></p><p class="posting">You must <a href="${url}/login.php">login</a> or <a
 href="${url}/register.php">register</a> to post a reply</p></div>`;
const pbHtml = `<!DOCTYPE html>
<!--[if lt IE 7 ]> <html class="oldie ie6" lang="en" dir="ltr"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en" dir="ltr"> <!--<![endif]-->
<head><meta charset="utf-8" /><meta name="ROBOTS" content="INDEX, FOLLOW" /><title>${pbTitle} (Page 1) — Equipment &amp; Collimation — Dark Skies Circle</title>
<link rel="alternate" type="application/rss+xml" href="${url}/extern.php?action=feed&amp;tid=982&amp;type=rss" title="RSS" />
<link rel="top" href="${url}/index.php" title="Forum index" /><link rel="up" href="${url}/viewforum.php?id=3" title="Equipment &amp; Collimation" />
<link rel="stylesheet" type="text/css" media="screen" href="${url}/style/Oxygen/Oxygen.min.css" />
<script>if (typeof PUNBB === 'undefined' || !PUNBB) { var PUNBB = {}; } PUNBB.env = { base_url: "${url}/", base_js_url: "${url}/include/js/",
 user_lang: "English", user_style: "Oxygen", user_is_guest: "1", page: "viewtopic" };</script></head>
<body><div id="brd-messages" class="brd"></div>
<div id="brd-wrap" class="brd"><div id="brd-viewtopic" class="brd-page paged-page">
<div id="brd-head" class="gen-content"><p id="brd-access"><a href="#brd-main">Skip to forum content</a></p>
<p id="brd-title"><a href="${url}/index.php">Dark Skies Circle</a></p><p id="brd-desc">Amateur astronomy in the Southern Uplands</p></div>
<div id="brd-navlinks" class="gen-content"><ul>${links(pbNav)}</ul></div>
<div id="brd-visit" class="gen-content"><p id="welcome"><span>You are not logged in.</span></p></div>
<div id="brd-announcement" class="gen-content"><h1 class="hn"><span>Announcement</span></h1><div class="content">${pbAnn}</div></div>
<div class="hr"><hr /></div>
<div id="brd-main"><h1 class="main-title"><a class="permalink" href="${url}/viewtopic.php?id=982" rel="bookmark"
 title="Permanent link to this topic">${pbTitle}</a></h1>
${crumbs('brd-crumbs-top')}
${pagePost('brd-pagepost-top')}
<div class="main-head"><p class="options"><span class="feed first-item"><a class="feed"
 href="${url}/extern.php?action=feed&amp;tid=982&amp;type=rss">RSS topic feed</a></span></p>
<h2 class="hn"><span><span class="item-info">Posts [ 5 ]</span></span></h2></div>
<div id="forum3" class="main-content main-topic">
${pbPosts.map(pbPost).join('\n')}
</div>
<div class="main-foot"><h2 class="hn"><span><span class="item-info">Posts [ 5 ]</span></span></h2></div>
${pagePost('brd-pagepost-end')}
${crumbs('brd-crumbs-end')}
</div>
<div id="brd-qjump" class="gen-content"><form id="qjump" method="get" accept-charset="utf-8" action="${url}/viewforum.php"><div class="frm-fld frm-select">
<label for="qjump-select"><span>Jump to forum:</span></label><br /><span class="frm-input"><select id="qjump-select" name="id">
<optgroup label="The Circle">${pbJump
  .map(
    (f, i) => `<option
 value="${i + 1}"${i === 1 ? ' selected="selected"' : ''}>${f.replace(/&/g, '&amp;')}</option>`,
  )
  .join('')}</optgroup>
</select> <input type="submit" id="qjump-submit" value="Go" /></span></div></form></div>
<div id="brd-about" class="gen-content"><p id="copyright">Powered by <a href="https://punbb.informer.com/">PunBB</a>, supported by
 <a href="https://www.informer.com/">Informer Technologies, Inc</a>.</p></div>
<div id="brd-debug" class="gen-content"><p id="querytime" class="quiet">Generated in 0.014 seconds (84% PHP - 16% DB) with 9 queries</p></div>
</div></div>
<script src="${url}/include/js/min/punbb.common.min.js"></script>
<script>(function () { var forum_quickjump_url = "${url}/viewforum.php?id=$1"; 
 var sef_friendly_url_array = {"1":"observing-reports","3":"equipment-collimation"};
 PUNBB.common.addDOMReadyEvent(function () { PUNBB.common.attachQuickjumpRedirect(forum_quickjump_url, sef_friendly_url_array); }); }());</script>
</body></html>`;
export const punbbTopic: TestPage = {
  html: pbHtml,
  name: 'heldout55-punbb-topic',
  kind: 'forum',
  // every post is body, the three list items in post 2 included; the quote box in post 3 with "Isla Baird wrote:" is in neither (it
  // repeats post 2), as are the h4 subjects ("Re: ..."), which repeat the title, and the "Topic by" and "Reply by" labels (bylines'
  // labels, like "By"); names, the permalink dates and the "Last edited by" line are bylines; post numbers, titles, status, from,
  // registered, post counts, signatures, e-mail and website links, the announcement, "Posts [ 5 ]", the paging and posting lines,
  // crumbs, nav, quick jump, the powered-by line and the query time are furniture
  title: pbTitle,
  headings: [],
  body: texts([...pbP1, ...pbP2, ...pbList, ...pbP3, ...pbP4, ...pbP5]),
  bylines: ['Fergus McCall', 'Isla Baird', 'nightjar', ...pbPosts.map((p) => p.date), pbEdit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to forum content', 'Dark Skies Circle', 'Amateur astronomy in the Southern Uplands', ...pbNav, 'You are not logged in.', 'Announcement', pbAnn,
    'Equipment & Collimation', 'Pages', 'You must login or register to post a reply', 'RSS topic feed', 'Posts [ 5 ]', 'Member', 'Moderator', 'Offline',
    'From:', 'Registered:', 'Posts:', 'Moffat', 'Peebles', 'Biggar', fergus.reg, isla.reg, nightjar.reg, '143', '2,008', '37', fergus.sig!, isla.sig!, 'E-mail',
    'Website', 'Jump to forum:', ...pbJump.filter((f) => f !== 'Equipment & Collimation'), 'Powered by PunBB, supported by Informer Technologies, Inc.',
    'Generated in 0.014 seconds (84% PHP - 16% DB) with 9 queries',
  ],
};

export const HELDOUT55_C: readonly TestPage[] = [punbbTopic, mbinThread];
