import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file d2: a university degree apprenticeship page on Sitecore SXA (the "component" markup with
 * component-content wrappers, a navigation component, breadcrumb component, page title and a hero "promo", a column splitter
 * holding rich-text components and a "key information" link list, an accordion component, an employer case-study promo,
 * a "Latest news" page list, the Sitecore Experience Forms enquiry form, the Cookiebot dialog and the footer containers).
 */
const title = 'Digital and Technology Solutions Degree Apprenticeship';
const intro = [
  `This degree apprenticeship lets your employees earn a BSc (Hons) Digital and Technology Solutions while they keep working. It is
designed for software developers, data analysts, network engineers and IT consultants who want to build on their experience with a
recognised degree, and it is fully funded for levy-paying employers through the apprenticeship levy.`,
  `Apprentices spend one day a week studying, either on campus at Hollinsford or through live online sessions, and apply what they
learn to projects in their own organisation. The programme lasts four years including the end-point assessment.`,
];
const pathways = [
  'Software Engineer – full-stack development, testing and secure coding',
  'Data Analyst – data engineering, statistics and business intelligence',
  'Cyber Security Analyst – threat analysis, incident response and risk management',
];
const employer = [
  `As an employer you agree a training plan with us and the apprentice, give them protected time for off-the-job learning, and meet
their workplace mentor and our skills coach every twelve weeks to review progress.`,
  `Apprentices must have the right to work in England, spend at least half of their working hours in England, and be employed in a
role that gives them the chance to develop the skills in the apprenticeship standard.`,
];
const entry = `Applicants normally need 112 UCAS points or relevant work experience, and GCSE English and Mathematics at grade 4 (C)
or above. Applicants without formal qualifications are assessed through an interview and a short technical task.`;
const acc: [string, string][] = [
  [
    'How is the apprenticeship funded?',
    `Levy-paying employers use their levy funds to pay the full £27,000 cost. Smaller employers pay 5% of the cost and the
government pays the rest.`,
  ],
  [
    'What is the end-point assessment?',
    `In the final year apprentices complete a work-based project and a professional discussion with an independent assessor,
which together decide whether the apprenticeship is passed, passed with merit or passed with distinction.`,
  ],
];
const keyInfo = ['Level 6 apprenticeship', 'Duration: 48 months', 'Next start: January 2027', 'Delivery: blended, one day a week'];
const nav = ['Study', 'Employers and business', 'Research', 'About', 'News'];
const crumbs = ['Home', 'Employers and business', 'Apprenticeships'];
const news = ['Apprentices win regional digital skills award', 'New cyber security pathway launched with Fenmoor Bank'];
const form = ['Organisation name', 'Your name', 'Work email', 'Number of potential apprentices'];
const foot = ['Contact us', 'Accessibility', 'Privacy', 'Cookies', 'Ofsted report'];
const comp = (cls: string, inner: string): string => `<div class="component ${cls}"><div class="component-content">
${inner}
</div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Digital and Technology Solutions Degree Apprenticeship | Hollinsford University</title>
<meta name="description" content="A fully funded BSc (Hons) degree apprenticeship for software, data and cyber security professionals.">
<link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css" rel="stylesheet"><link href="/-/media/Themes/Hollinsford/styles/pre-optimized-min.css"
rel="stylesheet">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="6a1b2c3d-0000-4e5f-9a8b-7c6d5e4f3a2b" type="text/javascript"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Digital and Technology Solutions Degree Apprenticeship"}</script>
</head><body class="default-device bodyclass"><div id="wrapper">
<header><div id="header" class="container-fluid"><div class="row">
${comp('image file-type-icon-media-link col-3', '<a href="/"><img src="/-/media/logo.svg" alt="Hollinsford University"></a>')}
${comp('navigation navigation-main navigation-main-vertical col-9', `<nav><ul class="clearfix">${links(nav, 'level1 rel-level1')}</ul></nav>`)}
</div></div></header>
<main><div id="content" class="container"><div class="row">
${comp('breadcrumb navigation-title col-12', `<nav><ol>${links(crumbs, 'breadcrumb-item')}</ol></nav>`)}
${comp('title col-12', `<h1 class="field-title">${title}</h1>`)}
${comp('promo hero-promo col-12', '<div class="field-promotext"><p>Grow your own digital talent with a fully funded degree.</p></div>')}
<div class="row component column-splitter"><div class="col-12 col-lg-8">
${comp(
  'rich-text',
  `<h2>About the apprenticeship</h2>
