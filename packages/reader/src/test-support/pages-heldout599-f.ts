import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout599-kit.js';

/**
 * Held-out batch 599, file f: a local news report on a scaffold firm's fine on a Next.js news site (CSS-module class names,
 * __NEXT_DATA__, ad slots, most-read rail), and a chimney repairer's price page in an old table layout with font tags.
 */
const nTitle = 'Scaffold firm fined £48,000 after boards fell onto busy high street';
const nDek = 'Two pedestrians were hurt when loose boards were blown from a third-floor lift in Marlow Cross.';
const nBody = [
  j('A scaffolding company has been fined £48,000 after scaffold boards fell more than nine metres onto a shopping street, injuring', 'two people.'),
  j(
    'Rennick Access Ltd, of Harrow Mill, admitted breaching health and safety law at Drayford Magistrates\u2019 Court on Tuesday. The',
    'court heard that boards on the top lift of a scaffold on Market Row had been left unclipped over a weekend in October 2025.',
  ),
  j(
    'Gusts of up to 50mph lifted three boards from the scaffold. One struck a woman on the shoulder and another hit a man\u2019s car',
    'before glancing off his arm.',
  ),
  j(
    '\u201cThis was entirely foreseeable,\u201d said inspector Nadia Ferrante. \u201cBoards must be secured at the end of every shift,',
    'not just when the job is finished.\u201d',
  ),
  'The firm was also ordered to pay £6,200 in costs. It told the court it had since changed its end-of-day checks.',
];
const nNav = ['News', 'Sport', 'Business', 'What\u2019s On', 'Property', 'Jobs'];
const nRead = ['Bypass roadworks to start in June', 'Town council votes to keep library open', 'Man charged after Fellgate lead thefts'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Privacy notice', 'Cookie settings'];
const cls = (m: string, c: string): string => `${m}_${c}__${(m.length * 7 + c.length * 13).toString(36)}x${c.length}`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Drayford Echo</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta name="next-head-count" content="14"/><link rel="preload" href="/_next/static/css/8a1d3f2b9c0e4a11.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8a1d3f2b9c0e4a11.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3b1d8e2a1f0c9e77.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-0f2e6a.js"
defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"${nTitle}","datePublished":"2026-05-12T16:20:00+01:00","author":[{"@type":"Person","name":"Owen Tallis"}]}</script></head>
<body><div id="__next"><a class="${cls('SkipLink', 'link')}" href="#main">Skip to main content</a>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We and our
partners use cookies to personalise content and ads.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Manage preferences</button>
</div></div>
<header class="${cls('Masthead', 'root')}"><a href="/" class="${cls('Masthead', 'logo')}"><span class="${cls('Masthead', 'title')}">Drayford Echo</span></a>
<nav class="${cls('NavBar', 'nav')}" aria-label="Sections"><ul class="${cls('NavBar', 'list')}">${links(nNav)}</ul></nav>
<button class="${cls('Masthead', 'subscribe')}">Subscribe</button></header>
<div class="${cls('AdSlot', 'leaderboard')}" data-ad-unit="/2284112/drayford/news/top"><span class="${cls('AdSlot', 'label')}">Advertisement</span></div>
<main id="main" class="${cls('ArticlePage', 'main')}"><article class="${cls('Article', 'article')}"><header class="${cls('ArticleHeader', 'header')}">
<a href="/news" class="${cls('ArticleHeader', 'kicker')}">Courts</a><h1 class="${cls('ArticleHeader', 'headline')}">${nTitle}</h1>
<p class="${cls('ArticleHeader', 'standfirst')}">${nDek}</p><div class="${cls('Byline', 'byline')}"><span
class="${cls('Byline', 'author')}">By <a href="/author/owen-tallis">Owen Tallis</a></span>
<span class="${cls('Byline', 'role')}">Court Reporter</span><time dateTime="2026-05-12T16:20:00+01:00" class="${cls('Byline', 'date')}">12 May 2026,
4:20pm</time></div>
<ul class="${cls('ShareBar', 'list')}"><li><a href="https://www.facebook.com/sharer/sharer.php">Share on Facebook</a></li><li>
<a href="https://x.com/intent/post">Share on X</a></li>
<li><button>Copy link</button></li></ul></header>
<figure class="${cls('ArticleImage', 'figure')}"><img alt="Scaffolding on Market
Row" src="/_next/image?url=%2Fimg%2Fmarket-row.jpg&amp;w=1200&amp;q=75" loading="lazy"/>
<figcaption class="${cls('ArticleImage', 'caption')}">The scaffold on Market Row in October 2025 <span class="${cls('ArticleImage', 'credit')}">(Image:
Drayford Echo)</span></figcaption></figure>
<div class="${cls('ArticleBody', 'body')}">${ps(nBody.slice(0, 3))}
<div class="${cls('AdSlot', 'inline')}" data-ad-unit="/2284112/drayford/news/mpu1"><span class="${cls('AdSlot', 'label')}">Advertisement</span></div>
${ps(nBody.slice(3))}</div>
<div class="${cls('CommentsCta', 'root')}"><a href="#comments">Comments (4)</a></div></article>
<aside class="${cls('MostRead', 'rail')}"><h2 class="${cls('MostRead', 'title')}">Most read</h2><ol>${links(nRead)}</ol></aside></main>
<footer class="${cls('Footer', 'root')}"><ul>${links(nFoot)}</ul><p>© Drayford Echo Media Ltd 2026</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-88213",
"headline":"${nTitle}","section":"news"}}},"page":"/[section]/[slug]","buildId":"kQ2x9vT1bR","isFallback":false,"gssp":true}</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout599-nextjs-scaffold-fine',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [nDek, ...nBody],
  bylines: ['By Owen Tallis', 'Court Reporter', '12 May 2026, 4:20pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalise content and ads.', 'I Accept', 'Manage preferences', 'Drayford Echo',
    ...nNav, 'Subscribe', 'Advertisement', 'Courts', 'Share on Facebook', 'Share on X', 'Copy link', 'The scaffold on Market Row in October 2025',
    '(Image: Drayford Echo)', 'Comments (4)', 'Most read', ...nRead, ...nFoot, '© Drayford Echo Media Ltd 2026',
  ],
};

