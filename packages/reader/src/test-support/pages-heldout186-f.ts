import { links, type TestPage, texts } from './page-kit.js';
import { labProjectPage } from './pages-heldout186-f2.js';

/**
 * Held-out batch 186, file f: a Papers with Code method page (the navbar with search, "Browse State-of-the-Art",
 * "Datasets", "Methods", the "More" dropdown and "Sign In", the method h1 with "Introduced by ... in ..." and "Edit", the
 * method image with its "Source:" line, the description, the "Papers" table with paper titles, code links, dates and
 * stars, "Usage Over Time", the "Tasks", "Usage" and "Components" tables, "Categories", and the footer with its contact
 * line and "Terms", "Data policy", "Cookies policy") and, from file f2, a lab group's project page on GitHub Pages.
 */
const pwTitle = 'Gated Residual Pooling';
const pwIntro = 'Introduced by Zielinski et al. in Pooling Without Forgetting: Gated Residuals for Graph Coarsening';
const pwDesc = [
  '<strong>Gated Residual Pooling</strong>, or <strong>GRP</strong>, is a pooling layer for graph neural networks that coarsens a ' +
    'graph into fewer nodes while keeping a gated copy of the information that pooling would otherwise discard. It was proposed to ' +
    'address a common problem with hierarchical graph models: each pooling step throws away fine detail that later layers cannot recover.',
  'A GRP layer has two paths. The pooling path assigns nodes to clusters with a learned soft assignment matrix, as in other ' +
    'differentiable pooling methods, and sums the features of each cluster. The residual path projects the features of the original ' +
    'nodes onto the clusters using the same assignment matrix, but passes them through a learned sigmoid gate before adding them to ' +
    'the pooled features. The gate is computed per cluster from the variance of the features assigned to it, so that clusters that ' +
    'merge very different nodes keep more of the residual signal.',
  "Formally, given node features $X$ and an assignment matrix $S$, the output features are $X' = S^T X + g \\odot (S^T W X)$, " +
    "where $W$ is a learned projection and $g$ is the gate vector. The coarsened adjacency matrix is $A' = S^T A S$, as in " +
    'differentiable pooling.',
  'In the original paper, replacing standard differentiable pooling with GRP improved graph classification accuracy on protein ' +
    'and molecule benchmarks by one to three points, with the largest gains on graphs with more than 200 nodes. The authors also ' +
    'report that GRP makes training less sensitive to the number of clusters chosen at each level.',
  'GRP adds one projection matrix and one small gating network per layer, so its cost is close to that of the pooling it extends. ' +
    'It has since been used in models for molecular property prediction, mesh segmentation and road network analysis, often as a ' +
    'drop-in replacement for existing pooling layers.',
];
const pwSource = 'Source: Pooling Without Forgetting: Gated Residuals for Graph Coarsening';
const pwNav = ['Browse State-of-the-Art', 'Datasets', 'Methods', 'More', 'Newsletter', 'RC2022', 'About', 'Trends', 'Portals', 'Libraries', 'Sign In'];
const pwPapers = [
  ['Coarse-to-Fine Molecular Property Prediction with Gated Pooling', 'Jan 2026', '84'],
  ['MeshGRP: Hierarchical Segmentation of Triangle Meshes', 'Oct 2025', '312'],
  ['Pooling Without Forgetting: Gated Residuals for Graph Coarsening', 'Mar 2024', '1,027'],
];
const pwTasks = [
  ['Graph Classification', '4', '33.33%'],
  ['Molecular Property Prediction', '3', '25.00%'],
  ['Mesh Segmentation', '2', '16.67%'],
];
const pwComponents = [
  ['Sigmoid Activation', 'Activation Functions'],
  ['Residual Connection', 'Skip Connections'],
];
const pwCategories = ['Graph Pooling', 'Graph Models'];
const pwFoot = [
  'Contact us on: hello@paperswithcode.example . Papers With Code is a free resource with all data licensed under CC-BY-SA.',
  'Terms',
  'Data policy',
  'Cookies policy',
  'from',
];
const pwRow = (r: string[], i: number): string => `<tr><td><div class="black-links"><a href="/paper/${i}">${r[0]}</a></div></td>
<td class="text-center"><a href="/paper/${i}#code"><span class="badge badge-light"><span class=" icon-wrapper icon-ion" data-name="logo-github"></span>
</span></a></td><td class="text-center"></td><td class="text-center">${r[1]}</td><td class="text-center">${r[2]}</td></tr>`;
const pwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Gated Residual Pooling Explained | Papers With Code</title>
<meta name="description" content="Gated Residual Pooling, or GRP, is a pooling layer for graph neural networks that coarsens a graph into fewer nodes.">
<meta property="og:title" content="Papers with Code - Gated Residual Pooling Explained"><meta property="og:site_name" content="Papers With Code">
<meta name="twitter:site" content="@paperswithcode"><link rel="canonical" href="https://paperswithcode.com/method/gated-residual-pooling">
<link rel="stylesheet" href="https://production-assets.paperswithcode.example/static/css/main.c4f2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Gated Residual Pooling","description":"A pooling layer for
graph networks"}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-121182717-1"></script></head>
<body><nav class="navbar navbar-expand-lg navbar-light header"><a class="navbar-brand" href="/"><span class=" icon-wrapper" data-name="pwc"></span></a>
<div class="collapse navbar-collapse" id="top-menu"><form class="form-inline my-2 my-lg-0" id="id_global_search_form" action="/search" method="get">
<input type="text" name="q_meta" style="display:none"><input type="hidden" name="q_type"><div class="selectize-input items"><input id="id_global_search_input"
autocomplete="off" placeholder="Search" type="text"></div></form>
<ul class="navbar-nav mr-auto navbar-subscribe justify-content-center align-items-center">
<li class="nav-item header-search"><a class="nav-link" href="/sota">${pwNav[0]}</a></li><li class="nav-item">
<a class="nav-link" href="/datasets">${pwNav[1]}</a></li>
<li class="nav-item"><a class="nav-link" href="/methods">${pwNav[2]}</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" role="button"
data-toggle="dropdown" href="#">${pwNav[3]}</a><div class="dropdown-menu">${pwNav
  .slice(4, 10)
  .map((t) => `<a class="dropdown-item" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</div></li></ul>
<ul class="navbar-nav ml-auto navbar-subscribe"><li class="nav-item"><a class="nav-link" href="/accounts/login?next=/method/gated-residual-pooling">
<span class="nav-link-social-icon icon-wrapper" data-name="log-in"></span> ${pwNav[10]}</a></li></ul></div></nav>
<div class="container content content-buffer"><main><div class="method-header"><div class="row"><div class="col-md-12">
<h1>${pwTitle}</h1><p class="subtitle">Introduced by Zielinski et al. in <a href="/paper/pooling-without-forgetting">Pooling Without Forgetting: Gated
Residuals for Graph Coarsening</a></p><a class="edit-button" href="#" data-toggle="modal" data-target="#editMethod">Edit</a></div></div></div>
<div class="method-content"><div class="row"><div class="col-md-12"><div class="method-image">
<img class="img-fluid" src="https://production-media.paperswithcode.example/methods/grp.png"
alt=""><div class="method-image-source"><p>${pwSource}</p></div></div>
<div class="method-description">${pwDesc.map((p) => `<p>${p}</p>`).join('\n')}<p class="method-source">
<a href="/paper/pooling-without-forgetting">${pwSource}</a></p>
</div></div></div></div>
<div class="method-papers"><div class="row"><div class="col-md-12"><div class="paper-list-title"><h2>Papers</h2></div>
<div class="table-responsive"><table class="table"><thead><tr><th>Paper</th><th>Code</th><th>Results</th><th>Date</th><th>Stars</th></tr></thead>
<tbody>${pwPapers.map(pwRow).join('\n')}</tbody></table></div></div></div></div>
<div class="method-usage"><h2>Usage Over Time</h2><div class="chart-title">Proportion of Papers (Quarterly)</div>
<canvas id="methodUsageChart" width="700" height="250"></canvas><script>var chartData = {"labels":["2024-Q2","2024-Q3"],"values":[0.0,0.002]};</script></div>
<div class="method-tasks"><h2>Tasks</h2><table class="table"><thead><tr><th>Task</th><th>Papers</th><th>Share</th></tr></thead><tbody>${pwTasks
  .map((r) => `<tr><td><a href="/task/${r[0]?.length}"><img src="/thumb.jpg" alt=""><span>${r[0]}</span></a></td><td>${r[1]}</td><td>${r[2]}</td></tr>`)
  .join('\n')}</tbody></table></div>
<div class="method-components"><h2>Components</h2><table class="table"><thead><tr><th>Component</th><th>Type</th></tr></thead><tbody>${pwComponents
  .map((r) => `<tr><td><a href="/method/${r[0]?.length}">${r[0]}</a></td><td><a href="/methods/category/${r[1]?.length}">${r[1]}</a></td></tr>`)
  .join('\n')}</tbody></table></div>
<div class="method-categories"><h2>Categories</h2><ul class="list-unstyled">${links(pwCategories)}</ul></div></main></div>
<div class="footer"><div class="footer-contact"><span class="footer-contact-item">${pwFoot[0]}</span></div>
<div class="footer-links"><a href="/site/terms">${pwFoot[1]}</a><a href="/site/data-policy">${pwFoot[2]}</a><a href="/site/cookies-policy">${pwFoot[3]}</a>
<a href="https://ai.meta.example" class="fair-logo">${pwFoot[4]} <img src="/static/meta-ai.svg" alt="Meta AI"></a></div></div>
<script src="https://production-assets.paperswithcode.example/static/js/main.4a1b.js"></script></body></html>`;
const papersWithCode: TestPage = {
  html: pwHtml,
  name: 'heldout186-paperswithcode-method',
  kind: 'wiki',
  // the description is the article (its inline TeX as written); the "Introduced by ..." line is a byline; the "Source:"
  // lines, the tables' titles and counts, the section titles of the tables, categories, nav and footer are furniture;
  // table header cells are in neither list
  title: pwTitle,
  headings: [],
  body: texts(pwDesc),
  bylines: [pwIntro],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pwNav, 'Edit', pwSource, 'Papers', ...pwPapers.flat(), 'Usage Over Time', 'Proportion of Papers (Quarterly)', 'Tasks', ...pwTasks.flat(),
    'Components', ...pwComponents.flat(), 'Categories', ...pwCategories, ...pwFoot,
  ],
};

export const HELDOUT186_F: readonly TestPage[] = [papersWithCode, labProjectPage];
