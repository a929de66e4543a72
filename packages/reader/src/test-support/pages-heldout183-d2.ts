import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 183, file d2: a JSTOR Daily article on its WordPress theme (the top bar with "Support JSTOR Daily", the
 * main nav of sections, the category kicker, h1 and dek, byline with date and reading time, the featured image with its
 * credit, share links, the article with a pull quote, the "Resources" box of cited JSTOR articles, the tags, the author
 * bio, the Patreon support box, the newsletter sign-up, "Recent Posts" and "You may also like" rails, and the footer).
 */
const jdTitle = 'The Lighthouse Keepers Who Kept the Weather';
const jdDek = 'Long before satellites, isolated keepers on the Corran coast sent daily weather reports that made the first storm warnings possible.';
const jdP1 = [
  'In the winter of 1871, a keeper named Elspeth Varrow climbed the tower at Skerrin Head at six each morning, read the barometer, ' +
    'noted the direction of the wind and the state of the sea, and walked two miles to the telegraph office in the village. Her ' +
    'report, one line of figures, reached the capital before noon.',
  'She was one of forty-one keepers recruited that year to a scheme that historians now see as the start of systematic weather ' +
    'forecasting on the Corran coast. As the historian Tomasz Reinholt argues, the scheme worked because lighthouse keepers were ' +
    'already trained to keep exact, regular logs, and because they lived exactly where storms first made landfall.',
];
const jdH1 = 'A network of towers';
const jdP2 = [
  'The idea came from the Hydrographic Board, which had lost three survey vessels in a single autumn gale. Its secretary, ' +
    'Augustin Dallow, proposed paying keepers a small fee for each telegraphed observation. Within two years the network covered ' +
    'almost the whole coast.',
  'The keepers’ logs, many of which survive, show how seriously they took the work. Entries note when a barometer was dropped ' +
    'and re-calibrated, when fog made it impossible to see the sea, and when a keeper was too ill to climb the stairs and sent a ' +
    'child instead.',
];
const jdQuote = '“Glass falling fast since midnight. Sea heavy from the south-west. Fishing boats advised to stay in.”';
const jdH2 = 'Women at the lamp';
const jdP3 = [
  'Many of the observers were women. Keepers’ wives and daughters often did the work unofficially, and after 1880 the Board ' +
    'began paying some of them directly. Reinholt counts at least nineteen women who submitted reports under their own names.',
  'Their contribution was rarely acknowledged in print. The storm warnings published in newspapers credited “the coastal ' +
    'stations” without naming anyone at all.',
];
const jdH3 = 'After the telegraph';
const jdP4 = [
  'Automatic instruments replaced most human observers by the 1950s, and the last keeper to telegraph a weather report retired ' +
    'in 1963. The logs they left behind have found a new use: climate researchers are now digitising them to reconstruct ' +
    'storm patterns from more than a century ago.',
];
const jdTop = ['Support JSTOR Daily', 'Newsletter', 'Search'];
const jdNav = ['Arts & Culture', 'Business & Economics', 'Politics & History', 'Science & Technology', 'Education & Society', 'Quizzes', 'Sustainability'];
const jdShare = ['Share', 'Facebook', 'X', 'Email', 'Print'];
const jdCaption = 'The lighthouse at Skerrin Head, around 1890.';
const jdCredit = 'Corran Maritime Museum';
const jdResIntro =
  'JSTOR is a digital library for scholars, researchers, and students. ' +
  'JSTOR Daily readers can access the original research behind our articles for free on JSTOR.';
