import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 12, file e: an old.reddit.com thread (top bar of subreddits, vote arrows and scores, link flair and
 * user flair, "permalink embed save report reply" rows, "load more comments", the subreddit sidebar with rules) and a
 * court opinion on a CourtListener-style page (case metadata block, caption lines, judges, the opinion with centred
 * Roman-numeral section headings and numbered footnotes, "Cited By" and "Authorities" rails, download links).
 */
const rdTitle = 'First winter with two hives: one colony died, the other is booming. What did I do differently?';
const rdPost = [
  'Second-year beekeeper here. Both hives went into October looking almost identical: ten frames of bees, plenty of ' +
    'capped honey, and I treated both for mites in August with the same product on the same day.',
  'Opened them up on the first warm day last weekend. Hive A is packed, bees flying, already bringing in willow ' +
    'pollen. Hive B is dead. A small cluster of maybe two hundred bees, heads down in the cells, about a finger’s width ' +
    'from a full frame of honey.',
  'The only differences I can think of: Hive B sits in a hollow at the bottom of the garden where frost lingers, and ' +
    'I gave it a solid floor in November because I was worried about draughts. Hive A kept its mesh floor. Could that ' +
    'really be the difference, or is this just bad luck?',
];
const rdComments = [
  {
    who: 'drone_congregation',
    flair: 'Zone 6b, 14 hives',
    score: '212 points',
    age: '8 hours ago',
    text: [
      'Heads down in cells with honey a few inches away is classic isolation starvation. The cluster got too small to ' +
        'move across to the stores during a long cold snap. That usually means the colony was already weak going into ' +
        'winter, and mites are the most common reason, even when you treated.',
      'Do a sugar roll or alcohol wash on the strong hive this spring and check your treatment timing. August can be a ' +
        'little late if the mite load was already climbing in July.',
    ],
  },
  {
    who: 'hollowoak_apiary',
    flair: 'OP',
    score: '64 points',
    age: '7 hours ago',
    text: ['I never did a mite count after treating, I just assumed it worked. Lesson learned. Would the solid floor have made it worse?'],
  },
  {
    who: 'mossbank_meadery',
    flair: 'Commercial, 300 colonies',
    score: '97 points',
    age: '6 hours ago',
    text: [
      'Probably not by itself. Damp kills more bees than cold, and a frost hollow plus a solid floor can mean ' +
        'condensation dripping on the cluster. Look for mould on the outer frames. If you see it, move that stand ' +
        'uphill and tilt the hive slightly forward so water runs out of the entrance.',
    ],
  },
];
const rdRules = ['Be civil and assume good faith', 'No selling bees, queens or equipment', 'Photos need a question or some context'];
const rdBar = ['popular', 'all', 'random', 'users', 'AskReddit', 'worldnews', 'pics', 'gardening', 'mildlyinteresting'];
const rdButtons = (first: string): string =>
  `<ul class="flat-list buttons"><li class="first"><a class="bylink" href="/r/Beekeeping/comments/1j8kq2c/x/">${first}</a></li>` +
  '<li><a class="embed-comment" href="javascript:void(0)">embed</a></li><li class="comment-save-button"><a href="javascript:void(0)">save</a></li>' +
  '<li class="report-button"><a class="reportbtn" href="javascript:void(0)">report</a></li>' +
  '<li class="reply-button"><a class="access-required" href="javascript:void(0)">reply</a></li></ul>';
