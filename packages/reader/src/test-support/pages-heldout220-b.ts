import { links, type TestPage, texts } from './page-kit.js';
import { mosqueNews } from './pages-heldout220-b2.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file b: a verse-by-verse Bible commentary chapter page on a GeneratePress WordPress site in the shape
 * of the popular study sites (breadcrumbs, the book and chapter selectors, "Audio for this chapter" and translation
 * notice boxes above the text, the scripture quoted in blockquotes, nested outline lists, previous/next chapter links, a
 * "Support the ministry" box, a sidebar of study tools and the footer) and, from file b2, a mosque's community news post
 * on an Elementor site.
 */
const bcTitle = 'Ruth 2 – The Gleaner in the Field of Boaz';
const bcH1 = 'A. Ruth goes out to glean.';
const bcQ1 =
  'There was a relative of Naomi’s husband, a man of great wealth, of the family of Elimelech. His name was Boaz. So Ruth the ' +
  'Moabitess said to Naomi, “Please let me go to the field, and glean heads of grain after him in whose sight I may find favor.”';
const bcL1 = [
  'There was a relative: The writer introduces Boaz before Ruth meets him. The reader knows what Ruth does not yet know, that the ' +
    'field she walks into belongs to a man with a family duty toward Naomi.',
  'Let me go to the field: Gleaning was the right of the poor under the law of Moses. Farmers were told not to reap the corners of ' +
    'their fields and not to go back for what was dropped, so that the widow, the orphan and the stranger could eat.',
  'In whose sight I may find favor: Ruth was all three of those people at once, a widow, without a father in Israel, and a foreigner. ' +
    'She did not know whether any landowner would let a Moabite woman follow his reapers.',
];
const bcH2 = 'B. Boaz notices Ruth.';
const bcQ2 =
  'Then Boaz said to his servant who was in charge of the reapers, “Whose young woman is this?” So the servant answered and said, ' +
  '“It is the young Moabite woman who came back with Naomi from the country of Moab.”';
