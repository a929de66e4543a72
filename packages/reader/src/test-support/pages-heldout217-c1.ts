import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file c1: a supreme court's press summary page (cookie banner with accept/reject, skip link, header
 * nav with search, breadcrumb, the case h1, the case-details list (case ID, parties, judgment date, justices), the
 * in-page tabs, the "Press summary" panel with the appeal headings, the "References in square brackets" note and the
 * standard "does not form part of the reasons" notice, the download links, the judgment-summary video embed, "Related
 * cases" and the footer).
 */
const title = 'Merriweather (Appellant) v Commissioner for Harbour Revenue (Respondent)';
const h = ['Background to the Appeal', 'Judgment', 'Reasons for the Judgment'];
const p1 = [
  'Mr Merriweather is a fisherman who operates two boats out of Portlarne. In 2019 the Commissioner introduced a landing levy of 3% ' +
    'on the value of fish landed at public quays. Mr Merriweather refused to pay, arguing that the Harbours (Charges) Act 1974 ' +
    'allowed the Commissioner to charge only for the use of harbour facilities, not to raise general revenue.',
  'The High Court agreed with him and declared the levy unlawful. The Court of Appeal allowed the Commissioner’s appeal, holding ' +
    'that the Act conferred a broad power to set charges “for the purposes of the harbour”. Mr Merriweather appealed to the Supreme Court.',
];
const p2 = [
  'The Supreme Court unanimously allows the appeal. Lady Ardgour gives the lead judgment, with which Lord Fenwick, Lord Sarkar, ' +
    'Lady Okonjo and Lord Pell agree.',
];
const p3 = [
  'The question is one of statutory interpretation. A power to impose a charge is to be read as a power to charge for a service or ' +
    'facility unless Parliament has made clear that it intended to authorise a tax. Clear words are needed because taxation without ' +
    'the express authority of Parliament offends a fundamental constitutional principle [24]-[29].',
  'Section 12 of the 1974 Act permits charges “in respect of ships entering, using or leaving the harbour and of goods landed there”. ' +
    'Read naturally, those words link the charge to the use of the harbour. Nothing in the Act suggests that the amount of the charge ' +
    'may be set by reference to the value of the cargo rather than to the cost of the facilities provided [33]-[38].',
  'The Commissioner relied on evidence that the levy was needed to fund dredging and quay repairs. That may well be true, but a ' +
    'charge calculated as a percentage of the value of a catch bears no relationship to any vessel’s use of those facilities. A ' +
    'boat landing a small catch of high-value shellfish would pay many times more than a larger vessel landing cheaper fish, despite ' +
    'making far less use of the quay [41]-[45].',
  'The Court of Appeal was wrong to treat the phrase “for the purposes of the harbour” as enlarging the power in section 12. That ' +
    'phrase describes how the money raised may be spent; it does not change what may be charged for [49].',
  'The levy was therefore outside the Commissioner’s powers. The declaration made by the High Court is restored [52].',
];
const refs = 'References in square brackets are to paragraphs in the judgment.';
const notice =
  'This summary is provided to assist in understanding the Court’s decision. It does not form part of the reasons for the decision. ' +
  'The full judgment of the Court is the only authoritative document. Judgments are public documents and are available online.';
