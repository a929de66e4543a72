import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout407-kit.js';

/**
 * Held-out batch 407, file b: a small shelter's Wix site "Adopt" page built in the Wix editor (every block a positioned comp-*
 * div with wixui-rich-text paragraphs, a Pro Gallery of adoptable animals with name captions, a form strip, the free-site
 * "designed with Wix" bar, a social bar and a footer) and a rescue's WordPress blog post on the Astra theme about a dog's
 * recovery (entry meta, Jetpack share buttons and likes, related posts, two comments with the reply form, sidebar widgets).
 */
const wxTitle = 'Adopt a Cat or Dog';
const wxIntro = [
  j(
    'Every animal at Cedar Run Rescue lives in one of our foster homes, not in kennels, so we know how each of them behaves on the',
    'sofa, with the vacuum cleaner and at three in the morning. That means we can usually tell you honestly whether a pet will fit',
    'your household before you ever meet.',
  ),
  'We are a volunteer-run rescue covering Dunmore County and the towns along the river. We do not have a public shelter building.',
];
const wxSteps = [
  'Browse the animals below and read their profiles.',
  'Fill in our online adoption application. It takes about fifteen minutes.',
  'A volunteer will phone you for a short chat and, for dogs, arrange a home visit.',
  'Meet the animal at their foster home, with everyone who lives with you.',
  'Sign the adoption contract, pay the fee and take your new friend home.',
];
const wxFees = [
  'Kittens under six months: $95',
  'Adult cats: $75, or two bonded adults for $110',
  'Puppies under six months: $275',
  'Adult dogs: $200',
  'Senior pets, eight years and over: $50',
];
const wxFeeNote = j(
  'Every fee includes spay or neuter surgery, age-appropriate vaccinations, a microchip registered to you, flea and worm treatment,',
  'and a follow-up call after two weeks. Fees help us pay for the next animal in line; they do not cover the full cost of care.',
);
const wxBefore = [
  j(
    "Please check your lease or landlord's pet policy before you apply. We will ask for written permission if you rent, and it is",
    'the most common reason an approved adoption is delayed.',
  ),
  j(
    'Think about who will care for the pet when you travel, and how many hours a day the animal will be alone. A young dog left for',
    'nine hours is rarely a happy dog, and we would rather help you find the right match than see a pet come back.',
  ),
];
const wxNav = ['Home', 'Adopt', 'Foster', 'Donate', 'Events', 'Contact'];
const wxPets = ['Biscuit', 'Luna and Sol', 'Rocket', 'Mabel', 'Ziggy', 'Professor'];
const wxFoot = ['Cedar Run Rescue is a 501(c)(3) nonprofit, EIN 84-2210937.', 'PO Box 418, Dunmore, KY 40352', '© 2026 by Cedar Run Rescue.'];
const rt = (cls: string, inner: string): string =>
  `<div id="comp-${cls}" class="KcpHeO tz5f0K comp-${cls} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wxHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Adopt | Cedar Run Rescue</title>
<meta name="description" content="Adopt a foster-raised cat or dog from Cedar Run Rescue in Dunmore County.">
<meta property="og:title" content="Adopt | Cedar Run Rescue"><meta property="og:site_name" content="Cedar Run Rescue">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Cedar Run Rescue","address":{"@type":"PostalAddress",
"addressLocality":"Dunmore","addressRegion":"KY"}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["assetsLoader","businessLogger"],"site":{"metaSiteId":"9a1f-44c2"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#comp-kx8f2a1{--fnt:normal normal normal 15px/1.6em avenir-lt-w01_35-light1475496}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="BACKGROUND_GROUP"></div>
<div id="WIX_ADS" class="Xu9gJ9 ytGGBw"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" class="fBHMVh">
<span class="dQGmRV">This site was designed with the <b>Wix</b>.com website builder. Create your website today.</span>
<span class="hSqKs7">Start Now</span></a></div>
<div id="site-root"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
${rt('kx8f0h2', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">CEDAR RUN RESCUE</span></p>')}
<nav id="comp-kx8f0h9" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${wxNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a href="/${n.toLowerCase()}"><span class="wixui-horizontal-menu__item-label">${n}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-kx8f2a0" class="xuzjBY comp-kx8f2a0 wixui-section"><div data-testid="columns" class="V5AUxf">
${rt('kx8f2a1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wxTitle}</span></h1>`)}
${rt('kx8f2a2', wxIntro.map(wp).join('\n'))}
<div id="comp-kx8f2a3" class="comp-kx8f2a3 wixui-button"><a data-testid="linkElement" href="/adoption-application" class="uDW_Qe">
<span class="M3I7Z2 wixui-button__label">Apply to Adopt</span></a></div></div></section>
<section id="comp-kx8f3b0" class="xuzjBY wixui-section"><div id="pro-gallery-comp-kx8f3b1" class="pro-gallery" data-hook="gallery-column">
${wxPets
  .map(
    (p, i) => `<div class="gallery-item-container item-container-regular" data-idx="${i}"><div class="gallery-item-wrapper"><img
src="https://static.wixstatic.example/media/c2f1_${i}.jpg" alt="${p}"></div><div class="gallery-item-common-info"><div class="info-element-title"><span
class="info-member info-element-title">${p}</span></div></div></div>`,
  )
  .join('\n')}
