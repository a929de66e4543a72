import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout310-kit.js';

/**
 * Held-out batch 310, file d: a Wikisource novel chapter in MediaWiki's Vector 2022 skin (site notice, tabs, the header
 * template with the book, author and previous / next chapter, the page-number anchors of the proofread pages, the licence
 * box, categories, the footer) and a writing contest's winning entry built with Elementor (heading, text-editor and
 * button widgets, the prize badge, the judge's comment, the "Other winners" loop grid, a popup and the footer).
 */
const sTitle = 'The Glass Almanac/Chapter 3';
const sBody = [
  j(
    'It was the custom at Wendle Hall that the almanac should be consulted every morning before breakfast, and that it should be',
    'consulted by the eldest person present; which, in the winter of my twelfth year, meant Great-aunt Lavinia, who was',
    'ninety-one and had opinions upon everything.',
  ),
  j(
    'The almanac was not a book. It was a tall case of glass panes, set into the wall of the morning-room, each pane etched',
    'with the name of a month; and on the pane of the current month, if one stood in the right place and the light was',
    'kind, there appeared a small picture of the weather to come.',
  ),
  j(
    '“Rain on Thursday,” said Great-aunt Lavinia, “and a visitor on Friday whom nobody will like.” My father, who did not believe',
    'in the almanac, and had said so at every breakfast for fifteen years, buttered his toast with great firmness.',
  ),
  j(
    'It rained on Thursday. On Friday, at a little after four, a gentleman in a grey travelling-coat presented himself at the',
    'door and asked, with perfect politeness, whether he might see the glass in the morning-room, as he had come a very long',
    'way on purpose.',
  ),
  j(
    'Nobody liked him. I have tried since to say why, and cannot; he was civil to the servants, and admired the house, and',
    'took his tea without sugar; and yet from the moment he stepped into the hall the dogs would not stay in the same room',
    'with him, and my mother kept her hand upon the back of my chair.',
  ),
  j(
    '“I am told,” he said, standing before the almanac, “that it shows the weather. I am told also that it shows a thirteenth',
    'month, if one knows how to look.” And he turned to Great-aunt Lavinia, and smiled, and waited.',
  ),
];
const sHdr = ['The Glass Almanac', 'by Eudora Pellingham', '← Chapter 2', 'Chapter 4 →', 'Chapter 3'];
const sTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const sSide = ['Main Page', 'Community portal', 'Central discussion', 'Recent changes', 'Random work', 'Help'];
const sFoot = ['Privacy policy', 'About Wikisource', 'Disclaimers', 'Code of Conduct', 'Developers', 'Mobile view'];
const sLic = j('This work was published before January 1, 1931, and is in the public domain worldwide because the author died at least 100', 'years ago.');
const sHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${sTitle} - Wikisource, the free online library</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"The_Glass_Almanac/Chapter_3",
"wgNamespaceNumber":0,"wgTitle":"The Glass Almanac/Chapter 3","wgCategories":["Novels","Works originally published in The Quarterly Lantern"]};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.proofreadpage.base%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.46.0-wmf.12"><meta property="og:title" content="The Glass Almanac/Chapter 3 - Wikisource, the free online library">
<link rel="canonical" href="https://en.wikisource.org/wiki/The_Glass_Almanac/Chapter_3"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr ns-0 ns-subject page-The_Glass_Almanac_Chapter_3 skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikisource</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Wikisource" aria-label="Search Wikisource"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="#">Create account</a></li>
<li id="pt-login"><a href="#">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="p-navigation" class="vector-menu mw-portlet" aria-label="Navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(sSide, 'mw-list-item')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><div id="siteNotice"><div id="localNotice" data-nosnippet>
<p>The Proofread of the Month is <a href="#">The Harbourmaster’s Daughter</a>. Help us validate it!</p></div></div>
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${sTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav class="vector-menu vector-menu-tabs" aria-label="Namespaces">
<ul>${links(sTabs, 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikisource</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="ws-noexport wst-header-structure" id="headertemplate"><div class="wst-header-mainblock"><div class="wst-header-left header-prev">
<a href="/wiki/The_Glass_Almanac/Chapter_2">${sHdr[2]}</a></div><div class="wst-header-central-cell"><span class="wst-header-title">
<a href="/wiki/The_Glass_Almanac"><i>${sHdr[0]}</i></a></span><br><span class="wst-header-author">${sHdr[1]}</span><br>
<span class="wst-header-section"><b>${sHdr[4]}</b></span></div><div class="wst-header-right header-next">
<a href="/wiki/The_Glass_Almanac/Chapter_4">${sHdr[3]}</a></div></div></div>
<div class="prp-pages-output" lang="en"><span><span class="pagenum ws-pagenum" id="31" data-page-number="31" title="Page:The Glass Almanac.djvu/41"></span>
</span>
${ps(sBody.slice(0, 3))}
<span><span class="pagenum ws-pagenum" id="32" data-page-number="32" title="Page:The Glass Almanac.djvu/42"></span></span>
${ps(sBody.slice(3))}
</div>
<div class="licenseContainer licenseBanner dataBox ws-noexport"><div class="licenseBanner-text"><p><b>${sLic}</b></p></div></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Novels">Novels</a></li><li><a href="/wiki/Category:Works">Works originally published in The Quarterly Lantern</a></li></ul>
</div></div></div></main></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12 January 2026, at 08:41.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(sFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wikisource: TestPage = {
  name: 'heldout310-wikisource-novel-chapter-wiki',
  kind: 'wiki',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['by Eudora Pellingham', 'This page was last edited on 12 January 2026, at 08:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Wikisource', 'Create account', 'Log in', 'Navigation', ...sSide, 'The Proofread of the Month is The Harbourmaster’s Daughter.',
    'Help us validate it!', ...sTabs, 'From Wikisource', sHdr[2] ?? '', sHdr[3] ?? '', sLic, 'Categories', 'Novels',
    'Works originally published in The Quarterly Lantern',
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...sFoot,
  ],
};

const eTitle = 'Inventory of a House After the Flood';
const eBody = [
  'One kitchen table, oak, legs swollen. It will not stand level now, so we have put a folded beer mat under the north corner.',
  j(
    'Two hundred and six photographs, of which forty can be saved. The forty are mostly of people I do not recognise, which my',
    'mother says is the river’s idea of a joke.',
  ),
  j(
    'One piano. The man from the insurance company pressed middle C and the note came out low and wet, like something',
    'speaking from the bottom of a well. He wrote <em>total loss</em> on his clipboard and did not look at us.',
  ),
  j(
    'A line on the wallpaper at the height of my shoulder, running through every room of the ground floor, perfectly level,',
    'as though someone had drawn it with a ruler while we were away.',
  ),
  j(
    'My father’s coat, still on its hook behind the door, dry. He has been dead for six years. The water came up to the hem',
    'and stopped. I have told no one about this, because I do not know what I would be telling them.',
  ),
  j(
    'Eleven jars of plum jam from the cellar, sealed, intact, floated up to the kitchen and arranged on the table in a row.',
    'We have agreed that the water did this. We have agreed not to say anything else about it.',
  ),
  j(
    'One daughter, thirty-eight, who came home to help for a weekend and has been here for five weeks. She sleeps in her old',
    'room, on a borrowed camp bed, because the mattress is gone. She has started to like it.',
  ),
  j(
    'One mother, who sits at the uneven table every evening and reads the inventory aloud, from the beginning, as though it',
    'were a story whose ending she has not yet heard.',
  ),
  j(
    'One new line, in pencil, at the bottom of the last page, in my mother’s handwriting: <em>one house, standing</em>. She has',
    'not crossed it out. Neither have I.',
  ),
];
const eJudge = j(
  '“A list that becomes a lament, and then, quietly, a kind of homecoming. I read it four times and found something new each',
  'time.” — Judge Ottilie Brandt',
);
const eOthers = ['Second Prize: The Beekeeper’s Tax by Ruairi Doyle', 'Third Prize: Nightshift at the Lock by Saanvi Mehra'];
const eNav = ['Home', 'The Prize', 'Winners', 'Judges', 'Rules & FAQ', 'Enter Now'];
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${eTitle} – Fenwater Short Story Prize</title>
<meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4">
<link rel="stylesheet" id="elementor-post-2291-css" href="/wp-content/uploads/elementor/css/post-2291.css?ver=1772">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${eTitle}","author":"Cressida Munro",
"award":"Fenwater Short Story Prize 2026, First Prize"}</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-2291 elementor-default elementor-kit-7 elementor-page elementor-page-2291">
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo" data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="/">Fenwater Short Story Prize</a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a8c2" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="2291" class="elementor elementor-2291">
<div class="elementor-element elementor-element-5c1a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-image-box"><div class="elementor-widget-container"><div class="elementor-image-box-wrapper">
<div class="elementor-image-box-content"><p class="elementor-image-box-title">First Prize · 2026</p>
<p class="elementor-image-box-description">Winner of £2,000 and publication in the Fenwater Anthology</p></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h4 class="elementor-heading-title elementor-size-small">by Cressida Munro</h4></div></div>
<div class="elementor-element elementor-widget elementor-widget-divider"><div class="elementor-widget-container"><div class="elementor-divider">
<span class="elementor-divider-separator"></span></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eBody)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container"><div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">${eJudge}</div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/anthology"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Buy the 2026 Anthology</span></span></a></div></div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Other winners</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-loop-grid"><div class="elementor-widget-container">
<div class="elementor-loop-container elementor-grid">
${eOthers.map((t) => `<div class="e-loop-item"><div class="elementor-widget-container"><p><a href="#">${t}</a></p></div></div>`).join('\n')}
</div></div></div></div></div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-widget-container">
<p>The Fenwater Short Story Prize is run by the Fenwater Literary Trust, registered charity no. 1189042.</p>
<p>© 2026 Fenwater Literary Trust · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></div></div>
<div data-elementor-type="popup" class="elementor
elementor-location-popup" data-elementor-settings="{&quot;triggers&quot;:{&quot;scrolling&quot;:&quot;yes&quot;}}">
<div class="elementor-widget-container"><h3>Entries for 2027 open in June</h3><p>Get a reminder when the prize opens.</p>
<form class="elementor-form"><input type="email" placeholder="Email"><button type="submit">Remind me</button></form></div></div>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":2291,"title":"Inventory%20of%20a%20House"}};</script></body></html>`;
const contest: TestPage = {
  name: 'heldout310-elementor-contest-winner-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts(eBody),
  bylines: ['by Cressida Munro'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenwater Short Story Prize', ...eNav, 'First Prize · 2026', 'Winner of £2,000 and publication in the Fenwater Anthology',
    eJudge, 'Buy the 2026 Anthology', 'Other winners', ...eOthers,
    'The Fenwater Short Story Prize is run by the Fenwater Literary Trust, registered charity no. 1189042.', '© 2026 Fenwater Literary Trust',
    'Privacy', 'Contact', 'Entries for 2027 open in June', 'Get a reminder when the prize opens.', 'Remind me',
  ],
};

export const HELDOUT310_D: readonly TestPage[] = [wikisource, contest];
