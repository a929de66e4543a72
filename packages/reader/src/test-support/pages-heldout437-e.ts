import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';
import { q4Event } from './pages-heldout437-e2.js';

/**
 * Held-out batch 437, file e: a patient-support programme page on Wix (SITE_HEADER with the horizontal menu, rich-text
 * components, service cards, button components, a phone strip, the programme's terms footnote, SITE_FOOTER and the Wix consent
 * banner) and, from file e2, an investor event page on a Q4 investor relations site.
 */
const xTitle = 'CareBridge Patient Support';
const xLead = j(
  'Starting a new specialty medicine can raise questions about cost, insurance and injections. CareBridge is a free support programme',
  'from Tamsin Pharma for people prescribed OSTAVRA® (pelcotide) and the people who care for them.',
);
type Card = readonly [title: string, text: string];
const xCards: readonly Card[] = [
  [
    'Insurance help',
    'A dedicated access specialist checks your coverage, explains your benefits and helps your doctor’s office with prior authorizations and appeals.',
  ],
  [
    'Savings',
    j(
      'If you have commercial insurance, you may pay as little as $5 per month for OSTAVRA.',
      'If you have no insurance, ask about our patient assistance programme.',
    ),
  ],
  ['Nurse support', 'A CareBridge nurse can show you how to use the pen at home, by video or in person, and is available by phone seven days a week.'],
];
const xSteps = [
  'Ask your doctor to complete the CareBridge enrollment form with you, or enroll online in about ten minutes.',
  'Your access specialist will call you within one business day to review your coverage and savings options.',
  'Once your medicine is approved, a specialty pharmacy will contact you to arrange delivery to your home.',
];
const xNote = j(
  'Savings terms apply. Patients enrolled in Medicare, Medicaid or other government insurance programmes are not eligible for the',
  'co-pay card. Tamsin Pharma may change or end the programme at any time.',
);
const xMenu = ['Home', 'About OSTAVRA', 'Taking OSTAVRA', 'CareBridge', 'Resources', 'Contact'];
const xFoot = ['Privacy Policy', 'Terms of Use', 'Accessibility', 'Cookie Preferences'];
const comp = (idv: string, inner: string): string => `<div id="comp-${idv}" class="KcpHeO tz5f0K comp-${idv} wixui-rich-text" data-testid="richTextElement">
${inner}</div>`;
const wp = (t: string, f = 'font_8'): string => `<p class="${f} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wbtn = (idv: string, t: string): string => `<div id="comp-${idv}" class="comp-${idv} R6ex7N wixui-button" data-testid="stylablebutton"><a
data-testid="linkElement" href="#" class="StylableButton2545352419__root style-${idv}__root wixui-button"><div class="StylableButton2545352419__container">
<span class="StylableButton2545352419__label wixui-button__label">${t}</span></div></a></div>`;
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>CareBridge Patient Support | OSTAVRA® (pelcotide)</title>
<meta name="description" content="CareBridge offers insurance help, savings and nurse support for people prescribed OSTAVRA.">
<meta property="og:title" content="CareBridge Patient Support | OSTAVRA® (pelcotide)"><meta property="og:site_name" content="OSTAVRA">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["consentPolicy","cookiesManager"],"site":{"metaSiteId":"7d1c0e2a"}}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="mDzRgi"><div class="_C0cVf">
<wix-image id="img_comp-lxlogo" class="HlRz5e BI8PVQ"><img src="https://static.wixstatic.example/media/ostavra-logo.png" alt="OSTAVRA logo"></wix-image>
<nav id="comp-lxmenu" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site"><ul class="itemDepth02233374943__container"
role="menubar">${xMenu
  .map(
    (m) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="#" class="itemDepth02233374943__root"><div
class="itemDepth02233374943__container"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${m}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="isi-links">${comp('lxpi', wp('<a href="#">Prescribing Information</a> | <a href="#">Patient Information</a>', 'font_9'))}</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><section id="comp-lxhero" class="Oqnisf comp-lxhero wixui-section"><div data-testid="columns" class="V5AUxf">
${comp('lxh1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${comp('lxlead', wp(xLead))}${wbtn('lxenroll', 'Enroll Now')}</div></section>
<section id="comp-lxhelp" class="Oqnisf comp-lxhelp wixui-section">${comp('lxh2a', '<h2 class="font_2 wixui-rich-text__text">How CareBridge can help</h2>')}
<div data-testid="columns" class="V5AUxf">${xCards
  .map(
    ([t, d], i) => `<div id="comp-lxcol${i}" class="comp-lxcol${i} YzqVVZ wixui-column-strip__column">
${comp(`lxct${i}`, `<h3 class="font_4 wixui-rich-text__text">${t}</h3>`)}${comp(`lxcd${i}`, wp(d))}</div>`,
  )
  .join('\n')}</div></section>
<section id="comp-lxsteps" class="Oqnisf comp-lxsteps wixui-section">${comp('lxh2b', '<h2 class="font_2 wixui-rich-text__text">Enroll in three steps</h2>')}
${comp(
  'lxol',
  `<ol class="font_8 wixui-rich-text__text">${xSteps.map((s) => `<li class="wixui-rich-text__text"><p class="font_8">${s}</p></li>`).join('\n')}</ol>`,
)}
${wbtn('lxform', 'Download the Enrollment Form')}</section>
<section id="comp-lxphone" class="Oqnisf comp-lxphone wixui-section">
${comp('lxcall', wp('Questions? Call 1-855-555-0199, Monday to Friday, 8 AM to 8 PM ET.', 'font_5'))}
</section>
<section id="comp-lxterms" class="Oqnisf comp-lxterms wixui-section">${comp('lxnote', wp(xNote, 'font_9'))}</section></div></div></main>
<footer id="SITE_FOOTER" class="O1Mmtm SITE_FOOTER wixui-footer" tabindex="-1"><div class="Tb3zZL">
${comp('lxfoot', `<ul class="font_9">${xFoot.map((f) => `<li><a href="#">${f}</a></li>`).join('')}</ul>`)}
${comp('lxcopy', wp('OSTAVRA and CareBridge are registered trademarks of Tamsin Pharma, Inc. ©2026 Tamsin Pharma, Inc. OST-US-2025-0391 11/25', 'font_9'))}
${comp('lxaud', wp('This site is intended for U.S. residents only.', 'font_9'))}</div></footer></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner"><div id="ccsu-banner-text-container"
data-hook="ccsu-banner-text-container"><p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to analyse website traffic and optimise
your website experience.</p></div><div class="consent-banner-buttons"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.7e1b2c.bundle.min.js" async></script></body></html>`;
const wixSupport: TestPage = {
  name: 'heldout437-wix-patient-support',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['How CareBridge can help', ...xCards.map(([t]) => t), 'Enroll in three steps'],
  body: texts([xLead, ...xCards.map(([, d]) => d), ...xSteps, xNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...xMenu.filter((m) => m !== 'CareBridge'), 'Prescribing Information | Patient Information', 'Enroll Now', 'Download the Enrollment Form',
    'Questions? Call 1-855-555-0199, Monday to Friday, 8 AM to 8 PM ET.', ...xFoot,
    'OSTAVRA and CareBridge are registered trademarks of Tamsin Pharma, Inc. ©2026 Tamsin Pharma, Inc. OST-US-2025-0391 11/25',
    'This site is intended for U.S. residents only.',
    'This website uses cookies. We use cookies to analyse website traffic and optimise your website experience.', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT437_E: readonly TestPage[] = [wixSupport, q4Event];
