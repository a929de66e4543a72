import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 43, file a2: a CourtListener opinion page for a recent state appellate opinion scraped from the court's PDF
 * (the Bootstrap navbar with its dropdowns, the caption square with court and metadata, the tabs, the opinion as the court's
 * plain text in `<pre class="inline">` runs split by citation links: the slip opinion's header, caption block, counsel and
 * panel lines, the author line, roman-numbered headings, a running page header and a footnote; the sidebar with table of
 * contents, authorities, "Cited By", downloads, share links and the Free Law Project donation box, and the footer).
 */
const coTitle = 'Dunn v. Harlow Timber Co.';
/** `[[text|id]]` marks a citation CourtListener links. */
const coParas1 = [
  'Plaintiff appeals a judgment dismissing his claim for trespass after the trial court granted summary judgment to defendant on the ground ' +
    'that defendant holds a prescriptive easement over the gravel road that crosses plaintiff’s property. Plaintiff argues that the record ' +
    'contains evidence from which a factfinder could conclude that defendant’s use of the road was permissive rather than adverse. We agree, ' +
    'and we reverse and remand.',
];
const coH1 = 'I. BACKGROUND';
const coParas2 = [
  'We state the facts in the light most favorable to plaintiff, the nonmoving party. Plaintiff owns 60 acres of pasture and ' +
    'woodland east of Vida. A gravel road, known locally as the Quartz Creek spur, runs about half a mile across the property from a county ' +
    'road to the boundary of defendant’s timberland. Defendant and its predecessor have hauled logs over the spur since at least 1994.',
  'Plaintiff’s father, who owned the property until 2017, testified by deposition that he and the predecessor’s woods manager, Earl Voss, ' +
    'agreed in the early 1990s that the company could use the spur if it graded the road each autumn and kept the gate closed during ' +
    'calving season. Plaintiff’s father testified that the company graded the road ' +
    'most years and that, on at least two occasions, its crews waited at the closed gate until he came down to open it.',
  'In 2021, after defendant’s trucks widened a curve and felled four oak trees, plaintiff locked the gate and brought this action. ' +
    'Defendant moved for summary judgment on its counterclaim for a declaration that it holds a prescriptive easement. The trial court ' +
    'granted the motion, reasoning that the company’s open and continuous use was undisputed and that plaintiff’s ' +
    'evidence of permission was “vague and self-serving.”',
];
const coH2 = 'II. ANALYSIS';
const coParas3 = [
  'To establish a prescriptive easement, a claimant must prove by clear and convincing evidence that its use of the property was open and ' +
    'notorious, adverse to the rights of the owner, and continuous and uninterrupted for a period of 10 years. [[Thornburg v. Estacada Rock ' +
    'Co., 312 Or App 90, 96, 494 P3d 377 (2021)|4471902]]. Once the claimant shows open and continuous use for the statutory period, a ' +
    'presumption arises that the use was adverse. The owner may rebut that presumption with evidence that the use was permissive.',
  'The trial court’s reasoning does not survive our standard of review. Whether a witness’s account is vague or self-serving is a question ' +
    'of credibility, and credibility is not for the court to decide on summary judgment. [[Baird v. Kettering, 331 Or App 512, 519, 533 P3d ' +
    '1104 (2024)|6203318]]. The father’s testimony was specific about the terms of the arrangement, the person with whom he made it, and the ' +
    'conduct of both sides over many years. A company crew waiting at a closed gate is the kind of deference to an owner’s control that a ' +
    'factfinder could view as inconsistent with a claim of right.',
  'Defendant contends that any permission given to its predecessor lapsed when the timberland was sold to defendant in 2004, so that ' +
    'defendant’s own use was adverse from that date. Defendant’s operations ' +
    'manager testified that he “assumed the road came with the land,” but he did not say that anyone told plaintiff’s father so, and the ' +
    'father testified that the grading and the gate arrangement continued without change after the sale. A reasonable factfinder could ' +
    'infer that defendant stepped into the permissive arrangement rather than repudiating it. See [[Lindqvist v. Moyer, 301 Or App 27, 33, ' +
    '461 P3d 288 (2020)|4419050]] (successor’s use presumed to continue on the terms of its predecessor’s).',
  'Because there is a genuine issue of material fact as to whether defendant’s use was permissive, the trial court erred in granting ' +
    'summary judgment on the counterclaim and in dismissing plaintiff’s trespass claim, which depended on the same ruling.',
  'Reversed and remanded.',
];
const coNote =
  'Permission, once given, is not turned into an adverse use by the passage of time alone. The user must make a distinct and positive ' +
  'assertion of a right hostile to the owner, and that assertion must be brought home to the owner. [[Forbes v. Ahlgren, 287 Or App 655, ' +
  '662, 403 P3d 790 (2017)|4302277]].';
