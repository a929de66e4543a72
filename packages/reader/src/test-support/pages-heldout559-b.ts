import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout559-kit.js';

/**
 * Held-out batch 559, file b: an instructor's profile with pass rates on Squarespace 7.1 (page sections, a code block table,
 * a testimonial section and a contact form), and a learner drivers' forum thread on Discourse as served to crawlers.
 */
const sTitle = 'Meet Helen Achterberg';
const sIntro = [
  j(
    'I have been teaching people to drive in Brannock and the Tollerton valley since 2011. Before that I spent nine years as a',
    'bus driver, which is where I found out that I enjoyed helping new drivers far more than I enjoyed the timetable.',
  ),
  j(
    'My pupils range from seventeen-year-olds on their first lesson to grandparents who have decided it is finally time. Whoever',
    'you are, lessons go at your pace. I will never shout, I will never rush you to test, and I will always tell you honestly',
    'when I think you are ready.',
  ),
];
const sStats = [
  '<strong>82%</strong> first-time pass rate in 2024',
  '<strong>91%</strong> overall pass rate in 2024',
  '<strong>640+</strong> pupils passed since 2011',
];
const sRatesIntro = j(
  'Pass rates are the share of my pupils who passed at each attempt. I only take pupils to test when we both agree they are',
  'ready, which is why my first-time rate is well above the national figure.',
);
const sRows = [
  ['2022', '58', '44', '76%'],
  ['2023', '61', '49', '80%'],
  ['2024', '55', '45', '82%'],
];
const sCover = [
  'Brannock and Brannock Heath',
  'Tollerton and Low Tollerton',
  'Fenby, Marsh Gibbon and Upper Wray',
  'Collection from Brannock College on request',
];
const sCar = j(
  'I teach in a dual-control Toyota Yaris Hybrid, which is automatic. Automatic lessons suit pupils who find gears and clutch control',
  'a struggle, or who only plan to drive an automatic car. Bear in mind that an automatic pass only lets you drive automatic cars.',
);
const sQuals = ['Approved Driving Instructor (ADI) since 2011', 'Grade A at my last standards check', 'Trained to teach pupils with dyslexia and anxiety'];
const sNav = ['About', 'Lessons & Prices', 'Book a Lesson'];
const sQuotes = [
  ['"Helen was so calm, even when I stalled on the level crossing. Passed first time!"', 'Jordan, passed March 2024'],
  ['"I was 52 and terrified. Helen made it feel normal. Best thing I have ever done."', 'Maureen, passed August 2024'],
] as const;
const sBlock = (inner: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>About Helen &mdash; Helen Achterberg Driving Tuition</title><link rel="canonical" href="https://www.helenachterbergdriving.co.uk/about">
<meta property="og:site_name" content="Helen Achterberg Driving Tuition">
<meta property="og:title" content="About Helen &mdash; Helen Achterberg Driving Tuition">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63a1","siteTitle":"Helen Achterberg Driving Tuition"}};</script>
<script type="application/ld+json">{"url":"https://www.helenachterbergdriving.co.uk","name":"Helen Achterberg Driving Tuition","@context":"http://schema.org",
"@type":"WebSite"}</script><link href="//static1.squarespace.com/static/versioned-site-css/63a1/12/5c5a/63a1/1442/site.css" rel="stylesheet" type="text/css">
</head><body id="collection-63a1b2" class="header-overlay-alignment-center tweak-portfolio-grid-overlay-width-full primary-button-style-solid
form-use-theme-colors collection-type-page collection-63a1b2 view-list mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right">
<div class="header-title-text"><a href="/" class="header-title-text">Helen Achterberg Driving Tuition</a></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.length}">${t.replace('&', '&amp;')}</a></div>`)
  .join('\n')}</nav></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Call 07700 900583</a></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav" style="visibility:hidden"><nav class="header-menu-nav-list"><div class="header-menu-nav-folder header-menu-nav-folder--active">