const oTitle = 'Chimney Repairs &amp; Prices';
const oIntro = j(
  'We are a family firm and have repaired chimneys in Oakhurst and the Lynn valley since 1987. All work is done by Bill or',
  'Gary Tranter, no subcontractors. Prices below are a guide for an ordinary two-pot stack on a two-storey house and include scaffold.',
);
const oRows = [
  ['Repoint chimney stack', '£380 - £520'],
  ['Renew flaunching', '£260'],
  ['New lead flashings', '£450 - £600'],
  ['Take down and rebuild stack', 'from £1,450'],
  ['Fit bird guard or cowl', '£85 each'],
];
const oOutro = 'Ring us for a free look. If it only needs a bit of pointing we will tell you so.';
const oNav = ['Home', 'Chimney Repairs', 'Roofing', 'Guttering', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Tranter Chimney Repairs - Chimney Repairs and Prices - Oakhurst</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords"
content="chimney repairs, oakhurst, repointing, flaunching, lead flashing">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><script language="JavaScript">function MM_swapImgRestore(){var
i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
<style type="text/css">body{margin:0}.nav{font-family:Verdana;font-size:11px;color:#ffffff}</style></head>
<body bgcolor="#E8E4D8" topmargin="0" leftmargin="0"><table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120" alt="Tranter Chimney Repairs - Est. 1987"></td></tr>
<tr><td width="160" valign="top" bgcolor="#6B2A1A"><table width="100%" border="0" cellpadding="6">
${oNav.map((n) => `<tr><td class="nav"><a href="${n.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${n}</font></a></td></tr>`).join('\n')}
</table><p align="center"><font face="Verdana" size="1" color="#FFFFFF">Call Bill on<br>01632 960 907</font></p></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="4" color="#6B2A1A"><b>${oTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${oIntro}<br><br>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999999"><tr bgcolor="#DDD6C4"><td><b>Job</b></td><td><b>Price</b></td></tr>
${trs(oRows)}</table><br>
${oOutro}</font><br><br>
<font face="Verdana" size="1" color="#666666"><i>Prices last updated March 2026</i></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#6B2A1A" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Tranter Chimney Repairs 2003-2026 | Site by Lynn
Valley Web Design</font>
<br><img src="/cgi-bin/counter.pl?page=prices" alt="hit counter"></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout599-table-layout-chimney-prices',
  kind: 'docs',
  html: oHtml,
  title: 'Chimney Repairs & Prices',
  headings: [],
  body: [oIntro, ...rowTexts(oRows), oOutro],
  bylines: ['Prices last updated March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Roofing', 'Guttering', 'Contact Us', 'Call Bill on 01632 960 907', '© Tranter Chimney Repairs 2003-2026 | Site by Lynn Valley Web Design',
  ],
};

export const HELDOUT599_F: readonly TestPage[] = [nextNews, oldTable];
