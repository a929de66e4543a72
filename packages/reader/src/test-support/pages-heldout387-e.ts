import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout387-kit.js';

/**
 * Held-out batch 387, file e: a tournament report on a Substack-style newsletter (post header with subtitle, byline and
 * date, like / comment / share bar, subscribe widgets, a standings table, reader comments, footer) and a miniature painting
 * tutorial on a Squarespace 7.1 blog (announcement bar, header nav, blog meta, image blocks with captions, author profile,
 * prev / next pagination, newsletter block, cookie banner; the body sits in page-builder block markup).
 */
const sTitle = 'Riverbend Regionals: eleven rounds, one flooded tide board';
const sSub = 'A report from the first sanctioned Saltmarsh Lanterns tournament in the north';
const sIntro = [
  j(
    'Forty-two players came to the Riverbend community hall last Saturday for the first regional tournament of',
    '<em>Saltmarsh Lanterns</em>. The hall smelled of coffee and wet coats, the tide boards were laid out on trestle tables,',
    'and by nine in the morning every seat was taken.',
  ),
  j(
    'The format was five Swiss rounds of three-player games, followed by a top-nine cut and a final table of three.',
    'Rounds were capped at 75 minutes, which turned out to be the biggest story of the day.',
  ),
];
const sRounds = [
  j(
    'The early rounds were dominated by a single opening: lighting two lanterns on the northern channels in the first tide',
    'and saving oil for the third. Almost half the field played it, and the games became races to see who could break the',
    'pattern first.',
  ),
  j(
    'Round four brought the time cap into play. Three tables ran over, and the judges used the tiebreaker from the',
    'tournament guide: the player with the most lanterns still burning wins. Several players said afterwards that they would',
    'rather finish the game, and the organisers have promised to look at a 90-minute cap for the next event.',
  ),
];
const sFinal = [
  j(
    'The final table was Wren Okafor, Dario Lunt and the youngest player in the hall, fourteen-year-old Pip Mallender.',
    'Pip ignored the northern opening entirely and spent the first two tides trading reed for guild favour.',
  ),
  j(
    'It looked like a mistake until the fourth tide, when the channel layout flipped and Pip lit three lanterns in a single',
    'turn on the southern flats. Wren closed the gap in the last round, but Pip won by two points.',
  ),
];
const sQuote = 'I just wanted to do something different. Everyone was racing north, so I went south.';
const sTable: [string, string, string][] = [
  ['Pip Mallender', '4–1', '61 favour'],
  ['Wren Okafor', '5–0', '59 favour'],
  ['Dario Lunt', '3–2', '52 favour'],
];
const sOutro = [
  j(
    'Thanks to the Riverbend hall volunteers, to our three judges, and to Fenlight Games for the prize support. The next',
    'regional is planned for June in Harrowgate.',
  ),
];
const sComments = ['Great write-up. The time cap was brutal at our table in round four.', 'Pip deserved it, that southern turn was beautiful to watch.'];
const sFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Riverbend Regionals - The Cardboard Circuit</title>
<meta name="author" content="Maren Colquist"><meta property="og:title" content="Riverbend Regionals: eleven rounds, one flooded tide board">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Riverbend Regionals",
"author":[{"name":"Maren Colquist"}]}</script>
<script>window._preloads = JSON.parse("{\\"pub\\":{\\"name\\":\\"The Cardboard Circuit\\"}}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content">
<a href="/" class="navbar-title-link">The Cardboard Circuit</a><div class="navbar-buttons"><button class="subscribe-btn">Subscribe</button>
<a href="/sign-in" class="sign-in-link">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published unmarked">${sTitle}</h1><h3 dir="auto" class="subtitle">${sSub}</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="profile-hover-card-target">
<a href="/@marenc" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Maren Colquist</a></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset color-pub-secondary-text-hGQ02T">Mar 16, 2026</div></div></div>
<div class="post-ufi"><a class="post-ufi-button like-button-container" role="button"><span class="label">41</span></a>
<a class="post-ufi-button post-ufi-comment-button" href="#comments"><span class="label">2</span></a>
<a class="post-ufi-button" role="button">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sIntro)}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">The Cardboard Circuit is a reader-supported publication. To receive new posts, consider becoming a subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">The northern opening</h2>
${ps(sRounds)}
<div class="captioned-image-container"><figure><img src="/img/hall.jpg" alt="">
<figcaption class="image-caption">Round three in the main hall. Photo: Teodor Hasse</figcaption></figure></div>
<h2 class="header-anchor-post">The final table</h2>
${ps(sFinal)}
<blockquote><p>${sQuote}</p></blockquote>
<h2 class="header-anchor-post">Top three</h2>
<table><thead><tr><th>Player</th><th>Swiss record</th><th>Final score</th></tr></thead><tbody>
${sTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
${ps(sOutro)}
</div></div>
<div class="subscribe-footer"><p>Thanks for reading The Cardboard Circuit! Subscribe for free to receive new posts and support my work.</p>
<button class="button primary">Subscribe</button></div>
<div class="post-footer"><a class="post-ufi-button" role="button">41 Likes</a><a class="post-ufi-button" role="button">Restack</a></div>
</article><div id="comments" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comment-list"><div class="comment"><a class="comment-meta">Ilse Brannock</a><span class="comment-date">Mar 16</span>
<div class="comment-body"><p>${sComments[0] ?? ''}</p></div></div><div class="comment"><a class="comment-meta">Anselm Varga</a>
<span class="comment-date">Mar 17</span>
<div class="comment-body"><p>${sComments[1] ?? ''}</p></div></div></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2026 Maren Colquist</div>
<ul class="footer-terms">${links(sFoot)}</ul><p class="footer-slogan">Inkletter is the home for great culture</p></div></div></div></div>
<script src="https://inkletter.example/static/js/main.js"></script></body></html>`;
const circuit: TestPage = {
  name: 'heldout387-inkletter-tournament-report',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['The northern opening', 'The final table', 'Top three'],
  body: texts([...sIntro, ...sRounds, ...sFinal, sQuote, ...sTable.flat(), ...sOutro]),
  bylines: ['Maren Colquist', 'Mar 16, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Cardboard Circuit', 'Subscribe', 'Sign in', 'Share',
    'The Cardboard Circuit is a reader-supported publication. To receive new posts, consider becoming a subscriber.',
    'Round three in the main hall. Photo: Teodor Hasse',
    'Thanks for reading The Cardboard Circuit! Subscribe for free to receive new posts and support my work.',
    '41 Likes', 'Restack', 'Discussion about this post', 'Ilse Brannock', 'Mar 16', 'Anselm Varga', 'Mar 17', ...sComments, '© 2026 Maren Colquist', ...sFoot,
    'Inkletter is the home for great culture',
  ],
};

const qTitle = 'How to paint glowing lanterns on 28mm miniatures';
const qSteps: [string, string[]][] = [
  [
    '',
    [
      j(
        'Object source lighting, or OSL, is the trick of painting light that seems to come from something on the model itself.',
        'A lantern is the perfect first project: the light source is small, round and easy to place. This tutorial uses the',
        'lantern keeper from <em>Saltmarsh Lanterns</em>, but it works for any 28mm figure carrying a lamp.',
      ),
    ],
  ],
  [
    'What you will need',
    [
      'A white or light grey primer',
      'Warm yellow, orange and a pale cream for the flame',
      'A dark base colour for the cloak, such as deep blue or charcoal',
      'A size 0 brush for layering and an old brush for glazes',
    ],
  ],
  [
    'Step 1: Paint the model dark first',
    [
      j(
        'Light only looks bright next to darkness, so finish the whole model in its darker, night-time colours before you',
        'touch the lantern. Keep the cloak and skin a shade or two darker than you normally would.',
      ),
    ],
  ],
  [
    'Step 2: Build the flame',
    [
      j(
        'Paint the lantern glass cream, then add warm yellow around the edges and orange at the very rim. The centre should be',
        'the lightest point on the whole miniature. If it looks flat, add a tiny dot of pure white in the middle.',
      ),
    ],
  ],
  [
    'Step 3: Glaze the light onto nearby surfaces',
    [
      j(
        'Thin your orange with water and medium until it is almost transparent. Glaze it onto every surface that faces the',
        'lantern: the hand holding it, the underside of the hat brim, the folds of the cloak closest to the glass.',
      ),
      j(
        'Work in several thin layers and let each one dry. The effect should fade with distance, so the surfaces furthest from',
        'the lantern get one glaze or none at all.',
      ),
    ],
  ],
  [
    'Step 4: Add the highlights',
    [
      j(
        'Finish with fine yellow edge highlights, but only on edges that face the light. This is where most painters go wrong:',
        'an edge highlight on the far side of the model breaks the illusion at once.',
      ),
      'Take a photo with your phone and look at it small. If the lantern still reads as the brightest thing, you are done.',
    ],
  ],
];
const qNav = ['Tutorials', 'Gallery', 'Commissions', 'Shop', 'About'];
const qFoot = ['Instagram', 'YouTube', 'Contact', 'Shipping & Returns'];
const block = (inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div>
</div></div>`;
const img = (cap: string): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img src="/s/lantern.jpg" alt=""><figcaption class="image-caption-wrapper">
<div class="image-caption"><p>${cap}</p></div></figcaption></figure></div></div>`;
const qCaps = ['The finished keeper, photographed under a daylight lamp.', 'Glazes build up from the glass outwards.'];
const qHtml = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${qTitle} — Gloamwick Miniatures</title>
<meta property="og:site_name" content="Gloamwick Miniatures"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://gloamwick.example/tutorials/glowing-lanterns","name":"Gloamwick Miniatures",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"collectionId":"64fa11","templateId":"5c5a519771c10ba3470d8101"};</script></head>
<body id="item-65210" class="collection-type-blog-basic-grid view-item sqs-site-styles-v2"><div class="sqs-announcement-bar-dropzone">
<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Free shipping on brush sets over £40</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title">
<a href="/" class="header-title-text">Gloamwick Miniatures</a></div><nav class="header-nav-list">${qNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`)
  .join('')}</nav></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section"><div class="content-wrapper">
