import { links, ps, type TestPage, texts } from './page-kit.js';
import { cite, j, lis, uncite } from './pages-heldout644-kit.js';

/**
 * Held-out batch 644, file b: a watermill's school visits page built with Wix (rich text components, free-plan ad banner, Wix
 * consent banner), and a lighthouse article on a MediaWiki community wiki (Vector 2022 skin) with an infobox and references.
 */
const wTitle = 'School visits';
const wIntro = j(
  'Bring your class to a working watermill. At Fellbeck Mill children see grain become flour under a pair of millstones driven',
  'by the beck, and every group leaves with a bag of flour milled on the day.',
);
const wH = ['Our workshops', 'Practical details', 'Prices', 'What teachers say'];
const wShops = [
  '<strong>From Grain to Bread (KS1):</strong> sort seeds, grind wheat with a hand quern and knead a roll to bake at school.',
  '<strong>Water Power (KS2):</strong> measure the flow of the mill race, race paper boats and find out why the wheel turns.',
  '<strong>Victorian Miller (KS2):</strong> meet the miller’s wife in costume and try the chores a mill child did in 1880.',
];
const wShopsNote = 'Each workshop lasts about two hours and can be paired with a picnic lunch in the orchard or the barn if it rains.';
const wDetails = [
  j('We can take up to 35 pupils a day, split into two groups that swap halfway through. Visits run on Tuesdays, Wednesdays and', 'Thursdays in term time.'),
  j(
    'Coaches can drop off in the lane beside the mill and park at the village hall, five minutes away. The mill floor is reached by',
    'steep steps; please tell us about any pupils who use a wheelchair so that we can plan the visit with you.',
  ),
  'Teachers are welcome to a free planning visit. A risk assessment is sent with every booking confirmation.',
];
const wPrices = '£7 a pupil, with a minimum charge of £140. Adults come free at one adult to every six pupils.';
const wQuote = '<span style="font-style:italic;">“The best trip we have done in years.”</span> Year 2 teacher, Kirkby Lonsdale';
const wNav = ['Home', 'Visit', 'Schools', 'Our Flour', 'Volunteer', 'Contact'];
const wText = (cls: string, inner: string): string =>
  `<div class="${cls} wixui-rich-text" data-testid="richTextElement" style="visibility:inherit">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/fellbeck-fav.png">
<title>School Visits | Fellbeck Mill</title><meta name="description" content="Workshops for KS1 and KS2 at a working watermill in Cumbria.">
<link rel="canonical" href="https://www.fellbeckmill.co.uk/schools"><meta property="og:title" content="School Visits | Fellbeck Mill">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-seo-isolated-renderer","type":"GA"},
"mode":{"qa":false},"siteFeaturesConfigs":{"sessionManager":{"isRunningInDifferentSiteContext":false}}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>
<style>#comp-lq3v9k1a{width:980px}.font_0{font:normal normal normal 48px/1.2em 'playfair display',serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope"><div id="WIX_ADS" class="czJOIz ku3DBC"><a data-testid="linkElement"
href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank" class="bGhDns"><span class="ihX2Ib">This site was designed with the
<strong>Wix</strong>.com website builder. Create your website today.</span><span class="gxlWNX">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div data-testid="inline-content" class="wfxzyx"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="mesh-container-content">
<div id="comp-lq3v9k0x" class="KcpHeO tz5MQJ wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.fellbeckmill.co.uk" class="wixui-rich-text__text">Fellbeck Mill</a></span></p></div>
<nav aria-label="Site" id="comp-lq3v9k12" class="XwCBRN comp-lq3v9k12 wixui-dropdown-menu hidden-during-prewarmup"><ul class="UxbCbK" role="menubar">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item xRwvdI"><a data-testid="linkElement" href="/${t.toLowerCase().replace(' ', '-')}" class="UFGHyJ"
${t === 'Schools' ? 'aria-current="page"' : ''}><div class="gJ5Rpq"><div class="dZlHWK"><p
class="l7_2fn wixui-dropdown-menu__item">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lq3v9k1a" tabindex="-1" class="Oqnisf comp-lq3v9k1a wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq3v9k1ainlineContent" data-testid="inline-content" class="">
<div id="comp-lq3v9k1e" class="MazNVa comp-lq3v9k1e wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq3v9k1e"
class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq3v9k1e","alignType":"center"}'>
<img src="https://static.wixstatic.com/media/fellbeck-wheel.jpg/v1/fill/w_980,h_420/fellbeck-wheel.jpg" alt="The waterwheel in spate"></wow-image></div></div>
${wText('HcOXKn SxM0TO QxJLC3 comp-lq3v9k1h', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wText('HcOXKn SxM0TO QxJLC3 comp-lq3v9k1k', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
</div></section>
<section id="comp-lq3v9k2b" tabindex="-1" class="Oqnisf comp-lq3v9k2b wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq3v9k2binlineContent" data-testid="inline-content" class="">
${wText(
  'HcOXKn SxM0TO QxJLC3 comp-lq3v9k2d',
  `<h2 class="font_2 wixui-rich-text__text">${wH[0]}</h2>
