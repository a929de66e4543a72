import { type TestPage, texts } from './page-kit.js';
import { debianBug } from './pages-heldout47-a2.js';

/**
 * Held-out batch 47, file a: a MantisBT 2.x bug on a project's public tracker (the Bootstrap/ace navbar and sidebar, the
 * "View Issue Details" widget with its field table, Description, Steps To Reproduce and Additional Information rows, tags,
 * attached files, the Relationships widget, the Activities widget with four notes, the Issue History table and the footer).
 */
const mtTitle = 'Imported DXF hatches lose their pattern when the layer name contains a dot';
const mtDesc = [
  'When a DXF file is imported, any hatch whose layer name contains a dot (for example "A-WALL.FIRE") comes in as an empty ' +
    'boundary. The outline is there and can be selected, but the pattern fill is gone and the Properties panel shows the hatch ' +
    'style as "None".',
  'Layers without a dot in the name import correctly from the same file, so this is not a problem with the pattern definitions ' +
    'themselves. We see it on every drawing from one of our consultants, who puts the fire rating after a dot in the layer name, ' +
    'and we end up re-hatching about forty walls per floor plan by hand.',
  'This worked in 5.1.4. It started after updating to 5.2.0 and is still there in 5.2.1.',
];
const mtSteps = [
  '1. Create a new drawing and add a layer named "WALL.TEST".',
  '2. Draw a closed rectangle on that layer and fill it with the ANSI31 hatch.',
  '3. Export as DXF (R2018), then start a new drawing and import the exported file.',
  '4. Select the rectangle: the boundary is present but the hatch is missing.',
];
const mtInfo =
  'Sample file attached (dotted-layers.dxf). Renaming the layer to "WALL_TEST" before import is a workaround, but it breaks the ' +
  'layer standard the consultant has to follow, so we cannot ask them to do it.';
const mtNotes: [string, string, string, string, string[]][] = [
  [
    '9411',
    'r.delacroix',
    'developer',
    '2025-08-20 11:02',
    [
      'Thanks for the sample, I can reproduce it on the current master. The DXF reader splits the hatch owner reference at the ' +
        'first dot to separate a block name from the layer name, a shortcut that came in with 5.2.0 when we added nested blocks. ' +
        'For a layer called "WALL.TEST" it looks for a block named "WALL" and, when there is none, silently drops the fill.',
      'I will change the lookup to use the entity handle instead of the name. It should make 5.2.2.',
    ],
  ],
  [
    '9418',
    'mkovac',
    'reporter',
    '2025-08-20 14:37',
    [
      'Great, thank you. Is there any chance the fix can also repair drawings that were already imported and saved in 5.2.x, or ' +
        'do we need to import the original files again?',
    ],
  ],
  [
    '9425',
    'r.delacroix',
    'developer',
    '2025-08-21 08:50',
    [
      'The saved drawings no longer contain the pattern data, so they cannot be repaired after the fact. You will need to import ' +
        'the original DXF files again once 5.2.2 is out. I will put a line about this in the release notes.',
    ],
  ],
  [
    '9502',
    'r.delacroix',
    'developer',
    '2025-09-03 16:52',
    [
      'Fixed in 5.2.2, released today. I tested it with your sample and with the drawings in our own test suite that use dots, ' +
        'dashes and spaces in layer names.',
    ],
  ],
];
const mtHistory = [
  ['2025-08-19 09:14', 'mkovac', 'New Issue', ''],
  ['2025-08-19 09:14', 'mkovac', 'File Added: dotted-layers.dxf', ''],
  ['2025-08-20 11:02', 'r.delacroix', 'Assigned To', '=&gt; r.delacroix'],
  ['2025-08-20 11:02', 'r.delacroix', 'Status', 'new =&gt; assigned'],
  ['2025-08-20 11:02', 'r.delacroix', 'Note Added: 0009411', ''],
  ['2025-08-20 14:37', 'mkovac', 'Note Added: 0009418', ''],
  ['2025-08-21 08:50', 'r.delacroix', 'Note Added: 0009425', ''],
  ['2025-08-21 09:03', 'mkovac', 'Note Edited: 0009418', ''],
  ['2025-09-03 16:52', 'r.delacroix', 'Note Added: 0009502', ''],
  ['2025-09-03 16:52', 'r.delacroix', 'Status', 'assigned =&gt; resolved'],
  ['2025-09-03 16:52', 'r.delacroix', 'Resolution', 'open =&gt; fixed'],
  ['2025-09-03 16:52', 'r.delacroix', 'Fixed in Version', '=&gt; 5.2.2'],
];
const mtSide = ['My View', 'View Issues', 'Roadmap', 'Change Log', 'Summary'];
const mtNote = ([id, user, role, when, paras]: (typeof mtNotes)[number]) => `<tr class="bugnote visible-on-hover-toggle" id="c000${id}">
<td class="category"><div class="pull-left padding-2">
<img class="autofit" src="https://secure.gravatar.com/avatar/0d1c${id}?d=identicon&amp;r=G&amp;s=80" alt="">
</div><div class="pull-left padding-2"><p class="no-margin"><i class="fa fa-user grey"></i>
<a href="/view_user_page.php?id=${user === 'mkovac' ? 311 : 4}">${user}</a></p>
<p class="no-margin small lighter"><i class="fa fa-clock-o grey"></i> ${when}${
  id === '9418' ? '</p>\n<p class="no-margin small lighter"><i class="fa fa-edit grey"></i> edited on: 2025-08-21 09:03' : ''
}</p>
<p class="no-margin"><span class="label label-sm label-default arrowed-in-right">${role}</span>&nbsp;<i class="fa fa-link grey"></i>
<a rel="bookmark" href="/view.php?id=4127#c${id}" class="lighter" title="Direct link to note">~000${id}</a></p>
<div class="clearfix"></div><div class="space-2"></div></div></td>
<td class="bugnote-note bugnote-public">${paras.join('<br />\n<br />\n')}</td></tr>
<tr class="spacer"><td colspan="2"></td></tr>`;
const mtSideItem = (t: string) =>
  `<li><a href="/${t.toLowerCase().replace(/ /g, '_')}_page.php"><i class="menu-icon fa fa-list-alt"></i>` +
  `<span class="menu-text"> ${t} </span></a><b class="arrow"></b></li>`;
