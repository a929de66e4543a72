import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout341-kit.js';

/**
 * Held-out batch 341, file b: an Oxygen WebHelp Responsive task topic (header with top menu and search, breadcrumb, navigation
 * links, print and expand buttons, publication TOC, "On this page" topic TOC, related links, feedback and the generated-by
 * footer) and a DITA-OT XHTML concept topic with a company header and footer, child links and the parent topic link.
 */
const oTitle = 'Replacing the spindle drive belt';
const oShort = j(
  'The spindle drive belt stretches and glazes with use. Replace it when the spindle loses speed under load or when the belt',
  'tension check fails twice in a row.',
);
const oContext = [
  j(
    'On the Brannock SR-6 router the belt runs between the motor pulley and the spindle pulley inside the head casing. The job',
    'takes about forty minutes for one person and needs no special tools apart from the tension gauge supplied with the machine.',
  ),
  j(
    'Use only the 8M profile belt listed in the spare parts catalogue. A belt with a different tooth profile will run, but it',
    'wears the pulleys within a few hundred hours.',
  ),
];
const oPrereq = [
  'Switch off the main isolator and lock it in the off position.',
  'Let the spindle motor cool for at least thirty minutes.',
  'Have a new belt, part number SR6-4410, and the tension gauge ready.',
];
const oSteps = [
  'Remove the six M5 screws from the head cover and lift the cover straight up.',
  'Loosen the four motor mounting bolts by two turns each. Do not remove them.',
  'Turn the tension screw anticlockwise until the motor slides towards the spindle and the belt hangs slack.',
  'Lift the old belt off the motor pulley first, then off the spindle pulley.',
  'Fit the new belt on the spindle pulley first, then on the motor pulley, making sure the teeth sit fully in the grooves.',
  'Turn the tension screw clockwise until the gauge reads between 90 and 110 Hz when you pluck the belt at its midpoint.',
  'Tighten the motor mounting bolts to 12 Nm in a cross pattern and check the tension again.',
  'Refit the head cover and its six screws.',
];
const oResult = j(
  'Run the spindle at 6,000 rpm for ten minutes without cutting. The belt should run quietly and stay centred on both pulleys.',
  'Check the tension once more after the first eight hours of work, because a new belt settles slightly.',
);
const oTable = ['Pulley, motor side', 'SR6-4402', 'Pulley, head side', 'SR6-4403', 'Drive belt, 8M profile', 'SR6-4410'];
const oTopMenu = ['Getting started', 'Operation', 'Maintenance', 'Troubleshooting', 'Spare parts'];
const oToc = ['Safety', 'Daily checks', 'Lubrication', 'Spindle', 'Checking belt tension', 'Vacuum table', 'Dust extraction'];
const oRelated = ['Checking belt tension', 'Spindle specifications', 'Ordering spare parts'];
const oHtml = `<!DOCTYPE html><html lang="en-us"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${oShort}">
<meta name="generator" content="DITA-OT"><meta name="wh-path2root" content="../"><meta name="wh-toc-id" content="t_replace_belt-d4e2210">
<meta name="wh-source-relpath" content="topics/t_replace_belt.dita"><meta name="wh-out-relpath" content="topics/t_replace_belt.html">
<title>${oTitle}</title>
<link rel="stylesheet" type="text/css" href="../oxygen-webhelp/app/commons.css?buildId=2026021211">
<link rel="stylesheet" type="text/css" href="../oxygen-webhelp/app/topic.css?buildId=2026021211">
<script src="../oxygen-webhelp/app/options/properties.js?buildId=20260212112"></script>
<script src="../oxygen-webhelp/app/localization/strings.js?buildId=2026021211"></script>
<script src="../oxygen-webhelp/app/search/index/keywords.js?buildId=2026021211"></script>
<script defer src="../oxygen-webhelp/app/topic-page.js?buildId=2026021211"></script>
<link rel="stylesheet" type="text/css" href="../oxygen-webhelp/template/oxygen.css?buildId=2026021211"></head>
<body id="t_replace_belt" class="wh_topic_page frmBody">
<a href="#wh_topic_body" class="sr-only sr-only-focusable">Jump to main content</a>
<header class="navbar navbar-default wh_header"><div class="container-fluid"><div class="wh_header_flex_container navbar-nav navbar-expand-md navbar-dark">
<div class="wh_logo_and_publication_title_container"><div class="wh_logo_and_publication_title">
<a href="../index.html" class=" wh_logo d-none d-sm-block "><img src="../logo_brannock.svg" alt="Brannock SR-6 Service Manual"></a>
<div class=" wh_publication_title "><a href="../index.html"><span class="booktitle"><span class="ph mainbooktitle">Brannock SR-6 Service Manual</span>
</span></a></div></div></div>
<div class="wh_top_menu_and_indexterms_link collapse navbar-collapse" id="wh_top_menu_and_indexterms_link"><nav class=" wh_top_menu "
aria-label="Menu Container"><ul role="menubar" aria-label="Menu">${links(oTopMenu, 'has-children')}</ul></nav>
<div class=" wh_indexterms_link d-flex align-items-center "><a href="../indexTerms.html" title="Index" aria-label="Go to index terms page">
<span>Index</span></a></div></div></div></div></header>
<div class=" wh_search_input navbar-form wh_topic_page_search search " role="form"><form id="searchForm" method="get" role="search"
action="../search.html"><div><input type="search" placeholder="Search " class="wh_search_textfield" id="textToSearch" name="searchQuery"
aria-label="Search query" required="required"><button type="submit" class="wh_search_button" aria-label="Search"><span class="search_input_text">Search</span>
</button></div></form></div>
<div class="container-fluid" id="wh_topic_container"><div class="row"><nav class="wh_tools d-print-none navbar-expand-md" aria-label="Tools">
<div data-tooltip-position="bottom" class=" wh_breadcrumb "><ol class="d-print-none"><li><span class="home"><a href="../index.html"><span>Home</span></a>
</span></li><li><div class="topicref" data-id="maint"><div class="title"><a href="c_maintenance.html">Maintenance</a></div></div></li>
<li><div class="topicref" data-id="spindle"><div class="title"><a href="c_spindle.html">Spindle</a></div></div></li>
<li class="active"><div class="topicref"><div class="title"><a href="t_replace_belt.html">${oTitle}</a></div></div></li></ol></div>
<div class="wh_right_tools"><button class="wh_hide_highlight" aria-label="Toggle search highlights" title="Toggle search highlights"></button>
<button class="webhelp_expand_collapse_sections" data-next-state="collapsed" aria-label="Collapse sections" title="Collapse sections"></button>
<div class=" wh_navigation_links "><span id="topic_navigation_links" class="navheader"><span class="navprev"><a class="link" href="t_check_tension.html"
title="Checking belt tension" aria-label="Previous topic: Checking belt tension" rel="prev"></a></span>
<span class="navnext"><a class="link" href="c_vacuum.html" title="Vacuum table" aria-label="Next topic: Vacuum table" rel="next"></a></span></span></div>
<div class=" wh_print_link print d-none d-md-inline-block "><button onClick="window.print()" title="Print this page" aria-label="Print this page">
</button></div></div></nav></div>
<div class="wh_content_area"><div class="row"><nav id="wh_publication_toc" class="col-lg-3 col-md-3 col-sm-12 d-md-block d-none d-print-none"
aria-label="Table of Contents Container"><div id="wh_publication_toc_content"><div class=" wh_publication_toc " data-tooltip-position="right">
<span class="expand-button-action-labels"><span id="button-expand-action" aria-label="Expand"></span></span>
<ul role="tree" aria-label="Table of Contents">${links(oToc, 'wh-toc-node')}</ul></div></div></nav>
<div class="col-lg-7 col-md-9 col-sm-12" id="wh_topic_body"><button id="wh_close_publication_toc_button"
class="close-toc-button d-none" aria-label="Toggle publishing table of content"></button>
<div class=" wh_topic_content body "><main role="main"><article class="topic task nested0" aria-labelledby="ariaid-title1" id="t_replace_belt">
<h1 class="title topictitle1" id="ariaid-title1">${oTitle}</h1>
<div class="date inPage">Last Modified: February 12, 2026</div>
<div class="body taskbody"><p class="shortdesc">${oShort}</p>
<section class="section context" id="t_replace_belt__context_a1"><div class="tasklabel"><h2 class="sectiontitle tasklabel">About this task</h2></div>
${ps(oContext, ' class="p"')}
<table class="table" id="t_replace_belt__parts"><caption></caption><thead class="thead"><tr class="row"><th class="entry">Part</th>
<th class="entry">Number</th></tr></thead><tbody class="tbody">
${[0, 2, 4].map((i) => `<tr class="row"><td class="entry">${oTable[i]}</td> <td class="entry">${oTable[i + 1]}</td></tr>`).join('\n')}
</tbody></table></section>
<section class="section prereq p"><div class="tasklabel"><h2 class="sectiontitle tasklabel">Before you begin</h2></div><ul class="ul">${lis(oPrereq, 'li')}</ul>
</section>
<section><div class="tasklabel"><h2 class="sectiontitle tasklabel">Procedure</h2></div><ol class="ol steps">
${oSteps.map((s) => `<li class="li step stepexpand"><span class="ph cmd">${s}</span></li>`).join('\n')}</ol></section>
<section class="section result"><div class="tasklabel"><h2 class="sectiontitle tasklabel">Results</h2></div><p class="p">${oResult}</p></section>
<figure class="fig fignone"><figcaption><span class="fig--title-label">Figure 1. </span>Belt path with the head cover removed</figcaption>
<img class="image" src="../images/sr6_belt_path.png" alt="Belt path"></figure></div>
<nav role="navigation" class="related-links"><div class="linklist relinfo"><strong>Related information</strong><br>
<ul class="linklist">${links(oRelated, 'link')}</ul></div></nav></article></main></div>
<div class=" wh-topic-feedback "><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></div>
<nav role="navigation" id="wh_topic_toc" aria-label="On this page" class="col-lg-2 d-none d-lg-block navbar d-print-none">
<div id="wh_topic_toc_content"><div class=" wh_topic_toc "><div class="wh_topic_label">On this page</div><ul>
<li class="section-item"><a href="#t_replace_belt__context_a1">About this task</a></li></ul></div></div></nav></div></div></div>
<footer class="navbar navbar-default wh_footer"><div class=" footer-container mx-auto "><p class="footer-copy">Brannock Machine Tools. Issue 7, 2026.</p>
<div class="generation_time">Generated by &lt;oXygen/&gt; XML WebHelp</div></div></footer>
<div id="go2top" class="d-print-none"><span class="oxy-icon oxy-icon-up"></span></div></body></html>`;
const oxygen: TestPage = {
  name: 'heldout341-oxygen-webhelp-docs',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['About this task', 'Before you begin', 'Procedure', 'Results'],
  body: texts([oShort, ...oContext, ...oTable, ...oPrereq, ...oSteps, oResult]),
  bylines: ['Last Modified: February 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to main content', 'Brannock SR-6 Service Manual', ...oTopMenu, 'Index', 'Home', ...oToc, 'Figure 1. Belt path with the head cover removed',
    'Related information', ...oRelated, 'Was this page helpful?', 'Yes', 'On this page', 'Brannock Machine Tools. Issue 7, 2026.',
    'Generated by <oXygen/> XML WebHelp',
  ],
};

