import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout383-kit.js';

/**
 * Held-out batch 383, file e: a newsroom's correction policy page on Ghost's Casper theme (gh-head menu, page article without
 * byline, the members sign-up CTA, Portal button and the "Powered by Ghost" footer) and a Gannett-style fact check on a viral
 * image (gnt_ classes: masthead, byline and dateline blocks, the rating box, image embed with caption and credit, inline
 * "Fact check:" links, fact-check sources, the supported-by note, subscribe promo, tags and footer).
 */
const cpTitle = 'Corrections policy';
const cpIntro = [
  j(
    'We work hard to get things right, but we will sometimes make mistakes. When we do, we correct them quickly and openly. This page',
    'explains how we handle errors in our reporting and fact checks, and how you can tell us about one.',
  ),
];
const cpWhat = ['We correct any error of fact, however small. That includes:'];
const cpKinds = [
  'Wrong names, titles, dates, places and figures',
  'Quotes attributed to the wrong person or quoted inaccurately',
  'Links to the wrong source, or sources that do not support what we wrote',
  'Ratings that we decide, after review, were not justified by the evidence',
];
const cpHow = [
  j(
    'Small errors that do not change the meaning of a story, such as a misspelled name, are fixed in the text and noted at the bottom',
    'of the article with the date of the change.',
  ),
  j(
    'Errors that change the meaning of a story, or the rating of a fact check, are corrected with a note at the top of the article that',
    'says what was wrong and what we changed. When a rating changes, we keep the original rating visible in the note.',
  ),
  j(
    'We do not delete articles to hide mistakes. In the rare case that an article must be removed for legal reasons, we replace it with',
    'a note explaining that it has been taken down.',
  ),
  'Every correction is also listed on our public corrections log, with a link to the article and the date it was made.',
];
const cpReport = [
  j(
    'If you think we got something wrong, email corrections@ledgerdesk.example with a link to the article and a short note on the',
    'error. Please include any evidence you have. You do not need to give your name.',
  ),
  j(
    'A senior editor reads every request within two working days. If we agree that there is an error, we fix it. If we do not, we will',
    'reply to explain why. If you are not satisfied with our answer, you can ask our standards editor, Margit Olave, to review it.',
  ),
];
const cpUpdates = [
  j(
    'Sometimes new information emerges after a fact check is published, even though our original work was accurate at the time. In',
    'that case we add an update, clearly dated, rather than a correction.',
  ),
];
const cpHeadings = ['What we correct', 'How we correct', 'How to report an error', 'Updates are not corrections'];
const cpNav = ['Home', 'Fact checks', 'Explainers', 'Corrections log', 'About'];
const cpFoot = ['Sitemap', 'Privacy', 'Contact'];
const cpHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${cpTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2c1a7e3b44"><link rel="canonical" href="https://ledgerdesk.example/corrections-policy/">
<meta property="og:site_name" content="The Ledger Desk"><meta property="og:type" content="website"><meta property="og:title" content="${cpTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","publisher":{"@type":"Organization","name":"The Ledger Desk"},
"url":"https://ledgerdesk.example/corrections-policy/","mainEntityOfPage":"https://ledgerdesk.example/"}</script>
<meta name="generator" content="Ghost 5.79"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://ledgerdesk.example/" data-key="9a1f0b2c3d" data-api="https://ledgerdesk.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:2.5em}</style></head>
<body class="page-template page-corrections-policy is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://ledgerdesk.example">The Ledger Desk</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(cpNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article page no-image">
<header class="article-header gh-canvas"><h1 class="article-title">${cpTitle}</h1></header>
<section class="gh-content gh-canvas">
${ps(cpIntro)}
<h2 id="what-we-correct">${cpHeadings[0]}</h2>
${ps(cpWhat)}
<ul>${lis(cpKinds)}</ul>
<h2 id="how-we-correct">${cpHeadings[1]}</h2>
${ps(cpHow)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📝</div><div class="kg-callout-text">See every change we have
made in the <a href="/corrections-log/">corrections log</a>.</div></div>
<h2 id="how-to-report-an-error">${cpHeadings[2]}</h2>
${ps(cpReport)}
<h2 id="updates-are-not-corrections">${cpHeadings[3]}</h2>
${ps(cpUpdates)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Ledger Desk</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://ledgerdesk.example">The Ledger Desk</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(cpFoot, 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2c1a7e3b44"></script></body></html>`;
const ghostPolicy: TestPage = {
  name: 'heldout383-ghost-corrections-policy-docs',
  kind: 'docs',
  html: cpHtml,
  title: cpTitle,
  headings: cpHeadings,
  body: texts([...cpIntro, ...cpWhat, ...cpKinds, ...cpHow, ...cpReport, ...cpUpdates]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Ledger Desk', ...cpNav, 'Sign in', 'Subscribe', 'See every change we have made in the corrections log.', 'Sign up for The Ledger Desk',
    'Enter your email', ...cpFoot, 'Powered by Ghost',
  ],
};

const giTitle = 'Fact check: Image of giant ice sculpture on Kestrel Bridge was made with AI';
const giClaim = 'A photo shows a 60-foot ice sculpture of a heron built on the Kestrel Bridge in Lake Arden during the winter festival.';
const giWhy = j(
  'The image was created with an artificial intelligence tool by a digital artist, who labeled it as AI-generated when he first posted',
  'it. Festival organizers and city officials said no such sculpture was built.',
);
const giBody = [
  j(
    'As the Lake Arden Winter Festival drew record crowds in February, an image spread online that seemed to show its most impressive',
    'attraction yet: an enormous heron carved from ice, its wings spread across both lanes of the Kestrel Bridge.',
  ),
  j(
    '"Lake Arden outdid itself this year," reads the caption of a Feb. 22 Facebook post that shared the image. The post was shared more',
    'than 14,000 times in four days, and versions appeared on Instagram and Threads.',
  ),
  'But the sculpture never existed. The image was generated with AI, and the artist who made it said so when he first published it.',
  j(
    'A reverse image search found the earliest copy on the Instagram account of Tobias Wennerholm, a digital artist in Lake Arden, posted',
    'on Feb. 19. The caption reads, "What if the festival went really big? Made with AI, just for fun." Wennerholm confirmed to',
    'us that he created the image with a text-to-image tool.',
  ),
  '"I was surprised how many people took it seriously. I thought the size would give it away," he said in a message.',
  'The image also shows several common signs of AI generation:',
  'The bridge has four lamp posts on one side and three on the other; the real bridge has six on each side.',
  'People near the sculpture have blurred or merged hands.',
  'The lettering on a banner across the bridge is unreadable.',
  j(
    'The festival\'s organizers said the largest sculpture this year was a 12-foot ice castle in Harbor Park. "We would love to build',
    'something on the bridge one day, but it carries traffic and we have never had permission," said festival director Nadia Corvell.',
  ),
  j("The city's public works department said the Kestrel Bridge stayed open to traffic throughout the festival and was not used for", 'any displays.'),
];
const giHeadings = ['Artist posted image as AI creation', 'Organizers: no sculpture on the bridge'];
const giSources = [
  'Tobias Wennerholm, Feb. 24, Instagram messages with Gannett Check',
  'Nadia Corvell, Feb. 24, phone interview with Gannett Check',
  'Lake Arden Department of Public Works, Feb. 25, email to Gannett Check',
];
const giNav = ['News', 'Sports', 'Entertainment', 'Life', 'Money', 'Travel', 'Opinion', 'Fact Check'];
const giCap = 'An image that claims to show an ice sculpture on the Kestrel Bridge was made with an AI tool.';
const giFoot = ['About Us', 'Newsroom Staff', 'Ethical Principles', 'Corrections & Clarifications', 'Terms of Service', 'Your Privacy Choices'];
const giHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${giTitle}</title>
<meta name="description" content="${giWhy}"><meta property="og:site_name" content="Daily Meridian Press"><meta name="section-name" content="factcheck">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ClaimReview","claimReviewed":"${giClaim}","datePublished":"2026-02-26T09:01:44Z",
"author":{"@type":"Organization","name":"Daily Meridian Press"},"reviewRating":{"@type":"Rating","alternateName":"Altered"}}</script>
<script>window.gnt_gpt_params={"aws":"news/factcheck","ssts":"news/factcheck"};window.utag_data={"page_type":"story"};</script>
<link rel="stylesheet" href="/gcdn/dpcss/ar_base.min.css"></head><body class="gnt_pr">
<div class="gnt_n gnt_n__fx"><a class="gnt_n_lg" href="/" aria-label="Daily Meridian Press">Daily Meridian Press</a>
<nav class="gnt_n_mn">${giNav.map((t) => `<a class="gnt_n_mn_l" href="/news/${t.toLowerCase()}">${t}</a>`).join('')}</nav>
<a class="gnt_n_sb" href="/subscribe">Subscribe</a><a class="gnt_n_us_a" href="/signin">Sign In</a></div>
<div class="gnt_ar_ad gnt_sb"><div class="gnt_em_gpt" aria-hidden="true" data-gpt-label="Advertisement"></div></div>
<main class="gnt_cw"><article class="gnt_pr" data-c-type="story"><a class="gnt_ar_lbl" href="/news/factcheck/">FACT CHECK</a>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">${giTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/3298112/wren-hadley/">Wren Hadley</a>
<div class="gnt_ar_by_t">Gannett Check</div></div>
<div class="gnt_ar_dt" aria-label="Published 4:01 a.m. ET Feb. 26, 2026">Published 4:01 a.m. ET Feb. 26, 2026</div>
<div class="gnt_ss"><a class="gnt_ss_fb" href="#">Share on Facebook</a><a class="gnt_ss_tw" href="#">Share on X</a><a class="gnt_ss_em" href="#">Email</a></div>
<div class="gnt_ar_b">
<aside class="gnt_em gnt_em_fcr" aria-label="Fact check rating"><p class="gnt_em_fcr_cl"><strong>The claim:</strong> <span>${giClaim}</span></p>
<p class="gnt_em_fcr_rt"><strong>Our rating:</strong> <span class="gnt_em_fcr_rt_v">Altered</span></p><p class="gnt_em_fcr_ex">${giWhy}</p>
<a class="gnt_em_fcr_l" href="/factcheck/ratings/">Read more about our fact-check ratings</a></aside>
${ps(giBody.slice(0, 3), ' class="gnt_ar_b_p"')}
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.dmp.example/gcdn/authoring/2026/02/25/heron.jpg" alt="AI image">
<figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_cc">${giCap}</span><span class="gnt_em_img_cr">Screenshot from Facebook</span></figcaption></figure>
<h2 class="gnt_ar_b_h2">${giHeadings[0]}</h2>
${ps(giBody.slice(3, 6), ' class="gnt_ar_b_p"')}
<ul class="gnt_ar_b_ul">${lis(giBody.slice(6, 9), ' class="gnt_ar_b_li"')}</ul>
<p class="gnt_ar_b_p"><strong>Fact check:</strong> <a class="gnt_ar_b_a" href="/factcheck/2026/02/shark-flooded-subway/">Photo of shark in flooded subway is
fabricated</a></p>
<h2 class="gnt_ar_b_h2">${giHeadings[1]}</h2>
${ps(giBody.slice(9), ' class="gnt_ar_b_p"')}
<h3 class="gnt_ar_b_h3">Our fact-check sources:</h3><ul class="gnt_ar_b_ul">${lis(giSources, ' class="gnt_ar_b_li"')}</ul>
<p class="gnt_ar_b_p"><em>Thank you for supporting our journalism. You can subscribe to our print edition, ad-free app or e-newspaper here.</em></p>
<p class="gnt_ar_b_p"><em>Our fact-check work is supported in part by a grant from an invented foundation.</em></p>
</div>
<div class="gnt_ar_tg"><a href="/topic/artificial-intelligence/">Artificial intelligence</a> <a href="/topic/viral-images/">Viral images</a></div>
</article>
<aside class="gnt_rr"><div class="gnt_m_th"><h3 class="gnt_m_th_h">Popular Stories</h3><ul>
${links(['Storm closes mountain passes for second day', 'Fact check: No, the post office is not ending Saturday mail'], 'gnt_m_th_a')}</ul></div></aside></main>
<footer class="gnt_f"><ul class="gnt_f_ul">${links(giFoot, 'gnt_f_li')}</ul>
<p class="gnt_f_c">© 2026 Daily Meridian Press, an invented news network.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies and similar technologies for ads and analytics.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
<script src="/gcdn/dpjs/ar_base.min.js" async></script></body></html>`;
const gannettImage: TestPage = {
  name: 'heldout383-gannett-viral-image-news',
  kind: 'news',
  html: giHtml,
  title: giTitle,
  headings: giHeadings,
  body: texts([`The claim: ${giClaim}`, giWhy, ...giBody]),
  bylines: ['Wren Hadley', 'Gannett Check', 'Published 4:01 a.m. ET Feb. 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Daily Meridian Press', ...giNav, 'Subscribe', 'Sign In', 'FACT CHECK', 'Share on Facebook', 'Share on X', 'Email', 'Our rating:',
    'Read more about our fact-check ratings', giCap, 'Screenshot from Facebook', 'Fact check: Photo of shark in flooded subway is fabricated',
    'Our fact-check sources:', ...giSources,
    'Thank you for supporting our journalism. You can subscribe to our print edition, ad-free app or e-newspaper here.',
    'Our fact-check work is supported in part by a grant from an invented foundation.', 'Artificial intelligence', 'Viral images', 'Popular Stories',
    'Storm closes mountain passes for second day', 'Fact check: No, the post office is not ending Saturday mail', ...giFoot,
    '© 2026 Daily Meridian Press, an invented news network.', 'We and our partners use cookies and similar technologies for ads and analytics.',
    'Accept All', 'Manage Preferences',
  ],
};

export const HELDOUT383_E: readonly TestPage[] = [ghostPolicy, gannettImage];
