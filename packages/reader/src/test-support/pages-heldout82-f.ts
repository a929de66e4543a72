import { links, type TestPage, texts } from './page-kit.js';
import { wikihowPage } from './pages-heldout82-f2.js';

/**
 * Held-out batch 82, file f: an iFixit repair guide (the store header with nav, search, "Log In" and cart, the device
 * breadcrumbs, the guide title with "Written By" and the contributors link, the difficulty / steps / time / sections / flags
 * strip, "Introduction", the tools and parts lists with prices and "Buy these tools", numbered steps with "Step n" labels,
 * caution and note bullets, hidden comment forms and "Add a comment" links, "Conclusion", the "other people completed this
 * guide" widget, the author box with reputation and badges, the guide's comments, view statistics, the newsletter and the
 * footer), and a wikiHow article with parts and expert Q&A (file f2).
 */
const ifTitle = 'Kestrel K7 Battery Replacement';
const ifIntro = [
  'Use this guide to replace a worn-out or swollen battery in your Kestrel K7. If your phone no longer lasts a day on a charge, shuts down ' +
    'at 20% or more, or the back cover is bulging, the battery probably needs replacing.',
  'Before you begin, discharge the battery below 25%. A charged lithium-ion battery can catch fire if it is punctured by accident.',
];
const ifTools = ['iOpener', 'Suction Handle', 'iFixit Opening Picks (Set of 6)', 'Spudger', 'Phillips #00 Screwdriver', 'Tweezers'];
const ifToolPrices = ['$19.99', '$4.99', '$4.99', '$3.99', '$5.99', '$4.99'];
const ifParts = ['Kestrel K7 Battery', 'Kestrel K7 Back Cover Adhesive'];
const ifPartPrices = ['$34.99', '$6.99'];
interface IfStep {
  id: number;
  title: string;
  lines: { cls: string; text: string }[];
}
const ifSteps: IfStep[] = [
  {
    id: 301101,
    title: 'Heat the back cover',
    lines: [
      { cls: '', text: 'Apply a heated iOpener to the bottom edge of the back cover for two minutes to soften the adhesive.' },
      { cls: 'icon-caution', text: 'Don’t overheat the phone. The display and battery are sensitive to high temperatures.' },
    ],
  },
  {
    id: 301102,
    title: 'Open the back cover',
    lines: [
      { cls: '', text: 'Apply a suction handle near the bottom edge and pull up with firm, steady pressure to create a small gap.' },
      { cls: '', text: 'Insert an opening pick into the gap and slide it along the bottom and left edges to slice through the adhesive.' },
      { cls: 'icon-note', text: 'Leave picks in the cut seams to prevent the adhesive from resealing.' },
    ],
  },
  {
    id: 301103,
    title: 'Remove the back cover',
    lines: [
      { cls: '', text: 'Continue slicing around the top and right edges, then lift the back cover away from the phone.' },
      { cls: 'icon-caution', text: 'Lift slowly. The fingerprint sensor cable connects the cover to the motherboard near the camera.' },
    ],
  },
  {
    id: 301104,
    title: 'Disconnect the battery',
    lines: [
      { cls: '', text: 'Remove the three 3.2 mm Phillips screws securing the battery connector bracket.' },
      { cls: '', text: 'Use the point of a spudger to pry the battery connector straight up from its socket on the motherboard.' },
    ],
  },
  {
    id: 301105,
    title: 'Remove the battery',
    lines: [
      { cls: '', text: 'Grab one of the black pull tabs at the bottom of the battery with tweezers and pull it slowly towards the bottom of the phone.' },
      { cls: 'icon-reminder', text: 'Pull at a low angle and keep the tab flat so it stretches instead of tearing.' },
      { cls: '', text: 'Repeat for the second tab, then lift the battery out of the frame.' },
    ],
  },
];
const ifConclusion = [
  'To reassemble your device, follow these instructions in reverse order. Apply new adhesive to the back cover before closing the phone.',
  'Take your e-waste to an R2 or e-Stewards certified recycler.',
  'Repair didn’t go as planned? Try some basic troubleshooting, or ask our Answers community for help.',
];
const ifNav = ['Store', 'Fix Kits', 'Parts', 'Tools', 'Repair Guides', 'Answers Forum', 'Teardowns', 'Right to Repair', 'Pro Tech'];
const ifCrumbs = ['Home', 'Phone', 'Android Phone', 'Kestrel Phone', 'Kestrel K7'];
const ifMeta = [
  ['Difficulty', 'Moderate'],
  ['Steps', '5'],
  ['Time Required', '30 minutes - 1 hour'],
  ['Sections', '1'],
  ['Flags', '0'],
] as const;
const ifComment = ['Add a comment', 'Add Comment', 'Cancel', 'Post comment'];
const ifCompleted = ['43 other people completed this guide.', 'I did this guide!', 'Cancel: I did not complete this guide.'];
const ifAuthor = ['Author', 'Member since: 03/14/2019', '1,204 Reputation', '38 Guides authored', 'Badges', 'Team', 'Member of iFixit'];
const ifComments = [
  'Worked perfectly, thanks! The pull tabs were the hardest part; one tore and I had to use a little isopropyl alcohol.',
  'Does the fingerprint sensor need to be recalibrated after this?',
];
const ifCommentBy = ['Paolo Rinaldi - Aug 4, 2025', 'Jess Oduya - Sep 19, 2025'];
const ifStats = ['View Statistics', 'Past 24 Hours: 12', 'Past 7 Days: 96', 'Past 30 Days: 402', 'All Time: 18,331'];
const ifFootCols = ['Shop', 'Support', 'Company', 'Resources'];
const ifFootLinks = ['Business', 'Jobs', 'Press', 'Help Translate', 'Contact Us', 'Privacy', 'Legal', 'Accessibility'];
const ifNews = ['Stay informed', 'Subscribe to our newsletter to get the latest updates on repair news, guides, and more.', 'Subscribe'];
const ifCopy = '© 2025 iFixit — Licensed under Creative Commons BY-NC-SA.';
const ifItem = (
  name: string,
  price: string,
  kind: string,
): string => `<li class="${kind}-item"><a href="/products/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"
class="product-link"><img src="https://guide-images.cdn.ifixit.com/igi/${kind}.thumbnail" alt="" width="48" height="48"><span
class="${kind}-name">${name}</span></a>
<span class="product-price">${price}</span></li>`;
const ifStep = (s: IfStep, n: number): string => `<li class="step" id="s${s.id}" data-stepid="${s.id}"><div class="step-wrapper">
<h3 class="step-title"><a href="#s${s.id}" class="stepValue">Step ${n}</a> <span class="step-title-text">${s.title}</span></h3>
<div class="step-images"><img src="https://guide-images.cdn.ifixit.com/igi/k7-${s.id}.medium" alt="${s.title}: step ${n}, image 1 of 2" width="592"
height="444"></div>
<ul class="step-lines">${s.lines
  .map(
    (l) => `<li class="${l.cls}" data-bullet-color="black"
