import { links, type TestPage, texts } from './page-kit.js';
import { bookshopList } from './pages-heldout337-c2.js';
import { j } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file c: a literary prize's shortlist announcement on a Squarespace 7.1 site (announcement bar,
 * header nav with folders, the blog item's meta line, sqs-block layout with an image block caption, the six shortlisted
 * books as headed entries, a quote block, the newsletter block, item pagination, the Squarespace cookie banner and the
 * footer) and, from file c2, a Bookshop.org-style shop list.
 */
const sTitle = 'The 2026 Marrow Prize for Fiction shortlist is announced';
const sIntro = [
  j(
    'Six novels have been chosen for the shortlist of the 2026 Marrow Prize for Fiction, the award for the best novel written',
    'in English by an author living in the north of England. The judges read 148 submitted books over seven months before',
    'settling on a list they describe as “restless, funny and unafraid of the dark”.',
  ),
  j(
    'The winner, who receives £15,000, will be announced at a ceremony in the Corn Exchange at Tolworth on 9 October. Each',
    'shortlisted author receives £1,500 and a specially bound edition of their book.',
  ),
];
const sBooks: readonly (readonly [string, string])[] = [
  [
    'The Glass Almanac by Rosamund Hale (Fellgate Press)',
    j(
      'A widowed glassblower writes an almanac for her dead husband over the year her works is sold. The judges called it',
      '“a book of weather and grief, written with a jeweller’s precision”.',
    ),
  ],
  [
    'Low Water by Kwame Ashdown (Bright Horse)',
    j(
      'Two brothers run a failing ferry across a silting river in the summer of the drought. A comic novel that turns, in its',
      'last third, into something much more serious.',
    ),
  ],
  [
    'Nine Doors on Ranby Street by Theodora Finch (Harrow & Lune)',
    'A terrace of houses, one night, nine households. Finch moves from door to door in a single unbroken evening.',
  ],
  [
    'The Understudy by Priya Castellane (Wildmoor Books)',
    j('An ageing actor takes over a role in a touring production after the lead disappears. A sly, generous book about', 'ambition and second chances.'),
  ],
  [
    'What the Heron Saw by Ned Ollerenshaw (Oxbow & Tern)',
    'A debut told partly from the point of view of a heron on a canal, and partly from that of the boy who feeds it.',
  ],
  [
    'Salt and Iron by Margarethe Lowe (Fellgate Press)',
    j('A family saga spanning the rise and fall of an ironworks town, from 1870 to the present day, told through the women', 'who kept its accounts.'),
  ],
];
const sJudges = [
  j('This year’s judges are the novelist Imogen Strachan (chair), the bookseller Rafe Dimmock, the critic Lena Okonedo and the', 'librarian Bernard Yeo.'),
];
const sQuote = j(
  'Every book on this list is doing something we have not seen before, and every one of them made at least one of us',
  'change our mind in the judging room. We are proud of it, and a little daunted by the decision still to come.',
);
const sQuoteBy = 'Imogen Strachan, chair of judges';
const sOutro = [
  j(
    'Readers can see the shortlisted authors in conversation at the Tolworth Book Festival on 20 September, and libraries across',
    'the region will host reading groups on the shortlist throughout the summer.',
  ),
];
const sNav = ['About', 'The Prize', 'Past winners', 'News', 'Events', 'Support us'];
const sFoot = ['Privacy policy', 'Terms of use', 'Press enquiries'];
const sCookie = j(
  'This site uses cookies to improve your experience and to collect anonymous statistics about how it is used.',
  'See our privacy policy for more.',
);
const block = (
  id: string,
  inner: string,
  type = 'html',
): string => `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${type === 'html' ? 2 : 5}"
id="block-${id}"><div class="sqs-block-content">${inner}</div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><!-- This is Squarespace. --><!-- marrow-prize -->
<title>The 2026 Marrow Prize for Fiction shortlist is announced — The Marrow Prize</title>
<meta property="og:site_name" content="The Marrow Prize"><meta property="og:title" content="The 2026 Marrow Prize for Fiction shortlist is announced">
<meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-06-18T09:00:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61c0a","siteTitle":"The Marrow Prize"},"collection":{"title":"News","typeName":"blog"},
"item":{"title":"The 2026 Marrow Prize for Fiction shortlist is announced","publishOn":1781769600000}};</script>
<script type="application/ld+json">{"url":"https://www.marrowprize.example","name":"The Marrow Prize","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"The 2026 Marrow Prize for Fiction shortlist is announced",
"author":{"@type":"Person","name":"Marrow Prize Team"},"datePublished":"2026-06-18T09:00:00+0100"}</script></head>
<body id="item-6671" class="header-overlay-alignment-center tweak-blog-item-width-medium collection-type-blog view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Tickets for the 2026 ceremony are now on
sale</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text"><a
href="/">The Marrow Prize</a></div></div><div class="header-nav"><nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a
href="/${n.length}">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6671"><section class="page-section"><div
class="content-wrapper">
<div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-marrow-prize-team post-type-text article-index-1"
data-item-id="6671">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div>
<div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-author">Marrow Prize Team</span><time class="dt-published blog-meta-item
blog-meta-item--date"
datetime="2026-06-18">18 June 2026</time></span><span class="blog-meta-secondary"><span class="blog-categories-list"><a href="/news?category=Announcements"
class="blog-categories">Announcements</a></span></span></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" id="item-6671"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${block('a1', `<div class="sqs-html-content">${sIntro.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n')}</div>`)}
${block(
  'img1',
  `<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div
class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/shortlist-2026.jpg" alt=""></div><figcaption
class="image-caption-wrapper"><div
class="image-caption"><p>The six shortlisted books. Photograph: Ellis Varden</p></div></figcaption></figure></div>`,
  'image',
)}
${block(
  'a2',
  `<div class="sqs-html-content"><h2>The shortlist</h2>\n${sBooks
    .map(
      ([h, p]) => `<h3>${h.replace(/&/g, '&amp;')}</h3>\n<p class=""
style="white-space:pre-wrap;">${p}</p>`,
    )
    .join('\n')}
<h2>The judges</h2>\n${sJudges.map((p) => `<p class="">${p}</p>`).join('')}</div>`,
)}
${block(
  'q1',
  `<figure><blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote><figcaption class="source">— ${sQuoteBy}</figcaption>
</figure>`,
  'quote',
)}
${block('a3', `<div class="sqs-html-content"><h2>Meet the authors</h2>${sOutro.map((p) => `<p class="">${p}</p>`).join('')}</div>`)}
${block(
  'n1',
  `<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay up to date</h2><div
class="newsletter-form-header-description"><p>Sign up for prize news, shortlist events and the winner announcement.</p></div></div><form
class="newsletter-form"><input
type="email" placeholder="Email Address"><button type="submit" class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button>
</form></div>`,
  'newsletter',
)}
</div></div></div></div></div>
<div class="blog-item-comments"></div><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a
class="item-pagination-link item-pagination-link--prev" href="/news/longlist-2026"><div class="item-pagination-prev-next">Previous</div><h2
class="item-pagination-title">Announcing the 2026 longlist</h2></a><a class="item-pagination-link item-pagination-link--next" href="/news/winner-2025"><div
class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Winner 2025: The Rope Walk by Anna Greatorex</h2></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>The Marrow Prize is a registered charity, number
1189204.</p><ul>${links(sFoot)}</ul></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div><div
class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;

const squarespace: TestPage = {
  name: 'heldout337-squarespace-prize-shortlist-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['The shortlist', ...sBooks.map(([h]) => h), 'The judges', 'Meet the authors'],
  body: [...texts(sIntro), ...sBooks.map(([, p]) => p), ...texts(sJudges), sQuote, ...texts(sOutro)],
  bylines: ['Marrow Prize Team', '18 June 2026'],
  furniture: [
    'Tickets for the 2026 ceremony are now on sale',
    'The Marrow Prize',
    ...sNav,
    'Announcements',
    'The six shortlisted books. Photograph: Ellis Varden',
    `— ${sQuoteBy}`,
    'Stay up to date',
    'Sign up for prize news, shortlist events and the winner announcement.',
    'Sign Up',
    'Previous',
    'Announcing the 2026 longlist',
    'Winner 2025: The Rope Walk by Anna Greatorex',
    'The Marrow Prize is a registered charity, number 1189204.',
    ...sFoot,
    sCookie,
    'Accept',
    'Decline',
  ],
};

export const HELDOUT337_C: readonly TestPage[] = [squarespace, bookshopList];