const bcL2 = [
  'Whose young woman is this: Boaz asks who she belongs to, the natural question in a world where a woman’s safety depended on a ' +
    'household. The answer is that she belongs to no one but a poor widow.',
  'Who came back with Naomi: Her reputation had arrived before her. Bethlehem was a small town, and the loyalty of the Moabite ' +
    'daughter-in-law was already being talked about.',
  'The foreman adds that she had asked permission and had worked from morning until now with only a short rest. Her diligence is ' +
    'part of the story; grace in Ruth never cancels hard work.',
];
const bcH3 = 'C. The kindness of Boaz.';
const bcP3 = [
  'Boaz tells Ruth to stay in his field, to keep close to his young women, and to drink from the water the servants have drawn. He ' +
    'has also ordered the young men not to touch her. These are not small courtesies. They are protection for someone who had none.',
  'Ruth falls on her face and asks why she has found such favor, since she is a foreigner. Boaz answers that he has heard everything ' +
    'she has done for Naomi, and he blesses her in the name of the LORD, under whose wings she has come to take refuge.',
  'The picture of refuge under wings returns in chapter 3, when Ruth asks Boaz to spread the corner of his garment over her. The ' +
    'same word is used. Boaz will become the answer to his own prayer.',
];
const bcH4 = 'D. Ruth returns to Naomi.';
const bcP4 = [
  'At evening Ruth beats out what she has gleaned and it comes to about an ephah of barley, perhaps two weeks of grain for two women. ' +
    'Naomi sees the amount and knows at once that someone has been generous.',
  'When she hears the name Boaz, her bitterness from chapter 1 begins to turn. “This man is a relation of ours, one of our close ' +
    'relatives.” The Hebrew word is goel, the kinsman-redeemer, and it sets up everything that follows.',
];
const bcNav = ['Home', 'Commentary', 'Audio', 'Video', 'Daily Devotional', 'About', 'Donate'];
const bcCrumbs = ['Home', 'Commentary', 'Ruth'];
const bcBooks = ['Select a Book', 'Genesis', 'Exodus', 'Leviticus', 'Joshua', 'Judges', 'Ruth', '1 Samuel'];
const bcNotice = ['Audio for Ruth 2:', 'Ruth 2 – The Gleaner', 'Scripture quotations are from the New King James Version unless noted.'];
const bcPager = ['← Ruth 1', 'Ruth 3 →'];
const bcSupport = [
  'Support the ministry',
  'These commentaries are free for everyone because readers like you give. Would you help keep them free?',
  'Give Today',
];
const bcSide = ['Study Tools', 'Search the Commentary', 'Search', 'Popular This Week'];
const bcPopular = ['Psalm 23 – The LORD Is My Shepherd', 'John 3 – The New Birth', 'Romans 8 – Life in the Spirit'];
const bcFoot = ['© 2025 Lampstand Bible Commentary', 'Privacy Policy', 'Terms of Use', 'Permissions', 'Contact'];
const bcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lampstand Bible Commentary | Ruth 2 - The Gleaner in the Field of Boaz</title>
<meta name="description" content="Verse-by-verse commentary on Ruth 2: Ruth gleans in the field of Boaz, and Naomi learns his name.">
<link rel="canonical" href="https://lampstandcommentary.example/commentary/ruth-2/"><meta property="og:type" content="article"><meta
property="og:title" content="${bcTitle}">
<link rel="stylesheet" id="generate-style-css"
href="https://lampstandcommentary.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${bcTitle}","author":{"@type":"Person","name":"Harold Vance"},
"dateModified":"2024-11-02","isPartOf":{"@type":"WebSite","name":"Lampstand Bible Commentary"}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-LMP0021"></script><script>window.dataLayer=window.dataLayer||[];function
gtag(){dataLayer.push(arguments);}</script></head>
<body class="post-template-default single single-post postid-5532 wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left"
itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div
class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://lampstandcommentary.example/"
rel="home">Lampstand Bible Commentary</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"
itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main"
class="menu sf-menu">${links(bcNav, 'menu-item menu-item-type-custom')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<article id="post-5532" class="post-5532 post type-post status-publish format-standard hentry category-ruth"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><nav class="rank-math-breadcrumb" aria-label="breadcrumbs"><p><a href="/">${bcCrumbs[0]}</a><span class="separator"> » </span>
<a href="/commentary/">${bcCrumbs[1]}</a><span class="separator"> » </span><a href="/commentary/ruth/">${bcCrumbs[2]}</a></p></nav>
<div class="ew-book-chapter-select"><form class="book-select" action="/commentary/"><label class="screen-reader-text" for="book">Book</label><select
id="book" name="book">
${bcBooks.map((b) => `<option value="${b.toLowerCase().replace(/ /g, '-')}"${b === 'Ruth' ? ' selected' : ''}>${b}</option>`).join('')}</select>
<select id="chapter" name="chapter"><option>Chapter</option><option>1</option><option selected>2</option><option>3</option><option>4</option></select><button
type="submit">Go</button></form></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${bcTitle}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard" itemprop="author"><span class="author-name"
itemprop="name">Harold Vance</span></span></span></div></header>
<div class="entry-content" itemprop="text">
<div class="wp-block-group audio-box has-pale-cyan-blue-background-color has-background"><p><strong>${bcNotice[0]}</strong> <a
href="/audio/ruth-2.mp3">${bcNotice[1]}</a></p></div>
<p class="has-small-font-size translation-note"><em>${bcNotice[2]}</em></p>
<h3 class="wp-block-heading">${bcH1}</h3>
<p class="verse-ref"><strong>1. (1-2)</strong></p>
<blockquote class="wp-block-quote"><p>${bcQ1}</p></blockquote>
<ul class="wp-block-list">${bcL1.map((t) => `<li><strong>${t.split(':')[0]}</strong>:${t.slice(t.indexOf(':') + 1)}</li>`).join('\n')}</ul>
<h3 class="wp-block-heading">${bcH2}</h3>
<p class="verse-ref"><strong>1. (5-7)</strong></p>
<blockquote class="wp-block-quote"><p>${bcQ2}</p></blockquote>
<ul class="wp-block-list">${bcL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3 class="wp-block-heading">${bcH3}</h3>
${bcP3.map((t) => `<p>${t}</p>`).join('\n')}
<h3 class="wp-block-heading">${bcH4}</h3>
${bcP4.map((t) => `<p>${t}</p>`).join('\n')}
<div class="ew-chapter-nav wp-block-columns"><div class="wp-block-column"><p><a href="/commentary/ruth-1/">${bcPager[0]}</a></p></div>
<div class="wp-block-column has-text-align-right"><p><a href="/commentary/ruth-3/">${bcPager[1]}</a></p></div></div>
<div class="wp-block-group support-box has-background"><h4 class="wp-block-heading">${bcSupport[0]}</h4><p>${bcSupport[1]}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/donate/">${bcSupport[2]}</a></div></div></div>
<p class="updated-note">Updated: November 2, 2024</p>
</div></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-7"
class="widget inner-padding widget_block">
<h2 class="wp-block-heading">${bcSide[0]}</h2><form role="search" method="get" action="/" class="wp-block-search"><label class="wp-block-search__label"
for="wp-block-search__input-1">${bcSide[1]}</label>
<input class="wp-block-search__input" id="wp-block-search__input-1" type="search" name="s"><button aria-label="Search"
class="wp-block-search__button wp-element-button" type="submit">${bcSide[2]}</button></form></aside>
<aside id="block-8" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${bcSide[3]}</h2><ul
class="wp-block-list">${links(bcPopular)}</ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar">${bcFoot[0]}</div><ul class="footer-menu">${links(bcFoot.slice(1))}</ul></div></footer></div>
<script id="generate-menu-js" src="https://lampstandcommentary.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body>
</html>`;
const commentaryPage: TestPage = {
  html: bcHtml,
  name: 'heldout220-generatepress-bible-commentary',
  kind: 'docs',
  // the quoted scripture passages and the outline items are body; the "1. (1-2)" verse markers are in neither list; the audio
  // and translation notices, selectors, breadcrumbs, chapter pager, support box and the "Updated:" line (byline) are not body
  title: bcTitle,
  headings: [bcH1, bcH2, bcH3, bcH4],
  body: [bcQ1, ...texts(bcL1), bcQ2, ...bcL2, ...bcP3, ...bcP4],
  bylines: ['Harold Vance', 'Updated: November 2, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    'Skip to content', 'Lampstand Bible Commentary', 'Menu', ...bcNav, ...bcCrumbs, ...bcBooks, 'Chapter', 'Go', ...bcNotice, ...bcPager, ...bcSupport,
    ...bcSide, ...bcPopular, ...bcFoot,
  ]),
};

/** Batch 220, file b: the Bible commentary page and the mosque's community news post. */
export const HELDOUT220_B: readonly TestPage[] = [commentaryPage, mosqueNews];