const jdRes = [
  'Keeping the Glass: Lighthouse Observers and the Origins of Storm Warning, 1870–1900',
  'By: Tomasz Reinholt',
  'Journal of Maritime History, Vol. 41, No. 2 (Summer 2019), pp. 211–238',
];
const jdTags = ['lighthouses', 'meteorology', 'women’s history', 'telegraph'];
const jdBio = 'Marisol Penhaligon is a writer and historian of science who lives on the coast. Her work has appeared in several magazines.';
const jdSupport = ['Support JSTOR Daily! Join our membership program on Patreon today.', 'Join on Patreon'];
const jdNews = ['Get Our Newsletter', 'Enter your email', 'Subscribe', 'By subscribing you agree to our Privacy Policy. You may unsubscribe at any time.'];
const jdRecent = [
  'How Mapmakers Drew the Sea Floor Before Sonar',
  'The Forgotten Botanists of the Cape Expedition',
  'Why Medieval Monks Recorded Eclipses',
  'A Short History of the Barometer',
];
const jdFoot = ['About Us', 'Contact Us', 'RSS', 'Submissions', 'Privacy Policy', 'Terms and Conditions', 'Accessibility', 'Site Map'];
const jdHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Lighthouse Keepers Who Kept the Weather - JSTOR Daily</title><meta name="description" content="${jdDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${jdTitle}"><meta property="og:site_name" content="JSTOR Daily">
<meta property="article:published_time" content="2025-02-12T09:00:00+00:00"><meta name="author" content="Marisol Penhaligon">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${jdTitle}",
"datePublished":"2025-02-12T09:00:00+00:00","author":{"@type":"Person","name":"Marisol Penhaligon"},
"publisher":{"@type":"Organization","name":"JSTOR Daily"}}]}</script>
<link rel="stylesheet" id="jstor-daily-style-css" href="https://daily.jstor.example/wp-content/themes/jstor-daily/style.css?ver=6.5" media="all">
<script src="https://www.googletagmanager.example/gtm.js?id=GTM-5T3XQ" async></script></head>
<body class="post-template-default single single-post postid-342187 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header"><div class="top-bar"><ul class="top-bar__links">${links(jdTop)}</ul></div>
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/jstor-daily-logo.svg" alt="JSTOR Daily"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary"><button class="menu-toggle" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(jdNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<main id="content" class="site-main"><article id="post-342187" class="post-342187 post type-post status-publish has-post-thumbnail category-politics-history">
<header class="entry-header"><div class="entry-category"><a href="/category/politics-history/" rel="category tag">Politics &amp; History</a></div>
<h1 class="entry-title">${jdTitle}</h1><p class="entry-dek">${jdDek}</p>
<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/mpenhaligon/">Marisol Penhaligon</a></span>
<span class="sep">|</span><time class="entry-date published" datetime="2025-02-12T09:00:00+00:00">February 12, 2025</time><span class="sep">|</span>
<span class="reading-time">6 minutes</span></div>
<div class="share-links"><ul>${links(jdShare, 'share-link')}</ul></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2025/02/skerrin-head-1050x700.jpg" alt="" loading="eager">
<figcaption class="wp-caption-text">${jdCaption} <span class="credit">${jdCredit}</span></figcaption></figure>
<div class="entry-content">
${ps(jdP1)}
<h2 class="wp-block-heading">${jdH1}</h2>
${ps(jdP2)}
<blockquote class="wp-block-quote"><p>${jdQuote}</p></blockquote>
<h2 class="wp-block-heading">${jdH2}</h2>
${ps(jdP3)}
<h2 class="wp-block-heading">${jdH3}</h2>
${ps(jdP4)}
<div class="resources"><h3 class="resources__title">Resources</h3><p class="resources__intro">${jdResIntro}</p><ul class="resources__list">
<li><a href="https://www.jstor.example/stable/26981143"><em>${jdRes[0]}</em></a><br>${jdRes[1]}<br>${jdRes[2]}</li></ul></div>
</div>
<footer class="entry-footer"><div class="tags-links"><span class="tags-label">Tags:</span><ul>${links(jdTags, 'tag')}</ul></div>
<div class="author-box"><h4 class="author-box__name">Marisol Penhaligon</h4><p class="author-box__bio">${jdBio}</p></div>
<div class="support-box"><p>${jdSupport[0]}</p><a class="button" href="https://www.patreon.example/jstordaily">${jdSupport[1]}</a></div></footer></article>
<aside class="newsletter-signup"><h2>${jdNews[0]}</h2><form><label for="nl-email" class="screen-reader-text">${jdNews[1]}</label><input id="nl-email"
type="email">
<button type="submit">${jdNews[2]}</button></form><p class="small">${jdNews[3]}</p></aside>
<section class="recent-posts"><h2 class="widget-title">Recent Posts</h2>
<ul>${jdRecent.map((t) => `<li><h3 class="entry-title"><a href="#">${t}</a></h3></li>`).join('\n')}</ul></section>
</main>
<footer class="site-footer"><ul class="footer-menu">${links(jdFoot)}</ul><p
class="site-info">JSTOR Daily is a publication of ITHAKA, a not-for-profit organization.</p>
<p class="copyright">© ITHAKA. All Rights Reserved.</p></footer>
<script src="https://daily.jstor.example/wp-content/themes/jstor-daily/js/navigation.js?ver=20250101" id="jstor-daily-navigation-js"></script></body></html>`;
export const jstorDaily: TestPage = {
  html: jdHtml,
  name: 'heldout183-jstor-daily-article',
  kind: 'blog',
  // the dek is body; the blockquoted log entry is body; the "Resources" box (cited research) is furniture, as are tags,
  // the author box, support box, newsletter and "Recent Posts" (whose titles are h3 in list items)
  title: jdTitle,
  headings: [jdH1, jdH2, jdH3],
  body: texts([jdDek, ...jdP1, ...jdP2, jdQuote, ...jdP3, ...jdP4]),
  bylines: ['By Marisol Penhaligon', 'February 12, 2025', '6 minutes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...jdTop, 'Menu', ...jdNav, ...jdShare, jdCaption, jdCredit, 'Resources', jdResIntro, ...jdRes, 'Tags:', ...jdTags, jdBio,
    ...jdSupport, ...jdNews, 'Recent Posts', ...jdRecent, ...jdFoot, 'JSTOR Daily is a publication of ITHAKA, a not-for-profit organization.',
    '© ITHAKA. All Rights Reserved.',
  ],
};
