import { links, type TestPage } from './page-kit.js';
import { bodyOf, headingsOf, j, type Part, render } from './pages-heldout457-kit.js';

/**
 * Held-out batch 457, file d: a beekeeping association's swarm notice on an old hand-written table layout (left link column,
 * collectors table, hit counter), and a smallholding seasonal guide on Ghost (Casper) with a callout card and read-more cards.
 */
const tTitle = 'Have you got a swarm of bees?';
const tTop: Part[] = [
  {
    p: j(
      'From April to July honey bee colonies reproduce by swarming. Half the bees leave the hive with the old queen and cluster on a branch,',
      'fence or wall while scouts look for a new home. A swarm can look alarming but the bees are full of honey and are rarely aggressive.',
    ),
  },
  { h: 'Is it honey bees?', lv: 3 },
  {
    p: j(
      'We can only collect honey bees. Bumblebees nesting in a compost heap or a bird box should be left alone; they will die out naturally',
      'by the end of the summer. Wasps and hornets are pests, and you should contact a pest controller or the district council.',
    ),
  },
  {
    p: j('Honey bees are brown and slim, about the size of a fingernail, and a swarm will usually be a cluster the size of a football or larger.'),
  },
  { h: 'What to do', lv: 3 },
  {
    ul: [
      'Keep children and pets away from the cluster.',
      'Do not spray the bees with water or insecticide.',
      'Ring one of our swarm collectors below, starting with the one nearest to you.',
      'If you can, send a photograph by text so the collector knows what to bring.',
    ],
  },
  { h: 'Swarm collectors', lv: 3 },
];
const tRows = [
  ['Northmoor and Eynsworth', 'Gordon Fitch', '07700 900412'],
  ['Bampford and the Windrush villages', 'Alice Penrose', '07700 900871'],
  ['Standley and Hartcombe', 'Rob &amp; Lin Sayer', '01865 000213'],
  ['Witney Road to Carswell', 'Dev Bhattacharya', '07700 900508'],
];
const tEnd: Part[] = [
  {
    p: j(
      'Our collectors are volunteers and collect swarms free of charge, although a donation to the association&#39;s apiary fund is always',
      'welcome. We cannot remove bees that have moved into a chimney or cavity wall.',
    ),
  },
];
const tNav = ['Home', 'About the Association', 'Meetings', 'Training', 'Honey for sale', 'Links', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Swarms - Northmoor &amp; District Beekeepers' Association</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="bees, swarm, swarms, beekeepers, Northmoor, honey">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="110" alt="Northmoor &amp; District Beekeepers' Association"></td></tr>
<tr><td width="170" valign="top" bgcolor="#CC9933" class="nav"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav.map((t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
<tr><td class="navlink"><a href="swarms.htm"><b>Swarms</b></a></td></tr></table>
<br><table width="150" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#663300" bgcolor="#FFFFCC"><tr><td><font face="Arial" size="2">
<b>Next meeting</b><br>Tuesday 4 May, 7.30pm, Northmoor Village Hall</font></td></tr></table><br></td>
<td width="590" valign="top" class="main"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Arial" color="#663300">${tTitle}</font></h1>
<img src="images/swarm-on-fence.jpg" width="220" height="165" align="right" hspace="8" vspace="4" alt="A swarm on a fence post">
<font face="Arial" size="2">
${render(tTop)}
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CC9933"><tr bgcolor="#FFCC66"><td><b>Area</b></td><td><b>Collector</b></td>
<td><b>Telephone</b></td></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td><font face="Arial" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
</table>
${render(tEnd)}
<p><i>Page last updated 14 April 2027</i></p></font></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#663300"><font face="Arial" size="1"
color="#FFFFCC">&copy; Northmoor &amp; District Beekeepers' Association 2003-2027
| Registered Charity No. 1034478<br>You are visitor number <img src="/cgi-bin/counter.pl?page=swarms" alt="48213"> | <a
href="mailto:webmaster@northmoorbees.org.uk">
<font color="#FFFFCC">Webmaster</font></a></font></td></tr></table>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2210934-1']); _gaq.push(['_trackPageview']);
(function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();
</script></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout457-table-layout-swarm-notice',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: headingsOf(tTop),
  body: [...bodyOf(tTop), ...tRows.map((r) => r.join(' ').replace(/&amp;/g, '&')), ...bodyOf(tEnd)],
  bylines: ['Page last updated 14 April 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Contact'), 'Next meeting', 'Tuesday 4 May, 7.30pm, Northmoor Village Hall',
    "© Northmoor & District Beekeepers' Association 2003-2027",
    'Registered Charity No. 1034478', 'You are visitor number', 'Webmaster',
  ],
};

const hTitle = 'Lambing for small flocks: the six-week countdown';
const hDek = 'Everything we do in the last six weeks before lambing, for a flock of twenty ewes or fewer.';
const hParts: Part[] = [
  {
    p: j(
      'Most smallholders lamb a handful of ewes in March or April, often with a day job to fit around. The work that makes lambing calm',
      'happens weeks before the first lamb arrives, so this is the countdown we follow with our eighteen Shetland and Jacob ewes.',
    ),
  },
  { h: 'Six weeks out: scan results and feeding' },
  {
    p: j(
      'By now you should know from scanning which ewes are carrying singles, twins or triplets. Split them into groups if you can.',
      'Twin-bearing ewes need their concentrate ration raised gradually over the last six weeks, because three quarters of a lamb&#39;s',
      'growth happens in this time.',
    ),
  },
  { h: 'Four weeks out: vaccinate and check feet' },
  {
    p: j(
      'Give the clostridial booster four to six weeks before the first ewe is due so that the colostrum carries protection to the lambs.',
      'Trim or treat any lame ewes now; a lame ewe will not get up to feed.',
    ),
  },
  { h: 'Two weeks out: build the pens' },
  {
    p: j(
      'We use hurdles to make individual pens 1.5 metres square along one side of the barn, bedded deep with clean straw. Each pen gets a',
      'hay rack and a bucket hung at a height the lambs can&#39;t fall into.',
    ),
  },
];
const hTip = j(
  '<strong>Tip:</strong> write each ewe&#39;s tag number and due date on a whiteboard by the barn door. At 3am you will not remember who',
  'was scanned for triplets.',
);
const hRest: Part[] = [
  { h: 'The lambing kit' },
  {
    ul: [
      'Iodine or strong navel spray',
      'Lubricant and disposable long-sleeved gloves',
      'A stomach tube and 60 ml syringe',
      'Frozen colostrum, or powdered ewe colostrum replacer',
      'Lambing ropes',
      'A heat lamp and a box for chilled lambs',
      'The vet&#39;s number, written down',
    ],
  },
  { h: 'When to call for help' },
  {
    p: j(
      'If a ewe has been straining for half an hour with nothing to show, or you can feel a head but no legs, or legs but no head, it is',
      'time to call the vet or an experienced neighbour. Calling early is never the wrong decision.',
    ),
  },
];
const hNav = ['Home', 'Guides', 'Recipes', 'Our holding'];
const hCap = 'Shetland ewes waiting for the hay round.';
const hCards: [string, string, string, string][] = [
  ['Tupping time: getting ewes fit in autumn', 'Body condition, flushing and when to put the ram in.', 'Sep 14, 2026', '6 min read'],
  ['Hay or haylage for a dozen sheep?', 'We tried both for a winter each. Here is what we found.', 'Nov 2, 2026', '4 min read'],
  ['Ten things we got wrong in our first year', 'From the wrong fencing to the wrong breed.', 'Jan 19, 2027', '9 min read'],
];
const hCard = ([t, x, d, m]: [string, string, string, string]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/size/w600/2026/${t.length}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags"></div><h2
class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026">${d}</time>
<span class="post-card-meta-length">${m}</span></footer></div></article>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b1c3d4e5f"><meta name="description" content="${hDek}">
<link rel="canonical" href="https://oakhangersmallholder.com/lambing-six-week-countdown/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Oakhanger Smallholder"},
"author":{"@type":"Person","name":"Josie Wetherall"},"headline":"${hTitle}","datePublished":"2027-02-08T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://oakhangersmallholder.com/" data-key="3f1a9c" data-api="https://oakhangersmallholder.com/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3f1a9c"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"
data-sodo-search="https://oakhangersmallholder.com/" crossorigin="anonymous"></script></head>
<body class="post-template tag-seasonal-guides tag-sheep is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://oakhangersmallholder.com">Oakhanger Smallholder</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${hNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.length}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-seasonal-guides tag-sheep image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/seasonal-guides/">Seasonal
guides</a></span></div><h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/josie/"
class="author-avatar" aria-label="Read more of Josie Wetherall"><img class="author-profile-image" src="/content/images/size/w100/2025/03/josie.jpg"
alt="Josie Wetherall">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/josie/">Josie Wetherall</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-08">Feb 8, 2027</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 7 min read</span></div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/2027/02/ewes.jpg 300w, /content/images/size/w1000/2027/02/ewes.jpg 1000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/02/ewes.jpg" alt="Shetland ewes in a paddock">
<figcaption>${hCap}</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${render(hParts, { h: '' })}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${hTip}</div></div>
${render(hRest)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${hCards.map(hCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://oakhangersmallholder.com">Oakhanger Smallholder</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up'], 'nav-sign-up')}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2b1c3d4e5f"></script><script>document.documentElement.classList.add('js');</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout457-ghost-lambing-countdown',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...headingsOf(hParts), ...headingsOf(hRest)],
  body: [hDek, ...bodyOf(hParts), ...bodyOf([{ p: hTip }]), ...bodyOf(hRest)],
  bylines: ['Josie Wetherall', 'Feb 8, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Oakhanger Smallholder', ...hNav, 'Sign in', 'Subscribe', 'Seasonal guides', '7 min read', hCap, 'Sign up for more like this.', 'Enter your email',
    ...hCards.flat(), 'Oakhanger Smallholder © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT457_D: readonly TestPage[] = [tableLayout, ghost];
