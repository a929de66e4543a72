import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 13, file e: a personal journal entry on Dreamwidth (control strip, journal header, entry header with
 * userpic and date, mood/music/location fields, tags, entry links, threaded comments with Link/Reply/Thread, journal
 * sidebar, style credit) and a quarterly earnings release on a company investor-relations site in the style of Q4 Inc
 * (IR nav, wire dateline, highlights, CEO quote, financial tables, outlook, webcast, boilerplate, contacts).
 */
const dwTitle = 'The allotment in March, and my father’s seed tin';
const dwParas = [
  'Went up to the plot this afternoon for the first time since before Christmas. The frost has lifted the edges of the paths again and ' +
    'the rhubarb is already pushing up those alarming red fists, which happens every year and surprises me every year.',
  'Mostly I was there to sort out the shed. Somewhere under the fleece and the broken cloches was Dad’s old seed tin, the square green ' +
    'one that used to hold shortbread, and I finally opened it properly. Everything is still in the order he kept it: beans at the back, ' +
    'then peas, then brassicas, then a jumble of envelopes labelled in his capitals with the year he saved them. The last date is 2019.',
  'I know most of it won’t come up. Saved bean seed is fairly tough, though, and there are two envelopes of his runner beans, the ' +
    'white-flowered ones he got from a neighbour on the old allotment in the eighties and never bought again. I am going to try a ' +
    'dozen of them in pots on the kitchen windowsill next month and see. If even three come up I will save from those and keep the ' +
    'line going.',
  'The neighbour on the next plot, Mrs Okonjo, came over while I was sitting on the upturned bucket reading envelopes. She said she ' +
    'remembered him giving her a handful of those beans the first summer she had her plot, and that hers had come from his ever since. ' +
    'So the line might be safer than I thought. She has promised to bring me some of hers if mine fail, which made me unreasonably ' +
    'teary in a muddy shed.',
  'Plans for the next few weekends, written down so I actually do them: dig over the two top beds, move the compost bays away from the ' +
    'hedge, and fix the water butt before the council turns the taps on in April. And buy new fleece. The old stuff is more hole than fleece.',
  'Anyway. It was cold and bright and I came home with mud to the knee and a tin full of my father’s handwriting, and I think it was ' +
    'the best afternoon I have had since January.',
];
const dwComments: { user: string; date: string; text: string; depth: number }[] = [
  {
    user: 'marrowfat',
    date: '2025-03-02 10:02 pm (UTC)',
    depth: 1,
    text: 'Oh, this is lovely. Please post if the beans come up! I’d happily swap for some of my purple podded peas.',
  },
  { user: 'fernwick', date: '2025-03-02 10:31 pm (UTC)', depth: 2, text: 'Deal, if they come up. I’ll report back in April either way.' },
  {
    user: 'quietlapwing',
    date: '2025-03-03 07:15 am (UTC)',
    depth: 1,
    text: 'Mrs Okonjo sounds like a treasure. Soak them overnight before sowing, it helped my old ones.',
  },
];
const dwSide = ['Recent Entries', 'Archive', 'Reading', 'Tags', 'Memories', 'Profile'];
const dwTags = ['allotment', 'dad', 'gardening'];
const dwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>fernwick: The allotment in March, and my father’s seed tin</title>
<meta property="og:title" content="${dwTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Dreamwidth Studios">
<meta property="og:url" content="https://fernwick.dreamwidth.org/48213.html"><meta property="og:image" content="https://v2.dreamwidth.org/8821443/2910577">
<link rel="stylesheet" href="https://www.dreamwidth.org/stc/??lj_base.css,controlstrip-new.css,widgets/quickupdate.css?v=1741200000">
<link rel="stylesheet" href="https://fernwick.dreamwidth.org/res/2910577/stylesheet?1739411234">
<script src="https://www.dreamwidth.org/js/??jquery/jquery-1.8.3.js,jquery.ajaxtip.js,jquery.threadexpander.js?v=1741200000"></script>
<script>Site = window.Site || {}; Site.currentJournal = "fernwick"; Site.has_remote = 0; Site.ctx_popup = 1;</script></head>
<body class="page-entry two-columns-left logged-out"><div id="lj_controlstrip"><div id="lj_controlstrip_user">
<a href="https://fernwick.dreamwidth.org/profile"><img src="https://www.dreamwidth.org/img/silk/identity/user.png" alt="[personal profile]"></a>
<a href="https://fernwick.dreamwidth.org/"><b>fernwick</b></a></div><div id="lj_controlstrip_actionlinks"><ul>
${links(['Create an Account', 'Log in', 'Explore', 'Search'])}</ul></div></div>
<div id="canvas"><div class="inner"><div id="header"><div class="inner"><h1 id="title"><span>fernwick’s notebook</span></h1>
<h2 id="pagetitle"><span>Entry</span></h2></div></div>
<div id="content"><div class="inner"><div id="primary"><div class="inner">
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P has-userpic has-subject" id="entry-wrapper-48213">
<div class="separator separator-before"><div class="inner"></div></div><div class="entry" id="entry-48213"><div class="inner">
<div class="header"><div class="inner"><h3 class="entry-title"><a title="${dwTitle}" href="https://fernwick.dreamwidth.org/48213.html">${dwTitle}</a></h3>
<span class="datetime"><span class="date"><a href="https://fernwick.dreamwidth.org/2025/03/02/">Mar. 2nd, 2025</a></span> <span class="time">09:14 pm</span>
</span></div></div>
<div><div class="contents"><div class="inner"><div class="userpic"><a href="https://fernwick.dreamwidth.org/icons">
<img src="https://v2.dreamwidth.org/8821443/2910577"
alt="[personal profile] fernwick" width="100" height="100"></a></div>
<div class="entry-content">${dwParas.join('<br />\n<br />\n')}</div>
<div class="metadata bottom-metadata"><ul><li><span class="metadata-label metadata-label-mood">mood: </span><span class="metadata-item metadata-item-mood">
<img src="https://www.dreamwidth.org/img/mood/classic/contemplative.gif" alt="contemplative">wistful</span></li>
<li><span class="metadata-label metadata-label-music">music: </span>
<span class="metadata-item metadata-item-music">The Saltmarsh Choir - Low Tide Hymn</span></li>
<li><span class="metadata-label metadata-label-location">location: </span><span class="metadata-item metadata-item-location">the shed, plot 14</span></li>
</ul></div>
</div></div></div>
<div class="footer"><div class="inner"><div class="tag"><span class="tag-text">Tags:</span><ul>
${dwTags.map((t) => `<li><a rel="tag" href="https://fernwick.dreamwidth.org/tag/${t}">${t}</a></li>`).join('\n')}</ul></div>
<ul class="entry-management-links text-links"><li class="first-item">
<a href="https://www.dreamwidth.org/tools/memadd?journal=fernwick&amp;itemid=48213">Add to Memories</a></li>
<li><a href="https://www.dreamwidth.org/tools/tellafriend?journal=fernwick&amp;itemid=48213">Share</a></li></ul>
<ul class="entry-interaction-links text-links"><li class="entry-readlink first-item">
<a href="https://fernwick.dreamwidth.org/48213.html#comments">3 comments</a></li>
<li class="entry-permalink"><a href="https://fernwick.dreamwidth.org/48213.html">Link</a></li>
<li class="entry-replylink"><a href="https://fernwick.dreamwidth.org/48213.html?mode=reply">Reply</a></li></ul></div></div></div></div></div>
<div id="comments"><div class="comment-pages toppages">Flat | Top-Level Comments Only</div>
${dwComments
  .map(
    (c, i) => `<div class="comment-thread comment-depth-${c.depth % 2 ? 'odd' : 'even'} comment-depth-${c.depth}"><div class="dwexpcomment">
<div class="comment-wrapper comment-wrapper-odd visible full has-userpic no-subject" id="cmt${7701 + i}"><div class="comment" id="comment-cmt${7701 + i}">
<div class="inner"><div class="header"><div class="inner"><h4 class="comment-title"><span class="invisible">(no subject)</span></h4>
<div class="comment-info"><span class="comment-poster"><span class="ljuser" lj:user="${c.user}"><a href="https://${c.user}.dreamwidth.org/"><b>${c.user}</b>
</a></span></span>
<span class="datetime">${c.date}</span></div></div></div>
<div class="contents"><div class="inner"><div class="comment-content">${c.text}</div></div></div>
<div class="footer"><div class="inner"><ul class="text-links comment-management-links"><li class="link commentpermalink first-item">
<a href="?thread=${7701 + i}#cmt${7701 + i}">Link</a></li></ul>
<ul class="text-links comment-interaction-links"><li class="link reply first-item"><a href="?replyto=${7701 + i}">Reply</a></li>
<li class="link commentthread"><a href="?thread=${7701 + i}">Thread</a></li></ul></div></div></div></div></div></div></div>`,
  )
  .join('\n')}
