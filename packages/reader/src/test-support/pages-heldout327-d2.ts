import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file d2: a university language centre's course page built with Elementor on the Hello Elementor theme
 * (an Elementor Pro header and footer template, nested section / column / widget markup, an icon list of course facts, buttons,
 * a testimonial widget, a "Related courses" loop and the Complianz cookie banner).
 */
const cTitle = 'Japanese Intermediate 2 (evening course)';
const cFacts = ['Level: CEFR A2 to B1', 'Starts: Tuesday 15 September 2026', 'Length: 20 weeks, 2 hours a week', 'Fee: £395 (students and staff £260)'];
const cIntro = [
  j(
    'This course is for learners who can already hold a simple conversation in Japanese about daily routines, and who know hiragana,',
    'katakana and about 250 kanji. You will learn to explain reasons, give opinions, make polite requests at work and follow short',
    'news items read at natural speed.',
  ),
  j(
    'It continues directly from Japanese Intermediate 1, but you do not need to have taken that course. Many learners join after',
    'studying on their own or living in Japan for a while; the placement test below will show whether this is the right level.',
  ),
];
const cLearn = [
  'the plain and polite forms of verbs in all tenses, and when to switch between them',
  'giving reasons with kara and node, and comparing options',
  'keigo for everyday situations: shops, offices and phone calls',
  'about 200 new kanji, with reading practice from signs, menus and timetables',
];
const cHow = [
  j(
    'Classes meet on campus on Tuesday evenings from 18:30 to 20:30 in the Hallam Building. Each class mixes pair work, listening',
    'practice and short presentations. Between classes you will have about an hour of homework a week on our online platform.',
  ),
  j(
    'Your tutor is a native speaker with a teaching qualification in Japanese as a foreign language. Groups are capped at fourteen',
    'learners, so everyone speaks in every class.',
  ),
];
const cAssess = [
  j(
    'There is no exam. You will receive a certificate of attendance if you come to at least 80 percent of the classes. Learners who',
    'want a formal credit can take an optional speaking and writing assessment in week 20, worth 10 credits at level 4.',
  ),
];
const cBefore = [
  j(
    'Not sure if this is the right level? Take the free online placement test, or come to the drop-in advice session on Saturday',
    '5 September between 10:00 and 13:00, when tutors for all our languages will be available.',
  ),
];
const cRelated = ['Japanese Intermediate 1 (evening course)', 'Japanese Upper Intermediate (Saturday)', 'Korean Beginners 2 (evening course)'];
const cMenu = ['Courses', 'Placement test', 'Fees and funding', 'Study abroad support', 'Contact'];
const cFoot = ['University of Kestrel Point', 'Language Centre', 'Hallam Building, Quay Road, Kestrel Point KP2 4QA', 'Privacy notice', 'Accessibility'];
let n = 0;
const id = (): string => (0x3a10c2 + n++ * 4099).toString(16).padStart(7, '0').slice(0, 7);
const widget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id()} elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const section = (widgets: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id()}
elementor-section-boxed elementor-section-height-default" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-${id()}" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
${widgets}
</div></div></div></section>`;
const heading = (tag: string, t: string): string => widget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const textEd = (html: string): string => widget('text-editor', html);
const button = (t: string): string =>
  widget(
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="#"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div>`,
  );
const cHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cTitle} – Language Centre – University of Kestrel Point</title><meta name="robots" content="index, follow, max-image-preview:large">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${cTitle}",
"isPartOf":{"@id":"https://languages.kestrelpoint.example/#website"}},{"@type":"Course","name":"${cTitle}","provider":{"@type":"CollegeOrUniversity",
"name":"University of Kestrel Point"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css"
href="https://languages.kestrelpoint.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4">
<link rel="stylesheet" id="elementor-post-812-css" href="https://languages.kestrelpoint.example/wp-content/uploads/elementor/css/post-812.css?ver=1771200000">
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.25.4",
"post":{"id":812,"title":"${cTitle}"}};</script></head>
<body class="page-template-default page page-id-812 wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header"
data-elementor-post-type="elementor_library">
${section(
  `${widget('theme-site-logo', '<a href="/"><img width="180" height="48" src="/wp-content/uploads/2025/05/ukp-language-centre.svg" alt="Language Centre"></a>')}
${widget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-41"
class="elementor-nav-menu">${links(cMenu, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}`,
)}
</header>
<main id="content" class="site-main post-812 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812" data-elementor-post-type="page">
${section(
  `${widget(
    'breadcrumbs',
    `<p id="breadcrumbs"><span><span><a href="/">Language Centre</a></span> »
<span><a href="/courses/">Courses</a></span> » <span>Japanese courses</span></span></p>`,
  )}
${heading('h1', cTitle)}
${widget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${cFacts
    .map(
      (f) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${f}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${button('Enrol now')}`,
)}
${section(
  `${textEd(ps(cIntro))}
${heading('h2', 'What you will learn')}
${textEd(`<ul>${cLearn.map((l) => `<li>${l}</li>`).join('\n')}</ul>`)}
${heading('h2', 'How the course works')}
${textEd(ps(cHow))}
${heading('h2', 'Assessment and certificate')}
${textEd(ps(cAssess))}
${heading('h2', 'Before you enrol')}
${textEd(ps(cBefore))}
${button('Take the placement test')}`,
)}
${section(
  `${widget(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">I started Intermediate 2 nervous about keigo and finished it
booking a ryokan by phone. The small group made all the difference.</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Priya Delacourt</div><div class="elementor-testimonial-job">Learner, 2025</div></div></div></div>`,
  )}
${heading('h3', 'Related courses')}
${widget(
  'loop-grid',
  `<div class="elementor-loop-container elementor-grid">
${cRelated.map((r) => `<div class="e-loop-item"><a href="#">${r}</a></div>`).join('\n')}</div>`,
)}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer"
data-elementor-post-type="elementor_library">
${section(`${textEd(`<ul>${links(cFoot)}</ul>`)}
${textEd('<p>© 2026 University of Kestrel Point. Registered charity no. 1140387.</p>')}`)}
</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie
Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to make our website work and to
understand how it is used.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://languages.kestrelpoint.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4" id="elementor-frontend-js"></script>
</body></html>`;
export const coursePage: TestPage = {
  name: 'heldout327-elementor-university-course-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['What you will learn', 'How the course works', 'Assessment and certificate', 'Before you enrol'],
  body: texts([...cFacts, ...cIntro, ...cLearn, ...cHow, ...cAssess, ...cBefore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cMenu, 'Language Centre', 'Japanese courses', 'Enrol now', 'Take the placement test',
    'I started Intermediate 2 nervous about keigo and finished it booking a ryokan by phone. The small group made all the difference.', 'Priya Delacourt',
    'Learner, 2025', 'Related courses', ...cRelated, ...cFoot, '© 2026 University of Kestrel Point. Registered charity no. 1140387.',
    'Manage Cookie Consent', 'We use cookies to make our website work and to understand how it is used.', 'Accept', 'Deny', 'View preferences',
  ],
};
