import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout589-kit.js';

/**
 * Held-out batch 589, file c: a zero-waste store's "bring your own containers" FAQ on Webflow (rich text block, Webflow form
 * with its success and error states), and a growers' co-op weekly veg box post on Ghost (Casper) with a read-more rail.
 */
const fTitle = 'Bring your own: container FAQ';
const fLede = 'Everything you need to know before your first visit to Kilnworth Zero Waste.';
const fQa: [string, string[]][] = [
  [
    'Which containers can I bring?',
    [
      j(
        'Any clean container with a lid that closes: glass jars, tins, tubs, bottles and fabric bags. If it held something',
        'strong-smelling, like curry paste, give it an extra wash or keep it for the same kind of thing.',
      ),
    ],
  ],
  [
    'Do you check that my containers are clean?',
    [
      j(
        'We ask you to bring them clean and dry, and we trust you. If a container looks dirty, we may ask you to use one of our',
        'donated jars instead, which is only fair to the next customer using the same scoop.',
      ),
    ],
  ],
  [
    'How do I know what my container weighs?',
    [
      j(
        'Weigh it on the scale at the front before you fill it and write the weight on with our chalk pen, or ask us to print a',
        'tare sticker. Many regulars write the weight on the bottom once and never weigh it again.',
      ),
    ],
  ],
  ['Can I bring containers for someone else?', ['Yes. Lots of customers shop for neighbours. Just weigh every container separately.']],
  [
    'What if I forget?',
    [j('We keep a crate of washed, donated jars and bottles behind the counter. They are free. Paper bags cost 10p and go', 'towards our community fridge.')],
  ],
];
const fNav = ['Shop', 'Refill menu', 'FAQ', 'Workshops', 'Visit'];
const fFoot = ['Privacy', 'Accessibility', 'Careers'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu May 06 2027 10:14:22 GMT+0000 -->
<html data-wf-domain="www.kilnworthzerowaste.com" data-wf-page="6638a1f2c4e0b2d91a7b3c45" data-wf-site="6638a1f2c4e0b2d91a7b3c11" lang="en"><head>
<meta charset="utf-8"><title>Container FAQ | Kilnworth Zero Waste</title>
<meta content="Which containers to bring, how taring works, and what to do if you forget."
name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6638a1f2c4e0b2d91a7b3c11/css/kilnworth.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Which containers can I bring?"}]}</script>
</head><body class="body">
<div class="announcement"><div class="announcement-text">Closed Monday 27 May for the bank holiday</div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/6638a1f2/logo.svg" loading="lazy"
alt="Kilnworth Zero Waste" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'FAQ' ? ' w--current' : ''}">${t}</a>`).join('\n')}
<a href="/order" class="button-nav w-button">Order for collection</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero"><div class="container-small"><div class="eyebrow">Help</div><h1 class="heading-xl">${fTitle}</h1>
<p class="paragraph-lead">${fLede}</p></div></section>
<section class="section-faq"><div class="container-small"><div class="faq-rich-text w-richtext">
${fQa.map(([q, a]) => `<h3>${q}</h3>\n${ps(a)}`).join('\n')}
</div>
<div class="cta-card"><h4 class="cta-heading">Still got a question?</h4><p class="cta-text">Message us on Instagram or pop in and ask.</p>
<a href="/visit" class="button w-button">Opening times</a></div></div></section>
<section class="section-newsletter"><div class="container-small"><h2 class="heading-m">The Kilnworth letter</h2>
<p>New stock, workshop dates and the odd recipe, once a month.</p><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get" class="newsletter-form" aria-label="Email Form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="Your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe">
</form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="footer-container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col">
<div class="footer-brand">Kilnworth Zero Waste</div><p class="footer-address">3 Potter's Yard, Kilnworth</p></div>
<div class="footer-col">${fFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('\n')}</div></div>
<div class="footer-legal">© 2027 Kilnworth Zero Waste CIC</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6638a1f2c4e0b2d91a7b3c11" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6638a1f2c4e0b2d91a7b3c11/js/webflow.d4e5f6.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout589-webflow-container-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q),
  body: texts([fLede, ...fQa.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Closed Monday 27 May for the bank holiday', 'Refill menu', 'Workshops', 'Order for collection', 'Help', 'Still got a question?',
    'Message us on Instagram or pop in and ask.', 'Opening times', 'The Kilnworth letter', 'New stock, workshop dates and the odd recipe, once a month.',
    "3 Potter's Yard, Kilnworth", ...fFoot, '© 2027 Kilnworth Zero Waste CIC',
  ],
};