<ul class="font_8 wixui-rich-text__text">${lis(
    wShops.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>
<p class="font_8 wixui-rich-text__text">${wShopsNote}</p>`,
)}
${wText(
  'HcOXKn SxM0TO QxJLC3 comp-lq3v9k2f',
  `<h2 class="font_2 wixui-rich-text__text">${wH[1]}</h2>
${ps(wDetails, ' class="font_8 wixui-rich-text__text"')}`,
)}
${wText(
  'HcOXKn SxM0TO QxJLC3 comp-lq3v9k2h',
  `<h2 class="font_2 wixui-rich-text__text">${wH[2]}</h2>
<p class="font_8 wixui-rich-text__text">${wPrices}</p>`,
)}
<div class="comp-lq3v9k2k R6ex7N" id="comp-lq3v9k2k" aria-disabled="false"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Ask about dates</span></a></div>
</div></section>
<section id="comp-lq3v9k3a" tabindex="-1" class="Oqnisf comp-lq3v9k3a wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq3v9k3ainlineContent" data-testid="inline-content" class="">
${wText(
  'HcOXKn SxM0TO QxJLC3 comp-lq3v9k3c',
  `<h3 class="font_4 wixui-rich-text__text">${wH[3]}</h3>
<p class="font_8 wixui-rich-text__text">${wQuote}</p>`,
)}
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content" class="wfxzyx">
${wText(
  'HcOXKn SxM0TO QxJLC3 comp-lq3v9k4a',
  `<p class="font_9 wixui-rich-text__text">Fellbeck Mill, Fellbeck, Sedbergh LA10 5PQ</p>
<p class="font_9 wixui-rich-text__text">01539 620418 · schools@fellbeckmill.co.uk</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Fellbeck Mill Trust. Proudly created with Wix.com</p>`,
)}
</div></div></footer></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="ccsu-banner" role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text" class="ccsu-banner-text">This website uses cookies. By accepting, you agree to our use of such cookies.
<a data-hook="ccsu-banner-link" href="/privacy-policy">Privacy Policy</a></p>
<div class="ccsu-banner-buttons"><button data-hook="ccsu-banner-decline-all">Decline All</button><button data-hook="ccsu-banner-settings">Settings</button>
<button data-hook="ccsu-banner-accept-button">Accept</button></div></div></div>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b3bd8b75.bundle.min.js" defer></script>
</body></html>`;
const wix: TestPage = {
  name: 'heldout644-wix-mill-schools',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wH],
  body: texts([wIntro, ...wShops, wShopsNote, ...wDetails, wPrices, wQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Home', 'Schools', 'Our Flour',
    'Volunteer', 'Contact', 'Ask about dates',
    'Fellbeck Mill, Fellbeck, Sedbergh LA10 5PQ', '01539 620418 · schools@fellbeckmill.co.uk', '© 2026 by Fellbeck Mill Trust. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Privacy Policy', 'Decline All', 'Settings', 'Accept',
  ],
};

const mTitle = 'Skerrow Point Lighthouse';
const mLead = [
  j(
    '<b>Skerrow Point Lighthouse</b> is an active lighthouse on the western headland of Skerrow Island, at the entrance to the',
    'Sound of Lenna. It was built between 1846 and 1849 to a design by the engineer Alasdair Drummond and was automated in 1987.{1}',
  ),
  j(
    'The station is one of the few in the region where the keepers’ houses, walled garden and signal store survive without',
    'alteration, and since 2011 it has been run as a museum by the Skerrow Lighthouse Heritage Group.{2}',
  ),
];
const mH = ['History', 'Construction', 'Keepers', 'Automation', 'Museum', 'References'];
const mConstruction = [
  j(
    'Petitions for a light on the point were made by Lenna shipowners after the loss of the brig <i>Margaret Colley</i> with all',
    'twelve hands in 1839.{3} The tower was built of granite quarried on the island itself, carried to the site on a tramway that',
    'can still be traced across the moor.',
  ),
  j(
    'The finished tower is 31 metres tall, with 147 steps to the lantern. The original light, a fixed first-order lens lit by four',
    'concentric wicks burning colza oil, was first exhibited on 1 November 1849.',
  ),
];
const mKeepers = [
  j(
    'Three keepers and their families lived at the station. A school for the keepers’ children was held in the signal store',
    'between 1871 and 1902, taught by a visiting teacher who came across from Lenna once a fortnight.{4}',
  ),
  j(
    'The most remembered keeper is Euan MacRath, principal keeper from 1922 to 1940, who kept a weather diary every day of his',
    'service. The diaries, seventeen volumes in all, are held in the museum and were transcribed by volunteers between 2014 and 2019.',
  ),
];
const mAutomation = [
  j(
    'The light was converted to electric power in 1961 and the character changed to a white flash every 15 seconds. The station',
    'was automated on 30 March 1987, when the last keepers left the island.{1}',
  ),
  'The foghorn was discontinued in 2005. Its compressed air plant is kept in working order and is sounded on open days.',
];
const mMuseum = [
  j(
    'The heritage group leases the two lower keepers’ houses from the lighthouse authority. The museum displays the diaries, a',
    'reconstructed keeper’s kitchen and the 1849 lens, which was removed during electrification and found in a Lenna boatyard',
    'in 2009.{2}',
  ),
  'The tower itself remains in service and is opened to visitors on about twelve days a year.',
];
const mRefs = [
  '“Skerrow Point”. <i>Lights of the Western Sounds</i>. Northern Lights Historical Society. 2018. p. 44.',
  '“Heritage group takes over lighthouse cottages”. <i>Lenna Courier</i>. 14 May 2011.',
  'Roe, Finlay (1997). <i>Wrecks of the Sound of Lenna</i>. Portree: Clachan Press. pp. 61–63.',
  'Skerrow Island school register, 1871–1902. Lenna Archive Centre, ref. SK/4/2.',
];
const mInfo = [
  ['Location', 'Skerrow Island, Sound of Lenna'],
  ['Constructed', '1846–1849'],
  ['Designed by', 'Alasdair Drummond'],
  ['Height', '31 m (102 ft)'],
  ['Automated', '1987'],
  ['Light characteristic', 'Fl W 15s'],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Lighthouses by coast', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page'];
const mCats = ['Lighthouses of the Western Sounds', 'Museums on islands', 'Buildings completed in 1849'];
const mFoot = ['Privacy policy', 'About Beaconpedia', 'Disclaimers', 'Mobile view'];
const mSec = (h: string, id: string, lvl: number): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${h}</h${lvl}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Skerrow_Point_Lighthouse&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Beaconpedia</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Skerrow_Point_Lighthouse","wgTitle":"${mTitle}","wgRevisionId":48213,
"wgCategories":${JSON.stringify(mCats)}});});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://beaconpedia.org/wiki/Skerrow_Point_Lighthouse"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Skerrow_Point_Lighthouse skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Beaconpedia</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Beaconpedia" aria-label="Search Beaconpedia" id="searchInput"><button class="cdx-button">Search</button>
</form></div><nav class="vector-user-links"
aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sidebar-container"><div id="mw-navigation">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map((h) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">${h}</div></a></li>`)
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div
class="vector-menu-heading">Tools</div><ul>${links(mTools, 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Beaconpedia, the lighthouse encyclopedia</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="/images/thumb/skerrow-point.jpg/250px-skerrow-point.jpg" alt="" width="250"></span>
<div class="infobox-caption">The tower from the landing, 2019</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead.map(cite))}
<meta property="mw:PageProp/toc" />
${mSec(mH[0] ?? '', 'History', 2)}${mSec(mH[1] ?? '', 'Construction', 3)}${ps(mConstruction.map(cite))}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Skerrow_lens.jpg" class="mw-file-description"><img src="/images/skerrow-lens.jpg"
alt="" width="220"></a><figcaption>The 1849 first-order lens in the museum</figcaption></figure>
${mSec(mH[2] ?? '', 'Keepers', 3)}${ps(mKeepers.map(cite))}
${mSec(mH[3] ?? '', 'Automation', 3)}${ps(mAutomation.map(cite))}
${mSec(mH[4] ?? '', 'Museum', 2)}${ps(mMuseum.map(cite))}
${mSec(mH[5] ?? '', 'References', 2)}<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<div class="navbox" role="navigation"><table class="nowraplinks navbox-inner"><tbody><tr><th class="navbox-title"
colspan="2">Lighthouses of the Sound of Lenna</th></tr>
<tr><td class="navbox-list"><ul>${links(['Ardvane', 'Carrach Rock', 'Lenna Harbour', 'Skerrow Point', 'Tor Mhor'])}</ul></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 March 2026, at 14:22.</li>
<li id="footer-info-copyright">Content is available under CC BY-SA 4.0 unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout644-mediawiki-lighthouse',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH.slice(0, 5),
  body: [...mLead, ...mConstruction, ...mKeepers, ...mAutomation, ...mMuseum].map(uncite),
  bylines: ['This page was last edited on 3 March 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Beaconpedia', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'Tools', ...mTools, 'From Beaconpedia, the lighthouse encyclopedia',
    ...mInfo.flat().filter((t) => !['Alasdair Drummond', 'Automated', '1987'].includes(t)),
    'The tower from the landing, 2019',
    'The 1849 first-order lens in the museum', 'References', ...texts(mRefs),
    'Lighthouses of the Sound of Lenna', 'Ardvane', 'Carrach Rock', 'Lenna Harbour', 'Categories', ...mCats,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT644_B: readonly TestPage[] = [wix, mediawiki];
