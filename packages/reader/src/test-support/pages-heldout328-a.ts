import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, mj, mjDisplay } from './pages-heldout328-kit.js';

/**
 * Held-out batch 328, file a: a self-hosted WordPress maths blog post rendered with MathJax 2 (inline formulas as rendered spans
 * followed by their math/tex scripts, display equations), and a MathWorld-style reference entry (a short main text).
 */
const wTitle = 'Why the harmonic series is slower than you think';
const wP1 = [
  j(
    'Every first course in analysis proves that the harmonic series diverges, and every student nods along. The partial sums',
    `${mj(1, 'Hn', 'H_n')} grow without bound, so there is nothing more to say. Or is there? The proof tells you that the sums`,
    'escape to infinity, but it says almost nothing about how reluctantly they do it.',
  ),
  j(
    'I ran a small experiment with my second-year tutorial group in Thornbury last term. I asked them to guess how many terms',
    'you need before the partial sum passes 20. The guesses ranged from a few hundred to a few million. The true answer is a',
    'little over 272 million terms, and the room went quiet.',
  ),
];
const wH1 = 'The logarithm hiding inside';
const wP2 = [
  j(
    'The reason is that the partial sums track the natural logarithm very closely. Comparing the sum with the integral of',
    `${mj(2, '1/x', '1/x')} from 1 to n gives the estimate below, where the constant is the Euler–Mascheroni constant, roughly 0.5772.`,
  ),
  j(
    'So to reach a partial sum of 20 you need the logarithm of n to be about 19.42, which means n is about e to that power.',
    'Logarithms are the slowest functions most of us meet in a first course, and the harmonic series inherits their patience.',
  ),
];
const wD1 = mjDisplay(3, 'Hn ≈ ln n + γ', 'H_n \\approx \\ln n + \\gamma');
const wH2 = 'Three ways to see the divergence';
const wList = [
  'Oresme’s grouping: bundle the terms into blocks of 1, 2, 4, 8 and so on, and each block adds at least one half.',
  'The integral test: the area under 1/x from 1 to infinity is infinite, and the sum dominates that area.',
  'The prime argument: if the series converged, a tail estimate would bound the number of primes, which cannot happen.',
];
const wP3 = [
  j(
    'Oresme’s argument is the one I always show first, because it also tells you the speed. After doubling the number of terms',
    'k times you have gained at least k halves, which is exactly logarithmic growth in disguise.',
  ),
];
const wH3 = 'A classroom exercise';
const wP4 = [
  j(
    'Ask students to stack identical books over the edge of a table so that the top book overhangs as far as possible. With',
    'n books the best overhang is half of the nth harmonic number, measured in book lengths. To get an overhang of two full',
    'book lengths you need 31 books, and to get three you need 227.',
  ),
  j(
    'The exercise turns an abstract divergence into something you can build on a desk, and it makes the slowness physical:',
    'the stack can reach any distance, but the pile of books grows exponentially with the overhang you want.',
  ),
];
const wQuote = 'The harmonic series diverges, but it never seems in any hurry to do so.';
const wNav = ['Home', 'Archive', 'Problems', 'About', 'Contact'];
const wCats = ['Analysis', 'Teaching'];
const wTags = ['undergraduate', 'classroom ideas', 'infinite sums'];
const wRecent = ['A gentle introduction to generating functions', 'Counting lattice paths with a pencil', 'What the pigeonhole principle hides'];
const wRelated = ['The Basel problem for a general audience', 'Integrals that look like sums', 'Euler’s constant in ten facts'];
const wFoot = ['Privacy policy', 'Comment policy', 'RSS feed'];
const wComment1 = 'Lovely post. The book-stacking exercise worked a treat with my Year 12 group.';
const wComment2 = 'Is there a neat way to see that the error term really tends to a constant, rather than just staying bounded?';
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Tangent Lines</title>
<meta name="description" content="The harmonic series diverges, but it needs 272 million terms to pass 20.">
<meta property="og:type" content="article"><meta property="og:title" content="${wTitle}"><meta property="article:published_time"
content="2026-02-11T08:30:00+00:00">
<link rel="stylesheet" id="wp-block-library-css" href="https://tangentlines.example/wp-includes/css/dist/block-library/style.min.css?ver=6.7" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Marisol Penhaligon"},"datePublished":"2026-02-11T08:30:00+00:00"}]}</script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({tex2jax:{inlineMath:[['\\\\(','\\\\)']],displayMath:[['\\\\[','\\\\]']]},
"HTML-CSS":{linebreaks:{automatic:true}}});</script>
<script src="https://cdn.jsdelivr.example/npm/mathjax@2.7.9/MathJax.js?config=TeX-AMS_HTML"></script></head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-embed-responsive">
<div id="MathJax_Message" style="display: none;"></div>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Tangent Lines</a></p>
<p class="site-description">Notes on mathematics and how we teach it</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list"
class="menu-wrapper">
${links(wNav, 'menu-item menu-item-type-custom')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1184" class="post-1184 post type-post status-publish format-standard hentry category-analysis">
<header class="entry-header alignwide"><h1 class="entry-title">${wTitle}</h1>
<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/marisol/">Marisol Penhaligon</a></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-02-11T08:30:00+00:00">11 February 2026</time></span>
<span class="reading-time">6 min read</span></div></header>
<div class="entry-content">
${ps(wP1)}
<h2 class="wp-block-heading">${wH1}</h2>
${ps(wP2)}
${wD1}
<h2 class="wp-block-heading">${wH2}</h2>
<ol class="wp-block-list">${wList.map((l) => `<li>${l}</li>`).join('\n')}</ol>
${ps(wP3)}
<p class="promo-inline"><strong>Read more:</strong> <a href="/basel-problem/">The Basel problem for a general audience</a></p>
<h2 class="wp-block-heading">${wH3}</h2>
<figure class="wp-block-image size-large"><img src="https://tangentlines.example/wp-content/uploads/2026/02/book-stack.png" alt="A stack of books">
<figcaption class="wp-element-caption">A stack of eight books with the overhang marked. Photo: M. Penhaligon</figcaption></figure>
${ps(wP4)}
<blockquote class="wp-block-quote"><p>${wQuote}</p><cite>Ludo Ferrante, lecture notes</cite></blockquote>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3>
<ul><li class="share-twitter"><a class="share-twitter sd-button" href="#"><span>X</span></a></li>
<li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-email"><a class="share-email sd-button" href="#"><span>Email</span></a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<ul>${links(wRelated, 'jp-relatedposts-post')}</ul></div></div>
<footer class="entry-footer default-max-width"><span class="cat-links">Categories: ${wCats
  .map(
    (c) => `<a href="/c/${c}" rel="category
tag">${c}</a>`,
  )
  .join(', ')}</span>
<span class="tags-links">Tags: ${wTags.map((t) => `<a href="/t/${t}" rel="tag">${t}</a>`).join(', ')}</span></footer></article>
<div id="comments" class="comments-area default-max-width"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
<li id="comment-301" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Ines Calloway</b> <span class="says">says:</span></div><div class="comment-metadata"><time
datetime="2026-02-11T19:02">11 February 2026 at 7:02 pm</time></div></footer>
<div class="comment-content"><p>${wComment1}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>
<li id="comment-302" class="comment odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Dev Aramburu</b> <span class="says">says:</span></div><div class="comment-metadata"><time
datetime="2026-02-12T09:15">12 February 2026 at 9:15 am</time></div></footer>
<div class="comment-content"><p>${wComment2}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2
class="widget-title">Recent posts</h2><ul>${links(wRecent)}</ul></section>
<section class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Get new posts by email</h2>
<p>One short email when a new post goes up. No spam, ever.</p><input type="email" placeholder="Your email"><button
type="submit">Subscribe</button></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><ul class="footer-menu">${links(wFoot)}</ul>
<p class="powered-by">© 2026 Tangent Lines. Proudly powered by WordPress.</p></div></footer></div>
<div id="cookie-law-info-bar" class="cli-bar-container
cli-style-v2"><span>This site uses cookies to count visitors. Read our privacy policy to learn more.</span>
<a role="button" id="cookie_action_close_header" class="cli_action_button wt-cli-accept-btn">Accept</a>
<a role="button" id="cookie_action_close_header_reject" class="cookie_action_close_header_reject">Reject</a></div>
<script src="https://tangentlines.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js"></script></body></html>`;
const wordpressMath: TestPage = {
  name: 'heldout328-wordpress-mathjax-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wP1, ...wP2, ...wList, ...wP3, ...wP4, wQuote]),
  bylines: [
    'Marisol Penhaligon',
    '11 February 2026',
    '6 min read',
    'Ines Calloway',
    '11 February 2026 at 7:02 pm',
    'Dev Aramburu',
    '12 February 2026 at 9:15 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tangent Lines', 'Notes on mathematics and how we teach it', ...wNav, 'Read more:', 'The Basel problem for a general audience',
    'A stack of eight books with the overhang marked. Photo: M. Penhaligon', 'Ludo Ferrante, lecture notes', 'Share this:', 'Facebook', 'Email',
    ...wRelated, 'Categories:', ...wCats, 'Tags:', ...wTags, '2 comments', 'says:', wComment1, wComment2, 'Reply', 'Leave a comment',
    'Your email address will not be published. Required fields are marked *', 'Recent posts', ...wRecent, 'Get new posts by email',
    'One short email when a new post goes up. No spam, ever.', 'Subscribe', ...wFoot, '© 2026 Tangent Lines. Proudly powered by WordPress.',
    'This site uses cookies to count visitors. Read our privacy policy to learn more.', 'Accept', 'Reject',
  ],
};

const rTitle = 'Perrin Spiral Number';
const rBody = [
  j(
    'A Perrin spiral number is a positive integer n such that the points of the integer lattice visited by the square spiral',
    'starting at the origin, taken in order up to the nth step, enclose a region whose area is itself a term of the Perrin',
    'sequence. The first few are 1, 4, 9, 17, 30 and 52 (OEIS-style listing A399120).',
  ),
  j(
    'The numbers were introduced by Halvard Quist (1987) in a note on lattice walks, and Quist conjectured that they have',
    'natural density zero. The conjecture was proved by Okonjo and Reyes (2004) using an estimate for the growth of the',
    'Perrin sequence, which grows like the nth power of the plastic number, approximately 1.3247.',
  ),
  j('The spiral numbers below 1000 are tabulated below together with the enclosed area. No Perrin spiral number larger than', '52 is known to be prime.'),
];
const rTable = [
  ['n', 'area'],
  ['1', '0'],
  ['4', '2'],
  ['9', '5'],
  ['17', '12'],
  ['30', '22'],
];
const rSeeAlso = ['Perrin Sequence', 'Plastic Constant', 'Square Spiral', 'Lattice Path'];
const rRefs = [
  'Okonjo, A. and Reyes, T. "The Density of Spiral Lattice Numbers." J. Integer Walks 12, 41-58, 2004.',
  'Quist, H. "Areas Enclosed by Lattice Spirals." Amer. Recreat. Math. Notes 3, 7-11, 1987.',
];
const rNav = ['Algebra', 'Applied Mathematics', 'Calculus and Analysis', 'Discrete Mathematics', 'Geometry', 'Number Theory', 'Probability and Statistics'];
const rCrumb = ['Number Theory', 'Special Numbers', 'Figurate Numbers'];
const rResources = ['Mathematica', 'Wolfram|Alpha Notebook Edition', 'Computable Document Format', 'Wolfram Demonstrations Project'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rTitle} -- from Wolfram MathWorld</title>
<meta name="description" content="A Perrin spiral number is a positive integer n such that the square spiral encloses a Perrin area.">
<meta name="Author" content="Weston, Corliss"><meta name="DC.Title" content="${rTitle}"><meta name="DC.Creator" content="Weston, Corliss">
<meta name="DC.Subject" content="Number Theory"><link rel="canonical" href="https://mathworld.wolfram.example/PerrinSpiralNumber.html">
<link rel="stylesheet" href="/css/styles.css"><script type="text/javascript" src="/common/js/jquery/3.7/jquery.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"headline":"${rTitle}","author":"Corliss Weston"}</script></head>
<body id="topics"><div id="wrapper"><header id="header" class="content"><div class="logo"><a href="/"><img src="/images/header/mathworld-logo.png"
alt="Wolfram MathWorld"></a></div>
<form id="search" class="search" action="/search/"><input type="text" name="query" placeholder="Search"><button type="submit">Search</button></form></header>
<nav id="navigation" class="content"><section><h2>Topics</h2><ul class="topics">${links(rNav)}</ul></section></nav>
<main id="main-content" class="content"><nav class="breadcrumbs"><ul><li><a href="/topics/NumberTheory.html">${rCrumb[0] ?? ''}</a></li>
<li><a href="/topics/SpecialNumbers.html">${rCrumb[1] ?? ''}</a></li><li><a href="/topics/FigurateNumbers.html">${rCrumb[2] ?? ''}</a></li></ul></nav>
<h1>${rTitle}</h1><hr class="hr-above-content">
<section id="entry-content">
${ps(rBody)}
<table class="inline-table" cellpadding="4"><tbody>${rTable.map((r) => `<tr><td>${r[0] ?? ''}</td><td>${r[1] ?? ''}</td></tr>`).join('\n')}</tbody></table>
</section>
<section id="SeeAlso"><h2>See also</h2><p>${rSeeAlso.map((s) => `<a href="/${s.replace(/ /g, '')}.html">${s}</a>`).join(', ')}</p></section>
<section id="Contributors"><h2>This entry contributed by <a href="/about/contributors.html#weston">Corliss Weston</a></h2></section>
<section id="Explore"><h2>Explore with Wolfram|Alpha</h2><form><input type="text" value="Perrin spiral numbers"><button>Compute</button></form></section>
<section id="References"><h2>References</h2>${rRefs.map((r) => `<p class="reference">${r}</p>`).join('\n')}</section>
<section id="Referenced"><h2>Referenced on Wolfram|Alpha</h2><p><a
href="https://www.wolframalpha.example/input?i=Perrin+Spiral+Number">Perrin Spiral Number</a></p></section>
<section id="Cite"><h2>Cite this as:</h2><p>Weston, Corliss. "Perrin Spiral Number." From
<i>MathWorld</i>--A Wolfram Web Resource, created by Eric Wexford.</p></section>
<section id="Subject"><h2>Subject classifications</h2><p><a href="/topics/NumberTheory.html">Number Theory</a> &gt; <a
href="/topics/SpecialNumbers.html">Special Numbers</a></p></section>
</main>
<footer id="footer" class="content"><section id="footer-links"><h2>Wolfram Web Resources</h2><ul>${links(rResources)}</ul></section>
<p class="copyright">Created, developed and nurtured by Eric Wexford. © 1999–2026 Wolfram Research, Inc.</p>
<ul class="footer-legal"><li><a href="/about/terms.html">Terms of Use</a></li><li><a href="/contact/">Contact the MathWorld Team</a></li></ul></footer></div>
<div id="wri-cookie-notice" class="cookie-notice"><p>We use cookies to improve your experience on our website.</p><button>Accept cookies</button></div>
<script src="/common/js/wolfram-analytics.js"></script></body></html>`;
const mathworld: TestPage = {
  name: 'heldout328-mathworld-entry-wiki',
  kind: 'wiki',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: ['This entry contributed by Corliss Weston'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Topics', ...rNav, 'Special Numbers', 'Figurate Numbers', 'See also', ...rSeeAlso, 'Explore with Wolfram|Alpha', 'Compute', 'References',
    ...rRefs, 'Referenced on Wolfram|Alpha', 'Cite this as:',
    'Weston, Corliss. "Perrin Spiral Number." From MathWorld--A Wolfram Web Resource, created by Eric Wexford.',
    'Subject classifications', 'Wolfram Web Resources', ...rResources, 'Created, developed and nurtured by Eric Wexford. © 1999–2026 Wolfram Research, Inc.',
    'Terms of Use', 'Contact the MathWorld Team', 'We use cookies to improve your experience on our website.', 'Accept cookies',
  ],
};

export const HELDOUT328_A: readonly TestPage[] = [wordpressMath, mathworld];