</div></div></div>
<div id="secondary"><div class="inner"><div class="module-navlinks module"><ul class="module-list">${links(dwSide, 'module-list-item')}</ul></div>
<div class="module-credit module"><h2 class="module-header">Style Credit</h2><ul class="module-list">
<li>Style: Practicality for Hearthglow by tallowfeather</li></ul></div>
<div class="module-cuttagcontrols module"><h2 class="module-header">Expand Cut Tags</h2><p>No cut tags</p></div></div></div></div></div>
<div id="footer"><div class="inner"><div class="page-top"><a href="#">Page generated Mar. 9th, 2025 04:12 am GMT</a></div>
<div class="powered">Powered by Dreamwidth Studios</div></div></div></div></div></body></html>`;
const journal: TestPage = {
  html: dwHtml,
  name: 'heldout13-dreamwidth-journal',
  kind: 'blog',
  // hard calls: the entry's paragraphs (split by <br /> pairs) are the body; the comments are readers' replies, not the
  // entry, so their text is furniture and each commenter's name and stamp a byline; mood/music/location fields, tags, entry
  // and comment links, the journal's title and sidebar, the style credit and the page-generated stamp are furniture
  title: dwTitle,
  headings: [],
  body: dwParas,
  bylines: ['fernwick', 'Mar. 2nd, 2025', '09:14 pm', 'marrowfat', 'quietlapwing', ...dwComments.map((c) => c.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Create an Account', 'Log in', 'Explore', 'Search', 'fernwick’s notebook', 'Entry', 'mood:', 'wistful', 'music:',
    'The Saltmarsh Choir - Low Tide Hymn', 'location:', 'the shed, plot 14', 'Tags:', ...dwTags, 'Add to Memories', 'Share', '3 comments', 'Link', 'Reply',
    'Flat | Top-Level Comments Only', '(no subject)', ...dwComments.map((c) => c.text), 'Thread', ...dwSide, 'Style Credit',
    'Style: Practicality for Hearthglow by tallowfeather', 'Expand Cut Tags', 'No cut tags', 'Page generated Mar. 9th, 2025 04:12 am GMT',
    'Powered by Dreamwidth Studios',
  ],
};

const irTitle = 'Brightwell Instruments Reports Fourth Quarter and Full Year 2024 Results';
const irLead = [
  'AUSTIN, Texas, Feb. 20, 2025 (GLOBE NEWSWIRE) -- Brightwell Instruments, Inc. (NASDAQ: BWLI), a maker of laboratory sensors and ' +
    'monitoring software, today reported financial results for the fourth quarter and full year ended December 31, 2024.',
];
const irQ4 = [
  'Revenue of $142.8 million, up 12% from $127.5 million in the fourth quarter of 2023.',
  'Software and services revenue of $38.1 million, up 27% year over year, reaching 27% of total revenue.',
  'GAAP net income of $9.6 million, or $0.31 per diluted share, compared with $6.2 million, or $0.20 per diluted share, a year earlier.',
  'Non-GAAP net income of $15.4 million, or $0.49 per diluted share.',
  'Cash flow from operations of $24.7 million; cash and investments of $211.3 million at quarter end.',
];
const irFy = [
  'Revenue of $531.6 million, up 9% from $487.9 million in 2023.',
  'GAAP net income of $30.2 million, or $0.97 per diluted share, and non-GAAP net income of $54.8 million, or $1.76 per diluted share.',
  'Repurchased 1.1 million shares for $36.5 million under the company’s share repurchase program.',
];
const irQuote = [
  '“We finished the year with our strongest quarter yet,” said Laura Vintner, Chief Executive Officer of Brightwell. “Our monitoring ' +
    'software is now installed in more than 2,400 laboratories, and customers who buy sensors increasingly buy the service that watches ' +
    'them too. That shift is why software grew more than twice as fast as the company in 2024, and it is where we will keep investing.”',
  '“Gross margin expanded by 140 basis points for the year, helped by the software mix and by lower component costs in the second half,” ' +
    'said Marcus Hale, Chief Financial Officer. “We enter 2025 with a strong balance sheet and no debt.”',
];
const irOutlook = [
  'For the first quarter of 2025, Brightwell expects revenue of $128 million to $134 million and non-GAAP earnings of $0.38 to $0.42 per ' +
    'diluted share. For the full year 2025, the company expects revenue of $570 million to $590 million, growth of 7% to 11%.',
];
const irCall = [
  'Brightwell will host a conference call today at 4:30 p.m. Eastern Time to discuss these results. A live webcast and a replay will be ' +
    'available on the Events &amp; Presentations page of the company’s investor relations website. Participants may also dial ' +
    '1-888-555-0199 (toll-free) or 1-646-555-0177 (international) and use conference ID 7741023.',
];
const irAbout = [
  'Brightwell Instruments makes sensors and software that monitor temperature, humidity and gas levels in laboratories, pharmacies and ' +
    'food plants. Founded in 1998, the company is headquartered in Austin, Texas.',
];
const irNonGaap = [
  'Brightwell reports non-GAAP net income and non-GAAP earnings per share, which exclude stock-based compensation, amortization of acquired ' +
    'intangible assets and certain one-time items. Reconciliations to the most directly comparable GAAP measures are included in the tables below.',
];
const irFls = [
  'This press release contains forward-looking statements, including statements about our expected revenue and earnings for 2025. These ' +
    'statements are based on current expectations and are subject to risks and uncertainties that could cause actual results to differ ' +
    'materially, including those described in our most recent Annual Report on Form 10-K. We undertake no obligation to update them.',
];
const irRows = [
  ['Revenue', '142,812', '127,504', '531,620', '487,913'],
  ['Gross profit', '81,829', '71,021', '302,488', '270,789'],
  ['Operating income', '11,903', '7,844', '37,215', '27,604'],
  ['Net income', '9,588', '6,201', '30,197', '22,480'],
  ['Diluted earnings per share', '0.31', '0.20', '0.97', '0.72'],
];
const irNav = [
  'Overview',
  'News & Events',
  'Press Releases',
  'Events & Presentations',
  'Financials',
  'Quarterly Results',
  'SEC Filings',
  'Governance',
  'Stock Info',
];
const ul = (xs: string[]): string => `<ul type="disc">${xs.map((x) => `<li style="text-align:justify;">${x}</li>`).join('\n')}</ul>`;
const irHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${irTitle} :: Brightwell Instruments, Inc. (BWLI)</title>
<meta property="og:title" content="${irTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/_Theme/Brightwell/css/site.min.css?v=5.152.0.2">
<script>var q4Defaults = {"fileIcon":"/_Theme/Brightwell/images/icons/file.svg","sitePath":"/","languageId":1};</script>
<script src="/_Theme/Brightwell/js/q4.min.js?v=5.152.0.2" defer></script></head>
<body class="PageSection-newsdetails"><a href="#maincontent" class="SkipNavigation">Skip to main content</a>
<header class="layout_header"><a href="https://www.brightwell.example" class="layout_logo">Brightwell Instruments</a>
<div class="stock-header"><span class="stock-header_symbol">NASDAQ: BWLI</span><span class="stock-header_price">$38.42</span>
<span class="stock-header_change">+0.57 (1.51%)</span><span class="stock-header_delay">Pricing delayed by 20 minutes</span></div>
<nav class="nav nav--main" aria-label="Investor navigation"><ul class="level1">${links(irNav, 'nav_item')}</ul></nav></header>
<main id="maincontent" class="layout_content"><div class="module module-news-details"><div class="module_container module_container--outer">
<div class="module_actions"><a href="/news-events/press-releases" class="module_link module_link--back">View All News</a>
<a href="/rss/news-releases.xml" class="module_link module_link--rss">RSS</a>
<a class="module_link module_link--pdf" href="/static-files/5e1d2b">Download PDF</a></div>
<div class="module_date-time"><span class="module_date-text">February 20, 2025 4:05pm EST</span></div>
<div class="module_headline"><h1 class="module_headline-text">${irTitle}</h1></div>
<div class="module_body" id="newsbody">
${ps(irLead, ' align="justify"')}
<p align="justify"><strong>Fourth Quarter 2024 Highlights</strong></p>
${ul(irQ4)}
<p align="justify"><strong>Full Year 2024 Highlights</strong></p>
${ul(irFy)}
${ps(irQuote, ' align="justify"')}
<p align="justify"><strong>Business Outlook</strong></p>
${ps(irOutlook, ' align="justify"')}
<p align="justify"><strong>Conference Call and Webcast</strong></p>
${ps(irCall, ' align="justify"')}
<p align="justify"><strong>About Brightwell Instruments</strong></p>
${ps(irAbout, ' align="justify"')}
<p align="justify"><strong>Non-GAAP Financial Measures</strong></p>
${ps(irNonGaap, ' align="justify"')}
<p align="justify"><strong>Forward-Looking Statements</strong></p>
${ps(irFls, ' align="justify"')}
<p align="justify"><strong>Investor Contact</strong><br>Nadia Brooks, Vice President, Investor Relations<br>ir@brightwell.example</p>
<p align="center"><strong>BRIGHTWELL INSTRUMENTS, INC.</strong><br><strong>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</strong><br>
(in thousands, except per share data)<br>(unaudited)</p>
<table class="gnw_table_border_collapse" style="border-collapse:collapse;width:100%;"><thead><tr><td></td>
<td colspan="2" style="text-align:center;">Three Months Ended December 31,</td><td colspan="2" style="text-align:center;">Year Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr></thead><tbody>
${irRows.map((r) => `<tr>${r.map((c, i) => `<td style="text-align:${i === 0 ? 'left' : 'right'};">${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<img src="https://ml.globenewswire.com/media/Y2E4NTk5/small/brightwell-logo.png" alt="Brightwell Instruments logo" class="gnw_logo"></div>
<div class="module_share"><span class="module_share-label">Share this release</span>${links(['LinkedIn', 'Email'], 'module_share-item')}</div>
</div></div>
<div class="module module-email-alerts"><h2 class="module_title">Email Alerts</h2><p>Sign up to receive the latest Brightwell news and filings.</p>
<a class="button" href="/resources/email-alerts">Subscribe</a></div></main>
<footer class="layout_footer"><ul>${links(['Contact IR', 'Investor FAQ', 'Privacy Policy', 'Terms of Use'])}</ul>
<p>© 2025 Brightwell Instruments, Inc. All rights reserved.</p><p class="q4-powered">Powered By Q4 Inc. 5.152.0.2</p></footer></body></html>`;
const earnings: TestPage = {
  html: irHtml,
  name: 'heldout13-earnings-release',
  kind: 'news',
  // hard calls: the wire dateline opens the first paragraph (kept in body, as on the agency release); the bold section
  // lines are headings; the statement of operations is a table of figures, in neither list with its captions and cells;
  // the About, Non-GAAP and Forward-Looking boilerplate (with their headings) and the contacts are furniture: every release
  // repeats them and a summary of the quarter does not want them; the webcast paragraph is news of the day, so body
  title: irTitle,
  headings: ['Fourth Quarter 2024 Highlights', 'Full Year 2024 Highlights', 'Business Outlook', 'Conference Call and Webcast'],
  body: [...texts(irLead), ...texts(irQ4), ...texts(irFy), ...texts(irQuote), ...texts(irOutlook), ...texts(irCall)],
  bylines: ['February 20, 2025 4:05pm EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Brightwell Instruments', 'NASDAQ: BWLI', '+0.57 (1.51%)', 'Pricing delayed by 20 minutes', ...irNav, 'View All News', 'RSS',
    'Download PDF', 'About Brightwell Instruments', ...texts(irAbout), 'Non-GAAP Financial Measures', ...texts(irNonGaap), 'Forward-Looking Statements',
    ...texts(irFls), 'Investor Contact', 'Nadia Brooks, Vice President, Investor Relations', 'ir@brightwell.example', 'Share this release', 'LinkedIn',
    'Email', 'Email Alerts', 'Sign up to receive the latest Brightwell news and filings.', 'Subscribe', 'Contact IR', 'Investor FAQ', 'Privacy Policy',
    'Terms of Use', '© 2025 Brightwell Instruments, Inc. All rights reserved.', 'Powered By Q4 Inc. 5.152.0.2',
  ],
};

export const HELDOUT13_E: readonly TestPage[] = [journal, earnings];
