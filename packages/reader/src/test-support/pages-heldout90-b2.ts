import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 90, file b2: a personal finance blog post on WordPress with GeneratePress and GenerateBlocks (skip link,
 * the mobile menu toggle, header menu, the meta line with the CSS-hidden "updated" time, the "Advertiser Disclosure" button
 * and its hidden popover, the "Editorial Note" box at the top of the entry content, a comparison table, a "Featured partner
 * offer" card with APY, minimum and "Open Account" button, a mid-post email box, the author box, tags, related posts, the
 * sidebar and a footer with a long legal disclaimer).
 */
const fnTitle = 'High-Yield Savings or CDs? Where to Keep Your Emergency Fund in 2025';
const fnDisclosure =
  'Steady Ledger is an independent, advertising-supported publisher. We may be compensated when you click on links to products from ' +
  'our partners, which can affect where products appear on the page. This compensation does not influence our ratings.';
const fnEditorial =
  '<strong>Editorial Note:</strong> The opinions in this article are the author’s alone and have not been reviewed, approved or ' +
  'otherwise endorsed by any bank or card issuer mentioned.';
const fnP1 = [
  'An emergency fund has one job: to be there, in full, on the worst day of your year. That sounds obvious, but it rules out a lot ' +
    'of places people park their savings, from the stock market to the jar on top of the fridge.',
  'For most households the choice comes down to two kinds of account: a high-yield savings account or a certificate of deposit. ' +
    'Both are insured up to $250,000 per depositor at a member bank, and both pay far more than a typical checking account right now. ' +
    'The difference is access.',
];
const fnH1 = 'How the two accounts compare';
const fnTable = [
  ['High-yield savings', '3.75% to 4.40%', 'Any time, usually within one business day', 'Money you might need this month'],
  ['12-month CD', '4.00% to 4.60%', 'At maturity; early withdrawal costs interest', 'Money you will not touch for a year'],
  ['No-penalty CD', '3.60% to 4.10%', 'After the first seven days, without a fee', 'Locking a rate with an exit'],
];
const fnH2 = 'Why savings accounts usually win for emergencies';
const fnP2 = [
  'The whole point of an emergency fund is that you cannot predict when you will need it. A car repair, a vet bill or a lost job ' +
    'does not wait for a CD to mature, and early withdrawal penalties on a one-year CD are commonly three months of interest.',
  'A high-yield savings account lets you move money to checking the same day or the next. Rates can fall, but over the past two ' +
    'years the gap between the best savings rates and one-year CD rates has rarely been more than half a percentage point.',
];
const fnH3 = 'When a CD makes sense';
const fnP3 = [
  'CDs are useful once your emergency fund is larger than you are ever likely to need at once. Many planners suggest three to six ' +
    'months of essential expenses. If you have more than that, you could keep the first three months in savings and put the rest ' +
    'into a ladder of CDs that mature every few months.',
];
const fnLadder = [
  'Split the extra money into four equal parts.',
  'Open CDs that mature in three, six, nine and twelve months.',
  'When each one matures, renew it for twelve months, so that a quarter of the money becomes available every three months.',
];
const fnH4 = 'The bottom line';
const fnP4 = [
  'Keep the core of your emergency fund somewhere you can reach it within a day, and only lock up money you are sure you can ' +
    'leave alone. A few dollars of extra interest are not worth paying a penalty in the week your boiler breaks.',
  'Whichever you choose, check that the bank is FDIC insured or the credit union is NCUA insured before you move your money.',
];
const fnNav = ['Banking', 'Credit Cards', 'Debt', 'Investing', 'Calculators'];
const fnOffer = {
  label: 'Featured partner offer',
  name: 'Northvale Bank High-Yield Savings',
  facts: ['APY', '4.30%', 'Min. deposit', '$0', 'Monthly fee', 'None'],
  cta: 'Open Account',
  note: 'On Northvale Bank’s secure website',
};
const fnEmail = ['Get smarter about money in five minutes a week', 'Join 40,000 readers who get our Sunday newsletter.', 'Email address', 'Sign me up'];
const fnBio = 'Marcus Obi is a certified financial planner and a former credit union loan officer. He writes about saving, borrowing and ' + 'paying off debt.';
const fnTags = ['Emergency Fund', 'Savings Accounts', 'CDs'];
const fnRelated = ['How Much Should You Keep in Checking?', 'The Best Credit Union Savings Accounts', 'What Is APY, and How Is It Calculated?'];
const fnSidebar = ['Debt Snowball Calculator', 'How to Build Credit From Scratch', 'Is a Money Market Account Worth It?'];
const fnLegal =
  'The information on this site is for educational purposes only and is not financial advice. Rates and offers are accurate as ' +
  'of the date of publication and may have changed.';
