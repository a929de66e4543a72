import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file e2: an alumni magazine feature on WordPress with the Newspack theme (top bar, site header with
 * the issue menu, category link, h1 and Newspack subtitle, byline with avatar and posted-on date, featured image with
 * caption, Gutenberg paragraphs, headings, a quote block and an inline image, a "Read more" related link, the Jetpack share
 * buttons, tags, the author bio, Jetpack related posts, the Newspack newsletter block, comments and the footer).
 */
const nTitle = 'The Night Shift at the Observatory';
const nSub = 'Forty years after she first climbed the hill to Coldharbour, a retired technician looks back at the telescope that shaped three generations.';
const nP1 = [
  j(
    "The road to the Coldharbour Observatory has eleven bends, and Winifred Osei '81 can still name each of them. For twenty-nine",
    'years she drove it at dusk, unlocked the dome, and stayed until the last student had finished observing, often long after',
    'the sky had gone grey in the east.',
  ),
  j(
    'When the university opened the observatory in 1962, it was meant for faculty research. By the time Osei arrived as a',
    'technician, fresh from her physics degree, it had become something else: the place where undergraduates first saw a galaxy',
    'with their own eyes, and where many of them decided what to do with their lives.',
  ),
];
const nH1 = 'A telescope held together by string';
const nP2 = [
  j(
    'The 60-centimetre telescope was already old in 1981. Its drive motor stalled on cold nights, and the dome shutter had to be',
    'wound open by hand. Osei kept a notebook of fixes, some of which, she admits, involved garden twine.',
  ),
  j(
    '"Everything about it was slightly wrong, and that was the point," she says. "Students learned that real instruments drift',
    'and fail, and that you write everything down. The ones who became engineers still tell me that."',
  ),
];
const nQuote = j(
  'We were cold and tired and it was two in the morning, and Win said, "Look now, before the cloud comes." It was Saturn. I changed',
  'my major the next week.',
);
const nQuoteCite = "Dr. Samuel Achterberg '94, planetary scientist";
const nH2 = 'What the hill taught';
const nP3 = [
  j(
    'Over the years the observatory hosted school groups, an amateur astronomy club, and a long-running study of variable stars',
    'that produced more than forty papers, most of them with student co-authors. Osei is named on nine.',
  ),
  j(
    'She retired in 2010, the year the university built a new teaching telescope on the roof of the physics building. The old',
    'dome is now a listed building, and the alumni association has raised funds to restore the telescope for public nights.',
  ),
  j(
    'On a clear evening last October, Osei climbed the hill again for the first restored viewing. Some of the people in the queue',
    'were former students, now bringing their own children. "It still stalls when it is cold," she says, smiling. "Somebody had better',
    'keep a notebook."',
  ),
];
const nTop = ['Subscribe to the print edition', 'Update your address', 'Give'];
const nMenu = ['Features', 'Class Notes', 'Campus', 'Research', 'In Memoriam', 'Past Issues'];
const nShare = [
  'Click to share on Facebook (Opens in new window)',
  'Click to share on LinkedIn (Opens in new window)',
  'Click to email a link to a friend (Opens in new window)',
];
const nTags = ['stargazing', 'Coldharbour Observatory', 'staff stories'];
const nRelated = ['The Chemistry Prof Who Taught Through Three Floods', 'Class Notes: Spring 2026', 'Fifty Years of the Varsity Boat Race'];
const nFoot = ['About the magazine', 'Write to the editor', 'Advertise', 'Privacy'];
const nHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} - Hartwell Magazine</title><meta name="description" content="${nSub}"><meta property="og:type" content="article">
<meta property="og:title" content="${nTitle}"><meta property="article:published_time" content="2026-02-26T08:00:00+00:00">
<meta name="author" content="Imogen Reyes-Bhatt"><meta name="generator" content="WordPress 6.7.2">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${nTitle}",
"author":{"name":"Imogen Reyes-Bhatt"},"datePublished":"2026-02-26T08:00:00+00:00","articleSection":["Features"]}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://magazine.hartwell.example.edu/wp-content/themes/newspack-theme/style.css?ver=2.6.0"></head>
<body class="post-template-default single single-post postid-8812 single-format-standard wp-embed-responsive singular has-featured-image
single-featured-image-default h-nsub h-db h-ll h-dh has-sidebar">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only"><div class="wrapper"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-top" class="menu">
${links(nTop, 'menu-item')}</ul></nav></div></div><div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/08/hartwell-magazine.svg" class="custom-logo" alt="Hartwell Magazine"></a>
<p class="site-description">For alumni and friends of Hartwell College</p></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(nMenu, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="featured-image-beside"><div class="wrapper"><header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/features/" rel="category tag">Features</a></span>
<h1 class="entry-title">${nTitle}</h1><div class="newspack-post-subtitle">${nSub}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/uploads/2025/01/imogen-60x60.jpg"
class="avatar avatar-80 photo" height="80" width="80"></span><span class="byline"><span>By</span> <span class="author vcard">
<a class="url fn n" href="/author/ireyes/">Imogen Reyes-Bhatt</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2026-02-26T08:00:00+00:00">February 26, 2026</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><div class="sd-content"><ul>
${nShare
  .map(
    (s) => `<li class="share-icon"><a rel="nofollow noopener noreferrer" class="share-icon sd-button no-text" href="#" target="_blank"
title="${s}"><span></span><span class="sharing-screen-reader-text">${s}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2026/02/coldharbour-dome.jpg" class="attachment-newspack-featured-image
size-newspack-featured-image wp-post-image" alt="" decoding="async"><figcaption><span class="wp-caption-text">Winifred Osei in the Coldharbour dome, January
2026.</span> <span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Photo by Tobias Fenn</span></figcaption></figure></div></div>
<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-8812" class="post-8812 post type-post status-publish
format-standard has-post-thumbnail category-features entry"><div class="entry-content">
${ps(nP1)}
<h2 class="wp-block-heading">${nH1}</h2>
${ps(nP2)}
<blockquote class="wp-block-quote"><p>${nQuote}</p><cite>${nQuoteCite}</cite></blockquote>
<p class="has-text-align-center read-more-inline"><strong>Read more:</strong> <a href="/2025/10/coldharbour-reopens/">Coldharbour dome reopens for public
nights</a></p>
<h2 class="wp-block-heading">${nH2}</h2>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/02/osei-notebook.jpg" alt="A notebook of handwritten repair notes">
<figcaption class="wp-element-caption">One of Osei's repair notebooks, 1987.</figcaption></figure>
${ps(nP3)}
<div class="wp-block-newspack-blocks-reader-registration newspack-newsletters-subscribe"><h3>Stay in orbit</h3><p>Get Hartwell Magazine's monthly
newsletter with new stories and class notes.</p><form><input type="email" placeholder="Email address"><input type="submit" value="Sign up"></form></div>
</div><footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> ${nTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}
</span></footer><div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Imogen Reyes-Bhatt</h2></div>
<p>Imogen Reyes-Bhatt is a senior writer for Hartwell Magazine.</p><a class="author-link" href="/author/ireyes/">More by Imogen Reyes-Bhatt</a></div></div>
</article><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
${nRelated.map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/">${r}</a></h4></div>`).join('\n')}</div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
<li id="comment-311" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Derek Vanstone '88</b></div><div class="comment-metadata"><time datetime="2026-02-27T19:02:00+00:00">February 27, 2026 at 7:02 pm</time></div>
</footer><div class="comment-content"><p>Win let me stay until sunrise to finish my project on Algol. I still have the light curve framed at home.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li id="comment-314" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Lucia Fernwood</b></div><div class="comment-metadata"><time datetime="2026-03-01T10:15:00+00:00">March 1, 2026 at 10:15 am</time></div>
</footer><div class="comment-content"><p>Lovely piece. Are the public nights open to people who are not alumni?</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div></main></div></div>
<footer id="colophon" class="site-footer"><div class="wrapper site-info"><nav class="footer-menu"><ul>${links(nFoot)}</ul></nav>
<div class="copyright">© 2026 Hartwell College. Proudly powered by Newspack by Automattic</div></div></footer></div>
<script src="https://magazine.hartwell.example.edu/wp-content/themes/newspack-theme/js/dist/amp-fallback.js?ver=2.6.0"></script></body></html>`;
export const newspack: TestPage = {
  name: 'heldout320-newspack-alumni-magazine-feature',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([nSub, ...nP1, ...nP2, nQuote, nQuoteCite, ...nP3]),
  bylines: ['Imogen Reyes-Bhatt', 'February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nTop, 'For alumni and friends of Hartwell College', ...nMenu, 'Posted in', ...nShare,
    'Winifred Osei in the Coldharbour dome, January 2026.', 'Credit:', 'Photo by Tobias Fenn', 'Read more: Coldharbour dome reopens for public nights',
    "One of Osei's repair notebooks, 1987.", 'Stay in orbit', "Get Hartwell Magazine's monthly newsletter with new stories and class notes.", 'Tagged:',
    ...nTags.filter((t) => t !== 'Coldharbour Observatory'), 'Imogen Reyes-Bhatt is a senior writer for Hartwell Magazine.', 'More by Imogen Reyes-Bhatt',
    'Related', ...nRelated, '2 comments', "Derek Vanstone '88", 'February 27, 2026 at 7:02 pm',
    'Win let me stay until sunrise to finish my project on Algol. I still have the light curve framed at home.', 'Reply', 'Lucia Fernwood',
    'March 1, 2026 at 10:15 am', 'Lovely piece. Are the public nights open to people who are not alumni?', 'Leave a comment',
    'Your email address will not be published. Required fields are marked *', 'About the magazine', 'Write to the editor', 'Advertise', 'Privacy',
    '© 2026 Hartwell College. Proudly powered by Newspack by Automattic',
  ],
};
