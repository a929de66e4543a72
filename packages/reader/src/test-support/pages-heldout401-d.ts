import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout401-kit.js';
import { massRmv } from './pages-heldout401-d2.js';

/**
 * Held-out batch 401, file d: a state court's self-help form guide on Sitefinity (`sf_colsOut` / `sfContentBlock` layout, the
 * alert bar, the utility and main navigation, the Google Translate widget, breadcrumbs, the "Last updated" line, the "Forms
 * you need" and "Find your court" sidebar widgets, the "Was this page helpful?" box and the judicial branch footer) and, from
 * file d2, a Mass.gov vehicle registration how-to page.
 */
const kTitle = 'How to ask the court to change a child support order';
const kIntro = [
  j(
    'If your income, the other parent’s income or your child’s needs have changed a lot since the last order, you can ask the court to',
    'change the amount of child support. You do this by filing a Motion to Modify Child Support (form FC-212).',
  ),
  j(
    'The court can usually only change support from the date you file your motion, so file as soon as the change happens. Agreeing with',
    'the other parent informally does not change the order.',
  ),
];
const kStep1 = ['Fill out these forms:'];
const kForms = [
  'FC-212, Motion to Modify Child Support',
  'FC-155, Financial Affidavit, with your last three pay stubs attached',
  'FC-300, Child Support Worksheet, if you can work out the new amount yourself',
];
const kStep2 = [
  j(
    'File the forms with the clerk of the family court in the county where the current order was made. You can file in person, by mail,',
    'or online through the e-filing portal. The filing fee is $45. If you cannot afford it, also file FC-010, Request to Waive Court Fees.',
  ),
];
const kStep3 = [
  j(
    'The other parent must get a copy of everything you filed at least 21 days before the hearing. Someone over 18 who is not part of the',
    'case must deliver the papers, and then fill out FC-115, Proof of Service. File the proof of service before the hearing date.',
  ),
];
const kAfter = [
  j(
    'If the magistrate changes the order, the new amount starts on the date set in the order. Keep paying the old amount until then;',
    'missed payments under the old order still count as arrears. If either parent disagrees with the decision, they can ask a judge to',
    'review it within 14 days.',
  ),
];
const kStep4 = [
  j(
    'Bring copies of all your forms and any new pay stubs or tax returns. The magistrate will look at both parents’ finances and may',
    'make a new order on the same day or send it to you by mail.',
  ),
];
const kQuote = 'Most hearings take about 20 minutes. Be on time and have your papers in order.';
const kHeadings = ['Step 1: Fill out your forms', 'Step 2: File your forms', 'Step 3: Serve the other parent', 'Step 4: Go to your hearing'];
const kUtil = ['Find Your Court', 'eFiling', 'Pay a Fine', 'Jury Service', 'Careers'];
const kMain = ['Self-Help Center', 'Forms', 'Courts', 'Rules & Opinions', 'News', 'About Us'];
const kCrumbs = ['Home', 'Self-Help Center', 'Family', 'Child Support'];
const kSide = ['FC-212, Motion to Modify Child Support (PDF)', 'FC-155, Financial Affidavit (PDF)', 'FC-115, Proof of Service (PDF)'];
const kFoot = ['Accessibility', 'ADA Accommodations', 'Language Access', 'Privacy Notice', 'Site Map', 'Contact the Webmaster'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><title>
	How to ask the court to change a child support order &gt; Self-Help Center &gt; Northfield Judicial Branch
</title><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="Generator" content="Sitefinity 15.1.8325.0 DX"><meta property="og:title" content="${kTitle}"><meta property="og:type" content="website">
<meta name="description" content="Steps to file a motion to modify child support in the Northfield family court.">
<link href="/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">var sf_appPath='/';</script>
<script src="https://www.googletagmanager.com/gtag/js?id=G-7QW2K1LM3P" async></script></head>
<body><a href="#main" class="visually-hidden-focusable">Skip to main content</a>
<div class="sf_colsOut alert-bar" data-sf-element="Container"><div class="sf_colsIn container"><div class="sfContentBlock sf-Long-text">
<p><strong>Courts closed Monday, May 25</strong> for Memorial Day. eFiling remains available.</p></div></div></div>
<header class="sf_colsOut site-header"><div class="sf_colsIn container"><div class="row"><div class="sf_colsIn col-md-4">
<a href="/" class="navbar-brand"><img src="/images/default-source/logos/njb-seal.png" alt="Northfield Judicial Branch"><span>Northfield Judicial
Branch</span></a>
</div><div class="sf_colsIn col-md-8"><nav class="utility-nav"><ul class="nav">${links(kUtil, 'nav-item')}</ul></nav>
<div id="google_translate_element"><div class="skiptranslate goog-te-gadget"><span class="goog-te-gadget-simple"><a class="VIpgJd-ZVi9od-xl07Ob-lTBxed"
href="#"><span>Select Language</span></a></span></div></div></div></div>
<nav class="navbar navbar-expand-lg main-nav" data-sf-role="navigation"><ul class="navbar-nav">${links(kMain, 'nav-item')}</ul></nav></div></header>
<div class="sf_colsOut breadcrumb-wrap"><div class="sf_colsIn container"><nav aria-label="Full path to the current page"><ol class="breadcrumb">${links(
  kCrumbs,
  'breadcrumb-item',
)}</ol></nav></div></div>
<main id="main" class="sf_colsOut"><div class="sf_colsIn container"><div class="row">
<div class="sf_colsIn col-lg-8" data-sf-element="Column 1" data-placeholder-label="Main content">
<div class="sfContentBlock sf-Long-text"><h1>${kTitle}</h1><p class="last-updated"><em>Last updated: March 2, 2026</em></p>
${ps(kIntro)}
<h2>${kHeadings[0] ?? ''}</h2>${ps(kStep1)}<ul>${lis(kForms)}</ul>
<h2>${kHeadings[1] ?? ''}</h2>${ps(kStep2)}
<h2>${kHeadings[2] ?? ''}</h2>${ps(kStep3)}
<h2>${kHeadings[3] ?? ''}</h2>${ps(kStep4)}
<blockquote><p>${kQuote}</p></blockquote>
${ps(kAfter)}</div>
<div class="sfContentBlock feedback-widget"><h3>Was this page helpful?</h3><button class="btn btn-outline-primary">Yes</button>
<button class="btn btn-outline-primary">No</button></div></div>
<div class="sf_colsIn col-lg-4" data-sf-element="Column 2" data-placeholder-label="Sidebar"><div class="card sidebar-card"><div class="card-body">
<h3 class="card-title">Forms you need</h3><ul class="list-unstyled">${links(kSide)}</ul></div></div>
<div class="card sidebar-card"><div class="card-body"><h3 class="card-title">Talk to a self-help facilitator</h3><p>Free help is available at every family
courthouse, Monday to Thursday, 9 a.m. to 3 p.m.</p><a class="btn btn-primary" href="/self-help/facilitators">Find a
facilitator</a></div></div></div></div></div>
</main>
<footer class="sf_colsOut site-footer"><div class="sf_colsIn container"><div class="sfContentBlock sf-Long-text"><p>Northfield Judicial Branch<br>
1200 Justice Plaza, Carrow City, NF 40118</p></div><ul class="footer-links">${links(kFoot)}</ul>
<p class="copyright">© 2026 Northfield Judicial Branch. All rights reserved.</p></div></footer>
<script src="/ScriptResource.axd?d=Jx2k9Lq0&amp;t=2f4d1b7a" type="text/javascript"></script>
<script type="text/javascript" src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script></body></html>`;
const court: TestPage = {
  name: 'heldout401-sitefinity-court-form-guide',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeadings,
  body: texts([...kIntro, ...kStep1, ...kForms, ...kStep2, ...kStep3, ...kStep4, kQuote, ...kAfter]),
  bylines: ['Last updated: March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Courts closed Monday, May 25 for Memorial Day. eFiling remains available.', 'Northfield Judicial Branch', ...kUtil,
    'Select Language', ...kMain, ...kCrumbs.slice(0, 3), 'Was this page helpful?', 'Yes', 'Forms you need', ...kSide, 'Talk to a self-help facilitator',
    'Free help is available at every family courthouse, Monday to Thursday, 9 a.m. to 3 p.m.', 'Find a facilitator',
    '1200 Justice Plaza, Carrow City, NF 40118', ...kFoot, '© 2026 Northfield Judicial Branch. All rights reserved.',
  ],
};

export const HELDOUT401_D: readonly TestPage[] = [court, massRmv];
