import { type TestPage, texts } from './page-kit.js';
import { finish, j, rowTexts, trs } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file e: an old table-layout beauty salon price list (font tags, spacer images, a marquee and a hit counter),
 * and a nail technicians' forum thread on Discourse as its crawler view serves it (posts, likes, related topics table).
 */
const tTitle = 'Treatments &amp; Prices';
const tIntro = j(
  'Welcome to our price list. All treatments are carried out by fully qualified therapists in our relaxing salon above the',
  'chemist on Bridge Street. Please allow a little extra time on your first visit for a short consultation.',
);
const tCats: { head: string; rows: string[][] }[] = [
  {
    head: 'Facials',
    rows: [
      ['Mini Facial (30 mins)', '£22.00'],
      ['Deep Cleansing Facial (1 hour)', '£35.00'],
      ['Anti-Ageing Facial with Eye Treatment (1 hr 15)', '£42.00'],
    ],
  },
  {
    head: 'Waxing',
    rows: [
      ['Eyebrow Shape', '£7.00'],
      ['Lip or Chin', '£6.00'],
      ['Half Leg', '£16.00'],
      ['Full Leg incl. Bikini', '£28.00'],
    ],
  },
  {
    head: 'Tinting',
    rows: [
      ['Eyelash Tint', '£10.00'],
      ['Eyebrow Tint', '£7.00'],
      ['Lash &amp; Brow Tint', '£15.00'],
    ],
  },
  {
    head: 'Hands &amp; Feet',
    rows: [
      ['File &amp; Polish', '£10.00'],
      ['Manicure', '£18.00'],
      ['Pedicure', '£22.00'],
    ],
  },
];
const tNote = j(
  '*A skin test is required 24 hours before all tinting treatments. Gift vouchers available for any amount. We regret that',
  'appointments cancelled with less than 24 hours notice may be charged.',
);
const tNav = ['Home', 'About Us', 'Treatments', 'Prices', 'Gift Vouchers', 'Contact Us'];
const font = (t: string, attrs = 'face="Verdana, Arial, Helvetica, sans-serif" size="2"'): string => `<font ${attrs}>${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Serenity Beauty Rooms - Treatments &amp; Prices - Beauty Salon in Wexley</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="beauty salon wexley, facials, waxing, eyelash tint, manicure, pedicure, serenity beauty rooms">
<meta name="description" content="Serenity Beauty Rooms price list. Facials, waxing, tinting, manicures and pedicures in Wexley.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script>
<style type="text/css"><!-- body { margin-top: 0px; background-color: #F4E6EE; } a:link { color: #993366; } .small { font-size: 10px; } --></style>
</head>
<body onLoad="MM_preloadImages('images/nav_home_over.gif','images/nav_prices_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header.jpg" width="780" height="160" alt="Serenity Beauty Rooms - Wexley"></td></tr>
<tr><td colspan="3" bgcolor="#993366"><table border="0" cellpadding="0" cellspacing="0"><tr>
${tNav
  .map(
    (t, i) => `<td><a href="${i === 0 ? 'index' : t.toLowerCase().replace(/ /g, '')}.html" onMouseOut="MM_swapImgRestore()">
<img src="images/nav_${i}.gif"
name="nav${i}" width="130" height="32" border="0" alt="${t}"></a></td>`,
  )
  .join('\n')}
</tr></table></td></tr>
<tr><td colspan="3"><marquee behavior="scroll" direction="left"
scrollamount="3">
${font('<b>SPRING OFFER - 10% off all facials booked during April!!</b>', 'face="Verdana" size="2" color="#993366"')}</marquee></td></tr>
<tr><td width="20"><img src="images/spacer.gif" width="20" height="1" alt=""></td>
<td width="560" valign="top"><br>
${font(`<b>${tTitle}</b>`, 'face="Georgia, Times New Roman, Times, serif" size="5" color="#993366"')}<br><br>
${font(tIntro)}<br><br>
<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#E8C8D8">
${tCats
  .map(
    (c) => `<tr><td colspan="2" bgcolor="#F4E6EE">${font(`<b>${c.head}</b>`, 'face="Georgia" size="3" color="#663355"')}</td></tr>
