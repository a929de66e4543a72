import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout427-kit.js';
/**
 * Held-out batch 427, file c: a regional arts council's open call posted on WordPress (Twenty Twenty-One theme: site title
 * and tagline, primary menu, entry header, entry footer with "Published" date, byline, categories and tags, post navigation,
 * two comments and the reply form, footer widgets, Complianz cookie banner) and a fellowship announcement in a local
 * newspaper on BLOX CMS (TownNews: byline and dates, photo caption and credit, share tools, inline "Read more", tags,
 * "Most popular" rail, newsletter sign-up, comments notice).
 */
const aTitle = 'Open call: Borderlands Commissions 2026';
const aBody = [
  j(
    'We are inviting artists, collectives and producers living in the valley to propose new work for',
    'Borderlands, our programme of commissions that explore the edges of the region: its rivers, old county lines and the',
    'places where town meets moorland.',
  ),
  j(
    'We will commission six projects of £8,000 each, with a further £1,500 per project for access costs. Work can take any',
    'form, including performance, sound, textiles, film, writing and participatory projects, and must be shared publicly',
    'somewhere in the valley between September 2026 and March 2027.',
  ),
];
const aWho = [
  'individual artists and collectives of up to five people',
  'artists at any stage of their career, including those without formal training',
  'anyone aged 18 or over who has lived in the Kestrel Valley for at least a year',
];
const aHow = [
  j(
    'Send us a proposal of no more than two pages, or a video or audio recording of up to five minutes, describing the idea,',
    'where it would happen and who it is for. Include a simple budget and three examples of previous work.',
  ),
  j(
    'The deadline is 5pm on Friday 20 March 2026. A panel of two council officers and three artists from the valley will',
    'shortlist proposals in April, and shortlisted artists will be paid £150 to develop their idea before a final interview.',
  ),
];
const aQuote = j(
  '“We want to hear from people who have never applied to us before. If the form is a barrier, call us and we will take',
  'your proposal over the phone.” – our programme manager',
);
const aAccess2 = j(
  'We can also pay for support workers, childcare or travel for disabled and neurodivergent applicants while they prepare',
  'a proposal. Tell us what you need on the short access form and we will reply within a week.',
);
const aAccess = j(
  'Information sessions will take place online on 17 February and in person at the Millrace Gallery, Hebbden, on 24 February.',
  'Both sessions will have live captions and a BSL interpreter. Large print and Easy Read versions of this call are available.',
);
const aMenu = ['About', 'Funding', 'Opportunities', 'Events', 'Contact'];
const aCats = ['Funding', 'Open calls'];
const aTags = ['artist opportunities', 'visual arts', 'live art'];
const aComments: readonly (readonly [string, string, string])[] = [
  ['Rowan Tethers', 'February 4, 2026 at 10:12 am', 'Can a proposal involve artists from outside the valley as long as the lead artist lives here?'],
  [
    'Kestrel Valley Arts',
    'February 4, 2026 at 2:40 pm',
    'Yes, collaborators can live anywhere, but the lead applicant must meet the residency requirement and receive the fee.',
  ],
];
const aWidgets = ['Small Grants for Artists: round two results', 'Call for volunteers: Hebbden Light Festival', 'Annual report 2025'];
const aHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} &#8211; Kestrel Valley Arts Council</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="alternate" type="application/rss+xml" title="Kestrel Valley Arts Council &raquo; Feed" href="https://kestrelvalleyarts.example/feed/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-02-02T09:00:00+00:00","author":{"name":"Imogen Sallis"}}]}</script>
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://kestrelvalleyarts.example/wp-content/themes/twentytwentyone/style.css?ver=2.4'>
<meta name="generator" content="WordPress 6.7.2"></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-embed-responsive is-light-theme singular has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding">
<p class="site-title"><a href="https://kestrelvalleyarts.example/">Kestrel Valley Arts Council</a></p>
<p class="site-description">Art, artists and audiences in the Kestrel Valley</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container">
<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span>
</button></div><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">${links(aMenu, 'menu-item menu-item-type-post_type')}
</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard hentry category-funding category-open-calls entry">
<header class="entry-header alignwide"><h1 class="entry-title">${aTitle}</h1></header>
<div class="entry-content">
${ps(aBody)}
<h2 class="wp-block-heading">Who can apply</h2>
<ul class="wp-block-list">${lis(aWho)}</ul>
<h2 class="wp-block-heading">How to apply</h2>
${ps(aHow)}
<blockquote class="wp-block-quote is-layout-flow"><p>${aQuote}</p></blockquote>
<h2 class="wp-block-heading">Access and support</h2>
<p>${aAccess}</p>
<p>${aAccess2}</p>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://kestrelvalleyarts.example/wp-content/uploads/2026/02/borderlands-call.pdf">Download the full call (PDF)</a></div></div>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2026-02-02T09:00:00+00:00">February 2, 2026</time></span><span class="byline">By <a href="/author/isallis/" rel="author">Imogen Sallis</a>
</span></div><div class="post-taxonomies"><span class="cat-links">Categorized as ${aCats
  .map(
    (c) => `<a href="/category/${c.length}/" rel="category
tag">${c}</a>`,
  )
  .join(', ')}
