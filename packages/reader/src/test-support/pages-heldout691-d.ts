import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout691-kit.js';

/**
 * Held-out batch 691, file d: a conference interpreter's blog post on Ghost (Casper theme, Portal sign-up, a members CTA and
 * "read more" cards), and a translation agency's blog post on HubSpot CMS (a CTA, a subscribe form and related posts).
 */
const gTitle = 'The day before the booth: how I prepare for a technical conference';
const gDek = 'Most of an interpreter’s work happens before the microphone goes on. Here is my checklist for a two-day engineering congress.';
const gH1 = 'Start with the programme';
const gP1 = [
  j(
    'As soon as the programme is final, I go through it session by session and mark the talks where I know least. Those get the',
    'most time. A keynote on the future of the industry is rarely the problem; a thirty-minute talk on weld inspection is.',
  ),
  j(
    'I write to the organisers for the slides. Speakers usually send them late or not at all, so I also look for their earlier',
    'talks and papers. Even an old slide deck gives me the names of the products and the abbreviations they use.',
  ),
];
const gH2 = 'Build a glossary you can read in the dark';
const gP2 = [
  j(
    'My glossary for a congress is never more than two pages. In the booth there is no time to scroll, so I sort it by session, not',
    'by alphabet, and I print it in large type. Terms I am sure of do not go in.',
  ),
  'My colleague and I share one glossary and add to it during the breaks, so that on the second day we both use the same words.',
];
const gH3 = 'On the day';
const gList = [
  'Arrive an hour early and test the console with the technician',
  'Find the speakers and ask how to pronounce their names',
  'Agree with your booth partner who takes which session',
  'Keep water, a pencil and the glossary within reach, and nothing else',
];
const gLast = j('None of this is glamorous. But the listeners in the hall never see the preparation; they only notice when it was not done.');
const gNav = ['Home', 'About', 'Glossaries', 'Work with me'];
const gMore = ['Why I still take notes on paper', 'Relay interpreting without tears', 'What to ask before you accept a remote job'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5a1b2c"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://booth-notes.marekolund.com/the-day-before-the-booth/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-08T07:30:00.000Z"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Booth Notes"},
"author":{"@type":"Person","name":"Marek Olund"},"headline":"${gTitle}","datePublished":"2025-04-08T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://booth-notes.marekolund.com/"
crossorigin="anonymous">
</script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:20px}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://booth-notes.marekolund.com">Booth Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search></button><button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`)
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-preparation">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/preparation/">Preparation</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list"><li class="author-list-item"><a href="/author/marek/" class="author-avatar">
<img class="author-profile-image" src="/content/images/marek.jpg"
alt="Marek Olund"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/marek/">Marek Olund</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-04-08">Apr 8, 2025</time><span class="byline-reading-time">
<span class="bull">•</span> 4 min read</span>
</div></div></section></div></header>
<figure class="article-image"><img src="/content/images/2025/04/booth.jpg" alt="Two interpreters in a booth"><figcaption>
<span>The booth at the Vellmar congress centre</span></figcaption></figure>
<section class="gh-content gh-canvas"><h2 id="start-with-the-programme">${gH1}</h2>${ps(gP1)}<h2 id="build-a-glossary">${gH2}</h2>${ps(gP2)}
<h2 id="on-the-day">${gH3}</h2><ul>${lis(gList)}</ul><p>${gLast}</p>
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text">
<p>I send one of these notes every fortnight. Subscribe to get the next one.</p>
</div><a href="#/portal/signup" class="kg-cta-button">Subscribe</a></div></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) =>
      `<article class="post-card post"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://booth-notes.marekolund.com">Booth Notes</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5a1b2c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout691-ghost-interpreter-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gDek, ...gP1, ...gP2, ...gList, gLast]),
  bylines: ['Marek Olund', 'Apr 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Booth Notes', ...gNav, 'Sign in', 'Subscribe', 'Preparation', '4 min read', 'The booth at the Vellmar congress centre',
    'I send one of these notes every fortnight. Subscribe to get the next one.', 'Sign up for more like this.', 'Enter your email', ...gMore,
    'Booth Notes © 2025', 'Privacy', 'Powered by Ghost',
  ],
};

const hTitle = 'Website localisation: a checklist before you send us your files';
const hIntro = [
  j(
    'Translating a website is not the same as translating a brochure. Text lives in templates, menus, image files and error',
    'messages, and some of it only appears when a customer does something wrong. These are the questions we ask every new client.',
  ),
];
const hH1 = '1. Can you export the text?';
const hP1 = j(
  'Most content systems can export pages as XLIFF or as a spreadsheet. That is far better than copying text from the browser,',
  'because the structure stays intact and we can send the translation straight back. If your system cannot export, tell us early.',
);
const hH2 = '2. Where else does text hide?';
const hList = [
  'Buttons, form labels and error messages in the code',
  'Text inside images and banners',
  'Automatic emails: order confirmations, password resets',
  'Page titles and meta descriptions for search engines',
];
const hH3 = '3. Who checks the result?';
const hP3 = j(
  'Someone in the target market should look at the finished site before launch, not only at the translated text. Dates, currencies,',
  'addresses and line breaks in long words are the things that go wrong most often, and they are only visible on the page.',
);
const hNav = ['Services', 'Industries', 'Resources', 'About', 'Contact us'];
const hRel = ['How we price a localisation project', 'Machine translation post-editing: when it works', 'Translating for the Nordic markets'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="The questions we ask before localising a website.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/4481230/hub_generated/template_assets/1/blog-post.min.css"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.tessaline.com/blog/website-localisation-checklist"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Dorota Marsh"}}</script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script></head>
<body class="blog-post-template hs-content-id-1588 hs-blog-post hs-blog-id-1442"><div class="body-wrapper hs-content-id-1588 hs-blog-post">
<div data-global-resource-path="tessaline/templates/partials/header.html"><a href="#main-content" class="header__skip">Skip to content</a>
<header class="header"><div class="header__container content-wrapper"><div class="header__logo"><a href="/">
<img src="/hubfs/tessaline-logo.svg" alt="Tessaline Translations"></a></div>
<div class="header__navigation"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/dorota-marsh">Dorota Marsh</a>
<time datetime="2025-06-17" class="blog-post__timestamp">Jun 17, 2025 10:15:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-type="rich_text">
${ps(hIntro)}<!--more--><h2>${hH1}</h2><p>${hP1}</p><h2>${hH2}</h2><ul>${lis(hList)}</ul><h2>${hH3}</h2><p>${hP3}</p>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7f1c"><span class="hs-cta-node hs-cta-7f1c" id="hs-cta-7f1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4481230/7f1c" class="cta_button">Get a free localisation audit</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><span class="blog-post__tag-label">Topics:</span>
<a class="blog-post__tag-link" href="/blog/tag/localisation">Localisation</a>
<a class="blog-post__tag-link" href="/blog/tag/websites">Websites</a></div></article>
<div class="blog-subscribe"><h3>Subscribe to the Tessaline blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked">
<div class="hs_email hs-form-field"><label for="email-1442"><span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-1442" type="email" name="email">
</div><div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large" value="Subscribe"></div></form></div></div>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) =>
      `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3>
</article>`,
  )
  .join('\n')}</div></section></div></div></main>
<div data-global-resource-path="tessaline/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Tessaline Translations AB · Hamngatan 9 · Saltvik</p><p>© 2025 Tessaline Translations. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-hidden-for-print" role="region" aria-label="Cookie banner"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script id="hs-script-loader" async defer src="/hs/scriptloader/4481230.js">
</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout691-hubspot-localisation-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3],
  body: texts([...hIntro, hP1, ...hList, hP3]),
  bylines: ['Dorota Marsh', 'Jun 17, 2025 10:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Get a free localisation audit', 'Topics:', 'Localisation', 'Websites', 'Subscribe to the Tessaline blog', 'Email',
    'Related posts', ...hRel, 'Tessaline Translations AB · Hamngatan 9 · Saltvik', '© 2025 Tessaline Translations. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT691_D: readonly TestPage[] = [ghost, hubspot].map(settle);
