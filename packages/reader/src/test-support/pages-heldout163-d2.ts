import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file d2: a Ballotpedia candidate article (its MediaWiki skin): the site notice, the header with logo,
 * menus, search and newsletter sign-up, the person infobox, the Candidate Connection notice, the election results box with
 * its legend and correction note, the Candidate Connection survey (questions and answers), "See also", external links,
 * footnotes, the county navbox, categories and the footer with the "Ballotpedia features ... encyclopedic articles" blurb.
 */
const bpTitle = 'Marisol Trevino';
const bpLead = [
  '<b>Marisol Trevino</b> (Democratic Party) ran for election to the Kessler County Commission District 2 in Missouri. She lost in ' +
    'the general election on November 5, 2024.',
  'Trevino completed Ballotpedia\u2019s Candidate Connection survey in 2024. Click here to read the survey answers.',
];
const bpH1 = 'Biography';
const bpBio = [
  'Marisol Trevino was born in Ashdown, Missouri. She earned a bachelor\u2019s degree in nursing from Carrow State University in 2006. ' +
    'Her career experience includes working as a registered nurse at Kessler Regional Hospital and as a volunteer coordinator for ' +
    'the Kessler County food pantry.',
];
const bpH2 = 'Elections';
const bpH2a = '2024';
const bpP2 = ['See also: Municipal elections in Kessler County, Missouri (2024)'];
const bpH2b = 'General election';
const bpH3 = 'Campaign themes';
const bpH3b = 'Ballotpedia\u2019s Candidate Connection';
const bpSurveyIntro = [
  'Candidate Connection',
  'Marisol Trevino completed Ballotpedia\u2019s Candidate Connection survey in 2024. The survey questions appear in bold and are ' +
    'followed by Trevino\u2019s responses. Candidates may answer different questions in each election cycle.',
];
const bpSurvey: [string, string][] = [
  [
    'Who are you? Tell us about yourself.',
    'I am a nurse and a mother of two, and I have lived in District 2 for almost twenty years. I spent most of my career at the ' +
      'regional hospital, where I saw what happens when rural families cannot get to a clinic in time.',
  ],
  [
    'Please list below 3 key messages of your campaign. What are the main things you want voters to remember about your goals for your time in office?',
    'Reopen the Ashdown clinic two days a week with county and hospital funding. Fix the gravel roads on the east side before we ' +
      'build anything new. Publish every commission contract online, in full, within a week of signing.',
  ],
  [
    'What areas of public policy are you personally passionate about?',
    'Rural health care, road maintenance and making county government easier to follow for people who work during the day and ' +
      'cannot attend meetings at two in the afternoon.',
  ],
];
bpSurvey.push([
  'What legacy would you like to leave?',
  'I would like people in the east of the county to feel that the commission works for them too. If a family in Ashdown can see ' +
    'a doctor without taking a day off work, and the school bus does not lose a wheel on the way to town, that is enough for me.',
]);
const bpH4 = 'See also';
const bpSee = ['Kessler County, Missouri', 'Municipal elections in Kessler County, Missouri (2024)'];
const bpResults = ['General election for Kessler County Commission District 2', 'Candidate', '%', 'Votes', 'Total votes: 14,220'];
const bpRows: [string, string, string][] = [
  ['Owen Pritchard (R)', '58.3', '8,290'],
  ['Marisol Trevino (D)', '41.7', '5,930'],
];
const bpLegend = '= candidate completed the Ballotpedia Candidate Connection survey.';
const bpFix = 'If you are aware of any incorrect information, please contact us.';
const bpNotice = 'What\u2019s on your ballot? Enter your address to see the candidates and measures on your sample ballot.';
const bpNav = ['Elections', 'Ballot measures', 'Who Represents Me?', 'Local', 'State', 'Federal', 'Judicial', 'News', 'About'];
const bpBox = [
  'Candidate, Kessler County Commission District 2',
  'Elections and appointments',
  'Last election',
  'November 5, 2024',
  'Education',
  'Bachelor\u2019s',
  'Carrow State University, 2006',
  'Personal',
  'Profession',
  'Nurse',
  'Contact',
  'Campaign website',
];
const bpNavbox = ['Kessler County, Missouri', 'Ashdown (county seat)', 'County commission', 'Sheriff', 'County clerk', 'School districts'];
const bpCats = ['Candidates', 'Local candidates, 2024', 'Challenger', 'Democratic Party'];
const bpFoot = ['About Ballotpedia', 'Editorial independence', 'Job opportunities', 'Contact us', 'Privacy policy', 'Disclaimers', 'Donate'];
const bpBlurb =
  'Ballotpedia features 611,204 encyclopedic articles written and curated by our professional staff of editors, writers, and ' +
  'researchers. Click here to contact our editorial staff, and click here to report an error. Click here to contact us for media ' +
  'inquiries, and please donate here to support our continued expansion.';
