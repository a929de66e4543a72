import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout672-kit.js';

/**
 * Held-out batch 672, file e: a philatelic federation's exhibitors' handbook page on Hugo (Book theme) with its side menu
 * and table of contents, and a coin dealer's long grading guide on Webflow with a CTA band and related posts.
 */
const hTitle = 'Frames and pages';
const hBody = [
  j(
    'This page sets out how an exhibit must be mounted for competitive classes at federation shows. Exhibits that do not follow',
    'these rules may still be shown, but the jury will mark them out of competition.',
  ),
  'Frame size',
  j(
    'Each frame holds sixteen pages in four rows of four. Pages of A4 size or the older 23 by 29 cm size both fit; larger pages',
    'count as two and must be mounted in the top or the bottom row.',
  ),
  'Number of frames',
  'one frame for the single-frame class',
  'five frames for a first entry in the open classes',
  'eight frames once an exhibit has won a large silver medal',
  'Page protectors',
  j(
    'Every page must be in a clear protector without a coloured border. Protectors of PVC are not allowed because they damage',
    'covers over the length of a show; use polyester or polypropylene.',
  ),
];
const hMenu = ['Entering a show', 'Entry forms', 'Judging criteria', 'Shipping exhibits', 'Awards'];
const hHtml = `<!DOCTYPE html>
<html lang="en-us" dir="ltr"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="How an exhibit must be mounted for competitive classes.">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff"><meta property="og:title" content="${hTitle}" />
<meta property="og:url" content="https://handbook.northmarchphilately.org/docs/entering/frames/" /><title>${hTitle} | Exhibitors' Handbook</title>
<link rel="manifest" href="/manifest.json"><link rel="icon" href="/favicon.png" >
<link rel="stylesheet" href="/book.min.6c8b9d2a1f.css" integrity="sha256-bIuNKh8=" crossorigin="anonymous">
<script defer src="/flexsearch.min.js"></script><script defer src="/en.search.min.4d1f.js" integrity="sha256-TR8=" crossorigin="anonymous"></script></head>
<body dir="ltr"><input type="checkbox" class="hidden toggle" id="menu-control" /><input type="checkbox" class="hidden toggle" id="toc-control" />
<main class="container flex"><aside class="book-menu"><div class="book-menu-content"><nav><h2 class="book-brand"><a class="flex align-center" href="/">
<span>Exhibitors' Handbook</span></a></h2>
<div class="book-search hidden"><input type="text" id="book-search-input" placeholder="Search" aria-label="Search" maxlength="64" data-hotkeys="s/" />
<div class="book-search-spinner hidden"></div><ul id="book-search-results"></ul></div>
<script>document.querySelector(".book-search").classList.remove("hidden")</script>
<ul><li><input type="checkbox" id="section-4f1c" class="toggle" checked /><label for="section-4f1c" class="flex justify-between">
<a role="button" class="">${hMenu[0]}</a></label>
<ul><li><a href="/docs/entering/forms/" class="">${hMenu[1]}</a></li><li><a href="/docs/entering/frames/" class="active">${hTitle}</a></li>
<li><a href="/docs/entering/judging/" class="">${hMenu[2]}</a></li></ul></li>
<li><a href="/docs/shipping/" class="">${hMenu[3]}</a></li><li><a href="/docs/awards/" class="">${hMenu[4]}</a></li></ul>
<ul><li><a href="https://northmarchphilately.org/" target="_blank" rel="noopener">Federation website</a></li></ul></nav>
<script>(function(){var a=document.querySelector("aside .book-menu-content");addEventListener("beforeunload",function(){localStorage.setItem("menu.scrollTop",
a.scrollTop)}),a.scrollTop=localStorage.getItem("menu.scrollTop")})()</script></div></aside>
<div class="book-page"><header class="book-header"><div class="flex align-center justify-between"><label for="menu-control">
<img src="/svg/menu.svg" class="book-icon" alt="Menu" /></label>
<strong>${hTitle}</strong><label for="toc-control"><img src="/svg/toc.svg" class="book-icon" alt="Table of Contents" /></label></div>
<aside class="hidden clearfix"><nav id="TableOfContents"><ul><li><a href="#frame-size">${hBody[1]}</a></li><li><a href="#number-of-frames">${hBody[3]}</a></li>
<li><a href="#page-protectors">${hBody[7]}</a></li></ul></nav></aside></header>
<article class="markdown book-article"><h1 id="frames-and-pages">${hTitle}<a class="anchor" href="#frames-and-pages">#</a></h1><p>${hBody[0]}</p>
<h2 id="frame-size">${hBody[1]}<a class="anchor" href="#frame-size">#</a></h2><p>${hBody[2]}</p>
<h2 id="number-of-frames">${hBody[3]}<a class="anchor" href="#number-of-frames">#</a></h2><ul>${lis(hBody.slice(4, 7))}</ul>
<blockquote class="book-hint warning"><p>Single-frame exhibits may not be split from a larger exhibit shown at the same show.</p></blockquote>
<h2 id="page-protectors">${hBody[7]}<a class="anchor" href="#page-protectors">#</a></h2><p>${hBody[8]}</p></article>
<footer class="book-footer"><div class="flex flex-wrap justify-between"><div>
<a class="flex align-center" href="https://git.northmarchphilately.org/handbook/commit/9c1e2d" title="Last modified by Ingrid Halloway | May 2, 2026"
target="_blank" rel="noopener">
<img src="/svg/calendar.svg" class="book-icon" alt="" /><span>May 2, 2026</span></a></div><div>
<a class="flex align-center" href="https://git.northmarchphilately.org/handbook/edit/main/content/docs/entering/frames.md" target="_blank" rel="noopener">
<img src="/svg/edit.svg" class="book-icon" alt="" /><span>Edit this page</span></a></div></div>
<div class="flex flex-wrap justify-between"><span><a href="/docs/entering/forms/" class="flex align-center">
<img src="/svg/backward.svg" class="book-icon" alt="Previous" /><span>${hMenu[1]}</span></a></span>
<span><a href="/docs/entering/judging/" class="flex align-center"><span>${hMenu[2]}</span><img src="/svg/forward.svg" class="book-icon" alt="Next" /></a>
</span></div>
<script>(function(){function e(e){const t=window.getSelection(),n=document.createRange();n.selectNodeContents(e),t.removeAllRanges(),
t.addRange(n)}})()</script></footer>
<div class="book-comments"></div><label for="menu-control" class="hidden book-menu-overlay"></label></div>
<aside class="book-toc"><div class="book-toc-content"><nav id="TableOfContents"><ul><li><a href="#frame-size">${hBody[1]}</a></li><li>
<a href="#number-of-frames">${hBody[3]}</a></li><li><a href="#page-protectors">${hBody[7]}</a></li></ul></nav></div></aside></main></body></html>`;
const hugo: TestPage = {
  name: 'heldout672-hugo-book-exhibit-rules',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hBody[1] ?? '', hBody[3] ?? '', hBody[7] ?? ''],
  body: texts([
    ...hBody.slice(0, 1),
    hBody[2] ?? '',
    ...hBody.slice(4, 7),
    'Single-frame exhibits may not be split from a larger exhibit shown at the same show.',
    hBody[8] ?? '',
  ]),
  bylines: ['May 2, 2026'],
  furniture: ["Exhibitors' Handbook", ...hMenu, 'Federation website', 'Edit this page'],
};

