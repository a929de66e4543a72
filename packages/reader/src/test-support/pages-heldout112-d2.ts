import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 112, file d2: a Microsoft Learn docs page (the cookie banner at the top, the uhf header with "Learn" and
 * its nav, "Sign in", the product breadcrumbs, the "Filter by title" TOC with "Download PDF", the page actions "Read in
 * English", "Save", "Add to Collections", "Add to plan", "Share via", the article metadata with date and contributors, the
 * "In this article" list, a NOTE alert, a table, the "Next steps" section, "Feedback" with "Was this page helpful?" and the
 * footer with the locale and theme selectors). The description under the h1 is body.
 */
const title = 'Configure automatic key rotation for an encryption vault';
const intro = [
  'Automatic key rotation replaces the active version of an encryption key on a schedule, so that data encrypted from that point ' +
    'uses new key material. This article shows how to turn on rotation for a key in a Contoso Cloud encryption vault and how ' +
    'rotation affects the services that use the key.',
];
const h1 = 'Prerequisites';
const prereq = [
  'An encryption vault with the Standard or Premium tier.',
  'The Vault Crypto Officer role, or a custom role with the keys/rotate and keys/setpolicy permissions.',
  'Version 3.2 or later of the Contoso CLI.',
];
const h2 = 'How rotation works';
const p2 = [
  'When a key rotates, the vault creates a new key version and makes it the current version. Older versions are not deleted. ' +
    'They stay enabled so that data encrypted with them can still be decrypted, until you disable or purge them yourself.',
  'Services that reference the key without a version, such as storage accounts configured for customer-managed keys, pick up the ' +
    'new version automatically within 24 hours. Services that reference a specific version keep using it until you update them.',
];
const note = 'Rotation does not re-encrypt existing data. To re-encrypt data with the new version, follow the guidance for each service.';
const h3 = 'Set a rotation policy';
const p3 = [
  'You can set the policy in the portal or from the command line. In the portal, open the vault, select Keys, select the key, ' +
    'and then select Rotation policy. Set the rotation interval and the expiry time, and then select Save.',
  'To set the same policy with the CLI, run the following command:',
];
const code = 'contoso vault key rotation-policy update --vault-name contoso-vault --name orders-key --value ./policy.json';
const p4 = [
  'After you save the policy, the vault shows the next rotation date on the key’s overview page. You can also rotate a key on demand at any time; ' +
    'a manual rotation does not change the schedule.',
  'The policy file sets when to rotate and when new versions expire:',
];
const table = [
  ['rotateAfter', 'Time after creation to rotate the key, for example P90D.'],
  ['expiresAfter', 'Lifetime of each new key version, for example P1Y.'],
  ['notifyBefore', 'Time before expiry to send an event to Event Hub, for example P30D.'],
];
const h4 = 'Next steps';
const next = ['Monitor key events with Event Hub', 'Use customer-managed keys with storage accounts'];
const cookie = [
  'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display personalized ' +
    'advertising based on your online activity.',
  'Accept',
  'Reject',
  'Manage cookies',
];
const header = ['Learn', 'Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Assessments', 'Shows', 'Sign in'];
const crumbs = ['Learn', 'Contoso Cloud', 'Encryption Vault'];
const toc = [
  'Filter by title',
  'Encryption Vault documentation',
  'Overview',
  'Quickstarts',
  'Keys',
  'Configure key rotation',
  'Secrets',
  'Certificates',
  'Download PDF',
];
const actions = ['Read in English', 'Save', 'Add to Collections', 'Add to plan', 'Share via', 'Facebook', 'x.com', 'LinkedIn', 'Email', 'Print'];
const meta = ['Article', '04/17/2025', '5 contributors'];
const feedback = ['Feedback', 'Was this page helpful?', 'Yes', 'No', 'Provide product feedback'];
const footer = [
  'English (United States)',
  'Your Privacy Choices',
  'Theme',
  'Light',
  'Dark',
  'High contrast',
  'Previous Versions',
  'Blog',
  'Contribute',
  'Privacy',
  'Terms of Use',
  'Trademarks',
  '\u00a9 Contoso 2025',
];
const html = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual has-default-focus theme-light" lang="en-us" dir="ltr" data-css-variable-support="true">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${title} | Contoso Learn</title>
<meta name="ms.topic" content="how-to"><meta name="ms.service" content="encryption-vault"><meta name="ms.date" content="04/17/2025">
<meta name="author" content="rhalvorsen">
<meta name="description" content="Learn how to turn on automatic key rotation for keys in an encryption vault."><meta name="schema" content="Conceptual">
<link rel="canonical" href="https://learn.contoso.example/en-us/contoso-cloud/encryption-vault/keys/how-to-configure-key-rotation">
<script src="https://learn.contoso.example/static/third-party/adobe-target/at-js/2.9.0/at.js"></script>
<script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script>
<script type="text/javascript" src="/_themes/docs.theme/master/en-us/_themes/scripts/c6a3f9.index-docs.js"></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder has-default-focus">
<a href="#main" class="skip-to-main-link has-outline-color-text visually-hidden-until-focused">Skip to main content</a>
<div hidden id="standards-banner"></div><div id="cookie-consent-holder" data-test-id="cookie-consent-container">
<div class="wcp-consent-banner" role="alert"><p>${cookie[0]}</p>
<button>${cookie[1]}</button><button>${cookie[2]}</button><button>${cookie[3]}</button></div></div>
<div id="uhf-container"><header id="ms--site-header" data-bi-name="site-header"><nav class="nav-bar" aria-label="${header[0]}">
<a class="nav-bar-brand" href="/en-us/">${header[0]}</a>
<ul class="nav-bar-menu">${links(header.slice(1, 8), 'nav-bar-item')}</ul><a class="docs-sign-in" href="#">${header[8]}</a></nav></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header">
<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol class="breadcrumbs-list">${links(crumbs, 'breadcrumb-item')}</ol></nav></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop">
<nav id="affixed-left-container" class="margin-top-sm-tablet" role="navigation" aria-label="Primary">
<form class="filter-content"><label>${toc[0]}</label><input type="search" placeholder="${toc[0]}"></form>
<ul class="tree">${links(toc.slice(1, 8), 'tree-item')}</ul>
<a class="button button-sm" href="/pdf">${toc[8]}</a></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop">
<main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print">
<div class="display-flex align-items-center">
<div id="article-header-page-actions" class="margin-left-auto">${actions.map((a) => `<button class="button button-clear">${a}</button>`).join('')}</div>
</div></div>
<h1 id="configure-automatic-key-rotation">${title}</h1><div class="page-metadata-container display-flex gap-xxs justify-content-space-between">
<ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr">
<li class="visibility-hidden-visual-diff">${meta[0]}</li><li><time class="is-invisible" data-article-date datetime="2025-04-17T08:00:00Z">${meta[1]}</time></li>
<li class="contributors-holder display-none-print"><button aria-label="View all contributors" class="contributors-button link-button">${meta[2]}</button>
</li></ul></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print" data-bi-name="intopic toc" aria-label="In this article">
<h2 class="title is-6 margin-block-xs">In this article</h2></nav>
<div class="content">${ps(intro)}<h2 id="prerequisites">${h1}</h2><ul>${prereq.map((p) => `<li>${p}</li>`).join('\n')}</ul>
<h2 id="how-rotation-works">${h2}</h2>${ps(p2)}<div class="NOTE"><p>Note</p><p>${note}</p></div>
<h2 id="set-a-rotation-policy">${h3}</h2>${ps(p3)}<pre><code class="lang-azurecli">${code}</code></pre>${ps(p4)}
<table><thead><tr><th>Property</th><th>Description</th></tr></thead><tbody>${table
  .map(
    (r) => `<tr><td>${r[0]}</td><td>${r[1]}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
<h2 id="next-steps">${h4}</h2><ul>${next.map((n) => `<li><a href="/${n.replace(/ /g, '-')}">${n}</a></li>`).join('')}</ul></div>
<div class="feedback-section position-relative"><h2 id="feedback" class="title is-3 font-weight-semibold">${feedback[0]}</h2><p>${feedback[1]}</p>
<button>${feedback[2]}</button>
<button>${feedback[3]}</button><a href="https://feedback.contoso.example">${feedback[4]}</a></div></main></div></div></section></div></div>
<footer id="footer" data-test-id="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop">
<a class="locale-selector-link button button-sm button-clear flex-shrink-0" href="#">${footer[0]}</a><a class="button button-sm" href="#">${footer[1]}</a>
<div class="dropdown"><button class="dropdown-trigger button button-clear button-sm">${footer[2]}</button><ul class="dropdown-menu" hidden>${footer
  .slice(3, 6)
  .map((t) => `<li><button>${t}</button></li>`)
  .join('')}</ul></div></div>
<ul class="links" data-bi-name="footerlinks">${links(footer.slice(6, 12), 'manage-cookies-holder')}<li>${footer[12]}</li></ul></footer></body></html>`;

export const learnPage: TestPage = {
  name: 'heldout112-mslearn-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...prereq, ...p2, note, ...p3, ...p4, ...table.map((r) => r[1] ?? ''), ...next]),
  bylines: [meta[1] ?? '', meta[2] ?? ''],
  furniture: [
    ...new Set([...cookie, 'Skip to main content', ...header, ...crumbs, ...toc, ...actions, meta[0] ?? '', 'In this article', 'Note', ...feedback, ...footer]),
  ],
};
