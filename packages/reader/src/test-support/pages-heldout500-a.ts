import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout500-kit.js';

/**
 * Held-out batch 500, file a: a half marathon's race information page built with Elementor (Hello Elementor theme, theme
 * builder header and footer, Complianz cookie banner), and a 10K results page on an old hand-written table layout.
 */
const eTitle = 'Wrenfield Half Marathon 2027: Race Information';
const eIntro = j(
  'Everything you need to know before Sunday 11 April. Please read this page in full: it replaces the information pack we used',
  'to post out, and it will be updated if anything changes on the course.',
);
const eFacts = ['Start: 9:30am, Castle Meadow, Wrenfield', 'Distance: 13.1 miles, one lap, chip timed', 'Time limit: 3 hours 30 minutes'];
const eSecs: [string, string[]][] = [
  [
    'Race number collection',
    [
      j(
        'Race numbers will be posted to every runner who entered before 14 March. If you entered after that date, collect your number',
        'from the race village marquee on Saturday 10 April between 2pm and 6pm, or on race morning from 7:30am.',
      ),
      'Your timing chip is on the back of your number. Do not bend or remove it, and pin the number to the front of your top.',
    ],
  ],
  [
    'Parking and getting there',
    [
      j(
        'Castle Meadow car park closes at 7am on race day. Park and ride buses run from the Wrenfield Retail Park every ten minutes',
        'from 7am to 9am and return from 11am until the last runner is back. The bus is free with your race number.',
      ),
      'Wrenfield station is a twelve-minute walk from the start. Follow the orange signs through the town centre.',
    ],
  ],
  [
    'On the course',
    [
      j(
        'There are water stations at 3, 6, 9 and 11 miles, with energy gels at mile 9. Pacers will run for finish times from',
        '1:30 to 2:45 in steps of fifteen minutes; look for the flags in the start pens.',
      ),
      j(
        'The route follows the river to Kettle Lock and climbs Barrow Hill at mile 8 before the long descent back into town.',
        'Headphones are allowed, but keep the volume low enough to hear marshals and vehicles.',
      ),
    ],
  ],
  [
    'Bag drop and finish',
    [
      j(
        'The bag drop is beside the marquee and closes at 9:10am. Use the clear bag in your race pack and write your number on the label.',
        'Every finisher receives a medal, a technical T-shirt and a bottle of water.',
      ),
    ],
  ],
];
const eNav = ['Home', 'Enter', 'Results', 'Volunteer', 'Charity Places', 'FAQs', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Entry', 'Accessibility'];
const eWidget = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSection = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eBody = eSecs
  .map(([h, p], i) =>
    eSection(
      `a${i}c${i}f2`,
      eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`, `b${i}1e7`) + eWidget('text-editor', ps(p), `c${i}9d4`),
    ),
  )
  .join('\n');
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Race Information &#8211; Wrenfield Half Marathon</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://wrenfieldhalf.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1">
<link rel="stylesheet" id="elementor-frontend-css" href="https://wrenfieldhalf.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-214-css" href="https://wrenfieldhalf.example/wp-content/uploads/elementor/css/post-214.css?ver=1712000000">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Race Information",
"isPartOf":{"@id":"https://wrenfieldhalf.example/#website"}},{"@type":"SportsEvent","name":"Wrenfield Half Marathon 2027",
"startDate":"2027-04-11T09:30"}]}</script>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:0}</style></head>
<body class="page-template-default page page-id-214 elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
${eSection(
  '5e1a02',
  eWidget(
    'theme-site-logo',
    '<a href="https://wrenfieldhalf.example"><img src="/wp-content/uploads/2026/09/wrenfield-logo.svg" alt="Wrenfield Half"></a>',
    '2b4c11',
  ) +
    eWidget(
      'nav-menu',
      `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-2b4c12" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
      '2b4c12',
    ) +
    eWidget(
      'button',
      '<a class="elementor-button elementor-button-link elementor-size-sm" href="/enter/"><span class="elementor-button-text">Enter Now</span></a>',
      '2b4c13',
    ),
)}</div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
${eSection(
  'f0a3b1',
  eWidget('heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`, 'f0a3b2') +
    eWidget('text-editor', `<p>${eIntro}</p>`, 'f0a3b3') +
    eWidget(
      'icon-list',
      `<ul class="elementor-icon-list-items">${lis(
        eFacts.map(
          (f) =>
            `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${f}</span>`,
        ),
        'elementor-icon-list-item',
      )}</ul>`,
      'f0a3b4',
    ) +
    eWidget(
      'countdown',
      `<div class="elementor-countdown-wrapper" data-date="1807954200"><div class="elementor-countdown-item">
<span class="elementor-countdown-digits elementor-countdown-days"></span>
<span class="elementor-countdown-label">Days</span></div><div class="elementor-countdown-item">
<span class="elementor-countdown-digits elementor-countdown-hours"></span>
<span class="elementor-countdown-label">Hours</span></div></div>`,
      'f0a3b5',
    ),
)}
${eBody}
${eSection(
  'd9e0c7',
  eWidget('heading', '<h3 class="elementor-heading-title elementor-size-default">Still have a question?</h3>', 'd9e0c8') +
    eWidget(
      'button',
      '<a class="elementor-button elementor-button-link elementor-size-md" href="/faqs/"><span class="elementor-button-text">Read the FAQs</span></a>',
      'd9e0c9',
    ),
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer">
${eSection(
  '7c7d01',
  eWidget('text-editor', '<p>Wrenfield Half Marathon is organised by Wrenfield Harriers, a club affiliated to England Athletics.</p>', '7c7d02') +
    eWidget('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`, '7c7d03') +
    eWidget('text-editor', '<p>© 2027 Wrenfield Harriers. All rights reserved.</p>', '7c7d04'),
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://wrenfieldhalf.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout500-elementor-half-marathon-info',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([h]) => h),
  body: texts([eIntro, ...eFacts, ...eSecs.flatMap(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Enter Now', 'Days', 'Still have a question?', 'Read the FAQs',
    'Wrenfield Half Marathon is organised by Wrenfield Harriers, a club affiliated to England Athletics.', ...eFoot,
    '© 2027 Wrenfield Harriers. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

const tTitle = 'Saltmarsh 10K - Results 2027';
const tIntro = [
  j(
    'The 21st Saltmarsh 10K was run on Sunday 3 October in bright sunshine and a stiff westerly breeze along the sea wall.',
    '412 runners finished. Congratulations to Daniel Frere and Ruth Okonjo, who both set new course records.',
  ),
  'Times are chip times. If you think your result is wrong, e-mail the results secretary within 14 days of the race.',
];
const tRows = [
  ['1', '118', 'Daniel Frere', 'Fenmoor AC', 'MSEN', '31:02'],
  ['2', '204', 'Tom Ashdown', 'Unattached', 'MSEN', '31:49'],
  ['3', '57', 'Kieran Moss', 'Saltmarsh Striders', 'M40', '32:15'],
  ['4', '331', 'Ruth Okonjo', 'Holbeach Road Runners', 'FSEN', '34:40'],
  ['5', '12', 'Lewis Barnet', 'Fenmoor AC', 'MSEN', '34:58'],
  ['6', '290', 'Priya Sandhu', 'Saltmarsh Striders', 'F35', '35:31'],
  ['7', '76', 'Graham Tully', 'Wash Valley Harriers', 'M50', '36:07'],
  ['8', '145', 'Owen Pryce', 'Unattached', 'M40', '36:12'],
  ['9', '388', 'Hannah Liddle', 'Holbeach Road Runners', 'F40', '36:44'],
  ['10', '23', 'Martin Cole', 'Saltmarsh Striders', 'M55', '37:20'],
];
const tTeams = ['Men: 1st Fenmoor AC, 2nd Saltmarsh Striders, 3rd Wash Valley Harriers', 'Women: 1st Holbeach Road Runners, 2nd Saltmarsh Striders'];
const tNav = ['Home page', 'Race entry', 'Past results', 'Course map', 'Photos', 'Contact us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Saltmarsh 10K - Results 2027</title>
<meta name="keywords" content="saltmarsh 10k, results, running, lincolnshire"><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" type="text/javascript">function MM_swapImgRestore(){var 
i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
</head><body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#003366">
<img src="images/banner.gif" width="780" height="90" alt="Saltmarsh 10K"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6EEF5"><table width="100%" border="0" cellpadding="6"><tr><td class="nav">
${tNav.map((n) => `<a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${n}</a><br>`).join('\n')}
</td></tr><tr><td class="navsmall"><font size="1">Sponsored by<br><b>Marsh Lane Motors</b></font></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<h1><font face="Arial, Helvetica, sans-serif" color="#003366">${tTitle}</font></h1>
${tIntro.map((p) => `<p><font face="Arial, Helvetica, sans-serif" size="2">${p}</font></p>`).join('\n')}
<p><font face="Arial" size="2"><a href="results2027.pdf">Download full results (PDF)</a> | <a href="results2027.xls">Excel</a></font></p>
<h2><font face="Arial, Helvetica, sans-serif" color="#003366">First 10 finishers</font></h2>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">
<tr bgcolor="#003366"><th><font color="#FFFFFF">Pos</font></th><th><font color="#FFFFFF">No.</font></th><th><font color="#FFFFFF">Name</font></th>
<th><font color="#FFFFFF">Club</font></th><th><font color="#FFFFFF">Cat</font></th><th><font color="#FFFFFF">Time</font></th></tr>
${trs(tRows, ' class="res"')}
</table>
<h2><font face="Arial, Helvetica, sans-serif" color="#003366">Team prizes</font></h2>
${tTeams.map((p) => `<font face="Arial" size="2">${p}</font><br>`).join('\n')}
<p><font face="Arial" size="1"><a href="#top">Back to top</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font color="#FFFFFF" size="1" face="Arial">Page last updated 04/10/2027<br>
Saltmarsh 10K is run by Saltmarsh Striders under UK Athletics permit 2027-4471<br>Site by RJ Webworks</font></td></tr></table>
<script type="text/javascript">var sc_project=4417202;var sc_invisible=1;</script><noscript><img src="counter.gif" alt="counter"></noscript>
</body></html>`;
const tableResults: TestPage = {
  name: 'heldout500-table-layout-10k-results',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['First 10 finishers', 'Team prizes'],
  body: [...tIntro, ...rowTexts(tRows), ...tTeams],
  bylines: ['Page last updated 04/10/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Sponsored by', 'Marsh Lane Motors', 'Download full results (PDF)', 'Excel', 'Back to top',
    'Saltmarsh 10K is run by Saltmarsh Striders under UK Athletics permit 2027-4471', 'Site by RJ Webworks',
  ],
};

export const HELDOUT500_A: readonly TestPage[] = [elementor, tableResults];
