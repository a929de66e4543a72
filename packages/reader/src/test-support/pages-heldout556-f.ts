import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, but, j, lis, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file f: a safe engineer's page from an old table-layout site (FrontPage era, font tags, a hit counter),
 * and a local news article about a rogue locksmith on a Next.js news site (CSS-module classes, ad slots, __NEXT_DATA__).
 */
const tTitle = 'Safe Opening &amp; Servicing';
const tBody = [
  j(
    'Ashdown Safe &amp; Lock have opened, repaired and moved safes in the county since 1986. We work for homes, shops, solicitors,',
    'churches and the police, and every job is done by one of our two qualified safe engineers.',
  ),
  'Locked out of your safe?',
  j(
    'Lost combinations, forgotten codes, flat batteries and broken handles are the usual causes. In nearly every case we can open',
    'the safe without damage by manipulating the lock, and only drill as a last resort. A drilled safe is always repaired and',
    'regraded before we leave.',
  ),
  'Servicing',
  j(
    'A safe lock should be serviced every two years, more often for a busy shop. A service includes cleaning and checking the lock,',
    'testing the relockers, changing the code and fitting new batteries on electronic locks.',
  ),
  'Our charges',
  'Safe opening (key or combination lost): from £150',
  'Electronic lock reset or replacement: from £95',
  'Two-yearly service: £65 per safe',
  'Safe moving and installation: by quote',
  'Please phone rather than e-mail for urgent openings, as we are often out on jobs.',
];
const tNav = ['Home', 'Safes For Sale', 'Safe Opening', 'Locks', 'Key Cutting', 'Contact Us'];
const font = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const bold = (t: string): string => `<p><b><font face="Arial" size="3" color="#003366">${t}</font></b></p>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="safe engineer, safe opening, safe servicing, locksmith, Ashdown">
<title>Ashdown Safe &amp; Lock - Safe Opening &amp; Servicing</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style><!-- a:link { color: #003366 } a:hover { color: #CC0000 } --></style></head>
<body bgcolor="#E8EEF4" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_on.gif')">
<table border="0" width="760" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="760" height="120" alt="Ashdown Safe &amp; Lock - Established 1986"></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="22" align="center"><font face="Verdana" size="1" color="#FFFFFF">
<marquee scrollamount="3">24 hour emergency safe opening - call 01632 960 118</marquee></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#D6E0EA"><table border="0" width="100%" cellpadding="4" cellspacing="0">
${tNav.map((t) => `<tr><td>${font(`<a href="${t.toLowerCase().replace(/ /g, '_')}.htm">${t}</a>`)}</td></tr>`).join('\n')}
</table><p align="center">${font('<b>Call us:</b><br>01632 960 118')}</p>
<p align="center"><img border="0" src="images/mla_logo.gif" width="120" height="60" alt="MLA Approved"></p></td>
<td width="600" valign="top"><table border="0" width="100%" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Arial" color="#003366">${tTitle}</font></h1>
<p>${font(tBody[0] ?? '')}</p>
<p align="center"><img border="0" src="images/safe_open.jpg" width="300" height="220" alt="Engineer opening a safe"><br>
<font face="Verdana" size="1"><i>Opening a fire safe for a local solicitor</i></font></p>
${bold(tBody[1] ?? '')}<p>${font(tBody[2] ?? '')}</p>
${bold(tBody[3] ?? '')}<p>${font(tBody[4] ?? '')}</p>
${bold(tBody[5] ?? '')}<ul>${lis(tBody.slice(6, 10).map(font))}</ul>
<p>${font(tBody[10] ?? '')}</p>
<p align="center">${font('<a href="contact_us.htm"><b>Click here to contact us</b></a>')}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Ashdown Safe &amp; Lock, 22 Market Row, Ashdown AD1 3BE<br>
Copyright © 2004-2026 Ashdown Safe &amp; Lock. All rights reserved.<br>This page was last updated on 14/02/2026</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1">You are visitor number <img src="cgi-bin/counter.gif"
alt="048213"> | Best viewed at 1024 x 768</font>
</td></tr></table></body></html>`;
const ashdown: TestPage = tidy({
  name: 'heldout556-table-layout-safe-engineer',
  kind: 'docs',
  html: tHtml,
  title: 'Safe Opening & Servicing',
  headings: at(tBody, [1, 3, 5]),
  body: texts(but(tBody, [1, 3, 5])),
  bylines: ['This page was last updated on 14/02/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '24 hour emergency safe opening - call 01632 960 118', ...tNav, 'Call us: 01632 960 118',
    'Opening a fire safe for a local solicitor', 'Click here to contact us',
    'Ashdown Safe & Lock, 22 Market Row, Ashdown AD1 3BE', 'Copyright © 2004-2026 Ashdown Safe & Lock. All rights reserved.', 'You are visitor number',
    'Best viewed at 1024 x 768',
  ],
});