const bpNews = ['Get the Daily Brew', 'Subscribe'];
const bpH = (n: number, t: string): string => `<h${n}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span></h${n}>`;
const bpPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const bpHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Marisol Trevino - Ballotpedia</title>
<meta name="description" content="Marisol Trevino (Democratic Party) ran for election to the Kessler County Commission District 2 in Missouri.">
<meta property="og:title" content="Marisol Trevino"><meta property="og:site_name" content="Ballotpedia"><meta name="twitter:site" content="@ballotpedia">
<link rel="canonical" href="https://ballotpedia.org/Marisol_Trevino"><script>RLCONF={"wgPageName":"Marisol_Trevino","wgArticleId":1126604};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BPX7K2"></script><link rel="stylesheet"
href="/wiki/load.php?modules=skins.ballotpedia&amp;only=styles">
</head><body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Marisol_Trevino skin-ballotpedia action-view">
<div id="bp-site-notice" class="bp-banner"><p>${bpNotice}</p><a class="bp-banner-btn" href="/Sample_Ballot_Lookup">Find my ballot</a></div>
<header id="bp-header"><div class="bp-logo"><a href="/Main_Page"><img src="/images/bp-logo.svg" alt="Ballotpedia"></a></div>
<nav class="bp-main-nav" aria-label="Main"><ul>${links(bpNav, 'bp-nav-item')}</ul></nav><div class="bp-header-right">
<form id="bp-search" action="/wiki/index.php"><input type="search" name="search" placeholder="Search Ballotpedia"><button type="submit">Search</button></form>
<a class="bp-donate-btn" href="https://donate.ballotpedia.org/">Donate</a><div class="bp-newsletter"><span>${bpNews[0]}</span>
<input type="email" placeholder="Email address"><button>${bpNews[1]}</button></div></div></header>
<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading">${bpTitle}</h1><div id="bodyContent">
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<div class="infobox person"><div class="widget-row value-only black"><p>${bpTitle}</p></div><div class="widget-img-container"><img alt="" width="180"></div>
<div class="widget-row value-only Democratic"><p>${bpBox[0]}</p></div><div class="widget-row heading"><p>${bpBox[1]}</p></div>
<div class="widget-row"><div class="widget-key">${bpBox[2]}</div><div class="widget-value">${bpBox[3]}</div></div>
<div class="widget-row heading"><p>${bpBox[4]}</p></div><div class="widget-row"><div class="widget-key">${bpBox[5]}</div><div
class="widget-value">${bpBox[6]}</div></div>
<div class="widget-row heading"><p>${bpBox[7]}</p></div><div class="widget-row"><div class="widget-key">${bpBox[8]}</div><div
class="widget-value">${bpBox[9]}</div></div>
<div class="widget-row heading"><p>${bpBox[10]}</p></div><div class="widget-row value-only"><a
href="https://trevinoforkessler.example">${bpBox[11]}</a></div></div>
${bpPs(bpLead)}
${bpH(2, bpH1)}
${bpPs(bpBio)}
${bpH(2, bpH2)}
${bpH(3, bpH2a)}
<div class="noprint" style="padding-left:1.6em;"><i>${bpP2[0]}</i></div>
${bpH(4, bpH2b)}
<div class="votebox"><div class="race_header democratic"><h5 class="votebox-header-election-type">${bpResults[0]}</h5></div>
<table class="results_table"><thead><tr><th></th><th>${bpResults[1]}</th><th>${bpResults[2]}</th><th>${bpResults[3]}</th></tr></thead><tbody>
${bpRows
  .map(
    (r) => `<tr class="results_row"><td class="votebox-results-cell--check"></td><td class="votebox-results-cell--text">${r[0]}</td>
<td class="votebox-results-cell--number">${r[1]}</td><td class="votebox-results-cell--number">${r[2]}</td></tr>`,
  )
  .join('\n')}
