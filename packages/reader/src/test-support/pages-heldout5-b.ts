import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 5 (news), written in session 9 before any measurement and without looking at
 * the reader's rules: a football match report under a live scoreboard with line-ups and a betting
 * panel, and a science news page in the phys.org manner (editors' notes, "More information",
 * "Provided by", citation and copyright notes).
 */
const match = [
  'Kwame Osei rose highest to meet a corner in the 88th minute and give Harcourt Town a 2-1 win over Millbridge Rovers, ' +
    'a result that lifts them back into the play-off places with four games left.',
  'For most of a wet evening at the Foundry Ground it looked as though Harcourt would be left to rue a sluggish start. ' +
    'Millbridge went ahead after nine minutes when Callum Reddy was left unmarked at the back post and volleyed in a ' +
    'cross from the left, the kind of goal Harcourt have conceded too often this season.',
  'The home side improved once Dion Ashworth moved infield from the right wing. His low shot was pushed onto the post by ' +
    'Tom Kerrigan on the half hour, and five minutes before the break Ashworth curled in the equaliser from just outside the area.',
  'The second half was scrappy. Both sides lost players to injury, and the referee booked five men in a spell of 20 minutes ' +
    'in which the ball spent more time in the air than on the grass. Millbridge had the better chances, and Jay Fenwick ' +
    'should have restored their lead when he shot straight at the goalkeeper from eight yards.',
  "The winner came from Harcourt's first corner of the half. Ashworth's delivery was whipped towards the penalty spot, " +
    'Osei beat two defenders to it and his header went in off the underside of the bar.',
  '"We talked at half-time about being braver on the ball, and for twenty minutes we were not," said Harcourt manager ' +
    'Steph Larkin. "But this group keeps going. Kwame has been waiting for a moment like that all season."',
  'Millbridge boss Gary Nuttall felt his side deserved a point. "We had the chances to put the game away and we did not ' +
    'take them. You get punished for that at this level," he said.',
  'Harcourt travel to Sedgeford on Saturday, while Millbridge, who have now lost three in a row, host the league leaders ' +
    'Ashcombe United on Tuesday night.',
];
const matchReport: TestPage = {
  name: 'heldout5-sports-match-report',
  kind: 'news',
  // gold: headline, standfirst, the report paragraphs and its two section headings
  title: 'Harcourt Town 2-1 Millbridge Rovers: Osei header keeps play-off hopes alive',
  headings: ['What the managers said', "What's next?"],
  body: ["Substitute striker scores with two minutes left after Ashworth had cancelled out Reddy's early opener.", ...texts(match)],
  bylines: ['By Ollie Grant', 'Football reporter at the Foundry Ground', 'Tuesday 18 March 2025 22:14, UK'],
  furniture: [
    'Full Time',
    "Osei 88'",
    "Ashworth 40'",
    "Reddy 9'",
    'Att: 7,412',
    'Report',
    'Live',
    'Teams',
    'Stats',
    'Watch highlights of the Championship match between Harcourt Town and Millbridge Rovers',
    'Man of the match: Dion Ashworth',
    'Line-ups',
    'Harcourt Town: Pike, Ellery, Drummond, Sato, Veale, Norris, Achebe, Ashworth, Lyle, Brand, Mbeki.',
    'Subs: Osei, Fry, Colquhoun, Dunn, Ward.',
    "Millbridge Rovers: Kerrigan, Hale, O'Dowd, Price, Lindqvist, Fenwick, Aziz, Moss, Reddy, Tully, Kane.",
    'Next up on the app: Sedgeford v Harcourt Town, Saturday 3pm',
    'Odds correct at time of publishing. 18+ | BeGambleAware.org',
    'Get Sky Sports',
    'Latest Football News',
    'Title race: the run-ins compared',
    'Accessibility',
    'Privacy Options',
  ],
  html: `<!DOCTYPE html><html lang="en-GB"><head><title>Harcourt Town 2-1 Millbridge Rovers: Osei header keeps play-off hopes alive | Football News | Sky\
 Sports</title></head><body class="sdc-site-layout">
<header class="sdc-site-header"><a class="sdc-site-header__logo">Sky Sports</a><nav class="sdc-site-header__nav"><a>Home</a><a>Football</a><a>Cricket</a>\
<a>F1</a><a>Scores</a><a class="sdc-site-header__cta">Get Sky Sports</a></nav></header>
<div class="sdc-site-match-header" data-component-name="match-header"><p class="sdc-site-match-header__status">Full Time</p><div\
 class="sdc-site-match-header__body"><span class="sdc-site-match-header__team-name">Harcourt Town</span><span class="sdc-site-match-header__team-score">2\
</span><span class="sdc-site-match-header__team-score">1</span><span class="sdc-site-match-header__team-name">Millbridge Rovers</span></div>
<ul class="sdc-site-match-header__team-synopsis" data-side="home"><li>Ashworth 40'</li><li>Osei 88'</li></ul><ul class="sdc-site-match-header__team-synopsis"\
 data-side="away"><li>Reddy 9'</li></ul><p class="sdc-site-match-header__detail-venue">Foundry Ground. Att: 7,412</p>
<nav class="sdc-site-localnav"><ul><li><a aria-current="page">Report</a></li><li><a>Live</a></li><li><a>Teams</a></li><li><a>Stats</a></li></ul></nav></div>
<main class="sdc-site-layout__col1"><div class="sdc-article-header"><h1 class="sdc-article-header__long-title">Harcourt Town 2-1 Millbridge Rovers: Osei\
 header keeps play-off hopes alive</h1><p class="sdc-article-header__sub-title">Substitute striker scores with two minutes left after Ashworth had\
 cancelled out Reddy's early opener.</p>
<div class="sdc-article-author"><p class="sdc-article-author__byline">By Ollie Grant</p><p class="sdc-article-author__job">Football reporter at the\
 Foundry Ground</p></div><p class="sdc-article-date__date-time">Tuesday 18 March 2025 22:14, UK</p></div>
<div class="sdc-article-video"><div class="sdc-site-video" data-component-name="video"><button class="sdc-site-video__play">Play</button><p\
 class="sdc-site-video__caption">Watch highlights of the Championship match between Harcourt Town and Millbridge Rovers</p></div></div>
<div class="sdc-article-body sdc-article-body--story sdc-article-body--lead">${ps(match.slice(0, 3))}
<div class="sdc-article-widget sdc-site-motm"><p class="sdc-site-motm__label">Man of the match: Dion Ashworth</p></div>
${ps(match.slice(3, 5))}
<div class="sdc-article-widget sdc-article-betting"><p>Next up on the app: Sedgeford v Harcourt Town, Saturday 3pm</p><p class="sdc-article-betting__small">\
Odds correct at time of publishing. 18+ | BeGambleAware.org</p></div>
<h3>What the managers said</h3>${ps(match.slice(5, 7))}
<h3>What's next?</h3>${ps(match.slice(7))}</div>
<div class="sdc-site-team-lineups"><h2>Line-ups</h2><p>Harcourt Town: Pike, Ellery, Drummond, Sato, Veale, Norris, Achebe, Ashworth, Lyle, Brand, Mbeki.\
</p><p>Subs: Osei, Fry, Colquhoun, Dunn, Ward.</p><p>Millbridge Rovers: Kerrigan, Hale, O'Dowd, Price, Lindqvist, Fenwick, Aziz, Moss, Reddy, Tully, Kane.\
</p></div></main>
<aside class="sdc-site-layout__col2"><div class="sdc-site-tile-list"><h2>Latest Football News</h2><ul><li><a>Title race: the run-ins compared</a></li>\
<li><a>Transfer window: the deals done so far</a></li></ul></div></aside>
<footer class="sdc-site-footer"><ul><li><a>Privacy Options</a></li><li><a>Accessibility</a></li><li><a>Contact Us</a></li></ul><p>© 2025 Sky UK</p></footer>\
</body></html>`,
};

