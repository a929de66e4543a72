import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file f3: an Oracle Help Center page of the OCI documentation (MadCap Flare topic output inside the
 * Help Center frame) for an invented storage feature: the Help Center header with its product menu, search and "Sign
 * In", the "Table of Contents" side tree, the Flare breadcrumbs with "You are here:", the topic with its h1, a Note and
 * an Important box with autonumber labels, a policy example, Console / CLI / API sections, "Related Topics", the
 * feedback box, the footer links and the TrustArc cookie banner).
 */
const title = 'Managing Retention Rules';
const intro = [
  'A retention rule stops objects in an archive vault from being changed or deleted for a fixed period after they are written. Use retention ' +
    'rules to meet record-keeping obligations, or to protect backups from being removed by mistake or by an attacker who has gained access to ' +
    'your tenancy.',
  'A vault can have up to ten retention rules. Each rule applies to every object in the vault, and the longest applicable period always wins.',
];
const h1 = 'Required IAM Policy';
const iam = [
  'To use Oracle Cloud Infrastructure, you must be granted security access in a policy by an administrator. If you get a message that you do ' +
    'not have permission, confirm with your administrator the type of access you have been granted and which compartment you should work in.',
  'Administrators: the following policy lets the StorageAdmins group manage retention rules in the Finance compartment:',
];
const noteText =
  'Only users who can manage retention rules can shorten or delete a rule that is still unlocked. Grant this permission to as ' + 'few people as possible.';
const h2 = 'Locked and Unlocked Rules';
const lock = [
  'A new rule is unlocked: it protects objects, but an administrator can still edit or delete it. When you lock a rule, you choose a date at ' +
    'least 14 days in the future. From that date on, nobody, including Oracle support, can shorten the period or delete the rule. The 14-day ' +
    'delay gives you time to notice and correct a mistake before it becomes permanent.',
];
const important =
  'Locking a rule cannot be undone once the lock date has passed. Objects in the vault cannot be deleted before their retention ' +
  'period ends, even if you close your account.';
const h3 = 'Using the Console';
const consoleSteps = [
  'Open the navigation menu and select Storage. Under Archive Vaults, select Vaults.',
  'Select the compartment that contains the vault, and then select the vault’s name.',
  'Under Resources, select Retention Rules, and then select Create Rule.',
  'Enter a name, choose a retention period in days or years, and optionally set a lock date.',
  'Select Create. The rule takes effect for new and existing objects within a few minutes.',
];
const h4 = 'Using the CLI';
const cli = [
  'Use the retention-rule create command and required parameters to create a rule. For a complete list of parameters and values for CLI ' +
    'commands, see the CLI Command Reference.',
];
const h5 = 'Using the API';
const api = ['Use the CreateRetentionRule operation to create a retention rule, and the UpdateRetentionRule operation to set a lock date.'];
const relatedTopics = ['Overview of Archive Vaults', 'Object Versioning', 'Getting Started with Policies'];
const menu = ['Cloud', 'Applications', 'Middleware', 'Database', 'Java', 'Systems'];
const toc = ['Overview of Archive Vaults', 'Creating a Vault', 'Uploading Objects', 'Object Versioning', 'Replication'];
const crumbs = ['Oracle Cloud Infrastructure Documentation', 'Archive Vaults', 'Protecting Data'];
const foot = ['About Oracle', 'Contact Us', 'Products A-Z', 'Terms of Use & Privacy', 'Cookie Preferences', 'Ad Choices', '© Oracle'];
const cookie =
  'This site uses cookies and related technologies, as described in our privacy policy, for purposes that may include site operation, ' +
  'analytics, enhanced user experience, or advertising. You may choose to consent to our use of these technologies, or manage your own preferences.';
