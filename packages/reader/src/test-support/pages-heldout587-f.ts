import { links, type TestPage } from './page-kit.js';
import { type Block, blocks, gold, j } from './pages-heldout587-kit.js';

/**
 * Held-out batch 587, file f: a key cutter's post on why copied keys stick, on a Hugo site (PaperMod theme, with a table of
 * contents, tags, share buttons and post navigation), and a restricted key systems explainer on a HubSpot CMS blog (cookie
 * banner, tags, related posts and a subscribe form).
 */
const uTitle = 'Why your copied key sticks in the lock';
const uBlocks: Block[] = [
  [
    'p',
    j(
      'A customer came back last week with a key we had cut the day before. It turned, but only if he jiggled it. This happens',
      'more often than any key cutter likes to admit, and there are three usual reasons.',
    ),
  ],
  ['h2', '1. The original was worn'],
  [
    'p',
    j(
      'A duplicating machine copies exactly what it is given. If your original key has been in your pocket for fifteen years, its',
      'cuts are rounded and shallower than the factory made them, and the copy is worn on the first day. We now ask for the',
      'least-used key on the ring, or cut to code if the lock maker publishes one.',
    ),
  ],
  ['h2', '2. Burrs on the new key'],
  ['p', 'Freshly cut brass has tiny sharp edges. We run every key across a wire brush, but a stubborn burr can catch on the pins.'],
  ['h2', '3. The lock itself'],
  [
    'p',
    j(
      'Sometimes the key is fine and the lock is dirty or dry. A puff of graphite powder (never oil, which collects grit) often',
      'cures it. If the new key works in a spare lock of the same type, the problem is the cylinder.',
    ),
  ],
  ['p', 'Bring back any key that sticks. We will recut it free, and if it is the lock, we will tell you.'],
];
const uTags = ['keys', 'locks', 'workshop'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${uTitle} | Bench Notes</title><meta name="keywords" content="keys, locks, workshop"><meta name="author" content="Owen Tallis">
<meta name="generator" content="Hugo 0.125.4"><link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c.css" rel="preload stylesheet" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","datePublished":"2025-05-02T00:00:00Z",
"author":[{"@type":"Person","name":"Owen Tallis"}]}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://benchnotes.tallis-keys.uk/" accesskey="h" title="Bench Notes (Alt + H)">Bench Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg"></svg></button>
</div></div>
<ul id="menu"><li><a href="/posts/" title="Posts"><span>Posts</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li>
<li><a href="/about/" title="About"><span>About</span></a></li><li><a href="/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li>
</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${uTitle}</h1><div class="post-meta">
<span title='2025-05-02 00:00:00 +0000 UTC'>May 2, 2025</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Owen Tallis
</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${uBlocks
  .filter((b) => b[0] === 'h2')
  .map((b) => `<li><a href="#${b[1].length}" aria-label="${b[1]}">${b[1]}</a></li>`)
  .join('')}</ul></div></details></div>
