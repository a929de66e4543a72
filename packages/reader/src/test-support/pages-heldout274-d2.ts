import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file d2: an election-night results live page on a Gannett-style local
 * paper (the gnt_ markup: top navigation, "Subscribe" bar, headline, byline with role line and
 * "Published" / "Updated" time, a results table embed with its source and "Precincts reporting"
 * line, timestamped update entries, the "Get the Elections newsletter" box, "Contact" notes,
 * the "Most read" rail, the ad labels and the footer). A data page: the table's caption and data
 * cells are body, its header cells in neither list.
 */
const eTitle = 'Ridgefield County election results: Calloway wins mayor race, school levy passes';
const eIntro = paras(`
Voters in Ridgefield County chose a new mayor for the city of Ashby, decided two county commission seats and passed the school
operating levy on Tuesday. Follow our live updates below; results are unofficial until certified by the board of elections.
`);
const eCaption = 'Ashby mayor, unofficial results';
const eRows = [
  ['Denise Calloway', '14,208', '53.1%'],
  ['Howard Pruitt', '11,377', '42.5%'],
  ['Write-in', '1,176', '4.4%'],
];
interface EUpd {
  t: string;
  h: string;
  p: string[];
}
const eUpds: EUpd[] = [
  {
    t: '11:42 p.m.',
    h: 'Calloway declares victory in Ashby',
    p: paras(`
Denise Calloway told supporters at the Depot Street brewery that she had received a call from Howard Pruitt conceding the race.
"We ran on fixing the water plant and filling the empty storefronts downtown, and now we get to do it," she said.

Calloway, a two-term council member, will be the first woman to serve as mayor of Ashby. She takes office on Jan. 1.
`),
  },
  {
    t: '10:15 p.m.',
    h: 'School levy passes with 58% of the vote',
    p: paras(`
The Ridgefield City Schools operating levy passed comfortably, with 58% voting yes and all precincts counted. The five-year levy
will raise about $6.2 million a year and replaces one that expires in December.

Superintendent Lorraine Ebo said the money would keep class sizes at current levels and pay for a second school nurse at each
of the district's two middle schools.
`),
  },
  {
    t: '9:03 p.m.',
    h: 'Commission races too close to call',
    p: paras(`
Both county commission races are within 300 votes with about two thirds of precincts reporting. In the District 2 race,
incumbent Ray Tolliver leads challenger Amber Nakashima by 212 votes.

Provisional ballots and late-arriving mail ballots will be counted over the next ten days, so the final margins could shift.
`),
  },
  {
    t: '7:30 p.m.',
    h: 'Polls close; first results expected within the hour',
    p: paras(`
Polls have closed across Ridgefield County. The board of elections says early votes and mail ballots received before Monday
will be posted first, followed by results from the 61 precincts as they are counted.

Turnout looked steady through the day, elections director Carla Bevins said, with short lines at most polling places after work.
`),
  },
];
const eBody = [...texts(eIntro), eCaption, ...eRows.flat(), ...eUpds.flatMap((u) => texts(u.p))];
const eNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'eNewspaper', 'Legals', 'Elections'];
const eMost = ['Ashby water plant repairs to start in spring', 'Ridgefield High wins district title', 'New bakery opens on Market Square'];
const eFoot = ['Staff Directory', 'Accessibility', 'Our Ethical Principles', 'Careers', 'Privacy Policy', 'Terms of Service', 'Your Privacy Choices'];
const eUpd = (u: EUpd): string => `<div class="gnt_ar_b_lb_e" data-t="${u.t}"><div class="gnt_ar_b_lb_e_t">${u.t}</div>
<h3 class="gnt_ar_b_h3">${u.h}</h3>${u.p.map((x) => `<p class="gnt_ar_b_p">${x}</p>`).join('')}</div>`;
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${eTitle}</title>
<meta name="description" content="Live updates and results from election night in Ridgefield County."><meta property="og:site_name" content="The Ashby Courier">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${eTitle}",
"datePublished":"2026-11-03T19:30:00Z","author":[{"@type":"Person","name":"Kara Lindgren"}]}</script>
<script>window.gnt_utag_data={"ssts":"news/politics/elections","contenttype":"text-liveblog"};</script></head>
<body class="gnt_pgs"><header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="The Ashby Courier">The Ashby Courier</a>
<nav class="gnt_n_mn"><ul>${links(eNav, 'gnt_n_mn_l')}</ul></nav><a class="gnt_n_us_a" href="/subscribe">Subscribe</a>
<a class="gnt_n_us_si" href="/signin">Sign In</a></header>
<div class="gnt_ss"><span class="gnt_ss_t">Election Day Sale: Get unlimited access for $1</span><a href="/offers">Subscribe now</a></div>
<main class="gnt_cw"><article class="gnt_pr"><div class="gnt_ar_label">ELECTIONS</div><h1 class="gnt_ar_hl" elementtiming="ar-headline">${eTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/kara-lindgren/">Kara Lindgren</a><div class="gnt_ar_by_t">Ashby Courier</div></div>
<div class="gnt_ar_dt" aria-label="Published: 7:30 p.m. ET Nov. 3, 2026 Updated: 11:42 p.m. ET Nov. 3, 2026">Published 7:30 p.m. ET Nov. 3, 2026
<span class="gnt_ar_dt_u">Updated 11:42 p.m. ET Nov. 3, 2026</span></div>
<div class="gnt_ar_sb"><button class="gnt_ar_sb_btn" aria-label="Share">Share</button><button>Add Topic</button></div>
<div class="gnt_ar_b" aria-label="Article content">${eIntro.map((x) => `<p class="gnt_ar_b_p">${x}</p>`).join('')}
<aside class="gnt_em gnt_em__el" aria-label="Election results"><table class="gnt_em_t"><caption>${eCaption}</caption>
<thead><tr><th>Candidate</th><th>Votes</th><th>Pct.</th></tr></thead>
<tbody>${eRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>
<p class="gnt_em_t_src">Precincts reporting: 61 of 61</p><p class="gnt_em_t_src">Source: Ridgefield County Board of Elections</p></aside>
<div class="gnt_xmst"><div class="gnt_xmst_ad"><span>Advertisement</span></div></div>
<div class="gnt_ar_b_lb">${eUpds.map(eUpd).join('\n')}</div>
<aside class="gnt_em gnt_em__nl"><h4>Get the Elections newsletter</h4><p>Results, analysis and what comes next, delivered to your inbox.</p>
<button>Sign Up</button></aside>
<p class="gnt_ar_b_p gnt_ar_b_contact"><em>Contact Kara Lindgren at klindgren@ashbycourier.example or follow her on X @karalindgren.</em></p>
</div></article><aside class="gnt_rr"><h2 class="gnt_rr_h">Most read</h2><ul>${links(eMost)}</ul></aside></main>
<footer class="gnt_f"><ul>${links(eFoot)}</ul><p>© 2026 www.ashbycourier.example. All rights reserved.</p></footer></body></html>`;
export const electionLive: TestPage = {
  name: 'heldout274-gannett-election-results-live-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eUpds.map((u) => u.h),
  body: eBody,
  bylines: [
    ...eUpds.map((u) => u.t),
    'Kara Lindgren',
    'Ashby Courier',
    'Published 7:30 p.m. ET Nov. 3, 2026',
    'Updated 11:42 p.m. ET Nov. 3, 2026',
    'Contact Kara Lindgren at klindgren@ashbycourier.example or follow her on X @karalindgren.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Ashby Courier', ...eNav, 'Subscribe', 'Sign In', 'Election Day Sale: Get unlimited access for $1', 'Subscribe now', 'ELECTIONS', 'Share',
    'Add Topic', 'Precincts reporting: 61 of 61', 'Source: Ridgefield County Board of Elections', 'Advertisement', 'Get the Elections newsletter',
    'Results, analysis and what comes next, delivered to your inbox.', 'Sign Up', 'Most read', ...eMost, ...eFoot,
    '© 2026 www.ashbycourier.example. All rights reserved.',
  ],
};
