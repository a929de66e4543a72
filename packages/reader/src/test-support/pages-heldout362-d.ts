import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout362-kit.js';

/**
 * Held-out batch 362, file d: a museum acquisition news story on Drupal 10 (the Olivero-style off-canvas wrapper, block
 * regions, the node--type-news article with its field wrappers for the date, the "Press release" label, a media field with
 * caption and credit, an inline "Read more:" promo, the media-contact block, the related-news view, the visit-us and
 * newsletter blocks and the EU Cookie Compliance banner) and a collector's blog on Ghost with the Casper theme (the gh-head
 * navigation, article-header with the tag, excerpt, byline and reading time, a kg-image-card with caption, a blockquote, the
 * subscribe call-to-action, the "You might also like" read-more feed and the site footer).
 */
const mTitle = 'Museum acquires the Ashgrove Cabinet, a lacquered collector\u2019s chest with 140 drawers';
const mLede = j(
  'The Calloway Museum of Decorative Arts has acquired the Ashgrove Cabinet, a japanned collector\u2019s chest made in Bristol',
  'around 1735, with the help of a grant from the National Heritage Purchase Fund and gifts from more than 900 members of the public.',
);
const mBody = [
  j(
    'The cabinet was made for the naturalist Josiah Ashgrove, who used its 140 small drawers to store shells, minerals and insects',
    'gathered on voyages to the Caribbean. It remained at Ashgrove House in Somerset until 2024, when the family placed it on the',
    'market and an export bar was imposed to give a British institution the chance to buy it.',
  ),
  j(
    'The purchase price of \u00a31.28 million was met by the Purchase Fund (\u00a3700,000), the Friends of the Calloway (\u00a3250,000)',
    'and a public appeal that raised \u00a3330,000 in eleven weeks.',
  ),
  j(
    '\u201cThis is one of the very few English cabinets of curiosity to survive with its original fittings and its owner\u2019s',
    'handwritten labels,\u201d said Dr Imogen Farrant, the museum\u2019s Keeper of Furniture. \u201cIt shows us how an eighteenth-century',
    'collector thought about order, and it will let us tell that story in our own galleries.\u201d',
  ),
];
const mSub = [
  j(
    'Conservators will spend the next year stabilising the lacquer, which has lifted in places on the doors, and cataloguing the',
    'paper labels. About a third of the drawers still hold specimens, which will be examined by the Natural History Museum of the West.',
  ),
  'The cabinet will go on display in the Georgian Interiors gallery in spring 2027, alongside a programme of talks and family workshops.',
  j(
    'Until then, visitors can follow the conservation work through a series of short films on the museum\u2019s website, and the',
    'conservation studio will open its doors for a behind-the-scenes look at the cabinet on the first Friday of each month from May.',
    'Places are free but must be booked in advance.',
  ),
];
const mFacts = [
  'Made in Bristol around 1735, japanned pine and oak',
  'Height 2.1 m; 140 drawers behind two pairs of doors',
  'Purchased for \u00a31.28 million in February 2026',
];
const mNav = ['Visit', 'What\u2019s on', 'Collections', 'Learn', 'Support us', 'Shop'];
const mBread = ['Home', 'News'];
const mRelated = [
  'Conservation studio opens to visitors on Fridays',
  'New gallery of English silver opens in June',
  'Museum receives gift of 300 studio ceramics',
];
const mFoot = ['Accessibility', 'Privacy notice', 'Terms of use', 'Careers', 'Press office'];
const mHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8" /><title>${mTitle} | Calloway Museum</title>
<meta name="description" content="The Calloway Museum has acquired the Ashgrove Cabinet, a japanned collector's chest made in Bristol around 1735." />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><link rel="canonical" href="https://www.callowaymuseum.example/news/ashgrove-cabinet" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2026-02-26"}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/2291"},
"eu_cookie_compliance":{"popup_enabled":true}}
</script></head><body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper"><header class="site-header" role="banner">
<div id="block-museum-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">Calloway Museum</a></div>
<nav role="navigation" aria-labelledby="block-museum-main-menu" id="block-museum-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-museum-main-menu">Main navigation</h2><ul class="menu">${links(mNav, 'menu-item')}</ul></nav>
<a href="/tickets" class="button button--primary">Book tickets</a></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>${links(mBread)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div id="block-museum-content" class="block block-system">
<article role="article" about="/news/ashgrove-cabinet" class="node node--type-news node--promoted node--view-mode-full">
<div class="node__header"><div class="field field--name-field-news-type field--type-entity-reference field__item">Press release</div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${mTitle}</span></h1>
<div class="field field--name-field-date field--type-datetime field__item"><time datetime="2026-02-26T09:00:00Z">26 February 2026</time></div></div>
<div class="field field--name-field-media-image field--type-entity-reference field__item"><figure class="media media--type-image">
<img src="/sites/default/files/2026-02/ashgrove-cabinet.jpg" alt="A black and gold lacquered cabinet with its doors open" width="1200" height="800" />
<figcaption><span class="caption">The Ashgrove Cabinet with its doors open, showing the banks of small drawers.</span>
<span class="credit">Photo: © Calloway Museum / Aled Pryce</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p class="lede"><strong>${mLede}</strong></p>
${ps(mBody)}
<aside class="promo-inline"><p>Read more: <a href="/news/appeal-total">Public appeal for the Ashgrove Cabinet passes its target</a></p></aside>
<h2>What happens next</h2>
${ps(mSub)}
<h3>The cabinet in numbers</h3><ul>${mFacts.map((f) => `<li>${f}</li>`).join('\n')}</ul>
</div><div class="field field--name-field-media-contact field__item"><h2>Media contact</h2><p>Press office: press@callowaymuseum.example, 0117 496 0811</p>
</div>
<div class="share-links"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article></div>
<div class="views-element-container block block-views" id="block-related-news"><h2>Related news</h2><ul>${links(mRelated, 'views-row')}</ul></div></div></main>
<div class="region region-footer-top"><div id="block-visitus" class="block block-block-content"><h2>Visit us</h2>
<p>Open Tuesday to Sunday, 10:00 to 17:00. Free entry to the permanent collection.</p></div>
<div id="block-newsletter" class="block block-simplenews"><h2>Join our mailing list</h2><p>Be the first to hear about exhibitions and events.</p>
<form><input type="email" placeholder="Email address" /><input type="submit" value="Sign up" /></form></div></div>
<footer class="site-footer" role="contentinfo"><ul class="menu">${links(mFoot)}</ul>
<p>Calloway Museum of Decorative Arts is a registered charity, no. 1104229.</p></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2>
<p>Some cookies are essential; others help us improve your visit.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Only essential cookies</button></div></div></div></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout362-drupal-museum-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['What happens next', 'The cabinet in numbers'],
  body: texts([mLede, ...mBody, ...mSub, ...mFacts]),
  bylines: ['26 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...mNav, 'Book tickets', ...mBread, 'Press release',
    'The Ashgrove Cabinet with its doors open, showing the banks of small drawers.', 'Photo: © Calloway Museum / Aled Pryce',
    'Read more: Public appeal for the Ashgrove Cabinet passes its target', 'Media contact', 'Press office: press@callowaymuseum.example, 0117 496 0811',
    'Share this page', 'Facebook', 'Email', 'Related news', ...mRelated, 'Visit us',
    'Open Tuesday to Sunday, 10:00 to 17:00. Free entry to the permanent collection.',
    'Join our mailing list', 'Be the first to hear about exhibitions and events.',
    ...mFoot, 'Calloway Museum of Decorative Arts is a registered charity, no. 1104229.',
    'We use cookies on this site', 'Some cookies are essential; others help us improve your visit.', 'Accept all cookies', 'Only essential cookies',
  ],
};

