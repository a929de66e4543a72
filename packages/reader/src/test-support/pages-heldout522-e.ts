import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout522-kit.js';

/**
 * Held-out batch 522, file e: a glazing trade news article on a Next.js site (CSS-module class names, __NEXT_DATA__, inline
 * "Read more" link and newsletter box inside the article, most-read rail), and a locksmithing wiki page on MediaWiki (Vector
 * skin, infobox, contents box, edit links, categories).
 */
const nTitle = 'Glaziers warn of six-week waits as toughened glass shortage spreads';
const nDek = 'Installers across the Midlands say customers are waiting up to six weeks for replacement door panels after a second toughening plant closed.';
const nBody = [
  nDek,
  j(
    'Glazing firms in the Midlands and the North West say waits for toughened glass have doubled since the summer, after the closure',
    'of a toughening plant in Wolverdale left two suppliers covering most of the region.',
  ),
  j(
    '"We used to get a toughened door panel in four working days," said Anita Rosser, who runs a six-fitter glazing business in',
    'Castlebridge. "Now we are quoting customers six weeks, and some of them are living with boarded-up doors in the meantime."',
  ),
  j(
    'Toughened or laminated glass is required by building regulations in doors and in low windows, so installers cannot fit',
    'ordinary float glass as a stopgap. Several firms said they are fitting temporary polycarbonate panels free of charge.',
  ),
  'What suppliers say',
  j(
    'Calder Glass Processing, one of the two remaining suppliers, said it had added a weekend shift and expected lead times to fall',
    'to three weeks by the end of January. A spokesperson said demand for replacement units after storm damage in October had',
    'arrived at the worst possible moment.',
  ),
  j(
    'The Glazing Installers Federation said it had written to members advising them to give customers written lead times and to',
    'keep records of any temporary fixes, in case of insurance claims.',
  ),
];
const nNav = ['News', 'Products', 'Installers', 'Regulations', 'Events', 'Jobs'];
const nMost = ['New rules for balustrade glass come into force in April', 'Window fitter fined after scaffold fall', 'Composite door prices rise again'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Glazing
Trade Today</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/a91f3c2b7e04d6a1.css" as="style"><link rel="stylesheet" href="/_next/static/css/a91f3c2b7e04d6a1.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Callum Trewin"}],
"datePublished":"2026-11-24T06:00:00Z"}</script><script defer src="/_next/static/chunks/framework-2c79e2a64abdb08b.js"></script>
<script defer src="/_next/static/chunks/pages/news/%5Bslug%5D-6e1c0a9d4b2f7e38.js"></script></head>
<body><div id="__next"><a class="SkipLink_skip__q1Zt3" href="#main">Skip to main content</a>
<header class="Header_header__Kx7aP"><div class="Header_inner__3mVbd"><a class="Header_logo__vB2Ls" href="/" aria-label="Glazing Trade Today home"><svg
aria-hidden="true"></svg></a>
<nav class="Nav_nav__P0sLw" aria-label="Main"><ul class="Nav_list__n2Gqc">${links(nNav, 'Nav_item__W9e1t')}</ul></nav>
<button class="Header_search__u7RkQ" type="button"><span class="VisuallyHidden_root__x8s1K">Search</span></button>
<a class="Header_subscribe__YcP0d" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="Layout_main__Jf4zA"><div class="ArticleLayout_grid__e0uPb"><article class="Article_article__8wMtd">
<div class="ArticleHeader_kicker__1sH7c"><a href="/news/supply-chain">Supply chain</a></div><h1 class="ArticleHeader_headline__x3Kd2">${nTitle}</h1>
<p class="ArticleHeader_standfirst__hT6rq">${nDek}</p><div class="Byline_byline__Qm1n4"><span class="Byline_author__s2kLd">By <a
href="/authors/callum-trewin">Callum Trewin</a></span>
<time class="Byline_date__9fTgE" dateTime="2026-11-24T06:00:00Z">24 November 2026</time></div>
<figure class="ArticleImage_figure__c7Gd0"><img alt="Racks of toughened glass panels" loading="lazy" width="1200" height="675" decoding="async"
src="/_next/image?url=%2Fmedia%2Fracks.jpg&amp;w=1200&amp;q=75">
<figcaption class="ArticleImage_caption__bW3ja">Racks at a glass processor near Castlebridge. <span class="ArticleImage_credit__k0Qp2">Photo: Glazing Trade
Today</span></figcaption></figure>
<div class="ArticleBody_body__2vXoQ">${ps(nBody.slice(1, 3))}
<aside class="RelatedInline_box__Lr4fE"><span class="RelatedInline_label__hG2eN">Read more:</span> <a href="/news/wolverdale-plant-closure">Wolverdale
toughening plant to close with 80 jobs lost</a></aside>
${ps([nBody[3] ?? ''])}
<div class="NewsletterInline_box__Zq8Vn"><p class="NewsletterInline_title__c3AoS">Get the Glazing Trade Today briefing</p><p>The week's trade news every Friday
morning.</p>
<form><label for="nl-email" class="VisuallyHidden_root__x8s1K">Email address</label><input id="nl-email" type="email" placeholder="Email address"><button
type="submit">Sign up</button></form></div>
<h2>${nBody[4]}</h2>${ps(nBody.slice(5))}</div>
<ul class="Tags_tags__R5dqx"><li><a href="/tags/toughened-glass">Toughened glass</a></li><li><a href="/tags/supply">Supply</a></li></ul>
<div class="Share_share__m2Dc8"><span>Share this article</span><a href="https://www.linkedin.com/shareArticle" aria-label="Share on LinkedIn"><svg></svg></a>
<button type="button">Copy link</button></div></article>
<aside class="MostRead_rail__Xp7Wd"><h2 class="MostRead_title__aZ2Tq">Most read</h2><ol>${links(nMost)}</ol></aside></div></main>
<footer class="Footer_footer__fT1eB"><p>© 2026 Glazing Trade Today. Part of Corbel Trade Media.</p><ul>${links([
  'About us',
  'Advertise',
  'Contact',
  'Privacy',
  'Cookie settings',
])}</ul></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"${nTitle}",
"slug":"glaziers-warn-six-week-waits","section":"supply-chain"}}},
"page":"/news/[slug]","query":{"slug":"glaziers-warn-six-week-waits"},
"buildId":"b7HqLx2_fVn0kPz1aQe9T","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout522-nextjs-glass-shortage',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[4] ?? ''],
  body: texts(nBody.filter((_, i) => i !== 4)),
  bylines: ['By Callum Trewin', '24 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', ...nNav, 'Search', 'Subscribe', 'Supply chain', 'Racks at a glass processor near Castlebridge. Photo: Glazing Trade Today',
    'Read more:', 'Wolverdale toughening plant to close with 80 jobs lost', 'Get the Glazing Trade Today briefing',
"The week's trade news every Friday morning.",
    'Email address', 'Sign up', 'Toughened glass', 'Supply', 'Share this article', 'Copy link', 'Most read', ...nMost,
    '© 2026 Glazing Trade Today. Part of Corbel Trade Media.', 'About us', 'Advertise', 'Contact', 'Privacy', 'Cookie settings',
  ]),
};