const gTitle = 'What\u2019s in the box: week 20';
const gDek = 'Asparagus arrives, the last of the stored squash goes, and a recipe for the radish tops you usually throw away.';
const gIntro = [
  j(
    'The polytunnels have finally caught up with the calendar. This week is the first with more fresh greens than stored roots,',
    'and the asparagus bed at Hale End has given us enough for every medium and large box.',
  ),
];
const gBox = [
  'Asparagus, 250g (medium and large)',
  'Salad bag: mizuna, pea shoots, red oakleaf',
  'Radishes with their tops',
  'Butternut squash, the last one until autumn',
  'Carrots, 750g',
  'Spring onions',
];
const gGrow = [
  j(
    'Wil has been planting out courgettes and squash for the summer boxes. A late frost on Sunday night caught the first row,',
    'so we have sown again, which may push the first courgettes back a week or so.',
  ),
  j(
    'We also had a visit from the primary school in Thornbury, whose year 4 class helped us sow beetroot. Expect some',
    'enthusiastically spaced rows in July.',
  ),
];
const gRecipe = [
  j(
    'Radish tops make a peppery pesto. Wash them well, blitz with a handful of toasted sunflower seeds, a small garlic clove,',
    'the juice of half a lemon and enough rapeseed oil to loosen it. Stir it through pasta or spoon it over new potatoes.',
  ),
];
const gQuote = 'Nothing goes to waste on a farm if you have enough hens and a good compost heap.';
const gAdmin = [
  j('Collection at the Corn Exchange moves to 4pm to 7pm from next week while the market hall is being repainted. Home deliveries', 'are not affected.'),
];
const gHeads = ['In the box', 'On the farm', 'Recipe: radish top pesto', 'Notices'];
const gNav = ['Home', 'Veg boxes', 'The farms', 'Recipes', 'About'];
const gMore = ['What\u2019s in the box: week 19', 'Meet the growers: Hale End', 'Why we stopped using plastic punnets'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>What’s in the box: week 20</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=0f4b2c9e11"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.harrowrowgrowers.org/whats-in-the-box-week-20/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-05-14T07:30:00.000Z"><meta property="article:tag" content="Veg box">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harrow Row Growers"},
"author":{"@type":"Person","name":"Tobias Rennard"},"headline":"What’s in the box: week 20","datePublished":"2027-05-14T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://news.harrowrowgrowers.org/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style>
</head><body class="post-template tag-veg-box is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.harrowrowgrowers.org">Harrow Row Growers</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
</svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu">
<ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-social"></div><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-veg-box">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/veg-box/">Veg box</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tobias/" class="author-avatar" aria-label="Read more of Tobias Rennard"><img class="author-profile-image" src="/content/images/2026/tobias.jpg"
alt="Tobias Rennard"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tobias/">Tobias Rennard</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-05-14">May 14, 2027</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/05/asparagus.jpg 600w" src="/content/images/2027/05/asparagus.jpg"
alt="Asparagus spears in a crate">
<figcaption><span style="white-space: pre-wrap;">First cut of the season at Hale End. Photo: Ana Brightwell</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<h2 id="in-the-box">${gHeads[0]}</h2><ul>${lis(gBox)}</ul>
<h2 id="on-the-farm">${gHeads[1]}</h2>${ps(gGrow)}
<h2 id="recipe-radish-top-pesto">${gHeads[2]}</h2>${ps(gRecipe)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="notices">${gHeads[3]}</h2>${ps(gAdmin)}
<div class="kg-card kg-button-card kg-align-center"><a href="https://harrowrowgrowers.org/boxes" class="kg-btn kg-btn-accent">Change or skip your box</a></div>
</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gMore
  .map(
    (t, i) => `<article class="post-card post tag-veg-box"><a class="post-card-image-link" href="/more-${i}/"><img class="post-card-image"
src="/content/images/more-${i}.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Veg box</span></div><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-05-0${i + 1}">May ${7 - i}, 2027</time></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.harrowrowgrowers.org">Harrow Row Growers</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button><div class="pswp__counter"></div></div></div>
<script src="/assets/built/casper.js?v=0f4b2c9e11"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout589-ghost-casper-veg-box-week',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gIntro, ...gBox, ...gGrow, ...gRecipe, gQuote, ...gAdmin]),
  bylines: ['Tobias Rennard', 'May 14, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrow Row Growers', ...gNav.filter((t) => t !== 'Home'), 'Sign in', 'Subscribe', 'Veg box', '• 3 min read',
    'First cut of the season at Hale End. Photo: Ana Brightwell',
    'Change or skip your box', ...gMore, 'May 7, 2027', 'May 6, 2027', 'May 5, 2027', 'Harrow Row Growers © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT589_C: readonly TestPage[] = [webflow, ghost];
