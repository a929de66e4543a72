import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout350-kit.js';

/**
 * Held-out batch 350, file c: a medRxiv preprint abstract page on the HighWire Drupal template (the "not certified by peer
 * review" warning, author list with affiliations, posted date and DOI, the Abstract / Full Text / Info tabs, metrics and
 * share tools, subject area rail, Disqus comments and footer) and a hospital research institute's news story built with
 * Elementor on WordPress (mega menu, breadcrumbs, post meta, share buttons, pull quote, image caption, related posts,
 * newsletter form, footer and cookie notice).
 */
const mTitle = 'Wastewater surveillance of respiratory syncytial virus anticipates paediatric admissions in a mid-sized city: a two-season study';
const mAbstract: readonly (readonly [string, string])[] = [
  [
    'Background',
    j(
      'Respiratory syncytial virus (RSV) causes a large share of winter hospital admissions in young children, but clinical testing',
      'lags behind community spread. We asked whether RSV RNA concentrations in municipal wastewater could give hospitals earlier warning.',
    ),
  ],
  [
    'Methods',
    j(
      'We collected 24-hour composite influent samples three times a week at the two treatment plants serving Carrow Vale (population',
      'about 410,000) from September 2023 to April 2025. RSV A and B RNA was measured by digital PCR and normalised to faecal strength',
      'using pepper mild mottle virus. We compared the smoothed wastewater signal with daily RSV-coded admissions of children under five',
      'at the city’s two hospitals using cross-correlation and a simple threshold rule.',
    ),
  ],
  [
    'Findings',
    j(
      'Across 212 sampling days, the wastewater signal rose above the seasonal threshold 11 days (95% CI 7 to 16) before paediatric',
      'admissions reached the same relative level in the first season and 9 days (5 to 14) before in the second. The correlation between',
      'the two series peaked at a lead of 10 days (r = 0.81). The threshold rule produced one false alarm, during a period of heavy rainfall.',
    ),
  ],
  [
    'Interpretation',
    j(
      'Wastewater monitoring of RSV gave about a week and a half of warning before paediatric admissions rose, enough time to open',
      'surge beds and schedule staff. Results from a single city may not transfer to areas with combined sewer overflows or',
      'different population sizes, and the findings need confirming elsewhere.',
    ),
  ],
  ['Funding', 'Carrow Vale Public Health Laboratory and the Northmere Foundation for Child Health. The funders had no role in study design or analysis.'],
];
const mAuthors = ['Ingrid Solvang', 'Tomasz Achebe-Reid', 'Leonie Park', 'Rafael Obuya', 'Helen M. Strand'];
const mTabs = ['Abstract', 'Full Text', 'Info/History', 'Metrics', 'Preview PDF'];
const mSubjects = ['Epidemiology', 'Infectious Diseases (except HIV/AIDS)', 'Public and Global Health', 'Pediatrics'];
const mNav = ['Home', 'About', 'Submit', 'ALERTS / RSS'];
const mFoot = ['About medRxiv', 'For Authors', 'Submission Guide', 'Policies', 'Contact', 'Funder Information'];
const mHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8" />
<title>${mTitle} | medRxiv</title><meta name="citation_title" content="${mTitle}" /><meta name="citation_author" content="Solvang, Ingrid" />
<meta name="citation_publication_date" content="2026/02/17" /><meta name="citation_doi" content="10.1101/2026.02.14.26346112" />
<meta name="DC.Publisher" content="Cold Spring Harbor Laboratory Press" /><link rel="stylesheet" href="/sites/default/files/css/css_hw1.css" media="all" />
<script>jQuery.extend(Drupal.settings,{"basePath":"\\/","highwire":{"markup":[{"requested":"abstract","variant":"full-text"}]}});</script>
<script type="text/javascript" src="https://connect.medrxiv.example/jcore/js/altmetric.js"></script></head>
<body class="html not-front not-logged-in page-node page-node-2014561 node-type-highwire-article context-content">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page"><header id="section-header" class="section section-header"><div class="zone-branding"><a href="/" class="logo" title="medRxiv"><img
src="/sites/default/files/medRxiv_homepage_logo.png" alt="medRxiv" /></a><p class="site-slogan">THE PREPRINT SERVER FOR HEALTH SCIENCES</p>
</div><nav class="zone-menu"><ul class="menu">${links(mNav, 'leaf')}</ul></nav><div class="search-box"><form action="/search"><input type="text"
name="txtsimple" title="Search" /><input type="submit" value="Search" class="form-submit" /> <a href="/search">Advanced Search</a></form></div></header>
<div id="zone-content" class="zone zone-content"><div class="pane-highwire-preprint-warning"><div class="pane-content"><p class="preprint-warning">Warning:
This article is a preprint and has not been certified by peer review. It reports new medical research that has yet to be evaluated and so should not
be used to guide clinical practice.</p></div></div>
<div class="region region-content"><div class="panel-pane pane-highwire-article-citation"><div class="pane-content"><div class="highwire-article-citation">
<div class="highwire-cite highwire-cite-highwire-article highwire-citation-biorxiv-article-top">
<div class="highwire-cite-article-as-preprint-version-info">New Results</div>
<h1 class="highwire-cite-title" id="page-title">${mTitle}</h1>
<div class="highwire-cite-authors"><span class="highwire-citation-authors">${mAuthors
  .map((a) => `<span class="highwire-citation-author" data-delta="0"><span class="nlm-given-names">${a}</span></span>`)
  .join(', ')}</span></div>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi highwire-cite-metadata"><span class="label">doi:</span>
