import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout372-kit.js';

/**
 * Held-out batch 372, file f: a donate-focused appeal page built with Squarespace 7.1 blocks for the invented Kestrel Legal
 * Aid Fund (announcement bar, header nav, page sections with sqs-block html, image and button blocks, a donation amount
 * picker, an image caption, a newsletter block, footer and the cookie banner), and a joint letter with its signatories on a
 * Ghost (Casper-style) site for the invented Digital Dissent Coalition (gh-head navigation, article header with tag, author
 * and reading time, kg-card callout, signatory list, gh-subscribe form, "Read more" post cards, footer). The signatories of
 * the letter are its body (the letter is signed by them); the appeal's gift amounts are furniture.
 */
const dTitle = 'Every Detained Child Deserves a Lawyer';
const dP1 = [
  j(
    'Last year, 1,240 children went through immigration hearings in Brenhaven without a lawyer at their side. Some were as young as',
    'six. Without representation, a child is five times more likely to be ordered to leave the country, even when they have a strong',
    'claim to protection.',
  ),
  j(
    'Our volunteer lawyers changed that for 310 children last year. Each case takes around 40 hours of work: interviews, translation,',
    'gathering school and medical records, and preparing the child for the hearing so that it is less frightening.',
  ),
];
const dHeads = ['Where your gift goes'];
const dUses = [
  'Interpreters, so that children can tell their story in their own language.',
  'Travel to detention centres, which are often hours from the nearest city.',
  'Training for new volunteer lawyers in child-friendly interviewing.',
];
const dP2 = [
  j(
    'We do not take government funding, so that we can challenge government decisions freely. Nine in ten of our donors give less',
    'than £20 a month. Together, they keep the doors open.',
  ),
];
const dNav = ['About', 'Our Work', 'Get Help', 'Join Us'];
const dAmounts = ['£10', '£25', '£50', '£100', 'Other amount'];
const dFoot = ['Privacy', 'Safeguarding', 'Annual reports'];
const dHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Donate — Kestrel Legal Aid Fund</title><meta property="og:site_name" content="Kestrel Legal Aid Fund"><meta property="og:title" content="Donate">
<script>Static.SQUARESPACE_CONTEXT={"website":{"id":"63f0b2","siteTitle":"Kestrel Legal Aid Fund"},"collection":{"title":"Donate","typeName":"page"}};</script>
<script type="application/ld+json">{"url":"https://www.kestrelaid.example","name":"Kestrel Legal Aid Fund","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f0b2/14/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f0b2d1" class="primary-button-style-solid tweak-global-animations-enabled collection-type-page">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>Gifts made before 31 March will be matched by the Harrow Trust.</p></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title-text"><a href="/">Kestrel Legal Aid
Fund</a></div>
<nav class="header-nav-list">${dNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a>
</div>`,
  )
  .join('\n')}
</nav><div class="header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f0b2e4">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium"><div class="content-wrapper">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-7 span-7">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1740"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${dTitle}</h1>
${ps(dP1, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.com/content/v1/63f0b2/hearing.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>A volunteer lawyer meets a client before a hearing. Photo: Sade Olawale</p></div>
</figcaption></figure>
</div></div></div></div></div></div></section>
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${dHeads[0]}</h2><ul data-rte-list="default">${lis(dUses)}</ul>
${ps(dP2, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block donation-block sqs-block-donation" data-block-type="35"><div class="sqs-block-content"><h3 class="donation-block-title">Choose
an amount</h3>
<div class="donation-amounts">${dAmounts.map((a) => `<button class="donation-amount sqs-editable-button">${a}</button>`).join('')}</div>
<label class="donation-recurring"><input type="checkbox"> Make this a monthly gift</label>
<a class="sqs-block-button-element--large sqs-button-element--primary sqs-block-button-element" href="/checkout/donate">Donate now</a></div></div>
</div></section>
<section class="page-section"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Stay in touch</h2><div class="newsletter-form-header-description"><p>News from the courtroom, once a month.</p></div>
<form class="newsletter-form"><label class="newsletter-form-field-label">Email Address</label><input type="email">
<button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>Kestrel Legal Aid Fund is a registered charity
(No. 1190456).</p></div><ul>${links(dFoot)}</ul></section></footer>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience.</p></div>
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout372-squarespace-donate-appeal-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dP1, ...dUses, ...dP2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gifts made before 31 March will be matched by the Harrow Trust.', 'Kestrel Legal Aid Fund', ...dNav, 'Donate',
    'A volunteer lawyer meets a client before a hearing. Photo: Sade Olawale', 'Choose an amount', ...dAmounts, 'Make this a monthly gift', 'Donate now',
    'Stay in touch', 'News from the courtroom, once a month.', 'Email Address', 'Sign Up', 'Kestrel Legal Aid Fund is a registered charity (No. 1190456).',
    ...dFoot, 'This site uses cookies to improve your experience.', 'Accept all', 'Manage cookies',
  ],
};

const gTitle = 'Joint Letter: Withdraw the Draft Online Content Bill in Its Current Form';
const gP1 = [
  'To the Members of the National Assembly of Ostrelia,',
  j(
    'We, the undersigned civil society organizations, write to urge you to reject the Draft Online Content Bill when it comes before',
    'the Assembly for its second reading. The bill would give a government agency the power to order the removal of any online content',
    'it considers “harmful to public order,” without prior judicial review and within two hours of notice.',
  ),
];
const gHeads = ['Our concerns', 'Signatories'];
const gConcerns = [
  'The definition of harmful content is vague and would cover legitimate reporting, satire and criticism of officials.',
  'Platforms that fail to comply within two hours face fines of up to 6 percent of their global turnover, which will push them to remove first and ask later.',
  'The bill allows authorities to demand user data without a court order, putting journalists’ sources at risk.',
  'There is no independent appeal mechanism for users whose content is removed.',
];
const gP2 = [
  j(
    'We stand ready to work with the Assembly on legislation that addresses genuine harms online while respecting the rights to',
    'freedom of expression and privacy guaranteed by the Constitution and by the international treaties Ostrelia has ratified.',
  ),
  'Sincerely,',
];
const gSigners = [
  'Digital Dissent Coalition',
  'Ostrelian Journalists’ Union',
  'Centre for Media Freedom, Lavrin',
  'Open Net Association',
  'Women Reporters’ Network',
  'Law Students for Civil Liberties',
];
const gNav = ['Home', 'Statements', 'Research', 'About'];
const gMore = ['Briefing: What the Online Content Bill Would Change', 'Coalition submission to the Assembly’s media committee'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${gTitle}</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a3c91e0d4f"><meta name="description" content="We urge the Assembly to reject the bill.">
<link rel="canonical" href="https://digitaldissent.example/joint-letter-online-content-bill/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Digital Dissent Coalition"},
"author":{"@type":"Person","name":"Policy Team"},"headline":"Joint Letter: Withdraw the Draft Online Content Bill",
"datePublished":"2026-02-27T10:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js" data-ghost="https://digitaldissent.example/"
crossorigin="anonymous"></script></head>
<body class="post-template tag-statements has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://digitaldissent.example">DDC</a></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((n) => `<li class="nav-${n.toLowerCase()}"><a href="/${n.toLowerCase()}/">${n}</a></li>`).join('')}</ul>
</nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main"><article class="article post tag-statements">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/statements/">Statements</a></span>
</section><h1 class="article-title">${gTitle}</h1>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/policy/">Policy Team</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-27">Feb 27, 2026</time><span class="byline-reading-time"><span
class="bull">•</span> 3 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📢</div>
<div class="kg-callout-text">Organizations can add their name to this
letter until March 15 by writing to letters@digitaldissent.example.</div></div>
${ps(gP1)}
<h2 id="our-concerns">${gHeads[0]}</h2><ul>${lis(gConcerns)}</ul>
${ps(gP2)}
<h2 id="signatories">${gHeads[1]}</h2><ul>${lis(gSigners)}</ul>
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>Enter your email<span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-content-link"
href="/${m.length}/"><header class="post-card-header"><h2 class="post-card-title">${m}</h2></header></a></article>`,
  )
  .join('\n')}</div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://digitaldissent.example">Digital Dissent Coalition</a> © 2026</section>
<nav class="site-footer-nav"><a href="/privacy/">Privacy</a><a href="/contact/">Contact</a></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a3c91e0d4f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout372-ghost-casper-joint-letter-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gP1, ...gConcerns, ...gP2, ...gSigners]),
  bylines: ['Policy Team', 'Feb 27, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DDC', ...gNav, 'Sign in', 'Subscribe', 'Statements',
    'Organizations can add their name to this letter until March 15 by writing to letters@digitaldissent.example.', 'Sign up for more like this.',
    'Enter your email', ...gMore, '© 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT372_F: readonly TestPage[] = [squarespace, ghost];
