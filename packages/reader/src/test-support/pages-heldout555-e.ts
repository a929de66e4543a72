import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout555-kit.js';

/**
 * Held-out batch 555, file e: a waste-industry wiki article on MediaWiki (Vector 2022) about skip lorries, with an infobox, a
 * table of contents, edit links and references, and a commercial waste clearance service page on Webflow.
 */
const mTitle = 'Skip loader';
const mBody = [
  j(
    'A <b>skip loader</b> (also <b>skip lorry</b> or <b>hook-and-chain lorry</b>) is a truck fitted with a pair of hydraulic arms',
    'that lift an open-topped waste container, or <a href="/wiki/Skip_(container)">skip</a>, on and off the vehicle bed using chains.',
    'Skip loaders are the most common way of delivering and collecting skips of 2 to 18',
    'cubic yards.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'History',
  j(
    'The first chain-lift skip loaders were built in the 1950s by converting tipper lorries, adding a pair of fixed arms to the',
    'chassis. Telescopic arms, which let the driver place a skip further from the vehicle, became standard in the 1980s.',
  ),
  'Design',
  j(
    'A typical skip loader is built on a two-axle chassis of 18 tonnes gross weight. The arms pivot at the rear of the bed and',
    'are raised by two hydraulic rams. Four chains hook to lugs on the skip, two at each end; the driver controls the lift from',
    'a lever bank behind the cab.',
  ),
  'Stabilisers',
  j(
    'Two rear stabiliser legs are lowered before each lift to stop the vehicle tipping backwards. Most operators forbid lifting',
    'a loaded skip on a slope greater than 1 in 10.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  'Load limits',
  j(
    'The weight a skip loader can lift falls as the arms extend. A common 8-tonne loader can lift about 8 tonnes close in but only',
    '3 tonnes at full reach, which is why hire firms limit soil and rubble to the smaller skips.',
  ),
  'See also',
  'Roll-on roll-off container',
  'Grab lorry',
  'References',
  'Harland, P. (2019). <i>Skip Hire Operations</i>. Vale Trade Press. p. 14.',
  'Waste Haulage Safety Group (2022). <i>Safe lifting of skips</i>. Guidance note WH-07.',
];
const mH = [1, 3, 5, 7, 9, 12];
const mInfo = ['Skip loader', 'Type', 'Waste collection vehicle', 'Capacity', '2–18 yd³ skips', 'Lift', 'Hydraulic arms and chains'];
const mToc = ['(Top)', '1 History', '2 Design', '2.1 Stabilisers', '2.2 Load limits', '3 See also', '4 References'];
const mCats = ['Categories:', 'Waste collection vehicles', 'Skips'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Printable version', 'Permanent link', 'Page information'];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span>';
const hd = (lvl: number, id: string, t: string): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${t}</h${lvl}>${edit}</div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Skip loader - WasteWiki</title><meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wastewiki.org/wiki/Skip_loader">
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgPageName":"Skip_loader","wgTitle":"Skip loader",
"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Skip_loader rootpage-Skip_loader skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu" class="vector-menu"><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span
class="mw-logo-wordmark">WasteWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search"
name="search"
placeholder="Search WasteWiki" aria-label="Search WasteWiki" id="searchInput"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header-label">Contents</div><ul class="vector-toc-contents">${links(mToc, 'vector-toc-list-item')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Article', 'Talk'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav>
<nav aria-label="Tools"><ul>${links(mTools, 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From WasteWiki, the waste industry encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mInfo[0]}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><img alt=""
src="/images/thumb/skip-loader.jpg/250px-skip-loader.jpg"></span>
<div class="infobox-caption">An 8-tonne skip loader lowering a builders skip</div></td></tr>
<tr><th class="infobox-label">${mInfo[1]}</th><td class="infobox-data">${mInfo[2]}</td></tr><tr><th class="infobox-label">${mInfo[3]}</th><td
class="infobox-data">${mInfo[4]}</td></tr>
<tr><th class="infobox-label">${mInfo[5]}</th><td class="infobox-data">${mInfo[6]}</td></tr></tbody></table>
<p>${mBody[0]}</p>
${hd(2, 'History', mBody[1] ?? '')}<p>${mBody[2]}</p>
${hd(2, 'Design', mBody[3] ?? '')}<p>${mBody[4]}</p>
${hd(3, 'Stabilisers', mBody[5] ?? '')}<p>${mBody[6]}</p>
${hd(3, 'Load_limits', mBody[7] ?? '')}<p>${mBody[8]}</p>
${hd(2, 'See_also', mBody[9] ?? '')}<ul>${links(mBody.slice(10, 12))}</ul>
${hd(2, 'References', mBody[12] ?? '')}<div class="reflist"><ol class="references">${lis(
  mBody.slice(13).map((r, n) => `<span class="mw-cite-backlink"><a href="#cite_ref-${n + 1}">^</a></span> <span class="reference-text">${r}</span>`),
)}</ol></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">${mCats[0]}</a>
<ul>${links(mCats.slice(1))}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12
January 2026, at 09:41.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License 4.0.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About WasteWiki', 'Disclaimers'])}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = page({
  name: 'heldout555-mediawiki-skip-loader',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH.map((i) => mBody[i] ?? ''),
  body: texts(mBody.filter((_, i) => !mH.includes(i))).map((t) => t.replace(/\[\d\]$/, '')),
  bylines: ['This page was last edited on 12 January 2026, at 09:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...mSide, 'WasteWiki', 'Search', 'Create account', 'Log in', 'Contents', ...mToc, 'Article', 'Talk', 'Read', 'Edit', 'View history',
    ...mTools, 'From WasteWiki, the waste industry encyclopedia', ...mInfo, 'An 8-tonne skip loader lowering a builders skip', 'edit',
    ...mCats, 'Text is available under the Creative Commons Attribution-ShareAlike License 4.0.', 'Privacy policy', 'About WasteWiki', 'Disclaimers',
  ],
});

const fTitle = 'Office &amp; Commercial Waste Clearance';
const fDek = 'Same-week clearances for offices, shops and warehouses across Eastbridge, with every item weighed and documented.';
const fBody = [
  j(
    'Moving premises, closing a branch or just out of space? Our two-person crews clear everything from desks and filing cabinets',
    'to racking and old IT, and we work evenings and weekends so your business keeps running.',
  ),
  'How it works',
  '<strong>Survey.</strong> Send photos or book a free site visit and we give you a fixed price within 24 hours.',
  '<strong>Clear.</strong> We arrive at the agreed time, protect floors and lifts, and load everything ourselves.',
  '<strong>Report.</strong> You get waste transfer notes and a recycling report showing where every tonne went.',
  'What we recycle',
  j(
    'Last year we diverted 91% of the commercial waste we collected from landfill. Office furniture in good condition goes to',
    'local charities and start-ups, metals to Pelham Metals, and IT equipment to a certified data-wiping partner.',
  ),
];
const fNav = ['Services', 'Commercial', 'Pricing', 'About', 'Get a quote'];
const fStats = ['1,400+', 'clearances completed', '91%', 'diverted from landfill', '4.9/5', 'from 310 reviews'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Feb 20 2026 11:02:45 GMT+0000 -->
<html data-wf-domain="www.clearline.co.uk" data-wf-page="65f1a9c2b8e4d20c1a7f3e11" data-wf-site="65f1a9c2b8e4d20c1a7f3d90" lang="en"><head><meta
charset="utf-8">
<title>Office &amp; Commercial Waste Clearance | Clearline</title><meta content="${fDek}" name="description"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a9c2b8e4d20c1a7f3d90/css/clearline.webflow.a1b2c3.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Office & Commercial Waste Clearance",
"provider":{"@type":"LocalBusiness","name":"Clearline"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://assets-global.website-files.com/65f1a9c2/logo.svg" loading="lazy"
alt="Clearline"></a>
<nav role="navigation"
class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-service"><div class="container w-container"><div class="hero-wrapper"><div class="eyebrow">Commercial services</div>
<h1 class="heading-xl">${fTitle}</h1><p class="paragraph-large">${fDek}</p>
<div class="button-row"><a href="/get-a-quote" class="button-primary w-button">Get a fixed quote</a><a href="tel:01632960771"
class="button-secondary w-button">Call 01632 960 771</a></div>
</div></div></section>
<section class="section"><div class="container w-container"><div class="rich-text w-richtext">
<p>${fBody[0]}</p><h2>${fBody[1]}</h2><ol role="list">${lis(fBody.slice(2, 5))}</ol><h2>${fBody[5]}</h2><p>${fBody[6]}</p></div></div></section>
<section class="section stats-section"><div class="container w-container"><div class="w-layout-grid stats-grid">
${[0, 2, 4]
  .map(
    (i) => `<div class="stat-card"><div class="stat-number">${fStats[i]}</div>
<div class="stat-label">${fStats[i + 1]}</div></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="heading-l">Ready to clear the space?</h2>
<div class="w-form"><form id="wf-form-Quote" name="wf-form-Quote" data-name="Quote" method="get"><label for="email">Work email</label>
<input class="text-field w-input" maxlength="256" name="email" type="email" id="email"><input type="submit" data-wait="Please wait..."
class="button-primary w-button" value="Send"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Quote success"><div>Thank you! We will be in touch within one working day.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Quote failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-text">Clearline Waste Services Ltd · Registered in
England 10448213</div>
<div class="footer-text">Upper tier waste carrier CBDU55021</div><a href="/privacy" class="footer-link">Privacy</a><a href="/terms"
class="footer-link">Terms</a></div>
<div class="footer-copyright">© 2026 Clearline</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a9c2b8e4d20c1a7f3d90" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1a9c2b8e4d20c1a7f3d90/js/webflow.4f2b1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page({
  name: 'heldout555-webflow-commercial-clearance',
  kind: 'docs',
  html: fHtml,
  title: 'Office & Commercial Waste Clearance',
  headings: [fBody[1] ?? '', fBody[5] ?? ''],
  body: texts([fDek, fBody[0] ?? '', ...fBody.slice(2, 5), fBody[6] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Commercial services', 'Get a fixed quote', 'Call 01632 960 771', ...fStats, 'Ready to clear the space?', 'Work email',
    'Clearline Waste Services Ltd · Registered in England 10448213', 'Upper tier waste carrier CBDU55021', 'Privacy', 'Terms', '© 2026 Clearline',
  ],
});

export const HELDOUT555_E: readonly TestPage[] = [mediawiki, webflow];
