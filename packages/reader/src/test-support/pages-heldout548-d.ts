import { ps, type TestPage, texts } from './page-kit.js';
import { j, outside } from './pages-heldout548-kit.js';

/**
 * Held-out batch 548, file d: an old table-layout car boot sale site (font tags, marquee, hit counter, "best viewed" line),
 * and a Discourse thread on a boot sale sellers' forum in its crawler view, with related topics.
 */
const tTitle = 'Sellers Information';
const tParas = [
  j(
    'Bramley Cross Car Boot is held every Saturday and Bank Holiday Monday from Easter until the end of September on the field behind',
    'the Bramley Cross Inn (A614). Sellers from 6am, public from 7am.',
  ),
  'PRICES',
  'Cars £8 - Vans £12 - Cars with trailers £15 - Traders £20',
  j('NO BOOKING NEEDED - just turn up. Please have the right money ready at the gate as we can not always give change early in the', 'morning.'),
  'PLEASE NOTE',
  j(
    'No sale of live animals, knives, fireworks or fake goods. Anyone caught selling fakes will be asked to leave and NOT allowed back.',
    'Dogs must be kept on a lead.',
  ),
  j(
    'If it has been raining hard during the week ring the hotline on 01632 960 771 after 7pm on Friday and listen to the message.',
    'We will not open if the field is too wet, sorry but we have to look after the grass!',
  ),
  'Refreshments and toilets on site. See you there!!',
];
const tLeft = ['Home', 'Sellers Info', 'Buyers Info', 'How To Find Us', 'Photos', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Bramley Cross Car Boot - Sellers Information</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="car boot, car boot sale, bramley cross, nottinghamshire">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script><style type="text/css">.nav { font-family: Verdana; font-size: 11px; color: #FFFFFF; text-decoration: none }</style></head>
<body bgcolor="#FFFFCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#006633"><img src="images/banner.gif" width="780" height="90" alt="Bramley Cross Car Boot"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00"><marquee scrollamount="3"><font face="Verdana" size="2"><b>OPEN EASTER MONDAY 6th APRIL - SELLERS FROM 6AM</b></font>
</marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#006633"><table width="150" border="0" cellpadding="4" cellspacing="0">
${tLeft.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></td></tr>`).join('\n')}
</table><br><center><font face="Verdana" size="1" color="#FFFFFF">You are visitor number<br><img src="cgi-bin/counter.gif" alt="004521"></font></center></td>
<td width="630" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1 align="center"><font face="Arial" color="#006633">${tTitle}</font></h1>
<font face="Verdana" size="2">
<p>${tParas[0]}</p>
<p><b><u>${tParas[1]}</u></b></p>
<p>${tParas[2]}</p>
<p>${tParas[3]}</p>
<p><b><u>${tParas[4]}</u></b></p>
${ps(tParas.slice(5, 7))}
<p align="center"><font color="#FF0000"><b>${tParas[7]}</b></font></p>
</font>
<p align="center"><img src="images/stalls2.jpg" width="400" height="267" alt="boot sale"><br><font face="Verdana" size="1">
<i>The field on a busy August Saturday</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#006633" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Bramley Cross Car Boot 2003-2026 |
Site last updated 12/01/2026 | Best viewed at 1024x768 in Internet Explorer</font></td></tr></table></body></html>`;
const tBody = texts(tParas);
const bramley: TestPage = {
  name: 'heldout548-table-layout-car-boot',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: [],
  furniture: outside(
    [tTitle, ...tBody],
    [
      'OPEN EASTER MONDAY 6th APRIL - SELLERS FROM 6AM',
      ...tLeft,
      'You are visitor number',
      'The field on a busy August Saturday',
      '© Bramley Cross Car Boot 2003-2026 | Site last updated 12/01/2026 | Best viewed at 1024x768 in Internet Explorer',
    ],
  ),
};

const dTitle = 'First time selling at a car boot – what do I actually need to bring?';
const dPosts: readonly (readonly [string, string, readonly string[], string])[] = [
  [
    'mags_on_tour',
    'March 14, 2026,  8:02pm',
    [
      j(
        'Clearing out my mum’s loft and going to try our local boot (Sunday one at Hollins Farm) for the first time in a couple of weeks.',
        'Never done it before. What do people actually bring? Do I need a table or do people just sell off blankets?',
      ),
      'Also how much float do you take? I’m guessing nobody has change at 7am.',
    ],
    '2 Likes',
  ],
  [
    'BootBarry',
    'March 14, 2026,  8:31pm',
    [
      j(
        'Pasting table for sure, plus a big tarp or old sheet for the floor stuff. Buyers go for the floor first weirdly. I take £40',
        'float in coins and fivers in a bum bag, never a tin on the table.',
      ),
      'Price everything roughly before you go, but be ready to haggle. Nobody pays the first price at a boot.',
    ],
    '5 Likes',
  ],
  [
    'carol.k',
    'March 15, 2026,  9:14am',
    [
      j(
        'Second what Barry said. Also: flask, sandwiches, bin bags, a brolly and a chair. And be ready for the early lot who go through',
        'your boxes before the boot is even open. You can say “not yet please” – it is fine!',
      ),
    ],
    '3 Likes',
  ],
  [
    'mags_on_tour',
    'March 29, 2026,  4:47pm',
    ['Update: made £186 and came home with two boxes instead of nine. Thank you all, the tarp tip was spot on.'],
    '4 Likes',
  ],
];
const dRelated = [
  ['Best time to arrive as a seller?', '12', '1.4k', 'Feb 2026'],
  ['Is it worth paying for a van pitch?', '7', '860', 'Jan 2026'],
  ['Selling kids’ clothes – bundles or single items?', '19', '2.1k', 'Mar 2026'],
];
const post = ([user, when, paras, likes]: readonly [string, string, readonly string[], string], i: number): string =>
  `<div ${i === 0 ? '' : "itemprop='comment' "}id='post_${i + 1}'
${i === 0 ? '' : "itemscope itemtype='http://schema.org/Comment' "}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href='https://bootsalechat.example/u/${user}'><span itemprop='name'>${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://bootsalechat.example/t/first-time-selling-at-a-car-boot/4821">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-03-14T20:02:11Z' class='post-time'>${when}</time>
<meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>
${ps(paras)}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" /><span class='post-likes'>${likes}</span></div></div>`;
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Selling tips - Boot Sale Chat</title>
<meta name="description" content="Clearing out my mum’s loft and going to try our local boot for the first time.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://bootsalechat.example/t/first-time-selling-at-a-car-boot/4821"><meta property="og:site_name" content="Boot Sale Chat">
<link href="/stylesheets/color_definitions_light_2_3.css" media="all" rel="stylesheet"><link href="/stylesheets/desktop_e5f3.css" media="all" rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://bootsalechat.example","name":"Boot Sale Chat"}</script>
</head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div>
<a href="/"><img src="https://bootsalechat.example/uploads/default/original/1X/logo.png" alt="Boot Sale Chat" id="site-logo" style="max-width: 150px;"></a>
</div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/first-time-selling-at-a-car-boot/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/selling-tips/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #F7941D'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Selling tips</span></span></a><meta itemprop="position" content="1" />
</span></div>
<div class="topic-list-tags"><a href='https://bootsalechat.example/tag/beginners' class='discourse-tag'>beginners</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://bootsalechat.example/t/first-time-selling-at-a-car-boot/4821'><meta itemprop='datePublished' content='2026-03-14T20:02:11Z'>
${dPosts.map(post).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'><thead><tr><th>Topic</th><th>
</th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><meta itemprop='position' content='1'><span class="link-top-line">
<a itemprop='url' href='/t/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}' class='title raw-link raw-topic-link'>${t}</a></span></td><td class="replies">
<span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) =>
      `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase()}' itemprop="url">${t} </a></span>
</li>`,
  )
  .join('')}</ul></nav></footer>
<div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const dBody = texts(dPosts.flatMap(([, , paras]) => paras));
const bootChat: TestPage = {
  name: 'heldout548-discourse-first-boot-sale',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dBody,
  bylines: outside([dTitle, ...dBody], [...dPosts.flatMap(([user, when]) => [user, when.replace(/\s+/g, ' ')]), ...dRelated.map(([, , , a]) => a ?? '')]),
  furniture: outside(
    [dTitle, ...dBody],
    [
      'Selling tips',
      'beginners',
      ...dPosts.map(([, , , likes]) => likes),
      'Related topics',
      'Topic',
      'Replies',
      'Views',
      'Activity',
      ...dRelated.flatMap(([t, r, v]) => [t ?? '', r ?? '', v ?? '']),
      ...dFoot,
      'Powered by Discourse, best viewed with JavaScript enabled',
    ],
  ),
};

export const HELDOUT548_D: readonly TestPage[] = [bramley, bootChat];