<div class="header-menu-nav-folder-content">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item"><a href="/">${t.replace('&', '&amp;')}</a>
</div>`,
  )
  .join('')}
</div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1b3">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63a1c1"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63a1c1"><div class="row sqs-row"><div class="col sqs-col-7 span-7">
${sBlock(`<h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}`, 'yui_1')}
</div><div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/63a1/helen.jpg" alt="Helen beside her Toyota Yaris">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Helen with the Yaris, summer 2024</p></div></figcaption></figure></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section light" data-section-id="63a1c2">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">${sBlock(`<h2 style="white-space:pre-wrap;">My pass rates</h2><p>${sRatesIntro}</p>`, 'yui_2')}
<div class="row sqs-row">${sStats
  .map((t, i) => `<div class="col sqs-col-4 span-4">${sBlock(`<p class="sqsrte-large">${t}</p>`, `st${i}`)}</div>`)
  .join('')}</div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><table class="pass-table"><thead>
${tr(['Year', 'Tests taken', 'Passed', 'Pass rate'], 'th')}</thead><tbody>${sRows.map((r) => tr(r)).join('')}</tbody></table></div></div>
${sBlock(
  `<h2>Where I teach</h2><ul data-rte-list="default">${lis(sCover.map((t) => `<p>${t}</p>`))}</ul>
<h2>My car</h2><p>${sCar}</p><h3>Qualifications</h3><ul data-rte-list="default">${lis(sQuals.map((t) => `<p>${t}</p>`))}</ul>`,
  'yui_3',
)}
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section dark" data-section-id="63a1c3">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock('<h2 style="text-align:center;white-space:pre-wrap;">What my pupils say</h2>', 'yui_4')}
${sQuotes
  .map(
    ([q, who]) => `<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${q.slice(1, -1)}<span>”</span></blockquote><figcaption class="source">— ${who}</figcaption>
</figure></div></div>`,
  )
  .join('\n')}
<div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper"><div class="form-title">
Ask about lessons</div><form><div class="form-item field email required"><label class="title" for="email-yui">Email <span class="required"
aria-hidden="true">*</span></label><input class="field-element" name="email" type="email" id="email-yui"></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button" type="submit">Send</button></div>
</form></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-id="63a1f1">
<div class="content-wrapper"><div class="content">${sBlock(
  `<p>Helen Achterberg Driving Tuition · Brannock</p>