const lichen = [
  'Lichens growing on the dry-stone walls of northern England hold far more carbon than anyone had counted, according ' +
    'to a survey of more than 300 kilometers of wall in the Pennine hills.',
  'Researchers at the University of Northmoor measured the crusts and leafy growths on wall faces at 140 sites and ' +
    'estimated that each kilometer of old wall carries between 1.2 and 2.6 tonnes of carbon in living and dead lichen ' +
    "material. Across the region's walls, that adds up to roughly the carbon stored in 9,000 hectares of young woodland.",
  '"Walls are usually treated as a boundary, not a habitat," said Dr. Helen Crossley, an ecologist at Northmoor and ' +
    'lead author of the study. "When you actually scrape and weigh what is living on them, a wall turns out to be a ' +
    'thin, vertical grassland that nobody has been counting."',
  'The team found that the age of a wall mattered more than the type of stone. Walls built during the enclosures of ' +
    'the late 18th century carried nearly three times as much lichen per square meter as walls rebuilt since 1950, ' +
    'because slow-growing species take decades to establish and are lost when stones are cleaned or reset.',
  'The carbon in lichen is not locked away for good. Some of it is returned to the air as the organisms respire and ' +
    'decay, and the authors estimate that about a fifth of the total reaches the soil at the foot of the wall each decade.',
  'Even so, the researchers argue that the findings should change how walls are repaired. Many restoration grants ' +
    'pay for walls to be taken down and rebuilt in full, which strips off the lichen. Rebuilding only collapsed ' +
    'sections, and keeping the original face stones the right way round, would keep most of it in place.',
  '"Nobody is suggesting walls will solve climate change," said co-author Dr. Sanjay Mehra. "But if we are paying ' +
    'to rebuild them anyway, a few changes in how it is done cost nothing and keep a great deal of life on the stone."',
  'The group now plans to repeat the survey in Wales and the Scottish Borders, where walls are built from different ' + 'rocks and the climate is wetter.',
];
const scienceNews: TestPage = {
  name: 'heldout5-science-news-doi',
  kind: 'news',
  // gold: headline and the story paragraphs; the "More information", journal, "Provided by", citation and copyright lines are furniture
  title: 'Old dry-stone walls hold a hidden store of carbon in their lichens',
  headings: [],
  body: texts(lichen),
  bylines: ['by University of Northmoor', 'edited by Sadie Harley, reviewed by Robert Egan', 'March 3, 2025'],
  furniture: [
    'Nanotechnology',
    'Astronomy & Space',
    'Other Sciences',
    'Biology',
    'Ecology',
    "Editors' notes",
    "This article has been reviewed according to Science X's editorial process and policies.",
    'fact-checked',
    'peer-reviewed publication',
    'trusted source',
    'proofread',
    'Lichens on a field wall above Malham, surveyed in 2023.',
    'Credit: Helen Crossley',
    'More information: Helen Crossley et al, Carbon stocks of lichen communities on dry-stone field boundaries',
    'DOI: 10.1111/1365-2745.14290',
    'Journal information: Journal of Ecology',
    'Provided by University of Northmoor',
    'Citation: Old dry-stone walls hold a hidden store of carbon in their lichens (2025, March 3) retrieved 4 March 2025',
    'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, ' +
      'no part may be reproduced without the written permission.',
    'Explore further',
    'Moss on city roofs cools buildings in summer heat',
    'Feedback to editors',
    'Sign up for our free newsletter',
    'Get weekly and/or daily updates delivered to your inbox.',
    'Related Stories',
    'Recommended for you',
    'Let us know if there is a problem with our content',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Old dry-stone walls hold a hidden store of carbon in their lichens</title>\
<meta property="og:site_name" content="Phys.org"></head><body>
<header class="header"><div class="container"><a class="header__logo" href="/">Phys.org</a><nav class="header__nav"><ul class="nav"><li>\
<a>Nanotechnology</a></li><li><a>Physics</a></li><li><a>Earth</a></li><li><a>Astronomy &amp; Space</a></li><li><a>Chemistry</a></li><li><a>Biology</a>\
</li><li><a>Other Sciences</a></li></ul></nav></div></header>
<div class="container"><div class="row"><div class="col-12 col-lg-8"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a>Home\
</a></li><li class="breadcrumb-item"><a>Biology</a></li><li class="breadcrumb-item active">Ecology</li></ol></nav>
<article class="news-article"><div class="article__info"><p class="article__info-item text-low">March 3, 2025</p></div>
<div class="d-flex article__editors-note"><details><summary class="text-medium">Editors' notes</summary><p>This article has been reviewed according to\
 Science X's editorial process and policies. Editors have highlighted the following attributes while ensuring the content's credibility:</p><ul><li>\
fact-checked</li><li>peer-reviewed publication</li><li>trusted source</li><li>proofread</li></ul></details></div>
<h1 class="text-extra-large line-low mb-2">Old dry-stone walls hold a hidden store of carbon in their lichens</h1>
<div class="article-byline text-low"><p>by <a>University of Northmoor</a></p><p>edited by Sadie Harley, reviewed by Robert Egan</p></div>
<div class="article-main"><figure class="article-img"><img src="https://scx1.b-cdn.net/csz/news/800a/2025/dry-stone-wall.jpg" alt="dry-stone wall"\
 title="Lichens on a field wall"><figcaption class="text-darken text-low-up mt-3"><p>Lichens on a field wall above Malham, surveyed in 2023.\
</p> Credit: Helen Crossley</figcaption></figure>
${ps(lichen.slice(0, 4))}
<div class="article-banner"><div class="newsletter-box"><p class="newsletter-box__title">Sign up for our free newsletter</p><p>Get weekly and/or daily\
 updates delivered to your inbox.</p><form><input type="email"><button>Subscribe</button></form></div></div>
${ps(lichen.slice(4))}
<p><strong>More information:</strong> Helen Crossley et al, Carbon stocks of lichen communities on dry-stone field boundaries, <i>Journal of Ecology</i>\
 (2025). <a href="https://dx.doi.org/10.1111/1365-2745.14290">DOI: 10.1111/1365-2745.14290</a></p>
<p><strong>Journal information:</strong> <a>Journal of Ecology</a></p>
<div class="article-main__more p-4"><p>Provided by <a>University of Northmoor</a></p></div>
<div class="article-main__citation"><p class="text-low">Citation: Old dry-stone walls hold a hidden store of carbon in their lichens (2025, March 3)\
 retrieved 4 March 2025 from https://phys.org/news/2025-03-dry-stone-walls-carbon-lichens.html</p><p class="article-main__note text-low">This document is\
 subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written\
 permission. The content is provided for information purposes only.</p></div></div>
<div class="article-main__explore"><p class="explore-title">Explore further</p><a>Moss on city roofs cools buildings in summer heat</a></div>
<div class="article__share"><a aria-label="Facebook"><svg></svg></a><a aria-label="Twitter"><svg></svg></a><a aria-label="Email"><svg></svg></a></div>
<div class="article__feedback"><button>Feedback to editors</button></div></article></div>
<div class="col-12 col-lg-4"><section class="sidebar-related"><h3>Related Stories</h3><ul><li><a>Moss on city roofs cools buildings in summer heat</a>\
</li></ul><h3>Recommended for you</h3><ul><li><a>Hedgerow soils store twice the carbon of nearby fields</a></li></ul></section></div></div></div>
<div class="feedback-form"><p>Let us know if there is a problem with our content</p><p>Use this form if you have come across a typo, inaccuracy or would\
 like to send an edit request for the content on this page.</p></div>
<footer class="footer"><p>© Phys.org 2003 - 2025 powered by Science X Network</p></footer></body></html>`,
};

export const HELDOUT5_B: readonly TestPage[] = [matchReport, scienceNews];
