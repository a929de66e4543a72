import type { TestPage } from './page-kit.js';
import { j, rowTexts } from './pages-heldout473-kit.js';

/**
 * Held-out batch 473, file e: a church cemetery association's rules page in an old FrontPage table layout (no h1, a fee
 * table nested in the content cell, a hit counter) and a grief support forum thread on Discourse (server-rendered crawler view).
 */
const tTitle = 'Rules and Regulations';
const tIntro = j(
  'The following rules were adopted by the Board of Trustees of the Mount Zion Cemetery Association for the care and protection',
  'of the grounds. Lot owners are asked to read them and to share them with their monument dealer.',
);
const tRules = [
  '1. Only one burial is permitted in each grave, except that two cremated remains, or one casket and one urn, may share a grave.',
  '2. All interments must be arranged through the Sexton at least 48 hours in advance. No burials on Sundays.',
  '3. Every casket must be placed in a concrete vault or liner.',
  '4. Monuments must be of granite or bronze. No monument may be set until the lot is paid for in full.',
  '5. Trees and shrubs may not be planted on any lot. The Association may remove any planting that has become unsightly.',
  '6. Flowers and wreaths will be cleared from the grounds on March 15 and October 15 of each year.',
  '7. The Association is not responsible for damage to monuments from weather or other causes beyond its control.',
];
const tFeeHead = ['Item', 'Fee'];
const tFees = [
  ['Single grave (members of Mount Zion Church)', '$600.00'],
  ['Single grave (non-members)', '$900.00'],
  ['Opening and closing', '$750.00'],
  ['Cremains burial', '$300.00'],
  ['Perpetual care (per grave)', '$150.00'],
];
const tAfter = 'Make checks payable to Mount Zion Cemetery Association and mail to the Treasurer. Fees subject to change by vote of the Board.';
const tNav = ['Home', 'History', 'Rules &amp; Regulations', 'Burial Records', 'Directions', 'Contact Us'];
const tHtml = `<html>

<head>
<meta http-equiv="Content-Language" content="en-us">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Mount Zion Cemetery - Rules &amp; Regulations</title>
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
</head>

<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" background="images/parchment.gif">
<div align="center">
<table border="0" cellpadding="0" cellspacing="0" width="760" style="border-collapse: collapse" bordercolor="#111111">
  <tr>
    <td colspan="2"><img border="0" src="images/mtzion_banner.jpg" width="760" height="140" alt="Mount Zion Cemetery Association"></td>
  </tr>
  <tr>
    <td width="160" valign="top" bgcolor="#E8E4D8"><p>&nbsp;</p>
${tNav.map((t) => `    <p><font face="Arial" size="2"><a href="${t.split(' ')[0]?.toLowerCase()}.htm">${t}</a></font></p>`).join('\n')}
    <p>&nbsp;</p>
    <p align="center"><font face="Arial" size="1">Mount Zion Cemetery<br>Route 4, Box 112<br>Harlan Springs, KY</font></p></td>
    <td width="600" valign="top">
    <p align="center"><b><font face="Georgia" size="5" color="#4B3621">${tTitle}</font></b></p>
    <p><font face="Arial" size="2">${tIntro}</font></p>
${tRules.map((t) => `    <p><font face="Arial" size="2">${t}</font></p>`).join('\n')}
    <p align="center"><b><font face="Arial" size="3">Schedule of Fees</font></b></p>
    <div align="center">
    <table border="1" cellpadding="4" cellspacing="0" width="90%" bordercolor="#808080">
      <tr>${tFeeHead.map((h) => `<td bgcolor="#D8D0B8"><b><font face="Arial" size="2">${h}</font></b></td>`).join('')}</tr>
${tFees.map((r) => `      <tr>${r.map((c) => `<td><font face="Arial" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
    </table>
    </div>
    <p><font face="Arial" size="2">${tAfter}</font></p>
    <p><font face="Arial" size="1"><i>Last revised by the Board: April 2018</i></font></p>
    <hr color="#4B3621" size="1">
    <p align="center"><font face="Arial" size="1">You are visitor number
    <img src="/cgi-bin/Count.cgi?df=mtzion.dat" alt="counter"> since January 1, 2004</font></p>
    <p align="center"><font face="Arial" size="1">Copyright © 2004-2018 Mount Zion Cemetery Association. Site maintained by
    <a href="mailto:webmaster@mtzioncemetery.org">R. Dunaway</a>.</font></p>
    </td>
  </tr>
</table>
</div>
</body>

</html>`;
const tableLayout: TestPage = {
  name: 'heldout473-frontpage-cemetery-rules',
  kind: 'docs',
  html: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n${tHtml}`,
  title: tTitle,
  headings: ['Schedule of Fees'],
  body: [tIntro, ...tRules, ...rowTexts(tFees), tAfter],
  bylines: ['Last revised by the Board: April 2018'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'History', 'Burial Records', 'Directions', 'Contact Us', 'Route 4, Box 112', 'Harlan Springs, KY',
    'You are visitor number since January 1, 2004', 'Copyright © 2004-2018 Mount Zion Cemetery Association. Site maintained by R. Dunaway.',
  ],
};

const fTitle = 'Six months since Ray died and the evenings are the hardest';
const fPosts: [string, string, string[], string][] = [
  [
    'marguerite_w',
    'November 2, 2026, 3:14am',
    [
      j(
        'Ray died in May after a short illness. We were married 41 years. Everyone told me the first weeks would be the worst, and they',
        'were awful, but I was busy with the paperwork and the house was full of people.',
      ),
      j(
        'Now it is quiet. The days are fine. I volunteer at the library on Tuesdays and I walk with a neighbor. But from about six',
        "o'clock, when we used to cook together, until I finally fall asleep, I feel like I am waiting for him to come home.",
      ),
      'Did anyone else find the six-month mark harder than the beginning? What did you do with the evenings?',
    ],
    '8 Likes',
  ],
  [
    'TomH_Denver',
    'November 2, 2026, 5:02am',
    [
      j('Yes. Exactly this. For me it was the seventh month. I think the shock wears off and what is left is just the plain fact', 'of it.'),
      j(
        'What helped a little: I stopped trying to cook "properly" for one and started eating earlier, at five, with the radio on.',
        'Changing the shape of the evening meant it was not the same empty hour every night.',
      ),
    ],
    '6 Likes',
  ],
  [
    'Deb_Linwood',
    'November 2, 2026, 1:40pm',
    [
      j(
        'I joined an evening grief group at our hospice, which met at 6:30 on Thursdays, partly because it was the worst time of the',
        'day. Even one evening a week that belonged to something else made a difference.',
      ),
    ],
    '4 Likes',
  ],
  [
    'marguerite_w',
    'November 3, 2026, 2:27am',
    [
      j(
        'Thank you both. I had not thought about changing the time itself.',
        'I am going to try eating at five this week and I will ask about groups at the hospice.',
      ),
    ],
    '3 Likes',
  ],
];
const fNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fRel: [string, string][] = [
  ['Second Christmas without her', '12'],
  ['Selling the house we shared', '9'],
  ['Talking to grandchildren about grief', '5'],
];
const fPost = ([user, time, paras, likes]: [string, string, string[], string], i: number): string =>
  `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' "}itemscope itemtype='http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}'
class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href='https://community.commonground-grief.org/u/${user}'><span itemprop='name'>${user}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-11-0${i < 3 ? 2 : 3}T0${i}:14:00Z' class='post-time'>${time}</time>
<meta itemprop='position' content='${i + 1}'></span></div><div class='post' itemprop='text'>
${paras.map((p) => `<p>${p.replace(/'/g, '&#39;')}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" /><span class='post-likes'>${likes}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Loss of a Spouse or Partner - Common Ground</title>
<meta name="description" content="Ray died in May after a short illness. We were married 41 years.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8f1a2b3c">
<link rel="icon" type="image/png" href="https://community.commonground-grief.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.commonground-grief.org/t/six-months-since-ray-died-and-the-evenings-are-the-hardest/4418">
<link href="/stylesheets/desktop_theme_3_1a2b.css?__ws=community.commonground-grief.org" media="all" rel="stylesheet" data-target="desktop_theme"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"marguerite_w"}}</script>
</head><body class="crawler ">
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"><a href="/login" class="btn btn-primary btn-small">Log In</a></div>
<div class="title"><a href="/"><img src="https://community.commonground-grief.org/uploads/default/original/1X/logo.png" alt="Common Ground" id="site-logo">
</a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/six-months-since-ray-died-and-the-evenings-are-the-hardest/4418">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/loss-of-a-spouse/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #6C8EBF'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Loss of a Spouse or Partner</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/first-year' class='discourse-tag' rel="tag">first-year</a>,
<a href='/tag/loneliness' class='discourse-tag' rel="tag">loneliness</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
${fPosts.map(fPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${fRel
  .map(
    ([t, n], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='/t/${t.toLowerCase().replace(/ /g, '-')}/${4300 + i}' class='title raw-link raw-topic-link'>${t}</a>
</span></td><td></td><td class="replies"><span class='posts' title='posts'>${n}</span></td><td class="views">
<span class='views' title='views'>${140 + i * 37}</span></td>
<td>October ${10 + i}, 2026</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${fNav
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a
href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout473-discourse-grief-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap(([, , p]) => p),
  bylines: [...new Set(fPosts.map(([u]) => u)), ...fPosts.map(([, t]) => t)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Loss of a Spouse or Partner', 'first-year', 'loneliness', ...fPosts.map(([, , , l]) => l), 'Related topics', ...fRel.map(([t]) => t),
    ...fRel.map(([, n]) => n), '140', '177', '214', 'October 10, 2026', 'October 11, 2026', 'October 12, 2026', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT473_E: readonly TestPage[] = [tableLayout, discourse];
