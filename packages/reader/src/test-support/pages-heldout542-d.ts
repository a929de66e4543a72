import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout542-kit.js';

/**
 * Held-out batch 542, file d: a livery thread on a XenForo 2 horse forum (user cells, quotes, action bars, cookie notice),
 * and a farm livery yard's grass livery page in an old FrontPage-era table layout (font tags, visitor counter).
 */
const xTitle = 'DIY to assisted livery \u2013 what\u2019s a fair price?';
const xPosts: readonly { id: number; user: string; rank: string; joined: string; msgs: string; date: string; quote?: [string, string]; paras: string[] }[] = [
  {
    id: 90112,
    user: 'hazelnut',
    rank: 'Well-Known Member',
    joined: 'Mar 14, 2019',
    msgs: '1,204',
    date: '8 Jan 2025',
    paras: [
      'My yard is moving everyone from DIY to assisted livery in March. At the moment I pay £38 a week for a stable, grazing and the arena.',
      j(
        'The new price is £85 a week, which covers turnout and bringing in, hay, and one skip-out a day. I still do the mucking out at',
        'weekends and all the grooming. Is that reasonable? I am in north Yorkshire, about twenty minutes from Thirsk.',
      ),
    ],
  },
  {
    id: 90118,
    user: 'Moorhen',
    rank: 'Active Member',
    joined: 'Jun 2, 2021',
    msgs: '318',
    date: '8 Jan 2025',
    paras: [
      'Sounds about right to me. Ours is £90 for almost the same thing, but hay is extra.',
      'The big question is whether they will actually do it properly in winter when they are short of staff.',
    ],
  },
  {
    id: 90131,
    user: 'tallyho',
    rank: 'Well-Known Member',
    joined: 'Nov 28, 2016',
    msgs: '4,877',
    date: '9 Jan 2025',
    quote: ['hazelnut said:', 'I still do the mucking out at weekends and all the grooming.'],
    paras: [
      j(
        'I would ask for that in writing. Assisted livery means very different things at different yards. Get a list of what they',
        'do each day and what happens if you are away. Also check the notice period, because you may want to look around first.',
      ),
    ],
  },
  {
    id: 90140,
    user: 'GreyMareGill',
    rank: 'New Member',
    joined: 'Jan 3, 2025',
    msgs: '12',
    date: '9 Jan 2025',
    paras: ['We went through the same thing last year. It worked out cheaper than paying someone to do my mornings, so I was happy in the end.'],
  },
  {
    id: 90177,
    user: 'hazelnut',
    rank: 'Well-Known Member',
    joined: 'Mar 14, 2019',
    msgs: '1,204',
    date: '10 Jan 2025',
    paras: ['Thanks all. I have asked for a written list of duties and they are happy to give one. I will stay put and see how it goes.'],
  },
];
const xBody = xPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), p.paras.join(' ')]);
const xNav = ['Forums', "What's new", 'Members', 'Classifieds'];
const xCrumbs = ['Home', 'Forums', 'Livery & Yards', 'Choosing a Yard'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xSimilar = ['Part livery prices in the north east 2025', 'Yard owner wants to put my rent up mid-contract', 'What does assisted livery include?'];
const xUser = (p: (typeof xPosts)[number]): string => `<div class="message-cell message-cell--user"><section class="message-user" aria-label="${p.user}">
<div class="message-avatar ">
<div class="message-avatar-wrapper"><a href="/members/${p.user.toLowerCase()}.${p.id % 9000}/" class="avatar avatar--m"
data-user-id="${p.id % 9000}" data-xf-init="member-tooltip">
<img src="/data/avatars/m/0/${p.id % 9000}.jpg" alt="${p.user}" class="avatar-u${p.id % 9000}-m" width="96" height="96"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user.toLowerCase()}.${p.id % 9000}/" class="username " dir="auto"
data-user-id="${p.id % 9000}" data-xf-init="member-tooltip">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto">${p.rank}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl></div><span class="message-userArrow"></span></section></div>`;
const xQuote = (q: [string, string] | undefined, id: number): string =>
  q === undefined
    ? ''
    : `<blockquote data-attributes="member: 4412" data-quote="hazelnut" data-source="post: ${id}" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=90112" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution">${q[0]}</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${q[1]}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const xPost = (p: (typeof xPosts)[number], i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}"><span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner">${xUser(p)}
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/diy-to-assisted-livery.38841/post-${p.id}" rel="nofollow">
<time class="u-dt" dir="auto" data-date-string="${p.date}">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list ">
<li><a href="/threads/diy-to-assisted-livery.38841/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
<li><a href="/threads/diy-to-assisted-livery.38841/post-${p.id}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer "><article class="message-body js-selectToQuote">
<div><div class="bbWrapper">${xQuote(p.quote, p.id)}${p.paras.join('<br>\n<br>\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-reaction-id="1">
<i aria-hidden="true"></i>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like">
<span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="/threads/diy-to-assisted-livery.38841/reply?quote=${p.id}"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a></div></div></footer></div>
</div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-12" data-content-key="thread-38841"
class="has-no-js template-thread_view"><head><meta charset="utf-8"><title>${xTitle} | The Livery Yard Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://www.liveryyardforum.co.uk/threads/diy-to-assisted-livery.38841/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1735000000">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"hazelnut"}}</script>
<script>window.XF = window.XF || {}; XF.config = {"visitorCounts":{"conversations_unread":"0"}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/lyf/logo.png" alt="The Livery Yard Forum" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu"
aria-label="Toggle navigation">
<i aria-hidden="true"></i></button><div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${xNav
  .map(
    (t, i) => `<li>
<div class="p-navEl${i === 0 ? ' is-selected' : ''}"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}/" class="p-navEl-link">${t}</a></div></li>`,
  )
  .join('')}
