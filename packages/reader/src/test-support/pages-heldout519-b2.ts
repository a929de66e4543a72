import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file b2: a long care-label explainer on a dry cleaner's Ghost blog (Casper theme: byline with reading time,
 * feature image with caption, an HTML-card table, a callout card, the members CTA and the "read more" cards).
 */
const gTitle = 'Reading a care label: every symbol, and what we actually do with it';
const gExcerpt = j(
  'The five little pictures sewn into your clothes are a language. Here is how to read them, and where we follow them to the letter',
  'and where we use judgement.',
);
const gHeads = [
  'Why the label matters',
  'The washtub',
  'The triangle',
  'The square',
  'The iron',
  'The circle: the one for us',
  'When we don’t follow the label',
  'What we ask of you',
] as const;
const gWhy = [
  j(
    'Every garment sold in the UK should carry a care label, and almost every one uses the same five symbols in the same order: washing,',
    'bleaching, drying, ironing and professional cleaning. Read left to right, the label is a short instruction from the maker about',
    'the harshest treatment the fabric, the dye, the lining and the trims can all survive together.',
  ),
  j(
    'That last part matters. A jacket label is not written for the wool; it is written for the weakest thing in the jacket, which is',
    'often the interfacing glued behind the lapels, or a plastic button, or a printed lining. When a label seems over-cautious, that is',
    'usually why.',
  ),
];
const gTubP = j(
  'The tub means the garment can be washed in water. The number inside is the highest temperature in degrees Celsius, and the bars',
  'underneath tell you how gentle the machine should be.',
);
const gTub = [
  'A plain tub with 30, 40 or 60: a normal wash at up to that temperature.',
  'One bar under the tub: a synthetics cycle, with less agitation and a shorter spin.',
  'Two bars under the tub: a wool or delicates cycle, with very little movement at all.',
  'A hand in the tub: hand wash only, no warmer than 40°C.',
  'A crossed-out tub: do not wash in water.',
];
const gTri = [
  j(
    'An empty triangle means any bleach is fine. A triangle with two diagonal lines means oxygen bleach only, which is the kind in most',
    'coloured-wash powders. A crossed-out triangle means no bleach of any kind, and on dark cottons it is worth taking seriously: chlorine',
    'will strip the dye in patches that cannot be put back.',
  ),
];
const gSqP = j(
  'The square is about drying. A circle inside it means a tumble dryer; anything else inside it means drying without one. The dots',
  'work the same way as on the iron: more dots, more heat.',
);
const gRows = [
  ['Square with a circle and one dot', 'Tumble dry on low heat'],
  ['Square with a circle and two dots', 'Tumble dry on normal heat'],
  ['Square with a crossed-out circle', 'Do not tumble dry'],
  ['Square with a curved line along the top', 'Hang on a line to dry'],
  ['Square with one horizontal line across the middle', 'Dry flat'],
  ['Square with three vertical lines', 'Drip dry, without wringing or spinning'],
];
const gSqAfter = j(
  '“Dry flat” is the one people miss. Knitwear dried on a line or a hanger stretches under its own wet weight, and a jumper that',
  'has grown five centimetres in length will not shrink back again.',
);
const gIron = [
  j(
    'One dot on the iron means a cool iron, around 110°C, for acrylic, nylon and silk. Two dots means a warm iron for wool and polyester',
    'blends. Three dots means a hot iron for cotton and linen. A crossed-out iron usually means a print, a coating or a fabric that will',
    'glaze and shine; a line under the iron’s base means no steam.',
  ),
  j(
    'We press almost everything with steam on a padded buck rather than with a hot plate, so a two-dot label in our hands is a guide to',
    'the temperature of the steam and the head, not to the iron you have at home.',
  ),
];
const gCircP = j(
  'The plain circle is the instruction written for professional cleaners, and it is the symbol we read first when a garment comes',
  'over the counter. The letter inside tells us which process the maker tested:',
);
const gCirc = [
  'P: any of the usual dry-cleaning solvents. This covers most suits, coats and dresses we see.',
  'F: hydrocarbon solvent only, a milder process for sequins, some prints and bonded fabrics.',
  'W: professional wet cleaning, which we do in a computer-controlled machine with very little movement and special detergents.',
  'A crossed-out circle: no professional cleaning at all.',
];
const gCallout = j(
  'If a label has been cut out, bring the garment in anyway. We test an inside seam for colour and shrinkage before we decide how',
  'to clean it, and we tell you the risk before we start.',
);
const gWhen = [
  j(
    'Labels are written to protect the maker, and now and then they are simply wrong. We see cotton shirts marked “dry clean only”',
    'that are far better washed, and silk blouses marked for a 40°C wash that would lose their colour in one go.',
  ),
  j(
    'When we think the label is wrong we will tell you, explain what we would rather do, and ask you to sign the ticket before we do',
    'it. If you would rather we followed the label, we follow the label. What we will not do is ignore a crossed-out circle without',
    'your say-so.',
  ),
];
const gAsk = [
  j(
    'Tell us about stains when you hand a garment in: what it is, how old it is, and anything you have already tried. A wine stain on',
    'day one is a five-minute job; a wine stain that has been rubbed with salt and then washed at 40°C may never come out completely.',
  ),
  j(
    'And keep the labels on. They are itchy, we know, but a garment without one is a guess, and guesses are how good clothes get',
    'ruined. If you have to cut one out, pin it inside the wardrobe with a note of what it came from.',
  ),
];
const gCaption = 'A wool coat label: wash at 30 on a wool cycle, no bleach, no tumble, warm iron, dry clean P.';
const gNav = ['Home', 'Care guides', 'Shop news', 'About'];
const gMore = [
  [
    'Shop news',
    'Our new wet-cleaning machine, and why it matters for wool',
    'It uses a fifth of the water of the old one and treats knitwear far more gently.',
    'Jan 28, 2025',
    '4 min read',
  ],
  [
    'Care guides',
    'Storing winter coats over the summer',
    'Clean before you store, never in dry-cleaning plastic, and cedar rather than mothballs.',
    'Jan 9, 2025',
    '3 min read',
  ],
  [
    'Care guides',
    'Red wine, coffee and candle wax: what to do in the first ten minutes',
    'Blot, don’t rub, and keep the hot water away.',
    'Dec 17, 2024',
    '5 min read',
  ],
] as const;
const card = ([tag, t, ex, d, len]: readonly [string, string, string, string, string]): string => `<article class="post-card post">
<a class="post-card-image-link" href="/${t.toLowerCase().replace(/\W+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2025/01/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/\W+/g, '-')}/"><header class="post-card-header">
<div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-01-01">${d}</time><span class="post-card-meta-length">${len}</span></footer>
</div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Reading a care label: every symbol, and what we actually do with it</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c3e77b2">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://notes.clearwatercleaners.example/reading-a-care-label/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Clearwater Notes">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-11T09:12:00.000Z"><meta property="article:tag" content="Care guides">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Clearwater Notes"},
"author":{"@type":"Person","name":"Maud Ferrier"},"headline":"${gTitle}","datePublished":"2025-02-11T09:12:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://notes.clearwatercleaners.example/"
data-key="4c1f0e" data-api="https://notes.clearwatercleaners.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;flex-direction:column;align-items:center;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="4c1f0e"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" crossorigin="anonymous"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8a1c3e77b2"><style>:root {--ghost-accent-color: #2f6f6b;}</style>
</head>
<body class="post-template tag-care-guides is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://notes.clearwatercleaners.example">Clearwater Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/\W+/g, '-')}">
<a href="/${t.toLowerCase().replace(/\W+/g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-care-guides featured">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/care-guides/">Care guides</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/maud/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/maud.jpg" alt="Maud Ferrier"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/maud/">Maud Ferrier</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-02-11">Feb 11, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2025/02/label.jpg 300w, /content/images/size/w600/2025/02/label.jpg 600w"
src="/content/images/size/w2000/2025/02/label.jpg" alt="Care label on a wool coat">
<figcaption><span style="white-space: pre-wrap;">${gCaption}</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
<h2 id="why-the-label-matters">${gHeads[0]}</h2>${ps(gWhy)}
<h2 id="the-washtub">${gHeads[1]}</h2>${ps([gTubP])}<ul>${lis(gTub)}</ul>
<h2 id="the-triangle">${gHeads[2]}</h2>${ps(gTri)}
<h2 id="the-square">${gHeads[3]}</h2>${ps([gSqP])}
<!--kg-card-begin: html--><table class="care-table"><thead><tr><th>Symbol</th><th>Meaning</th></tr></thead><tbody>${trs(gRows)}</tbody></table>
<!--kg-card-end: html-->
${ps([gSqAfter])}
<h2 id="the-iron">${gHeads[4]}</h2>${ps(gIron)}
<h2 id="the-circle-the-one-for-us">${gHeads[5]}</h2>${ps([gCircP])}<ul>${lis(gCirc)}</ul>
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="when-we-dont-follow-the-label">${gHeads[6]}</h2>${ps(gWhen)}
<h2 id="what-we-ask-of-you">${gHeads[7]}</h2>${ps(gAsk)}
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore.map(card).join('\n')}
</div></aside>
</main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://notes.clearwatercleaners.example">Clearwater Notes</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button><div class="pswp__caption"><div class="pswp__caption__center"></div></div>
</div></div></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v=8a1c3e77b2"></script>
<script>$(document).ready(function () { $('.gh-burger').click(function () { $('body').toggleClass('gh-head-open'); }); });</script>
</body>
</html>`;
const ghost: TestPage = {
  name: 'heldout519-ghost-care-label-explainer',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gHeads],
  // biome-ignore format: the body is listed in page order
  body: texts([gExcerpt, ...gWhy, gTubP, ...gTub, ...gTri, gSqP, ...rowTexts(gRows), gSqAfter, ...gIron, gCircP, ...gCirc, gCallout, ...gWhen, ...gAsk]),
  bylines: ['Maud Ferrier', 'Feb 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Clearwater Notes', ...gNav.filter((t) => t !== 'Home' && t !== 'About'), 'Sign in', 'Subscribe', 'Featured', '7 min read', gCaption,
    'Sign up for more like this.', 'Enter your email', ...gMore.flatMap(([, t, ex, d, len]) => [t, ex, d, len]), 'Clearwater Notes © 2025', 'Sign up',
    'Powered by Ghost',
  ],
};

export const HELDOUT519_B2: readonly TestPage[] = [ghost];
