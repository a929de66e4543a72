import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout691-kit.js';

/**
 * Held-out batch 691, file b: a short exam preparation page of a small French school built with Wix (Thunderbolt markup),
 * and a translation agency's blog post on Webflow with a CMS author block, a newsletter form and related posts.
 */
const xTitle = 'DELF B2 Preparation';
const xParas = [
  j(
    'Do you need a B2 certificate in French for university or for work? Our six-week preparation course takes you through all four',
    'parts of the exam with real past papers and timed practice.',
  ),
  'Classes meet on Tuesday and Thursday evenings from 18:30 to 20:30, in groups of six to ten.',
];
const xList = ['Listening and reading strategies', 'Writing an argued letter or article in 250 words', 'Mock oral exam with feedback every week'];
const xLast = j(
  'The next course starts on 3 March. The fee is €390, books included. The exam fee is paid separately to the exam centre.',
  'Not sure about your level? Take our free online placement test first.',
);
const xNav = ['Home', 'Courses', 'Exams', 'Our team', 'Contact'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>DELF B2 Preparation | Atelier Français Norrvik</title>
<meta name="description" content="Six-week DELF B2 preparation course in the evenings.">
<link rel="canonical" href="https://www.atelierfrancais-norrvik.com/delf-b2"><meta property="og:title" content="DELF B2 Preparation | Atelier Français Norrvik">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"metaSiteId":"7b1e"}}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50}.font_0{font:normal normal normal 44px/1.4em playfair display,serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-lf2a1" class="KaEeLN comp-lf2a1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">Atelier Français Norrvik</span></p></div>
<nav id="comp-lf2a2" class="StylableHorizontalMenu3372578893__root comp-lf2a2 wixui-horizontal-menu" aria-label="Site">
<ul class="StylableHorizontalMenu3372578893__menu">${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" class="VM7gjN">
<section id="comp-lf2b7" class="comp-lf2b7 CohWsy wixui-column-strip"><div id="bgLayers_comp-lf2b7" class="MW5IWV"></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lf2b8" class="comp-lf2b8 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lf2b8inlineContent">
<div id="comp-lf2b9" class="KaEeLN comp-lf2b9 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span style="color:#1F2A44;" class="wixui-rich-text__text">${xTitle}</span></h1></div>
<div id="comp-lf2c0" class="KaEeLN comp-lf2c0 wixui-rich-text" data-testid="richTextElement">
${ps(
  xParas.map((p) => `<span class="wixui-rich-text__text">${p}</span>`),
  ' class="font_8 wixui-rich-text__text"',
)}
<ul class="font_8 wixui-rich-text__text">${lis(
  xList.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
  'wixui-rich-text__text',
)}</ul>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${xLast}</span></p></div>
<div id="comp-lf2c1" class="comp-lf2c1 R6ex7N" aria-disabled="false"><a data-testid="linkElement" href="https://www.atelierfrancais-norrvik.com/book-online"
class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Book your place</span></a></div>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-lf2d4" class="KaEeLN comp-lf2d4 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Storgatan 21, Norrvik · +46 70 000 12 12</p>
<p class="font_9 wixui-rich-text__text">© 2025 by Atelier Français Norrvik. Proudly created with <a href="https://www.wix.com">Wix.com</a></p></div>
</div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="ZBL7d9 ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" class="tKtvKq">
<span class="dG4BRV">This site was designed with the <b>Wix</b> website builder. Create your website today.</span><span class="T2ipgY">Start Now</span></a>
</div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f2e1a3b1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout691-wix-delf-b2',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts([...xParas, ...xList, xLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Atelier Français Norrvik', ...xNav, 'Book your place', 'Storgatan 21, Norrvik · +46 70 000 12 12',
    '© 2025 by Atelier Français Norrvik. Proudly created with Wix.com', 'This site was designed with the Wix website builder. Create your website today.',
    'Start Now',
  ],
};

