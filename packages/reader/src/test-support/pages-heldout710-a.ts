import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout710-kit.js';

/**
 * Held-out batch 710, file a: a national paper's education story on a template in the style of The New York Times (the vi
 * React app with emotion `css-*` classes, summary, "Reporting from" line, share tools, photo viewer figure, ad slots with
 * "SKIP ADVERTISEMENT", an inline "More on" list, the reporter's bio and the print line), and a university news office story on
 * Drupal 10 with the Olivero theme (social bar, breadcrumb, node meta, media contact and tags fields, a related stories view).
 */
const nTitle = 'A Small State Paid Teachers to Stay. Turnover Fell by a Third.';
const nDek = j(
  'Westmarch’s $6,000 bonus for teachers in hard-to-staff rural schools has kept more of them in classrooms, a new analysis',
  'finds. Whether the state can afford to keep paying it is another question.',
);
const nBody = [
  j(
    'When the school year began in Harlan Falls last August, every one of the district’s 41 teaching positions was filled. For',
    'Marisol Ekwueme, the superintendent, it was the first time in nine years she had not started the fall with a long-term',
    'substitute in at least one classroom.',
  ),
  j(
    '“I kept checking the staffing sheet, because I didn’t believe it,” said Dr. Ekwueme, who has led the district, on the high',
    'plains of eastern Westmarch, since 2019. “We used to lose a third of our new hires by their second year.”',
  ),
  j(
    'Harlan Falls is one of 212 rural and remote districts that have paid a $6,000 annual retention bonus to teachers who stay in',
    'hard-to-staff schools since the Westmarch Legislature created the program in 2024. A new analysis from the Halvorsen',
    'Institute for Education Research, released on Wednesday, found that teacher turnover in eligible schools fell by about a',
    'third in the program’s first two years, compared with similar schools just outside the eligibility line.',
  ),
  j(
    'The effect was largest among teachers in their first three years, the group most likely to leave, and in math, science and',
    'special education, where vacancies have been hardest to fill. Schools in the program also relied less on',
    'emergency-certified teachers, the report found, although that difference was smaller.',
  ),
  j(
    '“This is one of the cleanest tests we have of whether money keeps teachers in place,” said Priya Lindqvist, an economist at',
    'the institute and one of the report’s authors. “The answer, at least in the short run, is yes, and for less than people',
    'expected.”',
  ),
  j(
    'The findings arrive as states confront teacher shortages that have eased in cities and suburbs but persisted in rural areas,',
    'where salaries are lower and a single departure can leave a school without its only chemistry or Spanish teacher. At least',
    '14 states have adopted some form of retention pay since 2022, though most programs are smaller or tied to test scores.',
  ),
  j(
    'Westmarch’s approach is deliberately simple. Teachers qualify based only on where they work, not on evaluations or student',
    'results, and the bonus is paid in two installments, in December and at the end of the school year, so that teachers who',
    'leave midyear forfeit half.',
  ),
  j(
    'That design matters, Ms. Lindqvist said. In interviews conducted for the report, teachers said they valued knowing exactly',
    'how much they would receive and when. Several said the June payment had been the deciding factor in finishing a difficult',
    'year.',
  ),
  j(
    'Not everyone is convinced that the money alone explains the results. Tomas Vey, who directs the Westmarch Rural Schools',
    'Association, noted that many districts in the program also moved to a four-day week during the same period, and that',
    'housing help from local employers had expanded in several counties.',
  ),
  j(
    '“The bonus is part of it,” he said. “But teachers don’t stay for one thing. They stay because they can afford a place to',
    'live and they feel like the job is doable.”',
  ),
  'The report’s authors said they had tried to account for those changes and that the effect held in districts that kept a five-day schedule.',
  j(
    'The bigger question is cost. The program spent $48 million last year, and Gov. Alden Marsh’s proposed budget would hold that',
    'figure flat rather than raise it with inflation, which education groups say would shrink the bonus over time. Republican',
    'leaders in the State Senate have proposed limiting it to teachers in their first five years.',
  ),
  j(
    'In Harlan Falls, where the median home price has nearly doubled since 2020, teachers are watching the budget debate',
    'closely. Jonah Pettibone, who teaches seventh- and eighth-grade science at the district’s only middle school, said he had',
    'turned down a job closer to his family in the state capital last spring.',
  ),
  '“Six thousand dollars is my rent for five months,” he said. “If it goes away, I honestly don’t know what I’d do.”',
];
const nNav = ['U.S.', 'World', 'Business', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking'];
const nMore = [
  'A Four-Day School Week Was Supposed to Attract Teachers. Did It Work?',
  'Teacher Pay Is Rising. In Some States, Rent Is Rising Faster.',
  'Why So Many New Teachers Quit in Their First Two Years',
];
const nPicks = ['The Last Lighthouse Keepers of Lake Corran', '36 Hours in Port Essel', 'How to Keep Your Sourdough Starter Alive on Vacation'];
const nPopular = [
  'Storm Knocks Out Power to 200,000 Across the Gulf Coast',
  'The Supreme Court Will Hear a Case on Student Loan Servicers',
  'A Small State Paid Teachers to Stay. Turnover Fell by a Third.',
  'Wordle Review No. 1,354',
];
const nIndex = ['Home Page', 'U.S.', 'World', 'Politics', 'New York', 'Education', 'Health', 'Obituaries', 'Science', 'Climate', 'Sports'];
const nFoot = [
  'The National Courier Company',
  'Contact Us',
  'Accessibility',
  'Work with us',
  'Advertise',
  'Your Ad Choices',
  'Privacy Policy',
  'Terms of Service',
  'Terms of Sale',
  'Site Map',
  'Help',
  'Subscriptions',
];
const nAd = (id: string): string => `<div class="css-1ho5u4o ${id}-wrapper ad" id="${id}-wrapper"><div class="css-1vza4fv">
<p class="css-1ljcgdr">Advertisement</p><a href="#after-${id}" class="css-1ly73wi">SKIP ADVERTISEMENT</a></div>
<div id="${id}" class="place-ad" data-position="${id}" data-size-key="${id}"></div><div id="after-${id}" class="css-1ly73wi"></div></div>`;
const nCol = (i: number, paras: string[]): string => `<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-${i}">
<div class="css-53u6y8">${paras.map((p) => `<p class="css-at9mc1 evys1bk0">${p}</p>`).join('\n')}</div></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Westmarch’s Teacher Retention Bonus Cut Turnover by a Third, Study Finds - The National Courier</title>
<meta data-rh="true" name="description" content="${nDek}"/><meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="${nTitle}"/><meta data-rh="true" property="og:site_name" content="The National Courier"/>
<meta data-rh="true" property="og:image" content="https://static01.natcourier.com/images/2027/03/04/us/04edu-bonus/04edu-bonus-facebookJumbo.jpg"/>
<meta data-rh="true" name="byl" content="By Dana Whitcombe"/><meta data-rh="true" name="article:section" content="U.S."/>
<meta data-rh="true" property="article:published_time" content="2027-03-04T05:00:02.000Z"/>
<meta data-rh="true" property="article:tag" content="Teachers and School Employees"/><meta data-rh="true" property="article:tag" content="Rural Areas"/>
<link data-rh="true" rel="canonical" href="https://www.natcourier.com/2027/03/04/us/westmarch-teacher-retention-bonus.html"/>
<link rel="stylesheet" href="/vi-assets/static-assets/global-5b2c01a9d3.css"/>
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"description":"${nDek}","datePublished":"2027-03-04T05:00:02.000Z","dateModified":"2027-03-05T14:18:40.000Z",
"author":[{"@type":"Person","name":"Dana Whitcombe","url":"https://www.natcourier.com/by/dana-whitcombe"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}}</script>
<script>window.__preloadedData = {"initialState":{"Article:nyt://article/8f2a7c41":{"sectionName":"U.S.","subsectionName":"Education",
"wordCount":702,"typeOfMaterials":["News"]}},"config":{"gqlUrlClient":"https://samizdat-graphql.natcourier.com/graphql/v2"}};</script>
<script async src="/vi-assets/static-assets/main-9c2e41f0a7.js"></script></head>
<body><div id="app"><div><div class="css-1bymuyk"><a class="css-1fm3fq2" href="#site-content">Skip to content</a>
<a class="css-1fm3fq2" href="#site-index">Skip to site index</a></div>
<div id="fides-overlay"><div id="fides-banner-container" class="fides-banner fides-banner-bottom" role="region" aria-label="Cookie consent">
<div id="fides-banner"><div id="fides-banner-inner"><div id="fides-banner-description" class="fides-banner-description">We and our partners use cookies
and similar technologies to understand how you use our site and to show you relevant advertising.</div><div id="fides-button-group">
<button class="fides-banner-button fides-manage-preferences-button">Manage preferences</button>
<button class="fides-banner-button fides-accept-all-button">Accept all</button></div></div></div></div></div>
<header class="css-1bk5lz6 e1m0pzr40"><section class="css-ui9rw0 e1m0pzr41"><div class="css-qo6pn e1m0pzr42">
<button aria-label="Sections Navigation &amp; Search" class="css-fzvsed" data-testid="nav-button"></button>
<a href="https://www.natcourier.com/section/us/education" class="css-nuvmzp"><span class="css-1x4lh8n">Education</span></a></div>
<div class="css-10698na e1huz5gh0"><a data-testid="masthead-mobile-logo" href="/" aria-label="The National Courier - Home Page"><svg class="css-1ca9lz3"
viewBox="0 0 184 25" aria-hidden="true"></svg></a></div>
<div class="css-1xvtzmq"><a href="https://www.natcourier.com/subscription" class="css-1hs2wzd" data-testid="masthead-subscribe">Subscribe for €1/week</a>
<a href="https://myaccount.natcourier.com/auth/login" class="css-1kj7lfb" data-testid="login-button">Log in</a></div></section>
<nav class="css-1et2tul" aria-label="Main"><ul class="css-1vxca1d">${links(nNav, 'css-1lmtvml')}</ul></nav></header>
<main id="site-content"><div class="css-1f8oqrz"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1ynajun e1h9rw200"><div class="css-1vkm6nb ehdk2mb0"><h1 data-testid="headline" class="css-1lyqu3r e1h9rw200"
id="link-4fb2c1d8">${nTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nDek}</p>
<div class="css-1vbr2c9 e1rkxks40"><div class="css-1opd3xq"><div class="css-ltolu5 e1jsehar0"><p class="css-aknsld e1jsehar1"><span class="css-1baulvz">By
<a href="https://www.natcourier.com/by/dana-whitcombe" class="css-n8ff4n e1jsehar0"><span class="css-1baulvz last-byline" itemProp="name">Dana
Whitcombe</span></a></span></p></div>
<div class="css-1nmcwg2"><span class="css-1y6s9x5">Reporting from Harlan Falls, Westmarch</span></div>
<div class="css-1bt79sf"><time class="css-1c2ha3l e16638kd0" dateTime="2027-03-04T00:00:02-05:00"><div class="css-1z1nqv e16638kd1">March 4, 2027</div>
<div class="css-ll6hzr e16638kd2">Updated March 5, 2027, 9:18 a.m. ET</div></time></div></div>
<div class="css-1vm5oi9"><div class="css-1u3l5lr"><button type="button" class="css-1w6ds4y" data-testid="share-tools-button"><span
class="css-1a4b0p4">Share full
article</span></button><button type="button" class="css-1w6ds4y" data-testid="gift-article-button"><span class="css-1a4b0p4">Gift this article</span></button>
<a href="#commentsContainer" class="css-kw3ia6"><span class="css-1g4gku8">312</span></a></div></div></div>
<div class="css-79elbk" data-testid="photoviewer-wrapper"><div class="css-z3e15g" data-testid="photoviewer-wrapper-hidden"></div>
<div data-testid="photoviewer-children" class="css-1a48zt4 ehw59r15"><figure class="sizeLarge" aria-label="media" role="group">
<div data-testid="imageblock-wrapper" class="css-1xdhyk6 erfvjey0"><div class="css-79elbk"><picture><img alt="A teacher writes on a whiteboard in
front of a class of about a dozen students." class="css-rq4mmj"
src="https://static01.natcourier.com/images/2027/03/04/us/04edu-bonus/04edu-bonus-superJumbo.jpg"
width="600" height="400"/></picture></div></div><figcaption class="css-1l44abu ewdxa0s0"><span class="css-jevhma ewdxa0s1">Jonah Pettibone teaching
science at Harlan Falls Middle School. He said the retention bonus was the reason he turned down a job closer to his family.</span>
<span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">Credit...</span><span>Ruth Abernathy for The National Courier</span></span>
</figcaption></figure></div></div></header>
<section name="articleBody" itemProp="articleBody" class="meteredContent css-1r7ky0e">
${nCol(0, nBody.slice(0, 4))}
${nAd('mid1')}
${nCol(1, nBody.slice(4, 7))}
<div class="css-1jg2qpq"><div class="css-1v9h6jv" data-testid="storyline-more-on"><h2 class="css-1q6bm5o"><span>More on Teachers and Schools</span></h2>
<ul class="css-1f7ibof">${links(nMore, 'css-ye6x8s')}</ul></div></div>
${nCol(2, nBody.slice(7, 10))}
${nAd('mid2')}
${nCol(3, nBody.slice(10))}
</section>
<div class="bottom-of-article"><div class="css-1v2pdkc"><div class="css-1jp38cy"><div class="css-ah1e8u"><p class="css-1rqkrdv">Dana Whitcombe covers
education policy for The Courier, with a focus on rural schools and the teacher work force.
<a class="css-n5i0ti" href="https://www.natcourier.com/by/dana-whitcombe">More about Dana Whitcombe</a></p></div></div>
<div class="css-1ub9v8o"><p class="css-1g6v8l8">A version of this article appears in print on March 5, 2027, Section A, Page 16 of the National edition with the
headline: Paying Teachers to Stay Cut Turnover, Study Says. <a href="https://www.parsintl.com/publication/the-national-courier/">Order Reprints</a> |
<a href="https://www.natcourier.com/section/todayspaper">Today’s Paper</a> | <a href="https://www.natcourier.com/subscriptions">Subscribe</a></p></div>
<div class="css-1yflm6i" data-testid="see-more-on"><h2 class="css-1m6lk7v">See more on:</h2><ul class="css-1hdzxlq"><li><a
href="/topic/westmarch">Westmarch</a></li>
<li><a href="/topic/teachers-and-school-employees">Teachers and School Employees</a></li></ul></div></div>
<div id="commentsContainer" class="css-1jo8uki"><button class="css-1ruiyvd" type="button">Read 312 Comments</button></div></div>
</article>
<aside class="css-1g0ycdf" aria-label="Recommended"><section data-testid="editors-picks"><h2 class="css-1tx87ts">Editors’ Picks</h2>
<ul class="css-1n5cx7g">${links(nPicks, 'css-cw0lxq')}</ul></section><section data-testid="most-popular"><h2 class="css-1tx87ts">Most Popular</h2>
<ol class="css-10vc5hn">${links(nPopular, 'css-5q2ldx')}</ol></section></aside></div>
<div id="bottom-wrapper" class="css-1c4unb2" data-testid="expanded-dock"><div class="css-1l2hv4c"><p class="css-1bsfuxs">Unlock more free articles.</p>
<a class="css-148fixn" href="https://myaccount.natcourier.com/auth/register">Create an account or log in</a></div></div></main>
<nav id="site-index" class="css-1ihm3r1" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1y1qtdv">Site Index</h2>
<ul class="css-qabb8x">${links(nIndex, 'css-1h8pnm5')}</ul></nav>
<footer role="contentinfo" class="css-1f0pwss"><nav aria-labelledby="site-information-heading"><h2 class="css-1sy1rlm"
id="site-information-heading">Site Information Navigation</h2><ul class="css-1ho8fq5"><li><a href="/">© 2027 The National Courier Company</a></li>
${links(nFoot.slice(1), 'css-jq1cx6')}</ul></nav></footer></div></div>
<script>window.__CONFIG__ = {"gdpr":{"region":"US"},"abra":{"AMS_ChartbeatAllocation":"1_control"}};</script></body></html>`;
const courier: TestPage = gold({
  name: 'heldout710-nytlike-teacher-bonus',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['By Dana Whitcombe', 'Reporting from Harlan Falls, Westmarch', 'March 4, 2027', 'Updated March 5, 2027, 9:18 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to site index',
    'We and our partners use cookies and similar technologies to understand how you use our site and to show you relevant advertising.',
    'Manage preferences', 'Accept all', 'Education', 'Subscribe for €1/week', 'Log in', ...nNav, 'Share full article', 'Gift this article', '312',
    'Jonah Pettibone teaching science at Harlan Falls Middle School. He said the retention bonus was the reason he turned down a job closer to his family.',
    'Credit...', 'Ruth Abernathy for The National Courier', 'Advertisement', 'SKIP ADVERTISEMENT', 'More on Teachers and Schools', ...nMore,
    'Dana Whitcombe covers education policy for The Courier, with a focus on rural schools and the teacher work force.', 'More about Dana Whitcombe',
    'A version of this article appears in print on March 5, 2027, Section A, Page 16 of the National edition with the headline: Paying Teachers to Stay '
      + 'Cut Turnover, Study Says.',
    'Order Reprints', 'Today’s Paper', 'Subscribe', 'See more on:', 'Westmarch', 'Teachers and School Employees', 'Read 312 Comments', 'Editors’ Picks',
    ...nPicks, 'Most Popular', ...nPopular.filter((t) => t !== nTitle), 'Unlock more free articles.', 'Create an account or log in', 'Site Index',
    ...nIndex, 'Site Information Navigation', '© 2027 The National Courier Company', ...nFoot.slice(1),
  ],
});

const dTitle = 'New reading clinic will offer free summer tutoring to 300 local children';
const dBody: [string, string[]][] = [
  [
    '',
    [
      j(
        'Carrow Valley University’s School of Education will open a reading clinic on its Millbrook campus this summer, offering',
        'free, one-on-one tutoring to up to 300 children in kindergarten through fifth grade who are behind in reading.',
      ),
      j(
        'The Hollis Reading Clinic, funded by a $2.1 million gift from alumni Margaret and Owen Hollis, will run six-week sessions',
        'from June 14 to July 23 in the newly renovated ground floor of Tamsin Hall. Families from the Millbrook, Eastgate and',
        'Cedar Run school districts can apply through April 30.',
      ),
    ],
  ],
  [
    'How the clinic works',
    [
      j(
        'Each child will be assessed before the program begins and matched with a graduate student tutor who works with them for',
        'four 45-minute sessions a week. Tutors will focus on the skills each child most needs, from letter sounds and decoding to',
        'fluency and comprehension, and families will receive a short progress report at the end of the summer.',
      ),
      'The clinic will also offer:',
    ],
  ],
  [
    'Training the next generation of reading specialists',
    [
      j(
        'The clinic doubles as a training site for the university’s master’s program in literacy education. Every tutor is a',
        'certified teacher working toward a reading specialist credential, and each session is observed by faculty at least once',
        'a week.',
      ),
      j(
        '“Our graduate students will leave with hundreds of hours of real tutoring behind them, not just coursework,” said',
        'Professor Adaeze Moreland, who directs the clinic. “And the children get a teacher who is entirely focused on them for',
        'six weeks. That combination is rare, and it works.”',
      ),
      j(
        'A pilot run last summer with 40 children found that participants gained an average of four months in reading level',
        'over the six weeks, Moreland said, with the largest gains among second and third graders.',
      ),
    ],
  ],
  [
    'How to apply',
    [
      j(
        'Applications are open to families of children who will be entering kindergarten through fifth grade in the fall.',
        'Priority goes to children referred by their school. Families can apply on the clinic’s website or by calling the School',
        'of Education front desk.',
      ),
    ],
  ],
];
const dList = [
  'Free transportation from six pickup points in Millbrook and Eastgate',
  'A weekly family workshop on reading at home, with books to keep',
  'Sessions in Spanish and Vietnamese for families who prefer them',
];
const dQuoteIntro = 'Margaret Hollis, a retired second-grade teacher, said the gift was inspired by her own classroom:';
const dQuote = j('“I taught for thirty-one years, and every year I had children who could have caught up with a little more time. This is', 'that time.”');
const dNav = ['Home', 'Research', 'Campus Life', 'Arts & Culture', 'Health', 'For the Media'];
const dCrumbs = ['Home', 'News', 'Education'];
const dTags = ['School of Education', 'Literacy', 'Community engagement'];
const dRelated: [string, string][] = [
  ['Education faculty win $4 million grant to study middle school math tutoring', 'February 11, 2027'],
  ['Teacher residency program adds rural placements', 'January 27, 2027'],
  ['Tamsin Hall renovation wins regional design award', 'December 9, 2026'],
];
const dFootMenu = ['Contact us', 'Directory', 'Maps', 'Accessibility', 'Privacy', 'Careers'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:214;--color--primary-saturation:62%;--color--primary-lightness:31">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | CVU Today</title><link rel="canonical" href="https://today.carrowvalley.edu/news/2027/03/new-reading-clinic-summer-tutoring">
<meta property="og:site_name" content="CVU Today"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<meta name="description" content="The Hollis Reading Clinic will offer free one-on-one tutoring for children in kindergarten through fifth grade.">
<link rel="icon" href="/themes/contrib/olivero/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Kd8fW2pLxS3nq7h0uEo.css?delta=0&amp;language=en&amp;theme=olivero">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zb3mRk1vYqJw5t9c.css?delta=1&amp;language=en&amp;theme=olivero">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2027-03-04T10:15:00-0600","author":{"@type":"Person","name":"Lena Marchetti"},
"publisher":{"@type":"Organization","name":"Carrow Valley University"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/4127",
"currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,
"olivero":{"langcode":"en"},"user":{"uid":0,"permissionsHash":"9f1c2a8e0b"}}</script></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/cvu-seal.svg" alt="Home" fetchpriority="high"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home" title="Home">CVU Today</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Main Menu</span>
<span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search"><div class="content">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys" class="form-item__label
visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys"
type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit
button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (
      t,
    ) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="region region--secondary-menu"><nav role="navigation" aria-labelledby="block-olivero-account-menu-menu" id="block-olivero-account-menu"
class="block block-menu navigation menu--account secondary-nav"><h2 class="visually-hidden block__title" id="block-olivero-account-menu-menu">User account
menu</h2><ul data-drupal-selector="secondary-nav-menu--level-1" class="menu secondary-nav__menu secondary-nav__menu--level-1"><li
class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/user/login" class="secondary-nav__menu-link
secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Log in</a></li></ul></nav></div></div></div></div>
</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
${dCrumbs
  .map(
    (t) => `<li class="breadcrumb__item"><a href="/${t.toLowerCase()}"
class="breadcrumb__link">${t}</a></li>`,
  )
  .join('\n')}</ol></div></nav></div></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div class="region region--social"><div
id="block-olivero-socialsharingblock" class="block block-better-social-sharing-buttons block-social-sharing-buttons-block"><div class="block__content">
<div style="display: none"><link rel="preload" href="/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg" as="image"
type="image/svg+xml" crossorigin="anonymous"></div><div class="social-sharing-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=x" target="_blank"
title="Share to Facebook" aria-label="Share to Facebook" class="social-sharing-buttons__button share-facebook" rel="noopener"><svg width="20px"
height="20px"><use href="#facebook"></use></svg></a><a href="https://x.com/intent/tweet?url=x" target="_blank" title="Share to X" aria-label="Share to X"
class="social-sharing-buttons__button share-x" rel="noopener"><svg width="20px" height="20px"><use href="#x"></use></svg></a><a
href="mailto:?subject=x" title="Share to Email" aria-label="Share to Email" class="social-sharing-buttons__button share-email" target="_blank"
rel="noopener"><svg width="20px" height="20px"><use href="#email"></use></svg></a></div></div></div></div></div></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden
messages-list"></div><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="4127" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item">
<a href="/user/38"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/marchetti.jpg" width="100" height="100" alt="Profile picture
for user lmarchetti"></a></div></article><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a
title="View user profile." href="/user/38">Lena Marchetti</a></span></span>
<span class="node__meta--date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-03-04T16:15:00Z"
title="Thursday, March 4, 2027 - 10:15" class="datetime">March 4, 2027</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2027-03/tamsin-hall-reading-room.jpg" width="1200" height="675" alt="A bright reading room with low shelves
and child-sized tables"></div>
<div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">The clinic’s reading room on the ground floor of Tamsin
Hall. Photo by Devon Achebe/University Communications.</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody[0]?.[1] ?? [])}
<h2>${at(
  dBody.map(([h]) => h),
  1,
)}</h2>
${ps(dBody[1]?.[1] ?? [])}
<ul>${lis(dList)}</ul>
<h2>${at(
  dBody.map(([h]) => h),
  2,
)}</h2>
${ps(dBody[2]?.[1] ?? [])}
<p>${dQuoteIntro}</p>
<blockquote><p>${dQuote}</p></blockquote>
<h2>${at(
  dBody.map(([h]) => h),
  3,
)}</h2>
${ps(dBody[3]?.[1] ?? [])}
</div>
<div class="field field--name-field-media-contact field--type-text-long field--label-above"><div class="field__label">Media contact</div><div
class="field__item"><p>Rosa Delacroix, University Communications<br>
555-0142 | rdelacroix@carrowvalley.edu</p></div></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${dTags
  .map(
    (t) => `<li class="field--tags__item"><a href="/taxonomy/term/${t.length}"
hreflang="en">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
</div></article></div></div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-olivero-views-block-related-news-block-1">
<h2 class="block__title">Related stories</h2><div class="block__content"><div><div class="view view-related-news view-id-related_news view-display-id-block_1
js-view-dom-id-7b1e9d"><div class="view-content">${dRelated
  .map(
    ([t, d]) => `<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a
href="/news/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"
hreflang="en">${t}</a></span></div><div class="views-field views-field-created"><span class="field-content"><time
datetime="2027-01-01T00:00:00Z">${d}</time></span></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2
class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFootMenu, 'menu__item')}</ul></nav>
<div id="block-olivero-cvuaddress" class="block block-block-content block-block-content-3a9f"><div class="block__content"><div class="text-content
clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Carrow Valley University, 1200 Orchard Road, Millbrook,
WM 58021</p><p>© 2027 Carrow Valley University</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered
by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_8Hq2vRb0Nq1sLx.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = gold({
  name: 'heldout710-drupal-olivero-reading-clinic',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dBody.slice(1).map(([h]) => h),
  body: texts([...(dBody[0]?.[1] ?? []), ...(dBody[1]?.[1] ?? []), ...dList, ...(dBody[2]?.[1] ?? []), dQuoteIntro, dQuote, ...(dBody[3]?.[1] ?? [])]),
  bylines: ['By Lena Marchetti', 'March 4, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'CVU Today', 'Main Menu', 'Search', 'Main navigation', ...dNav, 'User account menu', 'Log in', 'Breadcrumb', ...dCrumbs,
    'The clinic’s reading room on the ground floor of Tamsin Hall. Photo by Devon Achebe/University Communications.', 'Media contact',
    'Rosa Delacroix, University Communications', '555-0142 | rdelacroix@carrowvalley.edu', 'Tags', ...dTags, 'Related stories',
    ...dRelated.flatMap(([t, d]) => [t, d]), 'Footer', ...dFootMenu, 'Carrow Valley University, 1200 Orchard Road, Millbrook, WM 58021',
    '© 2027 Carrow Valley University', 'Powered by Drupal',
  ],
});

export const HELDOUT710_A: readonly TestPage[] = [courier, olivero];
