import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 58, file e2: a Ballotpedia local ballot measure page (the site header with logo, the mega-menu, search and
 * "Donate", the election-coverage banner, the "Share this page" bar, the measure infobox, the bold lead, the yes/no vote
 * explainer, the results table with its source note, "Overview", "Text of measure" with ballot title and summary
 * blockquotes, "Support" and "Opposition" with their lists, "Path to the ballot", See also, External links, Footnotes, the
 * county navbox, the "Ballotpedia features ... articles" note, the sample-ballot promo, the newsletter box, categories and the
 * footer).
 */
const bpTitle = 'Fernhill County Library District, Oregon, Measure 16-42, Library Operations Levy (May 2025)';
const bpLead = [
  'The <b>Fernhill County Library District Measure 16-42</b> was on the ballot as a <a href="/Local_property_tax_on_the_ballot">property tax measure</a> ' +
    'in the Fernhill County Library District on May 20, 2025. It was approved.',
];
const bpVotes = [
  'A <b>"yes"</b> vote supported authorizing the library district to levy a property tax of $0.59 per $1,000 of assessed value for five years, ' +
    'beginning in July 2025, to fund library operations, including longer hours at its six branches.',
  'A <b>"no"</b> vote opposed authorizing the library district to levy the property tax, thereby keeping library hours at the level set by the ' +
    'district’s permanent tax rate.',
];
const bpH = ['Election results', 'Overview', 'Text of measure', 'Ballot title', 'Ballot summary', 'Support', 'Supporters', 'Arguments'];
const bpH2 = ['Opposition', 'Opponents', 'Arguments', 'Path to the ballot'];
const bpOverview = [
  'The Fernhill County Library District has operated on a permanent tax rate of $0.31 per $1,000 of assessed value since it was formed in 1997. ' +
    'The district said that rising costs had forced it to close its branches on Sundays and Mondays in 2023 and that the new levy would reopen ' +
    'them and restore the mobile library service to rural areas.',
  'The district estimated that the levy would raise about $4.2 million in its first year. For the owner of a home assessed at $280,000, the levy ' +
    'would cost about $165 a year.',
];
const bpBallotT =
  'Shall the District levy $0.59 per $1,000 of assessed value for library operations for five years beginning 2025? ' +
  'This measure may cause property taxes to increase more than three percent.';
const bpBallotS =
  'This measure would restore seven-day service at all six library branches, reinstate the mobile library, and expand ' +
  'children’s reading programs. The levy would be in effect for fiscal years 2025–26 through 2029–30.';