/** The text without its citation marks, as the page shows it. */
const bare = (t: string): string => t.replace(/\[\[([^|]+)\|\d+\]\]/g, '$1');
/** Plain text hard-wrapped as pdftotext does, the first line indented. */
function wrap(t: string, indent = '    '): string {
  const lines: string[] = [];
  let line = indent;
  for (const w of t.split(' ')) {
    if (line.trim() !== '' && line.length + w.replace(/\[\[|\|\d+\]\]/g, '').length > 66) {
      lines.push(line);
      line = '';
    }
    line += line === '' || line === indent ? w : ` ${w}`;
  }
  return [...lines, line].join('\n');
}
/** The URL piece of a cited case: its first party's name. */
const slugOf = (c: string): string => c.replace(/\s+/g, ' ').split(' v.')[0]!.toLowerCase().replace(/\W+/g, '-');
/** The text as CourtListener serves it: `<pre class="inline">` runs with each citation linked between them. */
const pre = (t: string): string =>
  `<pre class="inline">${t.replace(
    /\[\[([^|]+)\|(\d+)\]\]/g,
    (_, c: string, id: string) => `</pre><span class="citation" data-id="${id}"><a href="/opinion/${id}/${slugOf(c)}/">${c}</a></span><pre class="inline">`,
  )}</pre>`;
