import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';

/**
 * Held-out batch 422, file d2: an entry of a national food composition database on a server-rendered Bootstrap 3 app (language
 * switcher, navbar, breadcrumbs, "Compare" and "Add to basket" buttons, nutrient tabs, a DataTables component table with its
 * length menu and paging, source notes, release line and footer).
 */
const nTitle = 'Rye bread, sourdough, wholemeal, with sunflower seeds';
const nLang = ['Suomi', 'Svenska', 'English'];
const nNav = ['Search foods', 'Food groups', 'Components', 'Downloads', 'Documentation', 'About the database'];
const nDesc = [
  j(
    'Wholemeal rye bread leavened with a sourdough starter, containing about 8 per cent sunflower seeds by weight of the baked loaf.',
    'The composition is a weighted mean of six commercial loaves bought in 2024 from bakeries in the three largest cities.',
  ),
  j(
    'The food is classified in the food group "Rye bread and crispbread" and in the FoodEx2 classification as "Rye bread, wholemeal".',
    'Values are given per 100 grams of edible portion; no preparation losses apply.',
  ),
];
const nRows: readonly (readonly string[])[] = [
  ['Energy, calculated', '1026 kJ', 'C'],
  ['Fat, total', '6.1 g', 'A'],
  ['Carbohydrate, available', '35.7 g', 'A'],
  ['Fibre, total', '11.4 g', 'A'],
  ['Protein, total', '8.3 g', 'A'],
  ['Sugars, total', '2.2 g', 'A'],
  ['Salt', '1.02 g', 'C'],
  ['Iron, total', '2.9 mg', 'A'],
  ['Thiamin (vitamin B1)', '0.21 mg', 'B'],
  ['Folate, total', '46 µg', 'B'],
];
const nQual = [
  'A: analysed value from samples of this food.',
  'B: analysed value from a similar food, adjusted for the difference in composition.',
  'C: calculated value, for example from other components or a recipe.',
];
const nSrc = [
  j(
    "Proximate components and minerals were analysed by the Institute's laboratory in 2024. Vitamin values were borrowed from the entry",
    'for wholemeal rye bread without seeds and adjusted for the seed content. Energy is calculated using the conversion factors of',
    'Regulation (EU) No 1169/2011.',
  ),
];
const nFoot = ['Accessibility statement', 'Privacy notice', 'Open data licence', 'Contact the database team'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} - Nordmark Food Composition Database</title>
<link href="/static/bootstrap-3.4.1/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/datatables/1.10.25/css/dataTables.bootstrap.min.css" rel="stylesheet">
<link href="/static/css/fcdb.css?v=24.1" rel="stylesheet"><script src="/static/jquery/jquery-3.6.0.min.js"></script></head>
<body><div class="lang-bar"><div class="container"><ul class="list-inline pull-right">${links(nLang)}</ul></div></div>
<nav class="navbar navbar-default navbar-static-top"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed"
data-toggle="collapse" data-target="#navbar"><span class="sr-only">Toggle navigation</span></button>
<a class="navbar-brand" href="/en/">Nordmark Food Composition Database</a></div>
<div id="navbar" class="navbar-collapse collapse"><ul class="nav navbar-nav">${links(nNav)}</ul></div></div></nav>
<div class="container" id="main"><ol class="breadcrumb"><li><a href="/en/">Home</a></li><li><a href="/en/foodgroups/BREAD">Breads</a></li>
<li class="active">Food 33182</li></ol>
<div class="page-header"><h1>${nTitle}</h1><p class="lead"><small>Food ID 33182</small></p>
<div class="btn-toolbar"><button class="btn btn-default btn-sm" id="compare">Compare</button>
<button class="btn btn-primary btn-sm" id="basket">Add to basket</button>
<a class="btn btn-link btn-sm" href="javascript:window.print()">Print</a></div></div>
<div class="row"><div class="col-md-8"><div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Description</h2></div>
<div class="panel-body">${ps(nDesc)}</div></div>
<ul class="nav nav-tabs" role="tablist"><li role="presentation" class="active"><a href="#main-components" role="tab">Main components</a></li>
<li role="presentation"><a href="#vitamins" role="tab">Vitamins</a></li><li role="presentation"><a href="#minerals" role="tab">Minerals</a></li>
<li role="presentation"><a href="#fatty-acids" role="tab">Fatty acids</a></li></ul>
<div class="tab-content"><div role="tabpanel" class="tab-pane active" id="main-components"><h2 class="sr-only-focusable h3">Components per 100 g</h2>
<div id="components_wrapper" class="dataTables_wrapper form-inline dt-bootstrap no-footer"><div class="dataTables_length" id="components_length"><label>Show
<select name="components_length" class="form-control input-sm"><option value="10">10</option><option value="25">25</option></select> entries</label></div>
<div id="components_filter" class="dataTables_filter"><label>Filter: <input type="search" class="form-control input-sm"></label></div>
<table id="components" class="table table-striped table-condensed dataTable no-footer" role="grid"><thead>${tr(['Component', 'Value', 'Quality'], 'th')}</thead>
<tbody>${nRows.map((r) => tr(r)).join('\n')}</tbody></table>
<div class="dataTables_info" id="components_info" role="status" aria-live="polite">Showing 1 to 10 of 58 entries</div>
<div class="dataTables_paginate paging_simple_numbers"><ul class="pagination"><li class="paginate_button previous disabled"><a href="#">Previous</a></li>
<li class="paginate_button next"><a href="#">Next</a></li></ul></div></div></div></div>
<h2 class="h3">Quality codes</h2><ul class="list-unstyled quality-codes">${nQual.map((q) => `<li>${q}</li>`).join('\n')}</ul>
<h2 class="h3">Sources and methods</h2>${ps(nSrc)}</div>
<div class="col-md-4"><div class="well well-sm"><h3 class="h4">Similar foods</h3><ul class="list-unstyled">${links([
  'Rye bread, wholemeal, without seeds',
  'Rye crispbread, wholemeal',
  'Mixed grain bread, with seeds',
])}</ul></div><div class="well well-sm"><p>Cite as: Nordmark Food Composition Database, Release 24 (2025), food 33182.</p></div></div></div></div>
<footer class="footer"><div class="container"><ul class="list-inline">${links(nFoot)}</ul>
<p class="text-muted">Nordmark Institute for Food and Health · Release 24, published 2 December 2025</p></div></footer>
<script src="/static/bootstrap-3.4.1/js/bootstrap.min.js"></script><script src="/static/datatables/1.10.25/js/jquery.dataTables.min.js"></script>
<script>$(function(){ $('#components').DataTable({"pageLength":10,"order":[]}); });</script></body></html>`;
export const fcdb: TestPage = {
  name: 'heldout422-bootstrap-food-composition-entry',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Description', 'Components per 100 g', 'Quality codes', 'Sources and methods'],
  body: [...texts(nDesc), ...rowTexts(nRows), ...nQual, ...texts(nSrc)],
  bylines: ['Release 24, published 2 December 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nLang, 'Toggle navigation', 'Nordmark Food Composition Database', ...nNav, 'Home', 'Breads', 'Food 33182', 'Food ID 33182', 'Compare',
    'Add to basket', 'Print', 'Main components', 'Vitamins', 'Minerals', 'Fatty acids', 'Show', 'entries', 'Filter:', 'Showing 1 to 10 of 58 entries',
    'Previous', 'Next', 'Similar foods', 'Rye bread, wholemeal, without seeds', 'Rye crispbread, wholemeal', 'Mixed grain bread, with seeds',
    'Cite as: Nordmark Food Composition Database, Release 24 (2025), food 33182.', ...nFoot, 'Nordmark Institute for Food and Health',
  ],
};