const bpSup = ['Friends of the Fernhill Libraries', 'Fernhill County Education Association', 'Mayor Dana Okafor, City of Corlett'];
const bpSupArgs = [
  'Friends of the Fernhill Libraries said, "Our libraries are where children learn to read, job seekers print résumés, and seniors find company. ' +
    'Two closed days a week is two days too many."',
];
const bpOpp = ['Fernhill County Taxpayers Association'];
const bpOppArgs = [
  'The Fernhill County Taxpayers Association said, "The district should live within its permanent rate. Families are already paying more for ' +
    'everything, and this levy adds another bill."',
];
const bpPath = [
  'The library district board voted 5-0 on February 13, 2025, to refer the levy to the ballot. In Oregon, local option levies that go before ' +
    'voters in May or November elections need only a simple majority to pass.',
];
const bpInfobox = ['Election date', 'May 20, 2025', 'Topic', 'Local library funding', 'Status', 'Approved', 'Type', 'Property tax levy', 'Origin', 'Board'];
const bpNav = ['Ballot measures', 'Elections', 'Candidates', 'Public officials', 'School boards', 'Policy', 'Sample Ballot'];
const bpSeeAlso = ['Library measures on the ballot', 'Local library funding measures in Oregon', 'Fernhill County, Oregon ballot measures'];
const bpExt = ['Fernhill County Library District, "Levy information"', 'Fernhill County Elections, "May 20, 2025 results"'];
const bpNotes = ['Fernhill County Elections, "Official results, May 20, 2025," accessed June 4, 2025', 'Fernhill County Voters’ Pamphlet, May 2025'];
const bpNavbox = ['Fernhill County, Oregon', 'Ballot measures', '2025', '2024', '2022', 'Elections', 'County offices', 'School districts'];
const bpFoot = ['About', 'Jobs', 'Staff', 'Contact us', 'Privacy policy', 'Terms of use', 'Disclaimers', 'Donate'];
const bpHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${bpTitle} - Ballotpedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Fernhill_County_Library_District,_Oregon,_Measure_16-42","wgTitle":"Fernhill \
County Library District, Oregon, Measure 16-42, Library Operations Levy (May 2025)","wgIsArticle":true,"wgAction":"view"};</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-5BPTKW"></script><link rel="stylesheet" href="/wiki/load.php?modules=skins.ballotpedia&amp;\
only=styles">
<meta property="og:description" content="The Fernhill County Library District Measure 16-42 was on the ballot in Fernhill County Library District on May 20, \
2025. It was approved."></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Fernhill_County_Library_District_Oregon_Measure_16-42 skin-ballotpedia action-view">
<div id="bp-top-banner" class="bp-banner"><a href="/Sample_Ballot_Lookup">See what's on your ballot with Ballotpedia's Sample Ballot Lookup tool</a></div>
<header id="bp-header"><a class="bp-logo" href="/Main_Page"><img src="/wiki/skins/Ballotpedia/images/bp-logo.svg" alt="Ballotpedia"></a><nav id="bp-mega-menu" \
aria-label="Main"><ul>${links(bpNav, 'bp-menu-item')}</ul></nav>
<form id="bp-search" action="/wiki/index.php"><input type="search" name="search" placeholder="Search Ballotpedia" aria-label="Search Ballotpedia"><button \
type="submit">Search</button></form><a class="bp-donate-button" href="https://donate.ballotpedia.org/">Donate</a></header>
<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading">${bpTitle}</h1>
<div class="bp-share-bar"><span class="bp-share-label">Share this page</span><a class="share-facebook" \
href="https://www.facebook.com/sharer.php?u=https://ballotpedia.org/Fernhill_County_Library_District">Facebook</a><a class="share-x" \
href="https://x.com/intent/post?url=https://ballotpedia.org/Fernhill_County_Library_District">X</a><a class="share-email" href="mailto:?subject=Ballotpedia">\
Email</a></div>
<div id="bodyContent"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<div class="bp-notice" style="border:1px solid #c8ccd1; background:#eef5fb; padding:6px; margin-bottom:8px;"><b>2025 local ballot measures</b><br>Ballotpedia \
covers local ballot measures in the 100 largest cities in the U.S. and all state capitals, as well as a selection of notable measures elsewhere.</div>
<table class="infobox" style="float:right; width:260px;"><tbody><tr><th colspan="2" class="infobox-title">Fernhill County Library District Measure 16-42</th>\
</tr>${[0, 2, 4, 6, 8].map((i) => `<tr><td><b>${bpInfobox[i]}</b></td><td>${bpInfobox[i + 1]}</td></tr>`).join('')}</tbody></table>
${bpLead.map((p) => `<p>${p}</p>`).join('\n')}
<div class="votes-explained" style="border:1px solid #aaa; padding:0.5em;">${bpVotes
  .map(
    (p, i) => `<p class="${i === 0 ? 'yes' : 'no'}-explainer"><span \
class="vote-icon"></span>${p}</p>`,
  )
  .join('')}</div>
<h2><span class="mw-headline" id="Election_results">${bpH[0]}</span></h2><table class="bptable gray" style="width:400px;"><tbody><tr><th colspan="3">Fernhill \
County Library District Measure 16-42</th></tr><tr><th>Result</th><th>Votes</th><th>Percentage</th></tr><tr><td><span class="check-mark">✓</span> <b>Yes</b>\
</td><td>14,212</td><td>56.31%</td></tr><tr><td>No</td><td>11,027</td><td>43.69%</td></tr></tbody></table>
<p class="bp-results-source" style="font-size:80%;">Results are officially certified. Source: Fernhill County Elections</p>
<h2><span class="mw-headline" id="Overview">${bpH[1]}</span></h2>
${bpOverview.map((p) => `<p>${p}</p>`).join('\n')}
<h2><span class="mw-headline" id="Text_of_measure">${bpH[2]}</span></h2><h3><span class="mw-headline" id="Ballot_title">${bpH[3]}</span></h3><p>The ballot \
title was as follows:</p><blockquote class="bp-quote"><p>${bpBallotT}</p></blockquote>
<h3><span class="mw-headline" id="Ballot_summary">${bpH[4]}</span></h3><p>The ballot summary was as follows:</p><blockquote class="bp-quote"><p>\
${bpBallotS}</p></blockquote>
<h2><span class="mw-headline" id="Support">${bpH[5]}</span></h2><h3><span class="mw-headline" id="Supporters">${bpH[6]}</span></h3><ul>${bpSup
  .map(
    (t) => `<li>\
${t}</li>`,
  )
  .join('')}</ul>
