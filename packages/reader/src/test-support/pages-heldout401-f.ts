import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout401-kit.js';
import { consulate } from './pages-heldout401-f2.js';

/**
 * Held-out batch 401, file f: a Queensland Government (Single Website Experience template) fishing licence renewal page (the
 * site header with the coat of arms, search and "For Queenslanders" menu, breadcrumbs, the section navigation aside, the
 * "Renew online" call to action, the "Related links" aside, the "Last updated" content footer, the feedback form and the
 * footer) and, from file f2, a consulate's visa form page on Joomla.
 */
const qTitle = 'Renew your recreational fishing licence';
const qIntro = [
  j(
    'If you fish in fresh water or use a cast net or crab pots in tidal waters, you need a current recreational fishing licence. Licences',
    'last 1 or 3 years and can be renewed up to 60 days before they expire.',
  ),
  j(
    'We send a renewal reminder by email 30 days before your licence ends. You do not need the reminder to renew; your licence number',
    'and date of birth are enough.',
  ),
];
const qFees = ['Renewal fees are the same as for a new licence:'];
const qFeeList = ['1-year licence: $48.20', '3-year licence: $131.40', 'Concession holders (Seniors Card, pensioner or health care card): $24.10 for 1 year'];
const qHow = [
  j(
    'Renewing online lets you print or save your licence straight away. You can also renew at any licence agent, including many tackle',
    'shops and post offices, or by phone on 13 74 68.',
  ),
  'When you renew online, you will need:',
];
const qNeed = ['your current licence number', 'your date of birth', 'a Visa or Mastercard card'];
const qLate = [
  j(
    'If your licence has already expired, you cannot fish until you renew. Fishing without a current licence can lead to an on-the-spot',
    'fine of $322. Your old licence number stays the same when you renew late.',
  ),
];
const qChange = [
  j(
    'If your name, address or concession status has changed, update your details when you renew. A concession holder must enter the',
    'card number again at each renewal, and the concession rate applies only if the card is valid on the day you renew.',
  ),
  j(
    'Children under 18 and people fishing with a registered charter operator do not need a licence. A licence is personal: it covers',
    'only the person named on it, so each adult in a group needs their own.',
  ),
];
const qHeadings = ['Fees', 'How to renew', 'If your licence has expired'];
const qMenu = ['For Queenslanders', 'Business and industry', 'Find a service'];
const qCrumbs = ['Queensland Government', 'Recreation, sport and arts', 'Fishing', 'Fishing licences'];
const qSection = ['Fishing licences', 'Get a fishing licence', 'Renew your recreational fishing licence', 'Replace a lost licence', 'Licence exemptions'];
const qRelated = ['Bag and size limits', 'Closed seasons', 'Stocked impoundment permits'];
const qFoot = [
  'Help',
  'Contact us',
  'Copyright',
  'Disclaimer',
  'Privacy',
  'Right to information',
  'Accessibility',
  'Jobs in Queensland Government',
  'Other languages',
];
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qTitle} | Recreation, sport and arts | Queensland Government</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="DCTERMS.creator" content="c=AU; o=The State of Queensland;
ou=Department of Primary Industries">
<meta name="DCTERMS.modified" content="2026-01-14"><meta name="DCTERMS.jurisdiction" content="QLD"><meta name="DCTERMS.type" content="Text">
<meta name="description" content="How to renew a recreational fishing licence, fees and what to do if your licence has expired.">
<link rel="stylesheet" href="/assets/v4/latest/css/qg-main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${qTitle}","dateModified":"2026-01-14"}</script>
<script src="/assets/v4/latest/lib/ext/jquery/jquery.min.js"></script></head>
<body id="qg-page"><nav id="qg-skip-links" aria-label="Skip links"><ul><li><a href="#qg-primary-content">Skip to content</a></li></ul></nav>
<header id="qg-site-header" class="qg-site-header"><div class="container-fluid qg-site-width"><div class="qg-coat-of-arms"><a href="https://www.qld.gov.au">
<img src="/assets/v4/latest/images/coat-of-arms/qg-coa.svg" alt="Queensland Government"></a></div>
<form id="qg-search-form" action="https://find.search.qld.gov.au/s/search.html" role="search"><label for="qg-search-query" class="sr-only">Search
website</label>
<input type="text" name="query" id="qg-search-query" placeholder="Search website"><button type="submit" class="btn btn-global-primary">Search</button></form>
<nav class="qg-navigation" aria-label="Main navigation"><ul class="nav">${links(qMenu, 'nav-item')}</ul></nav></div></header>
<nav id="qg-breadcrumb" aria-label="breadcrumb" class="qg-breadcrumb"><ol class="breadcrumb">${links(qCrumbs, 'breadcrumb-item')}</ol></nav>
<div id="qg-content"><div id="qg-three-col" class="row">
<div id="qg-primary-content" role="main"><h1>${qTitle}</h1>${ps(qIntro)}
<p class="qg-cta"><a class="qg-btn btn-primary" href="https://www.qld.gov.au/fishing-licence/renew">Renew online</a></p>
<h2>${qHeadings[0] ?? ''}</h2>${ps(qFees)}<ul>${lis(qFeeList)}</ul>
<h2>${qHeadings[1] ?? ''}</h2>${ps(qHow)}<ul>${lis(qNeed)}</ul>
<h2>${qHeadings[2] ?? ''}</h2>${ps(qLate)}${ps(qChange)}
<div class="qg-content-footer"><dl><dt>Last updated:</dt>
<dd>14 January 2026</dd></dl></div></div>
<aside id="qg-secondary-content" class="qg-aside"><section class="qg-aside qg-section-nav"><h2>In this section</h2><ul>${links(qSection)}</ul></section>
<section class="qg-aside qg-related-links"><h2>Related links</h2><ul>${links(qRelated)}</ul></section></aside></div>
<div id="qg-page-feedback" class="qg-feedback"><form><fieldset><legend><h2>Was this page helpful?</h2></legend><button type="button">Yes</button>
<button type="button">No</button></fieldset></form>
<p class="qg-feedback-help">Your feedback helps us improve our services. We do not reply to comments left here.</p></div></div>
<footer class="qg-site-footer"><div class="container-fluid qg-site-width"><h2 class="qg-footer-heading">Queensland Government</h2>
<ul class="qg-footer-links">${links(qFoot)}</ul>
<p class="qg-acknowledgement">Queensland Government acknowledges the Traditional Owners of the land and pays respect to Elders past, present and emerging.</p>
<p class="qg-copyright">© The State of Queensland 1995–2026</p></div></footer>
<script src="/assets/v4/latest/js/qg-main.js"></script></body></html>`;
const qldFishing: TestPage = {
  name: 'heldout401-qld-gov-fishing-licence',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qHeadings,
  body: texts([...qIntro, ...qFees, ...qFeeList, ...qHow, ...qNeed, ...qLate, ...qChange]),
  bylines: ['Last updated: 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search website', 'Search', ...qMenu, ...qCrumbs.filter((c) => c !== 'Fishing'), 'Renew online', 'In this section',
    'Get a fishing licence', 'Replace a lost licence',
    'Licence exemptions', 'Related links', ...qRelated, 'Was this page helpful?', 'Yes',
    'Your feedback helps us improve our services. We do not reply to comments left here.', ...qFoot,
    'Queensland Government acknowledges the Traditional Owners of the land and pays respect to Elders past, present and emerging.',
    '© The State of Queensland 1995–2026',
  ],
};

export const HELDOUT401_F: readonly TestPage[] = [qldFishing, consulate];
