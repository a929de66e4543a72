import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';

/**
 * Held-out batch 436, file b2: a family-law firm's blog post on Squarespace 7.1 (header nav, blog meta with author and date,
 * an image block with caption, a quote block, categories and tags, share buttons, the item pagination, a newsletter block,
 * the Squarespace comments area and the cookie banner).
 */
const dTitle = 'Co-Parenting Through the Holidays: Building a Schedule That Survives December';
const dH = ['Start with the order you already have', 'Three schedules that tend to work', 'Put travel in writing', 'When the other parent will not agree'];
const dIntro = paras(`
Every year our phones get busier in the first week of December. Parents who have managed a school-year schedule without a
single argument suddenly find themselves disagreeing about Christmas Eve, a grandparent's birthday party or a ski trip that
was booked in August. The good news is that most holiday conflicts are predictable, and predictable problems can be planned for.
`);
const dStart = paras(`
Before you negotiate anything, read your parenting plan again. Many plans in Linden County include a holiday schedule that
overrides the regular weekly rotation, and many parents forget it is there. If the plan says the holiday period begins when
school lets out, that usually means the last day of classes, not the first weekday of break.

If your order is silent about holidays, or simply says the parents will "agree," you have more flexibility but also less
protection. That is when a written agreement, even an email exchange that both of you confirm, becomes valuable.
`);
const dThree = paras(`
There is no single right schedule. The best one is the one your children can live with and both parents can follow. These
are the arrangements we see work most often:
`);
const dThreeList = rows(`
<strong>Alternating years.</strong> One parent has the whole winter break in even years, the other in odd years. Simple, but a long stretch away.
<strong>Split break.</strong> The break is divided at a fixed midpoint, such as noon on December 26, with the holiday itself alternating.
<strong>Split holiday.</strong> Children spend Christmas Eve with one parent and Christmas Day with the other, which works best when homes are close.
`);
const dQuote = 'Children remember whether the adults were calm far longer than they remember which house they woke up in.';
const dTravel = paras(`
Out-of-state travel is the single most common source of emergency motions we file in December. If you plan to leave the state,
give the other parent your itinerary, the address where the children will stay and a phone number at least thirty days ahead,
or whatever notice your order requires. Bring copies of your order with you when you fly; some airlines ask for it when a
child travels with only one parent.
`);
const dDisagree = paras(`
If you cannot reach an agreement, do not wait until the week before the holiday. A mediation session through the county's family court
services can often be scheduled within three to four weeks, and judges are far less sympathetic to motions filed on December 20
about a conflict that both parents knew about in October.

If you would like help reviewing your parenting plan or preparing a holiday proposal, our office offers a flat-fee consultation
for existing orders.
`);
const dNav = ['About', 'Our Attorneys', 'Divorce', 'Custody', 'Mediation', 'Blog', 'Contact'];
const dFoot = ['Linden Family Law', '408 Orchard Avenue, Linden', 'Mon to Fri, 9am to 5pm'];
const dHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>Co-Parenting Through the Holidays — Linden Family Law</title>
<meta property="og:site_name" content="Linden Family Law"><meta property="og:title" content="Co-Parenting Through the Holidays">
<meta property="og:type" content="article"><meta itemprop="datePublished" content="2025-11-18T09:00:00-0500">
<script type="application/ld+json">{"url":"https://lindenfamilylaw.example/blog/co-parenting-holidays","name":"Linden Family Law",
"@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Co-Parenting Through the Holidays",
"author":"Hannah Okonkwo-Price",
"datePublished":"2025-11-18T09:00:00-0500"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"Linden Family Law"},"collection":{"typeName":"blog"},
"templateVersion":"7.1"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css">
</head>
<body id="item-6552aa" class="tweak-blog-item-width-medium tweak-blog-meta-primary-author tweak-blog-item-show-author-profile collection-type-blog view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner container--fluid">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Linden Family Law</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${dNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions"><div class="header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse"
href="/consultation">Book a Consultation</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6552aa">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-hannah-okonkwo-price post-type-text article-index-1 category-co-parenting tag-holidays tag-custody"
id="article-6552aa" data-item-id="6552aa">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${dTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">
<a href="/blog?author=61c0" class="blog-meta-item blog-meta-item--author">Hannah Okonkwo-Price</a></span>
<span class="blog-meta-item blog-meta-item--date date dt-published"><time class="dt-published date-highlight"
datetime="2025-11-18">November 18, 2025</time></span>
</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"
data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
${ps(dIntro, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${dH[0]}</h2>
${ps(dStart, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${dH[1]}</h2>
${ps(dThree, ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${lis(dThreeList.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote">
<span>“</span>${dQuote}<span>”</span></blockquote></figure></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/content/winter-walk.jpg" alt=""></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Plan the hand-off time and place before the first snow day.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${dH[2]}</h2>
${ps(dTravel, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${dH[3]}</h2>
${ps(dDisagree, ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;"><em>This post is general information, not legal advice about your situation.</em></p>
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2>Get our monthly parenting-plan tips</h2>
<div class="newsletter-form-header-description"><p>One short email a month. Unsubscribe anytime.</p></div></header>
<div class="newsletter-form-body"><input type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper"><button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></div>
</form></div></div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-meta-section"><span class="blog-categories-list">Posted in
<a href="/blog?category=Co-Parenting" class="blog-categories">Co-Parenting</a></span><span class="blog-tags-list">Tagged
<a href="/blog?tag=holiday-schedules" class="blog-tags">holiday schedules</a>, <a href="/blog?tag=custody" class="blog-tags">custody</a></span></div>
<div class="blog-share-section"><div class="blog-share"><span class="sqs-share-label">Share</span><a class="ss-social-button" href="#">Facebook</a>
<a class="ss-social-button" href="#">Twitter</a><a class="ss-social-button" href="#">LinkedIn</a></div></div></div>
<div class="blog-item-author-profile-wrapper"><div class="author-name">Hannah Okonkwo-Price</div><div class="author-bio"><p>Hannah is a founding partner and a
certified family mediator.</p></div></div>
<section id="comments-6552aa" class="item-comments"><div class="squarespace-comments"><div class="comment-header"><h3 class="comment-count">1 Comment</h3></div>
<div class="comment"><div class="comment-author">Dev Ramkissoon</div><div class="comment-date">Nov 20, 2025</div>
<div class="comment-body"><p>The split-break idea saved our December last year. Noon hand-offs at the library worked for everyone.</p></div></div></div>
</section>
</article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/blog/relocation">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Moving Away With Your Children: What Relocation Requires</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/blog/mediation-prep"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">How to Prepare for Your First Mediation Session</h2></a></section>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
${ps(dFoot)}<p>© 2026 Linden Family Law. Attorney advertising.</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve
your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>`;
export const squarespace: TestPage = {
  name: 'heldout436-squarespace-family-law-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dStart, ...dThree, ...dThreeList, dQuote, ...dTravel, ...dDisagree]),
  bylines: ['Hannah Okonkwo-Price', 'November 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Book a Consultation', 'Plan the hand-off time and place before the first snow day.',
    'This post is general information, not legal advice about your situation.', 'Get our monthly parenting-plan tips',
    'One short email a month. Unsubscribe anytime.', 'Sign Up', 'Posted in', 'Co-Parenting', 'Tagged', 'holiday schedules', 'custody', 'Share', 'Facebook',
    'Twitter', 'LinkedIn', 'Hannah is a founding partner and a certified family mediator.', '1 Comment', 'Dev Ramkissoon', 'Nov 20, 2025',
    'The split-break idea saved our December last year. Noon hand-offs at the library worked for everyone.', 'Previous',
    'Moving Away With Your Children: What Relocation Requires', 'Next', 'How to Prepare for Your First Mediation Session', ...dFoot,
    '© 2026 Linden Family Law. Attorney advertising.', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};
