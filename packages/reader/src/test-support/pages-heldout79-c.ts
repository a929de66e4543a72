import { links, ps, type TestPage, texts } from './page-kit.js';
import { atlassianArticle } from './pages-heldout79-c2.js';

/**
 * Held-out batch 79, file c: an IBM Docs task topic (the TrustArc cookie notice, the masthead light DOM, the product bar with
 * version switcher and product search, the table of contents with its filter, breadcrumbs, "Last Updated", a DITA task with a
 * short description, "About this task", numbered steps with step results, "Important:" and "Note:" notes, "Results",
 * "What to do next", the parent-topic and related links, "Was this topic helpful?", the copyright and trademark notice and the
 * footer); and (file c2) an Atlassian Support article with the Cloud / Data Center switcher.
 */
const ibTitle = 'Configuring checkpoint retention for job streams';
const ibShort =
  'Checkpoint retention controls how many restart checkpoints the scheduler keeps for each job stream, and for how long. You can ' +
  'set a default for the whole domain and override it for individual job streams.';
const ibAbout = [
  'Each time a job in a stream completes a step, the scheduler writes a checkpoint to the domain database. If the stream fails, an ' +
    'operator can restart it from any retained checkpoint instead of from the beginning. Checkpoints of long streams can fill the ' +
    'database quickly, so the default retention keeps only the last five checkpoints for 14 days.',
  'Retention is evaluated by the housekeeping task, which runs every night at 02:00 local time on the master domain manager.',
];
const ibImportant =
  '<span class="importanttitle">Important:</span> Reducing the retention period does not delete checkpoints at once. Checkpoints ' +
  'that fall outside the new limits are removed the next time the housekeeping task runs.';
const ibSteps = [
  'Log in to the master domain manager as the scheduler administrator.',
  'Open the <span class="ph filepath">lbsched.properties</span> file in the <span class="ph filepath">config</span> directory of the ' + 'installation.',
  'Set the <span class="keyword parmname">checkpoint.retain.count</span> and <span class="keyword parmname">checkpoint.retain.days</span> ' +
    'properties to the values that you want.',
  'To override the default for one job stream, add the <span class="keyword parmname">RETAIN</span> keyword to the stream definition ' +
    'and import the definition again.',
  'Restart the scheduler service so that the new defaults are loaded.',
];
const ibStepResult = 'The scheduler log shows message LBS2114I with the retention values that are in effect.';
const ibNote =
  '<span class="notetitle">Note:</span> A value of 0 for <span class="keyword parmname">checkpoint.retain.count</span> disables ' +
  'checkpoints for the stream. Streams without checkpoints can be restarted only from the beginning.';
const ibResult = [
  'After the next housekeeping run, the number of checkpoints for each job stream does not exceed the configured count, and no ' +
    'checkpoint is older than the configured number of days.',
];
const ibNext = [
  'Monitor the size of the checkpoint tables for a week. If they still grow, lower the count for the job streams with the most steps ' +
    'rather than the domain default.',
];
const ibH = ['About this task', 'Procedure', 'Results', 'What to do next'];
const ibToc = [
  'Welcome',
  'Product overview',
  'Planning',
  'Installing',
  'Configuring',
  'Configuring the domain',
  ibTitle,
  'Administering',
  'Troubleshooting',
  'Reference',
];
const ibCrumbs = ['IBM Lattice Batch Scheduler', '4.2.x', 'Configuring', 'Configuring the domain'];
const ibRelated = ['Restarting a job stream from a checkpoint', 'Housekeeping task reference'];
const ibCookie1 = 'About cookies on this site';
const ibCookie2 =
  'Our websites require some cookies to function properly (required). In addition, other cookies may be used with your consent to ' +
  'analyze site usage, improve the user experience and for advertising.';
const ibCookie3 = 'For more information, please review your cookie preferences options.';
const ibFoot = ['Contact IBM', 'Privacy', 'Terms of use', 'Accessibility', 'Cookie preferences'];
const ibTrade =
  'IBM, the IBM logo, and ibm.com are trademarks or registered trademarks of International Business Machines Corp., registered in many ' +
  'jurisdictions worldwide. Other product and service names might be trademarks of IBM or other companies.';
const ibHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ibTitle} - IBM Documentation</title><meta name="description" content="${ibShort}"><meta name="dcterms.date" content="2025-04-09">
<meta name="dcterms.rights" content="© Copyright IBM Corp. 2025"><meta name="focusArea" content="Automation"><meta name="geo.country" content="ZZ">
<link rel="canonical" href="https://www.ibm.com/docs/en/lbs/4.2.x?topic=domain-configuring-checkpoint-retention-job-streams">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${ibTitle}","dateModified":"2025-04-09",
"publisher":{"@type":"Organization","name":"IBM"}}</script>
<script>window.digitalData={page:{category:{primaryCategory:"SW"},pageInfo:{ibm:{siteId:"IBMDOCS"}}}};</script>
<script src="//1.www.s81c.com/common/stats/ibm-common.js" defer></script><link rel="stylesheet" href="/docs/static/css/main.5b2f1d7e.css"></head>
<body class="ibmdocs"><div id="truste-consent-track" class="truste-banner" role="dialog" aria-label="Cookie notice"><div id="truste-consent-content">
<h2 class="truste-title">${ibCookie1}</h2><p id="truste-consent-text">${ibCookie2} ${ibCookie3}</p><div id="truste-consent-buttons">
<button id="truste-consent-button" class="truste-button1">Accept all</button><button id="truste-consent-required" class="truste-button2">Required only</button>
<button id="truste-show-consent" class="truste-button3">Cookie Preferences</button></div></div></div>
<div id="ibm-top" class="ibm-type"><c4d-masthead-container data-endpoint="/common/carbon-for-ibm-dotcom/translations/masthead-footer/v2.1" has-search="false">
<c4d-masthead aria-label="IBM masthead"><c4d-megamenu-top-nav-menu menu-label="Products">Products</c4d-megamenu-top-nav-menu>
<c4d-megamenu-top-nav-menu menu-label="Consulting">Consulting</c4d-megamenu-top-nav-menu><c4d-top-nav-item href="https://www.ibm.com/support">Support
</c4d-top-nav-item><c4d-top-nav-item href="https://www.ibm.com/think">Think</c4d-top-nav-item></c4d-masthead></c4d-masthead-container>
<div id="app"><div class="ibmdocs-product-header" role="banner"><div class="ibmdocs-product-header__title"><a href="/docs/en">IBM Documentation</a>
<span class="ibmdocs-product-header__product">IBM Lattice Batch Scheduler</span></div><div class="ibmdocs-version-switcher"><label
for="version-select" class="cds--label">Version</label><select id="version-select" class="cds--select-input"><option selected>4.2.x</option>
<option>4.1.x</option><option>4.0.x</option></select></div><form class="ibmdocs-product-search" role="search"><label for="ps"
class="cds--visually-hidden">Search in
this product</label><input id="ps" class="cds--search-input" placeholder="Search in this product"></form></div>
<div class="ibmdocs-layout"><nav class="ibmdocs-toc" aria-label="Table of contents"><h2 class="ibmdocs-toc__title">Table of contents</h2>
<div class="cds--search cds--search--sm"><input class="cds--search-input" placeholder="Filter on titles" aria-label="Filter on titles"></div>
<ul class="cds--side-nav__items">${ibToc
  .map(
    (t) => `<li class="cds--side-nav__item${t === ibTitle ? ' cds--side-nav__item--active' : ''}"><a
class="cds--side-nav__link" href="/docs/en/lbs/4.2.x?topic=${t.length}"><span class="cds--side-nav__link-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<main id="ibmdocs-main" class="ibmdocs-content" role="main"><nav class="cds--breadcrumb" aria-label="Breadcrumb"><ol class="cds--breadcrumb">
${ibCrumbs.map((t) => `<li class="cds--breadcrumb-item"><a href="/docs/en/lbs/4.2.x" class="cds--link">${t}</a></li>`).join('')}</ol></nav>
<div class="ibmdocs-topic-meta"><p class="ibmdocs-last-updated">Last Updated: 2025-04-09</p></div>
<article class="ibmdocs-topic" id="topic-content" lang="en-us" aria-labelledby="tcfg_checkpoint_retention__title__1">
<h1 class="title topictitle1" id="tcfg_checkpoint_retention__title__1">${ibTitle}</h1>
<div class="body taskbody"><p class="shortdesc">${ibShort}</p>
<section class="section context" id="tcfg_checkpoint_retention__context"><div class="tasklabel"><h2 class="sectiontitle tasklabel">${ibH[0]}</h2></div>
${ps(ibAbout, ' class="p"')}
<div class="note important note_important"><span class="note__title">${ibImportant}</span></div></section>
<section id="tcfg_checkpoint_retention__steps"><div class="tasklabel"><h2 class="sectiontitle tasklabel">${ibH[1]}</h2></div>
<ol class="ol steps">${ibSteps
  .map(
    (t, i) =>
      `<li class="li step stepexpand"><span class="ph cmd">${t}</span>${
        i === 4 ? `<div class="itemgroup stepresult">${ibStepResult}</div>` : ''
      }${i === 2 ? `<div class="itemgroup info"><div class="note note note_note">${ibNote}</div></div>` : ''}</li>`,
  )
  .join('\n')}</ol></section>
<section class="section result"><div class="tasklabel"><h2 class="sectiontitle tasklabel">${ibH[2]}</h2></div>${ps(ibResult, ' class="p"')}</section>
<section class="section postreq"><div class="tasklabel"><h2 class="sectiontitle tasklabel">${ibH[3]}</h2></div>${ps(ibNext, ' class="p"')}</section></div>
<nav role="navigation" class="related-links"><div class="familylinks"><div class="parentlink"><strong>Parent topic:</strong>
<a class="link" href="/docs/en/lbs/4.2.x?topic=configuring-domain">Configuring the domain</a></div></div><div class="linklist relinfo reltasks">
<strong>Related tasks</strong><br><ul class="linklist">${ibRelated
  .map(
    (t) => `<li class="linklist"><a href="/docs/en/lbs/4.2.x?topic=${t.length}">${t}</a>
</li>`,
  )
  .join('')}</ul></div></nav></article>
<div class="ibmdocs-feedback"><fieldset class="cds--fieldset"><legend class="cds--label">Was this topic helpful?</legend><button
class="cds--btn cds--btn--tertiary"
type="button">Yes</button><button class="cds--btn cds--btn--tertiary" type="button">No</button></fieldset></div>
<div class="ibmdocs-legal"><p>© Copyright IBM Corporation 2018, 2025</p><p>${ibTrade}</p></div></main></div></div>
<c4d-footer-container size="short"><footer class="ibm-footer" aria-label="IBM footer"><ul class="ibm-footer__legal">${links(ibFoot)}</ul></footer>
</c4d-footer-container></div><script src="/docs/static/js/main.9c3e0a41.js"></script></body></html>`;
const ibm: TestPage = {
  html: ibHtml,
  name: 'heldout79-ibm-docs-task',
  kind: 'docs',
  // the short description is the first paragraph; steps, the step result and the "Important:" and "Note:" notes are body; the
  // related links ("Parent topic:", "Related tasks"), "Was this topic helpful?", the copyright and trademark notice are furniture
  title: ibTitle,
  headings: ibH,
  body: [
    ibShort,
    ...ibAbout,
    ...texts([ibImportant]),
    ...texts(ibSteps.slice(0, 3)),
    ...texts([ibNote]),
    ...texts(ibSteps.slice(3)),
    ibStepResult,
    ...ibResult,
    ...ibNext,
  ],
  bylines: ['Last Updated: 2025-04-09'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ibCookie1, ibCookie2, ibCookie3, 'Accept all', 'Required only', 'Cookie Preferences', 'Products', 'Consulting', 'Support', 'Think', 'IBM Documentation',
    'IBM Lattice Batch Scheduler', 'Version', '4.2.x', '4.1.x', '4.0.x', 'Search in this product', 'Table of contents',
    ...ibToc.filter((t) => t !== ibTitle && t !== 'Configuring'), 'Parent topic:', 'Related tasks', ...ibRelated, 'Was this topic helpful?', 'Yes', 'No',
    '© Copyright IBM Corporation 2018, 2025', ibTrade, ...ibFoot,
  ],
};

export const HELDOUT79_C: readonly TestPage[] = [ibm, atlassianArticle];
