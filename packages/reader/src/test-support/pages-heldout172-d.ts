import { links, ps, type TestPage, texts } from './page-kit.js';
import { berkeleyside } from './pages-heldout172-d2.js';

/**
 * Held-out batch 172, file d: a Cardinal News (Virginia) story on Newspack (header with "Donate" and "Newsletters", section
 * menu, category, byline with two dates, share bar and the republish button, featured image with credit, a Newspack
 * newsletter prompt and a "Related stories" block inside the content, the donation box after the story, tags, author bio,
 * the hidden republish modal and the footer) and, from file d2, a Berkeleyside story.
 */
const cnTitle = 'Southwest Virginia county asks state to keep rural library open longer hours';
const cnP1 = [
  'The Wise Hollow County Board of Supervisors voted unanimously Tuesday to ask the state for $240,000 to keep the ' +
    'county’s only public library open on evenings and Saturdays, after a budget shortfall forced the library to cut its ' +
    'hours to four days a week this summer.',
  'The library, in the town of Carbon Gap, has been open only Monday through Thursday, 9 a.m. to 5 p.m., since July. ' +
    'Library director Wanda Hensley told supervisors that visits have dropped by a third since then, and that the biggest ' +
    'drop was among people who used the library’s computers to apply for jobs and benefits after work.',
  '“The people who need us most are the people who cannot come at 2 in the afternoon on a Tuesday,” Hensley said.',
];
const cnP2 = [
  'About one in four households in the county has no home internet connection, according to a 2024 survey by the ' +
    'Mountain Empire Planning District Commission. For many of those families, the library is the only place to get online.',
  'Supervisor Dale Mullins said the county had cut the library’s budget only after the closure of a coal preparation ' +
    'plant reduced local tax revenue by about $1.1 million. “This was not a choice we wanted to make,” he said.',
  'The request will go to the county’s delegates in the General Assembly, who could add the money to the state budget ' +
    'when the legislature meets in January. Del. Ronnie Skeens, a Republican whose district includes Wise Hollow, said ' +
    'he would carry the amendment.',
];
const cnP3 = [
  'In the meantime, a group of residents has started raising money to keep the library open on Saturdays. The Friends ' +
    'of the Carbon Gap Library has collected about $9,000 since September, enough to pay for roughly two months of ' +
    'weekend hours, said the group’s president, retired teacher Opal Rasnake.',
  'Rasnake said the group plans to hold a bake sale and a used-book sale before Christmas. “We will keep the lights on as long as we can,” she said.',
];
const cnTop = ['Newsletters', 'Events', 'Donate'];
const cnNav = ['Politics', 'Economy', 'Education', 'Health', 'Energy', 'Opinion', 'Arts & Culture', 'Sports'];
const cnCaption = 'The Carbon Gap Library now closes at 5 p.m. Monday through Thursday and is closed Friday through Sunday.';
const cnCredit = 'Photo by Shelby Counts.';
const cnPrompt = ['Sign up for Cardinal News’ free daily newsletter.', 'Email address', 'Subscribe'] as const;
const cnRelated = [
  'Related stories',
  'Broadband is coming to Southwest Virginia. Who will be left out?',
  'Coal plant closure leaves Wise Hollow with a budget hole',
];
const cnDonate = [
  'We are a nonprofit newsroom that covers Southwest and Southside Virginia.',
  'Cardinal News relies on donations from readers. Please consider a gift today.',
  'Donate now',
];
const cnTags = ['Carbon Gap', 'libraries', 'Wise Hollow County'];
const cnBio = 'Molly Sizemore covers Southwest Virginia for Cardinal News. Reach her at molly@cardinalnews.example.';
const cnRepub = ['Republish this article', 'This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.'];
const cnFoot = ['About', 'Our Team', 'Our Funders', 'Ethics Policy', 'Corrections', 'Contact', 'Privacy Policy'];
const cnHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Southwest Virginia county asks state to keep rural library open longer hours - Cardinal News</title>
<meta property="og:type" content="article"><meta property="og:title" content="${cnTitle}"><meta property="og:site_name" content="Cardinal News">
<meta property="article:published_time" content="2025-11-19T09:00:00+00:00"><meta property="article:modified_time" content="2025-11-19T17:40:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${cnTitle}",
"author":{"name":"Molly Sizemore"},"datePublished":"2025-11-19T09:00:00+00:00","dateModified":"2025-11-19T17:40:00+00:00"}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://cardinalnews.example/wp-content/themes/newspack-nelson/style.min.css?ver=2.1.0"></head>
<body class="post-template-default single single-post postid-120455 single-format-standard singular has-featured-image newspack-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="top-header-contain desktop-only"><div class="wrapper"><nav class="secondary-menu"><ul>
${links(cnTop, 'menu-item')}</ul></nav></div></div><div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img class="custom-logo" src="/wp-content/uploads/cardinal-logo.png" alt="Cardinal News"></a>
<p class="site-description">Nonprofit news for Southwest and Southside Virginia</p></div>
<button class="mobile-menu-toggle"><span class="screen-reader-text">Open Menu</span></button></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul class="main-menu">
${links(cnNav, 'menu-item')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-120455" class="post-120455 post type-post status-publish format-standard has-post-thumbnail category-education entry">
<header class="entry-header"><span class="cat-links"><a href="/category/education/" rel="category tag">Education</a></span>
<h1 class="entry-title">${cnTitle}</h1><div class="entry-subhead"><div class="entry-meta"><span class="byline"><span>by</span>
<span class="author vcard"><a class="url fn n" href="/author/molly-sizemore/">Molly Sizemore</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-19T04:00:00-05:00">November 19, 2025</time>
<span class="updated-label">Updated</span> <time class="updated" datetime="2025-11-19T12:40:00-05:00">November 19, 2025</time></span></div>
<div class="newspack-sharing"><a class="share-facebook" href="#"><span class="screen-reader-text">Share on Facebook</span></a>
<a class="share-twitter" href="#"><span class="screen-reader-text">Share on X</span></a><a class="share-email" href="#">
<span class="screen-reader-text">Share via email</span></a><button class="republication-tracker-tool-button__btn">Republish this article</button>
</div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2025/11/library.jpg" alt="" class="wp-post-image">
<figcaption><span class="caption">${cnCaption}</span> <span class="image-credit">${cnCredit}</span></figcaption></figure>
<div class="entry-content">
${ps(cnP1)}
<div class="newspack-popup-container newspack-popup newspack-inline-popup" id="id_5120"><div class="wp-block-newspack-newsletters-subscribe">
<h2 class="wp-block-heading">${cnPrompt[0]}</h2><form><label class="screen-reader-text">${cnPrompt[1]}</label><input type="email">
<input type="submit" value="${cnPrompt[2]}"></form></div></div>
${ps(cnP2)}
<div class="wp-block-newspack-blocks-homepage-articles wpnbha ts-2 is-style-default"><h2 class="article-section-title"><span>${cnRelated[0]}</span></h2>
${cnRelated
  .slice(1)
  .map((t, i) => `<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/2025/10/${i}/">${t}</a></h3></div></article>`)
  .join('\n')}</div>
${ps(cnP3)}
</div>
<div class="wp-block-group donate-box"><p class="has-medium-font-size"><strong>${cnDonate[0]}</strong></p><p>${cnDonate[1]}</p>
<div class="wp-block-buttons"><a class="wp-block-button__link" href="/donate/">${cnDonate[2]}</a></div></div>
<footer class="entry-footer"><span class="tags-links">
<span>Tagged: </span>${cnTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Molly Sizemore</h2></div><p>${cnBio}</p>
<a class="author-link" href="/author/molly-sizemore/">More by Molly Sizemore</a></div></div>
</article>
<div id="republication-tracker-tool-modal" class="modal" hidden><h2>${cnRepub[0]}</h2><p>${cnRepub[1]}</p>
<textarea readonly>&lt;h1&gt;${cnTitle}&lt;/h1&gt;</textarea><button>Copy to clipboard</button></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><ul class="menu">${links(cnFoot, 'menu-item')}</ul>
<p class="footer-mission">Cardinal News is a 501(c)(3) nonprofit news organization based in Roanoke.</p></div>
<div class="site-info"><span class="copyright">© 2025 Cardinal News.</span></div></footer></div>
<script src="https://cardinalnews.example/wp-content/plugins/republication-tracker-tool/assets/widget.js?ver=1.5"></script>
</body></html>`;
const cardinalNews: TestPage = {
  name: 'heldout172-cardinal-news-news',
  kind: 'news',
  html: cnHtml,
  // the newsletter prompt and the "Related stories" block inside the content are furniture
  title: cnTitle,
  headings: [],
  body: texts([...cnP1, ...cnP2, ...cnP3]),
  bylines: ['Molly Sizemore', 'November 19, 2025', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...cnTop, 'Nonprofit news for Southwest and Southside Virginia', 'Open Menu', ...cnNav, 'Education', 'Share on Facebook',
    'Share on X', 'Share via email', cnCaption, cnCredit, cnPrompt[0], cnPrompt[1], ...cnRelated, ...cnDonate, 'Tagged:', ...cnTags, cnBio,
    'More by Molly Sizemore', ...cnRepub, 'Copy to clipboard', ...cnFoot, 'Cardinal News is a 501(c)(3) nonprofit news organization based in Roanoke.',
    '© 2025 Cardinal News.',
  ])],
};

export const HELDOUT172_D: readonly TestPage[] = [cardinalNews, berkeleyside];
