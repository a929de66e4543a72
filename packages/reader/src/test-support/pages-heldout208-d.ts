import { links, type TestPage, texts } from './page-kit.js';
import { wellfoundJob } from './pages-heldout208-d2.js';

/**
 * Held-out batch 208, file d: a university career-services guide page on a Drupal 10 site (the university alert banner, the
 * utility and main menus, the unit's site name, the breadcrumb, the section sidebar menu, the guide with its intro, h2
 * sections, lists and an example table, an accordion of FAQs with h3 buttons, the "Book an appointment" call-out, "Last
 * updated", the feedback widget, the footer with address, social links and the land acknowledgement, and the cookie notice)
 * and, from file d2, a Wellfound startup job page.
 */
const uvTitle = 'Writing a cover letter';
const uvIntro = [
  'A cover letter is a one-page letter you send with your résumé. It tells an employer why you want this particular job and ' +
    'why you are a good fit for it. Many employers read the letter before the résumé, so it is often your first impression.',
  'This guide walks you through what to include, how to tailor a letter to a posting, and the mistakes our advisers see most ' +
    'often. If you would like feedback on a draft, you can book a 30-minute appointment or drop in during walk-in hours.',
];
const uvH1 = 'Before you start';
const uvP1 = ['Read the job posting twice. On the second read, highlight:'];
const uvList1 = [
  'the three or four skills or experiences the employer mentions most,',
  'anything they say about their mission, customers or values,',
  'practical details such as who to address and how to submit.',
];
const uvP2 = [
  'Then pick one or two experiences from your résumé that show each of those skills. These can come from classes, part-time ' +
    'jobs, clubs or volunteering. You will build your letter around them.',
];
const uvH2 = 'How to structure your letter';
const uvP3 = ['Most strong cover letters follow the same four-part shape:'];
const uvRows = [
  ['Opening', 'Name the position and say in one or two sentences why it interests you.', '2–3 sentences'],
  ['Why you', 'Give one or two specific examples that match the employer’s needs.', '1–2 paragraphs'],
  ['Why them', 'Show you understand the organisation and what draws you to it.', '1 paragraph'],
  ['Closing', 'Thank the reader and say how they can reach you.', '2 sentences'],
];
const uvH3 = 'Common mistakes';
const uvList2 = [
  'Repeating your résumé line by line instead of telling the story behind one or two items.',
  'Writing a general letter and changing only the company name.',
  'Opening with “My name is” or “I am writing to apply for”, which wastes your first sentence.',
  'Going over one page. Employers rarely read the second.',
];
const uvH4 = 'Frequently asked questions';
const uvFaq = [
  [
    'Do I need a cover letter if the application says it is optional?',
    'Yes, if you can write a tailored one. An optional letter is a chance to stand out that most applicants skip.',
  ],
  [
    'Who should I address the letter to?',
    'Use the hiring manager’s name if you can find it. Otherwise “Dear Hiring Committee” is fine; avoid “To whom it may concern”.',
  ],
  [
    'Can I use an AI tool to write my letter?',
    'You can use one to brainstorm or check grammar, but the examples and voice must be yours. Employers notice generic letters.',
  ],
];
const uvAlert = 'Campus offices are closed on Tuesday, November 11, for Veterans Day. Online appointments continue as scheduled.';
const uvUtil = ['Apply', 'Give', 'Visit', 'MyNorthmere', 'Directory'];
const uvMain = ['Students', 'Alumni', 'Employers', 'Faculty & Staff', 'About Us'];
const uvSide = ['Career guides', 'Exploring careers', 'Résumés', 'Writing a cover letter', 'Interviewing', 'Networking', 'Job and internship search'];
const uvCta = [
  'Get feedback on your letter',
  'Book a 30-minute appointment with a career adviser in Handshake, or visit walk-in hours Monday to Thursday, 1 to 4 pm.',
  'Book an appointment',
];
const uvFeedback = ['Was this page helpful?', 'Yes', 'No'];
const uvFoot = ['Career Center', 'Harlan Hall, Room 210', '1400 Campus Drive, Ashford, OR 97520', 'careers@northmere.example', '(541) 555-0148'];
const uvFootLinks = ['Accessibility', 'Non-discrimination', 'Privacy', 'Emergency information', 'Report a concern'];
const uvLand = 'Northmere University sits on the traditional homelands of the Takelma people. We honour their continuing connection to this land.';
const uvCookie = 'This website uses cookies to improve your experience. By continuing to use the site, you agree to our use of cookies.';
const uvHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Writing a cover letter | Career Center | Northmere University</title><link rel="canonical" href="https://careers.northmere.example/guides/cover-letters">
<meta name="description" content="How to write a cover letter: structure, tailoring and common mistakes, from the Northmere Career Center.">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zq4k1v.css?delta=0&amp;language=en&amp;theme=northmere_base">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="nu-alert nu-alert--warning" role="alert"><p>${uvAlert}</p></div>
<header class="nu-header" role="banner"><div class="nu-header__utility"><ul class="menu menu--utility">${links(uvUtil, 'menu-item')}</ul></div>
<div class="nu-header__brand"><a href="https://www.northmere.example" class="nu-logo">
<img src="/themes/custom/northmere_base/logo.svg" alt="Northmere University"></a>
<a href="/" class="nu-site-name">Career Center</a></div><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(uvMain, 'menu-item menu-item--expanded')}</ul></nav>
</header><div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/students">Students</a></li><li><a href="/guides">Career guides</a></li>
<li>Writing a cover letter</li></ol></nav></div>
<main role="main" class="layout-main"><a id="main-content" tabindex="-1"></a><div class="layout-sidebar-first"><nav role="navigation"
aria-labelledby="block-sectionmenu-menu" class="block block-menu-block"><h2 id="block-sectionmenu-menu">In this section</h2><ul class="menu">
${links(uvSide, 'menu-item')}</ul></nav></div>
<div class="layout-content"><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="412" class="node node--type-page node--view-mode-full"><h1 class="page-title">
<span class="field field--name-title">${uvTitle}</span></h1>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${uvIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${uvH1}</h2>${uvP1.map((p) => `<p>${p}</p>`).join('')}<ul>${uvList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>${uvP2.map((p) => `<p>${p}</p>`).join('')}
<h2>${uvH2}</h2>${uvP3.map((p) => `<p>${p}</p>`).join('')}
<table class="nu-table"><thead><tr><th>Section</th><th>What it does</th><th>Length</th></tr></thead><tbody>
${uvRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${uvH3}</h2><ul>${uvList2.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="paragraph paragraph--type--accordion"><h2>${uvH4}</h2>${uvFaq
  .map(
    ([q, a], i) => `<div class="nu-accordion__item"><h3 class="nu-accordion__heading"><button class="nu-accordion__toggle" aria-expanded="false"
aria-controls="faq-${i}">${q}</button></h3><div id="faq-${i}" class="nu-accordion__panel" hidden><p>${a}</p></div></div>`,
  )
  .join('\n')}</div>
<div class="paragraph paragraph--type--callout nu-callout"><h2 class="nu-callout__title">${uvCta[0]}</h2><p>${uvCta[1]}</p>
<a class="button button--primary" href="https://northmere.joinhandshake.example/appointments">${uvCta[2]}</a></div>
<div class="field field--name-field-last-updated">Last updated: October 2, 2025</div></div></article>
<div class="nu-feedback" id="block-pagefeedback"><p>${uvFeedback[0]}</p><button type="button">${uvFeedback[1]}</button>
<button type="button">${uvFeedback[2]}</button></div>
</div></div></main>
<footer class="nu-footer" role="contentinfo"><div class="nu-footer__contact">${uvFoot.map((t) => `<p>${t}</p>`).join('')}</div>
<ul class="nu-footer__social"><li><a href="https://www.instagram.com/northmerecareers">Instagram</a></li><li>
<a href="https://www.linkedin.com/school/northmere">LinkedIn</a></li></ul>
<ul class="menu menu--footer">${links(uvFootLinks, 'menu-item')}</ul><p class="nu-footer__land">${uvLand}</p>
<p class="nu-footer__copyright">© 2025 Northmere University</p></footer></div>
<div class="eu-cookie-compliance-banner" role="dialog" aria-label="Cookie notice"><div class="popup-content info"><div id="popup-text"><p>${uvCookie}</p></div>
<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="find-more-button">More info</button></div></div></div>
<script src="/sites/default/files/js/js_pX8d2b.js?scope=footer&amp;delta=0"></script></body></html>`;
const uniGuide: TestPage = {
  html: uvHtml,
  name: 'heldout208-university-careers-guide',
  kind: 'docs',
  // the FAQ accordion is part of the guide: its h2 and question h3s are headings and its hidden answers body; table data
  // cells are body; the alert banner, menus (the side menu repeats the title), breadcrumb, the "Get feedback" call-out,
  // feedback widget, footer, land acknowledgement and cookie notice are furniture; "Last updated" is a byline
  title: uvTitle,
  headings: [uvH1, uvH2, uvH3, uvH4, ...uvFaq.map(([q]) => q ?? '')],
  body: texts([...uvIntro, ...uvP1, ...uvList1, ...uvP2, ...uvP3, ...uvRows.flat(), ...uvList2, ...uvFaq.map(([, a]) => a ?? '')]),
  bylines: ['Last updated: October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', uvAlert, ...uvUtil, 'Career Center', 'Main navigation', ...uvMain, 'Breadcrumb', 'Home',
    'In this section', 'Career guides', 'Exploring careers', 'Résumés',
    'Interviewing', 'Networking', 'Job and internship search', ...uvCta, ...uvFeedback, ...uvFoot.slice(1), 'Instagram', 'LinkedIn', ...uvFootLinks, uvLand,
    '© 2025 Northmere University', uvCookie, 'OK, I agree', 'More info',
  ],
};

export const HELDOUT208_D: readonly TestPage[] = [uniGuide, wellfoundJob];
