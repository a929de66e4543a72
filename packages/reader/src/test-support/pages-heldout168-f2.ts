import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 168, file f2: a Dell support knowledge-base article on dell.com/support/kbdoc (the Dell header with the
 * masthead menus, sign-in and cart, the support breadcrumb, the article number, "Print" and "Email" actions, the summary, the
 * "Article Content" sections, the "Article Properties" block with product, dates, version and type, the "Rate This Article"
 * form, the "Recommended Articles" rail, the contact-support box, the TrustArc cookie banner and the footer).
 */
const dlTitle = 'PowerEdge: iDRAC Shows "Backplane 1 Firmware Mismatch" After a Drive Replacement';
const dlSummary = 'This article explains why iDRAC may report a backplane firmware mismatch after a drive is replaced, and how to clear the warning.';
const dlH1 = 'Symptoms';
const dlP1 = [
  'After one or more drives are replaced in a PowerEdge R770 or R670 server, the iDRAC dashboard shows a warning for the storage ' +
    'subsystem and the Lifecycle Log records the following event:',
  'The server continues to boot normally and the new drive is available to the operating system, but the system health stays ' +
    'amber until the warning is cleared.',
];
const dlLog = 'PDR1021: Backplane 1 firmware version does not match the version required by the installed drives.';
const dlH2 = 'Cause';
const dlP2 = [
  'Some replacement drives shipped from the service depot since June 2025 report a newer interface revision. The backplane ' +
    'expander firmware installed at the factory on affected servers predates that revision and flags the drive as mismatched, ' +
    'even though the drive works correctly.',
];
const dlH3 = 'Resolution';
const dlP3 = [
  'Update the backplane expander firmware to version 7.14 or later. The update does not require the server to be taken offline, ' +
    'but the backplane restarts during the update and drives are briefly unavailable, so schedule a maintenance window.',
];
const dlSteps = [
  'Download the backplane expander firmware package for your server model from the Drivers & Downloads page.',
  'Log in to the iDRAC web interface and go to Maintenance &gt; System Update.',
  'Select Local as the location type, browse to the downloaded package, and click Upload.',
  'Select the backplane firmware in the list and click Install and Reboot, or Install Next Reboot to apply it at the next maintenance window.',
  'After the update completes, confirm on the Storage &gt; Enclosures page that the backplane reports version 7.14 or later.',
];
const dlP4 = [
  'If the warning remains after the update, clear the Lifecycle Log entry and reseat the replacement drive. If the warning ' +
    'returns, contact Dell Technical Support with a SupportAssist collection from the server.',
];
const dlH4 = 'Additional Information';
const dlP5 = ['Servers shipped from the factory after September 2025 already include the updated backplane firmware and are not affected.'];
const dlNav = ['Products', 'Solutions', 'Services', 'Support', 'Deals', 'Sign In', 'Contact Us', 'Cart'];
const dlCrumbs = ['Support', 'Knowledge Base Articles', 'Article Number: 000287416'];
const dlActions = ['Print', 'Email'];
const dlLabels = [
  'Summary:',
  'Article Content',
  'Article Properties',
  'Affected Product',
  'PowerEdge R770, PowerEdge R670',
  'Last Published Date',
  '14 Oct 2025',
  'Version',
  '3',
  'Article Type',
  'Solution',
];
const dlRate = [
  'Rate This Article',
  'Accurate',
  'Useful',
  'Easy to Understand',
  'Was this article helpful?',
  'Yes',
  'No',
  'Comments',
  '0/3000 characters',
  'Submit',
  'Thank you for your feedback.',
];
const dlRec = [
  'Recommended Articles',
  'How to update firmware using the iDRAC web interface',
  'PowerEdge: Understanding Lifecycle Log event codes',
  'How to collect a SupportAssist log from iDRAC',
];
const dlContact = ['Need more help?', 'Contact Technical Support', 'Find your Service Tag'];
const dlCookie = [
  'Dell Technologies uses cookies and similar technologies to improve your experience on our websites. Click Accept to agree, or ' +
    'Manage Settings to choose which cookies we may use.',
  'Accept',
  'Manage Settings',
];
const dlFoot = ['About Dell', 'Careers', 'Investors', 'Privacy Statement', 'Cookies, Ads & Emails', 'Terms of Sale', 'Site Map', '© 2025 Dell'];
const dlHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><title>${dlTitle.replace(/"/g, '&quot;')} | Dell US</title>
<meta name="description" content="${dlSummary}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow">
<meta name="articleid" content="000287416"><meta name="lastpublisheddate" content="2025-10-14"><link rel="stylesheet"
href="https://www.dell.example/support/kbdoc/css/kbdoc.min.css">
<script src="https://www.dell.example/cdn/assets/prod/scripts/masthead.min.js" defer></script><script
src="https://consent.trustarc.example/notice?domain=dell.com" async></script>
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"TechArticle","headline":"PowerEdge backplane firmware mismatch","dateModified":"2025-10-14"}</script></head>
<body><header class="mh-top" id="unified-masthead"><div class="mh-top-nav"><a class="mh-logo" href="https://www.dell.example/en-us" aria-label="Dell"></a>
<div class="mh-search"><input type="search" placeholder="Search Dell" aria-label="Search Dell"></div>
<nav class="mh-menu" aria-label="Main menu"><ul>${links(dlNav, 'mh-menu-item')}</ul></nav></div></header>
<main id="main-content" class="dds__container kbdoc"><nav class="dds__breadcrumb" aria-label="breadcrumb">
<ol>${links(dlCrumbs.slice(0, 2), 'dds__breadcrumb__item')}
<li class="dds__breadcrumb__item" aria-current="page">${dlCrumbs[2]}</li></ol></nav>
<div class="dds__row"><div class="dds__col--md-8 kb-article"><h1 class="kb-title">${dlTitle.replace(/"/g, '&quot;')}</h1>
<div class="kb-actions"><button class="dds__button--tertiary" onclick="window.print()">${dlActions[0]}</button>
<a class="dds__button--tertiary" href="mailto:?subject=Dell%20article">${dlActions[1]}</a></div>
<div class="kb-summary"><strong>${dlLabels[0]}</strong> <span>${dlSummary}</span></div>
<div class="kb-content"><h2 class="kb-section-title">${dlLabels[1]}</h2>
<h3 id="symptoms">${dlH1}</h3>${dlP1
  .slice(0, 1)
  .map((p) => `<p>${p}</p>`)
  .join('')}<pre class="kb-code">${dlLog}</pre><p>${dlP1[1]}</p>
<h3 id="cause">${dlH2}</h3><p>${dlP2[0]}</p>
<h3 id="resolution">${dlH3}</h3><p>${dlP3[0]}</p><ol>${dlSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol><p>${dlP4[0]}</p>
<h3 id="additional">${dlH4}</h3><p>${dlP5[0]}</p></div>
<div class="kb-properties"><h2>${dlLabels[2]}</h2><dl><dt>${dlLabels[3]}</dt><dd>${dlLabels[4]}</dd><dt>${dlLabels[5]}</dt><dd>${dlLabels[6]}</dd>
<dt>${dlLabels[7]}</dt><dd>${dlLabels[8]}</dd><dt>${dlLabels[9]}</dt><dd>${dlLabels[10]}</dd></dl></div>
<form class="kb-rating" id="rate-article"><h2>${dlRate[0]}</h2><fieldset><label><input type="checkbox"> ${dlRate[1]}</label><label><input
type="checkbox"> ${dlRate[2]}</label>
<label><input type="checkbox"> ${dlRate[3]}</label></fieldset><p>${dlRate[4]}</p><button type="button">${dlRate[5]}</button><button
type="button">${dlRate[6]}</button>
<label for="kbcomment">${dlRate[7]}</label><textarea id="kbcomment" maxlength="3000"></textarea><span class="char-count">${dlRate[8]}</span>
<button type="submit" class="dds__button">${dlRate[9]}</button><p class="kb-thanks dds__d-none">${dlRate[10]}</p></form></div>
<aside class="dds__col--md-4 kb-rail"><section class="kb-recommended"><h2>${dlRec[0]}</h2><ul>${links(dlRec.slice(1))}</ul></section>
<section class="kb-contact"><h2>${dlContact[0]}</h2><a href="/support/contents/en-us/category/contact-information">${dlContact[1]}</a>
<a href="/support/home/en-us?app=products">${dlContact[2]}</a></section></aside></div></main>
<div id="truste-consent-track" class="truste-banner" role="dialog" aria-label="Cookie banner"><p id="truste-consent-text">${dlCookie[0]}</p>
<button id="truste-consent-button">${dlCookie[1]}</button><button id="truste-show-consent">${dlCookie[2]}</button></div>
<footer class="mh-footer"><ul>${links(dlFoot.slice(0, 7))}</ul><p class="mh-copyright">${dlFoot[7]}</p></footer></body></html>`;
export const dellPage: TestPage = {
  name: 'heldout168-dell-kb-article',
  kind: 'docs',
  html: dlHtml,
  // the summary text is body, its "Summary:" label furniture; "Article Content" is a template label (furniture); the log
  // line is a code block (neither list); the article properties are furniture, the last published date a byline
  title: plain(dlTitle),
  headings: [dlH1, dlH2, dlH3, dlH4],
  body: texts([dlSummary, ...dlP1, ...dlP2, ...dlP3, ...dlSteps, ...dlP4, ...dlP5]),
  bylines: [dlLabels[5] ?? '', dlLabels[6] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dlNav, ...dlCrumbs, ...dlActions, dlLabels[0] ?? '', ...dlLabels.slice(1, 5), ...dlLabels.slice(7), ...dlRate, ...dlRec,
    ...dlContact, ...dlCookie, ...dlFoot,
  ],
};