const nav = ['Cases', 'Judgments', 'Hearings', 'Watch live', 'Visit', 'About us', 'News'];
const crumbs = ['Home', 'Cases', 'UKSC 2024/0087'];
const tabs = ['Case details', 'Judgment', 'Press summary', 'Hearing videos'];
const downloads = ['Judgment (PDF, 412 KB)', 'Press summary (PDF, 118 KB)'];
const cookie = [
  'Cookies on the Supreme Court website',
  'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the site.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
];
const related = ['Harbour Trustees of Kilcreggan v Dunmore Shipping Ltd', 'R (on the application of Ashby) v Commissioners for Fisheries'];
const foot = ['Contact us', 'Accessibility', 'Cookies', 'Privacy notice', 'Freedom of information', 'Careers', 'Terms and conditions'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title} - The Supreme Court</title>
<meta name="description" content="Press summary of the judgment in ${title}, UKSC 2024/0087.">
<link rel="canonical" href="https://www.supremecourt.example/cases/uksc-2024-0087"><meta property="og:type" content="website">
<link rel="stylesheet" media="all" href="/themes/custom/uksc/dist/css/main.css?sq1c2b">
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/themes/custom/uksc/dist/js/main.js?sq1c2b" defer></script>
</head><body class="path-node page-node-type-case">
<div class="cookie-banner" role="region" aria-label="${cookie[0]}"><h2 class="cookie-banner__heading">${cookie[0]}</h2><p>${cookie[1]}</p>
<button class="button" value="accept">${cookie[2]}</button><button class="button" value="reject">${cookie[3]}</button>
<a class="link" href="/cookies">${cookie[4]}</a></div>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="site-header" role="banner"><a class="site-header__logo" href="/" rel="home"><img src="/themes/custom/uksc/logo.svg" alt="The Supreme Court"></a>
<nav role="navigation" aria-labelledby="block-main-menu" class="main-nav"><h2 class="visually-hidden" id="block-main-menu">Main navigation</h2>
<ul class="menu">${links(nav, 'menu-item')}</ul></nav>
<form class="site-search" action="/search" role="search"><label for="edit-keys" class="visually-hidden">Search this site</label>
<input type="search" id="edit-keys" name="keys"><button type="submit">Search</button></form></header>
<main id="main-content" role="main"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(crumbs, 'breadcrumb__item')}</ol></nav>
<article class="node node--type-case node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${title}</span></h1>
<dl class="case-details"><dt>Case ID:</dt><dd>UKSC 2024/0087</dd><dt>Judgment date:</dt><dd>12 March 2025</dd>
<dt>Justices:</dt><dd>Lord Fenwick, Lady Ardgour, Lord Sarkar, Lady Okonjo, Lord Pell</dd><dt>On appeal from:</dt><dd>[2024] EWCA Civ 233</dd></dl>
<ul class="tabs" role="tablist">${tabs
  .map((t, i) => `<li role="presentation"><a role="tab" href="#tab-${i}" aria-selected="${i === 2}">${t}</a></li>`)
  .join('')}</ul>
<section class="tab-panel" id="tab-2" role="tabpanel"><h2 class="tab-panel__title">Press summary</h2>
<div class="field field--name-field-press-summary field--type-text-long clearfix">
<h3>${h[0]}</h3>
${p1.map((t) => `<p>${t}</p>`).join('\n')}
<h3>${h[1]}</h3>
${p2.map((t) => `<p>${t}</p>`).join('\n')}
<h3>${h[2]}</h3>
${p3.map((t) => `<p>${t}</p>`).join('\n')}
<p><em>${refs}</em></p>
<p class="press-summary-notice"><strong>NOTE</strong> ${notice}</p></div>
<div class="downloads"><h2>Downloads</h2><ul>${downloads.map((t) => `<li><a href="/docs/${t.length}.pdf" class="file-link">${t}</a></li>`).join('')}</ul></div>
<div class="video-embed"><h2>Judgment summary video</h2><iframe title="Judgment summary: ${title}" src="https://player.vimeo.example/video/912"></iframe></div>
</section></article>
<aside class="related-cases"><h2>Related cases</h2><ul>${links(related)}</ul></aside></main>
<footer class="site-footer" role="contentinfo"><ul class="menu">${links(foot)}</ul>
<p class="site-footer__address">Parliament Square, London SW1P 3BD</p><p>© Crown copyright</p></footer></body></html>`;

export const courtPressSummary: TestPage = {
  html,
  name: 'heldout217-court-press-summary',
  kind: 'news',
  // the press summary's h3s are the headings; the case-details list is in neither list except the judgment date
  // (a byline); the square-brackets note and the standard NOTE are furniture
  title,
  headings: h,
  body: texts([...p1, ...p2, ...p3]),
  bylines: ['12 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, 'Skip to main content', ...nav, 'Search this site', 'Home', 'UKSC 2024/0087', 'Case details', 'Hearing videos', 'Press summary',
    refs, notice, 'Downloads', ...downloads, 'Judgment summary video', 'Related cases', ...related, ...foot, 'Parliament Square, London SW1P 3BD',
    '© Crown copyright',
  ],
};