<h3><span class="mw-headline" id="Arguments">${bpH[7]}</span></h3><ul>${bpSupArgs.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2><span class="mw-headline" id="Opposition">${bpH2[0]}</span></h2><h3><span class="mw-headline" id="Opponents">${bpH2[1]}</span></h3><ul>\
${bpOpp.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3><span class="mw-headline" id="Arguments_2">${bpH2[2]}</span></h3><ul>${bpOppArgs.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2><span class="mw-headline" id="Path_to_the_ballot">${bpH2[3]}</span></h2>
${bpPath.map((p) => `<p>${p}</p>`).join('\n')}
<h2><span class="mw-headline" id="See_also">See also</span></h2><ul>${links(bpSeeAlso)}</ul>
<h2><span class="mw-headline" id="External_links">External links</span></h2><ul>${bpExt
  .map(
    (t) => `<li><a rel="nofollow" class="external text" \
href="https://example.gov/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul>
<h2><span class="mw-headline" id="Footnotes">Footnotes</span></h2><div class="reflist"><ol class="references">${bpNotes
  .map(
    (t, i) => `<li \
id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${t}</span></li>`,
  )
  .join('')}</ol>\
</div>
<table class="navbox" style="width:100%;"><tbody><tr><th class="navbox-title" colspan="2">${bpNavbox[0]}</th></tr><tr><th class="navbox-group">\
${bpNavbox[1]}</th><td class="navbox-list">${bpNavbox
  .slice(2, 5)
  .map(
    (t) => `<a href="/Fernhill_County,_Oregon_ballot_measures_${t}">\
${t}</a>`,
  )
  .join(' • ')}</td></tr><tr><th class="navbox-group">${bpNavbox[5]}</th><td class="navbox-list"><a href="/Fernhill_County_offices">${bpNavbox[6]}</a> \
• <a href="/Fernhill_County_school_districts">${bpNavbox[7]}</a></td></tr></tbody></table>
</div></div></div>
<div class="bp-editorial-note"><p>Ballotpedia features 581,227 encyclopedic articles written and curated by our professional staff of editors, writers, and \
researchers. <a href="/Ballotpedia:Contact_us">Click here to contact our editorial staff</a>, and <a href="/Ballotpedia:Report_an_error">click here to report \
an error</a>.</p></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories">Categories</a>: <ul>\
${links(['Local library measures, 2025', 'Fernhill County, Oregon', 'Property tax levies'])}</ul></div></div></div>
<section class="bp-newsletter"><h2>Get Ballotpedia's newsletters</h2><p>The Ballot Bulletin, The Daily Brew and more, delivered to your inbox.</p><form \
action="https://ballotpedia.org/subscribe"><input type="email" placeholder="Your email address"><button type="submit">Sign up</button></form></section>
<footer id="bp-footer"><ul class="bp-footer-links">${links(bpFoot)}</ul><p class="bp-footer-copy">Ballotpedia is a nonpartisan, nonprofit encyclopedia of \
American politics.</p><p>© 2026 Lucy Burns Institute</p></footer>
</body></html>`;
export const ballotpedia: TestPage = {
  html: bpHtml,
  name: 'heldout58-ballotpedia',
  kind: 'wiki',
  // body: the lead, the yes/no explainer, the section paragraphs, the two lead-in lines of the quotes, the ballot title and
  // summary (the measure's own text quoted by the article: body), the supporters/opponents lists and the arguments; headings are
  // every h2/h3 of the article in order ("Arguments" twice); the infobox and the results table are data in tables: in neither
  // list; the coverage notice, the results source line, the share bar, See also, External links, Footnotes, the navbox, the
  // "Ballotpedia features ..." note, the banner, newsletter, categories, menus and footer are furniture; the page has no author
  // or date line (bylines empty: "May 20, 2025" is the election date, in the infobox and the lead); the navbox's "Ballot
  // measures" duplicates the menu and its "Fernhill County, Oregon" a category (listed once); "Elections" (menu and navbox),
  // the navbox's "2025" and the footer's "About" are words of the body: left out
  title: bpTitle,
  headings: [...bpH, ...bpH2],
  body: [
    ...texts(bpLead),
    ...texts(bpVotes),
    ...texts(bpOverview),
    'The ballot title was as follows:',
    bpBallotT,
    'The ballot summary was as follows:',
    bpBallotS,
    ...bpSup,
    ...bpSupArgs,
    ...bpOpp,
    ...bpOppArgs,
    ...bpPath,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "See what's on your ballot with Ballotpedia's Sample Ballot Lookup tool", ...bpNav.filter((t) => t !== 'Elections'), 'Search', 'Donate', 'Share this page',
    'Facebook', 'X', 'Email', '2025 local ballot measures',
    'Ballotpedia covers local ballot measures in the 100 largest cities in the U.S. and all state capitals, ' +
      'as well as a selection of notable measures elsewhere.',
    'Results are officially certified. Source: Fernhill County Elections', 'See also', ...bpSeeAlso, 'External links', ...bpExt, 'Footnotes', ...bpNotes,
    'Fernhill County, Oregon', '2024', '2022', 'County offices', 'School districts',
    'Ballotpedia features 581,227 encyclopedic articles written and curated by our professional staff of editors, writers, and researchers.',
    'Click here to contact our editorial staff', 'click here to report an error', 'Categories', 'Local library measures, 2025', 'Property tax levies',
    "Get Ballotpedia's newsletters", 'The Ballot Bulletin, The Daily Brew and more, delivered to your inbox.', 'Sign up',
    ...bpFoot.filter((t) => t !== 'Donate' && t !== 'About'), 'Ballotpedia is a nonpartisan, nonprofit encyclopedia of American politics.',
    '© 2026 Lucy Burns Institute',
  ],
};