</ul></div></div><div class="p-nav-opposite">
<div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn"
rel="nofollow"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--register"
rel="nofollow"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic
p-navgroup-link--search" aria-label="Search" title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div>
</nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${xCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item"><span
itemprop="name">${t.replace('&', '&amp;')}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span><a href="/members/hazelnut.112/"
class="username  u-concealed" dir="auto" data-user-id="112">hazelnut</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span><a href="/threads/diy-to-assisted-livery.38841/" class="u-concealed">
<time class="u-dt" dir="auto">8 Jan 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map(xPost).join('\n')}
</div></div></div>
<div class="blockMessage blockMessage--error">You must log in or register to reply here.</div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">
<ul class="structItemContainer">${links(xSimilar, 'structItem')}</ul></div></div></div>
<div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#"><i aria-hidden="true"></i><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--email" href="#"><i aria-hidden="true"></i><span>Email</span></a>
<a class="shareButtons-button shareButtons-button--share is-hidden" href="#"><i aria-hidden="true"></i><span>Share</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" href="#"><i aria-hidden="true"></i><span>Link</span></a></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite">
<ul class="p-footer-linkList">${links(xFoot)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup>
<span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer></div>
<ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1">
<div class="notice-content">
<div class="u-alignCenter">This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.<br>
By continuing to use this site, you are consenting to our use of cookies.</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="js-noticeDismiss button--notice button button--icon button--icon--confirm" data-xf-init="tooltip" title="Dismiss notice">
<span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/xf/preamble.min.js?_v=1735000000"></script></body></html>`;
const xenforo: TestPage = {
  name: 'heldout542-xenforo-livery-thread',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xBody,
  bylines: [...new Set(xPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log in', 'Register', 'Search', ...xCrumbs.filter((t) => t !== 'Forums'), ...new Set(xPosts.flatMap((p) => [p.rank, p.joined, p.msgs])), 'Joined',
    'Messages', '#1', '#2', '#3', '#4', '#5', 'hazelnut said:', 'Click to expand...', 'Like', 'Reply', 'You must log in or register to reply here.',
    'Similar threads', ...xSimilar, 'Share:', 'Facebook', 'Email', ...xFoot, 'Community platform by XenForo® © 2010-2024 XenForo Ltd.',
    j('This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
      'By continuing to use this site, you are consenting to our use of cookies.'), 'Accept', 'Learn more…',
  ],
};

const tTitle = 'Grass Livery & Winter Arrangements';
const tBody = [
  j(
    'We have grass livery for up to twelve horses and ponies on 40 acres of old permanent pasture at Whinfell Farm. The fields are',
    'well fenced with post and rail and hedges, and all have a field shelter and mains water.',
  ),
  'Grass livery is £30 per week per horse, payable monthly in advance. This includes:',
  'Daily check of all horses, morning and evening',
  'Use of the outdoor school (40m x 20m, sand and rubber surface)',
  'Tack room space with a lockable cupboard',
  'Parking for one horsebox or trailer',
  'Winter arrangements',
  j(
    'From 1st November to 31st March the horses are moved off the low fields, which flood, onto the two top fields. Stables can be',
    'rented for the winter months if you would rather bring your horse in at night.',
  ),
  'Stable for the winter (1st November to 31st March) | £20 per week',
  'Hay, small bales | £5.50 per bale',
  'Straw or shavings | at cost',
  'Turning out and bringing in | £3 per day',
  j(
    'Please note we do not do full or part livery. Owners are responsible for feeding, rugging, worming and all other care of their',
    'own horses. Vaccination certificates must be shown before a horse can come onto the farm.',
  ),
  'For more information or to arrange a visit please ring Jean or Alan Metcalfe on 015396 23418 (evenings are best).',
];
const tLeft = ['Home', 'About Us', 'Grass Livery', 'Stabling', 'Photo Gallery', 'How to Find Us', 'Links'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tRow = (r: string): string => {
  const [a, b] = r.split(' | ');
  return `<tr bgcolor="#F0F5E6"><td width="70%">${tFont(a ?? '')}</td><td>${tFont(b ?? '')}</td></tr>`;
};
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="livery, grass livery, Kendal, Cumbria, horses, stabling">
<title>Whinfell Farm Livery - Grass Livery</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#DCE8C8" topmargin="0" leftmargin="0" link="#336600" vlink="#336600" onload="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="140" alt="Whinfell Farm Livery, Kendal" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#336600"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tLeft
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana" size="2" color="#FFFFFF"><b>${t}</b></font></a></td>
</tr>`,
  )
  .join('\n')}
</table><p align="center"><img src="images/bhs_approved.gif" width="120" height="60" alt="BHS"></p>
<p align="center"><font face="Verdana" size="1" color="#FFFFFF">You are visitor number<br><img src="/cgi-bin/Count.cgi?df=whinfell.dat" alt="048213"></font>
</p></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Georgia, Times New Roman" color="#336600">Grass Livery &amp; Winter Arrangements</font></h1>
<p>${tFont(tBody[0] ?? '')}</p><p>${tFont(tBody[1] ?? '')}</p>
<ul>${tBody
  .slice(2, 6)
  .map((t) => `<li>${tFont(t)}</li>`)
  .join('\n')}</ul>
<p align="center"><img src="images/top_field.jpg" width="400" height="267" border="1" alt="The top field"><br>
<font face="Verdana" size="1"><i>The top field in October</i></font></p>
<h2><font face="Georgia, Times New Roman" color="#336600">${tBody[6]}</font></h2>
<p>${tFont(tBody[7] ?? '')}</p>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#99CC66" align="center">
${tBody.slice(8, 12).map(tRow).join('\n')}</table>
<p>${tFont(tBody[12] ?? '')}</p><p>${tFont(`<b>${tBody[13]}</b>`)}</p>
<p align="center"><font face="Verdana" size="2"><a href="index.htm">Home</a> | <a href="stabling.htm">Stabling</a> | <a
href="findus.htm">How to Find Us</a></font></p>
<hr size="1" color="#99CC66"><p align="center"><font face="Verdana" size="1">Page last updated 12/09/2024<br>
© Whinfell Farm 2003-2024. Site by DalesNet Web Design</font></p></td></tr></table></td></tr></table>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout542-table-grass-livery',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tBody[6] ?? ''],
  body: tBody.filter((_, i) => i !== 6).map((t) => t.replace(' | ', ' ')),
  bylines: ['Page last updated 12/09/2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tLeft.filter((t) => t !== 'Grass Livery'),
    'You are visitor number', 'The top field in October', '© Whinfell Farm 2003-2024. Site by DalesNet Web Design',
  ],
};

export const HELDOUT542_D: readonly TestPage[] = [xenforo, tableLayout];
