import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout679-kit.js';

/**
 * Held-out batch 679, file d: a long-running antique clock dealer's stock page in an old table layout (font tags, left
 * navigation column, no h1, visitor counter) and a dealer's fair report on Ghost (Casper theme, member buttons, read-more cards).
 */
const tTitle = 'George III ebonised bracket clock by John Welbeck, London, circa 1775';
const tBody = [
  j(
    'A fine eight-day twin fusee bracket clock striking the hours on a bell, the ebonised bell-top case with brass carrying',
    'handle, pineapple finials and fishscale side frets, standing on brass bracket feet.',
  ),
  j(
    'The 7 inch brass break-arch dial with silvered chapter ring, matted centre and false pendulum aperture, the arch with a',
    'strike/silent subsidiary dial flanked by applied cast spandrels, signed on a silvered boss John Welbeck London.',
  ),
  j(
    'The movement with verge escapement, engraved backplate with the maker’s name in a foliate cartouche. The clock has been',
    'fully overhauled in our workshop and is in excellent working order. The case has been sympathetically cleaned and waxed.',
  ),
  'Height 19 inches (48cm) to the top of the handle.',
  j('John Welbeck is recorded working in Fleet Street from 1768 to 1796 and was made free of the Clockmakers’ Company in 1769.'),
];
const tNav = ['Home', 'Longcase Clocks', 'Bracket Clocks', 'Wall Clocks', 'Barometers', 'Restoration', 'How to find us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Wenlock Antique Clocks - Bracket Clock by John Welbeck - Stock No. 2291</title>
<meta name="keywords" content="antique clocks, bracket clock, georgian clock, John Welbeck, Shropshire clock dealer">
<meta name="description" content="George III ebonised bracket clock by John Welbeck, London">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }
//-->
</script>
<style type="text/css">
<!--
.nav { font-family: Georgia, Times New Roman, serif; font-size: 13px; color: #5C3317; text-decoration: none }
.small { font-family: Verdana, Arial; font-size: 10px; color: #666666 }
-->
</style></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Wenlock Antique Clocks - Much Wenlock, Shropshire" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#EDE3C8"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav.map((n) => `<tr><td><a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="nav">${n}</a></td></tr>`).join('\n')}
<tr><td><br><font class="small">You are visitor number<br><img src="/cgi-bin/counter.pl?df=clocks.dat" alt="counter"> 0184223</font></td></tr>
</table></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Georgia, Times New Roman, serif" color="#5C3317" size="2"><a href="bracketclocks.htm">&lt;&lt; Back to Bracket Clocks</a></font><br><br>
<font face="Georgia, Times New Roman, serif" color="#5C3317" size="5"><b>${tTitle}</b></font><br><br>
<table border="0" cellpadding="0" cellspacing="4" align="right"><tr><td><a href="javascript:MM_openBrWindow('photos/2291a.jpg','photo','width=640,height=800')">
<img src="photos/2291a_small.jpg" width="200" height="250" border="1" alt="Bracket clock"></a></td></tr>
<tr><td align="center"><font face="Verdana" size="1">Click photo to enlarge</font></td></tr></table>
<font face="Georgia, Times New Roman, serif" size="2">
${ps(tBody)}
</font>
<p><font face="Georgia, Times New Roman, serif" size="2"><b>Stock No. 2291</b> &nbsp;&nbsp; <b>Price: £3,950</b></font></p>
<p><font face="Georgia, Times New Roman, serif" size="2"><a href="mailto:clocks@wenlockclocks.co.uk?subject=Stock%202291">Enquire about this clock</a>
 | <a href="delivery.htm">Delivery &amp; setting up</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#5C3317" align="center"><font face="Verdana" size="1" color="#FFFFFF">All clocks are fully restored and guaranteed for two
years.<br>Wenlock Antique Clocks, 3 Sheinton Street, Much Wenlock, Shropshire TF13 6HS &middot; Telephone 01952 727 410<br>
Page last updated 12th January 2027</font></td></tr>
</table>
<script type="text/javascript">var sc_project=4412871; var sc_invisible=1;</script>
<script type="text/javascript" src="http://www.statcounter.com/counter/counter.js"></script>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout679-table-layout-clock-dealer',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['Page last updated 12th January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'You are visitor number 0184223', '<< Back to Bracket Clocks', 'Click photo to enlarge', 'Stock No. 2291 Price: £3,950',
    'Enquire about this clock | Delivery & setting up', 'All clocks are fully restored and guaranteed for two years.',
    'Wenlock Antique Clocks, 3 Sheinton Street, Much Wenlock, Shropshire TF13 6HS · Telephone 01952 727 410',
  ],
};