const fnFoot = ['About Us', 'How We Make Money', 'Editorial Guidelines', 'Privacy Policy', 'Do Not Sell or Share My Personal Information'];
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const h2 = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const fnHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>High-Yield Savings or CDs? Where to Keep Your Emergency Fund in 2025 - Steady Ledger</title>
<meta name="description" content="Should your emergency fund go in a high-yield savings account or a CD?
How the two compare, and when a CD ladder makes sense.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-20T13:00:00+00:00">
<meta property="article:modified_time" content="2025-03-03T09:17:52+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${fnTitle}","author":{"@type":"Person",
"name":"Marcus Obi","jobTitle":"CFP"},"publisher":{"@type":"Organization","name":"Steady Ledger"},"datePublished":"2025-01-20T13:00:00+00:00",
"dateModified":"2025-03-03T09:17:52+00:00"}</script>
<link rel="stylesheet" id="generate-style-css" href="https://steadyledger.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<style id="generate-style-inline-css">.entry-meta .updated{display:none;}.posted-on .updated + .entry-date{display:inline-block;}</style>
</head>
<body class="post-template-default single single-post postid-7120 single-format-standard wp-embed-responsive post-image-above-header
post-image-aligned-center right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header
grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://steadyledger.example/" rel="home">Steady Ledger</a></p>
</div><nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"></span><span class="screen-reader-text">Menu</span>
</button></nav></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">${links(fnNav, 'menu-item')}
</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main"
id="main"><article id="post-7120" class="post-7120 post type-post status-publish format-standard category-banking tag-emergency-fund"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">
${fnTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2025-03-03T09:17:52+00:00" itemprop="dateModified">
March 3, 2025</time><time class="entry-date published" datetime="2025-01-20T13:00:00+00:00" itemprop="datePublished">January 20, 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://steadyledger.example/author/marcus-obi/" title="View all posts by Marcus Obi" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Marcus Obi</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<div class="gb-container gb-container-ad-disclosure"><button class="gb-button gb-button-disclosure" aria-expanded="false" aria-controls="ad-disclosure-pop">
<span class="gb-button-text">Advertiser Disclosure</span></button><div id="ad-disclosure-pop" class="gb-container disclosure-popover" hidden>
<p>${fnDisclosure}</p>
<button class="disclosure-close" aria-label="Close">Close</button></div></div>
<div class="gb-container gb-container-editorial-note"><p class="gb-headline gb-headline-text">${fnEditorial}</p></div>
${p(fnP1)}
${h2(fnH1)}
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Account</th><th>Typical APY</th><th>Access to your money</th>
<th>Best for</th></tr></thead><tbody>${fnTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<figcaption class="wp-element-caption">Rate ranges from a Steady Ledger survey of 40 banks and credit unions, February 2025.</figcaption></figure>
<div class="gb-container partner-offer-card"><p class="partner-offer-label">${fnOffer.label}</p><p class="partner-offer-name">${fnOffer.name}</p>
<dl class="partner-offer-facts">${[0, 2, 4].map((i) => `<div><dt>${fnOffer.facts[i]}</dt><dd>${fnOffer.facts[i + 1]}</dd></div>`).join('')}</dl>
<a class="gb-button partner-offer-cta" href="https://steadyledger.example/go/northvale-savings/" rel="sponsored nofollow noopener" target="_blank">
<span class="gb-button-text">${fnOffer.cta}</span></a><p class="partner-offer-note">${fnOffer.note}</p></div>
${h2(fnH2)}
${p(fnP2)}
<div class="gb-container newsletter-inline"><p class="gb-headline">${fnEmail[0]}</p><p>${fnEmail[1]}</p><form class="newsletter-form" method="post"
action="https://steadyledger.example/subscribe"><label for="nl-email" class="screen-reader-text">${fnEmail[2]}</label><input id="nl-email" type="email"
placeholder="you@example.com"><button type="submit">${fnEmail[3]}</button></form></div>
${h2(fnH3)}
${p(fnP3)}
<ol class="wp-block-list">${fnLadder.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${h2(fnH4)}
${p(fnP4)}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="tags-links"><span class="screen-reader-text">Tags </span>${fnTags
  .map((t) => `<a href="https://steadyledger.example/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span></footer></div></article>
<div class="gb-container author-box"><img class="avatar" src="https://steadyledger.example/wp-content/uploads/marcus-obi-96.jpg" alt="" width="96" height="96">
<div class="author-box-text"><p class="gb-headline author-box-name">About the author</p><p>${fnBio}</p></div></div>
<div class="gb-container related-posts"><h2 class="gb-headline">You might also like</h2><ul>${links(fnRelated)}</ul></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-7" class="widget inner-padding
widget_block"><h2 class="wp-block-heading">Most popular</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(fnSidebar)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<p class="footer-disclaimer">${fnLegal}</p><ul class="footer-links">${links(fnFoot)}</ul><div class="copyright-bar">© 2025 Steady Ledger LLC</div></div>
</footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,
"openSubMenuLabel":"Open Sub-Menu","closeSubMenuLabel":"Close Sub-Menu"};
</script><script src="https://steadyledger.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>
<script>document.querySelector('.gb-button-disclosure').addEventListener('click',function(){
var p=document.getElementById('ad-disclosure-pop');p.hidden=!p.hidden;});
</script>
</body></html>`;
export const financePost: TestPage = {
  html: fnHtml,
  name: 'heldout90-generatepress-finance-post',
  kind: 'blog',
  // the "Advertiser Disclosure" button and popover, the "Editorial Note" box at the top of the entry content, the partner
  // offer card, the table caption, the email box, tags, author box, related posts, sidebar and footer are furniture; both
  // dates (the modified one hidden by the theme's CSS) and the author name are bylines; the table's data cells are body; the tag "Savings Accounts" is
  // part of a heading and is left out
  title: fnTitle,
  headings: [fnH1, fnH2, fnH3, fnH4],
  body: [...fnP1, ...fnTable.flat(), ...fnP2, ...fnP3, ...fnLadder, ...fnP4],
  bylines: ['March 3, 2025', 'January 20, 2025', 'Marcus Obi'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Steady Ledger', 'Menu', ...fnNav, 'Advertiser Disclosure', fnDisclosure, 'Close', ...texts([fnEditorial]),
    'Rate ranges from a Steady Ledger survey of 40 banks and credit unions, February 2025.', fnOffer.label, fnOffer.name, ...fnOffer.facts, fnOffer.cta,
    fnOffer.note, ...fnEmail, 'Tags', ...fnTags.filter((t) => t !== 'Savings Accounts'), 'About the author', fnBio, 'You might also like', ...fnRelated,
    'Most popular', ...fnSidebar, fnLegal,
    ...fnFoot, '© 2025 Steady Ledger LLC',
  ],
};
