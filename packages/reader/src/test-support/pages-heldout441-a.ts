import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout441-kit.js';
import { libreTexts } from './pages-heldout441-a2.js';

/**
 * Held-out batch 441, file a: a Pressbooks chapter (McLuhan theme) with its reading header, table of contents drawer, learning
 * objectives and key takeaways textboxes, a figure with caption and credit, the previous / next links, the licence block and
 * the book footer with the Pressbooks credit and cookie notice; from file a2, a LibreTexts page.
 */
const pbTitle = 'Soil Water and How Plants Take It Up';
const pbObjectives = [
  'Describe the three main forms in which water is held in soil.',
  'Explain why field capacity and wilting point set the limits of plant-available water.',
  'Estimate the available water in a root zone from a simple soil description.',
];
const pbIntro = [
  j(
    'A handful of moist loam from the Varrow Valley trial plots can hold almost a third of its volume as water, yet a wheat plant',
    'growing in that same soil may wilt by mid-afternoon. The difference between water that is present and water that a plant can',
    'actually use is the subject of this chapter.',
  ),
  `Soil is a porous body. Between the mineral grains and the bits of organic matter lies a network of pores of every size, from
  cracks wide enough to see to spaces narrower than a bacterium. How water moves through that network, and how tightly it is held
  there, decides what roots can reach.`,
];
const pbH1 = 'Forms of Soil Water';
const pbForms = [
  `After a heavy rain every pore is full and the soil is said to be saturated. Water in the largest pores drains away under
  gravity within a day or two; this gravitational water passes through the root zone too quickly to be of much use and carries
  nitrate with it.`,
  `What remains is held in smaller pores by capillary forces and as thin films on grain surfaces. We usually divide it into three
  forms:`,
];
const pbFormsList = [
  'Gravitational water, which drains freely from large pores after saturation.',
  'Capillary water, held in medium and small pores and available to most plants.',
  'Hygroscopic water, bound so tightly to particle surfaces that roots cannot extract it.',
];
const pbH2 = 'Field Capacity and Wilting Point';
const pbLimits = [
  `Two reference points make these forms useful in the field. Field capacity is the water content after free drainage has
  largely stopped, typically two to three days after a soaking. The permanent wilting point is the water content at which a test
  plant wilts and does not recover overnight, even in a humid chamber.`,
  `The water held between these two points is called plant-available water. Texture has the largest effect on it, as the table
  below shows for the soils described in Chapter 2.`,
];
const pbTable = [
  ['Coarse sand', '9', '3', '6'],
  ['Sandy loam', '20', '8', '12'],
  ['Silt loam', '33', '13', '20'],
  ['Clay', '42', '27', '15'],
];
const pbH3 = 'How Roots Draw Water';
const pbRoots = [
  `Water moves from soil into a root, up the stem and out through leaf pores because each step is a little drier than the one
  before. As the soil around a root dries, the remaining water sits in ever smaller pores and is held more tightly, so the plant
  must pull harder to get the same amount.`,
  `Clay holds more water than silt loam at field capacity, but much of it is held so tightly that it is never available. This
  is why a silt loam, not a clay, usually gives the largest reserve for a growing crop.`,
  `Rooting depth matters as much as texture. A lettuce crop rooting to 30 cm in silt loam can draw on about 60 mm of water,
  while a lucerne stand rooting to 150 cm in the same soil has five times that reserve.`,
];
const pbTakeaways = [
  'Only the water held between field capacity and the permanent wilting point is available to plants.',
  'Medium-textured soils such as silt loams hold the most plant-available water.',
  'The reserve a crop can use is the available water per centimetre multiplied by the depth of rooting.',
];
const pbToc = ['Introduction', '1. What Soil Is Made Of', '2. Soil Texture and Structure', '3. Soil Water and How Plants Take It Up', '4. Soil Nutrients'];
const pbFoot = ['Privacy Policy', 'Accessibility', 'Contact'];
const pbCaption = 'Figure 3.1. Water held in soil pores of three sizes after drainage.';
const pbCredit = 'Image credit: Ottilie Brask, CC BY 4.0.';
const pbLicence = j(
  'Soil Water and How Plants Take It Up by Halvard Mennick and Rosalind Teague is licensed under a Creative Commons',
  'Attribution 4.0 International License, except where otherwise noted.',
);
const pbHtml = `<!DOCTYPE html>
<html lang="en-CA" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${pbTitle} &#8211; Introduction to Soil Science</title>
<meta name="citation_title" content="${pbTitle}"><meta name="citation_book_title" content="Introduction to Soil Science">
<meta name="citation_author" content="Mennick, Halvard"><meta name="citation_author" content="Teague, Rosalind">
<meta name="citation_publisher" content="Varrow Valley College"><meta property="og:type" content="book">
<link rel="stylesheet" id="pressbooks/book-css" href="https://pressbooks.vvc.example/app/uploads/sites/14/pressbooks/css/style.css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Chapter","name":"${pbTitle}","isPartOf":"Introduction to Soil Science",
"author":[{"@type":"Person","name":"Halvard Mennick"},{"@type":"Person","name":"Rosalind Teague"}],"license":"https://creativecommons.org/licenses/by/4.0/"}
</script><script>var PB_A11y = {"increase_label":"Increase Font Size","decrease_label":"Decrease Font Size"};</script></head>
<body class="chapter-template-default single single-chapter postid-118 lang-en-ca theme-mcluhan" id="chapter-3">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="nav-reading nav-reading--top"></div>
<header class="header" role="banner"><div class="header__inner"><div class="header__brand">
<a href="https://pressbooks.vvc.example/soilscience"><span class="book-title">Introduction to Soil Science</span></a></div>
<div class="header__nav"><a class="header__nav-icon js-header-nav-toggle" href="#navigation">Menu<span class="header__nav-icon__icon"></span></a>
<nav class="js-header-nav" id="navigation"><ul id="nav-primary-menu" class="nav--primary">
<li><a href="/soilscience/">Home</a></li><li><a href="/soilscience/table-of-contents">Read</a></li><li><a href="/soilscience/wp-login.php">Sign in</a></li>
</ul></nav></div></div></header>
<div class="reading-header"><nav class="reading-header__inside"><div class="reading-header__toc dropdown">
<h3 class="reading-header__toc__title">Contents</h3><div class="block-reading-toc" id="toc"><ol class="toc">${links(pbToc, 'toc__chapter')}</ol></div></div>
<div class="reading-header__end-container"><a class="reading-header__download" href="#downloads">Download this book</a></div></nav></div>
<div id="content" class="site-content"><section id="post-118" class="chapter post-118 standard" aria-labelledby="chapter-title">
<div class="chapter-title-wrap"><p class="chapter-number">3</p><h1 class="chapter-title" id="chapter-title">${pbTitle}</h1>
<p class="chapter-author">Halvard Mennick and Rosalind Teague</p></div>
<div class="ugc chapter-ugc">
<div class="textbox textbox--learning-objectives"><header class="textbox__header"><p class="textbox__title">Learning Objectives</p></header>
<div class="textbox__content"><p>By the end of this chapter, you will be able to:</p><ol>${lis(pbObjectives)}</ol></div></div>
${ps(pbIntro)}
<h2>${pbH1}</h2>
${ps(pbForms)}
<ul>${lis(pbFormsList)}</ul>
<figure id="attachment_121" class="wp-caption aligncenter" style="width: 640px"><img class="wp-image-121 size-large"
src="https://pressbooks.vvc.example/app/uploads/sites/14/2025/08/soil-pores.png" alt="Diagram of large, medium and small pores" width="640">
<figcaption class="wp-caption-text">${pbCaption}<br><span class="credit">${pbCredit}</span></figcaption></figure>
<h2>${pbH2}</h2>
${ps(pbLimits)}
<table class="grid"><caption>Table 3.1. Water content of four soils, percent by volume</caption>
<thead><tr><th>Soil</th><th>Field capacity</th><th>Wilting point</th><th>Available water</th></tr></thead>
<tbody>${pbTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${pbH3}</h2>
${ps(pbRoots)}
<div class="textbox textbox--key-takeaways"><header class="textbox__header"><p class="textbox__title">Key Takeaways</p></header>
<div class="textbox__content"><ul>${lis(pbTakeaways)}</ul></div></div>
</div>
<div class="block-reading-meta"><div class="licensing"><div class="license-attribution"><p><img src="https://pressbooks.vvc.example/cc-by.svg"
alt="Icon for the Creative Commons Attribution 4.0 International License"></p><p>${pbLicence}</p></div></div></div>
<div class="block-reading-share"><h3>Share This Book</h3><ul class="share-links"><li><a href="#fb">Share on Facebook</a></li>
<li><a href="#tw">Share on Twitter</a></li></ul></div>
</section></div>
<nav class="nav-reading" role="navigation"><div class="previous"><a href="/soilscience/chapter/soil-texture/" title="2. Soil Texture and Structure">
<span class="nav-reading__previous-label">Previous: Soil Texture and Structure</span></a></div>
<div class="next"><a href="/soilscience/chapter/soil-nutrients/" title="4. Soil Nutrients"><span>Next: Soil Nutrients</span></a></div>
<a href="#top" class="nav-reading__top">Back to top</a></nav>
<footer class="footer footer--reading"><div class="footer__inner"><section class="footer__pressbooks">
<a class="footer__pressbooks__icon" href="https://pressbooks.example"><span class="screen-reader-text">Pressbooks</span></a>
<div class="footer__pressbooks__links"><p class="footer__pressbooks__links__title">Powered by Pressbooks</p>
<ul class="footer__pressbooks__links__list">${links(pbFoot)}</ul></div></section></div></footer>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">
This site uses cookies to keep you signed in and to count visits.</span><span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a>
<a href="/privacy" target="_blank" id="cn-more-info" class="cn-more-info cn-button">Read our privacy policy</a></span></div></div>
<script src="https://pressbooks.vvc.example/app/themes/pressbooks-book/dist/scripts/book.js"></script></body></html>`;
const pressbooks: TestPage = {
  name: 'heldout441-pressbooks-chapter-docs',
  kind: 'docs',
  html: pbHtml,
  title: pbTitle,
  headings: [pbH1, pbH2, pbH3],
  body: [
    'By the end of this chapter, you will be able to:',
    ...texts([...pbObjectives, ...pbIntro, ...pbForms, ...pbFormsList, ...pbLimits, ...pbRoots, ...pbTakeaways]),
  ],
  bylines: ['Halvard Mennick and Rosalind Teague'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Introduction to Soil Science', 'Menu', 'Home', 'Read', 'Sign in', 'Contents', ...pbToc.filter((t) => !t.startsWith('3.')),
    'Download this book', pbCaption, pbCredit, pbLicence, 'Share This Book', 'Share on Facebook', 'Share on Twitter',
    'Previous: Soil Texture and Structure', 'Next: Soil Nutrients', 'Back to top', 'Powered by Pressbooks', ...pbFoot,
    'This site uses cookies to keep you signed in and to count visits.', 'Read our privacy policy',
  ],
};

export const HELDOUT441_A: readonly TestPage[] = [pressbooks, libreTexts];