const gTitle = 'Newark in the rain: what sold, what didn’t, and what the trade is whispering';
const gDek = 'Two days, four thousand stands and one very muddy car park. Notes from the first big fair of the season.';
const gH = ['The early hours', 'What was selling', 'What wasn’t', 'The whisper'];
const gEarly = [
  j(
    'The gates opened at six on Thursday and by half past the serious buyers were already working the outside pitches with',
    'torches. Rain had been falling since midnight, which thinned the crowd but not the trade: the dealers who came meant business.',
  ),
  j(
    'I bought early and, as usual, too much: a pair of Welsh dairy bowls, a box of Victorian pressed-glass salts and a painted',
    'pine spice cabinet with its original paper labels still inside the drawers.',
  ),
];
const gSell = [
  j(
    'Anything with original paint sold quickly, as it has for the last three seasons. Country chairs, dough bins, shop fittings and',
    'advertising signs all found buyers before lunch, and prices were firm. One Lincolnshire dealer told me he had sold his entire',
    'van of garden stoneware by ten o’clock.',
  ),
  j(
    'Small silver did well too, especially napkin rings and christening sets, which seem to have become the present of choice',
    'for a younger crowd. Mid-century ceramics were steady.',
  ),
];
const gNot = j(
  'Big brown furniture remains hard work at a fair. Several good Victorian wardrobes stood unsold at the end of Friday, and one',
  'dealer was offering a mahogany linen press for less than the cost of bringing it. Oil paintings other than small landscapes',
  'were slow, and blue and white transferware, so strong a few years ago, is plentiful and cheap.',
);
const gWhisper = [
  j(
    'The talk in the tea tent was of costs. Pitch fees are up again, fuel is dear and several regulars say this may be their last',
    'season of outdoor fairs. More of the trade is moving online, and some are selling only through social media.',
  ),
  'The next Newark fair runs on 3 and 4 June. I will be on the outside pitches, under the green umbrella.',
];
const gCap = 'The painted spice cabinet, bought at 6.40am.';
const gNav = ['Home', 'Fair reports', 'Finds', 'About'];
const gMore = [
  ['Buying at country house sales without losing your shirt', 'The viewing day is where the money is made. Here is how I use it.'],
  ['A short history of the dairy bowl', 'Why a humble Welsh bowl can fetch more than a Georgian chair.'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://tradetable.news/assets/built/screen.css?v=cd4e8a21c0">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://tradetable.news/newark-in-the-rain/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-04-09T07:15:00.000Z">
<meta property="article:tag" content="Fair reports">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Trade Table"},
"author":{"@type":"Person","name":"Nell Ardagh"},"headline":"${gTitle}","datePublished":"2027-04-09T07:15:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://tradetable.news/" data-key="1f4e2a9c7d3b" data-api="https://tradetable.news/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;flex-direction:column}</style></head>
<body class="post-template tag-fair-reports is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://tradetable.news">
The Trade Table</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}"><a href="https://tradetable.news/">${n}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-fair-reports">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/fair-reports/">Fair reports</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nell/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/nell.jpg" alt="Nell Ardagh"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Ardagh</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-04-09">Apr 9, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas"><h2 id="the-early-hours">${gH[0]}</h2>${ps(gEarly)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2027/04/spice-cabinet.jpg" class="kg-image" alt="" loading="lazy"
width="1600" height="1200"><figcaption><span style="white-space: pre-wrap;">${gCap}</span></figcaption></figure>
<h2 id="what-was-selling">${gH[1]}</h2>${ps(gSell)}<h2 id="what-wasnt">${gH[2]}</h2><p>${gNot}</p>
<h2 id="the-whisper">${gH[3]}</h2><p>${gWhisper[0]}</p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">☂️</div><div class="kg-callout-text">${gWhisper[1]}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link" href="/">
<img class="post-card-image" src="/content/images/x.jpg" alt="">
</a><div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${e}</div></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://tradetable.news">The Trade Table</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="https://tradetable.news/assets/built/casper.js?v=cd4e8a21c0"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout679-ghost-fair-report',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: [gDek, ...gEarly, ...gSell, gNot, ...gWhisper],
  bylines: ['Nell Ardagh', 'Apr 9, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Trade Table', ...gNav, 'Sign in', 'Subscribe', '• 4 min read', gCap, 'Sign up for more like this.', 'Enter your email',
    ...gMore.flat(), 'The Trade Table © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT679_D: readonly TestPage[] = [tableLayout, ghost];