const fTitle = 'Certified translations for visa applications: what consulates actually check';
const fIntro = j(
  'Every week we get a call from someone whose visa appointment is in four days and whose birth certificate is still in the',
  'original language. Most of these stories end well, but a few simple checks would have saved a lot of stress.',
);
const fH1 = 'Certified, sworn or notarised?';
const fP1 = [
  j(
    'These words mean different things in different countries. A certified translation usually carries a signed statement from',
    'the translator or agency that it is complete and accurate. A sworn translation is made by a translator appointed by a court,',
    'and a notarised translation has a notary confirm the translator’s signature, not the quality of the translation.',
  ),
  'Read the consulate’s own checklist first. If it only says “official translation”, call or email and ask which of the three it means.',
];
const fH2 = 'What we see rejected most often';
const fList = [
  'Stamps and handwritten notes on the original that were left out of the translation',
  'Names spelled differently from the passport',
  'Dates converted to a different format without a note',
  'Scans so dark that the official cannot compare the two documents',
];
const fH3 = 'How long it really takes';
const fP3 = [
  j(
    'A single certificate can be translated in a day. What takes time is the rest: posting the signed copy, an apostille if the',
    'original needs one, and the notary’s appointment book. Plan on a week for the whole chain.',
  ),
  j(
    'If you are short on time, ask whether the consulate accepts a translation with an electronic signature. Some now do, and it',
    'removes the postal step entirely.',
  ),
];
const fQuote = '“Treat the translation as part of the application, not as an afterthought.”';
const fLast = 'If you are unsure, send us a photo of the document and the consulate’s checklist, and we will tell you what you need before you pay anything.';
const fNav = ['Services', 'Industries', 'Pricing', 'Blog', 'Contact'];
const fRel = [
  'Translating academic transcripts for a master’s application',
  'Apostille or legalisation? A short guide',
  'Why we never use machine translation for certificates',
];
const fFoot = ['Certified translation', 'Interpreting', 'Localisation', 'Careers', 'Privacy policy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.pontelingo.com" data-wf-page="65b0c8e2f1a0a1" data-wf-site="65b0c8e2f1a09f" data-wf-collection="65b0c8e2f1a0b3"
data-wf-item-slug="visa-translations">
<head><meta charset="utf-8"><title>Certified translations for visa applications | Pontelingo</title>
<meta content="What consulates check in a certified translation and how to avoid a rejected application." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b0c8e2f1a09f/css/pontelingo.webflow.css" rel="stylesheet" type="text/css">
<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js"></script><script>WebFont.load({google:{families:["Inter:400,600"]}});</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65b0c8e2f1a09f/logo.svg" alt="Pontelingo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/quote" class="button nav-button w-button">Free quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>
</div>
<div class="section blog-post-header"><div class="container-narrow w-container">
<a href="/blog/category/certified-translation" class="category-tag">Certified translation</a>
<h1 class="blog-post-title">${fTitle}</h1><div class="blog-post-meta"><div class="author-wrap">
<img src="https://assets-global.website-files.com/author-ines.jpg" alt=""
class="author-avatar"><div class="author-name">Inês Vardal</div></div><div class="meta-divider">·</div><div class="post-date">12 February 2025</div>
<div class="meta-divider">·</div><div class="read-time">5 min read</div></div></div></div>
<div class="section blog-post-body"><div class="container-narrow w-container">
<img src="https://assets-global.website-files.com/passport-desk.jpg" alt="" class="post-main-image">
<div class="rich-text-block w-richtext"><p>${fIntro}</p><h2>${fH1}</h2>${ps(fP1)}<h2>${fH2}</h2><ul role="list">${lis(fList)}</ul>
<h2>${fH3}</h2>${ps(fP3)}<blockquote>${fQuote}</blockquote><p>${fLast}</p></div>
<div class="share-wrap"><div class="share-label">Share this article</div>
<a href="https://www.linkedin.com/shareArticle?url=" class="share-link w-inline-block">LinkedIn</a>
<a href="https://twitter.com/intent/tweet?url=" class="share-link w-inline-block">X</a><a href="mailto:?subject=" class="share-link w-inline-block">Email</a>
</div>
<div class="author-card"><div class="author-card-name">Inês Vardal</div><p class="author-card-bio">Inês runs the certified translation desk at Pontelingo and
has translated civil documents from Portuguese and Spanish for twelve years.</p></div></div></div>
<div class="section related-posts"><div class="w-container"><h2 class="section-heading">Keep reading</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">
${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/blog/related" class="related-card w-inline-block"><h3 class="related-title">${t}</h3></a>
</div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section newsletter"><div class="w-container"><h2 class="newsletter-heading">Get our guides by email</h2><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get">
<input class="text-field w-input" maxlength="256" name="Email" placeholder="Your email" type="email">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Services</div>
${fFoot.map((t) => `<a href="/s" class="footer-link">${t}</a>`).join('\n')}</div><div class="footer-col">
<div class="footer-text">Pontelingo Translations Ltd, Canal
Yard 4, Easthaven</div></div></div><div class="footer-bottom">© 2025 Pontelingo. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65b0c8e2f1a09f/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout691-webflow-visa-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2, fH3],
  body: texts([fIntro, ...fP1, ...fList, ...fP3, fQuote, fLast]),
  bylines: ['Inês Vardal', '12 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Free quote', 'Certified translation', '5 min read', 'Share this article', 'LinkedIn', 'X', 'Email',
    'Inês runs the certified translation desk at Pontelingo and has translated civil documents from Portuguese and Spanish for twelve years.',
    'Keep reading', ...fRel, 'Get our guides by email', 'Interpreting', 'Localisation', 'Careers', 'Privacy policy',
    'Pontelingo Translations Ltd, Canal Yard 4, Easthaven', '© 2025 Pontelingo. All rights reserved.',
  ],
};

export const HELDOUT691_B: readonly TestPage[] = [wix, webflow].map(settle);
