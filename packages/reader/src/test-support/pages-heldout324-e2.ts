import { ps, type TestPage, texts } from './page-kit.js';
import { j, tr } from './pages-heldout324-kit.js';

/**
 * Held-out batch 324, file e2: a local historical society's "names on the war memorial" biography, a blog item on a
 * Squarespace 7.1 site (header nav, the announcement bar, the blog item's category and date meta, an image block with a
 * caption, a service details table, a quoted letter, the item pagination, a newsletter block in the footer section, the
 * footer, and the Squarespace cookie banner).
 */
const sTitle = 'Private Albert Edwin Gorran, 1897–1917';
const sH = ['Before the war', 'Service', 'Remembered'];
const s1 = [
  j(
    'Albert Edwin Gorran is the fourteenth of the thirty-one names on the Addlestow war memorial, and one of four men from Tanners',
    'Row. He was born on 2 May 1897 at 6 Tanners Row, the third son of Edwin Gorran, a tannery labourer, and his wife Harriet.',
  ),
  j(
    'Albert left the Addlestow board school at thirteen and went to work at Pollard’s brush factory on the Quay. The 1911 census',
    'lists him as a "bristle sorter", living at home with his parents, two brothers and a baby sister, Dora.',
  ),
];
const s2 = [
  j(
    'He enlisted at Kingsford in November 1915, giving his age correctly as eighteen, and joined the 7th Battalion of the',
    'Westmarch Regiment. After training on Salisbury Plain, the battalion crossed to France in July 1916.',
  ),
];
const sRows = [
  ['Service number', '20417'],
  ['Unit', '7th Battalion, Westmarch Regiment'],
  ['Enlisted', 'November 1915, Kingsford'],
  ['Died', '31 July 1917, aged 20'],
  ['Commemorated', 'Menin Gate Memorial, Ypres, Panel 37'],
].map(tr);
const s3 = [
  j(
    'Albert was killed on 31 July 1917, the first day of the Third Battle of Ypres, when the battalion attacked towards Westhoek',
    'ridge. His body was never identified, and he is one of the many thousands of men commemorated on the Menin Gate.',
  ),
  'His platoon officer wrote to Harriet a week later. The letter was kept by Dora and lent to the society by her grandson:',
];
const sLetter = j(
  'Your son was a cheerful and willing soldier and was liked by every man in the platoon. He went forward with great courage and',
  'was killed instantly, so I can tell you truly that he did not suffer.',
);
const s4 = [
  j(
    'Albert’s older brother Frederick served with the Royal Field Artillery and survived the war. Dora Gorran lived on Tanners Row',
    'until 1974 and laid a wreath at the memorial every November.',
  ),
  j(
    'If you have photographs or letters of any of the men on the memorial, the society would be glad to hear from you. We copy',
    'everything and return the originals.',
  ),
];
const sNav = ['Home', 'The Memorial', 'The Names', 'Research', 'Talks', 'Contact'];
const sFoot = ['Addlestow Local History Society', 'Meetings at the Corn Exchange, second Thursday of the month'];
const sHtml = `<!doctype html><html lang="en-GB" class="touch-styles"><head><meta charset="utf-8"><title>${sTitle} — Addlestow Local History Society</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Addlestow Local History Society">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta itemprop="datePublished" content="2025-11-04T10:00:00+0000">
<script type="application/ld+json">{"url":"https://www.addlestowhistory.example","name":"Addlestow Local History Society","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":"Jean Marsh"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"websiteId":"64ab12f0c3e","collectionId":"65c1a9d2","itemId":"6729b4e1","templateVersion":"7.1"};</script>
<link href="https://static1.squarespace.example/static/versioned-site-css/64ab12f0c3e/site.css" rel="stylesheet"></head>
<body id="item-6729b4e1" class="collection-type-blog-basic-grid view-item tweak-blog-item-width-medium"><div class="sqs-announcement-bar-dropzone">
<div class="sqs-announcement-bar"><p>Remembrance talk: “The Addlestow Names” at the Corn Exchange, 9 November, 7pm.</p></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-title-logo"><a href="/">Addlestow Local History Society</a></div><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="#">${n}</a></div>`).join('\n')}</nav></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6729b4e1"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry">
<div class="blog-item-top-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="#">The Names</a></div>
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span>Written By </span><a href="#">Jean Marsh</a></div>
<time class="dt-published date-highlight blog-meta-item blog-meta-item--date" datetime="2025-11-04">November 4, 2025</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content"><h2>${sH[0]}</h2>
${ps(s1, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img src="https://images.squarespace-cdn.example/content/v1/tanners-row.jpg" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>Tanners Row in about 1910. Courtesy of the Pollard family collection.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2>${sH[1]}</h2>
${ps(s2, ' class="" style="white-space:pre-wrap;"')}
<table class="service-details"><tbody>${sRows.join('\n')}</tbody></table>
${ps(s3, ' class="" style="white-space:pre-wrap;"')}
<blockquote><p>${sLetter}</p></blockquote>
<h2>${sH[2]}</h2>
${ps(s4, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div>
<div class="blog-item-comments"><a class="sqs-comments-link" href="#">0 Comments</a></div>
<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="#">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Gunner Samuel Pike, 1889–1918</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="#"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Stoker Thomas Leland, 1898–1916</h2></a></section></article></div></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Join our mailing list</h2><div class="newsletter-form-header-description"><p>News of talks, walks and new
research, about once a month.</p></div></div><form class="newsletter-form"><input type="email" placeholder="Email Address">
<button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></section>
</article></main><footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content">
${ps(sFoot)}
<p>© 2026 Addlestow Local History Society. Registered charity 1178430.</p></div></section></footer></div>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-cta-container"><p>This site uses cookies to provide you with a great user experience.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout324-squarespace-war-memorial-wiki',
  kind: 'wiki',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...s1, ...s2, ...sRows, ...s3, sLetter, ...s4]),
  bylines: ['Written By Jean Marsh', 'November 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Remembrance talk: “The Addlestow Names” at the Corn Exchange, 9 November, 7pm.', ...sNav, 'The Names',
    'Tanners Row in about 1910. Courtesy of the Pollard family collection.', '0 Comments', 'Previous', 'Gunner Samuel Pike, 1889–1918', 'Next',
    'Stoker Thomas Leland, 1898–1916', 'Join our mailing list', 'News of talks, walks and new research, about once a month.', 'Sign Up', ...sFoot,
    '© 2026 Addlestow Local History Society. Registered charity 1178430.', 'This site uses cookies to provide you with a great user experience.',
    'Accept', 'Decline',
  ],
};
