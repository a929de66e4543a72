import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';
import { privacy } from './pages-heldout281-b2.js';

/**
 * Held-out batch 281, file b: a court opinion on a CourtListener-style page (case header with docket and court, the
 * headnotes panel, the opinion with a footnote, "Cited By" and "Authorities" sidebars, the donation banner, footer)
 * and, from file b2, a company's privacy policy built with Next.js (table of contents, cookie banner).
 */
const cTitle = 'Marisol Etxeberria v. Tallow Creek Grain Cooperative';
const cHeadnotes = [
  j(
    '1. An agricultural cooperative that withholds patronage refunds from a withdrawing member must follow the procedure in its',
    'own bylaws; a board vote taken after the member has left cannot cure a failure to give notice before withdrawal.',
  ),
  "2. Questions of the reasonableness of a cooperative's retention period are for the trier of fact.",
];
const cOpinion = [
  j(
    "This appeal asks whether a grain cooperative may keep a former member's accumulated patronage refunds for fifteen years",
    'when its bylaws, at the time she left, allowed a retention period of no more than seven. The district court granted summary',
    'judgment to the cooperative. We reverse and remand.',
  ),
  j(
    'Marisol Etxeberria farmed barley near Lusk Ferry for nineteen years and sold her crop through Tallow Creek Grain Cooperative.',
    'Each year the cooperative allocated part of its margin to members in proportion to their deliveries, paying a share in cash and',
    'crediting the rest to a retained equity account. When she sold her land in 2021 she withdrew from membership and asked for the',
    'balance of her account, which stood at $64,310.',
  ),
  j(
    "The cooperative's bylaws provided that retained equity \"shall be redeemed within seven years of a member's withdrawal, unless",
    'the board, having given the member written notice, determines that redemption would impair the financial condition of the',
    'cooperative."<sup class="footnote"><a href="#fn1" id="fnref1">1</a></sup> Five months after Etxeberria withdrew, the board',
    'amended that provision to allow a fifteen-year period and applied the amendment to all existing accounts.',
  ),
  j(
    'We read the bylaws as a contract between the cooperative and its members. The amendment could govern accounts of members who',
    'remained, because they agreed, by remaining, to be bound by later amendments. But Etxeberria was no longer a member when the',
    'amendment was adopted, and nothing in the bylaws suggests that a former member remains subject to changes made after she leaves.',
  ),
  j(
    'The cooperative argues that the board could in any event have delayed redemption under the impairment clause. Perhaps so, but',
    'the clause required written notice to the member, and the record contains none. The cooperative cannot rely on a power it did',
    'not exercise in the way its own bylaws required.',
  ),
  j(
    "Whether a seven-year retention is itself reasonable in light of the cooperative's finances is a question we do not reach; it",
    'was not decided below and turns on facts that remain in dispute.',
  ),
  'The judgment is reversed and the case is remanded for further proceedings consistent with this opinion.',
];
const cFootnotes = [
  j(
    '<a href="#fnref1">1</a> The same bylaws required the board to publish its annual redemption decision in the members\' newsletter.',
    'Neither party contends that this requirement bears on the question before us.',
  ),
];
const cNav = ['Search', 'Alerts', 'RECAP Archive', 'Oral Arguments', 'Judges', 'Visualizations', 'API'];
const cCited = ['Harrow Seed Co. v. Pell, 411 N.W.2d 87', "Ostrander v. Plains Dairy Ass'n, 902 P.2d 441", 'In re Bittern Mills Co-op, 77 B.R. 512'];
const cAuth = ['Kestel v. Farmers Union Elevator, 288 N.W.2d 19', 'Linden Valley Co-op v. Roark, 640 P.2d 1170'];
const cFoot = ['About', 'FAQ', 'Coverage', 'Contact', 'Donate', 'Terms & Privacy', 'Blog', 'Jobs'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cTitle}, 2024 Coast App. 118 | CourtListener.example</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Legislation","name":"${cTitle}"}</script>
</head><body><div id="donate-banner" class="alert alert-info hidden-print"><p>CourtListener is a project of a small non-profit. Please support our work with
a donation today.</p><a class="btn btn-danger" href="/donate/">Donate Now</a><button class="close">Close</button></div>
<nav class="navbar navbar-default" role="navigation"><a class="navbar-brand" href="/">CourtListener.example</a><ul class="nav navbar-nav">${links(cNav)}</ul>
<ul class="nav navbar-nav navbar-right"><li><a href="/sign-in/">Sign in</a></li><li><a href="/register/">Register</a></li></ul></nav>
<div class="container main-document"><div class="row"><div class="col-sm-9" id="opinion-column">
<div id="caption-square"><ul class="nav nav-tabs"><li class="active"><a href="#">Opinion</a></li><li><a href="#">Authorities</a></li>
<li><a href="#">Cited By</a></li><li><a href="#">Summaries</a></li></ul>
<h1 class="case-caption jump-link" data-type="opinion">${cTitle}</h1>
<p class="bottom case-court">Court of Appeals of Coast State</p>
<p class="case-date-new"><span class="meta-data-header">Filed:</span> <span class="meta-data-value">February 12th, 2024</span></p>
<p class="bottom"><span class="meta-data-header">Precedential Status:</span> <span class="meta-data-value">Precedential</span></p>
<p class="bottom"><span class="meta-data-header">Citations:</span> <span class="meta-data-value">2024 Coast App. 118</span></p>
<p class="bottom"><span class="meta-data-header">Docket Number:</span> <span class="meta-data-value">A-23-0417</span></p>
<p class="bottom"><span class="meta-data-header">Judges:</span> <span class="meta-data-value">Okonkwo-Baird, Lenz, Farrant</span></p></div>
<div class="headnotes"><h3 class="bottom">Headnotes</h3>
${ps(cHeadnotes, ' class="headnote"')}</div>
<div id="opinion-content" class="tab-content"><div class="serif-text"><div class="plaintext">
<p class="author">LENZ, Judge.</p>
${ps(cOpinion)}
<h2>Footnotes</h2><div class="footnotes">${ps(cFootnotes, ' class="footnote"')}</div></div></div></div>
<div class="opinion-actions"><a href="/download/A-23-0417.pdf" class="btn btn-default">Download Original</a>
<a href="#" class="btn btn-default">Create Alert</a><a href="#" class="btn btn-default">Cite this</a></div></div>
<div class="col-sm-3" id="sidebar"><div class="sidebar-section"><h3><span>Cited By (3)</span></h3><ul>${links(cCited)}</ul>
<a href="#" class="btn btn-default">View Citing Opinions</a></div>
<div class="sidebar-section"><h3><span>Authorities (2)</span></h3><ul>${links(cAuth)}</ul></div>
<div class="sidebar-section"><h3>Tags</h3><p>cooperatives, bylaws, patronage refunds</p></div>
<div class="sidebar-section support-us"><h3>Support CourtListener</h3><p>Free legal research needs your help. Become a member.</p></div></div></div></div>
<footer><ul class="list-inline">${links(cFoot)}</ul><p>Free Law Project Example is a 501(c)(3) non-profit.</p></footer>
<script src="/static/js/jquery.min.js"></script><script>var isMember = false; $('#donate-banner').removeClass('hidden');</script></body></html>`;
const court: TestPage = {
  name: 'heldout281-courtlistener-opinion-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Headnotes', 'Footnotes'],
  body: texts([...cHeadnotes, ...cOpinion, ...cFootnotes]),
  bylines: ['February 12th, 2024', 'LENZ, Judge.', 'Okonkwo-Baird, Lenz, Farrant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CourtListener is a project of a small non-profit.', 'Donate Now', 'Close', 'CourtListener.example', ...cNav, 'Sign in', 'Register', 'Opinion',
    'Authorities', 'Cited By', 'Summaries', 'Court of Appeals of Coast State', 'Filed:', 'Precedential Status:', 'Precedential', 'Citations:',
    '2024 Coast App. 118', 'Docket Number:', 'A-23-0417', 'Judges:', 'Download Original', 'Create Alert', 'Cite this', 'Cited By (3)', ...cCited,
    'View Citing Opinions', 'Authorities (2)', ...cAuth, 'Tags', 'cooperatives, bylaws, patronage refunds', 'Support CourtListener',
    'Free legal research needs your help. Become a member.', ...cFoot, 'Free Law Project Example is a 501(c)(3) non-profit.',
  ],
};

export const HELDOUT281_B: readonly TestPage[] = [court, privacy];
