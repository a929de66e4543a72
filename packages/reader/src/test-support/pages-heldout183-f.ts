import { links, ps, type TestPage, texts } from './page-kit.js';
import { archivesDocument } from './pages-heldout183-f2.js';

/**
 * Held-out batch 183, file f: a Library of Congress blog post on blogs.loc.gov (the loc.gov global header with its
 * "Skip to main content", search and top menus, the blog masthead and its own menu, "Share this post" links, the h1,
 * "Posted by" and date line, images with captions and credits, a blockquote, the "Posted in" categories, the subscribe
 * box, the comment form with the Library's comment policy, the sidebar with "About this blog" and archives, and the
 * loc.gov footer) and, from file f2, a National Archives document page.
 */
const lcTitle = 'A Surveyor’s Notebook Turns Up in a Box of Sheet Music';
const lcP1 = [
  'Every so often a box arrives in the Geography and Map Division that has nothing to do with maps — or so it seems. Last spring ' +
    'a donation of sheet music from the estate of a retired piano teacher in Vell Harbor, Maine, held something unexpected at the ' +
    'bottom: a small leather notebook filled with compass bearings, chain measurements and tiny pencil sketches of riverbanks.',
  'The notebook belonged to Ezra Talcott, a county surveyor who worked along the Pennick River in the 1830s. How it ended up ' +
    'beneath a century of piano exercises is still a mystery, but its contents are a small treasure for anyone interested in ' +
    'how the land along the river was divided.',
];
const lcH1 = 'Reading the notebook';
const lcP2 = [
  'Talcott wrote in a tidy, cramped hand, and he used the abbreviations common to surveyors of his time. A typical entry gives a ' +
    'bearing, a distance in chains and links, and a note on what marked the corner: a white oak, a heap of stones, or in one case ' +
    '“the red barn of Widow Lusk.”',
  'Working with colleagues in the Manuscript Division, we matched more than forty of his entries with lot lines on a county map ' +
    'published in 1841. In several places the printed map and the notebook disagree, and the notebook is almost certainly right.',
];
const lcQuote = 'Rain all day. River high. Chain men refused to cross at the ford & we returned to Mr. Bell’s.';
const lcH2 = 'What comes next';
const lcP3 = [
  'Conservators have stabilized the binding, and the notebook has been digitized so that researchers can study it online. We are ' +
    'especially interested in hearing from local historians along the Pennick who may recognize the farm names and landmarks ' +
    'Talcott recorded.',
  'If you have family papers from the area, or know what became of “the red barn,” please leave a comment below or contact the ' +
    'division through Ask a Librarian.',
];
const lcTop = ['Discover', 'Services', 'Visit', 'Education', 'Connect', 'Shop', 'Donate'];
const lcBlogNav = ['Home', 'About this blog', 'Contributors', 'Subscribe'];
const lcShare = ['Share this post:', 'Facebook', 'X', 'Email'];
const lcCap1 = 'Ezra Talcott’s field notebook, open to his survey of the Lusk farm, 1836. Geography and Map Division.';
const lcCap2 = 'A page from the 1841 county map with Talcott’s corners marked in red. Photo: Owen Raskin.';
const lcCats = ['Maps', 'Manuscripts', 'New Acquisitions'];
const lcSub = ['Subscribe to Worlds Revealed and other Library of Congress blogs', 'Enter your email address', 'Subscribe'];
const lcForm = ['Add a Comment', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Post Comment'];
const lcPolicy =
  'This blog is governed by the general rules of respectful civil discourse. You are fully responsible for everything that you ' +
  'post. The content of all comments is released into the public domain unless clearly stated otherwise.';
const lcSide = ['About this blog', 'Archives', 'Categories', 'Maps', 'Manuscripts', 'Atlases', 'New Acquisitions', 'Globes'];
const lcSideText = 'Worlds Revealed is the blog of the Geography and Map Division, sharing discoveries from the largest map collection in the world.';
const lcFoot = ['Accessibility', 'Legal', 'Inspector General', 'External Link Disclaimer', 'USA.gov', 'Careers', 'Contact', 'Media', 'Donate', 'Shop'];
const lcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lcTitle} | Worlds Revealed</title><meta name="description" content="${lcP1[0]?.slice(0, 150)}">
<meta property="og:type" content="article"><meta property="og:title" content="${lcTitle}"><meta property="og:site_name" content="Worlds Revealed">
<meta property="article:published_time" content="2025-04-08T13:00:12+00:00"><meta name="twitter:site" content="@librarycongress">
<link rel="stylesheet" href="https://blogs.loc.gov/wp-content/themes/loc-blogs/css/main.css?ver=2.4.1">
<script src="https://blogs.loc.gov/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script src="https://assets.adobedtm.example/f94f5647937d/launch-ENf.min.js" async></script></head>
<body class="post-template-default single single-post postid-31804 single-format-standard">
<a class="skip-main" href="#main">Skip to main content</a>
<header id="global-header" class="loc-header"><div class="container"><a href="https://www.loc.gov" class="loc-logo"><span
class="sr-only">Library of Congress</span></a>
<form class="search-form" role="search"><label for="search-input" class="sr-only">Search loc.gov</label><input id="search-input" type="text">
<button type="submit" class="sr-only">Go</button></form><nav class="top-nav" aria-label="Main"><ul>${links(lcTop)}</ul></nav></div></header>
<div class="blog-masthead"><p class="blog-title"><a href="/worlds-revealed/">Worlds Revealed</a></p><p class="blog-tagline">Geography &amp; Map Division</p>
<nav class="blog-nav"><ul>${links(lcBlogNav)}</ul></nav></div>
<div id="main" class="container"><div class="row"><main class="col-md-9"><article class="post-31804 post type-post status-publish format-standard">
<div class="share-tools"><ul>${links(lcShare, 'share-item')}</ul></div>
<header class="entry-header"><h1 class="entry-title">${lcTitle}</h1>
<div class="entry-meta"><span class="posted-by">Posted by: <a href="/worlds-revealed/author/hmacready/">Hannah Macready</a></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-04-08T13:00:12+00:00">April 8, 2025</time></span></div></header>
<div class="entry-content">
${ps(lcP1)}
<figure id="attachment_31811" class="wp-caption aligncenter"><img src="/worlds-revealed/files/2025/04/talcott-notebook.jpg" alt="An open notebook" width="900">
<figcaption class="wp-caption-text">${lcCap1}</figcaption></figure>
<h2>${lcH1}</h2>
${ps(lcP2)}
<blockquote><p>${lcQuote}</p></blockquote>
<figure id="attachment_31812" class="wp-caption aligncenter"><img src="/worlds-revealed/files/2025/04/county-map-1841.jpg" alt="" width="900">
<figcaption class="wp-caption-text">${lcCap2}</figcaption></figure>
<h2>${lcH2}</h2>
${ps(lcP3)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in:
${lcCats.map((c) => `<a href="/category/${c.toLowerCase()}/" rel="category tag">${c}</a>`).join(', ')}</span>
</footer></article>
<div class="subscribe-box"><h2>${lcSub[0]}</h2><form><label for="sub-email">${lcSub[1]}</label><input id="sub-email"
type="email"><button>${lcSub[2]}</button></form></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${lcForm[0]}</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">${lcPolicy}</p><p class="comment-notes">${lcForm[1]}</p>
<p class="comment-form-comment"><label for="comment">${lcForm[2]}</label><textarea id="comment"></textarea></p>
<p class="comment-form-author"><label for="author">${lcForm[3]}</label><input id="author" type="text"></p>
<p class="comment-form-email"><label for="email">${lcForm[4]}</label><input id="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><span
class="sr-only">${lcForm[5]}</span></p></form></div></div>
</main>
<aside class="col-md-3 sidebar"><section class="widget"><h2 class="widget-title">${lcSide[0]}</h2><p>${lcSideText}</p></section>
<section class="widget"><h2 class="widget-title">${lcSide[1]}</h2><select><option>Select Month</option><option>April 2025</option></select></section>
<section class="widget"><h2 class="widget-title">${lcSide[2]}</h2><ul>${links(lcSide.slice(3))}</ul></section></aside></div></div>
<footer id="global-footer" class="loc-footer"><ul
class="footer-links">${links(lcFoot)}</ul><p>Library of Congress, 101 Independence Ave SE, Washington, DC</p></footer>
</body></html>`;
const locBlog: TestPage = {
  html: lcHtml,
  name: 'heldout183-loc-blog-post',
  kind: 'blog',
  // the blockquoted notebook entry is body; "Posted by" and the date are bylines; captions, categories, subscribe box,
  // comment form and policy, sidebar and header/footer menus are furniture
  title: lcTitle,
  headings: [lcH1, lcH2],
  body: texts([...lcP1, ...lcP2, lcQuote, ...lcP3]),
  bylines: ['Posted by: Hannah Macready', 'April 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Library of Congress', 'Search loc.gov', 'Go', ...lcTop, 'Worlds Revealed', 'Geography & Map Division', ...lcBlogNav,
    ...lcShare, lcCap1, lcCap2, 'Posted in: Maps, Manuscripts, New Acquisitions', ...lcSub, ...lcForm, lcPolicy, ...lcSide, lcSideText, 'Select Month',
    'April 2025', ...lcFoot, 'Library of Congress, 101 Independence Ave SE, Washington, DC',
  ],
};

export const HELDOUT183_F: readonly TestPage[] = [locBlog, archivesDocument];
