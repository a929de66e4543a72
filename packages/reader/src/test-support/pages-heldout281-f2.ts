import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';

/**
 * Held-out batch 281, file f2: a supreme court's press summary of a judgment on a court website in the style of a UK
 * Supreme Court case page (GOV-style header, breadcrumbs, case tabs, the case details list with neutral citation,
 * appeal-from line and justices, the "Press summary" with its numbered sections and paragraph references, the standard
 * "This summary is provided to help..." note, download links, "Watch the hearing" promo, footer).
 */
const sTitle = 'Press summary: Harcastle (Appellant) v Pellow Water Ltd (Respondent)';
const sHeads = ['Background to the appeal', 'Judgment', 'Reasons for the judgment'];
const sBack = [
  j(
    'Mr Harcastle owns a field in the Orrin valley through which Pellow Water Ltd ("Pellow") has laid a water main under a',
    'statutory power. In 2021 the main burst, and the water washed away part of the field and an old stone barn. Pellow accepted that',
    "it had to pay for the physical damage but refused to pay for the loss of the barn's value as a site for a future house.",
  ),
  j(
    'The Upper Tribunal held that Mr Harcastle was entitled only to the cost of restoring the land as farmland. The Court of',
    'Appeal agreed. Mr Harcastle appealed to the Supreme Court.',
  ),
];
const sJudg = [
  j(
    'The Supreme Court unanimously allows the appeal. Lady Arrowsmith gives the judgment, with which Lord Penhallow, Lord Idris',
    'Vane, Lady Quarles and Lord Marten agree.',
  ),
];
const sReasons = [
  j(
    'The compensation provision in the Water Mains Act requires the undertaker to compensate an owner for "any loss or damage',
    'caused by the exercise of its powers". Those words are broad, and nothing in them limits compensation to the current use',
    'of the land [24].',
  ),
  j(
    "The lower courts were wrong to treat the barn's development value as too speculative. The barn had been included in the",
    'local plan as a site suitable for conversion, and a buyer of the field before the burst would have paid more because of it [31]-[33].',
  ),
  j(
    'Compensation should put the owner, so far as money can, in the position he would have been in if the damage had not',
    'occurred. Where the damaged property had a value for a use that was reasonably likely to be permitted, that value is part',
    'of the loss [38].',
  ),
  j(
    "The Court rejects Pellow's argument that this approach would expose water undertakers to unlimited claims. The owner must",
    'still prove the loss on the balance of probabilities, and remote or merely hoped-for uses will not count [42].',
  ),
  'The case is remitted to the Upper Tribunal to assess compensation on the correct basis [45].',
];
const sNav = ['About us', 'Cases', 'Live and recorded hearings', 'Visit the Court', 'News', 'Contact us'];
const sCrumbs = ['Home', 'Cases', 'Harcastle v Pellow Water Ltd'];
const sTabs = ['Case details', 'Judgment', 'Press summary', 'Hearing videos'];
const sFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Freedom of information', 'Complaints', 'Jobs'];
const sHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${sTitle} - The Supreme Court of Vellmark</title>
<meta name="description" content="Press summary of the judgment in Harcastle v Pellow Water Ltd"><link rel="stylesheet" href="/assets/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${sTitle}","datePublished":"2026-02-25"}</script></head>
<body class="govuk-template__body"><div id="global-cookie-message" class="govuk-cookie-banner" role="region" aria-label="Cookies on this site">
<h2 class="govuk-cookie-banner__heading">Cookies on this site</h2><p>We use some essential cookies to make this website work.</p>
<button class="govuk-button">Accept analytics cookies</button><button class="govuk-button">Reject analytics cookies</button></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header"><a href="/" class="govuk-header__link--homepage">The Supreme Court of Vellmark</a>
<nav class="govuk-header__navigation"><ul>${links(sNav, 'govuk-header__navigation-item')}</ul></nav></header>
<div class="govuk-width-container"><nav class="govuk-breadcrumbs">
<ol class="govuk-breadcrumbs__list">${links(sCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content"><div class="govuk-tabs"><ul class="govuk-tabs__list">${links(sTabs, 'govuk-tabs__list-item')}</ul></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h1 class="govuk-heading-l">${sTitle}</h1>
<dl class="govuk-summary-list case-details"><div class="govuk-summary-list__row"><dt>Neutral citation</dt><dd>[2026] VMSC 7</dd></div>
<div class="govuk-summary-list__row"><dt>On appeal from</dt><dd>[2024] VMCA Civ 311</dd></div>
<div class="govuk-summary-list__row"><dt>Justices</dt><dd>Lady Arrowsmith, Lord Penhallow, Lord Idris Vane, Lady Quarles, Lord Marten</dd></div>
<div class="govuk-summary-list__row"><dt>Judgment date</dt><dd>25 February 2026</dd></div></dl>
<div class="press-summary govuk-body"><h2 class="govuk-heading-m">${sHeads[0]}</h2>${ps(sBack)}
<h2 class="govuk-heading-m">${sHeads[1]}</h2>${ps(sJudg)}
<h2 class="govuk-heading-m">${sHeads[2]}</h2>${ps(sReasons)}
<p class="govuk-body-s">References in square brackets are to paragraphs in the judgment.</p>
<div class="govuk-inset-text"><p>This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the
decision. The full judgment of the Court is the only authoritative document.</p></div></div></div>
<div class="govuk-grid-column-one-third"><aside class="related-items"><h2 class="govuk-heading-s">Downloads</h2><ul>
${links(['Judgment (PDF, 412KB)', 'Press summary (PDF, 96KB)'])}</ul>
<div class="hearing-promo"><h2 class="govuk-heading-s">Watch the hearing</h2><p>Recordings of the hearing on 14 and 15 October 2025 are available.</p>
<a href="/cases/2025-0088/hearing">Watch now</a></div></aside></div></div></main></div>
<footer class="govuk-footer"><ul class="govuk-footer__inline-list">${links(sFoot, 'govuk-footer__inline-list-item')}</ul>
<p class="govuk-footer__licence-description">All content is available under the Open Justice Licence, except where otherwise stated.</p>
<p>© Vellmark Court Service</p></footer><script src="/assets/govuk-frontend.min.js"></script><script>window.GOVUKFrontend.initAll();</script></body></html>`;
export const pressSummary: TestPage = {
  name: 'heldout281-supreme-court-press-summary-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sBack, ...sJudg, ...sReasons]),
  bylines: ['25 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on this site', 'We use some essential cookies to make this website work.', 'Accept analytics cookies', 'Reject analytics cookies',
    'Skip to main content', 'The Supreme Court of Vellmark', ...sNav, ...sCrumbs, 'Case details', 'Press summary', 'Hearing videos', 'Neutral citation',
    '[2026] VMSC 7', 'On appeal from', '[2024] VMCA Civ 311', 'Justices', 'Lady Arrowsmith, Lord Penhallow, Lord Idris Vane, Lady Quarles, Lord Marten',
    'Judgment date', 'References in square brackets are to paragraphs in the judgment.',
    "This summary is provided to help in understanding the Court's decision.", 'The full judgment of the Court is the only authoritative document.',
    'Downloads', 'Judgment (PDF, 412KB)', 'Press summary (PDF, 96KB)', 'Watch the hearing',
    'Recordings of the hearing on 14 and 15 October 2025 are available.', 'Watch now', ...sFoot,
    'All content is available under the Open Justice Licence, except where otherwise stated.', '© Vellmark Court Service',
  ],
};