https://doi.org/10.1101/2026.02.14.26346112</span></div></div></div>
<div class="pane-content"><div class="panel-pane pane-custom pane-1"><div class="pane-content">This article is a preprint and has not been peer-reviewed
[what does this mean?].</div></div><div class="published-date">Posted February 17, 2026.</div></div></div></div>
<div class="panel-pane pane-panels-mini pane-biorxiv-art-tools"><ul class="tabs inline panels-ajax-tab">${links(mTabs, 'panels-ajax-tab-tab')}</ul>
<div class="highwire-article-tools"><a href="#" class="download-pdf">Download PDF</a> <a href="#" class="email-link">Email</a> <a href="#"
class="share-link">Share</a> <a href="#" class="citation-tools">Citation Tools</a></div></div>
<div class="panel-pane pane-highwire-markup"><div class="pane-content"><div class="highwire-markup"><div class="article abstract-view">
<div class="section abstract" id="abstract-1"><h2 class="">Abstract</h2>
${mAbstract.map(([h, t]) => `<p id="p-${h.length}"><strong>${h}</strong> ${t}</p>`).join('\n')}
</div><div class="section competing-interests"><h2>Competing Interest Statement</h2><p id="p-ci">The authors have declared no competing interest.</p></div>
<div class="section fn-group"><h2>Funding Statement</h2><p>This study was funded by the Northmere Foundation for Child Health.</p></div></div></div></div></div>
<div class="panel-pane pane-disqus-comment"><h2 class="pane-title">Comments</h2><div id="disqus_thread"><div class="disqus-comment-count">3 comments</div>
<div class="post"><span class="author">kj_public_health</span> <span class="post-meta">a week ago</span><div class="post-message"><p>Did you look at
whether school holidays changed the lead time? Our data suggested the signal flattens over half-term.</p></div></div>
<div class="post"><span class="author">Ingrid Solvang</span> <span class="post-meta">6 days ago</span><div class="post-message"><p>Thanks, good point. We
have only two half-terms per season, too few to say, but we will add it to the revised version.</p></div></div></div></div>
<aside class="sidebar-right"><div class="pane-highwire-article-collections"><h2 class="pane-title">Subject Area</h2>
<ul class="highwire-article-collection-term-list">
${links(mSubjects, 'collection')}</ul></div><div class="pane-altmetric"><h2 class="pane-title">Article usage</h2><p>Abstract views 1,204</p></div></aside>
</div></div>
<footer id="section-footer"><ul class="menu">${links(mFoot, 'leaf')}</ul><p>medRxiv is operated by Openlane, a not-for-profit organisation.</p>
<p>Copyright © 2026 Openlane</p></footer></div></body></html>`;
const medrxiv: TestPage = {
  name: 'heldout350-medrxiv-preprint-abstract',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['Abstract'],
  body: texts(mAbstract.map(([h, t]) => `<strong>${h}</strong> ${t}`)),
  bylines: [...mAuthors, 'Posted February 17, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'THE PREPRINT SERVER FOR HEALTH SCIENCES', ...mNav, 'Advanced Search',
    j(
      'This article is a preprint and has not been certified by peer review. It reports new medical research',
      'that has yet to be evaluated and so should not be used to guide clinical practice.',
    ),
    'New Results', 'https://doi.org/10.1101/2026.02.14.26346112', 'This article is a preprint and has not been peer-reviewed [what does this mean?].',
    ...mTabs.filter((t) => t !== 'Abstract'), 'Download PDF', 'Email', 'Share', 'Citation Tools', 'Competing Interest Statement',
    'The authors have declared no competing interest.',
    'Funding Statement', 'This study was funded by the Northmere Foundation for Child Health.', '3 comments', 'kj_public_health', 'a week ago',
    'Did you look at whether school holidays changed the lead time? Our data suggested the signal flattens over half-term.', '6 days ago',
    'Thanks, good point. We have only two half-terms per season, too few to say, but we will add it to the revised version.', 'Subject Area', ...mSubjects,
    'Article usage', 'Abstract views 1,204', ...mFoot, 'medRxiv is operated by Openlane, a not-for-profit organisation.', 'Copyright © 2026 Openlane',
  ],
};

const hTitle = 'Heart failure nurses test a home blood-sample kit that could halve clinic visits';
const hLead = [
  j(
    'A study led by the cardiology research team at Saint Brennan’s Hospital will test whether people living with heart failure',
    'can safely check their own kidney function and potassium levels at home, instead of travelling to a clinic every two weeks when',
    'their medicines are being adjusted.',
  ),
  j(
    'The HOMEKIT-HF study will enrol 300 patients over two years. Half will use a finger-prick kit that posts a small blood sample',
    'to the hospital laboratory, with results sent to their heart failure nurse within 48 hours. The other half will continue with',
    'usual clinic blood tests.',
  ),
];
const hWhy = [
  j(
    'Medicines that help the heart, such as mineralocorticoid receptor antagonists, can raise potassium and affect the kidneys,',
    'so doses are increased slowly with frequent blood tests. For many patients this means a long trip every fortnight for a test',
    'that takes five minutes.',
  ),
  j(
    'Research nurse Delphine Aruna, who designed the study with patients from the hospital’s heart failure support group, said the',
    'idea came directly from them.',
  ),
];
const hQuote = j(
  '“People told us that the travel was the hardest part of getting onto the right dose. Some were putting off increases because',
  'they could not face another journey. If a kit at the kitchen table gives us the same information, that could change how quickly',
  'people get the full benefit of their treatment.”',
);
const hHow = ['Participants in the home-testing group will receive:'];
const hList = [
  'a starter pack with lancets, a collection tube and a prepaid return envelope',
  'a video call with a nurse to practise taking the first sample',
  'a text message when results arrive and a phone call if a dose needs changing',
];
const hNext = [
  j(
    'The main question is whether patients in the home group reach their target dose as quickly as those attending clinic,',
    'without more episodes of high potassium. The team will also measure travel time, costs to patients and how many samples',
    'cannot be analysed.',
  ),
  j(
    'The study is funded by the Hartwell Cardiac Trust and opens to patients of the hospital’s heart failure service this spring.',
    'Patients who are interested can ask their heart failure nurse at their next appointment.',
  ),
];
const hMenu = ['Patients and visitors', 'Our services', 'Research and innovation', 'Education', 'Work for us', 'News', 'Contact us'];
const hCrumbs = ['Home', 'Research and innovation', 'Research news'];
const hRelated = [
  'Volunteers wanted for study on sleep after cardiac surgery',
  'Research day 2026: posters from our nursing and allied health teams',
  'New scanner brings faster heart imaging to the west wing',
];
const hFoot = ['Freedom of information', 'Accessibility statement', 'Privacy notice', 'Modern slavery statement', 'Sitemap'];
const ew = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const hHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${hTitle} - Saint Brennan’s Hospital</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-10T09:00:00+00:00"><link rel="stylesheet" id="elementor-frontend-css"
href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.2" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${hTitle}",
"datePublished":"2026-03-10T09:00:00+00:00","author":{"name":"Communications Team"}}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.27.2","post":{"id":8812}};</script></head>
<body class="post-template-default single single-post postid-8812 elementor-default elementor-kit-6 elementor-page-1204">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="311" class="elementor elementor-311 elementor-location-header"><div class="elementor-section-wrap">
<section class="elementor-section elementor-top-section"><div class="elementor-container">${ew(
  'image',
  '1b2c3d4',
  `<a href="/"><img src="/logo.svg"
