import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout668-kit.js';

/**
 * Held-out batch 668, file b: a bootcamp's admissions FAQ on HubSpot CMS (drag-and-drop modules, accordion, HubSpot form and
 * cookie banner), and a short "how it works" page of a maths tutoring service on Squarespace 7.1 with an announcement bar.
 */
const hTitle = 'Admissions FAQ';
const hIntro = j(
  'Everything you need to know before you apply to a Lumen Ridge bootcamp. If your question is not answered here, our',
  'admissions team replies to every email within one working day.',
);
const hGroups = [
  {
    h: 'Applying',
    qa: [
      [
        'Do I need a degree or prior coding experience?',
        j(
          'No. About half of our students have no degree in a technical field, and many have never written code before. You do need',
          'to complete our free 20-hour prep course before your cohort starts.',
        ),
      ],
      [
        'How long does the application take?',
        j(
          'The online form takes about ten minutes. After that you book a 30-minute conversation with an admissions advisor, and most',
          'applicants receive a decision within a week.',
        ),
      ],
      [
        'Can I apply if I live outside the United States?',
        j('Yes, as long as you can attend live sessions between 10 am and 6 pm Eastern Time. Classes are taught in English.'),
      ],
    ],
  },
  {
    h: 'The admissions assessment',
    qa: [
      [
        'What is on the assessment?',
        j(
          'A 45-minute logic and problem-solving exercise. It does not test programming knowledge; it shows us how you break a problem',
          'into steps. You may use pen and paper, but not a calculator.',
        ),
      ],
      ['What happens if I do not pass?', 'You can retake the assessment once after 14 days. Many students pass on their second attempt.'],
    ],
  },
  {
    h: 'Paying for the program',
    qa: [
      [
        'When is the deposit due?',
        j('A refundable deposit of $500 holds your seat and is due within ten days of your acceptance. It counts toward your tuition.'),
      ],
      [
        'Do you offer payment plans?',
        j(
          'Yes. You can pay in monthly installments over the length of the program with no interest, or apply for a loan through one',
          'of our lending partners. Details are on our tuition page.',
        ),
      ],
      [
        'Are there scholarships?',
        j(
          'We award up to 20 partial scholarships each cohort, for career changers from underrepresented groups and for military',
          'veterans. Apply for a scholarship in the same form as your program application.',
        ),
      ],
    ],
  },
];
const hBody = [hIntro, ...hGroups.flatMap((g) => g.qa.map((q) => q[1] ?? ''))];
const hHeads = hGroups.flatMap((g) => [g.h, ...g.qa.map((q) => q[0] ?? '')]);
const hNav = ['Courses', 'Tuition', 'Admissions', 'Career services', 'Blog', 'Log in'];
const hFoot = ['About', 'Press', 'Hiring partners', 'Terms of service', 'Privacy policy', 'Accessibility'];
const accordion = (qa: string[][]): string =>
  qa
    .map(
      ([q, a], i) => `<div class="accordion__item"><h3 class="accordion__title"><button class="accordion__toggle" aria-expanded="false"
aria-controls="faq-${q?.length}-${i}">${q}</button></h3><div class="accordion__content" id="faq-${q?.length}-${i}" role="region"><p>${a}</p></div></div>`,
    )
    .join('\n');