const bTitle = 'Why I collect railway lamps, and what twenty years of them have taught me';
const bExcerpt = 'A hand lamp from a branch line that closed in 1964 started it all. Forty-one lamps later, here is what I wish I had known.';
const bP1 = [
  j(
    'My first lamp cost me six pounds at a car boot sale near Taunton. It was a three-aspect hand lamp, painted black over the',
    'original railway grey, with a cracked red glass and a burner that had not seen paraffin in decades. I bought it because it was',
    'heavy and honest and nobody else wanted it.',
  ),
  j(
    'Twenty years on there are forty-one lamps in the back bedroom, and my wife has stopped asking where the next one will go. This',
    'post is for anyone who has just bought their first and is wondering whether to buy a second.',
  ),
];
const bP2 = [
  j(
    'The most useful thing I ever learned was to read the stamps. Most lamps carry the maker\u2019s name on the top and the railway\u2019s',
    'initials on the body, and many also carry the name of the station or the signal box they belonged to. A lamp stamped with a',
    'closed branch-line station is worth two or three times a plain one, and it comes with a story.',
  ),
  j(
    'Repainting destroys those stamps more often than rust does. If a lamp has been repainted, look for raised lettering under the',
    'paint before you strip it, and strip it slowly.',
  ),
];
const bQuote = 'Buy the lamp with the story, not the shiny one. The shiny one is usually the one somebody has ruined.';
const bTips = [
  'Check that the burner is the right type for the lamp; swapped burners are common.',
  'Coloured glasses should be marked; unmarked replacements lower the value.',
  'Never light an old burner without replacing the wick and checking the reservoir for leaks.',
  'Keep a notebook of every lamp: price, seller, stamps, and anything the seller told you.',
];
const bP3 = [
  j(
    'I still go to the same car boot sale most Sundays. I rarely find anything there now, but the man who sold me the first lamp is',
    'still there too, and we still talk about the branch line his father worked on.',
  ),
];
const bNav = ['Home', 'Lamps', 'Restoration', 'Fairs', 'About'];
const bMore = ['Restoring a brass burner without losing its patina', 'A field guide to railway lamp makers\u2019 stamps', 'The lamp fair at Didcot, 2025'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="${bExcerpt}"><link rel="canonical" href="https://signalandsidings.example/why-i-collect-railway-lamps/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-14T08:30:00.000Z">
<meta property="article:tag" content="Collecting"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Signal &amp; Sidings"},
"author":{"@type":"Person","name":"Gareth Loame"},"headline":"${bTitle}","datePublished":"2026-03-14T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-ghost="https://signalandsidings.example/"></script></head>
<body class="post-template tag-collecting is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://signalandsidings.example">Signal &amp; Sidings</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(bNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></header><div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-collecting">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/collecting/">Collecting</a>
</span></div>
<h1 class="article-title">${bTitle}</h1><p class="article-excerpt">${bExcerpt}</p>
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/gareth/">Gareth Loame</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-03-14">Mar 14, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></div></div>
<figure class="article-image"><img src="/content/images/2026/03/lamps-shelf.jpg" alt="Railway lamps on a shelf">
<figcaption>Part of the collection, lit for the first time in years.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(bP1)}
<h2 id="read-the-stamps">Read the stamps first</h2>
${ps(bP2)}
<blockquote>${bQuote}</blockquote>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/03/stamp.jpg" class="kg-image" alt="Maker's stamp">
<figcaption><span style="white-space: pre-wrap;">A maker\u2019s stamp on the top of a 1930s hand lamp.</span></figcaption></figure>
<h2 id="before-you-buy">Before you buy</h2>
<ul>${bTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="sundays">Sundays</h2>
${ps(bP3)}
</section><section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main><aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">You might also like</h3><div class="post-feed">
${bMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link"
href="/post/"><h2 class="post-card-title">${t}</h2></a></article>`,
  )
  .join('\n')}
</div></div></aside></div><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Signal &amp; Sidings</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Privacy', 'Contact'])}</ul></nav><div><a href="https://ghost.org/"
target="_blank">Powered by Ghost</a></div>
</div></footer></div></body></html>`;
const ghost: TestPage = {
  name: 'heldout362-ghost-collector-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Read the stamps first', 'Before you buy', 'Sundays'],
  body: texts([bExcerpt, ...bP1, ...bP2, bQuote, ...bTips, ...bP3]),
  bylines: ['Gareth Loame', 'Mar 14, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Signal & Sidings', ...bNav, 'Sign in', 'Subscribe', 'Collecting', 'Part of the collection, lit for the first time in years.',
    'A maker\u2019s stamp on the top of a 1930s hand lamp.', 'Sign up for more like this.', 'Enter your email', 'You might also like', ...bMore,
    'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT362_D: readonly TestPage[] = [drupal, ghost];
