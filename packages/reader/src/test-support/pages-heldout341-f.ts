import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout341-kit.js';

/**
 * Held-out batch 341, file f: a router's admin help page as its Vue single-page app renders it (data-v attributes, fragment
 * comments, top bar with connection status, side menu, help breadcrumb, other-topics rail, feedback and footer) and a
 * Document360 knowledge-base article (header with search, category tree, breadcrumb, "Updated on" / "Published on" lines,
 * reading time, action bar, AI article summary, table of contents, feedback, previous / next article and footer).
 */
const vTitle = 'Setting up a guest network';
const vIntro = [
  j(
    'A guest network gives visitors internet access without letting them see your computers, printers or storage on the main',
    'network. It has its own network name and password, and you can switch it off again with one click when your guests leave.',
  ),
  j(
    'The AX3000 supports one guest network on the 2.4 GHz band and one on the 5 GHz band. Both use the same settings unless you',
    'separate them in the advanced wireless settings.',
  ),
];
const vSteps = [
  'In the side menu, open <b>Wireless</b> and select the <b>Guest</b> tab.',
  'Turn on <b>Enable guest network</b>.',
  'Enter a network name (SSID). Choose a name that does not reveal your address or family name.',
  'Choose WPA3-Personal as the security mode if all guest devices support it; otherwise choose WPA2/WPA3 mixed mode.',
  'Enter a password of at least twelve characters, or select <b>Generate</b> to create a random one.',
  'Select <b>Apply</b>. Phones, laptops and other equipment connected to the main network stay connected while the router applies the change.',
];
const vOptions = [
  '<b>Access time:</b> keep the guest network on always, or switch it off automatically after 2, 8 or 24 hours.',
  '<b>Bandwidth limit:</b> reserve part of your connection for the main network by capping the speed of all guests together.',
  '<b>Allow guests to see each other:</b> off by default, so that guest devices cannot reach one another.',
  '<b>Show QR code:</b> displays a code that guests can scan with a phone camera to join without typing the password.',
];
const vSafe = [
  j(
    'Guests can never open this admin interface from the guest network, even if they know the admin password. If you need to',
    'manage the router from a visitor&#39;s laptop, connect it to the main network first.',
  ),
  j(
    'Smart TVs, speakers and other devices that you do not fully trust can also be placed on the guest network. They keep working',
    'normally but cannot see the rest of your home network.',
  ),
];
const vMenu = ['Dashboard', 'Internet', 'Wireless', 'Devices', 'Parental Controls', 'Security', 'Advanced', 'System', 'Help'];
const vOther = ['Changing the Wi-Fi password', 'Updating the firmware', 'Blocking a device', 'Restoring factory settings'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><link rel="icon" href="/favicon.ico">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Nimbrel AX3000 - Help</title>
<script type="module" crossorigin src="/assets/index-4f2a9c1e.js"></script><link rel="stylesheet" href="/assets/index-8b1d07a3.css">
<script>window.__ROUTER_INFO__={model:"AX3000",fw:"1.4.2 Build 20260118",lang:"en",session:"valid"};</script></head>
<body><div id="app" data-v-app=""><div data-v-3a7f2c10="" class="app-layout"><!--[-->
<header data-v-5e1b9a44="" class="top-bar"><div data-v-5e1b9a44="" class="brand"><img data-v-5e1b9a44="" src="/assets/logo-7c1e.svg" alt="Nimbrel">
<span data-v-5e1b9a44="" class="model">AX3000</span></div><div data-v-5e1b9a44="" class="status"><span data-v-5e1b9a44=""
class="el-tag el-tag--success">Internet: Connected</span><span data-v-5e1b9a44="" class="el-tag el-tag--info">12 devices online</span></div>
<div data-v-5e1b9a44="" class="actions"><button data-v-5e1b9a44="" class="el-button el-button--text"><span>English</span></button>
<button data-v-5e1b9a44="" class="el-button el-button--text"><span>Reboot</span></button><button data-v-5e1b9a44="" class="el-button el-button--text">
<span>Log out</span></button></div></header>
<aside data-v-8d20b6f3="" class="side-menu"><ul data-v-8d20b6f3="" role="menubar" class="el-menu el-menu--vertical"><!--[-->
${vMenu
  .map(
    (m) => `<li data-v-8d20b6f3="" class="el-menu-item${m === 'Help' ? ' is-active' : ''}" role="menuitem" tabindex="-1">
<span>${m}</span></li>`,
  )
  .join('')}
<!--]--></ul></aside>
<main data-v-1f9c3e55="" class="help-view"><div data-v-1f9c3e55="" class="el-breadcrumb" aria-label="Breadcrumb" role="navigation"><!--[-->
<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link">Help</span><span class="el-breadcrumb__separator">/</span></span>
<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link">Wireless</span><span class="el-breadcrumb__separator">/</span></span>
<span class="el-breadcrumb__item" aria-current="page"><span class="el-breadcrumb__inner">Guest network</span></span><!--]--></div>
<div data-v-1f9c3e55="" class="help-grid"><article data-v-1f9c3e55="" class="help-article"><h1 data-v-1f9c3e55="">${vTitle}</h1>
${ps(vIntro, ' data-v-1f9c3e55=""')}
<h2 data-v-1f9c3e55="">Turn on the guest network</h2><ol data-v-1f9c3e55="">${lis(vSteps)}</ol>
<h2 data-v-1f9c3e55="">Optional settings</h2><ul data-v-1f9c3e55="">${lis(vOptions)}</ul>
<h2 data-v-1f9c3e55="">Keeping your network safe</h2>${ps(vSafe, ' data-v-1f9c3e55=""')}
<div data-v-2c4d8e01="" class="help-feedback"><span data-v-2c4d8e01="">Was this information helpful?</span><button data-v-2c4d8e01=""
class="el-button el-button--small"><span>Yes</span></button><button data-v-2c4d8e01="" class="el-button el-button--small"><span>No</span></button></div>
</article>
<aside data-v-1f9c3e55="" class="help-side"><div data-v-1f9c3e55="" class="el-card"><div class="el-card__header">Other help topics</div>
<div class="el-card__body"><ul><!--[-->${links(vOther)}<!--]--></ul></div></div>
<div data-v-1f9c3e55="" class="el-card app-promo"><div class="el-card__body"><p>Manage your network from anywhere with the Nimbrel app.</p>
<button class="el-button el-button--primary"><span>Get the app</span></button></div></div></aside></div></main>
<footer data-v-77aa0c12="" class="bottom-bar"><span data-v-77aa0c12="">Firmware version: 1.4.2 Build 20260118</span>
<span data-v-77aa0c12="">Hardware version: AX3000 v1.0</span><a data-v-77aa0c12="" href="https://support.nimbrel.example">Support</a>
<span data-v-77aa0c12="">© 2026 Nimbrel Networks Co., Ltd.</span></footer><!--]--></div></div></body></html>`;
const router: TestPage = {
  name: 'heldout341-router-help-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: ['Turn on the guest network', 'Optional settings', 'Keeping your network safe'],
  body: texts([...vIntro, ...vSteps, ...vOptions, ...vSafe]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Internet: Connected', '12 devices online', 'English', 'Reboot', 'Log out', ...vMenu.filter((m) => m !== 'Wireless'), 'Guest network',
    'Was this information helpful?', 'Yes', 'Other help topics', ...vOther, 'Manage your network from anywhere with the Nimbrel app.', 'Get the app',
    'Firmware version: 1.4.2 Build 20260118', 'Hardware version: AX3000 v1.0', 'Support', '© 2026 Nimbrel Networks Co., Ltd.',
  ],
};

const nTitle = 'Importing contacts from a CSV file';
const nIntro = [
  j(
    'If your contacts live in a spreadsheet or another CRM, you can bring them into Pennant in one go with a CSV import. Pennant',
    'reads the file, lets you match each column to a contact field, and shows a preview before anything is saved.',
  ),
  'Imports of up to 50,000 rows run in the background; you can keep working and you receive an email when the import is done.',
];
const nPrep = [
  'Save the file as CSV with UTF-8 encoding. Files saved in other encodings may show accented letters incorrectly.',
  'Put the column names in the first row. Pennant uses them to suggest field matches.',
  'Use one row per contact. If a contact has two email addresses, put the second in a separate column.',
  'Write dates as YYYY-MM-DD so they are not read the wrong way round.',
];
const nCols = ['email', 'Email', 'Yes, unless a phone number is given', 'first_name', 'First name', 'Optional', 'company', 'Company', 'Optional'];
const nSteps = [
  'Go to <b>Contacts</b> and select <b>Import</b> in the top-right corner.',
  'Drag your file onto the upload area or select <b>Browse</b>.',
  'Check the suggested field for each column. Choose <b>Do not import</b> for columns you do not need.',
  'Choose what happens to duplicates: skip them, update the existing contact, or create a new one.',
  'Review the preview of the first ten rows and select <b>Start import</b>.',
];
const nDup = [
  j(
    'Pennant treats two contacts as duplicates when they share an email address, or, for contacts without one, the same phone',
    'number. Matching ignores capital letters and spaces, so "Ana.Lind@example.com " and "ana.lind@example.com" are the same',
    'contact.',
  ),
  j(
    'When you choose to update existing contacts, empty cells in the file never overwrite data already in Pennant. To clear a field',
    'on purpose, edit the contact by hand after the import.',
  ),
];
const nUndo = j(
  'For seven days after an import you can open <b>Contacts &gt; Import history</b> and select <b>Undo import</b>. This removes the',
  'contacts the import created and reverts the fields it updated, but keeps notes and deals that users added since.',
);
const nTree = ['Getting started', 'Contacts', 'Adding contacts', 'Merging duplicates', 'Deals and pipelines', 'Email sync', 'Integrations', 'Billing'];
const nToc = ['Prepare your file', 'Supported columns', 'Run the import', 'How duplicates are handled', 'Undoing an import'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Importing contacts from a CSV file | Pennant Help Center</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Bring contacts into Pennant from a spreadsheet.">
<meta property="og:title" content="${nTitle}"><meta property="og:type" content="article"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="https://cdn.document360.example/static/kb/styles.4e71b2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","datePublished":"2026-02-02T09:14:00Z",
"dateModified":"2026-04-14T16:03:00Z","author":{"@type":"Person","name":"Maren Oyelaran"},"publisher":{"@type":"Organization","name":"Pennant"}}</script>
<script>window.kbConfig={projectId:"7b1f0c2e-pennant",versionSlug:"v1",lang:"en"};</script></head>
<body><d360-root ng-version="17.3.12"><d360-header _nghost-ng-c2214><header class="kb-header" _ngcontent-ng-c2214><a class="kb-logo" href="/">
<img src="https://cdn.document360.example/logo/pennant.svg" alt="Pennant"></a><nav class="kb-header-nav" _ngcontent-ng-c2214><ul>
${links(['Home', 'Documentation', 'API reference', 'Release notes'], 'kb-header-link')}</ul></nav>
<div class="kb-search" _ngcontent-ng-c2214><input type="search" placeholder="Search or ask a question" aria-label="Search"></div>
<a class="kb-header-cta" href="https://app.pennant.example">Sign in to Pennant</a></header></d360-header>
<div class="kb-layout"><d360-category-tree class="kb-sidebar"><ul class="category-tree">${links(nTree, 'tree-node')}
<li class="tree-node active"><a href="#">${nTitle}</a></li></ul></d360-category-tree>
<main class="kb-main"><d360-article _nghost-ng-c9031><div class="article-breadcrumb" _ngcontent-ng-c9031>
<a href="/">Home</a> <span>›</span> <a href="/docs/contacts">Contacts</a> <span>›</span> <span>Importing</span></div>
<div class="article-header" _ngcontent-ng-c9031><h1 class="article-title" _ngcontent-ng-c9031>${nTitle}</h1>
<div class="article-info" _ngcontent-ng-c9031><span class="updated-on">Updated on 14 Apr 2026</span>
<span class="published-on">Published on 02 Feb 2026</span><span class="read-time">4 Minutes to read</span>
<div class="contributors"><span>Contributors</span><img src="/avatars/mo.png" alt="Maren Oyelaran"></div></div>
<div class="article-action-bar" _ngcontent-ng-c9031><button>Print</button><button>Share</button><button>Dark</button><button>PDF</button></div></div>
<div class="ai-summary" _ngcontent-ng-c9031><div class="ai-summary-title">Article summary</div><p class="ai-summary-text">This article explains how to
prepare a spreadsheet and import it into Pennant, how duplicate contacts are matched, and how to reverse an import.</p>
<span class="ai-summary-question">Did you find this summary helpful?</span></div>
<div class="article-content" id="articleContent" _ngcontent-ng-c9031>
${ps(nIntro)}
<h2 id="prepare-your-file">Prepare your file</h2><ul>${lis(nPrep)}</ul>
<h2 id="supported-columns">Supported columns</h2><table><thead><tr><th>CSV column</th><th>Pennant field</th><th>Required</th></tr></thead><tbody>
${[0, 3, 6].map((i) => `<tr><td>${nCols[i]}</td> <td>${nCols[i + 1]}</td> <td>${nCols[i + 2]}</td></tr>`).join('\n')}</tbody></table>
<h2 id="run-the-import">Run the import</h2><ol>${lis(nSteps)}</ol>
<h2 id="how-duplicates-are-handled">How duplicates are handled</h2>${ps(nDup)}
<h2 id="undoing-an-import">Undoing an import</h2><p>${nUndo}</p></div>
<div class="article-feedback" _ngcontent-ng-c9031><p>Was this article helpful?</p><button>Yes</button><button>No</button>
<p class="feedback-thanks" hidden>Thank you for your feedback! Our team will get back to you</p></div>
<div class="article-nav" _ngcontent-ng-c9031><a class="prev" href="/docs/adding-contacts">Previous article Adding contacts</a>
<a class="next" href="/docs/merging-duplicates">Next article Merging duplicates</a></div></d360-article></main>
<aside class="kb-toc"><div class="toc-title">Table of contents</div><ul>${links(nToc, 'toc-link')}</ul></aside></div>
<footer class="kb-footer"><p>© 2026 Pennant Software Ltd.</p><a class="powered-by" href="https://document360.example">Powered by Document360</a>
</footer></d360-root></body></html>`;
const document360: TestPage = {
  name: 'heldout341-document360-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nToc,
  body: texts([...nIntro, ...nPrep, ...nCols, ...nSteps, ...nDup, nUndo]),
  bylines: ['Updated on 14 Apr 2026', 'Published on 02 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Documentation', 'API reference', 'Release notes', 'Sign in to Pennant', 'Getting started', 'Adding contacts', 'Merging duplicates',
    'Deals and pipelines', 'Email sync', 'Integrations', 'Billing', 'Importing', '4 Minutes to read', 'Contributors', 'Print', 'Share', 'Dark', 'PDF',
    'Article summary',
    'This article explains how to prepare a spreadsheet and import it into Pennant, how duplicate contacts are matched, and how to reverse an import.',
    'Did you find this summary helpful?', 'Was this article helpful?', 'Home',
    'Previous article Adding contacts', 'Next article Merging duplicates', 'Table of contents', '© 2026 Pennant Software Ltd.', 'Powered by Document360',
  ],
};

export const HELDOUT341_F: readonly TestPage[] = [router, document360];
