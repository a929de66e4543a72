import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file e2: a professional body's certification page on an ASP.NET Web Forms / Sitecore site (the aspnetForm
 * wrapper with __VIEWSTATE, a utility bar with member login, the mega menu, breadcrumbs, a short main text with a key-facts table
 * and entry requirements, an accordion of FAQs, a sidebar with "Book your assessment" and upcoming events, the accreditation logos
 * strip, a Cookiebot dialog and the footer). Its main text is short.
 */
const title = 'Certified Workplace Mediator (CWM)';
const intro = [
  j(
    'The Certified Workplace Mediator credential recognises practitioners who can resolve disputes between colleagues fairly,',
    'confidentially and in line with the Institute’s Code of Practice. It is open to HR professionals, managers and independent',
    'mediators.',
  ),
  j(
    'Candidates complete five days of structured training, a written assessment and an observed mediation with role-players.',
    'Successful candidates may use the letters CWM after their name and are listed on the public Register of Mediators.',
  ),
];
const h1 = 'Key facts';
const facts = [
  ['Duration', 'Five training days over six weeks, plus assessment'],
  ['Format', 'In person in Marlow or live online'],
  ['Fee', '£1,950 for members, £2,400 for non-members'],
  ['Renewal', 'Every three years, with 30 hours of continuing development'],
];
const h2 = 'Who can apply';
const reqs = [
  'At least two years’ experience in a people-facing role such as HR, management or advocacy.',
  'A reference from an employer or client confirming that experience.',
  'Agreement to follow the Code of Practice and the Institute’s complaints procedure.',
];
const h3 = 'Frequently asked questions';
const faq = [
  'Do I need to be a member to take the CWM?',
  'No. Non-members can apply, but members pay a reduced fee and receive a year of supervision sessions free of charge.',
  'What happens if I do not pass the observed mediation?',
  'You may resit it once within twelve months at no extra cost. Your assessor will give you written feedback first.',
];
const util = ['Member login', 'Contact', 'Find a mediator'];
const nav = ['Qualifications', 'Membership', 'Events', 'Resources', 'News', 'About'];
const crumbs = ['Home', 'Qualifications', 'Certifications'];
const events = ['Open evening: becoming a mediator, 12 January', 'Webinar: mediation and hybrid teams, 26 January'];
const foot = ['Accessibility', 'Privacy and cookies', 'Terms of use', 'Complaints'];
const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Certified Workplace Mediator (CWM) | Institute of Workplace Mediation</title>
<meta name="description" content="Become a Certified Workplace Mediator: training, assessment, fees and entry requirements." />
<meta name="CODE_LANGUAGE" content="C#" /><meta name="vs_defaultClientScript" content="JavaScript" />
<link href="/assets/css/iwm.main.min.css?v=20261030" rel="stylesheet" type="text/css" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationalOccupationalCredential","name":"Certified Workplace Mediator",
"recognizedBy":{"@type":"Organization","name":"Institute of Workplace Mediation"}}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="5e0f2c1a-7b3d" type="text/javascript" async></script></head>
<body class="template-qualification"><form method="post" action="./certified-workplace-mediator" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq3Zx8J0" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /></div>
<div id="ctl00_pnlUtility" class="utility-bar"><ul class="utility-bar__links">${links(util, 'utility-bar__item')}</ul></div>
<header id="ctl00_header" class="site-header"><a id="ctl00_hlLogo" class="site-header__logo" href="/"><img src="/-/media/logo/iwm-logo.svg"
alt="Institute of Workplace Mediation" /></a><nav class="mega-menu" role="navigation"><ul class="mega-menu__list">
${links(nav, 'mega-menu__item')}</ul></nav></header>
<div id="ctl00_phBreadcrumb_breadcrumb" class="breadcrumb"><ul>${links(crumbs, 'breadcrumb__item')}</ul></div>
<div class="page-container"><div id="ctl00_phMain_pnlContent" class="main-column">
<div class="page-banner"><h1 class="page-banner__title">${title}</h1></div>
<div class="rich-text">
${ps(intro)}
<h2>${h1}</h2><table class="key-facts"><tbody>
${facts.map((r) => `<tr><th scope="row">${r[0]}</th><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
<h2>${h2}</h2><ul>
${lis(reqs)}</ul>
</div>
<div id="ctl00_phMain_faqAccordion" class="accordion"><h2 class="accordion__title">${h3}</h2>
<div class="accordion__item"><button type="button" class="accordion__trigger" aria-expanded="false">${faq[0]}</button>
<div class="accordion__panel" hidden="hidden"><p>${faq[1]}</p></div></div>
<div class="accordion__item"><button type="button" class="accordion__trigger" aria-expanded="false">${faq[2]}</button>
<div class="accordion__panel" hidden="hidden"><p>${faq[3]}</p></div></div></div>
<p class="page-updated">Page last updated: 30/10/2026</p></div>
<aside id="ctl00_phSide_pnlSidebar" class="side-column"><div class="cta-box"><h3>Book your assessment</h3><p>Next cohort starts 2 February.
Places are limited to twelve.</p><input type="submit" name="ctl00$phSide$btnBook" value="Apply now" id="ctl00_phSide_btnBook" class="btn" /></div>
<div class="events-box"><h3>Upcoming events</h3><ul>${links(events, 'events-box__item')}</ul></div></aside></div>
<div class="accreditation-strip"><span>Recognised by</span><img src="/-/media/logos/qualifications-register.png"
alt="Qualifications Register" /><img src="/-/media/logos/mediation-council.png" alt="Mediation Council" /></div>
<footer id="ctl00_footer" class="site-footer"><ul class="site-footer__links">${links(foot, 'site-footer__item')}</ul>
<p class="site-footer__legal">Institute of Workplace Mediation is a registered charity in England and Wales (No. 1180442).</p>
<p class="site-footer__copyright">© Institute of Workplace Mediation 2026</p></footer>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Cookie consent"><h2 id="CybotCookiebotDialogBodyContentTitle">This
website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and to analyse our traffic.</div>
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow
selection</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<script type="text/javascript">//<![CDATA[
Sys.Application.initialize();
//]]></script></form></body></html>`;
const page: TestPage = {
  name: 'heldout305-sitecore-certification-page-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...facts.map((r) => r[1] ?? ''), ...reqs, ...faq]),
  bylines: ['Page last updated: 30/10/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...util, ...nav, ...crumbs, 'Book your assessment', 'Next cohort starts 2 February. Places are limited to twelve.', 'Upcoming events',
    ...events, 'Recognised by', ...foot, 'Institute of Workplace Mediation is a registered charity in England and Wales (No. 1180442).',
    '© Institute of Workplace Mediation 2026', 'This website uses cookies', 'We use cookies to personalise content and to analyse our traffic.',
    'Deny', 'Allow selection', 'Allow all',
  ],
};

export const HELDOUT305_E2: readonly TestPage[] = [page];