<p>© 2025 All rights reserved</p>`,
  'ft1',
)}</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-minimal">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const sqsProfile: TestPage = {
  name: 'heldout559-squarespace-instructor-profile',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['My pass rates', 'Where I teach', 'My car', 'Qualifications'],
  body: texts([...sIntro, sRatesIntro, ...sStats, ...sRows.map(rowText), ...sCover, sCar, ...sQuals]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Helen Achterberg Driving Tuition', 'About', 'Lessons & Prices', 'Pass Rates', 'Book a Lesson', 'Call 07700 900583',
    'Helen with the Yaris, summer 2024', 'What my pupils say', ...sQuotes.map((q) => `“${q[0].slice(1, -1)}”`), ...sQuotes.map((q) => `— ${q[1]}`),
    'Ask about lessons', 'Email', 'Send', 'Helen Achterberg Driving Tuition · Brannock', '© 2025 All rights reserved',
    'This site uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

const dTitle = 'Failed again on the same roundabout – what am I doing wrong?';
const dPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'keira_learns',
    'Apr 9, 2025, 6:42pm',
    '2 Likes',
    [
      j(
        'Second fail today, and both times it was the big roundabout by the retail park in Hollins Cross. Both times the examiner',
        'marked me serious for "response to signs / road markings" because I was in the wrong lane for the third exit.',
      ),
      j(
        'My instructor says I am fine on it in lessons. I think I just panic when there are lorries around me. Has anyone else had',
        'this and how did you get past it?',
      ),
    ],
  ],
  [
    'DriveWithDev',
    'Apr 9, 2025, 7:15pm',
    '5 Likes',
    [
      j(
        'Instructor here. That roundabout has a spiral marking, so the lane you need for the third exit changes halfway round. A lot',
        'of pupils follow the car in front instead of the arrows on the road.',
      ),
      'Three things that help:',
      '<ul>\n<li>Look at the lane arrows on the approach, not the car ahead.</li>\n<li>Say your exit number out loud as you enter.</li>\n' +
        '<li>Ask your instructor to do it at rush hour, not at 11am on a Tuesday.</li>\n</ul>',
    ],
  ],
  [
    'tomfromwray',
    'Apr 10, 2025, 8:03am',
    '1 Like',
    [
      j(
        'Same centre, failed there in January. I asked my instructor to drive it himself while talking me through what he was',
        'looking at. Sounds silly but it made it click. Passed in March. You will get there!',
      ),
    ],
  ],
  [
    'keira_learns',
    'Apr 12, 2025, 9:30pm',
    '',
    ['Thank you both. Did it four times tonight with the arrows thing and got the lane right every time. Test booked for June.'],
  ],
];
const dBlocks = (parts: readonly string[]): string[] =>
  parts.flatMap((p) => (p.startsWith('<ul>') ? [...p.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '') : [p]));
const dPostHtml = ([who, when, likes, parts]: readonly [string, string, string, readonly string[]], i: number): string => `
<div id="post_${i + 1}" itemprop="${i === 0 ? 'articleBody' : 'comment'}" ${i === 0 ? '' : 'itemscope itemtype="http://schema.org/Comment"'}
class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://community.learnerlane.co.uk/u/${who}"><span itemprop="name">${who}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.learnerlane.co.uk/t/failed-again-on-the-same-roundabout/4471">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-04-09T18:42:00Z" class="post-time">${when}</time>
<meta itemprop="dateModified" content="2025-04-09T18:42:00Z"><span itemprop="position">#${i + 1}</span></span></div>
<div class="post" itemprop="text">${parts.map((p) => (p.startsWith('<ul>') ? p : `<p>${p}</p>`)).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${likes.length > 0 ? likes[0] : 0}">
${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const dRelated = ['Spiral roundabouts explained with diagrams', 'Examiner marked me for hesitation at a junction', 'How long after a fail can I rebook?'];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Test Day - Learner Lane Community</title><meta name="description" content="Second fail today, and both times it was the big roundabout">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://community.learnerlane.co.uk/t/failed-again-on-the-same-roundabout/4471">
<meta property="og:site_name" content="Learner Lane Community"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.learnerlane.co.uk"}</script>
<link href="/stylesheets/color_definitions_base__0_f2a1.css" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_f2a1.css" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title">
<a href="/"><img src="https://community.learnerlane.co.uk/uploads/default/original/1X/logo.png" alt="Learner Lane Community" id="site-logo"
style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/failed-again-on-the-same-roundabout/4471">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/test-day/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"
style="background-color: #F7941D"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Test Day</span></span>
</a><meta itemprop="position" content="1"></span></div>
<div class="topic-list-tags"><a href="https://community.learnerlane.co.uk/tag/roundabouts" class="discourse-tag" rel="tag">roundabouts</a>
<a href="https://community.learnerlane.co.uk/tag/failed-test" class="discourse-tag" rel="tag">failed-test</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
<meta itemprop="datePublished" content="2025-04-09T18:42:00Z"><meta itemprop="articleSection" content="Test Day">
<meta itemprop="keywords" content="roundabouts, failed-test">
${dPosts.map(dPostHtml).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${i + 3100}" class="title raw-link raw-topic-link">${t}</a>
</span></td><td></td><td class="replies"><span class="posts" title="posts">${4 + i * 3}</span></td><td class="views"><span class="views" title="views">
${310 + i * 87}</span></td><td>${['Mar 2024', 'Jan 21', 'Feb 3'][i]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/${t.length}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout559-discourse-roundabout-fail',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => dBlocks(p[3]))),
  bylines: [...new Set(dPosts.flatMap((p) => [p[0], p[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Test Day', 'roundabouts', 'failed-test', '#1', '#2', '#3', '#4', '2 Likes', '5 Likes', '1 Like', 'Related topics', ...dRelated,
    'Topic', 'Replies', 'Views', 'Activity', '4', '7', '10', '310', '397', '484', 'Mar 2024', 'Jan 21', 'Feb 3', ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT559_B: readonly TestPage[] = [sqsProfile, discourseThread];
