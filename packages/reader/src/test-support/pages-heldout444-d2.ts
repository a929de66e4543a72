import { links, ps, type TestPage, texts } from './page-kit.js';
import { cells, j, lis, rows } from './pages-heldout444-kit.js';

/**
 * Held-out batch 444, file d2: a pharmacy benefit manager's formulary lookup result for one drug, a Next.js app router page
 * (the __next root, CSS-module class names, the plan picker and drug search form, the coverage table by strength, the
 * requirement notes, lower-cost alternatives, a "Check price at a pharmacy" widget, a data-freshness line, the feedback
 * toast, the footer with the disclaimer, and the self.__next_f flight scripts).
 */
const hTitle = 'Rosuvastatin calcium (Crestor) tablets';
const hIntro = [
  j(
    'Rosuvastatin is a statin used to lower LDL cholesterol and reduce the risk of heart attack and stroke. On the 2027 Everwell Standard',
    'formulary it is a preferred generic, so most members pay the lowest copay for it at a retail or mail-order pharmacy.',
  ),
];
const hTable: string[][] = [
  ['5 mg tablet', 'Tier 1', '$5 / 30 days', '$10 / 90 days', 'QL'],
  ['10 mg tablet', 'Tier 1', '$5 / 30 days', '$10 / 90 days', 'QL'],
  ['20 mg tablet', 'Tier 1', '$5 / 30 days', '$10 / 90 days', 'QL'],
  ['40 mg tablet', 'Tier 1', '$5 / 30 days', '$10 / 90 days', 'QL, PA'],
  ['Crestor (brand) 10 mg', 'Tier 4', '40% coinsurance', '40% coinsurance', 'ST'],
];
const hReq = [
  '<strong>QL (quantity limit):</strong> up to 30 tablets per 30 days, or 90 tablets per 90 days through mail order.',
  '<strong>PA (prior authorization):</strong> the 40 mg strength needs your prescriber to confirm that lower doses did not reach your LDL goal.',
  '<strong>ST (step therapy):</strong> brand-name Crestor is covered only after a trial of generic rosuvastatin or another tier 1 statin.',
];
const hAlt = [
  j(
    'If you are already taking the brand, ask your prescriber whether generic rosuvastatin is right for you. Atorvastatin, pravastatin and',
    'simvastatin are also tier 1 on this formulary.',
  ),
];
const hNav = ['Find a pharmacy', 'Drug list', 'Home delivery', 'Member sign in'];
const hPopular = ['Atorvastatin calcium', 'Metformin ER', 'Lisinopril', 'Semaglutide'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-6c1f2e.js"/>
<link rel="stylesheet" href="/_next/static/css/4b2a8e1f.css" data-precedence="next"/>
<script src="/_next/static/chunks/main-app-9d3b.js" async=""></script>
<title>Rosuvastatin coverage | Everwell Standard 2027 | Everwell Rx</title><meta name="description" content="Tier, cost and coverage rules for rosuvastatin."/>
<meta property="og:title" content="Rosuvastatin calcium (Crestor) tablets"/><meta name="next-size-adjust"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Drug","name":"Rosuvastatin calcium","nonProprietaryName":"rosuvastatin"}</script>
</head><body class="__variable_a1b2c3 __className_d4e5f6"><div id="__next">
<header class="Header_header__Xy12a"><a class="Header_logo__3kQ9p" href="/">Everwell Rx</a><nav class="Header_nav__Lm8dz">
<ul>${links(hNav, 'Header_item__q2')}</ul>
</nav></header>
<main class="Formulary_main__7RtQw"><section class="Search_bar__P1k9s"><form class="Search_form__aa3" role="search"><label for="plan"
class="Search_label__x1">Plan</label><select id="plan" class="Search_select__u7"><option selected="">Everwell Standard 2027</option>
<option>Everwell Value 2027</option></select><label for="drug" class="Search_label__x1">Drug name</label><input id="drug" class="Search_input__k4"
value="rosuvastatin"/><button type="submit" class="Button_primary__c2">Search</button></form></section>
<nav aria-label="breadcrumb" class="Crumbs_crumbs__v9"><ol><li><a href="/formulary">Drug list</a></li><li>
<a href="/formulary/cardiovascular">Cardiovascular</a></li>
<li><a href="/formulary/cardiovascular/statins">Statins</a></li></ol></nav>
<div class="DrugHeader_wrap__n5"><h1 class="DrugHeader_title__zR3">${hTitle}</h1><span class="Badge_badge__t1 Badge_green__r8">Preferred generic</span>
<span class="Badge_badge__t1">Covered</span></div>
<div class="DrugBody_prose__Q7">${ps(hIntro)}</div>
<h2 class="Section_title__f3">Coverage by strength</h2>
<div class="Table_wrap__w2"><table class="Table_table__y6"><thead><tr><th>Strength</th><th>Tier</th><th>Retail (30-day)</th><th>Mail order (90-day)</th>
<th>Requirements</th></tr></thead><tbody>${rows(hTable)}</tbody></table></div>
<h2 class="Section_title__f3">What the requirements mean</h2><ul class="Req_list__h8">${lis(hReq)}</ul>
<h2 class="Section_title__f3">Lower-cost alternatives</h2><div class="DrugBody_prose__Q7">${ps(hAlt)}</div>
<aside class="PriceWidget_card__o4"><h3>Check price at a pharmacy</h3><p>Enter a ZIP code to compare your cost at nearby pharmacies.</p>
<input placeholder="ZIP code"/><button class="Button_secondary__m1">Compare prices</button></aside>
<aside class="Popular_card__e9"><h3>Popular searches</h3><ul>${links(hPopular)}</ul></aside>
<p class="Freshness_line__b6">Formulary data last updated November 1, 2026</p>
<div class="Feedback_toast__s3" role="status"><p>Did you find what you were looking for?</p><button>Yes</button><button>No</button></div></main>
<footer class="Footer_footer__J4"><p>This list does not guarantee coverage. Your plan documents govern what is covered.</p>
<ul>${links(['Privacy', 'Terms', 'Accessibility', 'Contact us'])}</ul><p>© 2026 Everwell Rx Services, LLC</p></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"2:I[\\"7712\\",[\\"app/formulary/[drug]/page\\"]]"])</script>
</body></html>`;
export const nextFormulary: TestPage = {
  name: 'heldout444-nextjs-formulary-lookup-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Coverage by strength', 'What the requirements mean', 'Lower-cost alternatives'],
  body: texts([...hIntro, ...cells(hTable), ...hReq, ...hAlt]),
  bylines: ['Formulary data last updated November 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Everwell Rx', ...hNav, 'Plan', 'Everwell Standard 2027', 'Everwell Value 2027', 'Drug name', 'Search', 'Cardiovascular', 'Statins',
    'Preferred generic', 'Covered', 'Check price at a pharmacy', 'Enter a ZIP code to compare your cost at nearby pharmacies.', 'Compare prices',
    'Popular searches', ...hPopular, 'Did you find what you were looking for?',
    'This list does not guarantee coverage. Your plan documents govern what is covered.', 'Privacy', 'Terms', 'Accessibility', 'Contact us',
    '© 2026 Everwell Rx Services, LLC',
  ],
};
