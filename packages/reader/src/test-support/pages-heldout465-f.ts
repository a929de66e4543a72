import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout465-kit.js';

/**
 * Held-out batch 465, file f: a community events thread on a coworking network's Discourse forum (the crawler view), and a
 * flexible office broker's listing on an old ASP.NET Web Forms site laid out with nested tables.
 */
const dcTitle = 'June members’ lunch and skills swap – who’s in?';
const posts = [
  {
    user: 'mara_selwood',
    date: 'Jun 3, 2024 9:12 am',
    paras: [
      j(
        'Hi all, we are running the next members’ lunch on Wednesday 19 June at 12.30 in the Atrium at Ferrier Street. Lunch is on',
        'the house this time (thanks to the Fieldfare team for sponsoring), so please reply below if you are coming so we can order',
        'enough food.',
      ),
      j(
        'We would also like to try a skills swap after lunch: three short talks of ten minutes each from members. If you have',
        'something you could teach in ten minutes, from pivot tables to bread baking, say so here.',
      ),
    ],
    likes: '4 Likes',
  },
  {
    user: 'dev_okonjo',
    date: 'Jun 3, 2024 10:47 am',
    paras: ['Count me in. I can do ten minutes on getting started with a 3D printer, if people are interested.'],
    likes: '2 Likes',
  },
  {
    user: 'lucille.ambers',
    date: 'Jun 4, 2024 8:05 am',
    paras: ['Coming, plus one colleague. Is there a vegetarian option? And will the talks be recorded for those of us at the Tanner Lane site?'],
    likes: '',
  },
  {
    user: 'mara_selwood',
    date: 'Jun 4, 2024 11:30 am',
    paras: [
      j(
        'Yes, at least half of the food will be vegetarian. We will not record, but we will post the slides in this thread',
        'afterwards. @dev_okonjo you are on the list!',
      ),
    ],
    likes: '1 Like',
  },
];
const dcCrumbs = ['Community events', 'Ferrier Street'];
const dcTags = ['lunch', 'skills-swap'];
const dcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dcTitle} - Community events / Ferrier Street - Commonroom Members</title>
<meta name="description" content="Hi all, we are running the next members’ lunch on Wednesday 19 June at 12.30 in the Atrium at Ferrier Street.">
<meta name="generator" content="Discourse 3.3.0.beta2 - https://github.com/discourse/discourse version 9a1c3e0b7d"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical"
href="https://community.commonroom.work/t/june-members-lunch-and-skills-swap-whos-in/812">
<link href="/stylesheets/color_definitions_base__1_8f3c.css?__ws=community.commonroom.work" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_c1a2b3.css?__ws=community.commonroom.work" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}","author":{"@type":"Person",
"name":"mara_selwood"}}</script>
<link rel="preload" href="/assets/start-discourse-5b1e.js" as="script"></head>
<body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="Commonroom Members" id="site-logo" class="logo-big"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/june-members-lunch-and-skills-swap-whos-in/812">${dcTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/community-events/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #F7941D"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">${dcCrumbs[0]}</span></span></a><meta itemprop="position"
content="1"></span>
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/community-events/ferrier-street/12" class="badge-wrapper bullet"
itemprop="item">
<span class="category-name" itemprop="name">${dcCrumbs[1]}</span></a><meta itemprop="position" content="2"></span></div>
<div class="topic-tags">${dcTags.map((t) => `<a href='/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join('\n')}</div></div>
${posts
  .map(
    (p, i) => `<div ${
      i === 0 ? 'itemscope itemtype="http://schema.org/DiscussionForumPosting"' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'
    } id="post_${i + 1}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="/t/june-members-lunch-and-skills-swap-whos-in/812">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-06-0${i < 2 ? 3 : 4}T09:12:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : Number.parseInt(p.likes, 10)}">${
      p.likes === ''
        ? ''
        : `<span
class='post-likes'>${p.likes}</span>`
    }</div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table
class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/may-breakfast-photos/790" class="title raw-link raw-topic-link">May breakfast
photos</a></td><td></td>
<td class="replies"><span class="posts">3</span></td><td class="views"><span class="views">88</span></td><td>May 2024</td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/bike-repair-evening/801" class="title raw-link raw-topic-link">Bike repair evening at Tanner
Lane</a></td><td></td>
<td class="replies"><span class="posts">7</span></td><td class="views"><span class="views">141</span></td><td>May
2024</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/"
itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy
</a></span></li></ul></nav></footer>
<footer class="container wrap"><div class="noscript-footer-nav"></div><div id="noscript-footer"><p>Powered by <a
href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></footer>
</body></html>`;
const discourse: TestPage = gold({
  name: 'heldout465-discourse-lunch',
  kind: 'forum',
  html: dcHtml,
  title: dcTitle,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: posts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dcCrumbs, ...dcTags, ...posts.map((p) => p.likes).filter((l) => l !== ''), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    'May breakfast photos', 'Bike repair evening at Tanner Lane', '3', '88', '7', '141', 'May 2024', 'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const tTitle = 'Serviced Offices - Kingsmere Business Centre, Harrowgate Road';
const tBody = [
  j(
    'Kingsmere Business Centre offers 42 serviced offices from 1 to 15 desks on the ground and first floors of a modern two-storey',
    'building on the Harrowgate Road business park, with 60 free parking spaces and a bus stop at the entrance.',
  ),
  j(
    'Offices are let on flexible licence agreements from one month. The all-inclusive fee covers furniture, heating, lighting,',
    'cleaning, business rates, buildings insurance and broadband. Telephone lines are charged separately.',
  ),
  'Facilities include a staffed reception, two meeting rooms, a kitchen on each floor, showers and a lift.',
  'Prices from £320 per month for a 1-desk office, £1,450 per month for 6 desks.',
];
const tSide = ['Serviced Offices', 'Virtual Offices', 'Meeting Rooms', 'Office Space to Let', 'List Your Centre', 'About Us', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Serviced Offices Harrowgate Road - Kingsmere Business Centre - OfficeSearchDirect.co.uk</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="serviced offices, office space, Harrowgate Road, Kingsmere">
<link href="/css/main.css" rel="stylesheet" type="text/css"><script language="JavaScript" src="/scripts/mm_menu.js"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-4471820-1']); _gaq.push(['_trackPageview']);</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><form name="aspnetForm" method="post" action="centre.aspx?id=2291"
id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq2N0h8YkF1b2c="></div>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" class="header" height="90">
<a href="/"><img src="/images/osd_logo.gif" width="300" height="70" border="0" alt="Office Search Direct"></a>
<font face="Arial" size="2" color="#FFFFFF"><b>Call free: 0800 555 0199</b></font></td></tr>
<tr><td colspan="2" class="topnav" bgcolor="#003366"><font face="Arial" size="1" color="#FFFFFF"><a href="/" class="toplink">Home</a> |
<a href="/search.aspx" class="toplink">Search</a> | <a href="/guides.aspx" class="toplink">Office Guides</a> | <a href="/faq.aspx"
class="toplink">FAQ</a></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#E8EEF4" class="leftnav"><table width="100%" cellpadding="4" cellspacing="0">
${tSide.map((s) => `<tr><td class="navcell"><a href="/${s.toLowerCase().replace(/ /g, '-')}.aspx" class="navlink">${s}</a></td></tr>`).join('\n')}
</table><br><table width="100%" cellpadding="6" bgcolor="#FFFFCC" style="border:1px solid #CCCC99"><tr><td><font face="Arial" size="1"><b>Free Search
Service</b><br>
Tell us what you need and we will send you a shortlist within 24 hours.</font></td></tr></table></td>
<td width="780" valign="top" class="content"><table width="100%" cellpadding="10" cellspacing="0"><tr><td>
<font face="Arial" size="1"><a href="/">Home</a> &gt; <a href="/serviced-offices.aspx">Serviced Offices</a> &gt; <a
href="/area/harrowgate.aspx">Harrowgate</a></font>
<h1 class="centretitle"><font face="Arial" color="#003366">${tTitle}</font></h1>
<table width="100%" border="0" cellpadding="0"><tr><td valign="top" width="320"><img src="/centreimages/2291_1.jpg" width="300" height="200"
alt="Kingsmere Business Centre" border="1"><br>
<font face="Arial" size="1"><a href="javascript:openGallery(2291)">View more photos</a></font></td>
<td valign="top"><font face="Arial" size="2">${tBody
  .slice(0, 3)
  .map((p) => `${p.replace(/&/g, '&amp;')}<br><br>`)
  .join('\n')}
<b>${tBody[3]}</b></font></td></tr></table>
<br><table width="100%" cellpadding="8" bgcolor="#003366"><tr><td align="center"><font face="Arial" size="3" color="#FFFFFF"><b>Interested in this centre?</b>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnEnquire" value="Enquire Now" id="ctl00_ContentPlaceHolder1_btnEnquire"></font></td></tr></table>
<br><font face="Arial" size="1" color="#666666">Centre ID: 2291. Information supplied by the centre operator and believed to be correct. Last checked
11/03/2024.</font>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" class="footer" bgcolor="#003366"><font face="Arial" size="1" color="#FFFFFF">Copyright &copy; 2003-2024 Office Search
Direct Ltd |
<a href="/privacy.aspx" class="footlink">Privacy</a> | <a href="/terms.aspx" class="footlink">Terms</a> | <a href="/sitemap.aspx"
class="footlink">Sitemap</a></font></td></tr>
</table></form></body></html>`;
const tableSite: TestPage = gold({
  name: 'heldout465-aspnet-broker-table',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call free: 0800 555 0199', 'Home', 'Search', 'Office Guides', 'FAQ', ...tSide, 'Free Search Service',
    'Tell us what you need and we will send you a shortlist within 24 hours.', 'Harrowgate', 'View more photos', 'Interested in this centre?',
    'Centre ID: 2291. Information supplied by the centre operator and believed to be correct. Last checked 11/03/2024.',
    'Copyright © 2003-2024 Office Search Direct Ltd',
    'Privacy', 'Terms', 'Sitemap',
  ],
});

export const HELDOUT465_F: readonly TestPage[] = [discourse, tableSite];