itemtype="http://schema.org/HowToDirection"><p>${l.text}</p></li>`,
  )
  .join('\n')}
</ul><div class="step-comments"><a href="#" class="js-add-comment">${ifComment[0]}</a><form class="comment-form" hidden><textarea
aria-label="Comment"></textarea>
<button type="button">${ifComment[2]}</button><button type="submit">${ifComment[3]}</button></form></div></div></li>`;
const ifHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kestrel K7 Battery Replacement - iFixit Repair Guide</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Use this guide to replace a worn-out or swollen battery in
your Kestrel K7.">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.ifixit.com/Guide/Kestrel+K7+Battery+Replacement/177204">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"Kestrel K7 Battery Replacement","totalTime":"PT30M",
"tool":[{"@type":"HowToTool","name":"iOpener"},{"@type":"HowToTool","name":"Spudger"}],"supply":[{"@type":"HowToSupply","name":"Kestrel K7 Battery"}],
"step":[{"@type":"HowToStep","name":"Heat the back cover","url":"https://www.ifixit.com/Guide/Kestrel+K7+Battery+Replacement/177204#s301101"}]}</script>
<link rel="stylesheet" href="https://assets.cdn.ifixit.com/Assets/scripts/guide.7a1c9e.css">
<script>window.App={"siteName":"www.ifixit.com","locale":"en-US","guideid":177204};</script></head>
<body class="guide-page"><div id="__next"><header class="site-header"><div class="header-inner"><a href="/" class="header-logo" aria-label="iFixit">
<svg><use href="#ifixit-logo"></use></svg></a><nav class="header-nav" aria-label="Main"><ul>${links(ifNav, 'header-nav-item')}</ul></nav>
<form class="header-search" action="/Search"><input type="search" name="query" placeholder="Search" aria-label="Search"></form>
<div class="header-actions"><a href="/login" class="header-login">Log In</a><a href="/Join" class="header-join">Sign Up</a><a href="/cart" class="header-cart"
aria-label="Cart"><span class="cart-count">0</span></a></div></div></header>
<main id="main" class="guide-main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(ifCrumbs, 'breadcrumb-item')}</ol></nav>
<div id="guide-intro" class="guide-intro"><h1 class="guide-title" itemprop="name">${ifTitle}</h1>
<div class="guide-author">Written By: <a href="/User/188204/Lena+Marsh" class="author-name">Lena Marsh</a> <a href="/Guide/History/177204"
class="contributors-link">(and 3 other contributors)</a></div>
<dl class="guide-meta">${ifMeta.map(([k, v]) => `<div class="guide-meta-item"><dt>${k}</dt><dd>${v}</dd></div>`).join('\n')}</dl>
<section class="guide-introduction"><h2>Introduction</h2>${ifIntro.map((p) => `<p>${p}</p>`).join('\n')}</section>
<div class="tools-parts"><section class="tools"><h3>Tools</h3><ul
class="tools-list">${ifTools.map((t, i) => ifItem(t, ifToolPrices[i]!, 'tool')).join('\n')}</ul>
<a href="/cart/add-tools/177204" class="btn buy-tools">Buy these tools</a></section>
<section class="parts"><h3>Parts</h3><ul class="parts-list">${ifParts.map((t, i) => ifItem(t, ifPartPrices[i]!, 'part')).join('\n')}</ul>
<a href="/cart/add-parts/177204" class="btn buy-parts">Buy these parts</a></section></div></div>
<ol class="steps" id="guide-steps">${ifSteps.map((s, i) => ifStep(s, i + 1)).join('\n')}</ol>
<section class="guide-conclusion"><h2>Conclusion</h2>${ifConclusion.map((p) => `<p>${p}</p>`).join('\n')}</section>
<div class="completion-widget"><p class="completion-count">${ifCompleted[0]}</p><button type="button" class="btn btn-success">${ifCompleted[1]}</button>
<a href="#" class="completion-cancel" hidden>${ifCompleted[2]}</a></div>
<aside class="author-box"><h2 class="author-box-title">${ifAuthor[0]}</h2><a href="/User/188204/Lena+Marsh" class="author-box-name">Lena Marsh</a>
<p class="author-since">${ifAuthor[1]}</p><ul class="author-stats"><li>${ifAuthor[2]}</li><li>${ifAuthor[3]}</li></ul><div
class="author-badges"><span>${ifAuthor[4]}</span>
<span class="badge-count">24</span></div><div class="author-team"><span>${ifAuthor[5]}</span> <a href="/Team/1">${ifAuthor[6]}</a></div></aside>
<section class="guide-comments" id="comments"><h2>2 Comments</h2><ul class="comments-list">${ifComments
  .map(
    (c, i) =>
      `<li class="comment"><div class="comment-meta">${ifCommentBy[i]}</div><p class="comment-text">${c}</p><a href="#" class="comment-reply">Reply</a></li>`,
  )
  .join('\n')}</ul><a href="#" class="btn add-comment">${ifComment[1]}</a></section>
