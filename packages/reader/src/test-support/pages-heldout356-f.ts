import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout356-kit.js';

/**
 * Held-out batch 356, file f: a LibriVox catalogue page, a listing whose main text is short (the site header and menu, the
 * cover, the author line, the description, genre and language lines, the section table with readers and running times,
 * the download sidebar with the production details and links, and the footer) and an annotated edition of a poem on a
 * personal WordPress site (GeneratePress markup with the entry meta, the poem quoted stanza by stanza in blockquotes with
 * the commentary between them under h2 headings, the author's own notes, Jetpack's share bar, likes and related posts,
 * tags, two comments and the reply form, the sidebar widgets and the footer).
 */
const lTitle = 'The Orchard Year';
const lDesc = [
  j(
    'Clemency Ashdown kept a small orchard of forty trees on the edge of a market town for more than thirty years, and in',
    'this little book, first printed by subscription, she follows it through a single year, month by month, from the winter',
    'pruning to the last of the late keepers brought down from the apple loft in March.',
  ),
  j(
    'It is part almanac and part diary. There are plain directions for grafting and for storing fruit, sharp opinions on',
    'neighbours who plant the wrong kinds, and a good deal on the weather, the wasps and the blackbirds, with whom the',
    'author conducted a long and not always friendly correspondence.',
  ),
  j('This recording was made by twelve volunteers, each of whom took one month of the year. (Summary by the book', 'coordinator)'),
];
const lChapters = [
  'January: The Pruning Knife',
  'February: Grafts and Scions',
  'March: The Last of the Loft',
  'April: Blossom and Frost',
  'May: The Wasp Question',
  'June: A Drop of Fruitlets',
  'July: Summer Pruning, and Other Quarrels',
  'August: The Early Kinds',
  'September: Ladders',
  'October: The Great Gathering',
  'November: Of Storing Apples',
  'December: The Orchard Asleep',
];
const lReaders = ['Mabel Torrin', 'Josiah Keal', 'Ruth Ambery', 'Josiah Keal', 'Ines Farrow', 'Mabel Torrin', 'Colm Daley', 'Ruth Ambery'];
const lTimes = ['00:14:07', '00:16:52', '00:12:40', '00:18:11', '00:15:29', '00:13:03', '00:21:46', '00:14:58', '00:11:37', '00:19:20', '00:17:05', '00:12:12'];
const lNav = ['About', 'Search', 'Volunteering', 'Forum', 'Blog', 'Help'];
const lHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>LibriVox</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://librivox.org/css/style.css?v=4"><script src="https://librivox.org/js/jquery-3.6.min.js"></script>
<script>var CI_ROOT = 'https://librivox.org/'; var book_id = 18422;</script></head>
<body><div class="site-header"><div class="site-header-container"><a class="logo" href="https://librivox.org/">LibriVox</a>
<p class="slogan">free public domain audiobooks</p><ul class="main-menu">${links(lNav)}</ul>
<form class="search-form" action="https://librivox.org/search"><input type="text" placeholder="Search by Author, Title or Reader"></form></div></div>
<div class="main-content"><div class="page book-page"><div class="content-wrap clearfix"><div class="book-page-book-cover">
<a href="https://archive.org/download/orchard_year_2305_librivox/OrchardYear_2305.jpg"><img src="https://archive.org/download/orchard_year_2305_librivox/
OrchardYear_2305_thumb.jpg" alt="book-cover-large" width="175" height="175"></a>
<p><a href="https://archive.org/download/orchard_year_2305_librivox/OrchardYear_2305.jpg">Download cover art</a></p></div>
<h1>${lTitle}</h1><p class="book-page-author"><a href="https://librivox.org/author/9920">Clemency Ashdown (1839 - 1916)</a></p>
<div class="description">${ps(lDesc)}</div>
<p class="book-page-genre"><span>Genre(s):</span> Nature, *Non-fiction, Gardening</p>
<p class="book-page-genre"><span>Language:</span> English</p><div class="book-page-group-readers"><span>Group</span></div>
<table class="chapter-download"><thead><tr><th>Section</th><th>Chapter</th><th>Reader</th><th>Time</th></tr></thead><tbody>
${lChapters
  .map(
    (c, i) => `<tr><td>${String(i + 1).padStart(2, '0')}</td><td><a href="https://archive.org/download/orchard_year_2305_librivox/orchardyear_${i + 1}.mp3"
class="chapter-name">${c}</a></td><td><a href="https://librivox.org/reader/${7000 + i}">${lReaders[i % 8] ?? ''}</a></td><td>${lTimes[i] ?? ''}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div>
<div class="sidebar book-page"><div class="book-download-btn"><a class="book-download-btn" href="https://www.archive.org/download/orchard_year_2305_librivox/
orchard_year_2305_librivox_64kb_mp3.zip">Download</a><span>Zip file</span></div>
<a href="https://librivox.org/rss/18422" class="book-page-sidebar-links">RSS Feed</a> <a href="https://archive.org/download/orchard_year_2305_librivox/
orchard_year_2305_librivox_archive.torrent" class="book-page-sidebar-links">Torrent</a>
<h4>Production details</h4><dl class="product-details clearfix"><dt>Running Time:</dt><dd>3:07:20</dd><dt>Zip file size:</dt><dd>86MB</dd>
<dt>Catalog date:</dt><dd>2025-11-03</dd><dt>Read by:</dt><dd>Group</dd><dt>Book Coordinator:</dt><dd><a href="/reader/7001">Josiah Keal</a></dd>
<dt>Meta Coordinator:</dt><dd><a href="/reader/155">sabrinaj</a></dd><dt>Proof Listener:</dt><dd><a href="/reader/7020">Oona Lisle</a></dd></dl>
<h4>Links</h4><p><a href="https://archive.org/details/orchard_year_2305_librivox">Internet Archive Page</a></p>
<p><a href="https://www.gutenberg.org/ebooks/79201">Online text</a></p></div></div>
<div class="footer"><p>LibriVox recordings are Public Domain in the USA. If you are not in the USA, please verify the copyright status in your
country before downloading.</p><ul>${links(['Privacy policy', 'Contact', 'Donate'])}</ul></div></body></html>`;
const librivox: TestPage = {
  name: 'heldout356-librivox-catalogue-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: [...texts(lDesc), ...lChapters],
  bylines: ['Clemency Ashdown (1839 - 1916)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LibriVox', 'free public domain audiobooks', ...lNav, 'Download cover art', 'Genre(s): Nature, *Non-fiction, Gardening', 'Language: English', 'Group',
    'Section', 'Chapter', 'Reader', 'Time', ...new Set(lReaders), ...lTimes, 'Download', 'Zip file', 'RSS Feed', 'Torrent', 'Production details',
    'Running Time:', '3:07:20', 'Zip file size:', '86MB', 'Catalog date:', '2025-11-03', 'Read by:', 'Book Coordinator:', 'Meta Coordinator:',
    'sabrinaj', 'Proof Listener:', 'Oona Lisle', 'Links', 'Internet Archive Page', 'Online text',
    'LibriVox recordings are Public Domain in the USA. If you are not in the USA, please verify the copyright status in your country before downloading.',
    'Privacy policy', 'Contact', 'Donate',
  ],
};

const aTitle = 'Reading “The Drowned Village”: an annotated edition';
const aIntro = [
  j(
    'Jonah Pellow’s “The Drowned Village” is the poem everyone in this valley half knows and nobody can quite finish. It was',
    'printed in the <em>Wensley Advertiser</em> in 1868, two years after the reservoir at Scarth went over the old hamlet of',
    'Lowgill, and it has been recited at chapel concerts ever since, usually with the third stanza left out.',
  ),
  j(
    'What follows is the whole poem, stanza by stanza, with my notes. The text is from the newspaper printing; where the 1874',
    'collected edition differs, I say so.',
  ),
];
const aStanza1 = ['They let the water in at Candlemas,', 'and it came up the lane as a neighbour comes,', 'slow, and at ease, and looking in at the doors.'];
const aNote1 = [
  j(
    'Candlemas is the second of February, and the date is right: the sluices at Scarth were closed in the first week of',
    'February 1866. Notice how domestic the water is here. It does not rush or rage; it comes visiting.',
  ),
];
const aStanza2 = ['The chapel bell went under with a sound', 'like someone turning over in their sleep,', 'and then there was no sound, and then the geese.'];
const aNote2 = [
  j(
    'This is the stanza people remember. The bell at Lowgill was in fact taken down and hung again at Scarth Bridge, so',
    'Pellow is inventing, but the 1874 edition keeps the line, and I think he was right to.',
  ),
  j(
    'The geese are the real thing. Everyone who wrote about the flooding mentions them: the farm flocks would not leave',
    'the water and swam for days above the roofs.',
  ),
];
const aStanza3 = [
  'And those of us who stood upon the dam',
  'and watched, and had been born there, said no word,',
  'for there was none, and no one to say it to.',
];
const aNote3 = [
  j(
    'The stanza the chapel concerts leave out, and it is easy to see why. It is the only place in the poem where Pellow',
    'speaks as one of the villagers, and it is bitter. The 1874 edition softens the last line to “and none had need of it”,',
    'which is worse in every way.',
  ),
];
const aNotes = [
  'Wensley Advertiser, 14 March 1868, p. 3, signed “J. P., Lowgill”.',
  'Poems of the Dale Country (Ripon, 1874), pp. 41–42.',
  'For the geese, see the parish magazine for March 1866, which my grandmother kept.',
];
const aBody = [...aIntro, ...aStanza1, ...aNote1, ...aStanza2, ...aNote2, ...aStanza3, ...aNote3, ...aNotes];
const aHeadings = ['The first stanza', 'The second stanza', 'The third stanza', 'Notes'];
const quote = (lines: readonly string[]): string =>
  `<blockquote class="wp-block-quote is-style-plain"><p>${lines.join('<br>\n')}</p></blockquote>`.replace(
    /<p>([\s\S]*)<\/p>/,
    (_, inner: string) => `<p class="verse">${inner}</p>`,
  );
const aComments = [
  'My mother always recited it with the third stanza in. She said the concerts dropped it because the water board sat on the front row.',
  'Thank you for this. I had no idea the bell survived. Is it still at Scarth Bridge?',
];
const aRecent = ['Walking the old Lowgill road at low water', 'A note on the Scarth sluice-keepers', 'The 1874 edition: a second look'];
const aCats = ['Dale poets', 'Local history', 'Reservoirs'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Reading “The Drowned Village”: an annotated edition – Dale Country Notebook</title>
<meta name="robots" content="max-image-preview:large"><link rel="stylesheet" id="generate-style-css"
href="https://dalenotebook.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Reading
“The Drowned Village”: an annotated edition","datePublished":"2026-02-20T09:00:00+00:00","author":{"name":"Hilary Brack"}}]}</script>
<script id="jetpack-stats">_stq = window._stq || []; _stq.push(['view', {v:'ext',blog:'201144',post:'812'}]);</script></head>
<body class="post-template-default single single-post postid-812 right-sidebar nav-float-right separate-containers">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title">
<a href="https://dalenotebook.example/" rel="home">Dale Country Notebook</a></p><p class="site-description">Poems, places and paperwork from the
upper dale</p></div><nav class="main-navigation" id="site-navigation"><ul id="menu-primary" class="menu sf-menu">
${links(['Home', 'Annotated poems', 'Walks', 'About me'], 'menu-item')}</ul></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard category-dale-poets">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-02-20T09:00:00+00:00">20 February 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/hilary/">Hilary Brack</a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">The first stanza</h2>
${quote(aStanza1)}
${ps(aNote1)}
<p class="read-more-inline"><strong>Read more:</strong> <a href="/lowgill-road/">Walking the old Lowgill road at low water</a></p>
<h2 class="wp-block-heading">The second stanza</h2>
${quote(aStanza2)}
${ps(aNote2)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/02/scarth-bell.jpg" alt="">
<figcaption class="wp-element-caption">The Lowgill bell in its new frame at Scarth Bridge. Photo: the author.</figcaption></figure>
<h2 class="wp-block-heading">The third stanza</h2>
${quote(aStanza3)}
${ps(aNote3)}
<h2 class="wp-block-heading">Notes</h2>
<ol class="wp-block-list">${aNotes.map((n) => `<li>${n}</li>`).join('\n')}</ol>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><ul>
${links(['Facebook', 'Email', 'Reddit'], 'share-item')}</ul></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><span class="loading">Loading...</span></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${links(['A note on the Scarth sluice-keepers', 'The 1874 edition: a second look'], 'jp-relatedposts-post')}</div></div>
<footer class="entry-meta"><span class="cat-links">Categories <a href="/category/dale-poets/">Dale poets</a></span>
<span class="tags-links">Tags <a href="/tag/pellow/">Jonah Pellow</a>, <a href="/tag/scarth/">Scarth</a></span></footer></div></article>
<div class="comments-area" id="comments"><h3 class="comments-title">2 thoughts on “Reading “The Drowned Village”: an annotated edition”</h3>
<ol class="comment-list">${aComments
  .map(
    (c, i) => `<li class="comment" id="li-comment-${31 + i}"><article class="comment-body"><footer class="comment-meta">
<cite class="comment-author">${i === 0 ? 'Marion Tebb' : 'Frank Ollerton'}</cite>
<time datetime="2026-02-2${1 + i}">${21 + i} February 2026 at 8:1${i} pm</time></footer>
<div class="comment-content"><p>${c}</p></div><span class="reply"><a class="comment-reply-link" href="#">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment"></textarea>
<input name="submit" type="submit" class="submit" value="Post Comment"></form></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(aRecent)}</ul></aside>
<aside class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(aCats, 'cat-item')}</ul></aside>
<aside class="widget widget_block"><h2 class="widget-title">Follow by email</h2><p>Get new annotated poems in your inbox, about once a month.</p>
<form><input type="email"><button type="submit">Subscribe</button></form></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">© 2026 Dale Country Notebook • Built with GeneratePress</div></footer></div>
<script src="https://dalenotebook.example/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async></script></body></html>`;
const annotated: TestPage = {
  name: 'heldout356-wordpress-annotated-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aHeadings,
  body: texts(aBody),
  bylines: ['20 February 2026', 'Hilary Brack'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Dale Country Notebook', 'Poems, places and paperwork from the upper dale', 'Home', 'Annotated poems', 'Walks', 'About me',
    'Read more: Walking the old Lowgill road at low water', 'The Lowgill bell in its new frame at Scarth Bridge. Photo: the author.', 'Share this:',
    'Facebook', 'Email', 'Reddit', 'Like this:', 'Loading...', 'Related', 'Categories Dale poets', 'Tags Jonah Pellow, Scarth',
    '2 thoughts on “Reading “The Drowned Village”: an annotated edition”', ...aComments, 'Marion Tebb', 'Frank Ollerton', '21 February 2026 at 8:10 pm',
    '22 February 2026 at 8:11 pm', 'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Recent Posts',
    ...aRecent, 'Categories', ...aCats, 'Follow by email', 'Get new annotated poems in your inbox, about once a month.', 'Subscribe',
    '© 2026 Dale Country Notebook • Built with GeneratePress',
  ],
};

export const HELDOUT356_F: readonly TestPage[] = [librivox, annotated];
