import { links, type TestPage, texts } from './page-kit.js';
import { cnetReview } from './pages-heldout161-e2.js';

/**
 * Held-out batch 161, file e: a ZDNET article on its Red Ventures-era template (the mega-menu nav, breadcrumbs, h1 and dek,
 * "Written by ..., Role" with date and "Reviewed by", the share bar, the "Follow ZDNET" Google preferred-source line,
 * the "ZDNET's key takeaways" box, "Also:" related-story lines between the paragraphs, h2 sections, a product callout with
 * its "See at" button, the Tech Today newsletter line at the end of the body, "Editorial standards", "Show Comments",
 * the "Featured" rail and the footer) and, from file e2, a CNET review.
 */
const zdTitle = 'I replaced three paid Windows utilities with one free app, and I don’t miss them';
const zdDek = 'Tallyo started as a clipboard manager. Now it handles window snapping and screenshots too, and it costs nothing.';
const zdTake = [
  'Tallyo is a free, open-source utility for Windows 11 that combines a clipboard manager, window snapping and screenshots.',
  'It replaced three paid tools on my work laptop without any loss of features I actually use.',
  'Its settings can be intimidating, and there is no Mac version.',
];
const zdP1 = [
  `For years, the first thing I did on any new Windows PC was install the same three utilities: a clipboard manager, a tool for snapping
  windows into custom layouts and a screenshot app that could annotate and blur. Together they cost me about $60 a year in
  subscriptions, and each one ran its own background process and its own updater.`,
  `A reader suggested Tallyo a few months ago, and I ignored the email for a week. Then I tried it on a Friday afternoon, and by Monday I
  had uninstalled all three of the tools it replaced.`,
];
const zdH1 = 'What Tallyo does';
const zdP2 = [
  `Tallyo lives in the system tray and does three jobs. Press Windows+V, and instead of the built-in clipboard history you get a
  searchable list of everything you have copied in the last 30 days, including images, with the option to pin items you paste often.
  Drag a window while holding Shift, and a grid of zones appears that you can define yourself. Press Print Screen, and a capture tool
  opens with arrows, text boxes, numbered steps and a blur brush.`,
  `None of those features is unique. What is unusual is having all three in a single 12MB app that uses less memory than any one of
  the tools I was paying for.`,
];
const zdH2 = 'The catch';
const zdP3 = [
  `Tallyo is built by a small group of volunteers, and it shows in the settings window, which is a long scrolling list of more than 80
  options with little explanation. I would not hand it to a family member without setting it up first. There is also no Mac or Linux
  version, and the developers say there are no plans for one.`,
  `Still, for anyone who spends the working day on Windows, it is very hard to argue with free. I have been using it daily for three
  months and have had one crash, which the next update fixed.`,
];
const zdAlso = ['Also: The best Windows laptops you can buy', 'Also: How to take a screenshot on Windows 11, four ways'];
const zdNav = ['Tech', 'Innovation', 'Business', 'Security', 'Advice', 'Buying Guides', 'More'];
const zdCrumbs = ['Home', 'Tech', 'Services & Software', 'Operating Systems', 'Windows'];
const zdShare = ['Facebook', 'X', 'LinkedIn', 'Flipboard', 'Comments', 'Copy link'];
const zdFollow = 'Follow ZDNET: Add us as a preferred source on Google.';
const zdNews = 'Get the morning’s top stories in your inbox each day with our Tech Today newsletter.';
const zdCard = ['Tallyo', 'Free', 'See at Tallyo'];
const zdFeatured = [
  'The best VPN services of 2026: Expert tested and reviewed',
  'I tried the new budget Chromebook, and it’s better than it has any right to be',
  'How to clear your cache on any browser',
  '5 Linux commands I use to keep my system running smoothly',
];
const zdFoot = ['About ZDNET', 'Meet The Team', 'Sitemap', 'Reprint Policy', 'Privacy Policy', 'Cookie Settings', 'Advertise', 'Terms of Use'];
const zdPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const zdAlsoP = (t: string): string => `<p><strong>Also: </strong><a href="https://www.zdnet.com/article/${t.length}/">${t.replace('Also: ', '')}</a></p>`;
const zdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>I replaced three paid Windows utilities with one free app, and I don't miss them | ZDNET</title>
<meta name="description" content="${zdDek}"><meta property="og:site_name" content="ZDNET"><meta property="og:title" content="${zdTitle}">
<link rel="canonical" href="https://www.zdnet.com/article/i-replaced-three-paid-windows-utilities-with-one-free-app/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${zdTitle}","datePublished":"2026-03-03T14:12:00+00:00",
"author":[{"@type":"Person","name":"Marcus Oyelaran"}],"publisher":{"@type":"Organization","name":"ZDNET"}}</script>
<link rel="stylesheet" href="https://www.zdnet.com/a/fly/bundles/zdnetcss/css/article.css"></head>
<body class="c-page-article"><div id="__nuxt"><div id="__layout">
<header class="c-siteHeader"><a href="https://www.zdnet.com/" class="c-siteHeader_logo" aria-label="ZDNET"><svg aria-hidden="true"></svg></a>
<nav class="c-siteNavigation" aria-label="Main"><ul>${links(zdNav, 'c-siteNavigation_item')}</ul></nav>
<button class="c-siteHeader_search" aria-label="Search"></button></header>
<main class="g-outer-spacing-top-medium"><div class="c-articleContent"><nav class="c-breadcrumbs" aria-label="Breadcrumb"><ol>
${links(zdCrumbs, 'c-breadcrumbs_item')}</ol></nav>
<div class="c-contentHeader"><h1 class="c-contentHeader_headline">${zdTitle}</h1><p class="c-contentHeader_description">${zdDek}</p>
<div class="c-globalAuthor"><span class="c-globalAuthor_meta">Written by <a href="https://www.zdnet.com/meet-the-team/us/marcus-oyelaran/"
class="c-globalAuthor_link">Marcus Oyelaran</a>, Senior Contributing Writer</span><time class="c-globalAuthor_date" datetime="2026-03-03T14:12:00+00:00">
March 3, 2026 at 6:12 a.m. PT</time><span class="c-globalAuthor_reviewed">Reviewed by <a href="/meet-the-team/us/dana-whitlock/">Dana
Whitlock</a></span></div>
<div class="c-shareBar">
${zdShare.map((t) => `<button class="c-shareBar_button" aria-label="${t}"><span class="c-shareBar_label">${t}</span></button>`).join('')}
</div></div>
<figure class="c-shortcodeImage"><img src="https://www.zdnet.com/a/img/resize/tallyo-hero.jpg" alt="Tallyo on a Windows desktop" width="1280" height="720">
<figcaption><span class="c-shortcodeImage_credit">Marcus Oyelaran/ZDNET</span></figcaption></figure>
<div class="c-articleContent_body g-outer-spacing-bottom-large"><p class="c-follow"><em>${zdFollow}</em></p>
<div class="c-keyTakeaways"><h2 class="c-keyTakeaways_title">ZDNET’s key takeaways</h2><ul>${zdTake.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${zdPs(zdP1)}
${zdAlsoP(zdAlso[0] ?? '')}
<h2>${zdH1}</h2>
${zdPs(zdP2)}
<div class="c-shortcodeProduct"><h3 class="c-shortcodeProduct_name">${zdCard[0]}</h3><span class="c-shortcodeProduct_price">${zdCard[1]}</span>
<a class="c-productButton" href="https://tallyo.example/" rel="nofollow sponsored">${zdCard[2]}</a></div>
${zdAlsoP(zdAlso[1] ?? '')}
<h2>${zdH2}</h2>
${zdPs(zdP3)}
<p><em>${zdNews.replace('Tech Today', '<a href="https://www.zdnet.com/newsletters/">Tech Today</a>')}</em></p>
</div>
<div class="c-articleFooter"><a href="https://www.zdnet.com/editorial-guidelines/">Editorial standards</a>
<button class="c-articleFooter_comments">Show Comments</button></div></div>
<aside class="c-rail"><div class="c-adDisplay_container"><span class="c-adDisplay_label">Advertisement</span><div id="zd-rail-1"></div></div>
<section class="c-featured"><h2 class="c-featured_title">Featured</h2><ul>${links(zdFeatured, 'c-featured_item')}</ul></section></aside></main>
<footer class="c-siteFooter"><ul>${links(zdFoot, 'c-siteFooter_link')}</ul><p>© 2026 ZDNET, A Ziff Davis company. All rights reserved.</p></footer>
</div></div><script src="https://www.zdnet.com/a/fly/bundles/zdnetjs/js/article.js" defer></script></body></html>`;
const zdnet: TestPage = {
  html: zdHtml,
  name: 'heldout161-zdnet-news',
  kind: 'news',
  // the dek and the key-takeaways items are body (the box title is furniture); the "Also:" lines, the Follow line, the product
  // callout (name, price, button) and the closing newsletter line are furniture
  title: zdTitle,
  headings: [zdH1, zdH2],
  body: texts([zdDek, ...zdTake, ...zdP1, ...zdP2, ...zdP3]),
  bylines: ['Written by Marcus Oyelaran, Senior Contributing Writer', 'March 3, 2026 at 6:12 a.m. PT', 'Reviewed by Dana Whitlock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...zdNav, 'Services & Software', 'Operating Systems', 'Windows', ...zdShare, 'Marcus Oyelaran/ZDNET', zdFollow, 'ZDNET’s key takeaways',
    ...zdAlso, ...zdCard.slice(1), zdNews, 'Editorial standards', 'Show Comments', 'Advertisement', 'Featured', ...zdFeatured, ...zdFoot,
    '© 2026 ZDNET, A Ziff Davis company. All rights reserved.',
  ],
};

export const HELDOUT161_E: readonly TestPage[] = [zdnet, cnetReview];
