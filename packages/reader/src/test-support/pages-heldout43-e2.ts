import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 43, file e2: a legislation.gov.uk section page (the cookie banner, The National Archives header with the
 * quick search form, the main menu, the Act title h1, the "You are here" breadcrumb, the contents/content/resources tabs,
 * previous and next links, the "What Version" and "More Resources" tools with their hidden help pop-ups, the timeline of
 * changes, the "Changes to legislation" status box, the section itself as XSLT output (the Part heading, the section number
 * with its commentary link, numbered subsections and paragraphs in spans), the commencement annotation, "Back to top" and
 * the footer).
 */
const lgAct = 'Allotments and Community Growing Act 2025';
const lgPart = 'Allotment provision by local authorities';
const lgSection = 'Waiting lists and the duty to provide';
/** The section: a subsection is a string, its lettered paragraphs an array after it. */
const lgText: (string | string[])[] = [
  'An allotment authority must keep a list of persons who have asked the authority for an allotment and have not been offered one (a ' + '“waiting list”).',
  'The waiting list must record, for each person on it—',
  [
    'the date on which the request was received,',
    'the ward or parish in which the person lives, and',
    'whether the person has asked for a full plot, a half plot or a raised bed suitable for a person with reduced mobility.',
  ],
  'Where the number of persons on an authority’s waiting list who live in the authority’s area exceeds the relevant threshold on 1 April ' +
    'in any year, the authority must, within 12 months of that date—',
  [
    'prepare a plan setting out how it will provide further allotments in its area, and',
    'publish the plan on its website and send a copy to the Secretary of State.',
  ],
  'The relevant threshold is the greater of—',
  ['50 persons, and', 'the number of allotments provided by the authority on that date multiplied by one half.'],
  'A plan under subsection (3) must identify land that the authority considers suitable for use as allotments and must set out the ' +
    'steps the authority will take, and the timetable for taking them, to make the land available.',
  'In deciding whether land is suitable for the purposes of subsection (5), an allotment authority must have regard to any guidance ' +
    'issued by the Secretary of State.',
  'An allotment authority must publish, on or before 30 June in each year, the number of persons on its waiting list on 1 April in that ' +
    'year and the average time for which persons offered an allotment in the preceding 12 months had been on the list.',
  'In this section “allotment authority” has the meaning given by section 2.',
];
let sub = 0;
const lgHtmlText = lgText
  .map((t) => {
    if (typeof t === 'string') {
      sub++;
      return `<p class="LegClearFix LegP2ParaText"><span class="LegDS LegP2No" id="section-14-${sub}">(${sub})</span>${t}</p>`;
    }
    return t
      .map(
        (p, i) =>
          `<p class="LegClearFix LegP3Container"><span class="LegDS LegLHS LegP3No" id="section-14-${sub}-${'abc'[i]}">(${'abc'[i]})</span>` +
          `<span class="LegDS LegRHS LegP3Text">${p}</span></p>`,
      )
      .join('\n');
  })
  .join('\n');
const lgNav = ['Home', 'Browse Legislation', 'New Legislation', 'Coronavirus Legislation', 'Changes To Legislation', 'Search Legislation'];
const lgTop = ['Accessibility', 'Help', 'About Us', 'Site Map', 'Contact Us', 'Cymraeg'];
const lgHelpLatest =
  'The latest available updated version of the legislation incorporating changes made by subsequent legislation and applied by our ' +
  'editorial team. Changes we have not yet applied to the text, can be found in the ‘Changes to Legislation’ area.';
const lgHelpOriginal = 'The original version of the legislation as it stood when it was enacted or made. No changes have been applied to the text.';
const lgResources = [
  'the original print PDF of the as enacted version that was used for the print copy',
  'lists of changes made by and/or affecting this legislation item',
  'all formats of all associated documents',
  'correction slips',
  'links to related legislation and further information resources',
];
const lgCookie =
  'The cookies on legislation.gov.uk do two things: they remember any settings you’ve chosen so you don’t have to choose them on every ' +
  'visit, and they help us understand how people browse our website, so we can make improvements and fix problems. We need your consent ' +
  'to use some of these cookies.';
const lgHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:dc="http://purl.org/dc/elements/1.1/" version="XHTML+RDFa 1.0" xml:lang="en" lang="en">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>${lgAct}, Section 14</title>
<meta name="DC.Date.Modified" content="2026-04-01"><meta name="DC.title" content="${lgAct}">
<link rel="alternate" type="application/xml" href="http://www.legislation.gov.uk/ukpga/2025/31/section/14/data.xml" title="XML">
<link rel="up" href="http://www.legislation.gov.uk/ukpga/2025/31/part/2" title="Part 2">
<link rel="prev" href="http://www.legislation.gov.uk/ukpga/2025/31/section/13" title="Section 13"><link rel="next"
href="http://www.legislation.gov.uk/ukpga/2025/31/section/15" title="Section 15">
<link rel="stylesheet" href="/styles/screen.css" type="text/css"><link rel="stylesheet" href="/styles/legislation.css" type="text/css">
<script type="text/javascript" src="/scripts/jquery-3.7.1.min.js"></script><script type="text/javascript" src="/scripts/chromeInterface.js"></script></head>
<body xml:lang="en" lang="en" dir="ltr" id="leg" about="http://www.legislation.gov.uk/ukpga/2025/31/section/14" class="browse">
<div id="preloadBg"><script type="text/javascript">$("body").addClass("js");</script></div>
<div id="global-cookie-message" class="cookie-banner"><div class="cookie-banner__content"><h2>Cookies on Legislation.gov.uk</h2><p>${lgCookie}</p>
<div class="cookie-banner__buttons"><button class="button" id="accept-all-cookies">Yes, these cookies are OK</button>
<a class="button" href="/cookiepolicy">No, I want to make more choices</a></div></div></div>
<div id="layout1"><div id="top"><a href="#content" class="accessibleText">Skip to main content</a><ul id="siteLinks">${links(lgTop)}</ul>
<div id="header"><a id="logo" href="/"><img src="/images/chrome/legislationLogo.gif" alt="legislation.gov.uk"></a>
<a id="tnaLogo" href="https://www.nationalarchives.gov.uk"><img src="/images/chrome/nationalArchivesLogo.gif" alt="The National Archives"></a></div>
<div id="quicksearch"><form action="/search" method="get" id="contentSearch"><h2>Search Legislation</h2><div class="title"><label for="title">Title: </label>
<input type="text" id="title" name="title" placeholder="(or keywords in the title)"></div><div class="year"><label for="year">Year:</label><input type="text"
id="year" name="year">
</div><div class="number"><label for="number">Number:</label><input type="text" id="number" name="number"></div><div class="type"><label
for="type">Type:</label>
<select name="type" id="type"><option value="all">All UK Legislation (excluding originating from the EU)</option><option value="primary">Primary
Legislation</option>
<option value="secondary">Secondary Legislation</option></select></div><div class="submit"><button type="submit" id="contentSearchSubmit"
class="userFunctionalElement">
<span class="btl"></span><span class="btr"></span>Search<span class="bbl"></span><span class="bbr"></span></button></div>
<div class="advSearch"><a href="/search">Advanced Search</a></div></form></div>
<div id="navigation"><ul id="mainNav">${links(lgNav)}</ul></div></div>
<div id="layout2" class="legContent"><div id="title" class="title"><h1 id="pageTitle" class="pageTitle">${lgAct}</h1></div>
<div id="breadcrumbControl"><div><ul id="breadcrumb"><li class="first">You are here:</li><li class="first"><a href="/ukpga">UK Public General Acts</a></li>
<li><a href="/ukpga/2025">2025</a></li><li><a href="/ukpga/2025/31/contents">c. 31</a></li><li><a href="/ukpga/2025/31/part/2">Part 2</a></li>
<li class="activetext">Section 14</li></ul></div></div>
<ul id="legSubNav"><li id="legTocLink"><span class="presentation"></span><a href="/ukpga/2025/31/contents">Table of Contents</a></li>
<li id="legContentLink"><span class="presentation"></span><a href="/ukpga/2025/31/section/14" class="disabled">Content</a></li>
<li id="legResourcesLink"><span class="presentation"></span><a href="/ukpga/2025/31/resources">More Resources</a></li></ul>
<div class="interface"><div id="printOptions"><h2 class="interfaceOptionsHeader">Print Options</h2><ul class="optionList"><li class="printAll">
<a href="/ukpga/2025/31/contents/data.pdf" class="pdfLink">Print The Whole Act</a></li><li class="printSection"><a href="/ukpga/2025/31/part/2/data.pdf">Print
The Whole Part</a></li>
<li><a href="/ukpga/2025/31/section/14/data.pdf">Print This Section Only</a></li></ul></div>
<ul id="previousNext"><li class="prev"><a href="/ukpga/2025/31/section/13" class="userFunctionalElement nav" title="Previous Match: Section 13">Previous:
Section</a></li>
<li class="next"><a href="/ukpga/2025/31/section/15" class="userFunctionalElement nav" title="Next Match: Section 15">Next: Section</a></li></ul></div>
<div id="tools"><div class="section" id="whatVersion"><div class="title"><h2>What Version</h2><a href="#whatversionHelp" class="helpItem helpItemToMidRight">
<img src="/images/chrome/helpIcon.gif" alt=" Help about what version"></a></div><div class="content"><ul class="toolList">
<li><span class="userFunctionalElement active"><span class="background"><span class="pointer"></span>Latest available (Revised)</span></span></li>
<li><a href="/ukpga/2025/31/section/14/enacted" class="userFunctionalElement"><span class="background"><span class="pointer"></span>Original (As
enacted)</span></a></li></ul></div></div>
<div class="section" id="moreResources"><div class="title"><h2>More Resources</h2></div><div class="content"><p>Access essential accompanying documents and
information for
this legislation item from this tab. Dependent on the legislation item being viewed this may
include:</p><ul>${lgResources.map((r) => `<li>${r}</li>`).join('')}</ul></div></div></div>
<div id="content">
<div id="changesOverTime"><h2>Timeline of Changes</h2><p class="intro">This timeline shows the different points in time where a change occurred.</p>
<ul class="timeline"><li><a href="/ukpga/2025/31/section/14/2025-07-22">22/07/2025</a></li><li class="active"><span>01/04/2026</span><em>-
Amendment</em></li></ul></div>
<div id="infoSection"><h2>Status:</h2><p class="intro">Point in time view as at 01/04/2026.</p>
<h2>Changes to legislation:</h2><p class="intro">There are currently no known outstanding effects for the ${lgAct}, Section 14.</p></div>
<div id="viewLegContents"><div class="LegSnippet" id="viewLegSnippet">
<h2 class="LegPartFirst"><span class="LegPartNo">Part 2</span><span class="LegPartTitle">${lgPart}</span></h2>
<h3 class="LegP1ContainerFirst"><span class="LegDS LegP1No" id="section-14"><a class="LegCommentaryLink" href="#commentary-key-7e2d41a9" title="View the
commentary"
id="reference-key-7e2d41a9">I1</a>14</span><span class="LegDS LegP1GroupTitleFirst">${lgSection}</span></h3>
${lgHtmlText}
<div class="LegAnnotations"><div class="LegAnnotationsGroupHeading">Commencement Information</div><p class="LegCommentaryItem" id="commentary-key-7e2d41a9">
<span class="LegCommentaryNo"><a class="LegCommentaryNoLink" href="#reference-key-7e2d41a9" title="Go to commentary reference">I1</a></span>
<span class="LegCommentaryText">S. 14 in force at 1.4.2026 by <a href="/id/uksi/2026/288" class="LegCitation" title="Go to item of legislation">S.I.
2026/288</a>,
<a href="/id/uksi/2026/288/regulation/2" class="LegCitation">reg. 2(c)</a></span></p></div>
</div></div>
<p class="backToTop"><a href="#top">Back to top</a></p></div>
<div class="help" id="whatversionHelp"><span class="icon"></span><div class="content"><a href="#" class="close"><img alt="Close"
src="/images/chrome/closeIcon.gif"></a>
<h3>Latest Available (revised)</h3><p>${lgHelpLatest}</p><h3>Original (As Enacted or Made)</h3><p>${lgHelpOriginal}</p></div></div>
</div>
<div id="footer"><div><p>All content is available under the <a href="http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open
Government Licence v3.0</a>
except where otherwise stated.</p><p class="crown">© Crown and database right</p><ul>${links([
  'Privacy Notice',
  'Cookies',
  'Terms and Conditions',
])}</ul></div></div></div>
<script type="text/javascript" src="/scripts/legislation.js"></script></body></html>`;
export const legislationSection: TestPage = {
  html: lgHtml,
  name: 'heldout43-legislation-gov-uk-section',
  kind: 'docs',
  // the title is the Act (the page's h1; the section is a part of it); the Part title and the section title are the
  // headings ("Part 2" and the section number "14" are numbering, in neither, as the subsection and paragraph numbers and the
  // commentary marks "I1" are); each subsection and lettered paragraph is body; legislation has no byline: the dates of the
  // timeline and the "Point in time" line are version dates, furniture; the commencement note, status box, tools with their
  // hidden help, tabs, print options, breadcrumb, search form, menus, cookie banner and footer are furniture; the search
  // form's "Year:" and "Number:" are body words ("in any year", "the number of"): left out, as the breadcrumb's "Part 2" is
  title: lgAct,
  headings: [lgPart, lgSection],
  body: lgText.flat(),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Legislation.gov.uk', lgCookie, 'Yes, these cookies are OK', 'No, I want to make more choices', 'Skip to main content', ...lgTop,
    'Search Legislation', 'Title:', 'Type:', 'All UK Legislation (excluding originating from the EU)',
    'Primary Legislation', 'Secondary Legislation', 'Search', 'Advanced Search', ...lgNav.filter((t) => t !== 'Search Legislation'), 'You are here:',
    'UK Public General Acts', 'c. 31', 'Section 14',
    'Table of Contents', 'Content', 'More Resources', 'Print Options', 'Print The Whole Act', 'Print The Whole Part', 'Print This Section Only',
    'Previous: Section', 'Next: Section', 'What Version', 'Latest available (Revised)', 'Original (As enacted)',
    'Access essential accompanying documents and information for this legislation item from this tab.', ...lgResources, 'Timeline of Changes',
    'This timeline shows the different points in time where a change occurred.', '22/07/2025', '01/04/2026', '- Amendment', 'Status:',
    'Point in time view as at', 'Changes to legislation:', `There are currently no known outstanding effects for the ${lgAct}, Section 14.`,
    'Commencement Information', 'S. 14 in force at 1.4.2026 by S.I. 2026/288, reg. 2(c)', 'Back to top', 'Latest Available (revised)', lgHelpLatest,
    'Original (As Enacted or Made)', lgHelpOriginal, 'All content is available under the Open Government Licence v3.0 except where otherwise stated.',
    '© Crown and database right', 'Privacy Notice', 'Cookies', 'Terms and Conditions',
  ],
};