const mTitle = 'Mortice lock';
const mSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'A <b>mortice lock</b> is a lock fitted into a pocket, the mortice, cut into the edge of a door, as opposed to a rim lock, which',
        'is fixed to the inside face. Mortice locks are the usual main lock on timber front doors in the United Kingdom.',
      ),
    ],
  ],
  [
    'Types',
    [
      'A <b>deadlock</b> has a single bolt thrown by the key and no latch.',
      'A <b>sashlock</b> combines a deadbolt with a spring latch worked by a handle.',
      'A <b>bathroom lock</b> has a latch and a bolt thrown by a thumb-turn instead of a key.',
    ],
  ],
  [
    'Lever mechanisms',
    [
      j(
        'Most mortice locks use levers: flat plates lifted by the steps of the key until their gates line up and the bolt stump can pass.',
        'Three-lever locks are common on internal doors; five levers are normal on external doors, and the number of possible key',
        'differs rises sharply with each lever added.',
      ),
    ],
  ],
  [
    'Fitting',
    [
      j(
        'The case depth and backset must suit the thickness of the door and the width of the stile. Fitting a lock that is too deep',
        'weakens the stile and can split the door when it is forced.',
      ),
    ],
  ],
];
const mBody = mSecs[0]?.[1] ?? [];
const mHeads = mSecs.slice(1).map(([h]) => h);
const mBox = [
  ['Type', 'Door lock'],
  ['Common sizes', '64 mm, 76 mm case'],
  ['Levers', '3 or 5'],
  ['See also', 'Rim lock'],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Locksmith Wiki', 'Disclaimers'];
const mEdit = (h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Mortice_lock&amp;action=edit" title="Edit section:
${h}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Locksmith Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Mortice_lock",
"wgTitle":"Mortice lock","wgCurRevisionId":8812,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector"><meta name="generator"
content="MediaWiki 1.39.8">
<link rel="edit" title="Edit" href="/index.php?title=Mortice_lock&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Mortice_lock rootpage-Mortice_lock skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Locksmith Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Mortice lock</th></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mBody)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div>
<ul>${mHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<h2><span class="mw-headline" id="Types">${mHeads[0]}</span>${mEdit(mHeads[0] ?? '')}</h2>
<ul>${(mSecs[1]?.[1] ?? []).map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mSecs
  .slice(2)
  .map(([h, p]) => `<h2><span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span>${mEdit(h)}</h2>\n${ps(p)}`)
  .join('\n')}
</div></div><div class="printfooter">Retrieved from "<a dir="ltr"
href="https://lockwiki.example/index.php?title=Mortice_lock&amp;oldid=8812">https://lockwiki.example/index.php?title=Mortice_lock&amp;oldid=8812</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/index.php/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/index.php/Category:Locks" title="Category:Locks">Locks</a></li><li><a href="/index.php/Category:Doors" title="Category:Doors">Doors</a></li>
</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label" role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="pt-anonuserpage" class="mw-list-item"><span>Not logged in</span></li>${links(
  ['Talk', 'Contributions', 'Create account', 'Log in'],
  'mw-list-item',
)}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">${links(
  ['Page', 'Discussion'],
  'mw-list-item',
)}</ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">${links(
  ['Read', 'Edit', 'View history'],
  'mw-list-item',
)}</ul></nav>
<div id="p-search" role="search" class="vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Locksmith Wiki" id="searchInput"><input type="submit" name="go" value="Go" class="searchButton"></form>
</div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/index.php/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu vector-menu-portal portal"><h3 class="vector-menu-heading"><span>Navigation</span></h3><ul>${links(
  mSide,
  'mw-list-item',
)}</ul></nav>
<nav id="p-tb" class="vector-menu vector-menu-portal portal"><h3 class="vector-menu-heading"><span>Tools</span></h3><ul>${links(mTools, 'mw-list-item')}</ul>
</nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 September 2026, at
10:12.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout522-mediawiki-mortice-lock',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts(mSecs.flatMap(([, p]) => p)),
  bylines: ['This page was last edited on 4 September 2026, at 10:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...mBox.flat(), 'From Locksmith Wiki', 'Jump to navigation', 'Jump to search', 'Contents', 'edit',
    'Categories', 'Locks', 'Doors', 'Navigation menu',
    'Personal tools', 'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Search',
    'Navigation', ...mSide, 'Tools', ...mTools, ...mFoot,
  ]),
};

export const HELDOUT522_E: readonly TestPage[] = [nextjs, mediawiki];
