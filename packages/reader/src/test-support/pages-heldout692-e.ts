import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout692-kit.js';

/**
 * Held-out batch 692, file e: a memorial mason's care article on Ghost (Casper theme, with the members signup box and
 * "read more" cards), and a village monumental mason's cemetery regulations page in an old table layout.
 */
const gTitle = 'Caring for a granite memorial through the seasons';
const gExcerpt = 'A few minutes twice a year keeps a polished stone looking new. Here is what we tell families when we fix a memorial.';
const gSecs: [string, string[], string[]][] = [
  [
    'Spring',
    [
      j(
        'Once the frosts have passed, wash the stone with clean water and a soft brush. Washing-up liquid is fine in small amounts.',
        'Avoid bleach, household cleaners that contain acid, and wire brushes, all of which dull a polished face.',
      ),
    ],
    [],
  ],
  [
    'Summer',
    ['Check the vase for cracks and clear out old flower stems, which stain the granite as they rot. You will need:'],
    ['a soft nylon brush', 'two buckets of clean water', 'a microfibre cloth for drying'],
  ],
  [
    'Autumn',
    [
      j(
        'Leaves left on a stone hold moisture against it and can mark lighter granites. Brush them off on each visit. Autumn is also',
        'the time to look at the lettering: if paint or gilding is lifting, let us know before winter gets into it.',
      ),
    ],
    [],
  ],
  [
    'Winter',
    [
      j(
        'Do not try to clear ice or snow from a memorial. Granite itself is unharmed by frost, but the fixings and the foundation',
        'are best left alone until the ground thaws. If a stone looks as though it is leaning, call us rather than pushing it back.',
      ),
    ],
    [],
  ],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Caring for a granite memorial through the seasons</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9b2c1e3a4f"><link rel="canonical"
href="https://journal.faraday-memorials.co.uk/caring-for-granite/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Faraday Memorials Journal"><meta property="og:type"
content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Faraday Memorials Journal"},
"author":{"@type":"Person","name":"Owen Faraday"},"headline":"Caring for a granite memorial through the seasons",
"datePublished":"2026-05-02T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://journal.faraday-memorials.co.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-care has-serif-body"><div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo"><div
class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://journal.faraday-memorials.co.uk">Faraday Memorials Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu"></button>
</div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://journal.faraday-memorials.co.uk/">Home</a></li><li class="nav-care"><a
href="/tag/care/">Care</a></li>
<li class="nav-design"><a href="/tag/design/">Design</a></li><li class="nav-the-yard"><a href="https://faraday-memorials.co.uk">The yard</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-care image-small"><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/care/">Care</a></span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gExcerpt}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list">
<li class="author-list-item"><a href="/author/owen/" class="author-avatar author-profile-image"><img class="author-profile-image"
src="/content/images/owen.jpg" alt="Owen Faraday"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Faraday</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-02">May 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/05/granite-clean.jpg" alt="Cleaning a black granite headstone"><figcaption><span
style="white-space: pre-wrap;">A soft brush and clean water are all most stones need.</span></figcaption></figure>
</header><section class="gh-content gh-canvas">
${gSecs.map(([h, p, l]) => `<h2 id="${h.toLowerCase()}">${h}</h2>${ps(p)}${l.length > 0 ? `<ul>${lis(l)}</ul>` : ''}`).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
<article class="post-card post"><a class="post-card-image-link" href="/re-gilding-letters/"><img class="post-card-image" src="/content/images/gild.jpg"
alt="Gilding"></a><div class="post-card-content">
<a class="post-card-content-link" href="/re-gilding-letters/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Care</span></div>
<h2 class="post-card-title">When should letters be re-gilded?</h2></header><div
class="post-card-excerpt">Gold leaf lasts longer than paint, but not for ever.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-04-11">Apr 11, 2026</time><span
class="post-card-meta-length">2 min read</span></footer></div></article>
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://journal.faraday-memorials.co.uk">Faraday Memorials Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9b2c1e3a4f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout692-granite-care-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h),
  body: texts([gExcerpt, ...gSecs.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['Owen Faraday', 'May 2, 2026', 'Apr 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Faraday Memorials Journal', 'Home', 'Care', 'Design', 'The yard', 'Sign in', 'Subscribe', '3 min read',
    'A soft brush and clean water are all most stones need.', 'Sign up for more like this.', 'Enter your email', 'When should letters be re-gilded?',
    'Gold leaf lasts longer than paint, but not for ever.', '2 min read', '© 2026', 'Privacy', 'Powered by Ghost',
  ],
};

const tTitle = 'Cemetery Regulations';
const tBody = [
  j(
    'Before we can fix any memorial, the burial authority must give permission. We apply on your behalf, but please note the',
    'following rules which apply at Ashcombe Parish Churchyard and Ashcombe Town Cemetery.',
  ),
  'Headstones may not exceed 3ft in height or 2ft in width on lawn sections.',
  'Polished black or coloured granite is not permitted in the old churchyard.',
  'Kerbs and chippings are allowed in the Town Cemetery, sections C and D only.',
  'Permit fees are payable to the authority and are currently £185 (churchyard) and £142 (cemetery).',
  j('Please allow 8 to 10 weeks for permission. If you have any questions ring Mr. D. Prowse on Ashcombe 4127 or call in at the', 'works on Station Road.'),
];
const tMenu = ['Home', 'New Memorials', 'Additional Lettering', 'Cleaning &amp; Restoration', 'Cemetery Regulations', 'Price Guide', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Prowse &amp; Son Monumental Masons - Cemetery Regulations</title>
<meta name="keywords" content="headstones, memorials, ashcombe, monumental masons, granite"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<link href="style.css" rel="stylesheet" type="text/css"><script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#E8E4DC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Prowse &amp; Son Monumental Masons, established 1888"></td></tr>
<tr><td width="170" valign="top" bgcolor="#5B5A52"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tMenu.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm" class="navlink">${t}</a></td></tr>`).join('\n')}
</table><p class="navsmall">&nbsp;Tel: Ashcombe 4127</p></td>
<td width="610" valign="top" class="main"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<p class="heading"><font face="Georgia, Times New Roman, serif" size="5" color="#3B3A33"><b>${tTitle}</b></font></p>
<p><font face="Verdana, Arial" size="2">${tBody[0]}</font></p>
${tBody
  .slice(1, 5)
  .map((t) => `<p><font face="Verdana, Arial" size="2"><img src="images/bullet.gif" width="8" height="8"> ${t}</font></p>`)
  .join('\n')}
<p><font face="Verdana, Arial" size="2">${tBody[5]}</font></p>
<p align="center"><a href="#top"><font size="1">Back to top</font></a></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#5B5A52" align="center"><font face="Verdana, Arial" size="1"
color="#FFFFFF">&copy; Prowse &amp; Son 2004-2026 | Station Road, Ashcombe |
Site by Westcountry Webworks</font></td></tr></table>
<!-- Start of StatCounter Code --><script type="text/javascript">var sc_project=2210453;var sc_invisible=1;</script><!-- End of StatCounter Code -->
</body></html>`;
const table: TestPage = {
  name: 'heldout692-cemetery-regulations-table',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...texts(tMenu.filter((t) => t !== 'Cemetery Regulations')), 'Tel: Ashcombe 4127', 'Back to top',
    '© Prowse & Son 2004-2026 | Station Road, Ashcombe | Site by Westcountry Webworks',
  ],
};

export const HELDOUT692_E: readonly TestPage[] = [ghost, table];