const cookieBtns = ['Accept all', 'Deny all'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const box = (cls: string, label: string, t: string): string => `<div class="${cls}"><p class="${cls}"><span class="autonumber"><span><b>${label}</b>
</span></span>${t}</p></div>`;
const html = `<!DOCTYPE html>
<html xmlns:MadCap="http://www.madcapsoftware.com/Schemas/MadCap.xsd" lang="en-us" xml:lang="en-us" class="_Skins_OCI_HTML5" data-mc-search-type="Stem"
data-mc-help-system-file-name="index.xml" data-mc-path-to-help-system="../../" data-mc-has-content-body="True" data-mc-toc-path="Archive Vaults|Protecting Data"
data-mc-target-type="WebHelp2" data-mc-runtime-file-type="Topic;Default" data-mc-preload-images="false" data-mc-in-preview-mode="false">
<head><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta charset="utf-8" />
<meta name="description" content="Create and lock retention rules that stop objects in an archive vault from being changed or deleted." />
<meta name="product" content="Oracle Cloud Infrastructure" /><meta name="ohc-release-date" content="2025-10-21" />
<title>Managing Retention Rules</title>
<link href="../../Skins/Default/Stylesheets/Slideshow.css" rel="stylesheet" type="text/css" data-mc-generated="True" />
<link href="../../Skins/Default/Stylesheets/TextEffects.css" rel="stylesheet" type="text/css" data-mc-generated="True" />
<link href="../../Skins/Default/Stylesheets/Topic.css" rel="stylesheet" type="text/css" data-mc-generated="True" />
<link href="../Resources/Stylesheets/OCI_Styles.css" rel="stylesheet" type="text/css" />
<script src="../../Resources/Scripts/jquery.min.js" type="text/javascript"></script><script src="../../Resources/Scripts/require.min.js"
type="text/javascript"></script><script src="../../Resources/Scripts/require.config.js" type="text/javascript"></script>
<script src="../../Resources/Scripts/MadCapAll.js" type="text/javascript"></script>
<script src="https://www.oracle.com/asset/web/analytics/ora_docs.js" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"Managing Retention Rules",
"dateModified":"2025-10-21","publisher":{"@type":"Organization","name":"Oracle"}}</script>
</head>
<body>
<header id="ohc-header" class="ohc-header"><div class="ohc-header-inner"><a class="ohc-logo" href="/en/" aria-label="Oracle Help Center"><span
class="ohc-logo-mark"></span><span class="ohc-logo-text">Help Center</span></a><nav class="ohc-nav" aria-label="Product categories"><ul>${menu
  .map((t) => `<li><a href="/en/${slug(t)}/">${t}</a></li>`)
  .join('')}</ul></nav><form class="ohc-search" role="search" action="/apps/search/search.jsp"><label class="sr-only" for="ohc-q">Search Oracle Help
Center</label><input id="ohc-q" type="search" name="q" placeholder="Search"><button type="submit" class="ohc-search-btn"><span class="sr-only">Search</span>
</button></form><a class="ohc-signin" href="https://login.oracle.com/mysso/signon.jsp">Sign In</a></div></header>
<div class="body-container">
<div class="sidenav-layout-wrapper"><aside class="sidenav-wrapper" aria-label="Table of Contents"><div class="sidenav-title"><span>Table of Contents</span>
<button class="sidenav-collapse" aria-label="Collapse table of contents"></button></div><ul class="sidenav"
data-mc-css-tree-node-expanded="is-accordion-submenu-parent"
data-mc-css-tree-node-collapsed="is-accordion-submenu-parent" data-mc-css-sub-menu="vertical menu accordion-menu is-accordion-submenu nested"
data-mc-include-indicator="False" data-mc-include-icon="False" data-mc-include-parent-link="True" data-mc-include-back="False" data-mc-defer-expand-event="True"
data-mc-expand-event="click.zf.accordionMenu" data-mc-toc="True">${toc
  .map((t) => `<li class="is-accordion-submenu-parent"><a href="../Tasks/${slug(t)}.htm">${t}</a></li>`)
  .join('\n')}<li class="is-accordion-submenu-parent is-active"><a href="#" class="selected">${title}</a></li></ul></aside>
<div class="body-container-inner" role="main" id="mc-main-content">
<div class="MCBreadcrumbsBox_0 breadcrumbs" role="navigation" aria-label="Breadcrumbs" data-mc-breadcrumbs-divider=" &gt; " data-mc-breadcrumbs-count="3"
data-mc-toc="True"><span class="MCBreadcrumbsPrefix">You are here: </span>${crumbs
  .map((c) => `<a class="MCBreadcrumbsLink" href="../${slug(c)}.htm">${c}</a><span class="MCBreadcrumbsDivider"> &gt; </span>`)
  .join('')}<span class="MCBreadcrumbs">${title}</span></div>
<div class="ohc-topic-actions"><button class="ohc-copy-link" type="button"><span>Copy link</span></button><button class="ohc-print" type="button"
onclick="window.print()"><span>Print</span></button></div>
<h1>${title}</h1>
${ps(intro)}
<h2 id="${slug(h1)}">${h1}</h2>
${ps(iam)}
<pre class="codeSnippet">Allow group StorageAdmins to manage archive-retention-rules in compartment Finance</pre>
${box('Note', 'Note', noteText)}
<p>If you're new to policies, see <a href="../../Identity/Concepts/policygetstarted.htm">Getting Started with Policies</a> and
<a href="../../Identity/Reference/policyreference.htm">Common Policies</a>.</p>
<h2 id="${slug(h2)}">${h2}</h2>
${ps(lock)}
${box('Important', 'Important', important)}
<h2 id="${slug(h3)}">${h3}</h2>
<ol>
${consoleSteps.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<h2 id="${slug(h4)}">${h4}</h2>
${ps(cli)}
<pre class="codeSnippet">oci archive retention-rule create --vault-name &lt;vault_name&gt; --duration-days &lt;days&gt; [OPTIONS]</pre>
<h2 id="${slug(h5)}">${h5}</h2>
${ps(api)}
<div class="relatedTopics"><span class="relatedTopicsHeading">Related Topics</span><ul>${relatedTopics
  .map((t) => `<li><a href="../Concepts/${slug(t)}.htm">${t}</a></li>`)
  .join('')}</ul></div>
<div class="ohc-feedback" id="ohc-feedback"><p class="ohc-feedback-question">Was this page helpful?</p><button type="button"
class="ohc-feedback-yes">Yes</button><button type="button" class="ohc-feedback-no">No</button></div>
</div></div></div>
<footer class="ohc-footer"><div class="footer-container">${foot
  .map((t) => (t === '© Oracle' ? `<span>${t}</span>` : `<a href="https://www.oracle.com/${slug(t)}/">${t.replace('&', '&amp;')}</a>`))
  .join('\n')}</div></footer>
<div id="teconsent"></div>
<div id="truste-consent-track" style="display: block; position: fixed; bottom: 0; width: 100%;"><div id="truste-consent-content"><div
id="truste-consent-text"><span id="truste-cookie-text">${cookie}</span></div><div id="truste-consent-buttons"><button id="truste-consent-button"
type="button" class="truste-button1">${cookieBtns[0]}</button><button
id="truste-consent-required" type="button" class="truste-button2">${cookieBtns[1]}</button>
<button id="truste-show-consent" type="button" class="truste-button3">Cookie Preferences</button></div></div></div>
</body>
</html>`;

export const ociPage: TestPage = {
  html,
  name: 'heldout150-oracle-help-center-oci-docs',
  kind: 'docs',
  // the Note and Important boxes are body (their labels in the same paragraph); the policy statement and CLI command are
  // code; "Related Topics" (label and links) is furniture; the "If you're new to policies" line is body
  title,
  headings: [h1, h2, h3, h4, h5],
  body: [
    ...intro,
    ...iam,
    `Note ${noteText}`,
    "If you're new to policies, see Getting Started with Policies and Common Policies.",
    ...lock,
    `Important ${important}`,
    ...consoleSteps,
    ...cli,
    ...api,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Help Center', ...menu, 'Search Oracle Help Center', 'Search', 'Sign In', 'Table of Contents', ...toc.filter((t) => !relatedTopics.includes(t)),
    'You are here:', ...crumbs, 'Copy link', 'Print', 'Related Topics', ...relatedTopics, 'Was this page helpful?', 'Yes', 'No', ...foot, cookie,
    ...cookieBtns,
  ],
};
