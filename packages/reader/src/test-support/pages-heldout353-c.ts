import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout353-kit.js';

/**
 * Held-out batch 353, file c: a city council's meeting agenda in the Granicus AgendaViewer (a listing of numbered items
 * under section headings, with the video player bar and document links), and a mayor's press release on a Sitefinity city
 * site (news detail widget with author and date, media contact box, share links and a related-news rail).
 */
const gTitle = 'City Council Regular Meeting Agenda';
const gH = ['Call to Order and Roll Call', 'Public Comment', 'Consent Calendar', 'Public Hearings', 'New Business', 'Adjournment'];
const gIntro = [
  j(
    'Members of the public may attend in person in the Council Chambers or watch the live stream. Written comments received by',
    '12:00 p.m. on the day of the meeting will be distributed to the Council and included in the record.',
  ),
];
const g1 = ['Pledge of Allegiance', 'Roll Call: Councilmembers Abara, Delacroix, Feeney, Huang, and Mayor Okonkwo-Reyes'];
const g2 = [
  j(
    'Members of the public may address the Council on any item not on the agenda. Each speaker is limited to three minutes. The',
    'Council cannot act on items raised under public comment but may refer them to staff.',
  ),
];
const g3 = [
  'Approval of the minutes of the regular meeting of February 17, 2026.',
  'Warrant register for the period January 30 through February 26, 2026, in the amount of $2,418,906.12.',
  'Resolution 2026-031 accepting the Elm Street sidewalk improvement project as complete and authorizing the release of retention.',
  'Award of contract to Tri-Valley Paving for the 2026 slurry seal program in the amount of $684,200.',
  'Second reading of Ordinance 1142 amending Chapter 9.20 of the Municipal Code regarding sidewalk vending.',
];
const g4 = [
  j(
    'Appeal of the Planning Commission’s approval of a conditional use permit for a drive-through coffee shop at 1880 Sequoia',
    'Boulevard (CUP 25-07). Recommendation: Hold the public hearing and adopt Resolution 2026-032 denying the appeal.',
  ),
  'Fiscal Year 2026-27 Master Fee Schedule update. Recommendation: Hold the public hearing and adopt Resolution 2026-033.',
];
const g5 = [
  'Presentation of the mid-year budget report and approval of budget amendments totaling $412,000 from the General Fund reserve.',
  'Discussion of a pilot program for overnight parking permits in the Westgate neighborhood, and direction to staff.',
  'Appointment of two members to the Parks and Recreation Commission.',
];
const g6 = ['The next regular meeting of the City Council will be held on Tuesday, March 17, 2026, at 6:00 p.m.'];
const gDocs = ['Agenda', 'Agenda Packet', 'Minutes', 'Video', 'MP3 Audio'];
const sec = (h: string, items: string): string => `<tr><td class="agendaSection" colspan="2"><h2>${h}</h2></td></tr>\n${items}`;
const row = (items: readonly string[], prefix: string): string =>
  items
    .map(
      (t, i) => `<tr class="agendaItem"><td class="itemNumber">${prefix}.${i + 1}</td><td class="itemTitle"><p>${t}</p>
<span class="itemAttachments"><a href="MetaViewer.php?view_id=4&amp;event_id=1902&amp;meta_id=${8800 + i}">Staff Report</a></span></td></tr>`,
    )
    .join('\n');
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Granicus - AgendaViewer - City of Alder Falls</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="https://alderfalls.granicus.example/css/agendaviewer.css">
<script type="text/javascript" src="https://alderfalls.granicus.example/JS/jquery.min.js"></script>
<script type="text/javascript">var Granicus = Granicus || {}; Granicus.event = {id: 1902, clip: 5520, viewId: 4};</script></head>
<body class="agendaviewer"><div id="granicus-header"><div class="logo"><img src="images/seal.png" alt="City of Alder Falls seal">
<span>City of Alder Falls</span></div>
<ul class="granicus-nav">${links(['Meetings and Agendas', 'Archived Videos', 'Live Stream', 'Subscribe'])}</ul></div>
<div id="player-bar"><a class="player-link" href="MediaPlayer.php?view_id=4&amp;clip_id=5520">Watch this meeting</a>
<span class="player-note">Video will be available after the meeting ends.</span></div>
<div id="agenda-container"><div class="agendaHeader"><p class="agencyName">CITY OF ALDER FALLS</p><h1>${gTitle}</h1>
<p class="meetingDate">Tuesday, March 3, 2026 - 6:00 PM</p><p class="meetingLocation">Council Chambers, 450 Civic Center Drive</p></div>
<div class="agendaIntro">${ps(gIntro)}</div>
<table class="agendaTable" role="presentation">
${sec(gH[0] ?? '', row(g1, '1'))}
${sec(gH[1] ?? '', `<tr><td></td><td>${ps(g2)}</td></tr>`)}
${sec(gH[2] ?? '', row(g3, '3'))}
${sec(gH[3] ?? '', row(g4, '4'))}
${sec(gH[4] ?? '', row(g5, '5'))}
${sec(gH[5] ?? '', `<tr><td></td><td>${ps(g6)}</td></tr>`)}
</table>
<div class="agendaDocs"><h3>Meeting Documents</h3><ul>${links(gDocs)}</ul></div>
<p class="ada">In compliance with the Americans with Disabilities Act, if you need special assistance to participate in this meeting, please contact
the City Clerk at 555-0190 at least 48 hours before the meeting.</p></div>
<div id="granicus-footer"><p>Powered by Granicus</p><ul>${links(['Privacy Policy', 'Accessibility', 'Help'])}</ul></div></body></html>`;
const agenda: TestPage = {
  name: 'heldout353-granicus-agendaviewer-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gIntro, ...g1, ...g2, ...g3, ...g4, ...g5, ...g6]),
  bylines: ['Tuesday, March 3, 2026 - 6:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'City of Alder Falls', 'Meetings and Agendas', 'Archived Videos', 'Live Stream', 'Subscribe', 'Watch this meeting',
    'Video will be available after the meeting ends.', 'CITY OF ALDER FALLS', 'Council Chambers, 450 Civic Center Drive', 'Staff Report',
    'Meeting Documents', ...gDocs.filter((d) => d !== 'Minutes' && d !== 'Agenda'), 'Powered by Granicus', 'Privacy Policy', 'Accessibility', 'Help',
    j(
      'In compliance with the Americans with Disabilities Act, if you need special assistance to participate in this meeting, please contact',
      'the City Clerk at 555-0190 at least 48 hours before the meeting.',
    ),
  ],
};

const sTitle = 'Mayor Lindqvist announces $18 million plan to rebuild Harbourside Library';
const sBody = [
  j(
    'Mayor Annika Lindqvist today announced an $18 million plan to replace the Harbourside branch library, which has been closed',
    'since a roof failure in August 2025, with a larger, fully accessible building on the same site.',
  ),
  j(
    'The plan, which goes to City Council for approval on April 7, would demolish the 1968 building and construct a two-storey',
    'library with a children’s wing, a maker space, six bookable study rooms and a community kitchen. The new branch is',
    'designed to meet the city’s net-zero building standard, with a geothermal heating system and rooftop solar panels.',
  ),
  j(
    '“Harbourside has gone without its library for too long,” said Mayor Lindqvist. “This is the busiest branch in our east end,',
    'and families told us clearly that they want it back, bigger and better. This plan delivers that without raising the library',
    'levy.”',
  ),
];
const sH = ['How the project will be paid for', 'Interim services', 'Next steps'];
const sPay = [
  j(
    'The project would be funded through a combination of the city’s capital reserve, a federal green infrastructure grant',
    'and insurance proceeds from the roof failure:',
  ),
];
const sTable: readonly (readonly [string, string])[] = [
  ['Capital reserve', '$9.2 million'],
  ['Green infrastructure grant', '$6.0 million'],
  ['Insurance settlement', '$2.8 million'],
];
const sInterim = [
  j(
    'Library staff who worked at Harbourside have been reassigned to other branches and to the expanded pop-up service, and no',
    'positions will be lost during construction.',
  ),
  j(
    'While the branch is rebuilt, the library’s pop-up service at the Harbourside Community Centre will expand from three to five',
    'days a week starting May 1, and the mobile library will add a Saturday stop at Pier Street.',
  ),
];
const sNext = ['If Council approves the plan, the city will:'];
const sNextList = [
  'hold two public design workshops in May and June;',
  'issue a construction tender in the fall of 2026; and',
  'begin demolition in early 2027, with the new branch expected to open in spring 2028.',
];
const sRelated = [
  'Library board approves extended Sunday hours',
  'Capital budget 2026: what it means for your neighbourhood',
  'Harbourside roof repairs update',
];
const sNav = ['Residents', 'Business', 'City Hall', 'Explore & Enjoy', 'Services & Payments'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${sTitle} - City of Port Serrin</title>
<meta name="Generator" content="Sitefinity 15.1.8300.0 DX"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-05">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-03-05",
"author":{"@type":"Organization","name":"Office of the Mayor"}}</script>
<link href="/ResourcePackages/PortSerrin/assets/dist/css/main.min.css" rel="stylesheet"><script src="/ScriptResource.axd?d=a7Xk2" type="text/javascript">
</script>
</head><body><form method="post" action="./harbourside-library" id="aspnetForm"><div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" value="/wEPDwUK"></div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="sf_colsIn container"><a href="/" class="site-logo"><img src="/images/logo.svg" alt="City of Port Serrin"></a>
<nav class="main-nav" aria-label="Main"><ul class="nav">${links(sNav, 'nav-item')}</ul></nav>
<div class="header-utility">${links(['311 Contact Centre', 'Pay a bill', 'Jobs'])}</div></div></header>
<nav class="breadcrumb-wrap"><ol class="breadcrumb">${links(['Home', 'City Hall', 'News releases'], 'breadcrumb-item')}</ol></nav>
<main id="main" class="sf_colsIn container"><div class="row"><div class="col-md-8 sf_colsIn">
<div class="sf-news-detail"><h1 class="sfnewsTitle">${sTitle}</h1>
<div class="sfnewsAuthorAndDate text-muted"><span class="sfnewsAuthor">Office of the Mayor</span> <span class="sfnewsDate">Thursday, March 5, 2026</span>
</div>
<div class="sfnewsSummary"><p class="lead">The new branch would open in 2028 with twice the floor space of the building it replaces.</p></div>
<figure class="sfnewsImage"><img src="/images/default-source/news/harbourside-rendering.jpg" alt="Architect's rendering of the new library">
<figcaption>An early concept of the new Harbourside branch. Rendering: Calder Hume Architects</figcaption></figure>
<div class="sfnewsContent sfcontent">${ps(sBody)}
<h2>${sH[0]}</h2>${ps(sPay)}
<table class="table"><thead><tr><th>Source</th><th>Amount</th></tr></thead><tbody>
${sTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<h2>${sH[1]}</h2>${ps(sInterim)}
<h2>${sH[2]}</h2>${ps(sNext)}<ul>${lis(sNextList)}</ul>
<p class="endmark">-30-</p>
<div class="media-contact"><h3>Media contact</h3><p>Tomas Reinholt, Communications Advisor, Office of the Mayor</p><p>media@portserrin.example</p></div>
</div>
<div class="share-links"><span>Share this page</span><a href="#" class="share-fb">Facebook</a><a href="#" class="share-li">LinkedIn</a>
<a href="#" class="share-email">Email</a></div></div></div>
<aside class="col-md-4 sf_colsIn"><div class="sf-content-block related-news"><h2>Related news</h2><ul>${links(sRelated)}</ul></div>
<div class="sf-content-block subscribe"><h2>Get city news by email</h2><p>Subscribe to news releases from the City of Port Serrin.</p>
<a class="btn btn-primary" href="/subscribe">Subscribe</a></div></aside></div></main>
<footer class="site-footer"><div class="container"><p>City Hall, 1 Quayside Plaza, Port Serrin</p><ul>${links([
  'Accessibility',
  'Privacy',
  'Terms of use',
  'Contact us',
])}</ul><p>© 2026 City of Port Serrin</p></div></footer></form></body></html>`;
const mayor: TestPage = {
  name: 'heldout353-sitefinity-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([
    'The new branch would open in 2028 with twice the floor space of the building it replaces.',
    ...sBody,
    ...sPay,
    ...sTable.flat(),
    ...sInterim,
    ...sNext,
    ...sNextList,
  ]),
  bylines: ['Office of the Mayor', 'Thursday, March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...sNav, '311 Contact Centre', 'Pay a bill', 'Jobs', 'Home', 'City Hall', 'News releases',
    'An early concept of the new Harbourside branch. Rendering: Calder Hume Architects', '-30-', 'Media contact',
    'Tomas Reinholt, Communications Advisor, Office of the Mayor', 'media@portserrin.example', 'Share this page', 'Facebook', 'LinkedIn',
    'Related news', ...sRelated, 'Get city news by email', 'Subscribe to news releases from the City of Port Serrin.', 'Subscribe',
    'City Hall, 1 Quayside Plaza, Port Serrin', 'Accessibility', 'Privacy', 'Terms of use', 'Contact us', '© 2026 City of Port Serrin',
  ],
};

export const HELDOUT353_C: readonly TestPage[] = [agenda, mayor];