<tr><td colspan="4" class="votebox-results-cell--text"><div class="results_text">${bpResults[4]}</div></td></tr></tbody></table>
<div class="results_text"><img alt="Candidate Connection" width="15"> ${bpLegend}</div><div class="results_text">${bpFix}</div></div>
${bpH(2, bpH3)}
${bpH(3, '2024')}
${bpH(4, bpH3b)}
<div class="cc-box"><p class="cc-logo"><b>${bpSurveyIntro[0]}</b></p><p>${bpSurveyIntro[1]}</p></div>
${bpSurvey.map(([q, a]) => `<p class="survey-question"><b>${q}</b></p>\n<blockquote class="survey-answer"><p>${a}</p></blockquote>`).join('\n')}
${bpH(2, bpH4)}
<ul>${links(bpSee)}</ul>
${bpH(2, 'External links')}
<ul><li><a class="external" href="https://trevinoforkessler.example">Campaign website</a></li></ul>
${bpH(2, 'Footnotes')}
<div class="reflist"><ol class="references"><li id="cite_note-1"><a href="#cite_ref-1">↑</a> <span class="reference-text">Information submitted to Ballotpedia
through the Candidate Connection survey on September 18, 2024.</span></li></ol></div>
<table class="navbox"><tr><th class="navbox-title">${bpNavbox[0]}</th></tr><tr><td class="navbox-list"><ul>${links(bpNavbox.slice(1))}</ul></td></tr></table>
</div></div><div id="catlinks" class="catlinks"><div class="mw-normal-catlinks"><a
href="/Special:Categories">Categories</a>: <ul>${links(bpCats)}</ul></div></div>
</div></div>
<footer id="bp-footer"><div class="bp-footer-blurb"><p>${bpBlurb}</p></div><ul class="bp-footer-links">${links(bpFoot)}</ul>
<div class="bp-footer-social"><a href="https://twitter.com/ballotpedia">Twitter</a> <a href="https://www.facebook.com/ballotpedia">Facebook</a></div></footer>
<script src="/wiki/load.php?modules=startup&amp;only=scripts&amp;skin=ballotpedia"></script></body></html>`;

export const ballotpediaPage: TestPage = {
  name: 'heldout163-ballotpedia-candidate-article',
  kind: 'wiki',
  html: bpHtml,
  // the infobox and the election results box (table, total, legend, correction note) are furniture; the "See also" hatnote
  // under "2024" is furniture; the Candidate Connection survey (intro, bold questions and the answers) is body; the
  // "2024" subheading appears twice, once per section; external links and footnotes (headings and items) are in neither list
  title: bpTitle,
  headings: [bpH1, bpH2, bpH2a, bpH2b, bpH3, '2024', bpH3b, bpH4],
  body: texts([...bpLead, ...bpBio, ...bpSurveyIntro, ...bpSurvey.flat(), ...bpSee]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    bpNotice, 'Find my ballot', ...bpNav.slice(1), 'Search', 'Donate', ...bpNews, ...bpBox.filter((t) => t !== 'Campaign website'), bpP2[0]!,
    ...bpResults.filter((t) => t !== '%'), ...bpRows.flat(), bpLegend, bpFix, ...bpNavbox.slice(1), 'Categories', ...bpCats, bpBlurb, ...bpFoot,
    'Twitter', 'Facebook',
  ],
};
