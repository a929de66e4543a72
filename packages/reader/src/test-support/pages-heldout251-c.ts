import { ps, type TestPage, texts } from './page-kit.js';
import { arcDefense } from './pages-heldout251-c2.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file c: a veterans' charity blog post on a Squarespace 7.1 site (announcement bar, header nav with
 * a Donate button, the blog item meta with date and author, image block caption, pull quote, "Tagged" and category
 * links, share buttons, Newer / Older pagination, newsletter block, cookie banner, footer) and, from file c2, a defense
 * trade publication article on Arc XP.
 */
const sTitle = 'What a Workshop Bench Taught Us About Coming Home';
const sBody = [
  j(
    'When we opened the Forge Room in the back of our Halden office two years ago, we thought we were building a woodshop. It turned out we',
    'were building a place where Veterans could talk without having to talk.',
  ),
  j(
    'The idea came from Gil Barrow, a retired Navy machinist’s mate who volunteered with us on Saturdays. He noticed that the men and women',
    'who skipped our peer support meetings would show up happily to help him fix a broken chair. So we gave him a room, six benches and a',
    'small budget for tools.',
  ),
  'Today the Forge Room is open four evenings a week. Last year, 212 Veterans used it at least once, and 64 came back more than ten times.',
  'We asked some of the regulars what keeps them coming back. Their answers were simpler than we expected:',
  'Having something to do with your hands makes it easier to say what’s on your mind.',
  'Nobody asks about your deployment unless you bring it up.',
  'You leave with something you made, even on a bad day.',
  j(
    'Several regulars told us the bench was the first step toward getting other help. One Army Veteran, who asked us not to use her name,',
    'spent three months building a cedar chest before she asked Gil how to sign up for counseling. She now leads the Tuesday beginners’ class.',
  ),
  '“I didn’t need anyone to fix me. I needed somewhere to be on a Tuesday night,” she told us.',
  j(
    'This spring we are adding a second room with a lathe and a small metal shop, thanks to a grant from the Harrow Family Trust. We still',
    'need volunteers who can teach basic skills, and we always need donated hand tools in good condition.',
  ),
  'If you are a Veteran in the Halden area and want to try it, just stop by. There’s no sign-up and no cost. Coffee is on us.',
];
const sNav = ['About', 'Programs', 'Blog', 'Events', 'Get Involved', 'Donate'];
const sTags = ['woodworking', 'community', 'Veteran stories'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta charset="utf-8">
<title>${sTitle} — Homefront Anvil</title><link rel="canonical" href="https://www.homefrontanvil.example/blog/workshop-bench-coming-home">
<meta property="og:site_name" content="Homefront Anvil"><meta property="og:title" content="${sTitle} — Homefront Anvil">
<meta property="og:type" content="article"><meta itemprop="author" content="Homefront Anvil"><meta itemprop="datePublished" content="2026-02-19T10:30:00-0600">
<script type="application/ld+json">{"url":"https://www.homefrontanvil.example","name":"Homefront Anvil","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Marta Quill"},
"datePublished":"2026-02-19T10:30:00-0600"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a2b","siteTitle":"Homefront Anvil"},"collectionId":"60aa12","itemId":"65d3f0"};</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f1a2b/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65d3f0" class="tweak-blog-item-width-medium header--menu-open-false collection-type-blog-basic view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Our spring gear drive runs
through April 30. <a href="/gear-drive">Learn more</a></p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text">
<a href="/">Homefront Anvil</a></div></div>
<div class="header-nav"><nav class="header-nav-list">${sNav.map((t) => `<div class="header-nav-item"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('')}
</nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d3f1"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-marta-quill post-type-text"
data-item-id="65d3f0">
<div class="blog-item-top-wrapper"><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2026-02-19">February 19, 2026</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f1a2c" class="blog-author">Marta Quill</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps(sBody.slice(0, 3))}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/forge-room.jpg" alt="Veterans at workbenches"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p>Tuesday beginners’ night in the Forge Room. Photo by Kit Alvarado.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p>${sBody[3]}</p>
<ul data-rte-list="default">${sBody
  .slice(4, 7)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('')}</ul><p>${sBody[7]}</p></div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote>${sBody[8]}</blockquote>
<figcaption class="source">— Forge Room regular</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${ps(sBody.slice(9))}</div></div></div>
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-button-container"><a href="/volunteer"
class="sqs-block-button-element--medium sqs-button-element--primary">Volunteer in the Forge Room</a></div></div></div></div></div></div>
<div class="blog-item-meta-bottom"><div class="blog-meta-section"><span class="blog-categories-label">Posted in</span> <a href="/blog?category=Stories"
class="blog-categories">Stories</a></div>
<div class="blog-meta-section">
<span class="blog-tags-label">Tagged:</span> ${sTags.map((t) => `<a href="/blog?tag=${t}" class="blog-item-tag">${t}</a>`).join(', ')}
</div></div>
<div class="blog-item-sharing"><div class="sqs-block-share"><a class="ss-social-button facebook" href="#">
<span class="ss-social-button-text">Facebook</span></a>
<a class="ss-social-button twitter" href="#"><span class="ss-social-button-text">Twitter</span></a><a class="ss-social-button email"
href="#"><span class="ss-social-button-text">Email</span></a></div></div>
<div class="blog-item-pagination"><section class="item-pagination item-pagination--prev-next">
<a href="/blog/gear-drive-2026" class="item-pagination-link--prev">
<div class="item-pagination-prev-next">Newer Post</div><h2 class="item-pagination-title">Spring Gear Drive: What We Need Most</h2></a>
<a href="/blog/meet-our-board" class="item-pagination-link--next"><div class="item-pagination-prev-next">Older Post</div><h2
class="item-pagination-title">Meet Our New Board Members</h2></a></section></div></div></article></div></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper"><h2
class="newsletter-form-header-title">Stay in the loop</h2>
<div class="newsletter-form-header-description"><p>Stories, events and volunteer calls, once a month.</p></div><form class="newsletter-form"><input
type="email" placeholder="Email Address"><button type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>Homefront Anvil is a 501(c)(3) nonprofit,
EIN 00-0000000.</p><p>118 Tanner Street, Halden, OS 60901</p><p>© 2026 Homefront Anvil</p></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-text">This site uses cookies to improve
your experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout251-squarespace-charity-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['February 19, 2026', 'Marta Quill'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our spring gear drive runs through April 30.', 'Learn more', 'Homefront Anvil', ...sNav,
    'Tuesday beginners’ night in the Forge Room. Photo by Kit Alvarado.', '— Forge Room regular', 'Volunteer in the Forge Room', 'Posted in',
    'Stories', 'Tagged:', ...sTags, 'Facebook', 'Twitter', 'Email', 'Newer Post', 'Spring Gear Drive: What We Need Most', 'Older Post',
    'Meet Our New Board Members', 'Stay in the loop', 'Stories, events and volunteer calls, once a month.', 'Sign Up', 'We respect your privacy.',
    'Homefront Anvil is a 501(c)(3) nonprofit, EIN 00-0000000.', '118 Tanner Street, Halden, OS 60901', '© 2026 Homefront Anvil',
    'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT251_C: readonly TestPage[] = [squarespace, arcDefense];
