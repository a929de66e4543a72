import { type TestPage, texts } from './page-kit.js';
import { lis, rows } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file d: an online master's landing page on HubSpot CMS (drag-and-drop "dnd-section" rows with
 * hs_cos_wrapper modules, a minimal landing-page header with a phone number, a hero with a "Request information" HubSpot
 * form, logo strip of rankings, stat tiles, a curriculum table, a faculty spotlight, a testimonial slider, the fixed
 * "Apply now" bar and the HubSpot cookie banner).
 */
const title = 'Master of Science in Data Analytics, Online';
const intro = [
  `Build the skills to turn messy data into decisions. The online MS in Data Analytics from Aldermere State University is designed
for working professionals: you study part time, one course at a time, and can finish in as little as 20 months.`,
  `Every course is taught by the same faculty who teach on campus, and each one ends with a project built on real data from a
partner organization, so you graduate with a portfolio as well as a degree.`,
];
const learn = [
  'Clean, join and model large data sets with Python, R and SQL',
  'Apply statistical learning and machine learning methods responsibly',
  'Design dashboards and data stories that non-specialists can act on',
  'Manage analytics projects, privacy and data governance in an organization',
];
const curriculumIntro = 'The program has ten courses of three credits each, taken in this order:';
const courses: [string, string][] = [
  ['Term 1', 'DA 500 Foundations of Analytics; DA 510 Programming for Data'],
  ['Term 2', 'DA 520 Applied Statistics; DA 530 Databases and SQL'],
  ['Term 3', 'DA 540 Machine Learning; DA 550 Data Visualization'],
  ['Term 4', 'DA 560 Data Ethics and Governance; DA 570 Analytics Project Management'],
  ['Term 5', 'DA 580 Elective; DA 590 Capstone Project'],
];
const admit = [
  `Applicants need a bachelor's degree with a GPA of 3.0 or higher and one college-level statistics course. No GRE is required.
If you have not studied statistics, you can take our free, self-paced bridge course before you begin.`,
  `Tuition is $690 per credit hour, or $20,700 for the full program. Many students receive support from their employer, and
veterans can use their GI Bill benefits.`,
];
const stats = ['30 credits', '100% online', '20 months to finish', '6 start dates a year'];
const faculty = `Faculty spotlight: Dr Renata Illescas teaches Machine Learning and leads the university's Center for Public Data.
Meet the faculty`;
const testi = `“I used my capstone project to rebuild our hospital's staffing forecast. I was promoted before I graduated.” — Marcus
Tellinger, MS ’25`;
const form = ['First name*', 'Last name*', 'Email*', 'Phone number*', 'Program start*'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Online MS in Data Analytics | Aldermere State University Online</title>
<meta name="description" content="Earn your MS in Data Analytics 100% online in as little as 20 months. No GRE required.">
<meta name="generator" content="HubSpot">
<link rel="stylesheet" href="//7431022.fs1.hubspotusercontent-na1.example/hubfs/7431022/hub_generated/template_assets/lp.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationalOccupationalProgram","name":"Master of Science in Data Analytics",
"timeToComplete":"P20M","provider":{"@type":"CollegeOrUniversity","name":"Aldermere State University"}}</script>
<script>var hsVars = {render_id: "4a2c1e9d", ticks: 1772550000, page_id: 90412377, content_group_id: 0, portal_id: 7431022};</script></head>
<body><div class="body-wrapper hs-content-id-90412377 hs-landing-page hs-page">
<div data-global-resource-path="aldermere-theme/templates/partials/header-lp.html"><header class="header header--lp"><div class="header__container">
<a class="header__logo" href="https://online.aldermere.example"><img src="/hubfs/logo-online.svg" alt="Aldermere State University Online"></a>
<span class="header__phone">Call an enrollment advisor: <a href="tel:+18005550147">(800) 555-0147</a></span></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--lp"><div class="row-fluid-wrapper">
<div class="row-fluid dnd-section dnd_area-row-0-padding dnd_area-row-0-background-color"><div class="span7 widget-span widget-type-cell dnd-column">
<div class="row-fluid-wrapper dnd-row"><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">
<div id="hs_cos_wrapper_widget_1" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><div class="hero-lp"><span class="hero-lp__eyebrow">Online graduate program</span><h1>${title}</h1>
<p class="hero-lp__sub">Next start: August 24. Apply by August 3.</p></div></div></div></div></div>
<div class="span5 widget-span widget-type-cell dnd-column"><div id="hs_cos_wrapper_widget_2" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-form" data-hs-cos-type="form"><h3 id="hs_cos_wrapper_widget_2_title" class="form-title">Request information</h3>
<div id="hs_form_target_widget_2"><form class="hs-form stacked hs-custom-form" novalidate>
${form
  .map(
    (f, i) => `<div class="hs-form-field"><label for="f${i}"><span>${f}</span></label>
<div class="input"><input id="f${i}" class="hs-input"></div></div>`,
  )
  .join('\n')}
