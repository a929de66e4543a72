import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout621-kit.js';

/**
 * Held-out batch 621, file d: a tool hire prices page on an old Dreamweaver-era table layout (font tags, spacer GIFs, a left
 * menu column), and a Discourse topic (crawler view) on a hardware shop's community forum.
 */
const tTitle = 'Tool Hire - Prices &amp; Terms';
const tP = [
  j(
    'All our hire tools are checked, cleaned and PAT tested after every hire. Prices below include VAT. A day is any 24 hours;',
    'a weekend is collected after 3pm Friday and returned by 10am Monday, and is charged as one day and a half.',
  ),
];
const tH = ['Hire prices', 'Terms of hire'];
const tRows = [
  ['Kango 950 breaker', '£32.00', '£64.00', '£150'],
  ['SDS drill, 110v', '£14.00', '£28.00', '£50'],
  ['Floor sander (drum)', '£38.00', '£76.00', '£150'],
  ['Wallpaper stripper', '£12.00', '£24.00', '£30'],
  ['Aluminium ladder, triple 3.5m', '£15.00', '£30.00', '£50'],
  ['Petrol hedge trimmer', '£26.00', '£52.00', '£100'],
];
const tTerms = [
  'Two forms of ID are required, one showing your home address. Trade account holders need only their account number.',
  'The deposit is taken by card and refunded when the tool is returned clean and undamaged.',
  'Sanding sheets, breaker points and blades are charged separately on a wear basis.',
  'Late returns are charged at the daily rate. Please ring us if you need to extend your hire.',
];
const tMenu = ['Home', 'Ironmongery', 'Tool Hire', 'Key Cutting', 'Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Brackley Tool Hire &amp; Hardware - Tool Hire Prices</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="tool hire, brackley, hardware, breaker hire, sander hire">
<link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#E8E4D8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header.jpg" width="780" height="120" alt="Brackley Tool Hire and Hardware"></td></tr>
<tr><td colspan="3" bgcolor="#7A1F12" class="strap"><font color="#FFFFFF" face="Verdana, Arial, Helvetica, sans-serif" size="1">&nbsp;&nbsp;Established 1962
&nbsp;|&nbsp; Tel: 01280 555 773 &nbsp;|&nbsp; Open Mon-Sat 7.30am - 5pm</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F3EFE3" class="leftnav"><img src="images/spacer.gif" width="160" height="12"><br>
<table width="150" border="0" cellspacing="0" cellpadding="4">
${tMenu.map((t) => `<tr><td class="navlink">&raquo; <a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><br><div align="center"><img src="images/calor_stockist.gif" width="120" height="60" alt="Calor Gas stockist"></div>
<p class="smalltext" align="center"><font size="1">Calor Gas stockist<br>Bottle exchange while you wait</font></p></td>
<td width="12"><img src="images/spacer.gif" width="12" height="1"></td>
<td width="608" valign="top" class="bodytext"><img src="images/spacer.gif" width="1" height="12"><br>
<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#7A1F12" size="4">${tTitle}</font></h1>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${ps(tP)}
<h2><font size="3" color="#7A1F12">${at(tH, 0)}</font></h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">
<tr bgcolor="#7A1F12"><td><font color="#FFFFFF"><b>Tool</b></font></td><td><font color="#FFFFFF"><b>Day</b></font></td>
<td><font color="#FFFFFF"><b>Week</b></font></td><td><font color="#FFFFFF"><b>Deposit</b></font></td></tr>
${trs(tRows)}
</table>
<h2><font size="3" color="#7A1F12">${at(tH, 1)}</font></h2>
<ol>${tTerms.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p><a href="#top">Back to top</a></p></font></td></tr>
<tr><td colspan="3" bgcolor="#7A1F12" align="center" class="footer"><font color="#FFFFFF" face="Verdana" size="1">&copy; Brackley Tool Hire &amp; Hardware
2003-2025 &nbsp;|&nbsp; 12 Market Place, Brackley NN13 7DP<br>Site by <a href="http://www.webworks-nn.co.uk"><font color="#FFFFFF">WebWorks
Northants</font></a></font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");</script></body></html>`;
const tables: TestPage = {
  name: 'heldout621-table-layout-tool-hire',
  kind: 'docs',
  html: tHtml,
  title: 'Tool Hire - Prices & Terms',
  headings: tH,
  body: texts([...tP, ...rowTexts(tRows), ...tTerms]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Established 1962 | Tel: 01280 555 773 | Open Mon-Sat 7.30am - 5pm', ...tMenu.map((t) => `» ${t}`), 'Calor Gas stockist',
    'Bottle exchange while you wait', 'Back to top', '© Brackley Tool Hire & Hardware 2003-2025 | 12 Market Place, Brackley NN13 7DP',
    'Site by WebWorks Northants',
  ],
};

const dTitle = 'Restoring an old cast-iron bench vice: paint it or leave it?';
const dPosts: { user: string; name: string; time: string; iso: string; likes: string; paras: string[] }[] = [
  {
    user: 'tam_brodie',
    name: 'Tam',
    time: 'March 3, 2025,  7:42pm',
    iso: '2025-03-03T19:42:11Z',
    likes: '2 Likes',
    paras: [
      j(
        'Picked up a 4 inch engineer&#39;s vice at a farm sale for a tenner. Jaws are fine and the screw turns, but the body is covered',
        'in flaky green paint and rust underneath. Is it worth stripping it back to bare metal, or should I just wire-brush it and use it?',
      ),
      'Also, the jaw plates are held on with two screws each and one is seized solid. Any tips before I snap it?',
    ],
  },
  {
    user: 'margaret.oyelaran',
    name: 'Margaret Oyelaran',
    time: 'March 3, 2025,  9:05pm',
    iso: '2025-03-03T21:05:40Z',
    likes: '5 Likes',
    paras: [
      j(
        'Strip it. A vice lives in a damp shed and rust under old paint just keeps spreading. A cup brush on an angle grinder will have the',
        'body clean in half an hour; wear a mask because old paint may contain lead.',
      ),
      j(
        'For the seized screw, soak it in penetrating oil for a couple of days, then give the screwdriver a sharp tap with a hammer before',
        'you turn it. If it still won&#39;t move, heat the body around the screw with a blowlamp, not the screw itself.',
      ),
    ],
  },
  {
    user: 'OakhurstHardware',
    name: 'Oakhurst Hardware',
    time: 'March 4, 2025,  8:15am',
    iso: '2025-03-04T08:15:02Z',
    likes: '3 Likes',
    paras: [
      j(
        'Agree with Margaret. After stripping, we would use a rust-converting primer and then a hammered-finish metal paint, which hides',
        'the rough casting and chips less than smooth gloss. Keep paint off the slide and the screw thread; grease those instead.',
      ),
      'We have replacement jaw plates for most 4 inch vices at the counter if yours turn out to be worn.',
    ],
  },
  {
    user: 'tam_brodie',
    name: 'Tam',
    time: 'March 9, 2025,  5:30pm',
    iso: '2025-03-09T17:30:55Z',
    likes: '4 Likes',
    paras: ['Done! Oil and patience got the screw out. Went with the hammered finish in dark blue. Thanks both, it looks better than new.'],
  },
];
const dRel: [string, string, string, string][] = [
  ['Best oil for a pillar drill quill?', '6', '188', 'Feb 2025'],
  ['Identifying an old Record plane', '11', '402', 'Jan 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = (p: (typeof dPosts)[number], i: number): string => {
  const head = `<div class='topic-meta-data' role='heading' aria-level='2'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href='https://community.oakhursthardware.co.uk/u/${p.user}'><span itemprop='name'>${p.user}</span></a>
(${p.name})</span><span class="crawler-post-infos"><time itemprop='datePublished' datetime='${p.iso}' class='post-time'>${p.time}</time>
<meta itemprop='position' content='${i + 1}'></span></div>`;
  const body = `<div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}" /><span class='post-likes'>${p.likes}</span>
</div>`;
  return i === 0
    ? `<div itemprop='mainEntity' itemscope itemtype='http://schema.org/DiscussionForumPosting' class='topic-body crawler-post'>${head}${body}`
    : `<div id='post_${i + 1}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>${head}${body}</div>`;
};
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Workshop - Oakhurst Hardware Community</title>
<meta name="description" content="Picked up a 4 inch engineer&#39;s vice at a farm sale for a tenner.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 8c2f3e1">
<link rel="canonical" href="https://community.oakhursthardware.co.uk/t/restoring-an-old-cast-iron-bench-vice-paint-it-or-leave-it/1187">
<meta name="theme-color" media="all" content="#ffffff"><link href="/stylesheets/color_definitions_light_2_3.css?__ws=community.oakhursthardware.co.uk"
media="all" rel="stylesheet" class="light-scheme"><link href="/stylesheets/desktop_8c2f.css" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.oakhursthardware.co.uk",
"potentialAction":{"@type":"SearchAction","target":"https://community.oakhursthardware.co.uk/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
<meta property="og:site_name" content="Oakhurst Hardware Community"><meta property="article:section" content="Workshop"></head>
<body class="crawler "><header><a href="/">
<img src="https://community.oakhursthardware.co.uk/uploads/default/original/1X/logo.png" alt="Oakhurst Hardware Community"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/restoring-an-old-cast-iron-bench-vice-paint-it-or-leave-it/1187">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/workshop/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Workshop</span></span></a><meta itemprop="position" content="1" />
</span></div>
<div class="topic-tags"><a href='/tag/restoration' class='discourse-tag'>restoration</a><a href='/tag/vices' class='discourse-tag'>vices</a></div></div>
${dPosts.map(post).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'>
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a itemprop='url' href='/t/x' class='title raw-link raw-topic-link'>${r[0]}</a>
</span><div class="link-bottom-line"><a href='/c/workshop/5' class='badge-wrapper bullet'><span class='badge-category clear-badge'>
<span class='category-name'>Workshop</span>
</span></a></div></td><td></td><td class="replies"><span class='posts' title='posts'>${r[1]}</span></td><td class="views">
<span class='views' title='views'>${r[2]}</span>
</td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}'>${t}</a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout621-discourse-bench-vice',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, `(${p.name})`, p.time.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Workshop', 'restoration', 'vices', '2 Likes', '5 Likes', '3 Likes', '4 Likes', 'Related topics', ...dRel.flat(), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT621_D: readonly TestPage[] = [tables, discourse];