const hMod = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_${1700000000 + n}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
data-hs-cos-type="module">${inner}</div></div></div></div></div></div></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Admissions FAQ | Lumen Ridge Bootcamps</title>
<meta name="description" content="Answers to common questions about applying to Lumen Ridge: prerequisites, the assessment, deposits and scholarships.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Admissions FAQ">
<link rel="stylesheet" href="https://www.lumenridge.io/hubfs/hub_generated/template_assets/1/148822109451/1706201133520/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do I need a degree or prior coding experience?","acceptedAnswer":{"@type":"Answer","text":"No. About half of our students..."}}]}</script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en'; hsVars['portal_id'] = 24117753; hsVars['page_id'] = 148901255310;</script>
<link rel="canonical" href="https://www.lumenridge.io/admissions/faq"></head>
<body><div class="body-wrapper hs-content-id-148901255310 hs-site-page page"><div data-global-resource-path="lumen-ridge-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><a href="/"
id="hs-link-site_logo_hs_logo_widget"><img src="https://www.lumenridge.io/hubfs/lumen-ridge-logo.svg" alt="Lumen Ridge Bootcamps" class="hs-image-widget"></a>
</span></div><div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'hs-menu-item hs-menu-depth-1 menu__item menu__item--depth-1')}</ul></nav></div>
<div class="header__button"><a class="button" href="/apply">Apply now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq">
${hMod(1, `<div class="page-hero"><h1 class="page-hero__title">${hTitle}</h1><p class="page-hero__text">${hIntro}</p></div>`)}
${hGroups.map((g, i) => hMod(10 + i * 4, `<div class="faq-group"><h2 class="faq-group__title">${g.h}</h2>\n${accordion(g.qa)}</div>`)).join('\n')}
${hMod(
  30,
  `<div class="cta-band"><h2>Still have questions?</h2><p>Book a 15-minute call with an admissions advisor.</p>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-a9f1"><a class="cta_button" href="https://cta-redirect.hubspot.com/cta/redirect/24117753/a9f1">Book a call</a>
</span></div>`,
)}
${hMod(
  34,
  `<div class="form-module"><h2 class="form-title">Get the admissions guide by email</h2>
<div class="hbspt-form" id="hbspt-form-7f2c"><form id="hsForm_7f2c" class="hs-form stacked hs-form-private" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7f2c"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7f2c" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="legal-consent-container"><p>You can unsubscribe from these communications at any time.</p></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send me the guide"></div></div></form></div>
</div>`,
)}
</div></main>
<div data-global-resource-path="lumen-ridge-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav class="footer__menu" aria-label="Footer menu"><ul class="no-list">${links(hFoot, 'hs-menu-item hs-menu-depth-1')}</ul></nav>
<p class="footer__copyright">© 2027 Lumen Ridge Learning, Inc.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-version="2">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>We use cookies to improve your experience and to measure our advertising. See our
<a href="/privacy-policy">cookie policy</a> for details.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<div id="hs-en-cookie-confirmation-buttons-area">
<a href="javascript:void(0);" id="hs-eu-cookie-settings-button">Cookie settings</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a>
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/24117753.js"></script>
<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "standard-page"]);
_hsq.push(["setCanonicalUrl", "https://www.lumenridge.io/admissions/faq"]);</script>
</body></html>`;
const hubspotFaq: TestPage = {
  name: 'heldout668-hubspot-admissions-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts(hBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Courses', 'Career services', 'Blog', 'Log in', 'Apply now', 'Still have questions?',
    'Book a 15-minute call with an admissions advisor.', 'Book a call', 'Get the admissions guide by email', 'Email*',
    'You can unsubscribe from these communications at any time.', ...hFoot.filter((t) => t !== 'About'), '© 2027 Lumen Ridge Learning, Inc.',
    'We use cookies to improve your experience and to measure our advertising. See our cookie policy for details.', 'Cookie settings', 'Decline', 'Accept',
  ],
};

const qTitle = 'How Brightwell tutoring works';
const qIntro = 'One tutor, one student, the same time every week. No contracts, and you can pause over the holidays.';
const qSteps = [
  [
    '1. A free first call',
    j('We talk with you and your child for 20 minutes about where maths feels hard, what the school is covering this term and', 'which days work.'),
  ],
  [
    '2. Matched with a tutor',
    j('Within three days we introduce a tutor who has taught that year group before. All of our tutors are qualified teachers or', 'maths graduates.'),
  ],
  [
    '3. Weekly sessions',
    j('Sessions last 50 minutes, at home or online. After each one, the tutor sends you a short note on what was covered and what', 'to practise.'),
  ],
];
const qPrice = 'Sessions cost £42 at home or £36 online, paid monthly. Siblings get 10% off.';
const qNav = ['Home', 'How it works', 'Our tutors', 'Prices', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>How it works — Brightwell Tutoring</title>
<link rel="canonical" href="https://www.brightwelltutoring.co.uk/how-it-works"><meta property="og:site_name" content="Brightwell Tutoring">
<meta property="og:title" content="How it works — Brightwell Tutoring"><meta name="description" content="One tutor, one student, the same time every week.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"63b2f0c1a7e9d14c5b8e2a11","collectionId":"63b2f0c1a7e9d14c5b8e2a30",
"pageType":"page","templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.brightwelltutoring.co.uk","name":"Brightwell Tutoring",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63b2f0c1a7e9d14c5b8e2a11/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-63b2f0c1a7e9d14c5b8e2a30" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full tweak-fixed-header-style-basic form-use-theme-colors collection-type-page collection-layout-default">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner">
<p>Autumn term places are filling up: <a href="/contact">book your free call</a>
</p></div></div><span class="sqs-announcement-bar-close" aria-label="Close Announcement"></span></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63b2/logo.png"
alt="Brightwell Tutoring"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'How it works' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"${t === 'How it works' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a free call</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63b2f0c1a7e9d14c5b8e2a41">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle light" data-section-id="63b2f0c1a7e9d14c5b8e2a42"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63b2f0c1a7e9d14c5b8e2a42">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1673">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${qTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${qIntro}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section section-height--small white"
data-section-id="63b2f0c1a7e9d14c5b8e2a43"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63b2f0c1a7e9d14c5b8e2a43">
${qSteps
  .map(
    ([h, p], i) => `<div class="fe-block fe-block-step${i}"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${h}</h3><p style="white-space:pre-wrap;">${p}</p></div></div></div></div>`,
  )
  .join('\n')}
<div class="fe-block fe-block-price"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p style="text-align:center;white-space:pre-wrap;"><strong>${qPrice}</strong></p></div></div></div></div>
<div class="fe-block fe-block-btn"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book your free call</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;"><strong>Brightwell Tutoring</strong><br>14 Alder Row, Kestleford KF3 9LT<br>hello@brightwelltutoring.co.uk</p></div>
</div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="63b2">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Termly tips for parents</h2></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1673">Email Address</label><input id="email-yui_3_17_2_1_1673"
class="newsletter-form-field-element field-element" name="email" type="email" autocomplete="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-deny">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceTutoring: TestPage = {
  name: 'heldout668-squarespace-tutoring',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qSteps.map((s) => s[0] ?? ''),
  body: [qIntro, ...qSteps.map((s) => s[1] ?? ''), qPrice],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Autumn term places are filling up: book your free call', 'How it works', 'Our tutors', 'Prices', 'Contact', 'Book a free call',
    'Book your free call', '14 Alder Row, Kestleford KF3 9LT', 'hello@brightwelltutoring.co.uk', 'Termly tips for parents', 'Email Address',
    'Sign Up', 'We respect your privacy.', 'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT668_B: readonly TestPage[] = [hubspotFaq, squarespaceTutoring];
