import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout513-kit.js';

/**
 * Held-out batch 513, file c: a piano teacher's blog post on Ghost (Casper: tag, excerpt, byline, callout card, subscribe
 * CTA, "read more" cards), and a learning centre's FAQ for its Saturday classes on HubSpot CMS (cookie banner, form).
 */
const pTitle = 'Why I stopped asking students to practise for thirty minutes a day';
const pDek = 'Minutes are easy to count and easy to fake. Here is what I ask my piano students for instead.';
const pA = [
  j(
    'For my first eight years of teaching, every new student left their first lesson with a practice diary and the same instruction:',
    'thirty minutes a day, five days a week. Parents liked it because it was clear. Students hated it, and most of them, I now think,',
    'spent a fair share of those thirty minutes watching the clock on the piano.',
  ),
  j(
    'The trouble with minutes is that they measure the wrong thing. A ten-year-old can play a piece through six times in half an',
    'hour, make the same mistake in bar twelve every time, and tick the box honestly.',
  ),
];
const pB = [
  'So now I set tasks instead of time. A typical week’s list for a Grade 2 student looks like this:',
  'Play bars 9 to 16 of the minuet hands separately, three times each, slowly enough that the fingering never changes.',
  'Clap the rhythm of the left hand in bar 12 before playing it.',
  'Play the G major scale with your eyes closed, once, and tell me next week whether it felt easier.',
  'Choose one piece you already know and play it to someone at home.',
];
const pC = [
  j(
    'Some weeks a student finishes the list in fifteen minutes a day. Some weeks it takes longer. Either way, they come back having',
    'fixed something, and they can tell me what it was.',
  ),
  j(
    'Parents sometimes worry that this means less practice. In my studio the opposite has happened: when the tasks are small and',
    'concrete, children keep going after they have finished them, because the piece has started to sound like music.',
  ),
];
const pCallout = 'If you are a parent: ask your child to show you the one thing they fixed this week, not how long they played.';
const pD = [
  j(
    'I still ask for practice on at least five days. But the diary now has a column for "what I fixed" instead of a column for',
    'minutes, and it is the most useful page I read all week.',
  ),
];
const pNav = ['Home', 'Lessons', 'Studio policies', 'About'];
const pMore = [
  ['Teaching', 'Scales without tears: a game for beginners'],
  ['Exams', 'Is your child ready for Grade 1? Three questions to ask'],
  ['Studio life', 'What our spring concert taught me about nerves'],
];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${pTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8b2c7a1f3e"><meta name="description" content="${pDek}">
<link rel="canonical" href="https://notes.kingsmerepiano.com/stopped-practice-minutes/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-02T08:30:00.000Z"><meta property="article:tag" content="Teaching">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kingsmere Piano Notes"},
"author":{"@type":"Person","name":"Clara Whitlow"},"headline":"${pTitle}","datePublished":"2027-03-02T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://notes.kingsmerepiano.com/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-teaching is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://notes.kingsmerepiano.com">Kingsmere Piano Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${pNav
  .map(
    (n) => `<li class="nav-${n.toLowerCase().replace(' ', '-')}"><a
href="/${n.toLowerCase().replace(' ', '-')}/">${n}</a></li>`,
  )
  .join('')}
</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-teaching tag-practice image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/teaching/">Teaching</a></span></div><h1 class="article-title">${pTitle}</h1><p class="article-excerpt">${pDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/clara/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2027/01/clara.jpg"
alt="Clara Whitlow"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/clara/">Clara Whitlow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-03-02">Mar 2, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/2027/03/hands.jpg 300w"
sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2027/03/hands.jpg" alt=""><figcaption><span style="white-space: pre-wrap;">A Grade 2 lesson at the studio in February.</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(pA)}<h2 id="tasks-not-time">Tasks, not time</h2>${ps([pB[0] ?? ''])}<ol>${lis(pB.slice(1))}</ol>
${ps(pC)}<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${pCallout}</div></div>
<h2 id="what-changed">What changed in the diary</h2>${ps(pD)}</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<div data-ghost-comments="6600c1f2a7" class="ghost-comments-root"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://notes.kingsmerepiano.com/" data-post-id="6600c1f2a7" crossorigin="anonymous"></script></div></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>
${pMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/content/images/card.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${m[0]}</span></div><h2 class="post-card-title">${m[1]}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://notes.kingsmerepiano.com">Kingsmere Piano Notes</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8b2c7a1f3e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout513-ghost-piano-practice',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Tasks, not time', 'What changed in the diary'],
  body: texts([pDek, ...pA, ...pB, ...pC, pCallout, ...pD]),
  bylines: ['Clara Whitlow', 'Mar 2, 2027', '• 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kingsmere Piano Notes', ...pNav, 'Sign in', 'Subscribe', 'Teaching', 'A Grade 2 lesson at the studio in February.', 'Sign up for more like this.',
    'Enter your email', 'Read more', ...pMore.flatMap((m) => m).filter((t) => t !== 'Teaching'), 'Kingsmere Piano Notes © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

const hTitle = 'Saturday Classes: Frequently Asked Questions';
const hIntro = 'Answers to the questions parents ask us most often about our Saturday morning maths and English classes for ages 7 to 14.';
const hQA: [string, string[]][] = [
  [
    'How are children grouped?',
    [
      j(
        'By school year first, then by a short placement test in the first session. Groups have no more than eight children, and',
        'we move a child to a different group at half term if the fit is not right.',
      ),
    ],
  ],
  [
    'What happens in a class?',
    [
      'Each two-hour class has three parts:',
      '45 minutes of maths with a tutor',
      '45 minutes of English: reading, comprehension and writing',
      '30 minutes of independent work on a personal workbook, marked during the class',
    ],
  ],
  ['Is there homework?', ['Yes, about 30 minutes a week, set on our online platform. Parents can see the marks in the same place.']],
  [
    'What if my child misses a Saturday?',
    [
      j(
        'Let us know by Friday evening and we will send the class materials home. Fees are not refunded for missed classes,',
        'but each child can attend up to two catch-up sessions per term on Wednesday afternoons.',
      ),
    ],
  ],
  [
    'Do you prepare children for the 11+?',
    [
      j(
        'Our Year 5 groups follow an 11+ track from January, with verbal and non-verbal reasoning added to the usual maths and English.',
        'We do not promise results, and we will tell you honestly if we think a grammar school is not the right fit.',
      ),
    ],
  ],
];
const hNav = ['Classes', 'Locations', 'Fees', 'FAQs', 'Book a Trial'];
const hFoot = ['Safeguarding policy', 'Privacy notice', 'Terms of business', 'Careers'];
const hBody = hQA.flatMap(([, a]) => a);
const hQAHtml = hQA
  .map(
    ([q, a], i) => `<div class="faq-item"><h3 class="faq-item__question" id="q${i + 1}">${q}</h3><div class="faq-item__answer">
${a.length > 1 ? `<p>${a[0]}</p><ul>${lis(a.slice(1))}</ul>` : ps(a)}</div></div>`,
  )
  .join('\n');
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Saturday Classes FAQs | Brightpath Learning Centres</title>
<meta name="description" content="${hIntro}"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.brightpathlearning.co.uk/hubfs/hub_generated/template_assets/1/9182736450/1700000000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"How are children grouped?"}]}</script>
<meta property="og:url" content="https://www.brightpathlearning.co.uk/saturday-classes/faqs"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-8812045521 hs-site-page page"><div id="hs-eu-cookie-confirmation"
class="can-use-gdpr hs-cookie-notification-position-bottom"
data-hs-banner-style="cookie-banner"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<div data-global-resource-path="brightpath/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/brightpath-logo.svg"
class="hs-image-widget" alt="Brightpath Learning Centres"></a></span></div><div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq"><div
class="row-fluid-wrapper row-depth-1 row-number-1
dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column"><div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row">
<div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module"><div id="hs_cos_wrapper_widget_1700000000001" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"><span id="hs_cos_wrapper_widget_1700000000001_" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>${hTitle}</h1><p>${hIntro}</p>
</span></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid"><div class="span8 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1700000000002" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div
class="faq">${hQAHtml}</div></div></div>
<div class="span4 widget-span widget-type-custom_widget dnd-module"><div id="hs_cos_wrapper_widget_1700000000003" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-form"><h3 class="form-title">Still have a question?</h3><div class="hs_cos_wrapper_type_form">
<form id="hsForm_3f1e" class="hs-form stacked hs-custom-form" novalidate><div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field">
<label for="firstname-3f1e"><span>First name</span><span class="hs-form-required">*</span></label><div class="input"><input id="firstname-3f1e"
name="firstname" class="hs-input" type="text"></div></div><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-3f1e">
<span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-3f1e" name="email" class="hs-input"
type="email"></div></div>
<div class="hs_message hs-message hs-fieldtype-textarea field hs-form-field"><label for="message-3f1e"><span>Your question</span></label><div class="input">
<textarea id="message-3f1e" class="hs-input" name="message"></textarea></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Send"></div></div></form></div></div></div></div></div></div></div></div></div></main>
<div data-global-resource-path="brightpath/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Brightpath Learning Centres Ltd, 3 Station Parade, Wexcombe WX2 9QA</p><ul class="footer__links">${links(hFoot)}</ul>
<p>© 2027 Brightpath Learning Centres. All rights reserved.</p></div></footer></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/9182736.js"></script></body></html>`;
const faq: TestPage = {
  name: 'heldout513-hubspot-saturday-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hQA.map(([q]) => q),
  body: texts([hIntro, ...hBody]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized',
      'services to you.'),
    'Accept', 'Decline', 'Skip to content', ...hNav, 'Still have a question?', 'First name*', 'Email*', 'Your question',
    'Brightpath Learning Centres Ltd, 3 Station Parade, Wexcombe WX2 9QA', ...hFoot, '© 2027 Brightpath Learning Centres. All rights reserved.',
  ],
};

export const HELDOUT513_C: readonly TestPage[] = [ghost, faq];