alt="Saint Brennan’s Hospital NHS Foundation Trust"></a>`,
)}
${ew(
  'nav-menu',
  '5e6f7a8',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5e6f7a8" class="elementor-nav-menu">
${links(hMenu, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}</div></section></div></div>
<div data-elementor-type="single-post" data-elementor-id="1204" class="elementor elementor-1204 elementor-location-single post-8812 post type-post">
<section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
${ew(
  'breadcrumbs',
  'a11b22c',
  `<p id="breadcrumbs"><span>${hCrumbs.map((c) => `<a href="#">${c}</a>`).join(' » ')} » <span class="breadcrumb_last"
aria-current="page">${hTitle}</span></span></p>`,
)}
${ew('theme-post-title', 'c33d44e', `<h1 class="elementor-heading-title elementor-size-default">${hTitle}</h1>`)}
${ew(
  'post-info',
  'e55f66a',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item
elementor-repeater-item-date"><span class="elementor-icon-list-text elementor-post-info__item--type-date">10 March 2026</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-author"><span class="elementor-icon-list-text">By Communications Team</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">4 min read</span></li></ul>`,
)}
${ew(
  'theme-post-featured-image',
  'f77a88b',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/03/homekit.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Research nurse Delphine Aruna with a home sample kit. Photo: Saint Brennan’s Medical
Illustration</figcaption></figure>`,
)}
${ew(
  'theme-post-content',
  'b99c00d',
  `${ps(hLead)}
<h2 class="wp-block-heading">Why test at home?</h2>
${ps(hWhy)}
<blockquote class="wp-block-quote"><p>${hQuote}</p></blockquote>
<p class="promo-inline"><strong>Read more:</strong> <a href="/news/heart-failure-support-group-turns-ten">Heart failure support group turns ten</a></p>
<h2 class="wp-block-heading">How the study works</h2>
${ps(hHow)}
<ul class="wp-block-list">${hList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">What happens next</h2>
${ps(hNext)}`,
)}
${ew(
  'share-buttons',
  'd11e22f',
  `<div class="elementor-grid"><span class="share-label">Share this story</span><div class="elementor-share-btn
elementor-share-btn_facebook"><span class="elementor-share-btn__title">Facebook</span></div><div class="elementor-share-btn elementor-share-btn_linkedin">
<span class="elementor-share-btn__title">LinkedIn</span></div><div class="elementor-share-btn elementor-share-btn_email"><span
class="elementor-share-btn__title">Email</span></div></div>`,
)}
${ew('post-info', 'a12b34c', '<span class="elementor-post-info__terms-list">Tags: <a href="#">Cardiology</a>, <a href="#">Nursing research</a></span>')}
</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
${ew('heading', 'ff00aa1', '<h3 class="elementor-heading-title">Latest research news</h3>')}
${ew(
  'posts',
  'ff00aa2',
  `<div class="elementor-posts-container">${hRelated
    .map(
      (r) => `<article class="elementor-post"><h4 class="elementor-post__title">
<a href="#">${r}</a></h4></article>`,
    )
    .join('\n')}</div>`,
)}
${ew(
  'form',
  'ff00aa3',
  `<h3>Stay in touch</h3><p>Get our monthly research bulletin by email.</p><form class="elementor-form"><input type="email"
placeholder="Your email address"><button type="submit"><span class="elementor-button-text">Subscribe</span></button></form>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="322" class="elementor elementor-322 elementor-location-footer">${ew(
  'nav-menu',
  '0a0b0c0',
  `<ul class="elementor-nav-menu">${links(hFoot, 'menu-item')}</ul>`,
)}
${ew('text-editor', '0d0e0f0', '<p>© 2026 Saint Brennan’s Hospital NHS Foundation Trust. Registered charity no. 1190324.</p>')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-title">Manage consent</div><div class="cmplz-message"><p>We use
cookies to make our website work and to understand how it is used.</p></div><button class="cmplz-btn cmplz-accept">Accept</button><button
class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.1" id="elementor-pro-frontend-js"></script></body></html>`;
const hospital: TestPage = {
  name: 'heldout350-hospital-elementor-research-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: ['Why test at home?', 'How the study works', 'What happens next'],
  body: texts([...hLead, ...hWhy, hQuote, ...hHow, ...hList, ...hNext]),
  bylines: ['10 March 2026', 'By Communications Team', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hMenu, ...hCrumbs,
    'Research nurse Delphine Aruna with a home sample kit. Photo: Saint Brennan’s Medical Illustration', 'Read more:',
    'Heart failure support group turns ten', 'Share this story', 'Facebook', 'LinkedIn', 'Email', 'Tags:', 'Cardiology', 'Nursing research',
    'Latest research news', ...hRelated, 'Stay in touch', 'Get our monthly research bulletin by email.', 'Subscribe', ...hFoot,
    '© 2026 Saint Brennan’s Hospital NHS Foundation Trust. Registered charity no. 1190324.', 'Manage consent',
    'We use cookies to make our website work and to understand how it is used.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT350_C: readonly TestPage[] = [medrxiv, hospital];