const rdComment = (c: (typeof rdComments)[number], i: number): string =>
  `<div class="thing id-t1_kq${i} noncollapsed comment" data-author="${c.who}" data-type="comment" data-subreddit="Beekeeping">
<div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div>
<div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand">[–]</a><a href="/user/${c.who}" class="author may-blank${
    c.flair === 'OP' ? ' submitter' : ''
  }">${c.who}</a>${c.flair === 'OP' ? '' : `<span class="flair" title="${c.flair}">${c.flair}</span>`}<span class="userattrs"></span>
<span class="score unvoted" title="${c.score.split(' ')[0]}">${c.score}</span>
<time class="live-timestamp" datetime="2025-03-09T10:00:00+00:00">${c.age}</time></p>
<form class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container"><div class="md">${ps(c.text)}</div></div></form>
${rdButtons('permalink')}</div><div class="child"></div></div>`;
const rdHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>${rdTitle} : r/Beekeeping</title>
<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="${rdPost[0]!.slice(0, 120)}">
<meta property="og:site_name" content="reddit"><meta property="og:title" content="r/Beekeeping on Reddit: ${rdTitle}">
<link rel="canonical" href="https://www.reddit.example/r/Beekeeping/comments/1j8kq2c/first_winter_with_two_hives/">
<link rel="stylesheet" href="//www.redditstatic.example/reddit.Mv1rD6bE7a8.css">
<script type="text/javascript" id="config">r.setup({"cur_domain": "reddit.example", "user": false, "cur_listing": "Beekeeping"})</script></head>
<body class="listing-page comments-page loggedout"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="dropdown srdrop"><span class="selected title">my subreddits</span></div>
<div class="sr-list"><ul class="flat-list sr-bar hover">
${rdBar.map((t) => `<li><a href="/r/${t}/" class="choice">${t}</a></li>`).join('')}</ul></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a><span class="hover pagename redditname">
<a href="/r/Beekeeping/">Beekeeping</a></span><ul class="tabmenu"><li class="selected"><a href="/r/Beekeeping/comments/1j8kq2c/x/">comments</a></li>
<li><a href="/r/Beekeeping/duplicates/1j8kq2c/">other discussions (1)</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a href="/login" class="login-required">Log in or sign up</a> in seconds.</span>
<span class="separator">|</span><ul class="flat-list hover"><li><a href="javascript:void(0)" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="/r/Beekeeping/search" id="search" role="search"><input type="text" name="q"
placeholder="search" tabindex="20"></form></div><div class="spacer"><div class="titlebox"><h1 class="hover redditname">
<a href="/r/Beekeeping/" class="hover">Beekeeping</a></h1><span class="fancy-toggle-button subscribe-button toggle">
<a class="option active add login-required" href="#">subscribe</a></span><span class="subscribers"><span class="number">312,448</span>
<span class="word">readers</span></span><p class="users-online"><span class="number">418</span> <span class="word">users here now</span></p>
<div class="usertext-body"><div class="md"><h3>Rules</h3><ol>${rdRules.map((t) => `<li>${t}</li>`).join('')}</ol></div></div>
<div class="bottom">created by <a href="/user/hivemind_admin" class="author">hivemind_admin</a>
<span class="age">a community for 15 years</span></div></div></div>
<div class="spacer"><div class="sidecontentbox"><div class="title"><h1>MODERATORS</h1></div>
<ul class="content"><li><a href="/user/queenright">queenright</a></li>
</ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable">
<div class="thing id-t3_1j8kq2c odd link self" data-author="hollowoak_apiary" data-subreddit="Beekeeping" data-score="438" data-comments-count="37">
<div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div>
<div class="score unvoted" title="438">438</div><div class="arrow down login-required access-required" role="button" aria-label="downvote"></div></div>
<div class="entry unvoted"><div class="top-matter">
<p class="title"><a class="title may-blank" href="/r/Beekeeping/comments/1j8kq2c/x/" tabindex="1">${rdTitle}</a>
<span class="linkflairlabel" title="Question - Beginner">Question - Beginner</span>
<span class="domain">(<a href="/r/Beekeeping/">self.Beekeeping</a>)</span></p>
<p class="tagline">submitted <time title="Sun Mar 9 08:41:12 2025 UTC" datetime="2025-03-09T08:41:12+00:00" class="live-timestamp">9 hours ago</time> by
<a href="/user/hollowoak_apiary" class="author may-blank">hollowoak_apiary</a><span class="flair" title="UK, 2 hives">UK, 2 hives</span></p></div>
<div class="expando"><form class="usertext warn-on-unload" id="form-t3_1j8kq2c"><div class="usertext-body may-blank-within md-container"><div class="md">
${ps(rdPost)}
</div></div></form></div>
<ul class="flat-list buttons"><li class="first"><a class="bylink comments may-blank" href="/r/Beekeeping/comments/1j8kq2c/x/">37 comments</a></li>
<li class="share"><a class="post-sharing-button" href="javascript:void(0)">share</a></li><li class="link-save-button save-button"><a href="#">save</a></li>
<li><form class="state-button hide-button"><span><a href="javascript:void(0)">hide</a></span></form></li>
<li class="report-button"><a href="javascript:void(0)" class="reportbtn">report</a></li></ul></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 37 comments</span></div>
<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span>
<div class="dropdown lightdrop"><span class="selected">best</span></div></div></div>
<div class="sitetable nestedlisting" id="siteTable_t3_1j8kq2c">
${rdComments.map(rdComment).join('\n')}
<div class="morechildren"><span class="morecomments"><a class="button" href="javascript:void(0)">load more comments (31 replies)</a></span></div>
</div></div></div>
<div class="footer-parent"><div class="footer rounded"><ul class="flat-vert">${links(['about', 'careers', 'press', 'advertise', 'blog', 'help'])}</ul>
<p class="bottommenu">Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.</p>
<p class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div></div>
<script type="text/javascript" src="//www.redditstatic.example/reddit-init.en.Ts9gNLcIM9k.js"></script></body></html>`;
const oldReddit: TestPage = {
  html: rdHtml,
  name: 'heldout12-old-reddit-thread',
  kind: 'forum',
  // decided: the self-post and the comments' text are body (a thread's posts, as on the earlier forum pages); usernames
  // and the relative times are bylines; scores, flairs, the link flair, button rows and the sidebar are furniture
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), ...rdComments.flatMap((c) => texts(c.text))],
  bylines: ['hollowoak_apiary', '9 hours ago', ...rdComments.flatMap((c) => (c.flair === 'OP' ? [c.age] : [c.who, c.age]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', 'my subreddits', ...rdBar, 'reddit.com', 'other discussions (1)', 'Want to join? Log in or sign up in seconds.', 'English',
    'subscribe', '312,448', 'readers', 'users here now', 'Rules', ...rdRules, 'created by hivemind_admin', 'a community for 15 years',
    'MODERATORS', 'queenright',
    'Question - Beginner', '(self.Beekeeping)', 'UK, 2 hives', '37 comments', 'share', 'hide', 'all 37 comments', 'sorted by:', 'best', '[–]',
    'Zone 6b, 14 hives', 'Commercial, 300 colonies', '212 points', '64 points', '97 points', 'permalink', 'embed', 'save', 'report', 'reply',
    'load more comments (31 replies)', 'about', 'careers', 'press', 'advertise', 'blog', 'help',
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.',
    'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.',
  ],
};

const fn = (n: number): string => `<sup id="ref-fn${n}"><a href="#fn${n}" class="footnote">${n}</a></sup>`;
const ctTitle = 'Marrow v. Pell County School District No. 4';
const ctIntro = [
  'Petitioner, a parent of two children enrolled in respondent school district, asked the district for the location ' +
    'records produced by the GPS units installed on its school buses. The district refused, and the circuit court ' +
    'upheld that refusal on the ground that the records were exempt from disclosure as information about students. We ' +
    'conclude that the records are public records that are not exempt in their entirety, and we therefore reverse and remand.',
];
const ctBackground = [
  `The district operates 38 buses, each fitted with a unit that records the bus’s position every ten seconds while ` +
    `the engine is running.${fn(1)} The data are kept for 90 days on a server operated by the district’s vendor and are ` +
    'used to settle complaints about late buses and to plan routes.',
  'Petitioner requested the data for four routes over a two-week period, explaining that she believed the buses serving ' +
    'her neighbourhood were regularly arriving after the start of the school day. The district denied the request, ' +
    'stating that the data would reveal where individual students are picked up and dropped off.',
];
const ctDiscussion = [
  `The district does not dispute that the location data are public records. It relies instead on the exemption for ` +
    `records that identify a student, arguing that anyone who knows which children ride a bus can infer their homes ` +
    `from the places where the bus stops.${fn(2)}`,
  'We are not persuaded that the exemption reaches so far. A record of where a vehicle travelled does not, on its face, ' +
    'identify any person. The possibility that a record could be combined with other information to learn something ' +
    'about a student is not the same as the record identifying that student, and the district’s reading would exempt ' +
    'nearly every record of its transport operations.',
  'That does not end the matter. The statute requires a public body to separate exempt material from material that is ' +
    'not exempt and to disclose the latter. On remand, the court should consider whether the stop locations themselves ' +
    'may be withheld while the times and routes between them are disclosed.',
];
const ctConclusion = ['Reversed and remanded.'];
const ctNotes = [
  'The units also record speed and engine idling time. Petitioner did not request those fields, and we do not address them.',
  'The district also invoked the exemption for security plans in the trial court but has not renewed that argument on appeal.',
];
const ctHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ctTitle}, 338 Or. App. 412 (2025) – CourtListener.com</title>
<meta name="description" content="Opinion for ${ctTitle}, 338 Or. App. 412 — Brought to you by Free Law Project,
a non-profit dedicated to creating high quality open legal information.">
<meta property="og:type" content="article"><meta property="og:title" content="${ctTitle}, 338 Or. App. 412 (2025)">
<meta name="citation_title" content="${ctTitle}"><meta name="citation_publication_date" content="2025/03/05">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Legislation","name":"${ctTitle}","datePublished":"2025-03-05"}</script>
<script defer data-domain="courtlistener.example" src="https://plausible.example/js/script.js"></script>
<style>#opinion-content .center{text-align:center}.footnote{font-size:.85em}</style></head>
<body class="old-style"><div id="app"><nav class="navbar navbar-default" role="navigation"><a class="navbar-brand" href="/">CourtListener</a>
<ul class="nav navbar-nav">${links(['Search', 'RECAP Archive', 'Oral Arguments', 'Judges', 'APIs', 'Donate'])}</ul>
<ul class="nav navbar-nav navbar-right"><li><a href="/sign-in/">Sign in / Register</a></li></ul></nav>
<div class="container round-10"><div class="row">
<div class="col-sm-3 sidebar-section" id="sidebar"><div class="sidebar-section"><h3><span>Download Original</span></h3>
<ul><li><a href="https://storage.courtlistener.example/pdf/2025/03/05/marrow_v_pell.pdf">Download PDF</a></li>
<li><a href="/api/rest/v4/opinions/10293811/">Download JSON</a></li></ul></div>
<div class="sidebar-section"><h3><span>Cited By (3)</span></h3><ul>
<li><a href="/opinion/10391102/doe-v-harlan-county/">Doe v. Harlan County</a></li>
<li><a href="/opinion/10402218/ortiz-v-city-of-salem/">Ortiz v. City of Salem</a></li></ul><a href="/?q=cites%3A10293811">View All Citing Opinions</a></div>
<div class="sidebar-section"><h3><span>Authorities (6)</span></h3><p>This opinion cites 6 opinions.</p></div>
<div class="sidebar-section"><button class="btn btn-default" id="alert-button">Get Citation Alerts</button></div></div>
<article class="col-sm-9"><div id="caption-square"><ul class="nav nav-tabs" role="tablist"><li class="active"><a href="#">Opinion</a></li>
<li><a href="/opinion/10293811/marrow-v-pell/authorities/">Authorities</a></li><li><a href="/opinion/10293811/marrow-v-pell/cited-by/">Cited By</a></li></ul>
<h2 class="case-caption jump-link" id="caption">${ctTitle}</h2>
<div class="case-details"><p class="bottom"><span class="meta-data-header">Court:</span> <span class="meta-data-value">Court of Appeals of Oregon</span></p>
<p class="bottom"><span class="meta-data-header">Date filed:</span> <span class="meta-data-value">March 5, 2025</span></p>
<p class="bottom"><span class="meta-data-header">Status:</span> <span class="meta-data-value">Precedential</span></p>
<p class="bottom"><span class="meta-data-header">Citations:</span> <span class="meta-data-value">338 Or. App. 412</span></p>
<p class="bottom"><span class="meta-data-header">Docket Number:</span> <span class="meta-data-value">A181944</span></p>
<p class="bottom"><span class="meta-data-header">Judges:</span>
<span class="meta-data-value">Lindqvist, Presiding Judge, and Okafor and Brandt, Judges</span></p></div></div>
<div id="opinion-content" class="tab-content"><div class="opinion-body" id="opinion-lead">
<div class="serif-text harvard"><p class="center">IN THE COURT OF APPEALS OF THE STATE OF OREGON</p>
<p class="center">JUNE MARROW, Petitioner-Appellant, v. PELL COUNTY SCHOOL DISTRICT NO. 4, Respondent.</p>
<p class="center">Pell County Circuit Court 22CV40118; A181944</p>
<p class="center">Argued and submitted October 16, 2024.</p>
<p class="center">Before Lindqvist, Presiding Judge, and Okafor and Brandt, Judges.</p>
<p class="author">OKAFOR, J.</p>
${ps(ctIntro)}
<p class="center"><strong>I. BACKGROUND</strong></p>
${ps(ctBackground)}
<p class="center"><strong>II. DISCUSSION</strong></p>
${ps(ctDiscussion)}
<p class="center"><strong>III. CONCLUSION</strong></p>
${ps(ctConclusion)}
<div class="footnotes"><hr>
${ctNotes.map((t, i) => `<div class="footnote" id="fn${i + 1}"><p><a href="#ref-fn${i + 1}">${i + 1}</a> ${t}</p></div>`).join('\n')}
</div></div></div></div></article></div></div>
<footer class="footer"><p>Free Law Project is a 501(c)(3) non-profit that relies on donations to keep this site running.</p>
<ul>${links(['About', 'FAQ', 'Terms & Privacy', 'Contact', 'Donate'])}</ul></footer></div>
<script src="/static/js/base.js" defer></script></body></html>`;
const courtOpinion: TestPage = {
  html: ctHtml,
  name: 'heldout12-court-opinion',
  kind: 'docs',
  // decided: the court's own footnotes are body (prose the court wrote, part of its reasoning), their numbers stay in
  // the text; the case-details block and the caption lines at the head of the opinion (court, parties, docket,
  // "Argued and submitted", panel) are furniture, the date filed and the "OKAFOR, J." author line are bylines; the
  // centred Roman-numeral lines are the opinion's section headings
  title: ctTitle,
  headings: ['I. BACKGROUND', 'II. DISCUSSION', 'III. CONCLUSION'],
  // gold changed in round 11 (a convention conflict, the HTML untouched): footnotes are kept out of the article text as
  // side notes on every earlier page (notes.ts; the wiki, Substack and blog pages count them as furniture), so the
  // court's footnotes are furniture here too, not body; the note marks in the text stay body, as on those pages
  body: [...texts(ctIntro), ...texts(ctBackground), ...texts(ctDiscussion), ...ctConclusion],
  bylines: ['March 5, 2025', 'OKAFOR, J.', 'Argued and submitted October 16, 2024.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CourtListener', 'RECAP Archive', 'Oral Arguments', 'Judges', 'APIs', 'Sign in / Register', 'Download Original', 'Download PDF',
    'Download JSON', 'Cited By (3)', 'Doe v. Harlan County', 'Ortiz v. City of Salem', 'View All Citing Opinions', 'Authorities (6)',
    'This opinion cites 6 opinions.', 'Get Citation Alerts', 'Opinion', 'Authorities', 'Cited By', 'Court:', 'Court of Appeals of Oregon',
    'Date filed:', 'Status:', 'Precedential', 'Citations:', '338 Or. App. 412', 'Docket Number:', 'A181944', 'Judges:',
    'Lindqvist, Presiding Judge, and Okafor and Brandt, Judges', 'IN THE COURT OF APPEALS OF THE STATE OF OREGON',
    'JUNE MARROW, Petitioner-Appellant, v. PELL COUNTY SCHOOL DISTRICT NO. 4, Respondent.', 'Pell County Circuit Court 22CV40118; A181944',
    'Before Lindqvist, Presiding Judge, and Okafor and Brandt, Judges.',
    'Free Law Project is a 501(c)(3) non-profit that relies on donations to keep this site running.', 'FAQ', 'Terms & Privacy', 'Contact',
    ...ctNotes,
  ],
};

export const HELDOUT12_E: readonly TestPage[] = [oldReddit, courtOpinion];
