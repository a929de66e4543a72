import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 11, file b: a dev.to (Forem) post with the reactions sidebar, tags, an embedded GitHub repository
 * card from a liquid tag, a code block, "Top comments" and the author sidebar, and a district council's minutes page
 * (attendees list, numbered agenda items as headings, motions with mover, seconder and result, document links).
 */
const devIntro = [
  'I maintain a small command-line tool that renames photos by the date they were taken. It had one open issue that ' +
    'refused to die: on some machines the progress bar flickered and left half-drawn lines all over the terminal.',
  'It took me an embarrassing two weekends to find, so here is the short version in case it saves you one.',
];
const devCause = [
  'The tool redraws the progress bar by writing a carriage return and the new line. That only works if nothing else ' +
    'writes to the terminal in between, and my logger was printing warnings to standard error on another thread.',
  'On my own machine the warnings were rare, so the bar looked fine. On a user’s network drive every other file ' +
    'produced a warning about missing metadata, and the two streams tore each other apart.',
];
const devFix = [
  'The fix was to route every message through the progress bar’s own print method, which clears the bar, prints the ' +
    'line above it and redraws. The library I use already had one; I had simply never called it.',
  'I also now disable the bar entirely when standard error is not a terminal, so piping the output to a file gives ' +
    'clean lines instead of a wall of control characters.',
];
const devTakeaways = [
  'Anything that redraws a line owns the terminal; everything else has to ask it for permission.',
  'Test with slow storage and noisy input, not only with the neat folder on your own desktop.',
  'Check whether the output is a terminal before drawing anything fancy at all.',
];
const devCode = `<div class="highlight js-code-highlight"><pre class="highlight rust"><code><span class="k">let</span> bar = ProgressBar::new(total);
bar.println(format!("skipped {}", path.display()));</code></pre>
<div class="highlight__panel js-actions-panel"><button class="highlight-action" title="Enter fullscreen mode">Enter fullscreen mode</button>
<button class="highlight-action" title="Exit fullscreen mode">Exit fullscreen mode</button></div></div>`;
const devNav = ['Home', 'DEV++', 'Podcasts', 'Videos', 'Tags', 'DEV Help', 'Forem Shop'];
const devNext = ['Writing a TUI without a framework', 'What I learned maintaining a tiny crate for three years'];
const devHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The progress bar that ate my logs - DEV Community</title>
<meta name="author" content="Sam Oduya"><script type="application/ld+json">{"@context":"http://schema.org","@type":"Article",
"headline":"The progress bar that ate my logs","author":{"@type":"Person","name":"Sam Oduya"},"datePublished":"2025-02-03T09:41:12Z"}</script></head>
<body class="default-header" data-user-status="logged-out"><a href="#main-content" class="skip-content-link">Skip to content</a>
<header class="crayons-header"><a href="/" class="site-logo" aria-label="DEV Community Home">DEV Community</a>
<form class="crayons-header--search"><input type="text" placeholder="Search..." aria-label="Search term"></form>
<div class="crayons-header__actions"><a href="/enter" class="c-link c-link--block">Log in</a>
<a href="/enter?state=new-user" class="c-cta">Create account</a></div></header>
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions">
<div class="crayons-article-actions">
<button id="reaction-butt-like" class="crayons-reaction" aria-label="Like"><span class="crayons-reaction__count">142</span></button>
<button id="reaction-butt-unicorn" class="crayons-reaction" aria-label="Unicorn"><span class="crayons-reaction__count">9</span></button>
<button class="crayons-reaction" aria-label="Jump to Comments"><span class="crayons-reaction__count">17</span></button>
<button class="crayons-reaction" aria-label="Save"><span class="crayons-reaction__count">38</span></button></div>
<nav class="sidebar-nav"><ul>${links(devNav)}</ul></nav></aside>
<main id="main-content" class="crayons-layout__content"><article class="crayons-card crayons-article" id="article-show-container">
<header class="crayons-article__header"><div class="crayons-article__header__meta"><div class="crayons-article__subheader">
<a href="/samoduya" class="crayons-link fw-bold">Sam Oduya</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2025-02-03T09:41:12Z">Feb 3</time></p></div>
<h1 class="fs-3xl fw-800 lh-tight">The progress bar that ate my logs</h1><div class="spec__tags flex flex-wrap">
<a class="crayons-tag" href="/t/rust"><span class="crayons-tag__prefix">#</span>rust</a>
<a class="crayons-tag" href="/t/cli"><span class="crayons-tag__prefix">#</span>cli</a>
<a class="crayons-tag" href="/t/debugging"><span class="crayons-tag__prefix">#</span>debugging</a></div></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2233019" id="article-body">
${ps(devIntro)}
<div class="ltag-github-readme-tag"><div class="readme-overview"><h2><img src="/assets/github-logo.svg" alt="GitHub logo">
<a href="https://github.example/samoduya/snapname">samoduya</a> / <a href="https://github.example/samoduya/snapname">snapname</a></h2>
<h3>Rename photos by the date they were taken, fast and safely</h3></div><div class="gh-btn-container">
<a class="gh-btn" href="https://github.example/samoduya/snapname">View on GitHub</a></div></div>
<h2><a name="the-cause" href="#the-cause"></a>The cause</h2>
${ps(devCause)}
<h2><a name="the-fix" href="#the-fix"></a>The fix</h2>
${ps(devFix)}
${devCode}
<h2><a name="what-i-took-away" href="#what-i-took-away"></a>What I took away</h2>
<ul>${devTakeaways.map((s) => `<li>${s}</li>`).join('\n')}</ul>
</div></div>
<section id="comments" class="text-padding mb-4 border-t-1"><header class="relative flex justify-between"><h2 class="crayons-subtitle-1">Top comments (17)</h2>
<button class="crayons-btn crayons-btn--secondary">Subscribe</button></header>
<div class="comment__details"><a href="/mirela_d" class="crayons-link">Mirela Dinu</a>
<a href="/mirela_d/comment/2bfa" class="comment-date"><time datetime="2025-02-03T12:05:00Z">Feb 3</time></a>
<div class="comment__body"><p>Same bug bit me with a spinner crate last year. Routing logs through the bar is the only sane answer.</p></div>
<button class="reaction-like">3 likes</button><button class="comment__reply">Reply</button></div>
<a class="crayons-btn" href="/samoduya/comments">View full discussion (17 comments)</a></section></article>
<section class="crayons-card"><h2 class="crayons-card__header">Read next</h2>
${devNext.map((t) => `<a class="crayons-link" href="/r"><h3>${t}</h3></a>`).join('\n')}</section></main>
<aside class="crayons-layout__sidebar-right"><div class="crayons-card crayons-card--secondary"><a href="/samoduya" class="crayons-link">Sam Oduya</a>
<p class="crayons-card__bio">Rust and shell tools, mostly for photographers. Tea over coffee.</p><button class="crayons-btn">Follow</button>
<ul class="user-metadata-details-inner"><li><div class="key">Location</div><div class="value">Nairobi, Kenya</div></li>
<li><div class="key">Joined</div><div class="value">Oct 12, 2021</div></li></ul></div></aside></div>
<footer id="footer" class="crayons-footer"><p>DEV Community — A space to discuss and keep up software development and manage your software career</p>
<p>Built on Forem — the open source software that powers DEV and other inclusive communities.</p>
<p>Made with love and Ruby on Rails. DEV Community © 2016 - 2025.</p></footer>
<script src="/assets/base.js" defer></script></body></html>`;
const devto: TestPage = {
  html: devHtml,
  name: 'heldout11-devto-post',
  kind: 'blog',
  // hard calls: the embedded GitHub card from a liquid tag sits inside the article body with its own h2 and h3 but is an
  // embed, so furniture (its h2 "samoduya / snapname" is not a section heading); the reaction counts sidebar, the tags, the
  // code block's fullscreen buttons, "Top comments" with its one comment (name and date bylines, text furniture), "Read
  // next", the author sidebar (name byline, bio and metadata furniture) and footer are furniture; the code block is code
  title: 'The progress bar that ate my logs',
  headings: ['The cause', 'The fix', 'What I took away'],
  body: [...texts(devIntro), ...texts(devCause), ...texts(devFix), ...texts(devTakeaways)],
  bylines: ['Sam Oduya', 'Posted on Feb 3', 'Mirela Dinu'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'DEV Community', 'Log in', 'Create account', ...devNav, 'samoduya / snapname',
    'Rename photos by the date they were taken, fast and safely',
    'View on GitHub', 'Enter fullscreen mode', 'Exit fullscreen mode', 'Top comments (17)',
    'Same bug bit me with a spinner crate last year. Routing logs through the bar is the only sane answer.', '3 likes',
    'View full discussion (17 comments)', 'Read next', ...devNext, 'Rust and shell tools, mostly for photographers. Tea over coffee.', 'Location',
    'Nairobi, Kenya', 'Joined', 'Oct 12, 2021', 'Built on Forem — the open source software that powers DEV and other inclusive communities.',
    'Made with love and Ruby on Rails. DEV Community © 2016 - 2025.',
  ],
};

const minTitle = 'Minutes of the Planning and Environment Committee, 11 February 2025';
const minPresent = [
  'Councillor H. Brereton (Chair)',
  'Councillor S. Adeyemi (Vice-Chair)',
  'Councillors J. Calloway, R. Dunmore, P. Egan, L. Fairweather and M. Ghosh',
  'Officers: Head of Planning, Principal Environmental Health Officer, Democratic Services Officer',
];
const minItems: { h: string; paras: string[] }[] = [
  { h: '1. Apologies for absence', paras: ['Apologies were received from Councillor T. Hollis. Councillor M. Ghosh attended as substitute.'] },
  {
    h: '2. Declarations of interest',
    paras: [
      'Councillor R. Dunmore declared a non-registrable interest in item 5 as a member of the Friends of Ashby Meadows ' +
        'and left the room for the debate and vote on that item.',
    ],
  },
  {
    h: '3. Minutes of the previous meeting',
    paras: [
      'RESOLVED that the minutes of the meeting held on 14 January 2025 be approved as a correct record and signed by the Chair.',
      'Moved by Councillor S. Adeyemi, seconded by Councillor P. Egan. Carried unanimously.',
    ],
  },
  {
    h: '4. Application 24/01877/FUL – Former dairy, Mill Lane, Thornby',
    paras: [
      'The Head of Planning introduced the report for the conversion of the former dairy into six dwellings with ' +
        'parking and a shared garden. Eleven objections had been received, most concerning traffic on Mill Lane ' +
        'during school drop-off times.',
      'Mrs A. Pryce spoke against the application on behalf of local residents. The applicant’s agent spoke in support ' +
        'and confirmed that a construction management plan would restrict deliveries to between 9.30am and 2.30pm.',
      'Members asked about the width of the lane at the entrance and the retention of the brick chimney. Officers ' +
        'advised that the highway authority had raised no objection and that the chimney would be kept as a condition.',
      'Moved by Councillor L. Fairweather, seconded by Councillor J. Calloway, that planning permission be granted ' +
        'subject to the conditions in the report. Carried, 5 votes for, 2 against.',
    ],
  },
  {
    h: '5. Ashby Meadows tree preservation order',
    paras: [
      'The committee considered objections to the provisional order covering fourteen oaks along the northern boundary ' +
        'of Ashby Meadows. Officers recommended confirming the order without modification.',
      'Moved by Councillor M. Ghosh, seconded by Councillor S. Adeyemi, that the order be confirmed. Carried unanimously.',
    ],
  },
];
const minNav = ['Bins and recycling', 'Council tax', 'Planning and building control', 'Your council'];
const minDocs = ['Agenda, 11 February 2025 (PDF, 412 KB)', 'Item 4 officer report (PDF, 1.2 MB)', 'Item 5 tree schedule (PDF, 96 KB)'];
const minHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${minTitle} | Thornbury Vale District Council</title>
<link rel="stylesheet" href="/modern.gov/css/mgStyles.css"></head>
<body><a class="skip-link" href="#content">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this site"><p>We use essential cookies to make this site work.
We’d also like to set analytics cookies to help us improve it.</p><button>Accept analytics cookies</button><button>Reject analytics cookies</button></div>
<header class="site-header"><a href="/" class="site-header__logo">Thornbury Vale District Council</a><nav aria-label="Main"><ul>${links(minNav)}</ul></nav>
<form class="site-search" role="search"><label for="q">Search this site</label><input id="q" name="q"></form></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
<li><a href="/mgCommitteeDetails.aspx?ID=142">Planning and Environment Committee</a></li></ol></nav>
<main id="content"><div id="modgov"><div class="mgContent"><h1 class="mgMainTitleTxt">${minTitle}</h1>
<p class="mgSubTitleTxt">Venue: Council Chamber, The Guildhall, Thornby. View directions</p>
<p class="mgSubTitleTxt">Contact: Democratic Services, 01632 960114</p>
<div class="mgLinks"><h2 class="mgSectionTitle">Meeting documents</h2><ul class="mgBulletList">
${minDocs.map((d) => `<li><a class="mgDocLink" href="/documents/s1.pdf">${d}</a></li>`).join('\n')}</ul></div>
<div class="mgMinutes"><h2 class="mgSectionTitle">Attendance</h2><p class="mgAttendees">Present:</p>
<ul class="mgAttendeeList">${minPresent.map((s) => `<li>${s}</li>`).join('\n')}</ul>
${minItems.map((it) => `<h2 class="mgSubItemTitle">${it.h}</h2>\n${ps(it.paras, ' class="mgMinutesText"')}`).join('\n')}
<p class="mgMinutesClose">The meeting ended at 8.47pm.</p><p class="mgSigned">Chair ........................ Date ..................</p></div>
<p class="mgPublished">Minutes published on Tuesday, 18 February 2025, 4.12pm</p></div></div>
<div class="feedback"><h2>Was this page useful?</h2><button>Yes</button><button>No</button><a href="/feedback">Report a problem with this page</a></div></main>
<footer class="site-footer"><ul>${links(['Accessibility statement', 'Contact the council', 'Privacy notice'])}</ul>
<p>© Thornbury Vale District Council, The Guildhall, Market Square, Thornby TV1 2AB</p></footer>
<script src="/modern.gov/js/mg.js"></script></body></html>`;
const minutes: TestPage = {
  html: minHtml,
  name: 'heldout11-council-minutes',
  kind: 'docs',
  // hard calls: the minutes are the article, so the attendance list, each agenda item's text and the motions ("Moved
  // by ... Carried") are body and the numbered agenda items are headings, as is "Attendance"; "Meeting documents" and its
  // PDF links are furniture and so its h2 is not a heading; venue and contact lines are furniture; the closing time and the
  // blank signature line are part of the minutes but left in neither list; the publication date is a byline
  title: minTitle,
  headings: ['Attendance', ...minItems.map((it) => it.h)],
  body: [...texts(minPresent), ...minItems.flatMap((it) => texts(it.paras))],
  bylines: ['Minutes published on Tuesday, 18 February 2025, 4.12pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use essential cookies to make this site work.', 'Accept analytics cookies', 'Reject analytics cookies',
    'Thornbury Vale District Council', ...minNav, 'Search this site',
    'Venue: Council Chamber, The Guildhall, Thornby. View directions', 'Contact: Democratic Services, 01632 960114', 'Meeting documents', ...minDocs,
    'Was this page useful?', 'Report a problem with this page', 'Accessibility statement', 'Contact the council', 'Privacy notice',
    '© Thornbury Vale District Council, The Guildhall, Market Square, Thornby TV1 2AB',
  ],
};

export const HELDOUT11_B: readonly TestPage[] = [devto, minutes];