<div class="content"><article class="entry h-entry hentry author-ines-calloway post-type-text"><div class="blog-item-wrapper">
<div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight">20 Mar</time></div>
<div class="blog-meta-item blog-meta-item--author">Written By <a href="/tutorials?author=1" class="blog-author">Ines Calloway</a></div></div>
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${qSteps
  .map(([h, b], i) => {
    const head = h === '' ? '' : `<h2>${h}</h2>`;
    const inner = i === 1 ? `${head}<ul data-rte-list="default">${b.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>` : `${head}${ps(b, ' class=""')}`;
    return `${block(inner)}${i === 0 ? img(qCaps[0] ?? '') : i === 4 ? img(qCaps[1] ?? '') : ''}`;
  })
  .join('\n')}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/tutorials?author=1" class="author-name">Ines Calloway</a>
<div class="author-bio"><p>Ines paints display miniatures and teaches a monthly class at the Gloamwick studio.</p></div></div>
<section class="item-pagination item-pagination--prev-next"><a href="/tutorials/wet-blending" class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Wet blending cloaks without a wet palette</h2></a>
<a href="/tutorials/basing-marsh" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Marsh bases with sand and gloss varnish</h2></a></section></div></article></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block newsletter-block sqs-block-newsletter">
<h2>Join the painting table</h2><p>New tutorials and class dates, once a month.</p><form><input type="email" placeholder="Email Address">
<button>Sign Up</button></form></div>
<ul class="footer-links">${links(qFoot)}</ul><p>© 2026 Gloamwick Miniatures. Made in Norfolk.</p></section></footer>
<div class="sqs-cookie-banner-v2"><p>This website uses cookies to improve your experience.</p><button class="accept">Accept</button></div>
<script src="https://static1.squarespace.example/static/vta/site-bundle.js"></script></body></html>`;
const gloamwick: TestPage = {
  name: 'heldout387-squarespace-painting-tutorial',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qSteps.map(([h]) => h).filter((h) => h !== ''),
  body: texts(qSteps.flatMap(([, b]) => b)),
  bylines: ['20 Mar', 'Written By Ines Calloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free shipping on brush sets over £40', 'Gloamwick Miniatures', ...qNav, ...qCaps,
    'Ines paints display miniatures and teaches a monthly class at the Gloamwick studio.',
    'Previous', 'Wet blending cloaks without a wet palette', 'Next', 'Marsh bases with sand and gloss varnish', 'Join the painting table',
    'New tutorials and class dates, once a month.', 'Sign Up', ...qFoot, '© 2026 Gloamwick Miniatures. Made in Norfolk.',
    'This website uses cookies to improve your experience.', 'Accept',
  ],
};

export const HELDOUT387_E: readonly TestPage[] = [circuit, gloamwick];