const bTitle = 'How coins are graded: a collector\u2019s guide from worn to mint';
const bBody = [
  j(
    'Grading is the single most important skill a coin collector can learn, because the grade sets the price more than the date',
    'or even the rarity. Two pennies of the same year can sell for £3 and £300, and the only difference is how much of the',
    'design has survived. This guide walks through the grades we use at Ashcombe, what to look for at each, and the mistakes',
    'that cost new collectors money.',
  ),
  'Why grading matters',
  j(
    'A coin starts to wear from the moment it enters circulation. The highest points of the design go first: the hair above the',
    'ear on a portrait, the tips of a wreath, the centre of a shield. By looking at how much detail is left on those points, a',
    'grader can say how long the coin circulated and how well it has been kept since.',
  ),
  j(
    'Dealers, auction houses and price guides all use the same words, so a coin described as Very Fine in one catalogue should',
    'look much like a Very Fine coin in another. In practice there is room for honest disagreement of half a grade, and it is',
    'worth learning to judge for yourself rather than taking every description on trust.',
  ),
  'The grades, from the bottom up',
  j(
    'Poor and Fair coins are worn almost smooth. The type can be identified and the date may be readable, but little else. Such',
    'coins are worth collecting only when the date is rare, and even then they sell for a small part of the price of a better',
    'example.',
  ),
  j(
    'Fine is the grade of a coin that circulated for years. The main outlines are clear, the legend can be read, but the finer',
    'details of hair, feathers or drapery have merged. Most coins in an inherited collection are Fine or below.',
  ),
  j(
    'Very Fine coins show wear only on the high points. The hair on a portrait is separated into strands over most of its',
    'length, and the lettering is sharp. Very Fine is the grade at which many collectors of older series start to buy, because',
    'it shows the design well at a fair price.',
  ),
  j(
    'Extremely Fine coins have only the slightest wear, visible under a lens on the very highest points. Some of the original',
    'mint lustre remains in the protected areas around the letters and the rim.',
  ),
  j(
    'Uncirculated coins show no wear at all. They may still have marks from contact with other coins in the mint bag, and the',
    'number and placing of those marks decides where a coin sits within the uncirculated range.',
  ),
  'Light, lens and patience',
  j(
    'Grade under a single lamp, not under room lighting or daylight from a window. Hold the coin by the edge and tilt it slowly',
    'so that the light runs across the surface: wear shows as a flat, dull patch where the lustre breaks. A lens of five or',
    'six times is enough. Stronger glasses show every tiny mark and make most coins look worse than they are.',
  ),
  j(
    'Look at the whole coin before the details. A coin with a strong strike and even wear is more attractive, and easier to sell,',
    'than one with the same wear but a weak strike or a dark spot in the field.',
  ),
  'Mistakes that cost money',
  'confusing a weak strike with wear: a weakly struck coin can be uncirculated yet lack detail in the centre',
  'ignoring cleaning: a bright, even shine with fine parallel hairlines is the sign of a cleaned coin',
  'paying a high-grade price for a coin in a slab without looking at the coin itself',
  'grading from a photograph taken under flash, which hides wear and exaggerates marks',
  'Cleaned, damaged and altered coins',
  j(
    'A cleaned coin is graded for its wear and then described as cleaned, and its value falls sharply, often by half or more.',
    'Coins with edge knocks, scratches or holes are treated the same way. Altered dates and added mint marks are rarer, but they',
    'do turn up in the better series; a date that looks slightly too bold or too thin is a reason to ask for a second opinion.',
  ),
  'When to ask a professional',
  j(
    'For most coins, your own grade is good enough to decide whether to buy. For expensive pieces, or when you plan to sell a',
    'whole collection, a second opinion is worth having. We grade coins at our counter without charge and will always show you',
    'what we see, so that you can learn from it.',
  ),
  j(
    'Above all, look at as many coins as you can. Go to fairs and auction viewings, handle coins in every grade, and compare',
    'what you see with the descriptions. After a few hundred coins, the grades become second nature.',
  ),
];
const bHeads = [1, 4, 10, 13, 18, 20];
const bList = [14, 15, 16, 17];
const bCaption = 'The same Victorian penny in Fine, Very Fine and Extremely Fine. Photo: Ashcombe Numismatics.';
const bNav = ['Shop Coins', 'Sell to Us', 'Journal', 'Contact'];
const bRel = [
  ['Grading', 'Spotting a cleaned coin in thirty seconds'],
  ['Collecting', 'Starting a collection of Georgian copper'],
];
const bFoot = ['Shop Coins', 'Sell to Us', 'Valuations', 'Terms of Sale', 'Privacy'];
const bRich = (): string =>
  bBody
    .map((t, i) => {
      if (bHeads.includes(i)) return `<h2>${t}</h2>`;
      if (bList.includes(i)) return `${i === bList[0] ? '<ul role="list">' : ''}<li>${t}</li>${i === 17 ? '</ul>' : ''}`;
      const fig =
        i === 5
          ? `<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/64a1/65b2_pennies.jpg" loading="lazy" alt="Three pennies"></div><figcaption>${bCaption}</figcaption></figure>`
          : '';
      return `${fig}<p>${t}</p>`;
    })
    .join('\n');
const bHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Thu Jan 22 2026 09:14:02 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.ashcombenumismatics.com" data-wf-page="65b2c1d0e4" data-wf-site="64a1b2c3d4" lang="en"
data-wf-collection="65b2c1d0e5" data-wf-item-slug="how-coins-are-graded">
<head><meta charset="utf-8"/><title>How coins are graded | Ashcombe Numismatics</title>
<meta content="A collector's guide to coin grades, from Poor to Uncirculated." name="description"/>
<meta content="How coins are graded | Ashcombe Numismatics" property="og:title"/><meta property="og:type" content="website"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.com/64a1b2c3d4/css/ashcombe.webflow.3f2a1c.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/64a1b2c3d4/favicon.png" rel="shortcut icon" type="image/x-icon"/></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/64a1b2c3d4/logo.svg" loading="lazy" alt="Ashcombe Numismatics" class="logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${bNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/valuations" class="button nav-button w-button">Free Valuation</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<section class="section-blog-post"><div class="container-blog w-container"><div class="blog-post-header">
<a href="/journal-categories/grading" class="category-link">Grading</a>
<h1 class="heading-blog-post">${bTitle}</h1><div class="blog-meta"><div class="author-text">Written by</div><div class="author-text">Tobias Wrenfield</div>
<div class="meta-divider"></div><div class="date-text">Jan 22, 2026</div></div></div>
<img src="https://assets-global.website-files.com/64a1/65b2_hero.jpg" loading="lazy" sizes="(max-width: 767px) 92vw, 760px" alt="" class="blog-main-image"/>
<div class="rich-text-block w-richtext">${bRich()}</div>
<div class="share-block"><div class="share-text">Share this article</div>
<a href="https://www.facebook.com/sharer/sharer.php?u=" class="share-link w-inline-block"><img src="/fb.svg" alt="Facebook"/></a>
<a href="https://twitter.com/intent/tweet?url=" class="share-link w-inline-block"><img src="/x.svg" alt="X"/></a></div></div></section>
<section class="section-cta"><div class="w-container"><h2 class="heading-cta">Thinking of selling?</h2>
<p class="paragraph-cta">Bring your coins to our counter for a free, no-obligation valuation.</p>
<a href="/valuations" class="button w-button">Book a Valuation</a></div></section>
<section class="section-related"><div class="w-container"><h3 class="heading-related">More from the Journal</h3><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">
${bRel
  .map(
    (r) => `<div role="listitem" class="w-dyn-item"><a href="/journal/x" class="related-card w-inline-block"><div class="category-tag">${r[0]}</div>
<h4 class="related-title">${r[1]}</h4><div class="read-more">Read more →</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Ashcombe Numismatics</div>
<p class="footer-text">7 Market Steps, Ashcombe<br/>Open Wednesday to Saturday</p></div>
<div class="footer-col">${bFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-bottom">© 2026 Ashcombe Numismatics Ltd. Members of the British Numismatic Trade Circle.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a1b2c3d4" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64a1b2c3d4/js/webflow.8c2b1a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout672-webflow-grading-guide',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads.map((i) => bBody[i] ?? ''),
  body: texts(bBody.filter((_, i) => !bHeads.includes(i))),
  bylines: ['Written by', 'Tobias Wrenfield', 'Jan 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shop Coins', 'Sell to Us', 'Journal', 'Free Valuation', bCaption, 'Share this article', 'Thinking of selling?',
    'Bring your coins to our counter for a free, no-obligation valuation.', 'Book a Valuation', 'More from the Journal',
    ...bRel.map((r) => r[1] ?? ''), 'Read more →', 'Ashcombe Numismatics', '7 Market Steps, Ashcombe', 'Open Wednesday to Saturday', 'Valuations',
    'Terms of Sale', 'Privacy', '© 2026 Ashcombe Numismatics Ltd. Members of the British Numismatic Trade Circle.',
  ],
};

export const HELDOUT672_E: readonly TestPage[] = [hugo, webflow];