${trs(c.rows, ' bgcolor="#FFFFFF"')}`,
  )
  .join('\n')}
</table><br>
${font(`<i>${tNote}</i>`, 'face="Verdana, Arial, Helvetica, sans-serif" size="1"')}<br><br></td>
<td width="200" valign="top" bgcolor="#FBF3F7"><br><div align="center"><img src="images/gift_voucher.jpg" width="160" height="110" alt="Gift Vouchers"><br>
${font('<b>Gift Vouchers</b><br>The perfect present for Mum, birthdays or Christmas. Ask in the salon.')}<br><br>
${font('<b>Opening Hours</b><br>Tues - Fri 9.30 - 7.00<br>Saturday 9.00 - 4.00<br>Sun &amp; Mon closed')}<br><br>
${font('<b>Tel: 01632 960 772</b>', 'face="Verdana" size="2" color="#993366"')}</div></td></tr>
<tr><td colspan="3" bgcolor="#993366" height="4"><img src="images/spacer.gif" width="1" height="4" alt=""></td></tr>
<tr><td colspan="3"><div align="center">${font(
  tNav.map((t, i) => `<a href="${i === 0 ? 'index' : t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | '),
  'face="Verdana" size="1"',
)}<br>
${font('Serenity Beauty Rooms, 14a Bridge Street, Wexley', 'face="Verdana" size="1"')}<br>
${font('Page last updated: 02/03/2010', 'face="Verdana" size="1" color="#999999"')}<br>
${font('You are visitor number', 'face="Verdana" size="1"')} <img src="http://counter.example-hits.net/counter.cgi?id=serenity&amp;digits=6"
alt="hit counter"><br>
${font('Site designed by <a href="http://www.pixelpond-design.co.uk">Pixel Pond Web Design</a>', 'face="Verdana" size="1" color="#999999"')}</div><br></td></tr>
</table></body></html>`;
const tableLayout: TestPage = finish({
  name: 'heldout610-table-layout-price-list',
  kind: 'docs',
  html: tHtml,
  title: 'Treatments & Prices',
  headings: texts(tCats.map((c) => c.head)),
  body: texts([tIntro, ...tCats.flatMap((c) => rowTexts(c.rows)), tNote]),
  bylines: ['Page last updated: 02/03/2010'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SPRING OFFER - 10% off all facials booked during April!!', 'Gift Vouchers', 'The perfect present for Mum, birthdays or Christmas. Ask in the salon.',
    'Opening Hours', 'Tues - Fri 9.30 - 7.00', 'Saturday 9.00 - 4.00', 'Sun & Mon closed', 'Tel: 01632 960 772', ...tNav,
    'Serenity Beauty Rooms, 14a Bridge Street, Wexley', 'You are visitor number', 'Site designed by Pixel Pond Web Design',
  ],
});

const dTitle = 'Developed a reaction to gel after four years. Is that it for me?';
const dPosts: { user: string; date: string; iso: string; likes: number; paras: string[] }[] = [
  {
    user: 'kezzanails',
    date: 'January 14, 2025,  7:22pm',
    iso: '2025-01-14T19:22:10Z',
    likes: 2,
    paras: [
      j(
        'I’ve been doing gel and BIAB from home for four years with no problems. Since Christmas my fingertips have been itchy and',
        'the skin around two nails has gone red and flaky. My GP thinks it is contact dermatitis from the gel.',
      ),
      'Has anyone else had this and carried on working? I love my job and I don’t want to give it up.',
    ],
  },
  {
    user: 'Marisol_Edu',
    date: 'January 14, 2025,  8:05pm',
    iso: '2025-01-14T20:05:44Z',
    likes: 9,
    paras: [
      j(
        'Sorry you’re going through this. It is very common and it is almost always caused by uncured gel touching skin, usually',
        'over months or years, not one single mistake. Once you are sensitised it doesn’t go away, so the aim is to stop all contact.',
      ),
      j(
        'Wear nitrile gloves for every service, never touch the sticky layer, check your lamp matches your gel brand, and wipe',
        'brushes and bottle necks carefully. A lot of techs carry on with HEMA-free systems once the skin has healed.',
      ),
    ],
  },
  {
    user: 'kezzanails',
    date: 'January 15, 2025,  9:41am',
    iso: '2025-01-15T09:41:03Z',
    likes: 1,
    paras: ['Thank you, this is really reassuring. I had no idea my lamp could matter. I’ll ask my GP about a patch test referral too.'],
  },
  {
    user: 'polish_and_pine',
    date: 'January 16, 2025, 11:17am',
    iso: '2025-01-16T11:17:29Z',
    likes: 4,
    paras: [
      j(
        'Same thing happened to me in 2022. I took three months off gel, did dip and regular polish only, and went back with a',
        'HEMA-free range and gloves. No reaction since. Ask for a proper patch test at a dermatology clinic so you know exactly',
        'which acrylates to avoid.',
      ),
    ],
  },
];
const dRel: string[][] = [
  ['Best nitrile gloves for nail techs?', 'Tools and Products', '12', '406', 'Dec 2024'],
  ['Clients asking about HEMA-free. What do you say?', 'Health and Safety', '18', '733', 'Jan 2025'],
  ['Is a 48w lamp enough for builder gel?', 'Tools and Products', '7', '290', 'Nov 2024'],
];
const post = (p: (typeof dPosts)[number], n: number): string =>
  `<div ${n === 1 ? '' : `id='post_${n}' itemprop='comment' itemscope itemtype='http://schema.org/Comment'`}
