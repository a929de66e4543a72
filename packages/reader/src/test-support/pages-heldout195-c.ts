import { links, type TestPage, texts } from './page-kit.js';
import { eurlexSummary } from './pages-heldout195-c2.js';

/**
 * Held-out batch 195, file c: a legislation.gov.uk section page (The National Archives header, the site nav, the "Changes to
 * legislation" status box at the top of the content, the breadcrumb of the Act, the Table of Contents / Content / More Resources
 * tabs, the point-in-time view options, previous / next provision links, the section with its Part heading and numbered
 * subsections, the annotations box with commencement information, the help pop-ups and the footer) and, from file c2, an
 * EUR-Lex summary of EU legislation.
 */
const lgTitle = 'Renting Homes (Standards and Rent) Act 2024';
const lgPart = 'PART 2 RENT AND OTHER PAYMENTS';
const lgSec = '14 Notice of a rent increase';
const lgSubs = [
  '(1) A landlord under a periodic tenancy may increase the rent payable under the tenancy only by giving the tenant a notice under ' + 'this section.',
  '(2) The notice must—',
  '(a) be in the form prescribed by regulations made by the Secretary of State,',
  '(b) state the amount of the proposed new rent and the date on which it is to take effect, and',
  '(c) be given not less than two months before that date.',
  '(3) The date specified under subsection (2)(b) must not be earlier than—',
  '(a) the first anniversary of the date on which the tenancy began, or',
  '(b) if the rent has previously been increased under this section, the first anniversary of the date on which the last increase took effect.',
  '(4) A notice given under this section is of no effect if, at the time it is given, the landlord is in breach of a requirement imposed by ' +
    'section 9 (deposit protection) or section 11 (information to be given to the tenant).',
  '(5) A tenant who receives a notice under this section may, before the date specified in it, apply to the First-tier Tribunal for a ' +
    'determination of the rent under section 15.',
  '(6) Where an application is made under subsection (5), the new rent does not take effect until the tribunal has determined the ' +
    'application or the application has been withdrawn.',
  '(7) Regulations under subsection (2)(a) are subject to the negative resolution procedure.',
  '(8) A notice under this section may not propose an increase in rent that takes effect during a fixed term, unless the tenancy ' +
    'agreement expressly provides for the rent to be reviewed under this section.',
  '(9) In this section “periodic tenancy” means an assured tenancy which is not a fixed term tenancy, and “rent” does not include any ' +
    'service charge payable under the tenancy.',
];
const lgStatus = [
  'Changes to legislation:',
  'There are currently no known outstanding effects for the Renting Homes (Standards and Rent) Act 2024, Section 14.',
  'Changes we have not yet applied to the text, can be found in the ‘Changes to Legislation’ area.',
];
const lgNav = [
  'Home',
  'Understanding Legislation',
  'EU Legislation and UK Law',
  'Browse Legislation',
  'New Legislation',
  'Changes To Legislation',
  'Search Legislation',
];
const lgTabs = ['Table of Contents', 'Content', 'More Resources'];
const lgPit = ['Latest available (Revised)', 'Original (As enacted)'];
const lgPager = ['Previous: Provision', 'Next: Provision'];
const lgAnno = ['Commencement Information', 'I1 S. 14 in force at 1.10.2024 by S.I. 2024/1088, reg. 2(c)'];
const lgOpts = ['Show Timeline of Changes', 'Expanded View', 'Print Options', 'Opening Options', 'Help about Advanced Features'];
const lgFoot = ['Help', 'Site Map', 'Accessibility', 'Contact Us', 'Privacy Notice', 'Cookies'];
const lgOgl = 'All content is available under the Open Government Licence v3.0 except where otherwise stated.';
const lgP = (t: string, cls: string): string => {
  const m = /^(\([0-9a-z]+\)) (.*)$/s.exec(t);
  return `<p class="${cls}"><span class="LegDS ${cls === 'LegP2ParaText' ? 'LegP2No' : 'LegP3No'}">${m?.[1] ?? ''}</span> ${m?.[2] ?? t}</p>`;
};
const lgHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Renting Homes (Standards and Rent) Act 2024, Section 14</title><meta name="DC.Date.Modified" content="2025-01-20">
<meta name="DC.identifier" content="http://www.legislation.gov.uk/ukpga/2024/31/section/14"><meta name="Legislation.year" content="2024">
<link rel="canonical" href="https://www.legislation.gov.uk/ukpga/2024/31/section/14">
<link rel="alternate" type="application/xml" href="/ukpga/2024/31/section/14/data.xml" title="XML">
<link rel="stylesheet" href="/styles/screen.css" type="text/css"><link rel="stylesheet" href="/styles/legislation.css" type="text/css">
<script src="/scripts/jquery-3.7.1.min.js"></script><script src="/scripts/view/tabs.js"></script></head>
<body lang="en" xml:lang="en" dir="ltr" id="leg" about="http://www.legislation.gov.uk/ukpga/2024/31/section/14" class="browse">
<div id="layout1"><div id="top"><a href="#content" class="accessibleText">Skip to main content</a>
<a href="#contentSearch" class="accessibleText">Skip to navigation</a></div>
<div id="layout2"><div id="header"><a href="https://www.nationalarchives.example.gov.uk" id="tna"><img src="/images/chrome/nationalArchivesLogo.gif"
alt="The National Archives"></a><h2><a href="/"><img src="/images/chrome/legislationLogo.gif" alt="legislation.gov.uk"></a></h2>
<ul id="quickSearch"><li><a href="/search">Search Legislation</a></li></ul></div>
<div id="siteLinks"><ul id="primaryNav">${links(lgNav.slice(0, 6))}</ul></div>
<div id="breadCrumb"><h3 class="accessibleText">You are here:</h3><ul><li class="first"><a href="/ukpga">UK Public General Acts</a></li>
<li><a href="/ukpga/2024">2024 c. 31</a></li><li><a href="/ukpga/2024/31/part/2">Part 2</a></li><li class="activetext">Section 14</li></ul></div>
<div id="content"><h1 id="pageTitle" class="pageTitle">${lgTitle}</h1>
<ul id="legSubNav">${lgTabs.map((t, i) => `<li${i === 1 ? ' class="active"' : ''}><a href="/ukpga/2024/31/${i}">${t}</a></li>`).join('')}</ul>
<div id="viewLegSnippet"><div class="info"><div id="infoSection"><h2>Status:</h2><p class="intro">This is the latest available (revised) version.</p></div>
<div id="pointInTime"><h2>Point in time view as at 20/01/2025.</h2><ul>${links(lgPit)}</ul></div></div>
<div id="statusWarning" class="uptoDate"><div class="title"><h2>${lgStatus[0]}</h2><p class="intro">${lgStatus[1]}</p></div>
<p id="statusWarningSubSections">${lgStatus[2]}</p></div>
<div class="prevNextNav"><ul><li class="prev"><a href="/ukpga/2024/31/section/13">${lgPager[0]}</a></li>
<li class="next"><a href="/ukpga/2024/31/section/15">${lgPager[1]}</a></li></ul></div>
<div id="viewLegContents"><div class="LegSnippet" id="tocControlsAdded">
<h2 class="LegPartFirst"><span class="LegPartNo">PART 2</span> <span class="LegPartTitle">RENT AND OTHER PAYMENTS</span></h2>
<div class="LegP1Container"><h3 class="LegP1GroupTitleFirst"><span class="LegP1No">14</span> Notice of a rent increase</h3>
${lgSubs.map((t) => lgP(t, /^\([a-z]\)/.test(t) ? 'LegP3ParaText' : 'LegP2ParaText')).join('\n')}</div>
<div class="LegAnnotations"><div class="LegCommentaryType"><p class="LegAnnotationsGroupHeading">${lgAnno[0]}</p>
<p class="LegCommentaryItem" id="commentary-key-i1"><span class="LegCommentaryNo">${lgAnno[1]}</span></p></div></div></div></div>
<div class="prevNextNav"><ul><li class="prev"><a href="/ukpga/2024/31/section/13">${lgPager[0]}</a></li>
<li class="next"><a href="/ukpga/2024/31/section/15">${lgPager[1]}</a></li></ul></div></div>
<div id="tools"><h2 class="accessibleText">Options/Help</h2><ul>${links(lgOpts)}</ul></div>
<div class="help" id="whatVersionHelp" style="display:none"><h3>Latest available (revised)</h3>
<p>The latest available updated version of the legislation incorporating changes made by subsequent legislation.</p></div></div>
<div id="footerNav"><ul>${links(lgFoot)}</ul><p class="oglLine">${lgOgl}</p><p class="crownCopyright">© Crown and database right</p></div></div></div>
<script src="/scripts/chrome/legislation.js"></script></body></html>`;
const legislationUk: TestPage = {
  html: lgHtml,
  name: 'heldout195-legislation-gov-uk-section',
  kind: 'docs',
  // the Act's name (h1) is the title; the Part heading and the section heading are the headings; the subsections are the body;
  // the status box, annotations, view options, point-in-time links, pagers and the hidden help are furniture
  title: lgTitle,
  headings: [lgPart, lgSec],
  body: texts(lgSubs),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Search Legislation', ...lgNav.slice(0, 6), 'You are here:', 'UK Public General Acts', '2024 c. ' +
      '31', 'Section 14',
    ...lgTabs, 'Status:', 'This is the latest available (revised) version.', 'Point in time view as at 20/01/2025.', ...lgPit, ...lgStatus, ...lgPager,
    ...lgAnno, 'Options/Help', ...lgOpts, 'The latest available updated version of the legislation incorporating changes made by subsequent legislation.',
    ...lgFoot, lgOgl, '© Crown and database right',
  ],
};

export const HELDOUT195_C: readonly TestPage[] = [legislationUk, eurlexSummary];
