import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout680-kit.js';

/**
 * Held-out batch 680, file e: a local history wiki article on a 1930s lido on MediaWiki (Vector 2022 skin) with an infobox,
 * a table of contents, edit links and categories, and a regional news article on a Next.js news site about a winter
 * swimming season, with a share bar, an inline "read more" link, ad slots and a most-read rail.
 */
const mTitle = 'Saltmarsh Lido';
const mLead = [
  j(
    'Saltmarsh Lido is an open-air seawater swimming pool on the promenade at Sandholme, on the east coast. It opened in',
    'July 1937 and is one of the few tidal-fed lidos of the interwar period still in use. The pool is owned by Sandholme Town',
    'Council and has been run since 2011 by the Saltmarsh Lido Community Trust.',
  ),
  j(
    'The pool is 60 metres long and 27 metres wide, with a semicircular shallow end facing the sea. It is filled at high',
    'spring tides through a sluice in the sea wall, and the water is changed about once a fortnight in summer.',
  ),
];
const mHeads = ['History', 'Construction', 'Decline and closure', 'Restoration', 'Design', 'Present day'];
const mBuild = [
  j(
    'The lido was designed by the borough engineer, Cyril Hebden, as part of a scheme to draw day visitors from the inland',
    'mill towns after the railway was extended to Sandholme in 1934. Work began in October 1935 and employed around 140 men,',
    "many of them from the town's unemployment register.",
  ),
  j(
    'At the opening on 3 July 1937 about 4,000 people watched a diving display by the county police swimming team. In its',
    'first season the pool recorded more than 90,000 admissions, and a tea room and sun terrace were added on the north side',
    'in 1938.',
  ),
];
const mDecline = j(
  'The lido was requisitioned by the army in 1940 and used for training in getting out of landing craft. It reopened in',
  '1947, but visitor numbers fell steadily from the 1960s as package holidays grew. The diving stage was removed in 1979 after',
  'a safety review, and the council closed the pool at the end of the 1996 season, citing a repair bill of £480,000.',
);
const mRest = [
  j(
    'A campaign group, Friends of Saltmarsh Lido, was formed in 1998 and secured listed status for the pool and its entrance',
    'building in 2002. After several failed bids, a restoration funded mostly by a heritage lottery grant of £2.3 million',
    'began in 2009.',
  ),
  j(
    'The restoration repaired the sea wall sluice, relined the tank and rebuilt the original cubicles along the east terrace',
    'to their 1937 design. The pool reopened on 28 May 2011, when the first swimmer in was a woman of 91 who had swum at the',
    'opening in 1937 as a girl.',
  ),
];
const mDesign = [
  j(
    'The entrance building is in a restrained moderne style, with a curved glass stair tower and a clock over the turnstiles.',
    'The pool itself is built of reinforced concrete with a stepped shallow end, so that children could wade in from the',
    'beach side without using steps.',
  ),
  j(
    'Unusually, the lido has no filtration plant. Seawater enters through the sluice, settles in a holding channel under the',
    'terrace and flows into the pool by gravity. Swimmers have long said that the water is clearer than the sea outside, which',
    'is largely true because the sand settles out in the channel.',
  ),
];
const mNow = [
  j(
    'The lido opens from late May to mid-September, and on winter Sunday mornings for a cold-water swimming club. It draws',
    'around 45,000 swims a year. A long-distance swim of one mile, the Saltmarsh Mile, has been held every August since 2012.',
  ),
  j('The trust is working with the council on a plan to protect the sea wall against higher tides, which have flooded the', 'terrace three times since 2020.'),
];
const mInfo = [
  ['Location', 'Sandholme promenade'],
  ['Opened', '3 July 1937'],
  ['Architect', 'Cyril Hebden'],
  ['Length', '60 m'],
  ['Water', 'Unheated seawater'],
  ['Operator', 'Saltmarsh Lido Community Trust'],
];
const mCats = ['Lidos', 'Buildings and structures in Sandholme', 'Sports venues opened in 1937', 'Listed buildings on the east coast'];
const mFoot = ['Privacy policy', 'About Sandholme Wiki', 'Disclaimers', 'Mobile view'];
const mTocs = ['(Top)', '1 History', '1.1 Construction', '1.2 Decline and closure', '1.3 Restoration', '2 Design', '3 Present day'];
const ed = (id: string, h: string, tag = 'h2'): string =>
  `<div class="mw-heading mw-heading${tag.slice(1)}"><${tag} id="${id}">${h}</${tag}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Saltmarsh_Lido&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr">
<head>
<meta charset="UTF-8"><title>${mTitle} - Sandholme Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Saltmarsh_Lido","wgTitle":"Saltmarsh Lido","wgNamespaceNumber":0,"wgAction":"view","wgCategories":["Lidos"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Saltmarsh_Lido&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Saltmarsh_Lido
rootpage-Saltmarsh_Lido skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label class="vector-dropdown-label"><span class="vector-icon mw-ui-icon-menu">
</span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Sandholme Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Sandholme Wiki" aria-label="Search Sandholme Wiki" accesskey="f" id="searchInput">
<input type="submit" name="go" value="Go" class="searchButton"></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents">
${mTocs.map((t) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div class="vector-toc-text">${t}</div></a></li>`).join('\n')}</ul>
</div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'selected mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Sandholme Wiki, the local history encyclopaedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><caption class="infobox-title fn">${mTitle}</caption><tbody><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Saltmarsh_Lido_1938.jpg" class="mw-file-description">
<img src="/images/thumb/a/a3/Saltmarsh_Lido_1938.jpg/260px-Saltmarsh_Lido_1938.jpg"
width="260" height="170" class="mw-file-element"></a></span><div class="infobox-caption">The lido in 1938, a year after opening</div></td></tr>
${mInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead.map((p, i) => (i === 0 ? p.replace(mTitle, `<b>${mTitle}</b>`) : p)))}
${ed('History', mHeads[0] ?? '')}
${ed('Construction', mHeads[1] ?? '', 'h3')}
${ps(mBuild)}
${ed('Decline_and_closure', mHeads[2] ?? '', 'h3')}
<p>${mDecline}</p>
${ed('Restoration', mHeads[3] ?? '', 'h3')}
${ps(mRest)}
${ed('Design', mHeads[4] ?? '')}
${ps(mDesign)}
${ed('Present_day', mHeads[5] ?? '')}
${ps(mNow)}
<!--
NewPP limit report
Parsed by mw-web.eqiad.main-7d8f
CPU time usage: 0.214 seconds
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://shwiki.example/w/index.php?title=Saltmarsh_Lido&amp;oldid=8812">https://shwiki.example/w/index.php?title=Saltmarsh_Lido&amp;oldid=8812</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${mCats.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 February 2026, at 21:07.</li>
<li id="footer-info-copyright">Content is available under <a href="#">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawikiLido: TestPage = {
  name: 'heldout680-mediawiki-saltmarsh-lido',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...mLead, ...mBuild, mDecline, ...mRest, ...mDesign, ...mNow],
  bylines: ['This page was last edited on 14 February 2026, at 21:07.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Sandholme Wiki',
    'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1 History', '1.1 Construction', '1.2 Decline and closure', '1.3 Restoration', '2 Design',
    '3 Present day', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Sandholme Wiki, the local history encyclopaedia',
    'The lido in 1938, a year after opening', 'Location', 'Sandholme promenade', 'Architect', 'Length', '60 m',
    'Unheated seawater', 'Operator', '[', ']', 'Retrieved from "https://shwiki.example/w/index.php?title=Saltmarsh_Lido&oldid=8812"',
    'Categories', ...mCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const nTitle = 'Gorse Hill pool will open for winter swimming despite £40,000 heating bill';
const nDek = 'Councillors back a three-month trial of cold-water sessions at the outdoor pool, with the water left unheated after October.';
const nParas = [
  j(
    'The outdoor pool at Gorse Hill Park will open three mornings a week this winter after councillors voted to keep it running',
    'beyond its usual September closing date for the first time in its history.',
  ),
  j(
    'The trial will run from 1 December to the end of February, with sessions on Tuesday, Thursday and Saturday mornings from',
    '7am to 10am. The pool heating will be switched off from the end of October, and the water is expected to fall to between',
    '4°C and 8°C in the coldest weeks.',
  ),
  j(
    'Keeping the pool open will still cost an estimated £40,000, most of it for lifeguards, pumps and a heated changing tent on the',
    'poolside. Officers told the committee that ticket sales would need to reach about 180 swims a week to cover the cost.',
  ),
  j(
    '"People have been asking us for this for years, and the popularity of cold-water swimming in the sea and the reservoirs',
    'shows the demand is there," said Cllr Hamid Rourke, who chairs the communities committee. "If it does not pay its way, we',
    'will not do it again."',
  ),
  j(
    'Swimmers will have to complete a short induction on cold-water safety before their first session, and only people aged 18',
    'and over will be allowed in. Sessions will be limited to 40 swimmers, booked online in advance.',
  ),
  j(
    'Wendy Okafor, who has swum at the pool every summer since 1989, welcomed the decision. "The winter is when you need it',
    'most," she said. "Ten minutes in cold water and you feel ready for anything."',
  ),
];
const nHead = 'Safety first';
const nSafety = j(
  'The council says a lifeguard will be on the poolside and a second in the water at all times, and sessions will be cancelled',
  'if the water temperature falls below 3°C or the pool surface freezes.',
);
const nNav = ['News', 'Sport', "What's on", 'Property', 'Jobs', 'Obituaries'];
const nMost = ['Bypass roadworks to start in January', 'Market hall tenants given new leases', 'Ten of the best walks around Gorse Hill'];
const nFoot = ['About us', 'Contact us', 'Advertise with us', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nShare = ['Share on Facebook', 'Share on X', 'Share by email', 'Copy link'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Ridgeway Courier</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/6a1b2c3d4e5f6a7b.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/6a1b2c3d4e5f6a7b.css" data-n-g=""/><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-10-08T06:00:00+01:00","author":[{"@type":"Person","name":"Lucy Tranter"}]}</script>
<script src="/_next/static/chunks/webpack-8f1e2d3c4b5a6978.js" defer=""></script><script src="/_next/static/chunks/pages/_app-1a2b3c4d5e6f7a8b.js" defer="">
</script></head>
<body><div id="__next"><a class="SkipLink_skip__u7Vx2" href="#main">Skip to main content</a><header class="Header_header__Zx81q"><div class="Header_top__p3K1a">
<a class="Header_logo__a9Bq3" href="/">Ridgeway Courier</a><button class="Header_subscribe__Qm4Ls" type="button">Subscribe</button></div>
<nav class="Nav_nav__cR0pT" aria-label="Sections"><ul class="Nav_list__wH7m2">${links(nNav, 'Nav_item__k4Fdz')}</ul></nav></header>
<div class="AdSlot_wrapper__e9LmN"><span class="AdSlot_label__y2Ztv">Advertisement</span><div id="div-gpt-ad-leaderboard" class="AdSlot_slot__T5qJx"></div>
</div>
<main id="main" class="Layout_main__Gv2Ra"><div class="ArticleLayout_grid__b1QwE"><article class="Article_article__J8sLz">
<nav class="Breadcrumbs_crumbs__s6Ydh" aria-label="Breadcrumb"><ol><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li></ol></nav>
<h1 class="Article_headline__x1Y2z">${nTitle}</h1><p class="Article_standfirst__m0Rt7">${nDek}</p>
<div class="Byline_byline__d3Pq8"><span class="Byline_author__Kw5Hn">By <a href="/authors/lucy-tranter">Lucy Tranter</a></span>
<span class="Byline_role__cD2Xe">Local Democracy Reporter</span>
<time class="Byline_date__rN6Fg" dateTime="2026-10-08T06:00:00+01:00">8 October 2026, 6:00am</time></div>
<ul class="ShareBar_bar__hT4Wv">${nShare
  .map(
    (t) => `<li><button type="button" class="ShareBar_button__A1sDf" aria-label="${t}"><span>${t}</span></button>
</li>`,
  )
  .join('')}</ul>
<figure class="ArticleImage_figure__Lp2Nb">
<img alt="The outdoor pool at Gorse Hill Park" src="/_next/image?url=%2Fimages%2Fgorse-hill-pool.jpg&amp;w=1200&amp;q=75"
loading="lazy" decoding="async"/><figcaption class="ArticleImage_caption__Hq0Zs">The pool normally closes in the second week of September.
<span class="ArticleImage_credit__o8Bn4">Picture: Ridgeway Courier</span></figcaption></figure>
<div class="ArticleBody_body__Vf3Ks">
${ps(nParas.slice(0, 3))}
<aside class="RelatedInline_related__g2Tn5">
<strong>Read more:</strong> <a href="/news/local/sea-swimmers-charity-dip">Sea swimmers raise £12,000 with Boxing Day dip</a></aside>
${ps(nParas.slice(3, 5))}
<div class="AdSlot_wrapper__e9LmN AdSlot_inArticle__cZ7Pq"><span class="AdSlot_label__y2Ztv">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
<h2>${nHead}</h2><p>${nSafety}</p>
${ps(nParas.slice(5))}
</div>
<div class="Newsletter_box__fT8Qm"><h2 class="Newsletter_title__k2Wpz">Get the Courier's morning briefing</h2>
<p>The day's top local stories, in your inbox at 7am.</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email" placeholder="Your email address"/>
<button type="submit">Sign up</button></form></div></article>
<aside class="MostRead_rail__R3kVn"><h2 class="MostRead_title__q1Xs3">Most read</h2><ol>${nMost.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ol>
</aside></div></main>
<footer class="Footer_footer__N0sWq"><ul>${links(nFoot)}</ul><p>© 2026 Ridgeway Courier Media Ltd. Registered in England no. 09912345.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a81f","slug":"gorse-hill-winter-swimming","section":"news"}}},
"page":"/[section]/[slug]","query":{"section":"news","slug":"gorse-hill-winter-swimming"},"buildId":"m4QpX7k","isFallback":false,"gssp":true}</script></body>
</html>`;
const nextWinter: TestPage = {
  name: 'heldout680-nextjs-winter-swimming',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nHead],
  body: [nDek, ...nParas.slice(0, 5), nSafety, ...nParas.slice(5)],
  bylines: ['By Lucy Tranter', 'Local Democracy Reporter', '8 October 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ridgeway Courier', 'Subscribe', 'News', 'Sport', "What's on", 'Property', 'Jobs', 'Obituaries', 'Advertisement', 'Local',
    ...nShare, 'The pool normally closes in the second week of September.', 'Picture: Ridgeway Courier',
    'Read more: Sea swimmers raise £12,000 with Boxing Day dip', "Get the Courier's morning briefing", "The day's top local stories, in your inbox at 7am.",
    'Sign up', 'Most read', ...nMost, ...nFoot, '© 2026 Ridgeway Courier Media Ltd. Registered in England no. 09912345.',
  ],
};

export const HELDOUT680_E: readonly TestPage[] = [mediawikiLido, nextWinter];