</div></section>
<section id="comp-kx8f4c0" class="xuzjBY wixui-section">
${rt('kx8f4c1', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">How adoption works</span></h2>')}
${rt('kx8f4c2', `<ol class="font_8 wixui-rich-text__text">${lis(wxSteps, 'wixui-rich-text__text')}</ol>`)}
${rt('kx8f4c3', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Adoption fees</span></h2>')}
${rt('kx8f4c4', `<ul class="font_8 wixui-rich-text__text">${lis(wxFees, 'wixui-rich-text__text')}</ul>${wp(wxFeeNote)}`)}
${rt('kx8f4c5', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Before you apply</span></h2>')}
${rt('kx8f4c6', wxBefore.map(wp).join('\n'))}</section>
<section id="comp-kx8f5d0" class="xuzjBY wixui-section"><form id="comp-kx8f5d1" class="wixui-form">
${rt('kx8f5d2', '<p class="font_7 wixui-rich-text__text">Get our Pet of the Week by email</p>')}
<input type="email" placeholder="Email address" aria-label="Email address"><button class="wixui-button"><span class="wixui-button__label">Subscribe</span>
</button></form></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div class="_C0cVf"><ul id="comp-kx8f6e1" class="wixui-social-bar" aria-label="Social Bar">
<li><a href="https://facebook.example/cedarrun" aria-label="Facebook"><img alt="Facebook"></a></li>
<li><a href="https://instagram.example/cedarrun" aria-label="Instagram"><img alt="Instagram"></a></li></ul>
${rt('kx8f6e2', wxFoot.map(wp).join('\n'))}</div></footer></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout407-wix-shelter-adopt-page',
  kind: 'docs',
  html: wxHtml,
  title: wxTitle,
  headings: ['How adoption works', 'Adoption fees', 'Before you apply'],
  body: texts([...wxIntro, ...wxSteps, ...wxFees, wxFeeNote, ...wxBefore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'CEDAR RUN RESCUE', ...wxNav,
    'Apply to Adopt', ...wxPets, 'Get our Pet of the Week by email', 'Subscribe', ...wxFoot,
  ],
};

const wpTitle = 'From the ditch to the dog beach: Hazel\u2019s six months of healing';
const wpIntro = [
  j(
    'When a road crew called us last August about a dog lying in a drainage ditch off Route 9, none of us expected her to walk again,',
    'let alone run. Hazel weighed twenty-six pounds, about half of what a dog her size should, and she could not stand on her back legs.',
  ),
  j(
    'Today she spent the morning on the dog beach at Pell Point chasing a tennis ball into the surf. This is the story of how she got',
    'there, and of the many people who carried her along the way.',
  ),
];
const wpVet = [
  j(
    'Our partner clinic, Tidewater Veterinary, kept Hazel for eleven days. X-rays showed an old fracture of the pelvis that had healed',
    'badly, probably after she was hit by a car months earlier. She also had hookworms, a double ear infection and pressure sores.',
  ),
  j(
    'Dr. Ines Valcourt decided against surgery. "Her body had already done most of the work," she told us. "What she needed was muscle,',
    'calories and time." So that is what we gave her.',
  ),
];
const wpRehab = [
  j(
    'Hazel went to foster with Dana and Luis Ortega, who had fostered eleven dogs for us but never one who could not walk. They built',
    'a ramp to the back door and slept on the living room floor for the first week so she would not try the stairs.',
  ),
  'Her rehab plan, written with the clinic, looked like this:',
];
const wpPlan = [
  'Four small meals a day of a high-calorie recovery diet, increased every week',
  'Hydrotherapy twice a week on an underwater treadmill',
  'Sling-assisted walks of five minutes, three times a day, lengthened as she grew stronger',
  'Pain relief for the first two months, then tapered off',
];
const wpQuote = 'The first time she stood up on her own to beg for cheese, Luis cried harder than I have ever seen him cry.';
const wpHome = [
  j(
    'By Christmas Hazel had gained twenty pounds and was walking on her own. By February she was trotting. The Ortegas had always said',
    'they were foster parents, not adopters, and then in March they filled in an adoption form and asked us not to make a fuss about it.',
  ),
  j(
    'We are making a small fuss anyway. Hazel\u2019s care cost a little over $4,800, every dollar of it given by supporters of this blog.',
    'If you would like to help the next Hazel, our Medical Fund is always open, and we are always looking for foster homes.',
  ),
];
const wpNav = ['Adopt', 'Foster', 'Volunteer', 'Blog', 'Donate'];
const wpRelated = ['Meet our 2025 foster family of the year', 'Why we never say a dog is unadoptable', 'Hydrotherapy: what it is and why it works'];
const wpRecent = ['Kitten season is coming: foster orientation dates', 'Thank you for a record-breaking Giving Day', 'Our new transport van'];
const wpCats = ['Medical Cases', 'Success Stories', 'Foster Life', 'News'];
const wpComments = [
  'I followed Hazel on your Facebook page the whole way. Crying at my desk. Thank you, Dana and Luis!',
  'This is why we give every month. Could you post a video of the beach?',
];
const wpHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>From the ditch to the dog beach: Hazel’s six months of healing &#8211; Tidewater Hound Rescue</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://tidewaterhounds.example/2026/03/hazel-recovery/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-14T09:12:40+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"From the ditch to
the dog beach","author":{"name":"Marisol Pike"},"datePublished":"2026-03-14T09:12:40+00:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://tidewaterhounds.example/wp-content/themes/astra/assets/css/minified/main.min.css' media='all'>
<script id="jetpack-stats-js-before">_stq = window._stq || []; _stq.push([ "view", {"v":"ext","blog":"204118331","post":"3319"} ]);</script></head>
<body class="post-template-default single single-post postid-3319 ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="ast-container">
<div class="site-branding"><span class="site-title"><a href="https://tidewaterhounds.example/" rel="home">Tidewater Hound Rescue</a></span></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1" aria-label="Site Navigation"><ul id="ast-hf-menu-1" class="main-header-menu">
${links(wpNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-3319 post type-post status-publish format-standard has-post-thumbnail category-success-stories ast-article-single" id="post-3319">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img
src="https://tidewaterhounds.example/wp-content/uploads/2026/03/hazel-beach-1024x683.jpg" class="attachment-large wp-post-image" alt="Hazel on the beach">
</div><h1 class="entry-title" itemprop="headline">${wpTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/marisol/" rel="author"><span
class="author-name">Marisol Pike</span></a></span> / <span class="posted-on"><span class="published">March 14, 2026</span></span> / <span
class="cat-links"><a href="/category/success-stories/" rel="category tag">Success Stories</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wpIntro)}
<h2 class="wp-block-heading">Eleven days at the clinic</h2>
${ps(wpVet)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/hazel-sling.jpg" alt=""><figcaption class="wp-element-caption">Hazel
on a sling walk in September. Photo: Dana Ortega</figcaption></figure>
<h2 class="wp-block-heading">Learning to walk again</h2>
${ps(wpRehab)}
<ul class="wp-block-list">${wpPlan.map((p) => `<li>${p}</li>`).join('\n')}</ul>
<blockquote class="wp-block-quote"><p>${wpQuote}</p><cite>Dana Ortega, foster mom</cite></blockquote>
<p class="has-background has-pale-cyan-blue-background-color"><strong>Read more:</strong> <a href="/2025/11/foster-family-of-the-year/">Meet our 2025
foster family of the year</a></p>
<h2 class="wp-block-heading">A foster fail, officially</h2>
${ps(wpHome)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button" href="#"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button"
href="#"><span>Email</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><span class="sd-text-color">Like Loading...</span>
</div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<ul class="jp-relatedposts-items">${links(wpRelated, 'jp-relatedposts-post')}</ul></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/2026/03/giving-day/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/2026/03/kitten-season/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “Hazel’s six months”</h3><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-881"><article id="comment-881" class="ast-comment"><div class="ast-comment-meta"><div
class="ast-comment-cite-wrap"><cite><b class="fn">Renata Gill</b></cite></div><div class="ast-comment-time"><time datetime="2026-03-14T11:02">March 14,
2026 at 11:02 am</time></div></div><section class="ast-comment-content comment"><p>${wpComments[0] ?? ''}</p><div class="ast-comment-edit-reply-wrap"><a
class="comment-reply-link" href="#respond">Reply</a></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-884"><article id="comment-884" class="ast-comment"><div class="ast-comment-meta"><div
class="ast-comment-cite-wrap"><cite><b class="fn">T. Okoro</b></cite></div><div class="ast-comment-time"><time datetime="2026-03-15T08:40">March 15,
2026 at 8:40 am</time></div></div><section class="ast-comment-content comment"><p>${wpComments[1] ?? ''}</p></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p
class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search"><form
role="search" class="search-form"><input type="search" class="search-field" placeholder="Search …"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wpRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wpCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright © 2026 Tidewater Hound Rescue | Powered
by Astra WordPress Theme</p></div></div></footer></div>
<script src="https://tidewaterhounds.example/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout407-wordpress-astra-rescue-blog',
  kind: 'blog',
  html: wpHtml,
  title: wpTitle,
  headings: ['Eleven days at the clinic', 'Learning to walk again', 'A foster fail, officially'],
  body: texts([...wpIntro, ...wpVet, ...wpRehab, ...wpPlan, wpQuote, ...wpHome]),
  bylines: ['Marisol Pike', 'March 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tidewater Hound Rescue', ...wpNav, 'Success Stories', 'Hazel on a sling walk in September. Photo: Dana Ortega',
    'Dana Ortega, foster mom', 'Read more: Meet our 2025 foster family of the year', 'Share this:', 'Facebook', 'Email', 'Like this:', 'Like Loading...',
    'Related', ...wpRelated, 'Previous Post', 'Next Post', '2 thoughts on “Hazel’s six months”', 'Renata Gill', 'March 14, 2026 at 11:02 am',
    ...wpComments,
    'Reply', 'T. Okoro', 'March 15, 2026 at 8:40 am', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...wpRecent, 'Categories', ...wpCats.filter((c) => c !== 'Success Stories'),
    'Copyright © 2026 Tidewater Hound Rescue | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT407_B: readonly TestPage[] = [wix, wordpress];