const dTitle = 'How the frost protection cycle works';
const dShort = j(
  'The Tervik HP-12 heat pump runs a frost protection cycle whenever the water in its outdoor unit could freeze, even when',
  'no heating is requested.',
);
const dWhy = [
  j(
    'The outdoor unit holds about four litres of water in its plate heat exchanger and connecting pipes. If that water freezes, the',
    'plates can split, and a split exchanger cannot be repaired on site. Frost protection keeps the water moving and, when needed,',
    'warms it just enough to stay above freezing.',
  ),
  j(
    'The cycle is built into the controller and cannot be switched off from the user menu. Installers can change its thresholds,',
    'but the factory values suit almost every installation in a temperate climate.',
  ),
];
const dStages = [
  j(
    '<b>Stage 1, circulation.</b> When the outdoor air falls below 3 °C and the water in the unit falls below 7 °C, the circulation',
    'pump runs for five minutes in every thirty.',
  ),
  '<b>Stage 2, heating.</b> If the water keeps cooling and reaches 4 °C, the compressor starts at its lowest speed and heats the water to 12 °C.',
  '<b>Stage 3, backup heater.</b> If the compressor cannot run, for example during a fault, the backup heater in the indoor unit takes over.',
];
const dPower = [
  j(
    'All three stages need mains power. During a power cut the unit is protected only by its glycol charge, if one was fitted,',
    'or by the anti-freeze valves on the flow and return pipes, which open at about 3 °C and drain water from the outdoor',
    'unit.',
  ),
  j(
    'If you expect a long power cut in freezing weather and no anti-freeze valves are fitted, ask your installer whether the outdoor',
    'unit should be drained. Never drain the system yourself unless the installer has shown you how.',
  ),
];
const dCost = j(
  'Frost protection uses very little energy: in a typical winter it accounts for less than one percent of the unit&#39;s',
  'consumption. The hours it ran are shown under <b>Info &gt; Operating data</b> as "Frost protection hours".',
);
const dChildren = ['Setting the frost protection thresholds', 'Checking the anti-freeze valves'];
const dHtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-gb" lang="en-gb"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="copyright" content="(C) Copyright 2026" /><meta name="DC.rights.owner" content="(C) Copyright 2026" />
<meta name="DC.Type" content="concept" /><meta name="DC.Title" content="${dTitle}" /><meta name="abstract" content="${dShort}" />
<meta name="description" content="${dShort}" /><meta name="DC.Relation" scheme="URI" content="../topics/c_protection_functions.html" />
<meta name="DC.Format" content="XHTML" /><meta name="DC.Identifier" content="c_frost_protection" /><meta name="DC.Language" content="en-gb" />
<link rel="stylesheet" type="text/css" href="../commonltr.css" /><link rel="stylesheet" type="text/css" href="../tervik.css" />
<title>${dTitle}</title></head>
<body id="c_frost_protection"><div class="tv-header"><a href="../index.html"><img src="../img/tervik.png" alt="Tervik" /></a>
<span class="tv-doc">HP-12 User and Installer Guide</span> <span class="tv-doc-no">Document 7731-EN, revision C</span>
<a class="tv-pdf" href="../pdf/7731-EN.pdf">Download PDF</a></div>
<h1 class="title topictitle1" id="ariaid-title1">${dTitle}</h1>
<div class="body conbody"><p class="shortdesc">${dShort}</p>
<div class="section" id="c_frost_protection__why"><h2 class="title sectiontitle">Why it is needed</h2>
${ps(dWhy, ' class="p"')}</div>
<div class="section" id="c_frost_protection__stages"><h2 class="title sectiontitle">The three stages</h2>
<ol class="ol">${lis(dStages, 'li')}</ol>
<div class="fig fignone" id="c_frost_protection__fig"><span class="figcap"><span class="fig--title-label">Figure 3. </span>Frost protection stages and
water temperature</span><br /><img class="image" src="../img/frost_stages.svg" alt="" /></div></div>
<div class="section" id="c_frost_protection__power"><h2 class="title sectiontitle">During a power cut</h2>
${ps(dPower, ' class="p"')}
<div class="note attention"><span class="attentiontitle">Attention:</span> Do not switch off the heat pump at the isolator in winter to save energy:
this also switches off frost protection.</div></div>
<div class="section" id="c_frost_protection__cost"><h2 class="title sectiontitle">Energy use</h2><p class="p">${dCost}</p></div></div>
<div class="related-links"><ul class="ullinks">
${dChildren.map((c) => `<li class="link ulchildlink"><strong><a href="../topics/t_${c.length}.html">${c}</a></strong><br /></li>`).join('\n')}</ul>
<div class="familylinks"><div class="parentlink"><strong>Parent topic:</strong> <a class="link" href="../topics/c_protection_functions.html">Protection
functions</a></div></div></div>
<div class="tv-footer"><p>© 2026 Tervik Climate AB. Specifications may change without notice.</p><p><a href="../index.html">Contents</a> |
<a href="../glossary.html">Glossary</a> | <a href="https://tervik.example/contact">Contact</a></p></div></body></html>`;
const dita: TestPage = {
  name: 'heldout341-dita-ot-xhtml-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Why it is needed', 'The three stages', 'During a power cut', 'Energy use'],
  body: texts([
    dShort,
    ...dWhy,
    ...dStages,
    ...dPower,
    'Attention: Do not switch off the heat pump at the isolator in winter to save energy: this also switches off frost protection.',
    dCost,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HP-12 User and Installer Guide', 'Document 7731-EN, revision C', 'Download PDF', 'Figure 3. Frost protection stages and water temperature',
    ...dChildren, 'Parent topic:', 'Protection functions', '© 2026 Tervik Climate AB. Specifications may change without notice.', 'Contents', 'Glossary',
    'Contact',
  ],
};

export const HELDOUT341_B: readonly TestPage[] = [oxygen, dita];