</span><span class="tags-links">Tagged ${aTags.map((t) => `<a href="/tag/${t.length}/" rel="tag">${t}</a>`).join(', ')}</span></div></footer></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments on “${aTitle}”</h2>
<ol class="comment-list">
${aComments
  .map(
    ([who, when, text], i) => `<li id="comment-${41 + i}" class="comment even thread-even depth-1"><article id="div-comment-${41 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${41 + i}"><time datetime="2026-02-04">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2026/01/small-grants-results/" rel="prev"><p class="meta-nav">Previous post</p>
<p class="post-title">Small Grants for Artists: round two results</p></a></div></div></nav></main></div></div>
<aside class="widget-area"><section id="block-5" class="widget widget_block"><h2 class="wp-block-heading">Latest news</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(aWidgets)}</ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">Kestrel Valley Arts Council</div>
<div class="privacy-policy"><a class="privacy-policy-link" href="/privacy-policy/">Privacy Policy</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show optin" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://kestrelvalleyarts.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js" id="cmplz-cookiebanner-js"></script>
</body></html>`;
const artsCouncil: TestPage = {
  name: 'heldout427-wordpress-twentytwentyone-open-call',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: ['Who can apply', 'How to apply', 'Access and support'],
  body: texts([...aBody, ...aWho, ...aHow, aQuote, aAccess, aAccess2]),
  bylines: ['February 2, 2026', 'Imogen Sallis'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kestrel Valley Arts Council', 'Art, artists and audiences in the Kestrel Valley', 'Menu', ...aMenu, 'Download the full call (PDF)',
    'Published', 'Categorized as', 'Open calls', 'Tagged', ...aTags, `2 comments on “${aTitle}”`, ...aComments.flat(), 'says:',
    'Reply', 'Leave a comment', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Post navigation', 'Previous post',
    'Latest news', ...aWidgets, 'Privacy Policy', 'Proudly powered by WordPress.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};
/* A fellowship announcement in a local paper on BLOX CMS. */
const nTitle = 'Ashford Mills teacher named one of 12 Lindqvist Fellows for rural science education';
const nBody = [
  j(
    'ASHFORD MILLS — A chemistry teacher who turned a disused greenhouse into a working laboratory has been chosen for one of',
    'the most competitive fellowships in science education.',
  ),
  j(
    'Priya Okonjo, who has taught at Ashford Mills Regional High School for nine years, is one of 12 teachers nationwide named',
    'Lindqvist Fellows this week. The fellowship, run by the Lindqvist Education Fund, provides $30,000 over three years,',
    'plus $10,000 for classroom equipment and two summers of paid research in a university lab.',
  ),
  j(
    'Okonjo said she learned of the award in a phone call during her lunch break. “I had a mouthful of sandwich and a',
    'tray of seedlings in my other hand,” she said. “I had to ask them to repeat it.”',
  ),
  j(
    'Her students grow plants under different light and soil conditions and measure the results with sensors they wire',
    'themselves. Last year two of them presented findings on nitrogen runoff from nearby fields at the state science fair.',
  ),
  j(
    'The fund received more than 1,100 nominations this year, according to program director Halvard Meiring. Fellows are',
    'chosen for teaching that connects students to research in their own communities, he said, and for a plan to share',
    'their methods with other teachers.',
  ),
  j(
    'Okonjo plans to spend her first research summer at Carrow State University studying soil microbes, and to use the',
    'equipment grant for a weather station that students at three nearby elementary schools can also use.',
  ),
  j(
    'Superintendent Dana Whitcombe called the award “a recognition of what small rural schools can do when a teacher is',
    'given room to try things.” The district will hold a reception for Okonjo at the high school on March 14.',
  ),
  j(
    'She is the first teacher from the county to receive the fellowship since it began in 2009. Nominations for next year’s',
    'fellows open in September, and any teacher with at least five years in the classroom can be nominated by a colleague.',
  ),
];
const nPromo = 'Read more: School board approves new science wing at Ashford Mills Regional High';
const nShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Save'];
const nPopular = [
  'County approves budget with 3% increase for road repairs',
  'Fire destroys barn on Quarry Road; no injuries reported',
  'Ashford Mills girls basketball advances to regional final',
];
const nTags = ['K-12', 'Teachers', 'Grants and awards'];
const nNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Things to Do', 'e-Edition'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} | Local News | valleycourier.example</title>
<meta name="description" content="A chemistry teacher at Ashford Mills Regional High School has been named a Lindqvist Fellow.">
<meta property="og:type" content="article"><meta name="author" content="Marta Linde"><meta property="article:section" content="News">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-02-26T17:30:00-05:00"}
</script><script>var __tnt = __tnt || {}; __tnt.pageType = "asset"; __tnt.asset = {"type":"article","uuid":"4e0b91c2-7a2f"};</script>
<link rel="stylesheet" href="https://bloximages.example/tncms/v2/css/flex.min.css"></head>
<body class="fixed-header has-sticky-anchor asset-page article-page"><div id="site-container">
<div id="site-top-nav-container" class="hidden-print"><nav id="site-top-nav" class="navbar"><ul class="nav navbar-nav">${links(nNav, 'nav-item')}</ul>
<a class="btn btn-primary" href="/users/signup/">Subscribe</a><a href="/users/login/" class="btn btn-link">Log In</a></nav></div>
<header id="site-header"><div class="logo"><a href="/">The Valley Courier</a></div></header>
<div id="main-page-container"><section id="main-body-container"><div class="container"><div class="row"><div class="col-md-8 main-content">
<article class="asset" itemscope itemtype="http://schema.org/NewsArticle" id="article_4e0b91c2">
<div class="asset-masthead"><header class="asset-header"><div class="meta"><span class="kicker"><a href="/news/local/">Local News</a></span></div>
<h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">${nTitle}</span></h1>
<ul class="list-inline"><li><span itemprop="author" class="tnt-byline">By <a href="/users/profile/mlinde">Marta Linde</a> Staff Writer</span></li>
<li><ul class="list-inline"><li><time datetime="2026-02-26T17:30:00-05:00" class="tnt-date asset-date text-muted">Feb 26, 2026</time></li>
<li class="hidden-print"><span class="asset-date text-muted">Updated 3 hrs ago</span></li></ul></li></ul></header>
<div class="share-container headline-right"><ul class="list-inline">
${nShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a class="btn btn-default" href="#"><span
class="sr-only">${s}</span></a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="asset-photo"><figure class="photo-layout layout-horizontal"><img class="img-responsive lazyload" src="/content/tncms/assets/v3/editorial/okonjo.jpg"
alt="Priya Okonjo in her classroom greenhouse"><figcaption class="caption-text"><div class="caption-container">
<p>Priya Okonjo checks soil sensors with students in the greenhouse lab at Ashford Mills Regional High School on Tuesday.</p></div>
<div class="photo-credit">Photo by Emmet Calder, The Valley Courier</div></figcaption></figure></div>
<div class="asset-body"><div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody"><div class="subscriber-only">
${ps(nBody.slice(0, 3))}
<p><strong>${nPromo}</strong></p>
${ps(nBody.slice(3))}
</div></div></div>
<div class="asset-tags"><ul class="list-inline">${links(nTags, 'tag')}</ul></div>
<div class="asset-comments"><p class="text-muted">Comments are closed on this story. Please read our commenting guidelines.</p></div>
<div class="card-newsletter"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily Headlines newsletter.</p>
<button class="btn btn-primary">Sign up!</button></div></article></div>
<aside class="col-md-4 hidden-print"><div class="tncms-block"><h3>Most Popular</h3><ol>${links(nPopular)}</ol></div>
<div class="tnt-ads-container"><p class="advertisement-label">Advertisement</p><div id="tncms-region-ads-fixed-big-ad-top"></div></div></aside>
</div></div></section></div>
<footer id="site-footer"><p>© 2026 The Valley Courier, 18 Mill Street, Ashford Mills. All rights reserved.</p><p>Powered by BLOX Content Management System
from TownNews.com.</p><p><a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></p></footer></div>
</body></html>`;
const courier: TestPage = {
  name: 'heldout427-blox-townnews-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nBody),
  bylines: ['By Marta Linde Staff Writer', 'Feb 26, 2026', 'Updated 3 hrs ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nNav, 'Subscribe', 'Log In', 'The Valley Courier', 'Local News', ...nShare,
    'Priya Okonjo checks soil sensors with students in the greenhouse lab at Ashford Mills Regional High School on Tuesday.',
    'Photo by Emmet Calder, The Valley Courier', nPromo, ...nTags, 'Comments are closed on this story. Please read our commenting guidelines.',
    'Get local news delivered to your inbox!', 'Subscribe to our Daily Headlines newsletter.', 'Sign up!', 'Most Popular', ...nPopular, 'Advertisement',
    '© 2026 The Valley Courier, 18 Mill Street, Ashford Mills. All rights reserved.', 'Powered by BLOX Content Management System from TownNews.com.',
    'Terms of Use', 'Privacy Policy',
  ],
};
export const HELDOUT427_C: readonly TestPage[] = [artsCouncil, courier];
