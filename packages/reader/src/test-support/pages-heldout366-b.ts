import { links, ps, type TestPage, texts } from './page-kit.js';
import { pubchem } from './pages-heldout366-b2.js';
import { j, lis } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file b: an RCSB PDB structure summary page (Bootstrap 3 template: the top bar with the
 * PDB-101 / wwPDB / EMDataResource links, the search bar, the structure tabs, the download and "Display Files" menus,
 * the 3D viewer card and its caption, the deposition data, the wwPDB validation slider, the "Macromolecule Content"
 * and "Ligands" panels, the primary citation with its abstract, and the footer with the funders) and, from file b2, a
 * PubChem compound summary.
 */
const rTitle = '9QKM';
const rSubtitle = 'Cryo-EM structure of the kevrin 2 ferroxidase dimer bound to ferric citrate';
const rAbstract = [
  j(
    'Dietary iron leaves the intestine through a pathway that couples export across the basolateral membrane with oxidation of',
    'ferrous to ferric iron. Here we report cryo-EM structures of the membrane ferroxidase kevrin 2 from the iron-bellied coast',
    'mouse in the apo state and bound to ferric citrate, at resolutions of 3.1 and 2.7 angstroms.',
  ),
  j(
    'The protein forms a head-to-head dimer in which six cupredoxin-like domains of each protomer fold into a triangular',
    'platform that rests on the membrane. A positively charged channel between the two platforms leads from the trinuclear',
    'copper centre to a shallow pocket where the ferric citrate is held by two tyrosines and a glutamate.',
  ),
  j(
    'Mutation of these residues reduced iron release to transferrin in reconstituted vesicles without changing the rate of',
    'oxidation, suggesting that the pocket acts as a hand-off site rather than a catalytic one. Together, the structures explain',
    'how oxidation and loading are kept close in space and provide a model for disease variants that cluster along the channel.',
  ),
];
const rMacro = [
  'Total Structure Weight: 252.36 kDa',
  'Atom Count: 16,904',
  'Modeled Residue Count: 2,046',
  'Deposited Residue Count: 2,208',
  'Unique protein chains: 1',
];
const rLigands = ['CU: COPPER (II) ION (12 instances)', 'FCT: FERRIC CITRATE (2 instances)', 'NAG: 2-acetamido-2-deoxy-beta-D-glucopyranose (8 instances)'];
const rExp = ['Method: ELECTRON MICROSCOPY', 'Resolution: 2.70 Å', 'Aggregation State: PARTICLE', 'Reconstruction Method: SINGLE PARTICLE'];
const rTop = ['PDB-101', 'wwPDB', 'EMDataResource', 'NAKB', 'Deposition', 'Search', 'Visualize', 'Analyze', 'Download', 'Learn', 'More'];
const rTabs = ['Structure Summary', '3D View', 'Annotations', 'Experiment', 'Sequence', 'Genome', 'Versions'];
const rFoot = ['About Us', 'Citing Us', 'Publications', 'Team', 'Careers', 'Usage Policy', 'Contact Us', 'Privacy Policy'];
const rFunders = 'RCSB PDB is funded by the National Science Foundation, the National Institutes of Health, and the US Department of Energy.';
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RCSB PDB - 9QKM: ${rSubtitle}</title>
<meta name="description" content="${rSubtitle}"><meta property="og:image" content="https://cdn.rcsb.example/images/structures/9qkm_assembly-1.jpeg">
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/rcsb.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"9QKM","description":"${rSubtitle}",
"identifier":"https://doi.org/10.2210/pdb9QKM/pdb","isAccessibleForFree":true}</script>
<script>window.RC = {"entryId":"9QKM","molstar":true};</script><script async src="/js/rcsb-molstar.js"></script></head>
<body><div id="rcsb-header"><div class="container"><ul class="list-inline pull-right" id="headerLinks">${links(rTop.slice(0, 4))}</ul>
<a href="/" id="logo"><img src="/img/rcsb-logo.png" alt="RCSB PDB"></a>
<form id="search-bar-component" class="form-inline"><input class="form-control" placeholder="Enter search terms">
<button class="btn btn-default">Advanced Search</button></form>
<nav class="navbar navbar-default"><ul class="nav navbar-nav">${links(rTop.slice(4), 'dropdown')}</ul></nav></div></div>
<div class="container" id="maincontentcontainer"><ul class="nav nav-tabs" id="structureTabs">${links(rTabs)}</ul>
<div class="row"><div class="col-md-3 col-sm-12" id="structureImage"><div class="panel panel-default">
<div class="carousel-inner"><img src="https://cdn.rcsb.example/images/structures/9qkm_assembly-1.jpeg" alt="9QKM"></div>
<div class="carousel-caption">Biological Assembly 1</div><a class="btn btn-xs" href="#">3D View: Structure | 1D-3D View | Validation Report</a>
<p class="small">Global Symmetry: Cyclic - C2</p></div></div>
<div class="col-md-9 col-sm-12"><div id="structureTitle"><h1 id="structureID">${rTitle}</h1>
<h4 id="structureTitle2"><span id="structureTitle">${rSubtitle}</span></h4></div>
<div class="dropdown" id="DownloadFilesButton"><button class="btn btn-primary">Download Files</button>
<button class="btn btn-default">Data API</button></div>
<div id="header_doi"><strong>PDB DOI:</strong> https://doi.org/10.2210/pdb9QKM/pdb</div>
<div id="header_classification"><strong>Classification:</strong> OXIDOREDUCTASE</div>
<div id="header_organism"><strong>Organism(s):</strong> Thalassomys ferreus</div>
<div id="header_deposited-released-dates"><span>Deposited: 2025-06-11</span> <span>Released: 2026-01-21</span></div>
<div id="header_deposition-authors"><span>Deposition Author(s): Marlowe, E.R., Quenby, T., Asaolu, F.O., Lindqvist, H.</span></div>
<div class="validation-slider"><span>wwPDB Validation</span> <a href="#">3D Report</a> <a href="#">Full Report</a>
<span class="note">This is version 1.0 of the entry.</span></div>
<div class="panel panel-default" id="exp_header_0_em"><div class="panel-heading"><h4 class="panel-title">Experimental Data Snapshot</h4></div>
<div class="panel-body"><ul class="list-unstyled">${lis(rExp)}</ul></div></div>
<div class="panel panel-default" id="literaturepanel"><div class="panel-heading"><h4 class="panel-title">Literature</h4></div>
<div class="panel-body"><div id="primarycitation"><h4>Structural basis for coupled iron oxidation and transferrin loading by kevrin 2</h4>
<p id="pubmedLinks">Marlowe, E.R., Quenby, T., Asaolu, F.O., Lindqvist, H.</p><p class="citation-journal">(2026) Nat Struct Biol Rep 33: 412-425</p>
<div class="abstract"><h5>Abstract</h5>${ps(rAbstract)}</div></div></div></div>
<div class="panel panel-default" id="macromoleculespanel"><div class="panel-heading"><h4 class="panel-title">Macromolecule Content</h4></div>
<div class="panel-body"><ul class="list-unstyled">${lis(rMacro)}</ul></div></div>
<div class="panel panel-default" id="ligandspanel"><div class="panel-heading"><h4 class="panel-title">Small Molecules</h4></div>
<div class="panel-body"><ul class="list-unstyled">${lis(rLigands)}</ul><p class="small">Find similar ligands: Chemical Sketch Tool</p></div></div>
<div class="panel panel-default"><div class="panel-heading"><h4 class="panel-title">Entry History &amp; Funding Information</h4></div>
<div class="panel-body"><p>Deposition Data: Released Date: 2026-01-21, Deposition Date: 2025-06-11</p></div></div>
</div></div></div>
<footer id="footer"><div class="container"><ul class="list-inline">${links(rFoot)}</ul><p>${rFunders}</p>
<p>RCSB PDB is a member of the wwPDB</p></div></footer>
<div id="cookie-consent" class="alert alert-info">This site uses cookies to make your visit more useful. <a href="/pages/policies">Learn more</a>
<button class="btn btn-sm">OK</button></div></body></html>`;
export const pdb: TestPage = {
  name: 'heldout366-rcsb-pdb-structure',
  kind: 'wiki',
  html: rHtml,
  title: rTitle,
  headings: [
    'Experimental Data Snapshot',
    'Literature',
    'Structural basis for coupled iron oxidation and transferrin loading by kevrin 2',
    'Abstract',
    'Macromolecule Content',
    'Small Molecules',
  ],
  body: texts([rSubtitle, ...rExp, ...rAbstract, ...rMacro, ...rLigands]),
  bylines: [
    'Deposited: 2025-06-11',
    'Released: 2026-01-21',
    'Deposition Author(s): Marlowe, E.R., Quenby, T., Asaolu, F.O., Lindqvist, H.',
    'Deposition Data: Released Date: 2026-01-21, Deposition Date: 2025-06-11',
    'Marlowe, E.R., Quenby, T., Asaolu, F.O., Lindqvist, H.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rTop, 'Advanced Search', ...rTabs, 'Biological Assembly 1', '3D View: Structure | 1D-3D View | Validation Report', 'Global Symmetry: Cyclic - C2',
    'Download Files', 'Data API', 'PDB DOI: https://doi.org/10.2210/pdb9QKM/pdb', 'Classification: OXIDOREDUCTASE', 'Organism(s): Thalassomys ferreus',
    'wwPDB Validation', '3D Report', 'Full Report', 'This is version 1.0 of the entry.', '(2026) Nat Struct Biol Rep 33: 412-425',
    'Find similar ligands: Chemical Sketch Tool', 'Entry History & Funding Information', ...rFoot, rFunders, 'RCSB PDB is a member of the wwPDB',
    'This site uses cookies to make your visit more useful.', 'Learn more',
  ],
};

export const HELDOUT366_B: readonly TestPage[] = [pdb, pubchem];
