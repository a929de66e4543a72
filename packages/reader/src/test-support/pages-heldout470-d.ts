import { type TestPage, texts } from './page-kit.js';
import { at, clean, j } from './pages-heldout470-kit.js';

/**
 * Held-out batch 470, file d: a beauty forum thread on Discourse as the server sends it (the crawler view with its schema.org
 * posts, quote asides and related topics), and a nail salon's price list on an old table layout (Dreamweaver, font tags).
 */
const dTitle = 'Brow lamination on sensitive skin – did anyone else react?';
const dPosts: [string, string, string, string[]][] = [
  [
    'kerrymay',
    'March 3, 2027,  8:12pm',
    '2 Likes',
    [
      j(
        'Had my first brow lamination on Saturday. Patch test 48 hours before was fine, but by Sunday evening the skin under both brows',
        'was red, tight and flaky. No swelling, just really sore.',
      ),
      'Is this normal for the first time or should I go back to the salon? I have eczema on my hands but never on my face.',
    ],
  ],
  [
    'browbylena',
    'March 3, 2027,  9:40pm',
    '5 Likes',
    [
      j(
        'Brow tech here. Mild redness for a day is common, but flaking and soreness on day two sounds like the lotion was left on too long',
        'or your skin barrier was not protected. We always put a barrier balm on the skin before the perming lotion goes on.',
      ),
      j(
        'Use a plain fragrance-free moisturiser, no actives, no retinol, no brow gel with alcohol. If it blisters or spreads, see a',
        'pharmacist. And do tell the salon, they should note it on your record and time the lotion down next time.',
      ),
    ],
  ],
  [
    'Tamsin_R',
    'March 4, 2027,  7:05am',
    '1 Like',
    [
      'browbylena:',
      'We always put a barrier balm on the skin before the perming lotion goes on.',
      j(
        'This. My old salon never did and I peeled every time. The new place uses balm and a shorter processing time for fine brows and',
        'I have had no reaction at all in four sessions.',
      ),
    ],
  ],
  [
    'kerrymay',
    'March 5, 2027, 12:31pm',
    '3 Likes',
    [
      j(
        'Update for anyone who finds this later: went back and the therapist checked her notes, the lotion was on for 12 minutes. She said',
        'for my brows it should have been 8. Skin has calmed down with plain moisturiser and she refunded half. Will try again in',
        'eight weeks with the balm.',
      ),
    ],
  ],
];
const dQuote = 2;
const dPostHtml = ([u, d, likes, paras]: [string, string, string, string[]], i: number): string => {
  const body =
    i === dQuote
      ? `<aside class="quote no-group" data-username="browbylena" data-post="2" data-topic="2217"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.glowtalk.net/browbylena/48/1602_2.png" class="avatar"> ${at(paras, 0)}</div>
<blockquote><p>${at(paras, 1)}</p></blockquote></aside>\n<p>${at(paras, 2)}</p>`
      : paras.map((p) => `<p>${p}</p>`).join('\n');
  return `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post">${i === 0 ? `<meta itemprop="headline" content="${dTitle}">` : ''}<div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow' href='https://forum.glowtalk.net/u/${u}'><span itemprop='name'>${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.glowtalk.net/t/brow-lamination-on-sensitive-skin/2217"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2027-03-0${3 + Math.floor(i / 2)}T20:12:09Z' class='post-time'>${d}</time>
<meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>${body}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" />
<span class='post-likes'>${likes}</span></div></div>`;
};
const dRelated: [string, string, string, string][] = [
  ['Lash lift and brow lam on the same day?', 'Brows & Lashes', '6', 'Feb 2027'],
  ['Patch test was fine but reacted to the tint', 'Skin Reactions', '14', 'Jan 2027'],
  ['Best barrier balm for brow lamination', 'Brows & Lashes', '9', 'Dec 2026'],
];
const dHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Brows &amp; Lashes - GlowTalk</title>
<meta name="description" content="Had my first brow lamination on Saturday. Patch test 48 hours before was fine, but by Sunday evening the skin under both
brows was red">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3f1e2a">
<link rel="canonical" href="https://forum.glowtalk.net/t/brow-lamination-on-sensitive-skin/2217">
<meta property="og:site_name" content="GlowTalk"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="article:published_time" content="2027-03-03T20:12:09+00:00"><meta property="og:ignore_canonical" content="true">
<link href="/stylesheets/color_definitions_glowtalk_4_2_ab12.css?__ws=forum.glowtalk.net" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_9f8e.css?__ws=forum.glowtalk.net" media="all" rel="stylesheet" data-target="desktop"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite",
"url":"https://forum.glowtalk.net","potentialAction":{"@type":"SearchAction",
"target":"https://forum.glowtalk.net/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div><a href="/">
<img src="/uploads/default/original/1X/glowtalk-logo.png"
alt="GlowTalk" id="site-logo" style="max-width: 150px;"></a></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/brow-lamination-on-sensitive-skin/2217">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/skin-reactions/brows-and-lashes/12" class="badge-wrapper bullet" itemprop="item">
<span class='badge-category-bg' style='background-color: #9B4DCA'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Brows &amp; Lashes</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://forum.glowtalk.net/tag/lamination' class='discourse-tag' rel="tag">lamination</a>,
<a href='https://forum.glowtalk.net/tag/sensitive-skin' class='discourse-tag' rel="tag">sensitive-skin</a></div></div></div>
${dPosts.map(dPostHtml).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, c, r, a], i) => `<tr class="topic-list-item" id="topic-list-item-${2200 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${2200 + i}'
class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a href='/c/${i}' class='badge-wrapper bullet'>
<span class='badge-category-bg'
style='background-color: #9B4DCA'></span><span class='badge-category clear-badge'>
<span class='category-name'>${c.replace(/&/g, '&amp;')}</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${Number(r) * 41}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a>
</span></li>`,
  )
  .join(
    '',
  )}</ul></nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = clean({
  name: 'heldout470-discourse-brow-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , paras], i) => (i === dQuote ? paras.slice(1) : paras)),
  bylines: [...dPosts.flatMap(([u, d]) => [u, d.replace(/ +/g, ' ')]), 'browbylena:', ...dRelated.map((r) => at(r, 3))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brows & Lashes', 'lamination', 'sensitive-skin', ...dPosts.map(([, , l]) => l), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated.flatMap(([t, c, r]) => [at([t ?? ''], 0), c ?? '', r ?? '', String(Number(r) * 41)]),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const tTitle = 'Service Menu';
const tIntro = 'All services include a relaxing hand or foot massage. Walk-ins welcome, appointments recommended on weekends.';
const tMenu: [string, [string, string][]][] = [
  [
    'Manicures',
    [
      ['Classic Manicure', '$18'],
      ['Spa Manicure with paraffin', '$28'],
      ['Gel Manicure', '$32'],
      ['French tip add-on', '$5'],
    ],
  ],
  [
    'Pedicures',
    [
      ['Classic Pedicure', '$25'],
      ['Lotus Deluxe Pedicure (scrub, mask &amp; hot stones)', '$42'],
      ['Gel Pedicure', '$38'],
    ],
  ],
  [
    'Acrylic &amp; Gel Extensions',
    [
      ['Full Set Acrylic', '$35 &amp; up'],
      ['Acrylic Fill', '$25 &amp; up'],
      ['Pink &amp; White Full Set', '$50'],
      ['Gel X Full Set', '$48'],
      ['Nail Art (per nail)', '$3 &amp; up'],
    ],
  ],
  [
    'Waxing',
    [
      ['Eyebrow', '$10'],
      ['Lip', '$7'],
      ['Full Face', '$35'],
    ],
  ],
];
const tNote = 'Prices subject to change without notice. Gift certificates available. We accept cash, Visa, MasterCard and Discover.';
const tNav = ['Home', 'Services', 'Gallery', 'Gift Certificates', 'Location', 'Contact Us'];
const tHours = ['Mon - Sat: 9:30am - 7:30pm', 'Sun: 11am - 5pm'];
const tRow = ([n, p]: [string, string], i: number): string => `<tr bgcolor="${i % 2 === 0 ? '#FDF2F6' : '#FFFFFF'}">
<td width="380" height="24"><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${n}</font></td>
<td width="100" align="right"><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><b>${p}</b></font></td></tr>`;
const tTables = tMenu
  .map(
    ([
      h,
      rows,
    ]) => `<tr><td colspan="2" height="30" valign="bottom"><font face="Georgia, Times New Roman, serif" size="4" color="#B0306A"><b>${h}</b></font></td></tr>
<tr><td colspan="2"><img src="images/divider.gif" width="480" height="5" alt=""></td></tr>
${rows.map(tRow).join('\n')}`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Lotus Pearl Nail Spa - Services</title>
<meta name="keywords" content="nail salon, manicure, pedicure, acrylic nails, Fairbrook, waxing">
<meta name="description" content="Lotus Pearl Nail Spa service menu and prices.">
<link href="style.css" rel="stylesheet" type="text/css">
<script type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; } }
//--></script></head>
<body bgcolor="#F4E1E8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_services_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header.jpg" width="780" height="160" alt="Lotus Pearl Nail Spa"></td></tr>
<tr><td colspan="3" bgcolor="#B0306A" height="28" align="center">${tNav
  .map(
    (t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html" class="nav"><font
face="Verdana, Arial" size="2" color="#FFFFFF"><b>${t}</b></font></a>`,
  )
  .join(' &nbsp;|&nbsp; ')}</td></tr>
<tr><td width="200" valign="top" bgcolor="#FBE9EF"><table width="180" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td><img src="images/spacer.gif" width="1" height="15" alt=""></td></tr><tr><td><font face="Verdana, Arial" size="2" color="#B0306A"><b>Hours</b></font>
</td></tr>
${tHours.map((h) => `<tr><td><font face="Verdana, Arial" size="1">${h}</font></td></tr>`).join('\n')}
<tr><td><font face="Verdana, Arial" size="2" color="#B0306A"><b>Call Us</b></font><br><font face="Verdana, Arial" size="2">(555) 204-7781</font></td></tr>
<tr><td><a href="giftcertificates.html"><img src="images/gift_cert_ad.gif" width="170" height="120" border="0" alt="Gift Certificates"></a></td></tr>
<tr><td><font face="Verdana, Arial" size="1">Like us on <a href="http://www.facebook.com/lotuspearlnailspa">Facebook</a>!</font></td></tr></table></td>
<td width="20"><img src="images/spacer.gif" width="20" height="1" alt=""></td>
<td width="560" valign="top"><br><font face="Georgia, Times New Roman, serif" size="5" color="#7A1E48"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tIntro}</font><br><br>
<table width="480" border="0" cellpadding="3" cellspacing="0">${tTables}</table><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="1"><i>${tNote}</i></font><br><br></td></tr>
<tr><td colspan="3" bgcolor="#B0306A" height="40" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Lotus Pearl Nail Spa &middot; 2210 Orchard
Plaza, Suite 6 &middot; Fairbrook<br>Copyright &copy; 2009 Lotus Pearl Nail Spa. All rights reserved. | <a href="sitemap.html"><font color="#FFFFFF">Site Map
</font></a>
</font></td></tr></table>
<div align="center"><font face="Verdana" size="1" color="#999999">You are visitor number 
<img src="http://counter.example-hits.net/c.gif?id=77102" alt="counter" align="absmiddle"></font></div>
</body></html>`;
const tableLayout: TestPage = clean({
  name: 'heldout470-table-layout-nail-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: texts(tMenu.map(([h]) => h)),
  body: texts([tIntro, ...tMenu.flatMap(([, rows]) => rows.map(([n, p]) => `${n} ${p}`)), tNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Hours', ...tHours, 'Call Us', '(555) 204-7781', 'Like us on Facebook!', 'Lotus Pearl Nail Spa · 2210 Orchard Plaza, Suite 6 · Fairbrook',
    'Copyright © 2009 Lotus Pearl Nail Spa. All rights reserved.', 'Site Map', 'You are visitor number',
  ],
});

export const HELDOUT470_D: readonly TestPage[] = [discourse, tableLayout];