<legend class="hs-field-desc">By submitting this form, I agree to be contacted by Aldermere State University by email, phone and text.</legend>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Get program guide"></div></div>
</form></div></div></div></div>
<div class="row-fluid dnd-section"><div class="span12 widget-span dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_type_module logo-strip">
<p class="logo-strip__label">Ranked among the best online programs</p><ul class="logo-strip__list">
<li><img src="/hubfs/badge-1.png" alt="Best Online Graduate Programs 2026"></li></ul></div>
<div class="hs_cos_wrapper hs_cos_wrapper_type_module stat-tiles"><ul>${lis(stats, 'stat-tile')}</ul></div></div></div>
<div class="row-fluid dnd-section"><div class="span8 widget-span dnd-column"><div id="hs_cos_wrapper_widget_3"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-type="module">
<span id="hs_cos_wrapper_widget_3_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
<h2>Why choose Aldermere online?</h2>
${intro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>What you will learn</h2><ul>${lis(learn)}</ul>
<h2>Curriculum</h2><p>${curriculumIntro}</p>
<table style="width: 100%; border-collapse: collapse;"><tbody>${rows(courses)}</tbody></table>
<h2>Admissions and tuition</h2>
${admit.map((p) => `<p>${p}</p>`).join('\n')}</span></div></div>
<div class="span4 widget-span dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_type_module faculty-card"><img src="/hubfs/illescas.jpg" alt="">
<p>${faculty.replace('Meet the faculty', '<a href="/faculty">Meet the faculty</a>')}</p></div>
<div class="hs_cos_wrapper hs_cos_wrapper_type_module testimonial-slider"><blockquote class="testimonial">${testi}</blockquote></div></div></div>
</div></div></main>
<div class="sticky-cta" role="complementary"><span>Ready to take the next step?</span><a class="button" href="/apply">Apply now</a>
<a class="button button--ghost" href="#hs_form_target_widget_2">Request info</a></div>
<footer class="footer footer--lp"><p>© 2026 Aldermere State University. Aldermere Online is operated in partnership with the university's
College of Professional Studies.</p><p><a href="/privacy">Privacy policy</a> | <a href="/accessibility">Accessibility</a></p></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"
data-hs-cookie-banner="true"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">
This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script src="//js.hs-scripts.example/7431022.js" async defer id="hs-script-loader"></script></body></html>`;

const online: TestPage = {
  name: 'heldout403-hubspot-online-masters',
  kind: 'docs',
  html,
  title,
  headings: ['Why choose Aldermere online?', 'What you will learn', 'Curriculum', 'Admissions and tuition'],
  body: texts([...intro, ...learn, curriculumIntro, ...courses.flat(), ...admit]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call an enrollment advisor: (800) 555-0147', 'Online graduate program', 'Next start: August 24. Apply by August 3.', 'Request information', ...form,
    'By submitting this form, I agree to be contacted by Aldermere State University by email, phone and text.',
    'Ranked among the best online programs', ...stats, faculty, testi, 'Ready to take the next step?', 'Apply now', 'Request info',
    "© 2026 Aldermere State University. Aldermere Online is operated in partnership with the university's College of Professional Studies.",
    'Privacy policy', 'Accessibility',
    'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT403_D: readonly TestPage[] = [online];