const nTitle = 'Pensioner charged £920 to get back into her home, as residents warn of rogue locksmith';
const nBody = [
  'A Brinton woman was quoted £60 on the phone. The bill on her doorstep was fifteen times that.',
  j(
    'An 81-year-old woman from Upper Brinton was charged £920 by a locksmith she found online after locking herself out of her',
    'bungalow on a Sunday evening, and at least three other households in the area say the same firm overcharged them this month.',
  ),
  j(
    'Margaret Holloway said she searched on her phone for a locksmith near her and rang the first number listed, which claimed',
    'to be based in the town. She was told the call-out would cost £60. The man who arrived an hour and a half later drilled out',
    'the lock within minutes and then presented a bill for a new lock, labour and an "out of hours" charge.',
  ),
  j(
    '“He stood there until I paid. I did not know what else to do, it was dark and I just wanted to get inside,” she said.',
    '“My neighbour’s son told me afterwards that a new lock like that costs about forty pounds.”',
  ),
  'Other residents',
  j(
    'Since the Echo asked readers about the firm, three more people in Brinton and Norcot have come forward with bills of between',
    '£480 and £760. All of them said the price rose after the door had been opened, and two were asked to pay by bank transfer.',
  ),
  j(
    'Trading Standards at Calder County Council confirmed it had received complaints about a company using several different names',
    'and is investigating. A spokesperson urged anyone who is locked out to ask for a full written price before work begins.',
  ),
  j(
    'Local locksmith Priti Varma, who has worked in the town for twenty years, said most lockouts do not need a lock to be drilled',
    'at all. “Nine times out of ten, we can open a door without damaging anything. If someone goes straight for the drill, ask why.”',
  ),
  j('Anyone who thinks they have been overcharged can contact the Citizens Advice consumer helpline, which passes reports to Trading', 'Standards.'),
];
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Obituaries'];
const nMore = ['Council confirms date for Market Row roadworks', 'Norcot primary school rated good by inspectors', 'Man rescued from River Calder after fall'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { article: { id: 'a-88213', headline: nTitle, section: 'news', body: nBody.slice(1, 3) } } },
  page: '/[section]/[slug]',
});
const nP = (t: readonly string[]): string => ps(t, ' class="ArticleBody_paragraph__k2Wq9"');
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Hadley Moor Echo</title><meta name="description" content="${nBody[0]}"/><meta property="og:type" content="article"/>
<meta property="article:section" content="News"/><link rel="canonical"
href="https://www.hadleymoorecho.example/news/pensioner-charged-920-rogue-locksmith-88213"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-11-17T06:00:00Z",
"dateModified":"2026-11-17T12:41:00Z","author":[{"@type":"Person","name":"Sam Whitlock"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Hadley Moor Echo"}}</script>
<link rel="preload" href="/_next/static/css/4a7c1e9b2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4a7c1e9b2d.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script>
<script src="/_next/static/chunks/webpack-8f2e1b.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-2c1f.js"
defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__3hQ0x" href="#main">Skip to main content</a>
<div class="TopBar_bar__Yp1aQ"><span>Tuesday 17 November 2026</span><a href="/subscribe"
class="TopBar_subscribe__r8Kx2">Subscribe to the Echo from £1 a week</a></div>
<header class="Header_header__1xKcL"><a href="/" class="Header_logo__2bJvX" aria-label="Hadley Moor Echo home"><svg role="img" aria-hidden="true"></svg></a>
<nav class="Header_nav__q7NfA" aria-label="Sections"><ul class="Header_list__8Rk2d">${links(nNav, 'Header_item__m0Q3s')}</ul></nav>
<button class="Header_search__Fh2kP" type="button"><span class="visually-hidden">Search</span></button></header>
<main id="main" class="Layout_main__cM3dE"><nav aria-label="Breadcrumb"
class="Breadcrumb_crumbs__ZS8kt"><ol>${links(['Home', 'News', 'Upper Brinton'])}</ol></nav>
<article class="Article_article__Bq1mZ"><header class="ArticleHeader_header__Xp9d2"><h1 class="ArticleHeader_headline__t4Vn0"
data-testid="headline">${nTitle}</h1>
<p class="Standfirst_standfirst__a8Jw3">${nBody[0]}</p><div class="Byline_byline__cV6kS"><span class="Byline_author__Z0o9Q">By <a
href="/authors/sam-whitlock">Sam Whitlock</a></span>
<span class="Byline_role__Gm2tP">Local Democracy Reporter</span><time dateTime="2026-11-17T06:00:00Z" class="Byline_time__w1Hn7">06:00, 17 NOV 2026</time>
<span class="Byline_updated__Lr5sD">Updated 12:41, 17 NOV 2026</span></div>
<ul class="ShareBar_share__o2Yc4"
aria-label="Share this article"><li><button>Facebook</button></li><li><button>X</button></li><li><button>WhatsApp</button></li><li><button>Copy link</button>
</li></ul>
</header><figure class="LeadImage_figure__s3Qv8"><img alt="A front door with a drilled-out lock" src="/_next/image?url=%2Fimg%2Flock.jpg&amp;w=1200&amp;q=75"
decoding="async"/>
<figcaption class="LeadImage_caption__Nf2xC">The lock on Mrs Holloway’s front door after it was drilled <span
class="LeadImage_credit__y6Jq1">(Image: Echo)</span></figcaption></figure>
<div class="ArticleBody_body__hT6vE">${nP(nBody.slice(1, 3))}
<div class="AdSlot_slot__pL2aX" data-slot="mpu-1"><span class="AdSlot_label__e0Rz1">Advertisement</span><div id="gpt-mpu-1"></div></div>
<p class="ArticleBody_readMore__Uc1lx"><strong>Read more:</strong> <a
href="/news/doorstep-traders-warning">Police warn over doorstep traders in Calder villages</a></p>
${nP(nBody.slice(3, 4))}<h2 class="ArticleBody_subheading__O7mQx">${nBody[4]}</h2>${nP(nBody.slice(5, 7))}
<div class="AdSlot_slot__pL2aX" data-slot="mpu-2"><span class="AdSlot_label__e0Rz1">Advertisement</span><div id="gpt-mpu-2"></div></div>
${nP(nBody.slice(7))}</div>
<div class="Newsletter_box__g8QnW"><h3
class="Newsletter_title__C4dRw">Get the Echo’s morning briefing</h3><p>The day’s top local stories in your inbox at 7am.</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email" placeholder="Your email"/><button
type="submit">Sign up</button></form></div>
</article>
<aside class="MoreFrom_more__dE3sM"><h2 class="MoreFrom_title__x2Lp0">More from News</h2><ul>${links(nMore, 'MoreFrom_item__hB7aN')}</ul></aside></main>
<footer class="Footer_footer__n8Rt4"><ul class="Footer_links__Qz3sK">${links(nFoot)}</ul><p
class="Footer_copy__vL1eE">© 2026 Hadley Moor Echo Ltd. Registered in England and Wales.</p>
</footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const echo: TestPage = tidy({
  name: 'heldout556-nextjs-rogue-locksmith-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: at(nBody, [4]),
  body: texts(but(nBody, [4])),
  bylines: ['By Sam Whitlock', 'Local Democracy Reporter', '06:00, 17 NOV 2026', 'Updated 12:41, 17 NOV 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tuesday 17 November 2026', 'Subscribe to the Echo from £1 a week', ...nNav, 'Home', 'Upper Brinton', 'Facebook', 'X', 'WhatsApp',
    'Copy link', 'The lock on Mrs Holloway’s front door after it was drilled (Image: Echo)', 'Advertisement',
    'Read more: Police warn over doorstep traders in Calder villages', 'Get the Echo’s morning briefing', 'The day’s top local stories in your inbox at 7am.',
    'Sign up', 'More from News', ...nMore, ...nFoot, '© 2026 Hadley Moor Echo Ltd. Registered in England and Wales.',
  ],
});

export const HELDOUT556_F: readonly TestPage[] = [ashdown, echo];
