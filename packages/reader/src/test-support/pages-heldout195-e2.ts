import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 195, file e2: a GovTrack.us bill overview page (the site nav with "Log in", the bill h1, the "Introduced"
 * status box with the timeline of steps, the prognosis line, the sponsor card, the "Track this bill" and "Add to List" buttons,
 * the GovTrack overview text, the CRS summary with its attribution, the "Bill text" and "Cosponsors" tabs, the "Call or write
 * Congress" promo, the ad slot with "Advertisement", the support-us box, related bills rail and the footer).
 */
const gtTitle = 'H.R. 3150: Fair Rental Screening Act of 2025';
const gtOver = [
  'This bill was introduced on May 6, 2025, in a session of Congress which has not yet concluded. It has been referred to the House ' +
    'Financial Services Committee, which will consider it before possibly sending it on to the House or Senate as a whole.',
  'Most bills and resolutions are assigned to committees which consider and revise them before they can be voted on by the House or ' +
    'Senate as a whole. Few bills make it past this stage.',
];
const gtSumH = 'Summary';
const gtSumNote = 'The summary below was written by the Congressional Research Service, which is a nonpartisan division of the Library of Congress.';
const gtSum = [
  'Fair Rental Screening Act of 2025',
  'This bill establishes requirements for tenant screening reports that are used by landlords to evaluate applicants for residential ' +
    'rental housing, and expands the protections of the Fair Credit Reporting Act for applicants who are the subject of such reports.',
  'Specifically, the bill requires a consumer reporting agency that prepares a tenant screening report to',
];
const gtList = [
  'exclude eviction records for cases that were dismissed, sealed, or resolved in favor of the tenant;',
  'exclude eviction records that are more than seven years old;',
  'disclose to the applicant, free of charge, any report used in the decision to deny an application; and',
  'verify the identity of the applicant using at least two identifiers before attributing a court record to the applicant.',
];
const gtSum2 = [
  'The bill also requires a landlord who denies an application, or approves it on less favorable terms, based in whole or in part on a ' +
    'tenant screening report, to provide the applicant with a written notice that identifies the agency and the specific records relied on.',
  'The Consumer Financial Protection Bureau must issue rules to carry out the bill within one year of enactment, and must report to ' +
    'Congress every two years on the accuracy of tenant screening reports.',
  'The bill authorizes applicants to bring a civil action against a landlord or agency that fails to comply, and allows state ' +
    'attorneys general to enforce its requirements on behalf of residents of their states.',
];
const gtStatus = ['Introduced', 'May 6, 2025', 'Referred to Committee', 'Reported by Committee', 'Passed House', 'Passed Senate', 'Signed by the President'];
const gtProg = 'Prognosis: 3% chance of being enacted according to Skopos Labs.';
const gtSponsor = ['Sponsor', 'Rep. Marisol Quintero', 'Representative for Oregon’s 7th congressional district', 'Democrat'];
const gtNav = ['Bills', 'Resolutions', 'Members of Congress', 'Congressional Votes', 'Committees', 'Start Tracking', 'Our Blog', 'Log in'];
const gtTabs = ['Overview', 'Summary', 'Details', 'Text', 'Study Guide', 'Cosponsors'];
const gtBtns = ['Track this bill', 'Add to List', 'Add Note'];
const gtPromo = ['Call or Write Congress', 'Ask your representative to support or oppose this bill.', 'Contact your representative'];
const gtSupport = ['Support GovTrack', 'GovTrack.us is a project of Civic Impulse, LLC and is not affiliated with the U.S. government. Support us on Patreon.'];
const gtRelated = ['Related Bills', 'S. 1642: Tenant Screening Accuracy Act', 'H.R. 8822 (118th): Renters’ Fair Credit Act of 2024'];
const gtFoot = ['About GovTrack', 'Developers', 'Privacy & Legal', 'Contact Us', 'Press'];
const gtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fair Rental Screening Act of 2025 (H.R. 3150) - GovTrack.us</title><meta name="description" content="${gtSum[1]}">
<meta property="og:title" content="${gtTitle}"><meta property="og:site_name" content="GovTrack.us"><meta name="twitter:site" content="@govtrack">
<link rel="canonical" href="https://www.govtrack.us/congress/bills/119/hr3150"><link rel="stylesheet" href="/static/css/govtrack.css?v=2025">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Legislation","name":"${gtTitle}","legislationIdentifier":"H.R. 3150",
"legislationDate":"2025-05-06","sponsor":{"@type":"Person","name":"Marisol Quintero"}}</script>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-govtrack"></script></head>
<body><nav class="navbar navbar-expand-md" id="site-nav"><a class="navbar-brand" href="/"><span class="sr-only">GovTrack.us</span></a>
<ul class="navbar-nav">${links(gtNav, 'nav-item')}</ul></nav>
<div id="main" class="container"><div class="row"><div class="col-sm-8" id="bill-main">
<h1>${gtTitle}</h1>
<ul class="nav nav-tabs"
role="tablist">${gtTabs.map((t, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}" href="#${i}">${t}</a></li>`).join('')}</ul>
<div id="bill-status-box" class="card"><ol class="status-timeline">${gtStatus
  .filter((_, i) => i !== 1)
  .map(
    (s, i) =>
      `<li class="${i < 2 ? 'done' : 'future'}"><span class="status-step">${s}</span>${i === 0 ? `<span class="status-date">${gtStatus[1]}</span>` : ''}</li>`,
  )
  .join('')}</ol><p class="prognosis">${gtProg}</p></div>
<div class="btn-group">${gtBtns.map((b) => `<button class="btn btn-outline-primary">${b}</button>`).join('')}</div>
<div id="overview">${ps(gtOver)}</div>
<div class="ad-slot"><small>Advertisement</small><ins class="adsbygoogle" data-ad-slot="7193823"></ins></div>
<h2>${gtSumH}</h2><p class="text-muted small">${gtSumNote}</p>
<div id="summary">${ps(gtSum.slice(0, 1), ' class="summary-title"')}
${ps(gtSum.slice(1))}<ul>${gtList.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(gtSum2)}</div></div>
<div class="col-sm-4" id="sidebar"><div class="card sponsor"><h3 class="card-title">${gtSponsor[0]}</h3><a href="/congress/members/marisol_quintero/456981">
${gtSponsor[1]}</a><p>${gtSponsor[2]}</p><p class="party">${gtSponsor[3]}</p></div>
<div class="card promo"><h3>${gtPromo[0]}</h3><p>${gtPromo[1]}</p><a class="btn btn-success" href="/start">${gtPromo[2]}</a></div>
<div class="card"><h3>${gtRelated[0]}</h3><ul>${links(gtRelated.slice(1))}</ul></div>
<div class="card support"><h3>${gtSupport[0]}</h3><p>${gtSupport[1]}</p></div></div></div></div>
<footer class="footer"><ul>${links(gtFoot)}</ul></footer><script src="/static/js/govtrack.js"></script></body></html>`;
export const govtrackBill: TestPage = {
  html: gtHtml,
  name: 'heldout195-govtrack-bill-page',
  kind: 'docs',
  // the overview text and the CRS summary (with the act name line) are body, "Summary" the heading; the CRS attribution, status
  // timeline, prognosis, sponsor card, buttons, promo, ads, related bills and support box are furniture; there are no bylines
  // other than the introduction date
  title: gtTitle,
  headings: [gtSumH],
  body: texts([...gtOver, ...gtSum, ...gtList, ...gtSum2]),
  bylines: [gtStatus[1] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GovTrack.us', ...gtNav, ...gtTabs.filter((t) => t !== 'Summary'), gtStatus[0] ?? '', ...gtStatus.slice(2), gtProg, ...gtBtns, 'Advertisement', gtSumNote,
    ...gtSponsor, ...gtPromo, ...gtRelated, ...gtSupport, ...gtFoot,
  ],
};