<div class="post-content">${blocks(uBlocks)}</div>
<footer class="post-footer"><ul class="post-tags">${uTags.map((t) => `<li><a href="/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="/posts/mortice/"><span class="title">« Prev</span><br><span>Cutting mortice keys by hand</span></a>
<a class="next" href="/posts/heels/"><span class="title">Next »</span><br><span>Rubber or leather heels?</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/"><svg></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook" href="https://facebook.com/sharer/sharer.php"><svg></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://benchnotes.tallis-keys.uk/">Bench Notes</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a
href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg">
</svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle('dark')})</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout587-hugo-sticking-key',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  ...gold(uBlocks),
  bylines: ['May 2, 2025', 'Owen Tallis'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bench Notes', 'Posts', 'Tags', 'About', 'Search', 'Home', '2 min', 'Table of Contents', ...uTags, '« Prev', 'Cutting mortice keys by hand',
    'Next »', 'Rubber or leather heels?', '© 2025 Bench Notes', 'Powered by Hugo & PaperMod',
  ],
};

const kTitle = 'Restricted key systems: why some keys can’t be copied on the high street';
const kBlocks: Block[] = [
  [
    'p',
    j(
      'Every week, somebody at one of our 40 counters hands over a key stamped “Do Not Duplicate” and is surprised when we say no.',
      'Sometimes the stamp is just a stamp. But more and more offices, flats and schools use restricted key systems, and for those,',
      'there is no way for us, or anyone else on the high street, to cut a copy.',
    ),
  ],
  ['h2', 'What makes a key restricted'],
  [
    'p',
    j(
      'A restricted key has a blade profile, the shape you see when you look at the end of the key, that is protected by a patent',
      'or a registered design. The blanks are only supplied to the locksmith who registered the system, and the machines that cut',
      'them are kept in that locksmith’s workshop.',
    ),
  ],
  [
    'p',
    j(
      'Each system comes with a security card. Only the card holder, usually a building manager or the owner, can order new keys,',
      'and the locksmith checks the card and a signature on every order.',
    ),
  ],
  ['h2', 'Does “Do Not Duplicate” on an ordinary key mean anything?'],
  [
    'p',
    j(
      'Legally, not much. A stamp on a standard blank is a request, not a lock. Our policy is to treat it as one: we ask for a letter',
      'from the landlord or building owner before we cut it.',
    ),
  ],
  ['h2', 'How to get a copy of a restricted key'],
  ['ol', 'Find the system number stamped on the key or on the security card.'],
  ['ol', 'Ask the card holder to request the key from the registered locksmith.'],
  ['ol', 'Allow five to ten working days; keys are cut to order and posted or collected with ID.'],
  [
    'p',
    j(
      'If you manage a building and want to set up a restricted system, our Commercial Keys team can survey your doors and quote for',
      'cylinders and keys on a patent-protected profile that runs until 2041.',
    ),
  ],
];
const kNav = ['Shoe Repairs', 'Key Cutting', 'Watch Repairs', 'Engraving', 'Find a Shop', 'Blog'];
const kRel = ['Mortice, cylinder or smart lock: which is right for your front door?', 'Five things to do when you lose your house keys'];
const kFoot = ['About us', 'Careers', 'Franchise with us', 'Privacy policy', 'Cookie settings'];
const kHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>Restricted key systems explained | Stepwell Heel Bar &amp; Keys</title>
<meta name="description" content="Why some keys can’t be copied on the high street, and how to get a spare.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.stepwell.co.uk/hs-fs/hub/2291044/hub_generated/template_assets/1/main.min.css">
<link rel="amphtml" href="https://www.stepwell.co.uk/blog/restricted-key-systems?hs_amp=true"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${kTitle}",
"author":{"@type":"Person","name":"Helen Marsh"},
"datePublished":"2025-03-18T09:00:00Z"}</script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en-gb';</script></head>
<body><div class="body-wrapper hs-content-id-169281 hs-blog-post hs-blog-id-8821"><div data-global-resource-path="stepwell/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><a href="/"><img src="https://www.stepwell.co.uk/hubfs/logo.svg" alt="Stepwell Heel Bar &amp; Keys"></a></div>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" name="term" placeholder="Search"></form></div>
<nav class="navigation-primary" aria-label="Main menu"><ul class="submenu level-1">${links(kNav, 'menu-item')}</ul></nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${kTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/helen-marsh">Helen Marsh</a>
<time datetime="2025-03-18 09:00:00" class="blog-post__timestamp">Mar 18, 2025 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${blocks(kBlocks.slice(0, 1))}<!--more-->
${blocks(kBlocks.slice(1))}</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg><a class="blog-post__tag-link" href="/blog/tag/keys">Keys</a>
<a class="blog-post__tag-link" href="/blog/tag/security">Security</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${kRel
  .map(
    (r) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/${r.length}">
<img class="blog-related-posts__image" src="/hubfs/r.jpg"
alt="${r}"></a><div class="blog-related-posts__content"><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/blog/${r.length}">${r}</a></h3></div></div>`,
  )
  .join('\n')}
</div></section>
<div class="blog-comments">
<div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 class="form-title">Get care tips and offers by email</h3>
<form class="hs-form stacked" novalidate><div class="hs_email hs-form-field"><label for="email-8821"><span>Email</span>
<span class="hs-form-required">*</span></label>
<input id="email-8821" name="email" type="email"></div><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div>
</form></div>
<nav aria-label="Footer"><ul>${links(kFoot, 'menu-item')}</ul></nav>
<p class="footer__copyright">© 2025 Stepwell Retail Ltd. Registered in England No. 04417712.</p></div></footer>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>We use cookies to improve your experience and to understand how our site is used.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script src="https://js.hs-scripts.com/2291044.js" async defer id="hs-script-loader"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout587-hubspot-restricted-keys',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  ...gold(kBlocks),
  bylines: ['Helen Marsh', 'Mar 18, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...kNav, 'Related posts', ...kRel, 'Get care tips and offers by email', 'Email', ...kFoot,
    '© 2025 Stepwell Retail Ltd. Registered in England No. 04417712.', 'We use cookies to improve your experience and to understand how our site is used.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT587_F: readonly TestPage[] = [hugo, hubspot];
