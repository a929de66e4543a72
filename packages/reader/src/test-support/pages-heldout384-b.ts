import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file b: a Visual Studio Marketplace extension page for VS Code (the ux-item header with publisher,
 * installs and rating, the Install button, the Overview / Version History / Q &amp; A / Rating &amp; Review tabs, the README
 * rendered as markdown-content with its own h1, a table and lists, and the right column with Categories, Tags, Resources,
 * Project Details and More Info, then the Microsoft footer and the cookie banner).
 */
const vTitle = 'Quillmate YAML Lens';
const vIntro = [
  j(
    'Quillmate YAML Lens shows you what a YAML file actually means while you type it. It resolves anchors and aliases, merges',
    '<code>&lt;&lt;</code> keys and shows the final value of each key in a faint inline hint, so you no longer have to run a',
    'pipeline just to find out which of three nested defaults won.',
  ),
];
const vFeat = [
  '<strong>Resolved value hints.</strong> Each key that comes from an alias or merge shows its final value at the end of the line.',
  '<strong>Go to origin.</strong> Press F12 on a merged key to jump to the anchor that supplied it, even in another document of the same file.',
  '<strong>Schema-aware checks.</strong> Point the extension at a JSON Schema and it reports missing or misspelled keys after merging.',
  '<strong>Diff of effective values.</strong> Compare the resolved form of two branches of a file side by side.',
];
const vSetup = [
  j(
    'After installing, open any <code>.yaml</code> or <code>.yml</code> file. Hints appear as soon as the file has been',
    'parsed. Large files above 2 MB are skipped by default; raise the limit in the settings if your machine can cope.',
  ),
  'To validate against a schema, add a comment on the first line of the file in the form shown below, or map file patterns in your settings.',
];
const vSettingsRows: readonly (readonly [string, string, string])[] = [
  ['quillmateYaml.hints.enabled', 'true', 'Show resolved values as inline hints.'],
  ['quillmateYaml.maxFileSize', '2097152', 'Files larger than this many bytes are not analysed.'],
  ['quillmateYaml.schemas', '{}', 'Map of schema URLs to glob patterns of files they apply to.'],
  ['quillmateYaml.hints.maxLength', '60', 'Hints longer than this are cut and end with an ellipsis.'],
];
const vKnown = [
  'Custom tags such as <code>!reference</code> used by some CI systems are shown unresolved, marked with a dotted underline.',
  'Multi-document files with more than 200 documents only get hints for the visible documents.',
];
const vContrib = [
  j(
    'Bug reports and pull requests are welcome on the project repository. Please include a small YAML file that shows the problem;',
    'files with secrets removed are fine as long as the structure is kept.',
  ),
];
const vSettingsText = vSettingsRows.flatMap((r) => [...r]);
const vHeadings = ['Features', 'Getting started', 'Extension settings', 'Known issues', 'Contributing'];
const vCats = ['Programming Languages', 'Linters', 'Formatters'];
const vTags = ['yaml-tools', 'merge-keys', 'json-schema', 'devops'];
const vRes = ['Issues', 'Repository', 'Homepage', 'License', 'Changelog', 'Download Extension'];
const vFoot = ['Contact us', 'Jobs', 'Privacy', 'Manage cookies', 'Terms of use', 'Trademarks'];
const vHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${vTitle} - Visual Studio Marketplace</title>
<meta name="description" content="Extension for Visual Studio Code - Resolved anchors, aliases and merge keys as inline hints">
<meta property="og:title" content="${vTitle} - Visual Studio Marketplace"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://marketplace.visualstudio.com/items?itemName=quillmate.yaml-lens">
<script type="application/json" class="jiContext">{"serviceUrl":"https://marketplace.visualstudio.com","itemName":"quillmate.yaml-lens"}</script>
<script type="application/json" class="rebrand-vss-extension">{"versions":[{"version":"1.8.3","lastUpdated":"2026-02-19T08:12:44.317Z"}]}</script>
<link rel="stylesheet" href="https://cdn.vsassets.example/v/M242_20260214.5/_content/Site.css"></head>
<body class="vs-dark-theme"><div id="header-container"><header class="header-section"><div class="header-left"><a class="brand" href="/">
<span class="brand-text">Visual Studio Marketplace</span></a></div><div class="header-right"><a class="publish-extensions" href="/manage">Publish
extensions</a><a class="sign-in-link" href="/_signin">Sign in</a></div></header>
<div class="breadcrumb-container"><ol class="bread-crumb"><li><a href="/vscode">Visual Studio Code</a></li><li>&gt;</li>
<li><a href="/search?target=VSCode&amp;category=Programming%20Languages">Programming Languages</a></li><li>&gt;</li><li>${vTitle}</li></ol></div></div>
<div class="ux-item-details"><div class="ux-section-core"><table class="ux-table-metadata"><tr><td class="ux-item-image"><img class="image-display"
src="https://quillmate.gallerycdn.example/extensions/quillmate/yaml-lens/1.8.3/Microsoft.VisualStudio.Services.Icons.Default" alt=""></td>
<td><div class="ux-item-titleWrapper"><h1 class="ux-item-name" itemprop="name">${vTitle}</h1></div>
<div class="ux-item-second-row-wrapper"><div class="ux-item-publisher"><a class="ux-item-publisher-link" href="/publishers/quillmate"
aria-label="Publisher Quillmate Tools">Quillmate Tools</a></div><span class="ux-item-verified-domain">quillmate.example</span>
<span class="divider">|</span><span class="ux-item-meta-installs" title="The number of unique installations, not including updates.">61,730 installs</span>
<span class="divider">|</span><a class="ux-item-rating" href="#review-details"><span class="ux-item-rating-count">(27)</span></a>
<span class="divider">|</span><span class="ux-item-meta-pricing">Free</span></div>
<div class="ux-item-shortdesc">Resolved anchors, aliases and merge keys as inline hints</div>
<div class="ux-item-action"><button class="ms-Button ux-button install"><span class="ms-Button-label">Install</span></button>
<a class="trouble-shooting-link" href="https://code.visualstudio.example/docs/editor/extension-marketplace">Trouble Installing?</a></div></td></tr></table>
</div><div class="ux-section-details"><div class="pivot-header" role="tablist"><ul class="ms-Pivot">
<li class="ms-Pivot-link is-selected" role="tab">Overview</li><li class="ms-Pivot-link" role="tab">Version History</li>
<li class="ms-Pivot-link" role="tab">Q &amp; A</li><li class="ms-Pivot-link" role="tab">Rating &amp; Review</li></ul></div>
<div class="gallery-details-page-content"><div class="details-tab-content"><div class="overview"><div class="markdown-content">
<h1 id="quillmate-yaml-lens">Quillmate YAML Lens</h1>
<p><img src="https://img.shields.example/badge/build-passing-green" alt="build"> <img src="https://img.shields.example/badge/license-MIT-blue" alt="license">
</p>
${ps(vIntro)}
<p><img src="https://github.example/quillmate/yaml-lens/raw/main/media/hints.gif" alt="Inline hints on a docker compose file"></p>
<h2 id="features">Features</h2><ul>${vFeat.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<h2 id="getting-started">Getting started</h2>${ps(vSetup)}
<h2 id="extension-settings">Extension settings</h2><table><thead><tr><th>Setting</th><th>Default</th><th>Description</th></tr></thead><tbody>
${vSettingsRows.map((r) => `<tr><td><code>${r[0]}</code></td><td><code>${r[1]}</code></td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
<h2 id="known-issues">Known issues</h2><ul>${vKnown.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<h2 id="contributing">Contributing</h2>${ps(vContrib)}
</div></div></div>
<div class="ux-section-right"><div class="ux-section-meta-data"><h2 class="ux-section-h2">Categories</h2><ul class="meta-data-list">${links(vCats)}</ul>
<h2 class="ux-section-h2">Tags</h2><ul class="meta-data-list">${links(vTags, 'meta-data-list-link')}</ul>
<h2 class="ux-section-h2">Resources</h2><ul class="ux-section-resources">${links(vRes)}</ul>
<h2 class="ux-section-h2">More Info</h2><table class="ux-table-metadata"><tr><td>Version</td><td>1.8.3</td></tr>
<tr><td>Released on</td><td>4/2/2023, 10:15:03 AM</td></tr><tr><td>Last updated</td><td>2/19/2026, 8:12:44 AM</td></tr>
<tr><td>Publisher</td><td>Quillmate Tools</td></tr><tr><td>Unique Identifier</td><td>quillmate.yaml-lens</td></tr>
<tr><td>Report</td><td><a href="/report">Report Abuse</a></td></tr></table></div></div></div></div></div>
<footer class="footer-section" role="contentinfo"><ul class="footer-links">${links(vFoot)}</ul><span class="copyright">© 2026 Microsoft</span></footer>
<div id="cookie-banner" class="wcp-consent-banner" role="alert"><p class="cookie-text">We use optional cookies to improve your experience on our websites, such
as through social media connections, and to display personalized advertising based on your online activity.</p>
<button class="cookie-accept">Accept</button><button class="cookie-reject">Reject</button><button class="cookie-manage">Manage cookies</button></div>
<script src="https://cdn.vsassets.example/v/M242_20260214.5/_public/Gallery.js"></script></body></html>`;
export const vscodeMarket: TestPage = {
  name: 'heldout384-vscode-marketplace-extension',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vHeadings,
  body: texts([...vIntro, ...vFeat, ...vSetup, ...vSettingsText, ...vKnown, ...vContrib]),
  bylines: ['Quillmate Tools', '2/19/2026, 8:12:44 AM', '4/2/2023, 10:15:03 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Visual Studio Marketplace', 'Publish extensions', 'Sign in', 'Visual Studio Code', 'quillmate.example', '61,730 installs', '(27)', 'Free',
    'Resolved anchors, aliases and merge keys as inline hints', 'Install', 'Trouble Installing?', 'Overview', 'Version History', 'Q & A',
    'Rating & Review', 'Categories', ...vCats, 'Tags', ...vTags, 'Resources', ...vRes, 'More Info', 'Version', '1.8.3', 'Released on', 'Last updated',
    'Publisher', 'Unique Identifier', 'quillmate.yaml-lens', 'Report', 'Report Abuse', ...vFoot, '© 2026 Microsoft',
    j(
      'We use optional cookies to improve your experience on our websites, such as through social media connections,',
      'and to display personalized advertising based on your online activity.',
    ),
    'Accept', 'Reject',
  ],
};
