import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout335-kit.js';

/**
 * Held-out batch 335, file d: a divorce law firm's guide built with Elementor on WordPress (top bar with phone number,
 * nav menu, page-title section, text-editor and heading widgets, an icon list, a call-to-action box, an attorney
 * card, a Complianz cookie banner and the footer) and a Psychology Today-style blog post on Drupal (post header with
 * author, reviewer and date, key points box, references, the author box with bio, topic links, sidebar and footer).
 */
const eTitle = 'Divorce in Westbrook County: A Step-by-Step Guide for 2026';
const eH = ['Step 1: Filing the petition', 'Step 2: Temporary orders', 'Step 3: Financial disclosure', 'Step 4: Settlement or trial', 'How long does it take?'];
const eIntro = [
  j(
    'No two divorces are alike, but almost every case in Westbrook County moves through the same stages. Knowing what comes next',
    'will not make the process painless, but it can make it far less frightening.',
  ),
];
const e1 = [
  j(
    'A divorce begins when one spouse files a petition with the Family Court clerk and pays the filing fee of $285. At least one',
    'spouse must have lived in the state for six months. The other spouse is then formally served and has 30 days to respond.',
  ),
];
const e2 = [
  j(
    'While the case is open, either spouse can ask the court for temporary orders. These set out who stays in the family home,',
    'how the children will divide their time, and who pays which bills until the divorce is final.',
  ),
  j(
    'Temporary orders are not a preview of the final outcome, but they do shape the months ahead. Judges are reluctant to disturb',
    'a routine that is working for the children, so it pays to think carefully before agreeing to one in a hurry.',
  ),
];
const e3 = ['Both spouses must exchange a sworn financial statement within 45 days. Expect to gather:'];
const e3L = [
  'tax returns and pay slips for the last three years',
  'statements for every bank, pension and investment account',
  'mortgage papers, car loans and credit card balances',
  'any prenuptial or postnuptial agreement',
];
const e4 = [
  j(
    'Most cases settle. A mediation session is required before a trial date is set, and around eight in ten of our clients reach agreement',
    'there. If you cannot agree, a judge will decide the disputed issues after hearing evidence from both sides.',
  ),
];
const e5 = [
  j(
    'An uncontested divorce can be final in as little as 90 days after filing. A contested case usually takes nine to eighteen',
    'months, depending on the court calendar and how many issues are in dispute.',
  ),
  'This guide is general information, not legal advice for your situation.',
];
const eNav = ['Home', 'Divorce', 'Child Custody', 'Mediation', 'Our Team', 'Resources', 'Contact'];
const eFoot = ['Privacy Policy', 'Disclaimer', 'Sitemap'];
const tw = (
  type: string,
  inner: string,
  id: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const hw = (h: string, id: string): string => tw('heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`, id);
const eHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Marlowe &amp; Quint Family Law</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="article:modified_time"
content="2026-01-08T16:22:10+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"dateModified":"2026-01-08T16:22:10+00:00"},{"@type":"LegalService","name":"Marlowe & Quint Family Law","telephone":"+1-555-014-2290"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css"
href="https://www.marlowequint.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://www.marlowequint.example/wp-content/uploads/elementor/css/post-412.css?ver=1767890000"
media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":412}};</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 wp-custom-logo elementor-default elementor-template-full-width
elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18"
class="elementor elementor-18 elementor-location-header"><div class="elementor-element e-con-full e-flex e-con"
data-element_type="container"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">Free consultation: (555)
014-2290</div></div>
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/wp-content/uploads/mq-logo.svg"
alt="Marlowe &amp; Quint Family Law"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a1b2"
class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="412"
class="elementor elementor-412"><div class="elementor-element elementor-element-5c1 e-flex e-con-boxed e-con e-parent"
data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${tw('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, '7a1')}
${tw('text-editor', '<p>Last updated January 8, 2026 · Reviewed by Attorney Rosalind Quint</p>', '7a2')}</div></div>
<div class="elementor-element elementor-element-6d2 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div
class="elementor-element e-con-full e-flex e-con e-child">
${tw('text-editor', ps(eIntro), '8b1')}${hw(eH[0] ?? '', '8b2')}${tw('text-editor', ps(e1), '8b3')}
${tw(
  'image',
  `<img src="/wp-content/uploads/courthouse.jpg" alt="Westbrook County courthouse">
<figcaption class="widget-image-caption wp-caption-text">The Westbrook County Family Court on Elm Street</figcaption>`,
  '8b4',
)}
${hw(eH[1] ?? '', '8b5')}${tw('text-editor', ps(e2), '8b6')}${hw(eH[2] ?? '', '8b7')}${tw('text-editor', ps(e3), '8b8')}
${tw(
  'icon-list',
  `<ul class="elementor-icon-list-items">${e3L
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
  '8b9',
)}
${tw(
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Not sure where to start?</h3>
<div class="elementor-cta__description">Book a free 30-minute call with our team.</div>
<a class="elementor-cta__button elementor-button">Schedule now</a></div></div>`,
  '8c0',
)}
${hw(eH[3] ?? '', '8c1')}${tw('text-editor', ps(e4), '8c2')}${hw(eH[4] ?? '', '8c3')}${tw('text-editor', ps(e5), '8c4')}</div>
<div class="elementor-element e-con-full e-flex e-con e-child sidebar-col">${tw(
  'image-box',
  `<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img">
<img src="/wp-content/uploads/quint.jpg" alt=""></figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title">Rosalind Quint</h3>
<p class="elementor-image-box-description">Founding partner. Certified family law specialist with 22 years of practice.</p></div></div>`,
  '9d1',
)}
${tw(
  'text-editor',
  `<h4>Related
guides</h4><ul>${links(['Child support calculator explained', 'What to bring to your first consultation'])}</ul>`,
  '9d2',
)}</div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="22" class="elementor elementor-22 elementor-location-footer">
${tw(
  'text-editor',
  `<p>Marlowe &amp; Quint Family Law · 300 Elm Street, Suite 4, Westbrook</p>
<p>Attorney advertising. Prior results do not guarantee a similar outcome.</p>`,
  'f1',
)}
${tw('nav-menu', `<ul>${links(eFoot)}</ul>`, 'f2')}${tw('text-editor', '<p>© 2026 Marlowe &amp; Quint LLP</p>', 'f3')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-modal="true">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons"><button
class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://www.marlowequint.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2"
id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout335-elementor-divorce-lawyer-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...e1, ...e2, ...e3, ...e3L, ...e4, ...e5]),
  bylines: ['Last updated January 8, 2026 · Reviewed by Attorney Rosalind Quint'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free consultation: (555) 014-2290', ...eNav, 'The Westbrook County Family Court on Elm Street', 'Not sure where to start?',
    'Book a free 30-minute call with our team.', 'Schedule now', 'Rosalind Quint',
    'Founding partner. Certified family law specialist with 22 years of practice.',
    'Related guides', 'Child support calculator explained', 'What to bring to your first consultation',
    'Marlowe & Quint Family Law · 300 Elm Street, Suite 4, Westbrook', 'Attorney advertising. Prior results do not guarantee a similar outcome.',
    ...eFoot, '© 2026 Marlowe & Quint LLP', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};

const pTitle = 'Why We Pick Partners Who Feel Familiar';
const pDek = 'Attraction to the familiar can feel like destiny. Often it is just habit.';
const pKey = [
  'People are often drawn to partners whose emotional style resembles what they grew up with.',
  'Familiar does not always mean healthy; it can simply mean predictable.',
  'Noticing the pattern is the first step to choosing differently.',
];
const pP = [
  j(
    'A client I will call Nadia once told me that every man she had fallen for had the same laugh. It took us several months to notice',
    'that they also shared something less charming: each of them went silent for days after a disagreement, just as her father had.',
  ),
  j(
    'Nadia is not unusual. Many of us feel the strongest pull toward people whose way of loving is familiar, even when that way of',
    'loving once hurt us. The feeling of "I have known you forever" can be a sign of deep compatibility. It can also be a sign that',
    'an old script is running.',
  ),
];
const pH = ['The comfort of the known', 'Breaking the loop'];
const pP2 = [
  j(
    'Our nervous systems are prediction machines. A partner who behaves in ways we can anticipate feels safe at a bodily level,',
    'even if the pattern is one of distance or criticism. By contrast, a steady and kind partner can feel strangely flat at first,',
    'simply because we do not yet know what to expect.',
  ),
  j(
    'This is why some people describe a healthy new relationship as "nice, but no chemistry". The chemistry they are missing may',
    'be the jolt of recognition, the sense of being back on old ground. It is worth asking whether that jolt has ever led anywhere good.',
  ),
];
const pP3 = [
  j(
    'The aim is not to distrust every spark. It is to get curious about it. When you feel an instant, overwhelming connection,',
    'ask yourself what it reminds you of. Talk it over with a friend who knows your history, and give slower-burning attractions',
    'a few more dates than you normally would.',
  ),
  j(
    'Nadia is now with someone she describes as "boring in the best way". She says the laugh is different, and that when they',
    'argue, he comes back the same evening to finish the conversation.',
  ),
];
const pNav = ['Find a Therapist', 'Find Help', 'Magazine', 'Today'];
const pHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${pTitle} | Mindscape Today</title><meta name="description" content="${pDek}"><link rel="canonical"
href="https://www.mindscapetoday.example/us/blog/the-second-draft/202603/why-we-pick-partners">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="article:published_time" content="2026-03-12T09:00:00-04:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","author":{"@type":"Person","name":"Tobias
Wren-Halloway Ph.D."},
"reviewedBy":{"@type":"Person","name":"Gemma Liske"},"datePublished":"2026-03-12"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"contentType":"blog_entry","blogName":"The Second Draft"});</script></head>
<body class="path-node page-node-type-blog-entry"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"
data-off-canvas-main-canvas><header class="header-wrapper"><div class="header__logo"><a href="/us">Mindscape Today</a></div>
<nav class="header__nav"
role="navigation"><ul class="menu">${links(pNav, 'menu-item')}</ul></nav><div class="header__search"><button>Search</button></div></header>
<main role="main" class="main-content"><a id="main-content" tabindex="-1"></a><div class="layout-content"><article class="blog_entry blog_entry--full">
<div class="blog_entry__header"><div class="blog_entry__topic"><a href="/us/basics/relationships" hreflang="en">Relationships</a></div>
<h1 class="blog_entry--title h1">${pTitle}</h1><h2 class="blog_entry__teaser h3">${pDek}</h2>
<div class="blog_entry__byline"><div class="blog-entry__author-info"><a href="/us/contributors/tobias-wren-halloway"
class="blog_entry__author-name">Tobias Wren-Halloway Ph.D.</a>
<span class="blog-entry__blog-title">The Second Draft</span></div><div class="blog_entry__date"><span class="blog_entry__date--full">Posted March 12,
2026</span></div>
<div class="blog_entry__reviewed">Reviewed by Gemma Liske</div></div>
<div class="blog_entry__share"><ul class="share-buttons"><li><a class="share-facebook" href="#">Share</a></li><li><a class="share-x" href="#">Tweet</a></li>
<li><a class="share-email" href="#">Email</a></li></ul></div></div>
<div class="blog_entry__key-points"><h3 class="key-points__title">Key points</h3><ul>${pKey.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<figure class="blog_entry__image"><img src="https://cdn2.mindscapetoday.example/sites/default/files/styles/article-inline-half-caption/couple.jpg" alt="">
<figcaption><div class="caption">Source: Ilo Marsh / Cloudbank</div></figcaption></figure>
<div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(pP)}
<div class="pt-ad-slot in-article" data-ad-slot="in_article_1"><span class="ad-label">Advertisement</span></div>
<h2>${pH[0]}</h2>${ps(pP2)}<h2>${pH[1]}</h2>${ps(pP3)}</div>
<div class="blog_entry__references"><h4>References</h4><p>Halberg, K. (2023). Repetition in adult attachment choices. Journal of Close Ties, 18(2),
44–61.</p></div>
<div class="blog_entry__about-author"><div class="profile-card"><img src="/sites/default/files/profile/tobias.jpg" alt="">
<div class="profile-card__name"><a href="/us/contributors/tobias-wren-halloway">About the Author</a></div>
<p class="profile-card__bio">Tobias Wren-Halloway, Ph.D., is a clinical psychologist in Portwell who writes about attachment and adult relationships.</p>
<a href="/us/therapists/tobias-wren-halloway" class="profile-card__link">Online: Wren-Halloway Practice, X</a></div></div>
<div class="blog_entry__more"><h3>More from Tobias Wren-Halloway
Ph.D.</h3><ul>${links(['When Your Partner Hates Your Friends', 'The Myth of the Perfect Match'])}</ul></div>
<div class="blog_entry__topics"><span>Read Next</span>${links(['Attachment', 'Dating', 'Relationships'])}</div></article></div>
<aside class="layout-sidebar-second"><div class="block-find-therapist"><h2>Find a Therapist</h2><p>Get the help you need from a therapist near you.</p>
<form><input placeholder="City or Zip"><button>Find</button></form></div><div class="block-trending"><h2>Trending
Topics</h2><ul>${links(['Anxiety', 'Loneliness', 'Breakups'])}</ul>
</div></aside></main><footer class="site-footer"><ul class="footer-menu">${links(['About', 'Privacy', 'Terms', 'Accessibility'])}</ul>
<p class="footer-copyright">Mindscape Today © 2026 Ridgeline Media Group</p></footer></div>
<div id="sp_message_container_1"><p>We care about your privacy. We and our partners use cookies.</p><button>Accept All</button><button>Manage
Options</button></div></body></html>`;
const drupal: TestPage = {
  name: 'heldout335-drupal-psych-magazine-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([pDek, ...pKey, ...pP, ...pP2, ...pP3]),
  bylines: ['Tobias Wren-Halloway Ph.D.', 'Posted March 12, 2026', 'Reviewed by Gemma Liske'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Mindscape Today', ...pNav, 'Search', 'The Second Draft', 'Share', 'Tweet', 'Email', 'Key points',
    'Source: Ilo Marsh / Cloudbank', 'Advertisement', 'References',
    'Halberg, K. (2023). Repetition in adult attachment choices. Journal of Close Ties, 18(2), 44–61.', 'About the Author',
    'Tobias Wren-Halloway, Ph.D., is a clinical psychologist in Portwell who writes about attachment and adult relationships.',
    'Online: Wren-Halloway Practice, X', 'More from Tobias Wren-Halloway Ph.D.', 'When Your Partner Hates Your Friends', 'The Myth of the Perfect Match',
    'Read Next', 'Attachment', 'Dating', 'Relationships', 'Get the help you need from a therapist near you.', 'Find', 'Trending Topics', 'Anxiety',
    'Loneliness', 'Breakups', 'About', 'Privacy', 'Terms', 'Accessibility', 'Mindscape Today © 2026 Ridgeline Media Group',
    'We care about your privacy. We and our partners use cookies.', 'Accept All', 'Manage Options',
  ],
};

export const HELDOUT335_D: readonly TestPage[] = [elementor, drupal];