<section class="guide-stats"><h2>${ifStats[0]}</h2><ul>${ifStats
  .slice(1)
  .map((s) => `<li>${s}</li>`)
  .join('')}</ul></section></main>
<footer class="site-footer"><div class="footer-cols">${ifFootCols
  .map(
    (c) => `<h3
class="footer-col-title">${c}</h3>`,
  )
  .join('')}<ul>${links(ifFootLinks)}</ul></div>
<div class="footer-newsletter"><h3>${ifNews[0]}</h3><p>${ifNews[1]}</p><form><input type="email" aria-label="Email address" placeholder="Email address">
<button type="submit">${ifNews[2]}</button></form></div><p class="footer-copyright">${ifCopy}</p></footer></div>
<script src="https://assets.cdn.ifixit.com/Assets/scripts/guide.7a1c9e.js" defer></script></body></html>`;
const ifixitPage: TestPage = {
  html: ifHtml,
  name: 'heldout82-ifixit-repair-guide',
  kind: 'docs',
  // the introduction, the tool and part names, every step bullet (cautions, notes and reminders too) and the conclusion are
  // body; "Introduction", "Tools", "Parts", the step titles and "Conclusion" are headings, the "Step n" labels in neither
  // list; prices, "Buy these ..." buttons, the meta strip, comment links and forms, the completion widget, the author box,
  // the guide's comments (their names and dates too), statistics, nav and footer are furniture; "Written By:" with the
  // author's name and the contributors link are bylines
  title: ifTitle,
  headings: ['Introduction', 'Tools', 'Parts', ...ifSteps.map((s) => s.title), 'Conclusion'],
  body: texts([...ifIntro, ...ifTools, ...ifParts, ...ifSteps.flatMap((s) => s.lines.map((l) => l.text)), ...ifConclusion]),
  bylines: ['Written By:', 'Lena Marsh', '(and 3 other contributors)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ifNav.filter((t) => t !== 'Tools' && t !== 'Parts'), 'Log In', 'Sign Up', ...ifCrumbs.filter((t) => t !== 'Kestrel K7'), ...ifMeta.flat(),
    ...ifToolPrices, ...ifPartPrices, 'Buy these tools', 'Buy these parts', ...ifComment, ...ifCompleted, ...ifAuthor, '24', '2 Comments', ...ifComments,
    ...ifCommentBy, 'Reply', ...ifStats, ...ifFootCols, ...ifFootLinks, ...ifNews, ifCopy,
  ])],
};

export const HELDOUT82_F: readonly TestPage[] = [ifixitPage, wikihowPage];
