import { links, type TestPage, texts } from './page-kit.js';
import { grafanaPage } from './pages-heldout156-f2.js';

/**
 * Held-out batch 156, file f: an Elastic documentation page (the 2025 elastic.co/docs site) as saved (the elastic.co
 * header with "Sign in", "Start free trial" and "Contact sales", the version and deployment pickers, the docs navigation,
 * breadcrumbs, the "applies to" badges under the title, a "Tip" admonition and a console code block with "Copy as curl",
 * a settings table, the "On this page" rail with "Edit this page" and "Report an issue", the feedback widget, the TrustArc
 * banner and the footer) and, from file f2, a Grafana documentation page.
 */
const elTitle = 'Compact frozen indices before searchable snapshots';
const elIntro = [
  'Indices that move to the frozen tier are usually read rarely and never written again. Compacting them before they are ' +
    'mounted as searchable snapshots reduces the number of segment files the snapshot holds, which makes cold searches ' +
    'faster and cuts the number of object store requests each search makes.',
  'You can add a compact action to the frozen phase of an index lifecycle policy. The action runs once per index, after the ' +
    'index has become read-only and before the searchable snapshot is taken.',
];
const elH1 = 'Add the compact action to a policy';
const elP1 = [
  'Update the frozen phase of your policy with a <code>compact</code> action. The <code>max_segments</code> setting controls ' +
    'how far each shard is merged; a value of 1 gives the smallest snapshot but takes the longest.',
];
const elCode = `PUT _ilm/policy/logs-retention
{
  "policy": {
    "phases": {
      "frozen": {
        "min_age": "30d",
        "actions": {
          "compact": { "max_segments": 1 },
          "searchable_snapshot": { "snapshot_repository": "archive-repo" }
        }
      }
    }
  }
}`;
const elTip =
  'Compacting large shards uses disk space on the node while the merge runs. Make sure the nodes in your cold tier have at ' +
  'least as much free space as the largest shard you expect to compact.';
const elH2 = 'Settings';
const elRows: [string, string][] = [
  ['max_segments', 'The number of segments each shard is merged down to. Defaults to 1.'],
  ['timeout', 'How long the action waits for the merge to finish before it is retried. Defaults to 12 hours.'],
  ['skip_if_smaller_than', 'Shards smaller than this size are not compacted. Defaults to 1 GB.'],
];
const elH3 = 'Check compaction progress';
const elP3 = [
  'Use the explain lifecycle API to see which step each index is on. While compaction runs, the step is reported as ' +
    '<code>compacting</code>, together with the time the step started. If a merge times out, the index stays on this step and ' +
    'the action is retried on the next lifecycle poll.',
  'In Kibana, open <strong>Stack Management</strong> and go to <strong>Index Management</strong>. Indices that are being ' +
    'compacted show a lifecycle status of <strong>Compacting</strong> in the index list.',
];
const elH4 = 'Limitations';
const elList = [
  'The compact action can only be used in the frozen phase.',
  'Data stream backing indices are compacted one at a time to limit the load on the cluster.',
  'Indices that were already force-merged in an earlier phase are skipped automatically.',
];
const elTop = ['Platform', 'Solutions', 'Customers', 'Resources', 'Pricing', 'Docs'];
const elSide = ['Get started', 'Solutions and use cases', 'Manage data', 'Explore and analyze', 'Deploy and manage', 'Manage your Cloud account'];
const elCrumbs = ['Elastic Docs', 'Manage data', 'Data lifecycle', 'Index lifecycle management'];
const elApplies = ['Stack', 'Serverless', 'Unavailable'];
const elFoot = ['Trademarks', 'Terms of Use', 'Privacy', 'Sitemap'];
const elTrade = 'Elasticsearch is a trademark of Elasticsearch B.V., registered in the U.S. and in other countries.';
const elCookie =
  'Elastic uses cookies and similar technologies to provide a better experience, analyze site usage and assist with our ' +
  'marketing. Manage your preferences or accept to continue.';
const elHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${elTitle} | Elastic Docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Merge frozen indices before mounting them.">
<meta property="og:title" content="${elTitle} | Elastic Docs"><meta name="product_name" content="Elasticsearch"><meta name="DC.type" content="how-to">
<link rel="canonical" href="https://www.elastic.co/docs/manage-data/lifecycle/index-lifecycle-management/compact-frozen">
<link rel="stylesheet" href="/docs/_static/styles.7a1c.css"><script src="//consent.trustarc.example/notice?domain=elastic.co" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${elTitle}","publisher":{"@type":"Organization",
"name":"Elastic"}}</script></head>
<body class="group/body"><a class="skip-link" href="#main">Skip to main content</a>
<header id="elastic-nav" role="banner"><a href="https://www.elastic.co/" aria-label="Elastic home"></a><ul class="elastic-nav__menu">${links(elTop)}</ul>
<a href="https://cloud.elastic.co/login">Sign in</a><a class="button" href="https://cloud.elastic.co/registration">Start free trial</a>
<a href="https://www.elastic.co/contact">Contact sales</a></header>
<div class="docs-layout"><nav id="pages-nav" class="sidebar" aria-label="Documentation"><div class="sidebar__pickers">
<button aria-haspopup="listbox">Current version (9.2+)</button><button aria-haspopup="listbox">All deployments</button></div>
<ul>${links(elSide, 'sidebar__item')}</ul></nav>
<main id="main" class="markdown-content"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
${elCrumbs.map((t, i) => `<li><a href="/docs/${i}">${t}</a></li>`).join('\n')}</ol></nav>
<h1>${elTitle}</h1>
<p class="applies-to"><span class="applies-to__label">${elApplies[0]}</span> <span class="applicable-info">Preview</span>
<span class="applies-to__label">${elApplies[1]}</span> <span class="applicable-info">${elApplies[2]}</span></p>
${elIntro.map((t) => `<p>${t}</p>`).join('\n')}
<div class="heading-wrapper" id="add-the-compact-action-to-a-policy"><h2><a class="headerlink" href="#add-the-compact-action-to-a-policy">${elH1}</a></h2></div>
<p>${elP1[0]}</p>
<div class="highlight-console"><div class="code-header"><span>Console</span><button class="copy-as-curl">Copy as curl</button>
<button class="copy">Copy</button></div><pre><code class="language-console">${elCode}</code></pre></div>
<div class="admonition tip"><div class="admonition-title">Tip</div><div class="admonition-content"><p>${elTip}</p></div></div>
<div class="heading-wrapper" id="settings"><h2><a class="headerlink" href="#settings">${elH2}</a></h2></div>
<div class="table-wrapper"><table><thead><tr><th>Setting</th><th>Description</th></tr></thead><tbody>
${elRows.map(([s, d]) => `<tr><td><code>${s}</code></td><td>${d}</td></tr>`).join('\n')}</tbody></table></div>
<div class="heading-wrapper" id="check-compaction-progress"><h2><a class="headerlink" href="#check-compaction-progress">${elH3}</a></h2></div>
${elP3.map((t) => `<p>${t}</p>`).join('\n')}
<div class="heading-wrapper" id="limitations"><h2><a class="headerlink" href="#limitations">${elH4}</a></h2></div>
<ul>${elList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="feedback"><p>Was this helpful?</p><button aria-label="Yes, this page was helpful">👍</button>
<button aria-label="No, this page was not helpful">👎</button></div></main>
<aside id="toc-nav" class="toc"><p class="toc__title">On this page</p><ul>${[elH1, elH2, elH3, elH4]
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul>
<a href="https://github.com/elastic/docs-content/edit/main/manage-data/compact-frozen.md">Edit this page</a>
<a href="https://github.com/elastic/docs-content/issues/new">Report an issue</a></aside></div>
<footer id="elastic-footer" role="contentinfo"><ul>${links(elFoot)}</ul><p>© 2025 Elasticsearch B.V. All Rights Reserved.</p><p>${elTrade}</p></footer>
<div id="truste-consent-track" role="dialog" aria-label="Cookie consent"><p>${elCookie}</p><button id="truste-consent-button">Accept</button>
<button id="truste-show-consent">Manage preferences</button></div>
<script src="/docs/_static/main.js" type="module"></script></body></html>`;
const elasticPage: TestPage = {
  html: elHtml,
  name: 'heldout156-elastic-docs',
  kind: 'docs',
  // the "applies to" badges are furniture; table data cells (setting names in code and descriptions) and the tip text are
  // body, the "Tip" label and the code header ("Console", copy buttons) furniture; "Manage data" is a sidebar entry and crumb
  title: elTitle,
  headings: [elH1, elH2, elH3, elH4],
  body: texts([...elIntro, ...elP1, elTip, ...elRows.flat(), ...elP3, ...elList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...elTop, 'Sign in', 'Start free trial', 'Contact sales', 'Current version (9.2+)', 'All deployments', ...elSide,
    'Elastic Docs', 'Data lifecycle', 'Index lifecycle management', ...elApplies, 'Preview', 'Console', 'Copy as curl', 'Copy', 'Tip',
    'Was this helpful?', 'On this page', 'Edit this page', 'Report an issue', ...elFoot, '© 2025 Elasticsearch B.V. All Rights Reserved.', elTrade,
    elCookie, 'Accept', 'Manage preferences',
  ],
};

export const HELDOUT156_F: readonly TestPage[] = [elasticPage, grafanaPage];