const mtHistRow = ([d, u, f, c]: string[]) =>
  `<tr><td class="small-caption">${d}</td><td class="small-caption"><a href="/view_user_page.php">${u}</a></td>` +
  `<td class="small-caption">${f}</td><td class="small-caption">${c}</td></tr>`;
const mtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>0004127: ${mtTitle} - Tessera Bug Tracker</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<link rel="stylesheet" type="text/css" href="/css/bootstrap-3.4.1.min.css"><link rel="stylesheet" type="text/css" href="/css/ace.min.css">
<link rel="stylesheet" type="text/css" href="/css/status_config.php?cache_key=8d2f61"><link rel="shortcut icon" href="/images/favicon.ico" type="image/x-icon">
<script src="/javascript_config.php?cache_key=8d2f61"></script><script src="/js/jquery-2.2.4.min.js"></script>
<script src="/js/common.js"></script></head>
<body class="skin-3">
<div id="navbar" class="navbar navbar-default navbar-collapse navbar-fixed-top noprint"><div id="navbar-container" class="navbar-container">
<button id="menu-toggler" type="button" class="navbar-toggle menu-toggler pull-left hidden-lg hidden-md" data-target="#sidebar">
<span class="sr-only">Toggle sidebar</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
<div class="navbar-header"><a href="/my_view_page.php" class="navbar-brand"><span class="smaller-75"> Tessera Bug Tracker </span></a>
<button type="button" class="navbar-toggle navbar-toggle-img collapsed pull-right hidden-sm hidden-md hidden-lg" data-toggle="collapse"
data-target=".navbar-buttons,.navbar-menu"><span class="sr-only">Toggle user menu</span><i class="fa fa-user fa-2x white"></i></button></div>
<div class="navbar-buttons navbar-header navbar-collapse collapse"><ul class="nav ace-nav">
<li class="grey"><a href="/login_page.php?return=%2Fview.php%3Fid%3D4127" class="dropdown-toggle"><i class="fa fa-sign-in ace-icon"></i>
<span class="user-info">Login</span></a></li></ul></div></div></div>
<div class="main-container" id="main-container">
<div id="sidebar" class="sidebar sidebar-fixed responsive compact"><ul class="nav nav-list">
${mtSide.map(mtSideItem).join('\n')}
</ul><div id="sidebar-btn" class="sidebar-toggle sidebar-collapse"><i data-icon1="fa-angle-double-left" data-icon2="fa-angle-double-right"
class="ace-icon fa fa-angle-double-left"></i></div></div>
<div class="main-content"><div id="breadcrumbs" class="breadcrumbs noprint"><ul class="breadcrumb">
<li><i class="fa fa-user home-icon active"></i> anonymous</li><li><a href="/login_page.php">Login</a></li>
<li><a href="/signup_page.php">Signup for a new account</a></li></ul>
<div class="nav-search" id="nav-search"><form class="form-search" method="post" action="/jump_to_bug.php">
<span class="input-icon"><input type="text" name="bug_id" autocomplete="off" class="nav-search-input" placeholder="Issue #">
<i class="fa fa-search ace-icon nav-search-icon"></i></span></form></div></div>
<div class="page-content"><div class="row">
<div class="col-md-12 col-xs-12"><div class="widget-box widget-color-blue2">
<div class="widget-header widget-header-small"><h4 class="widget-title lighter"><i class="ace-icon fa fa-bars"></i> View Issue Details</h4>
<div class="widget-toolbar no-border"><div class="widget-menu"><div class="btn-group pull-left">
<a class="btn btn-primary btn-white btn-round btn-sm" href="#bugnotes">Jump to Notes</a>
<a class="btn btn-primary btn-white btn-round btn-sm" href="#history">Jump to History</a></div></div></div></div>
<div class="widget-body"><div class="widget-main no-padding"><div class="table-responsive">
<table class="table table-bordered table-condensed"><tbody>
<tr class="bug-header"><th class="bug-id category" width="15%">ID</th><th class="bug-project category" width="20%">Project</th>
<th class="bug-category category" width="15%">Category</th><th class="bug-view-status category" width="15%">View Status</th>
<th class="bug-date-submitted category" width="15%">Date Submitted</th><th class="bug-last-modified category" width="20%">Last Update</th></tr>
<tr class="bug-header-data"><td class="bug-id">0004127</td><td class="bug-project">Tessera Desktop</td>
<td class="bug-category">[Tessera Desktop] Import/Export</td><td class="bug-view-status">public</td>
<td class="bug-date-submitted">2025-08-19 09:14</td><td class="bug-last-modified">2025-09-03 16:52</td></tr>
<tr class="spacer"><td colspan="6"></td></tr><tr class="hidden"></tr>
<tr><th class="bug-reporter category">Reporter</th><td class="bug-reporter"><a href="/view_user_page.php?id=311">mkovac</a></td>
<th class="bug-assigned-to category">Assigned To</th><td class="bug-assigned-to"><a href="/view_user_page.php?id=4">r.delacroix</a></td>
<td colspan="2">&#160;</td></tr>
<tr><th class="bug-priority category">Priority</th><td class="bug-priority">normal</td><th class="bug-severity category">Severity</th>
<td class="bug-severity">major</td><th class="bug-reproducibility category">Reproducibility</th><td class="bug-reproducibility">always</td></tr>
<tr><th class="bug-status category">Status</th><td class="bug-status"><i class="fa fa-square fa-status-box status-80-fg"></i> resolved</td>
<th class="bug-resolution category">Resolution</th><td class="bug-resolution">fixed</td><td colspan="2">&#160;</td></tr>
<tr><th class="bug-platform category">Platform</th><td class="bug-platform">x86_64</td><th class="bug-os category">OS</th><td class="bug-os">Windows</td>
<th class="bug-os-version category">OS Version</th><td class="bug-os-version">11 23H2</td></tr>
<tr><th class="bug-product-version category">Product Version</th><td class="bug-product-version">5.2.1</td>
<th class="bug-target-version category">Target Version</th><td class="bug-target-version">5.2.2</td>
<th class="bug-fixed-in-version category">Fixed in Version</th><td class="bug-fixed-in-version">5.2.2</td></tr>
<tr class="spacer"><td colspan="6"></td></tr><tr class="hidden"></tr>
<tr><th class="bug-summary category">Summary</th><td class="bug-summary" colspan="5">0004127: ${mtTitle}</td></tr>
<tr><th class="bug-description category">Description</th><td class="bug-description" colspan="5">${mtDesc.join('<br />\n<br />\n')}</td></tr>
<tr><th class="bug-steps-to-reproduce category">Steps To Reproduce</th><td class="bug-steps-to-reproduce" colspan="5">${mtSteps.join('<br />\n')}</td></tr>
<tr><th class="bug-additional-information category">Additional Information</th><td class="bug-additional-information" colspan="5">${mtInfo}</td></tr>
<tr class="spacer"><td colspan="6"></td></tr><tr class="hidden"></tr>
<tr><th class="bug-tags category">Tags</th><td class="bug-tags" colspan="5"><a class="btn btn-xs btn-primary btn-white btn-round"
href="/tag_view_page.php?tag_id=12" title="DXF and DWG exchange">dxf</a> <a class="btn btn-xs btn-primary btn-white btn-round"
href="/tag_view_page.php?tag_id=3" title="Worked in an earlier release">regression</a></td></tr>
<tr><th class="bug-attachments category">Attached Files</th><td class="bug-attachments" colspan="5">
<div class="well well-xs"><a href="/file_download.php?file_id=2206&amp;type=bug"><i class="fa fa-file-o"></i></a>
<a href="/file_download.php?file_id=2206&amp;type=bug">dotted-layers.dxf</a> (48,211 bytes) <span class="grey">2025-08-19 09:14</span></div></td></tr>
</tbody></table></div></div></div></div></div>
<div class="col-md-12 col-xs-12"><div class="space-10"></div><div id="relationships" class="widget-box widget-color-blue2">
<div class="widget-header widget-header-small"><h4 class="widget-title lighter"><i class="ace-icon fa fa-sitemap"></i> Relationships</h4>
<div class="widget-toolbar"><a data-action="collapse" href="#"><i class="1 ace-icon fa fa-chevron-up bigger-125"></i></a></div></div>
<div class="widget-body"><div class="widget-main no-padding"><table class="table table-bordered table-condensed table-hover"><tbody>
<tr><td><span class="nowrap">related to</span></td><td><a href="/view.php?id=3988">0003988</a></td>
<td><i class="fa fa-square fa-status-box status-90-fg"></i> <span class="issue-status" title="fixed">closed</span></td>
<td><span class="nowrap"><a href="/view_user_page.php?id=4">r.delacroix</a></span></td>
<td>Layer names with spaces are cut short in SVG export</td><td>&#160;</td></tr></tbody></table></div></div></div></div>
<div class="col-md-12 col-xs-12"><div class="space-10"></div><div id="bugnotes" class="widget-box widget-color-blue2">
<div class="widget-header widget-header-small"><h4 class="widget-title lighter"><i class="ace-icon fa fa-comments"></i> Activities</h4>
<div class="widget-toolbar"><a data-action="collapse" href="#"><i class="1 ace-icon fa fa-chevron-up bigger-125"></i></a></div></div>
<div class="widget-body"><div class="widget-main no-padding"><div class="table-responsive">
<table class="table table-bordered table-condensed table-striped"><tbody>
${mtNotes.map(mtNote).join('\n')}
</tbody></table></div></div></div></div></div>
<div class="col-md-12 col-xs-12"><div class="space-10"></div><div id="history" class="widget-box widget-color-blue2">
<div class="widget-header widget-header-small"><h4 class="widget-title lighter"><i class="ace-icon fa fa-history"></i> Issue History</h4></div>
<div class="widget-body"><div class="widget-main no-padding"><div class="table-responsive"><table class="table table-bordered table-condensed table-hover">
<thead><tr class="row-category-history"><th class="small-caption">Date Modified</th><th class="small-caption">Username</th>
<th class="small-caption">Field</th><th class="small-caption">Change</th></tr></thead><tbody>
${mtHistory.map(mtHistRow).join('\n')}
</tbody></table></div></div></div></div></div>
</div></div>
<div class="footer noprint"><div class="footer-inner"><div class="footer-content"><div class="col-md-6 col-xs-12 no-padding">
<address>Copyright © 2000 - 2025 MantisBT Team<br><a href="mailto:tracker-admin@tessera-cad.example">Contact administrator</a></address></div>
<div class="col-md-6 col-xs-12"><div class="pull-right" id="powered-by-mantisbt-logo"><a href="https://www.mantisbt.org"
title="Mantis Bug Tracker: a free and open source web based bug tracking system."><img src="/images/mantis_logo.png" width="102" height="35"
alt="Powered by Mantis Bug Tracker: a free and open source web based bug tracking system."></a></div></div></div></div></div>
<a class="btn-scroll-up btn btn-sm btn-inverse display" id="btn-scroll-up" href="#"><i class="fa fa-angle-double-up icon-only bigger-110"></i></a>
</div></div>
<script src="/js/bootstrap-3.4.1.min.js"></script><script src="/js/ace.min.js"></script></body></html>`;
const mantis: TestPage = {
  html: mtHtml,
  name: 'heldout47-mantisbt-bug',
  kind: 'forum',
  // title: the Summary row without its id; headings: the three report fields the reporter wrote (Description, Steps To
  // Reproduce, Additional Information), as a template's section heads are; body: the report's paragraphs, its steps one item
  // each, the additional information and the four notes (all notes are posts: body); bylines: the reporter and note authors,
  // the submitted, last-update and note times, the note's "edited on" line; furniture: the field labels and values, widget
  // titles, role labels, note ids, tags, the attachment line, the related issue, the history table (its change cells once
  // each), navbar, sidebar, breadcrumbs, the "Issue #" box and footer; the sidebar's "Summary" is also the field label (once);
  // the values "fixed" and "normal", the tag "dxf", the related issue's "closed", the history's "Status", "Change" and
  // "=> 5.2.2" are words of the body or too generic to test: left out
  title: mtTitle,
  headings: ['Description', 'Steps To Reproduce', 'Additional Information'],
  body: [...texts(mtDesc), ...texts(mtSteps), mtInfo, ...mtNotes.flatMap((n) => texts(n[4]))],
  bylines: [
    'mkovac',
    'r.delacroix',
    '2025-08-19 09:14',
    '2025-09-03 16:52',
    '2025-08-20 11:02',
    '2025-08-20 14:37',
    '2025-08-21 08:50',
    'edited on: 2025-08-21 09:03',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tessera Bug Tracker', 'Toggle sidebar', 'Toggle user menu', 'Login', ...mtSide, 'anonymous', 'Signup for a new account', 'View Issue Details',
    'Jump to Notes', 'Jump to History', 'ID', 'Project', 'Category', 'View Status', 'Date Submitted', 'Last Update', '0004127', 'Tessera Desktop',
    '[Tessera Desktop] Import/Export', 'public', 'Reporter', 'Assigned To', 'Priority', 'Severity', 'major', 'Reproducibility', 'always',
    'resolved', 'Resolution', 'Platform', 'x86_64', 'OS', 'Windows', 'OS Version', '11 23H2', 'Product Version', 'Target Version',
    'Fixed in Version', 'Tags', 'regression', 'Attached Files', '(48,211 bytes)', 'Relationships', 'related to', '0003988',
    'Layer names with spaces are cut short in SVG export', 'Activities', 'developer', 'reporter', '~0009411', '~0009418', '~0009425', '~0009502',
    'Issue History', 'Date Modified', 'Username', 'Field', 'New Issue', 'File Added: dotted-layers.dxf', '=> r.delacroix',
    'new => assigned', 'Note Added: 0009411', 'Note Added: 0009418', 'Note Added: 0009425', 'Note Edited: 0009418', 'Note Added: 0009502',
    'assigned => resolved', 'open => fixed', 'Copyright © 2000 - 2025 MantisBT Team', 'Contact administrator',
  ],
};

export const HELDOUT47_A: readonly TestPage[] = [mantis, debianBug];
