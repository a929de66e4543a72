import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout323-kit.js';

/**
 * Held-out batch 323, file c: a true-crime blog post on WordPress with the GeneratePress theme (site header, primary menu,
 * entry meta, featured image caption, Jetpack share and like buttons, related posts, comments with replies and the reply form,
 * sidebar widgets, footer credit, Complianz cookie banner) and a law firm's case note on Squarespace (announcement bar, header
 * nav, blog item meta, share buttons, author bio, item pagination, newsletter block, footer, cookie banner).
 */
const wTitle = 'The ferryman who never came home: revisiting the Saltmarsh Crossing disappearance';
const wBody1 = paras(`
On the evening of 14 October 1958, Arthur Quennell tied up the chain ferry at Saltmarsh Crossing, walked into the fog towards his
cottage, and was never seen again. Sixty-eight years later his disappearance is still listed as unsolved, and still argued about in
the pubs on both banks of the estuary.

I first heard the story from my grandmother, who swore she had seen his lantern on the water the night after he vanished. That is
almost certainly not true, but it is the kind of detail that has stuck to this case like river mud.`);
const wH1 = 'What we actually know';
const wBody2 = paras(`
Strip away the folklore and the documented facts fit on a single page. I spent three afternoons with the county archive's copy of the
police file, and this is what it contains:`);
const wList = [
  'Quennell, 51, worked the last crossing at 7.10pm and logged four foot passengers and one bicycle.',
  'The ferry was found properly secured the next morning, with his coat still hanging in the winch house.',
  'His cottage was three hundred yards away along a raised path; his wife Edie said he never arrived.',
  'A search of the mudflats over the following week found his cap, but nothing else.',
];
const wBody3 = paras(`
The inquest in 1959 recorded an open verdict. The coroner noted that the tide had been unusually high and that the path flooded in
two places, but said there was “no evidence from which the court can say how Mr Quennell met his end, or indeed that he has.”`);
const wH2 = 'The three theories';
const wBody4 = paras(`
Local opinion has always split three ways. The first, and the one the police seem to have favoured, is an accident: a man walking a
flooded path in the dark, slipping into a creek and being carried out on the ebb.

The second is that he left on purpose. Quennell had debts with a bookmaker in Hethersett, and a lorry driver later claimed to have
given a lift to a man matching his description on the coast road. The driver's statement is in the file, but nobody seems to have
followed it up.

The third theory, and the one that sells the most local history pamphlets, is murder. Quennell had fallen out with the tenant of the
neighbouring marsh farm over grazing rights, and the two men had come to blows that summer.`);
const wQuote = paras(`
“He told me that if anything happened to him I was to look at the farm first,” Edie Quennell told the Estuary Gazette in 1972.`);
const wH3 = 'Why it matters now';
const wBody5 = paras(`
In 2024 a drainage contractor working on the sea wall found a pocket watch engraved with the initials A.Q. It is now with the county
museum, and as far as I can tell no one has asked whether it could tell us anything at all.

I have written to the police force's major crime review team to ask whether the file has ever been looked at again. I will post their
reply here, whatever it says. If you have family memories of the crossing in the fifties, I would love to hear from you in the
comments.`);
const wMenu = ['Home', 'Cold Cases', 'Trials', 'Book Reviews', 'About', 'Contact'];
const wRelated = ['The vanishing of the Gorleston schoolmistress', 'Who wrote the Eelmoor letters?', 'Five unsolved cases from the Fens'];
const wRecent = ['A poisoning in Barnack, 1921', 'The lighthouse keeper’s confession', 'Reading the coroner’s rolls: a beginner’s guide'];
const wCats = ['Cold Cases', 'Missing Persons', 'Archives', 'Trials'];
const cmt = (id: number, author: string, date: string, text: string, cls: string): string => `<li id="comment-${id}" class="comment ${cls}">
<article class="comment-body" id="div-comment-${id}"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name"
class="fn">${author}</cite> <span class="says">says:</span></div><div class="entry-meta comment-metadata"><a href="#comment-${id}">
<time datetime="2026-02-2${id % 10}T10:00:00+00:00">${date}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><span class="reply"><a class="comment-reply-link" href="#respond">Reply</a></span></article></li>`;
const wC1 = 'My great uncle drove the coast road lorry for Pegg’s in those years. He always said he gave a ferryman a lift.';
const wC2 = 'That is fascinating. Would you be willing to talk to me about it? I will email you.';
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} – The Cold Ledger</title>
<meta name="generator" content="WordPress 6.7.2"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-20T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${wTitle}","author":{"name":"Maud Ellerby"}}]}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"></head>
<body class="post-template-default single single-post postid-2291 single-format-standard right-sidebar nav-below-header separate-containers">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title"><a href="/" rel="home">The Cold Ledger</a></p><p class="site-description">Old crimes, new questions</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wMenu, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-cold-cases">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-02-20T08:00:00+00:00">20 February 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/maud/">Maud Ellerby</a></span></span></div></header>
<div class="featured-image page-header-image-single"><figure class="wp-block-image"><img src="/wp-content/uploads/2026/02/crossing.jpg"
alt=""><figcaption class="wp-element-caption">The chain ferry at Saltmarsh Crossing, photographed around 1955. Postcard, author's
collection.</figcaption></figure></div>
<div class="entry-content" itemprop="text">
${ps(wBody1)}
<h2 class="wp-block-heading">${wH1}</h2>
${ps(wBody2)}
<ul class="wp-block-list">
${lis(wList)}
</ul>
${ps(wBody3)}
<h2 class="wp-block-heading">${wH2}</h2>
${ps(wBody4)}
<blockquote class="wp-block-quote"><p>${wQuote[0]}</p></blockquote>
<h2 class="wp-block-heading">${wH3}</h2>
${ps(wBody5)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#">
<span>Facebook</span></a></li><li class="share-email"><a class="share-email sd-button" href="#"><span>Email</span></a></li>
<li class="share-print"><a class="share-print sd-button" href="#"><span>Print</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
<span class="sd-text-color">Loading...</span></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<ul class="jp-relatedposts-items">${links(wRelated, 'jp-relatedposts-post')}</ul></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/cold-cases/" rel="category tag">Missing Persons</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="/a-poisoning-in-barnack-1921/"
rel="prev">A poisoning in Barnack, 1921</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on “${wTitle}”</h2>
<ol class="comment-list">${cmt(51, 'Gerald Pegg', '21 February 2026 at 9:14 am', wC1, 'even thread-even depth-1')}
${cmt(52, 'Maud Ellerby', '21 February 2026 at 11:30 am', wC2, 'bypostauthor odd alt depth-2')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment">
<label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form class="search-form"><label><span class="screen-reader-text">Search for:
</span><input type="search" class="search-field" placeholder="Search …"></label></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2>
<ul>${links(wCats, 'cat-item')}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">© 2026 The Cold Ledger</span> • Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div>
</footer></div>
<div class="cmplz-cookiebanner cmplz-bottom-right" role="dialog" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">
To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
const coldLedger: TestPage = {
  name: 'heldout323-wordpress-generatepress-true-crime-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wBody1, ...wBody2, ...wList, ...wBody3, ...wBody4, ...wQuote, ...wBody5]),
  bylines: ['20 February 2026', 'Maud Ellerby'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Cold Ledger', 'Old crimes, new questions', 'Menu', ...wMenu,
    "The chain ferry at Saltmarsh Crossing, photographed around 1955. Postcard, author's collection.", 'Share this:', 'Facebook', 'Email', 'Print',
    'Like this:', 'Loading...', 'Related', ...wRelated, 'Categories', 'Missing Persons', `2 thoughts on “${wTitle}”`, 'Gerald Pegg', 'says:',
    '21 February 2026 at 9:14 am', wC1, '21 February 2026 at 11:30 am', wC2, 'Reply', 'Leave a Comment', 'Cancel reply', 'Comment', 'Search for:',
    'Recent Posts', ...wRecent, ...wCats, '© 2026 The Cold Ledger', 'Built with GeneratePress', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

const sTitle = 'Joint homes and confiscation: what Okonedo v Rex means for the innocent co-owner';
const sBody1 = paras(`
The Court of Appeal's decision in <em>Okonedo v Rex</em> [2026] EWCA Crim 188 is the most useful guidance in years on a question we
are asked about almost every month: what happens to the family home when one owner is convicted and a confiscation order follows?`);
const sH1 = 'The facts';
const sBody2 = paras(`
Mr Okonedo was convicted of supplying controlled drugs and a confiscation order of £162,000 was made against him. His only substantial
asset was a half share in a terraced house he owned with his wife, who had no involvement in his offending and had paid most of the
mortgage from her salary as a nurse.

The Crown applied to appoint an enforcement receiver with power to sell the house. Mrs Okonedo argued that a sale would be
disproportionate, as it would leave her and their two children homeless in order to realise a share that was worth far less than the
order.`);
const sH2 = 'The decision';
const sBody3 = paras(`
The court held that the Crown Court, when deciding whether to order a sale, must weigh the rights of a third party who owns a share
in the property under Article 8 and Article 1 of the First Protocol. It identified three factors that will usually carry weight:`);
const sList = [
  'the size of the third party’s beneficial interest, properly calculated from what each owner paid in',
  'whether the third party knew of, or benefited from, the offending',
  'the effect of a sale on children living in the home, and whether a postponed sale would meet the public interest',
];
const sBody4 = paras(`
On the facts, the court set aside the order for immediate sale and substituted an order that the sale be postponed until the younger
child turns eighteen, with the Crown's charge secured on the property in the meantime.`);
const sH3 = 'What it means in practice';
const sBody5 = paras(`
For co-owners, the decision confirms that a confiscation order against a partner is not the end of the road. Evidence of
contributions to the purchase price and the mortgage matters a great deal, and it should be gathered early, before the receivership
hearing rather than at it.

For defendants, it is a reminder that the way property is held, and the paperwork behind it, can make a real difference years later.
If you are facing confiscation proceedings, or you share a home with someone who is, we would be glad to talk through your position.`);
const sNav = ['About', 'Criminal Defence', 'Proceeds of Crime', 'Regulatory', 'Our Team', 'Insights', 'Contact'];
const sHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${sTitle} — Harcourt Vane Solicitors</title>
<meta name="generator" content="Squarespace"><meta property="og:type" content="article"><meta itemprop="author" content="Priya Ashdown">
<script type="application/ld+json">{"url":"https://www.harcourtvane.example/insights/okonedo","name":"${sTitle}","@context":"http://schema.org",
"@type":"Article","datePublished":"2026-03-04T09:00:00+0000","author":"Priya Ashdown"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Harcourt Vane Solicitors"},"collection":{"typeName":"blog"}};</script></head>
<body id="item-65f1" class="tweak-blog-item-width-normal tweak-blog-item-alignment-left view-item collection-type-blog">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>Arrested or invited to interview? Call our 24-hour line on
0300 555 0199</p></div></div>
<header id="header" class="header theme-col--primary" data-section-theme=""><div class="header-inner"><div class="header-title-logo">
<a href="/">Harcourt Vane Solicitors</a></div><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item"><a href="/">${t}</a></div>`).join('\n')}
</nav><div class="header-actions"><a class="btn btn--border" href="/contact">Free initial call</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f1">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry category-proceeds-of-crime author-priya-ashdown post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-author">Priya Ashdown</span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-03-04">4 March
2026</time></span><span class="blog-meta-secondary"><span class="blog-categories-list"><a href="/insights?category=Proceeds+of+Crime"
class="blog-categories">Proceeds of Crime</a></span></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" id="item-65f1"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"
data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody1)}
<h2>${sH1}</h2>
${ps(sBody2)}
<h2>${sH2}</h2>
${ps(sBody3)}
<ol data-rte-list="default">
${lis(sList)}
</ol>
${ps(sBody4)}
<h2>${sH3}</h2>
${ps(sBody5)}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Legal
updates, monthly</h2><p>Our short round-up of criminal and regulatory law.</p><button class="newsletter-form-button">Sign Up</button>
<p class="newsletter-form-footnote">We respect your privacy.</p></div></div></div></div></div></div>
<div class="blog-item-share"><span class="share-label">Share</span><a href="#" class="share-linkedin">LinkedIn</a>
<a href="#" class="share-facebook">Facebook</a><a href="#" class="share-x">X</a></div>
<div class="blog-item-author-profile-wrapper"><div class="author-name">Priya Ashdown</div><div class="author-bio"><p>Priya is a partner in our
proceeds of crime team and has acted in confiscation cases for over fifteen years.</p></div></div></div>
<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="#"><div
class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Voluntary interviews: five things to do first</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="#"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Private prosecutions after the Garrow review</h2></a></section></article></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>Harcourt Vane Solicitors LLP is
authorised and regulated by the Solicitors Regulation Authority (SRA No. 800412).</p><p>12 Fletcher Row, Marlbridge MB1 4QT</p>
<p><a href="/privacy">Privacy</a> · <a href="/complaints">Complaints</a> · <a href="/terms">Terms of Business</a></p></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-cta-text">This site uses cookies
to provide you with a great experience.</p><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout323-squarespace-law-firm-case-note-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sBody1, ...sBody2, ...sBody3, ...sList, ...sBody4, ...sBody5]),
  bylines: ['Priya Ashdown', '4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Arrested or invited to interview? Call our 24-hour line on 0300 555 0199', 'Harcourt Vane Solicitors', ...sNav, 'Free initial call',
    'Legal updates, monthly', 'Our short round-up of criminal and regulatory law.', 'Sign Up', 'We respect your privacy.', 'Share', 'LinkedIn',
    'Facebook', 'Priya is a partner in our proceeds of crime team and has acted in confiscation cases for over fifteen years.', 'Previous',
    'Voluntary interviews: five things to do first', 'Next', 'Private prosecutions after the Garrow review',
    'Harcourt Vane Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 800412).',
    '12 Fletcher Row, Marlbridge MB1 4QT', 'Privacy', 'Complaints', 'Terms of Business',
    'This site uses cookies to provide you with a great experience.', 'Accept all', 'Decline all',
  ],
};

export const HELDOUT323_C: readonly TestPage[] = [coldLedger, squarespace];