class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href='https://community.nailtechcircle.com/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.nailtechcircle.com/t/developed-a-reaction-to-gel-after-four-years/4821">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='${p.iso}' class='post-time'>${p.date}</time>
<meta itemprop='dateModified' content='${p.iso}'>
<span itemprop='position'>${n}</span></span></div>
<div class='post' itemprop='text'>${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes}" /><span class='post-likes'>${p.likes} ${p.likes === 1 ? 'Like' : 'Likes'}</span></div></div>`;
const dNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Health and Safety - NailTech Circle</title>
<meta name="description" content="I’ve been doing gel and BIAB from home for four years with no problems. Since Christmas my fingertips have been itchy"
><meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 1f2e3d4c5b6a"><link rel="icon" type="image/png"
href="/uploads/favicon.png">
<link rel="canonical" href="https://community.nailtechcircle.com/t/developed-a-reaction-to-gel-after-four-years/4821">
<meta property="og:site_name" content="NailTech Circle"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${dTitle}"><meta property="article:published_time" content="2025-01-14T19:22:10+00:00">
<link href="/stylesheets/color_definitions_base__2_1b2c3d.css" media="all" rel="stylesheet" class="light-scheme"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.nailtechcircle.com",
"potentialAction":{"@type":"SearchAction","target":"https://community.nailtechcircle.com/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
</head><body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="NailTech Circle" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/developed-a-reaction-to-gel-after-four-years/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/health-and-safety/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #F7941D'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Health and Safety</span></span></a><meta itemprop="position" content="1"
/></span>
</div><div class="topic-list-item-tags"><a href="/tag/allergies" class="discourse-tag simple">allergies</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://community.nailtechcircle.com/t/developed-a-reaction-to-gel-after-four-years/4821'>
<meta itemprop='datePublished' content='2025-01-14T19:22:10Z'><meta itemprop='articleSection' content='Health and Safety'>
<meta itemprop='keywords' content='allergies'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='NailTech Circle'></div>
${dPosts.map((p, i) => post(p, i + 1)).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container"
itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    (r, i) => `<tr class="topic-list-item" id="topic-list-item-${4700 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${4700 + i}'
class='title raw-link raw-topic-link'>${r[0]}</a></span><div class="link-bottom-line"><a href='/c/${i}' class='badge-wrapper bullet'>
<span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'><span class='category-name'>${r[1]}</span></span></a>
</div></td><td class="replies"><span class='posts' title='posts'>${r[2]}</span></td><td class="views"><span class='views' title='views'>${r[3]}</span></td>
<td>${r[4]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dNav
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = finish({
  name: 'heldout610-discourse-gel-allergy-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: dPosts.flatMap((p) => [p.user, p.date.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Health and Safety', 'allergies', '2 Likes', '9 Likes', '1 Like', '4 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRel.flat(), ...dNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT610_E: readonly TestPage[] = [tableLayout, discourse];