${ps(intro)}
<h2>Choose a pathway</h2><p>Apprentices follow a common first two years and then choose one specialist pathway:</p><ul>${lis(pathways)}</ul>
<h2>What employers need to provide</h2>
${ps(employer)}
<h2>Entry requirements</h2><p>${entry}</p>`,
)}
${comp(
  'accordion',
  `<ul class="items">${acc
    .map(
      ([q, a]) => `<li class="item"><div class="toggle-header" tabindex="0"><div class="label"><div class="component-content"><div class="field-heading">
<h3>${q}</h3></div></div></div></div>
<div class="toggle-content" style="display: none;"><div class="rich-text"><p>${a}</p></div></div></li>`,
    )
    .join('\n')}</ul>`,
)}</div>
<div class="col-12 col-lg-4">${comp('link-list key-information', `<h3>Key information</h3><ul>${lis(keyInfo, 'item')}</ul>`)}
${comp(
  'promo case-study-promo',
  `<div class="field-promoicon"><img src="/-/media/case-studies/fenmoor.jpg" alt=""></div>
<div class="field-promotext"><p>Case study: how Fenmoor Bank trained 14 developers through the programme</p></div>
<div class="field-promolink"><a href="/employers/case-studies/fenmoor">Read the case study</a></div>`,
)}
${comp('page-list latest-news', `<h3 class="title">Latest news</h3><ul class="items">${links(news, 'item')}</ul>`)}</div></div>
${comp(
  'form col-12',
  `<form action="/formbuilder?sc_site=hollinsford" method="post" data-sc-fxb="8c1d"><h2>Talk to our apprenticeships team</h2>
${form.map((f, i) => `<label for="fxb_${i}">${f}</label><input id="fxb_${i}" class="form-control" type="text">`).join('\n')}
<input type="submit" class="btn btn-primary" value="Send enquiry"></form>`,
)}</div></div></main>
<footer><div id="footer" class="container-fluid">${comp('link-list footer-links', `<ul>${links(foot, 'item')}</ul>`)}
${comp('rich-text copyright', '<p>Hollinsford University is an approved apprenticeship training provider. © 2026 Hollinsford University</p>')}
</div></footer></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"
class="CybotEdge" data-template="popup"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to
personalise content and ads, to provide social media features and to analyse our traffic.</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div></div>
<script src="/-/media/Base-Themes/Main-Theme/scripts/optimized-min.js"></script></body></html>`;

const apprentice: TestPage = {
  name: 'heldout403-sitecore-sxa-apprenticeship',
  kind: 'docs',
  html,
  title,
  headings: ['About the apprenticeship', 'Choose a pathway', 'What employers need to provide', 'Entry requirements', ...acc.map(([q]) => q)],
  body: texts([
    ...intro,
    'Apprentices follow a common first two years and then choose one specialist pathway:',
    ...pathways,
    ...employer,
    entry,
    ...acc.map(([, a]) => a),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, ...crumbs.slice(0, 1), 'Apprenticeships', 'Grow your own digital talent with a fully funded degree.', 'Key information', ...keyInfo,
    'Case study: how Fenmoor Bank trained 14 developers through the programme', 'Read the case study', 'Latest news', ...news,
    'Talk to our apprenticeships team', ...form, ...foot,
    'Hollinsford University is an approved apprenticeship training provider. © 2026 Hollinsford University',
    'This website uses cookies', 'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.', 'Deny',
    'Customize', 'Allow all',
  ],
};

export const HELDOUT403_D2: readonly TestPage[] = [apprentice];
