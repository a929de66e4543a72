import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout695-kit.js';

/**
 * Held-out batch 695, file c: a freestyle ski school's private coaching page on Webflow with an FAQ accordion, and a local news
 * report on a dry slope's resurfacing on WordPress (Newspack theme) with comments.
 */
const fTitle = 'Private freestyle coaching';
const fDek = 'One-to-one sessions in the park zone with a BASI Level 3 freestyle coach.';
const fParas = [
  j(
    'Whether you are landing your first straight air or working on 360s off the kicker, a private session is the fastest way to',
    'progress. Your coach films every run and talks it through with you at the top of the lift.',
  ),
  j(
    'Sessions run on Tuesday and Wednesday evenings from 6 pm, when the park zone is closed to the public, and on Sunday',
    'mornings before opening. You need to be able to ski or ride the main slope in control.',
  ),
];
const fH1 = 'Prices';
const fPrices = ['45 minutes: £55', 'Block of five sessions: £250', 'Bring a friend: add £20 per session'];
const fH2 = 'Frequently asked questions';
const fFaq = [
  'Do I need my own kit?',
  'You can hire twin-tip skis or a park board from us at no extra cost. Helmets are compulsory and provided; wrist guards are recommended.',
  'What age do you coach?',
  'We coach riders from 10 years old. Under-16s need a parent or guardian on site for the whole session.',
  'What happens if the weather is bad?',
  'If we close the slope for wind or lightning, we will move your session to the next free slot or refund you.',
];
const fNav = ['Courses', 'Coaching', 'Camps', 'Team', 'Journal'];
const fFoot = ['Instagram', 'YouTube', 'Terms', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Mon Oct 05 2026 08:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.kickerlab.co.uk" data-wf-page="64f1c2a9e1b0" data-wf-site="64f1c2a9e1af" lang="en"><head><meta charset="utf-8">
<title>Private Freestyle Coaching | Kickerlab Ski School</title><meta content="One-to-one sessions in the park zone." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/64f1c2a9e1af/css/kickerlab.webflow.shared.5e1f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-2"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/64f1c2a9e1af/logo.svg"
loading="lazy" alt="Kickerlab" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><div class="hero-wrapper">
<div class="eyebrow">Coaching</div><h1 class="heading-xl">${fTitle}</h1><p class="hero-paragraph">${fDek}</p>
<a href="/book?type=private" class="button w-button">Book a session</a></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="rich-text-block w-richtext">
${ps(fParas)}<h2>${fH1}</h2><ul role="list">${fPrices.map((t) => `<li>${t}</li>`).join('')}</ul></div></div></section>
<section class="section faq-section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">${fH2}</h2>
<div class="faq-wrapper">${[0, 2, 4]
  .map(
    (i) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle">
<div class="faq-icon w-icon-dropdown-toggle"></div><div class="faq-question-text">${fFaq[i]}</div></div>
<nav class="faq-answer w-dropdown-list"><p class="faq-answer-text">${fFaq[i + 1]}</p></nav></div>`,
  )
  .join('\n')}</div></div></section>
<section class="cta-section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l white">Ready to send it?</h2>
<a href="/book" class="button white w-button">Check availability</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid">
<div class="footer-text">Kickerlab Ski School, Unit 3, Brackenfield Ski Slope, Brackenfield BF2 8QA</div>
<div class="footer-links">${fFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-copyright">© 2026 Kickerlab Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f1c2a9e1af" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/64f1c2a9e1af/js/webflow.5a1e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout695-webflow-private-coaching',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2],
  body: texts([fDek, ...fParas, ...fPrices, ...fFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Courses', 'Camps', 'Team', 'Journal', 'Book', 'Book a session', 'Ready to send it?', 'Check availability',
    'Kickerlab Ski School, Unit 3, Brackenfield Ski Slope, Brackenfield BF2 8QA', ...fFoot, '© 2026 Kickerlab Ltd. All rights reserved.',
  ],
};

const nTitle = 'Thornleigh dry ski slope to close for six months as council approves £1.2m resurfacing';
const nDek = 'The 1978 slope will get new matting, lighting and a second tow, with reopening planned for October.';
const nBody = [
  j(
    'Thornleigh’s dry ski slope will close on 1 April for a £1.2 million rebuild, after councillors on Tuesday voted',
    'unanimously to fund new matting, floodlights and a second tow from the borough’s leisure budget.',
  ),
  j(
    'The slope, on the side of Crane Hill, opened in 1978 and still runs on matting laid in 2003. An engineer’s report',
    'presented to the committee found that a third of the surface was worn through to the base, and that the floodlights',
    'failed a safety inspection last winter.',
  ),
  j(
    '“We either spend the money now or we lose the slope,” said Cllr Anneka Dorsey, cabinet member for leisure. “It teaches',
    'four thousand children a year to ski. There is nothing else like it within sixty miles.”',
  ),
  'Ski club offers to help',
  j(
    'Thornleigh Ski Club, which trains its racers on the slope three nights a week, has offered to raise £50,000 towards',
    'the second tow. Club chair Dev Malhotra said members would move their training to Castlemoor while the work was done.',
  ),
  j(
    'Some residents of Crane Hill Road have objected to the new floodlights. The council said the lights would be turned',
    'off at 9.30 pm and would point down the slope rather than towards the houses.',
  ),
  'What happens to bookings',
  j(
    'Lessons and parties booked after 31 March will be refunded automatically. Season passes will be extended by six months',
    'at no cost. The café and car park will stay open until the end of April.',
  ),
];
const nHeads = [nBody[3] ?? '', nBody[6] ?? ''];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Obituaries'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Corrections', 'Privacy Policy'];
const nRel = ['Crane Hill car park charges to rise in spring', 'Leisure centre pool reopens after boiler repair'];
const nComments = [
  ['Marjorie P.', 'November 12, 2026 at 8:14 pm', 'Learned to ski there in 1981. Glad they are saving it.'],
  ['Rob T', 'November 12, 2026 at 9:02 pm', 'Six months is a long time for the club kids. Hope it opens on time.'],
];
const nHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} – Thornleigh Courier</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-12T16:40:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Hana Okafor"}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://thornleighcourier.org/wp-content/themes/newspack-theme/style.css?ver=2.3.1" media="all"></head>
<body class="post-template-default single single-post postid-40913 single-format-standard
wp-embed-responsive singular h-nsub h-db h-ll h-dh h-cl single-featured-image-default">
<aside id="newspack_popups_inline-cookie" class="newspack-popup-container newspack-lightbox"><div class="newspack-popup-wrapper"><div class="newspack-popup">
<p>We use cookies to personalise content and to analyse our traffic.</p><form class="popup-dismiss-form"><button>OK</button></form></div></div></aside>
<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="page" class="site">
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu">
<li class="menu-item"><a href="/donate">Donate</a></li><li class="menu-item"><a href="/newsletters">Newsletters</a></li></ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Thornleigh Courier</a></p>
<p class="site-description">Independent news for Thornleigh and the Crane valley</p></div>
<div class="nav-wrapper desktop-only"><div class="header-search-contain"><button id="search-toggle" aria-controls="header-search" aria-expanded="false">
<span class="screen-reader-text">Open Search</span></button><div id="header-search"><form role="search" method="get" class="search-form" action="/">
<label for="search-form-1"><span class="screen-reader-text">Search for:</span></label><input type="search" id="search-form-1" class="search-field" name="s">
<button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></div></div></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">
${links(nNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-40913" class="post-40913 post type-post status-publish format-standard has-post-thumbnail category-news">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/news/" rel="category tag">News</a>
</span>
<h1 class="entry-title">${nTitle}</h1><div class="newspack-post-subtitle">${nDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="https://thornleighcourier.org/avatar/ho.jpg" class="avatar">
</span>
<span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="/author/hokafor/">Hana Okafor</a></span></span>
<span class="posted-on"><a href="/2026/11/12/thornleigh-dry-ski-slope/" rel="bookmark"><time class="entry-date published" datetime="2026-11-12T16:40:00+00:00">
November 12, 2026</time></a></span></div><div class="share-buttons"><a class="share-facebook" href="#"><span>Facebook</span></a>
<a class="share-twitter" href="#"><span>X</span></a><a class="share-email" href="#"><span>Email</span></a></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2026/11/slope.jpg" class="attachment-newspack-featured-image" alt="">
<figcaption><span class="image-caption">Worn matting on the lower half of Thornleigh’s slope.</span><span class="image-credit">
<span class="credit-label-wrapper">Credit:</span>
Hana Okafor / Thornleigh Courier</span></figcaption></figure>
<div class="entry-content">
${ps(nBody.slice(0, 3))}
<h2 class="wp-block-heading">${nHeads[0]}</h2>
${ps(nBody.slice(4, 6))}
<div class="wp-block-newspack-blocks-donate"><p class="wp-block-newspack-blocks-donate__header">Local news needs local support. Give from £5 a month.</p>
<a class="wp-block-button__link" href="/donate">Support the Courier</a></div>
<h2 class="wp-block-heading">${nHeads[1]}</h2>
${ps(nBody.slice(7))}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span><a href="/tag/ski-slope/" rel="tag">ski slope</a>
<a href="/tag/council/" rel="tag">council</a></span>
</footer><div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Hana Okafor</h2>
<p>Hana covers local government and leisure for the Courier.</p></div><a class="author-link" href="/author/hokafor/">More by Hana Okafor</a></div></div>
</article>
<div class="newspack-related"><h3>Related</h3><ul>${links(nRel)}</ul></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 replies on “${nTitle}”</h2><ol class="comment-list">
${nComments
  .map(
    ([who, when, what]) => `<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">${who}</b> <span class="says">says:</span></div><div class="comment-metadata"><time>${when}</time></div>
</footer>
<div class="comment-content"><p>${what}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-bottom"><div class="wrapper footer-branding"><nav class="footer-menu" aria-label="Footer Menu">
<ul id="menu-footer" class="footer-menu">${links(nFoot)}</ul></nav><div class="site-info"><span class="copyright">© 2026 Thornleigh Courier.</span>
<a class="imprint" href="https://newspack.com/">Proudly powered by Newspack</a></div></div></div></footer></div>
<script src="https://thornleighcourier.org/wp-content/themes/newspack-theme/js/build/amp-fallback.js" id="amp-fallback-js"></script></body></html>`;
const newspack: TestPage = {
  name: 'heldout695-newspack-slope-resurfacing',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nDek, ...nBody.filter((_, i) => i !== 3 && i !== 6)]),
  bylines: ['By Hana Okafor', 'November 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and to analyse our traffic.', 'OK', 'Skip to content', 'Donate', 'Newsletters', 'Thornleigh Courier',
    'Independent news for Thornleigh and the Crane valley', 'Open Search', 'Search for:', 'Search', ...nNav, 'Posted in', 'Facebook', 'X', 'Email',
    'Worn matting on the lower half of Thornleigh’s slope.', 'Credit:', 'Hana Okafor / Thornleigh Courier',
    'Local news needs local support. Give from £5 a month.', 'Support the Courier', 'Tagged:',
    'Hana covers local government and leisure for the Courier.', 'More by Hana Okafor', 'Related', ...nRel, `2 replies on “${nTitle}”`,
    ...nComments.flat(), 'says:', 'Reply', 'Leave a comment', 'Your email address will not be published. Required fields are marked *', 'Comment',
    ...nFoot, '© 2026 Thornleigh Courier.', 'Proudly powered by Newspack',
  ],
};

export const HELDOUT695_C: readonly TestPage[] = [webflow, newspack];
