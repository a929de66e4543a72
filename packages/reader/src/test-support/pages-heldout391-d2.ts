import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file d2: a chiropractor's blog post on a Squarespace 7.1 site (announcement bar, header with the site
 * title, navigation and "Book Now" button, blog item meta with author and date, the post in HTML blocks of a sqs-layout with
 * an image block and its caption and a quote block, categories and tags, share buttons, the Squarespace comments strip,
 * previous / next pagination, a newsletter block, the footer sections and the Squarespace cookie banner).
 */
const sTitle = 'Is it normal to feel sore after an adjustment?';
const sSecs: Section[] = [
  [
    '',
    [
      j(
        'It is one of the questions I hear most from new patients, usually on their second visit and usually a little',
        'apologetically. The short answer is yes: mild soreness for a day or two after your first few adjustments is common, and',
        'it is rarely a sign that anything has gone wrong.',
      ),
    ],
  ],
  [
    'Why it happens',
    [
      j(
        'If you have been holding yourself a certain way for months or years, the muscles around a stiff joint adapt to that.',
        'When the joint starts moving more freely, those muscles are asked to work in a slightly different way, much as your legs',
        'complain after the first week back at the gym. The feeling is typically a dull ache rather than a sharp pain, and it',
        'sits in the area we worked on.',
      ),
      j('Soreness tends to fade as your body gets used to care. By the third or fourth visit most people notice very little.'),
    ],
  ],
  [
    'What helps',
    [
      [
        'Keep moving gently. A short walk the same evening is better than lying on the sofa.',
        'Drink water as normal and avoid a long hot bath straight after your visit.',
        'A cold pack wrapped in a tea towel, ten minutes at a time, can take the edge off.',
        'Do the two home stretches we showed you, little and often.',
      ],
    ],
  ],
  [
    'When to call us',
    [
      j(
        'Please get in touch if the soreness lasts more than 72 hours, gets worse rather than better, or spreads somewhere new.',
        'Tingling, numbness or weakness in an arm or leg, or any sudden severe headache, needs to be checked the same day.',
      ),
      j(
        'I would always rather hear from you than have you worry until your next appointment. Honest feedback also helps me',
        'adjust the pressure and the techniques I use with you, because everyone responds a little differently.',
      ),
    ],
  ],
];
const sQuote = 'Your body is not fragile. Mild soreness is a sign of change, not damage.';
const sNav = ['About', 'What We Treat', 'Fees', 'Blog', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Privacy'];
const blk = (
  id: string,
  inner: string,
): string => `<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div></div>`;
const sec = (i: number): string => {
  const s = sSecs[i];
  if (s === undefined) return '';
  const [h, blocks] = s;
  return blk(
    `yui_${i}`,
    [
      h === '' ? '' : `<h2 style="white-space:pre-wrap;">${h}</h2>`,
      ...blocks.map((b) =>
        typeof b === 'string'
          ? `<p class="" style="white-space:pre-wrap;">${b}</p>`
          : `<ul data-rte-list="default">${b.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>`,
      ),
    ].join('\n'),
  );
};
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Is it normal to feel sore after an adjustment? —
Lantern Hill Chiropractic</title><meta property="og:site_name" content="Lantern Hill Chiropractic"><meta property="og:type" content="article">
<meta itemprop="author" content="Dr Maren Holloway"><meta itemprop="datePublished" content="2026-02-11T10:30:00+0000">
<meta name="twitter:card" content="summary">
<script type="text/javascript" crossorigin="anonymous" defer="true"
src="https://assets.squarespace.example/universal/scripts-compressed/extract-css-runtime.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"6401aa","siteTitle":"Lantern Hill Chiropractic"},"collectionId":"6401ab","itemId":"65c8d1",
"templateId":"5c5a519771c10ba3470d8101","pageType":50};</script>
<script type="application/ld+json">{"url":"https://www.lanternhillchiro.example","name":"Lantern Hill Chiropractic","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":"Dr Maren Holloway"}</script></head>
<body id="item-65c8d1" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-narrow tweak-blog-item-show-author-profile
tweak-blog-item-show-date tweak-blog-item-pagination-show-thumbnails collection-type-blog-basic-grid view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<p>New patient offer: first visit and X-ray review £55 throughout March</p></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-first-focusable-element tabindex="-1">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
id="site-title">Lantern Hill Chiropractic</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6401ab"><section class="page-section">
<div class="content-wrapper">
<div class="content"><article class="entry hentry author-maren-holloway post-type-text article-index-1 tag-aftercare category-patient-questions"
data-item-id="65c8d1">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">
<a href="/blog?author=6401ac" class="blog-author-name">Dr Maren Holloway</a></span><span class="blog-meta-delimiter"></span>
<time class="blog-date" pubdate data-animation-role="date">11 February 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1707647400000" id="item-65c8d1">
${sec(0)}
${sec(1)}
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/content/stretch.jpg"
alt="" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>The seated thoracic stretch from our home care sheet.</p>
</div>
</figcaption></figure></div></div></div></div>
${sec(2)}
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31">
<div class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote></figure></div></div></div></div>
${sec(3)}
</div></div><div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-categories-list"><a href="/blog?category=Patient+Questions"
class="blog-categories">Patient Questions</a></div><div class="blog-tags-list"><a href="/blog?tag=aftercare" class="blog-tags">aftercare</a></div></div>
<div class="blog-item-share"><div class="blog-share-actions"><a class="blog-share-action" href="#" data-service="facebook">Facebook</a>
<a class="blog-share-action" href="#" data-service="twitter">Twitter</a><a class="blog-share-action" href="#" data-service="linkedin">LinkedIn</a>
<a class="blog-share-action" href="#" data-service="email">Email</a></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-count">Comments (0)</div><div class="comment-sort">Newest First</div>
</div></div>
</div></div><div class="blog-item-pagination"><section class="item-pagination item-pagination--prev-next">
<a href="/blog/sleep-positions" class="item-pagination-link
item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Which sleeping position is best for a stiff
neck?</h2></a><a href="/blog/desk-setup" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Setting up a kitchen-table desk that your back will forgive</h2></a></section></div></article></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description">
<p>Sign up with your email address to receive news and updates.</p></div></div><form class="newsletter-form"><input class="newsletter-form-field-element"
name="email" type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span>
</button></form><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="form-submission-text">Thank you!</div></div></div>
</section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content"><p>Lantern Hill Chiropractic,
4 Beacon Parade, Lantern Hill LH3 8AA</p><p>Registered with the General Chiropractic Council</p><ul>${links(sFoot)}</ul></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const sqsChiro: TestPage = {
  name: 'heldout391-squarespace-chiropractor-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: heads(sSecs),
  body: [...bodyOf(sSecs.slice(0, 3)), sQuote, ...bodyOf(sSecs.slice(3))],
  bylines: ['Dr Maren Holloway', '11 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New patient offer: first visit and X-ray review £55 throughout March', 'Lantern Hill Chiropractic', ...sNav, 'Book Now',
    'The seated thoracic stretch from our home care sheet.', 'Patient Questions', 'aftercare', 'Twitter', 'LinkedIn', 'Email', 'Comments (0)',
    'Newest First', 'Previous', 'Which sleeping position is best for a stiff neck?', 'Next',
    'Setting up a kitchen-table desk that your back will forgive', 'Stay in the loop', 'Sign up with your email address to receive news and updates.',
    'Sign Up', 'We respect your privacy.', 'Thank you!', 'Lantern Hill Chiropractic, 4 Beacon Parade, Lantern Hill LH3 8AA',
    'Registered with the General Chiropractic Council', ...sFoot,
    'This site uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.', 'Accept', 'Decline',
  ],
};