const coHead = `                                  No. 42          February 4, 2026                                    112

              IN THE COURT OF APPEALS OF THE
                      STATE OF OREGON

                       Raymond DUNN,
                    Plaintiff-Appellant,
                              v.
                    HARLOW TIMBER CO.,
                  an Oregon corporation,
                  Defendant-Respondent.
                Lane County Circuit Court
                    21CV39912; A178233

    Karen T. Whitlock, Judge.

    Argued and submitted May 14, 2025.

    Jamie Ostrander argued the cause for appellant. Also on the
briefs was Ostrander Legal PLLC.

    Beth Ann Ruiz argued the cause for respondent. Also on the
brief was Hale Ruiz LLP.

    Before Ortega, Presiding Judge, Hellman, Judge, and Sato,
Judge.

    ORTEGA, P. J.

    Reversed and remanded.
`;
const center = (h: string): string => `${' '.repeat(30)}${h}`;
const coText = [
  coHead,
  ...coParas1.map((p) => wrap(p)),
  center(coH1),
  ...coParas2.map((p) => wrap(p)),
  `${' '.repeat(36)}Cite as 339 Or App 112 (2026)${' '.repeat(20)}113`,
  center(coH2),
  ...coParas3.map((p, i) => wrap(p) + (i === 0 ? '1' : '')),
  '_______________',
  `     1\n${wrap(coNote)}`,
].join('\n\n');
const coNav = ['Case Law', 'RECAP Archive', 'Oral Argument Audio', 'Judges', 'Financial Disclosures', 'Citation Lookup', 'REST API', 'Bulk Data'];
const coAbout = ['About Us', 'FAQ', 'Coverage', 'Contact', 'Blog', 'Podcast', 'Jobs', 'Terms & Privacy', 'Developers', 'Donate'];
const coAuth = ['Thornburg v. Estacada Rock Co. (2021)', 'Baird v. Kettering (2024)', 'Lindqvist v. Moyer (2020)', 'Forbes v. Ahlgren (2017)'];
const coHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Language" content="en">
<title>${coTitle}, 339 Or. App. 112 – CourtListener.com</title>
<meta name="description" content="Opinion for ${coTitle}, 339 Or. App. 112 — Brought to you by Free Law Project, a non-profit dedicated to creating high
quality open legal information.">
<meta property="og:type" content="website"><meta property="og:site_name" content="CourtListener">
<link rel="stylesheet" href="/static/css/font-awesome.css" type="text/css"><link rel="stylesheet" href="/static/css/override.css" type="text/css">
<script defer data-domain="courtlistener.com" src="https://plausible.io/js/script.js"></script></head>
<body class="">
<div class="container round-bottom"><header class="row"><nav class="navbar navbar-default" role="navigation"><div class="container-fluid">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#main-nav-toggle"><span class="sr-only">Toggle
navigation</span>
<span class="icon-bar"></span><span class="icon-bar"></span></button><a class="navbar-brand" href="/"><img src="/static/png/logo.png" alt="CourtListener Logo"
height="29"></a></div>
<div class="collapse navbar-collapse" id="main-nav-toggle"><ul class="nav navbar-nav">
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-expanded="false">Search &amp; Tools <span
class="caret"></span></a>
<ul class="dropdown-menu" role="menu">${links(coNav)}</ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-expanded="false">About <span class="caret"></span></a>
<ul class="dropdown-menu" role="menu">${links(coAbout)}</ul></li></ul>
<ul class="nav navbar-nav navbar-right"><li><a href="/sign-in/?next=/opinion/10583214/dunn-v-harlow-timber-co/">Sign in /
Register</a></li></ul></div></div></nav></header>
<div class="row content">
<div class="col-xs-12 col-md-3 hidden-print" id="sidebar">
<div class="sidebar-section"><a href="/?q=&amp;type=o&amp;order_by=score+desc&amp;court=orctapp" class="btn btn-default">
<i class="fa fa-caret-left gray"></i>&nbsp;Back to Search</a></div>
<div class="sidebar-section"><h3><span>Table of Contents</span></h3><ul><li><a href="#caption">Caption</a></li><li class="active"><a
href="#o1">Opinion</a></li></ul></div>
<div class="sidebar-section"><h3><span>Authorities (4)</span></h3><p class="bottom">This opinion cites:</p><ul>${links(coAuth)}</ul>
<p><a href="/opinion/10583214/dunn-v-harlow-timber-co/authorities/" class="btn btn-default btn-xs">View All Authorities</a></p></div>
<div class="sidebar-section"><h3><span>Cited By (0)</span></h3><p>This case has not yet been cited in our system.</p>
<p><a href="/alert/citation/10583214/" class="btn btn-primary btn-xs"><i class="fa fa-bell"></i> Get Citation Alerts</a></p></div>
<div class="sidebar-section"><h3><span>Download Original</span></h3><p><a href="https://cdn.olis.example/opinions/A178233.pdf" rel="nofollow">From the
court</a></p>
<p><a href="https://storage.courtlistener.com/pdf/2026/02/04/dunn_v._harlow_timber_co..pdf" rel="nofollow">Our backup</a></p></div>
<div class="sidebar-section"><h3><span>Share</span></h3><a href="https://twitter.com/intent/tweet?url=https://www.courtlistener.com/opinion/10583214/"
class="btn btn-default btn-xs">
<i class="fa fa-twitter"></i></a><a href="mailto:?subject=${coTitle}" class="btn btn-default btn-xs"><i class="fa fa-envelope"></i> Email</a></div>
<div class="sidebar-section" id="donate-sidebar"><h3><span>Support FLP</span></h3><p class="bottom">CourtListener is a project of
<a href="https://free.law">Free Law Project</a>, a federally-recognized 501(c)(3) non-profit. We rely on donations for our financial security.</p>
<p>Please support our work with a donation.</p><p><a href="https://donate.free.law/forms/supportflp" class="btn btn-danger btn-lg">Donate
Now</a></p></div></div>
<div class="col-xs-12 col-md-9" id="opinion-content">
<div id="caption-square"><h1 class="jump-link" id="caption">${coTitle}</h1><h2 class="case-court">Court of Appeals of Oregon</h2>
<p class="bottom"><span class="meta-data-header">Filed:</span> <span class="meta-data-value">February 4th, 2026</span></p>
<p class="bottom"><span class="meta-data-header">Precedential Status:</span> <span class="meta-data-value">Precedential</span></p>
<p class="bottom"><span class="meta-data-header">Citations:</span> <span class="meta-data-value select-all">339 Or. App. 112</span></p>
<p class="bottom"><span class="meta-data-header">Docket Number:</span> <span class="meta-data-value select-all">A178233</span></p>
<p class="bottom"><span class="meta-data-header">Judges:</span> <span class="meta-data-value">Ortega, Hellman, Sato</span></p></div>
<ul class="nav nav-tabs hidden-print" role="tablist"><li class="active"><a href="#o1">Opinion</a></li><li><a href="authorities/">Authorities (4)</a></li>
<li><a href="cited-by/">Cited By (0)</a></li><li><a href="summaries/">Summaries (0)</a></li><li><a href="related/">Similar Cases</a></li></ul>
<div id="o1" class="tab-content"><article><div class="subopinion-content"><div class="plaintext" data-opinion-type="lead-opinion">
${pre(coText)}
</div></div></article></div>
<p class="hidden-print small gray">Source: <a href="https://www.courts.oregon.gov/publications/coa/Pages/default.aspx">Oregon Judicial Department</a> · Last
updated February 5, 2026</p>
</div></div>
<footer class="row hidden-print"><div class="col-xs-12"><p>CourtListener is sponsored by the non-profit <a href="https://free.law">Free Law Project</a>.</p>
<ul class="list-inline">${links(['Terms & Privacy', 'Contact', 'Jobs', 'Developers', 'Coverage', 'Donate'])}</ul>
<ul class="list-inline social"><li><a href="https://bsky.app/profile/courtlistener.com" aria-label="CourtListener on Bluesky"><i class="fa
fa-bluesky"></i></a></li>
<li><a href="https://github.com/freelawproject" aria-label="Free Law Project on GitHub"><i class="fa fa-github"></i></a></li></ul></div></footer></div>
<script type="text/javascript" src="/static/js/jquery/jquery-3.5.1.min.js"></script><script type="text/javascript" src="/static/js/bootstrap.min.js"></script>
</body></html>`;
export const courtOpinion: TestPage = {
  html: coHtml,
  name: 'heldout43-courtlistener-opinion',
  kind: 'docs',
  // the opinion's paragraphs (citations included: they are the court's sentences, the links only mark them) and its footnote
  // are body, the roman-numbered heads are the headings; the slip opinion's own caption block (court, parties, trial court and
  // docket, trial judge, counsel) is furniture, its dateline, "Argued and submitted" line, panel line and author line "ORTEGA,
  // P. J." are bylines, as are the filing date and judges of the caption square and the record's "Last updated" date; the
  // disposition "Reversed and remanded." in the
  // caption block is a word-for-word copy of the opinion's last paragraph (body): in neither; the "No. 42" number, the running
  // page header, page numbers and the footnote number are in neither (numbering); the metadata labels and values, tabs,
  // sidebar, navbar, source line and footer are furniture; "Opinion" (tab and contents) is furniture, not a body word here
  title: coTitle,
  headings: [coH1, coH2],
  body: [...coParas1, ...coParas2, ...coParas3, coNote].map(bare),
  bylines: [
    'February 4, 2026',
    'Argued and submitted May 14, 2025.',
    'Before Ortega, Presiding Judge, Hellman, Judge, and Sato, Judge.',
    'ORTEGA, P. J.',
    'February 4th, 2026',
    'Ortega, Hellman, Sato',
    'Last updated February 5, 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle navigation', 'Search & Tools', ...coNav, ...coAbout.filter((t) => t !== 'Donate'), 'Sign in / Register', 'Back to Search',
    'Table of Contents', 'Caption', 'Opinion', 'Authorities (4)', 'This opinion cites:', ...coAuth, 'View All Authorities', 'Cited By (0)',
    'This case has not yet been cited in our system.', 'Get Citation Alerts', 'Download Original', 'From the court', 'Our backup', 'Email',
    'Support FLP', 'Free Law Project', 'a federally-recognized 501(c)(3) non-profit. We rely on donations for our financial security.',
    'Please support our work with a donation.', 'Donate Now', 'Court of Appeals of Oregon', 'Filed:', 'Precedential Status:', 'Precedential',
    'Citations:', '339 Or. App. 112', 'Docket Number:', 'A178233', 'Judges:', 'Summaries (0)', 'Similar Cases',
    'IN THE COURT OF APPEALS OF THE STATE OF OREGON',
    'Raymond DUNN, Plaintiff-Appellant, v. HARLOW TIMBER CO., an Oregon corporation, Defendant-Respondent.', 'Lane County Circuit Court 21CV39912; A178233',
    'Karen T. Whitlock, Judge.', 'Jamie Ostrander argued the cause for appellant. Also on the briefs was Ostrander Legal PLLC.',
    'Beth Ann Ruiz argued the cause for respondent. Also on the brief was Hale Ruiz LLP.', 'Source:', 'Oregon Judicial Department', 'Share',
    'CourtListener is sponsored by the non-profit', 'Donate',
  ],
};
