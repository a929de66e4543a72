import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';
import { stateline } from './pages-heldout148-f2.js';

/**
 * Held-out batch 148, file f: a KFF Health News story on kffhealthnews.org (the KFF bar, the header with topic nav,
 * "Newsletters" and "Search", the hidden mobile menu, the topic label, headline, "By" line with the date, "Listen to this
 * article" and "Republish This Story", the lead image caption with its "(... for KFF Health News)" credit, a second photo
 * and a "Related" link box inside the text, the partnership note and the KFF boilerplate paragraph inside the article
 * content, the "USE OUR CONTENT" box, the author contact line, "Related Topics" tags, the "Contact Us" and "Submit a Story
 * Tip" links, the newsletter box, the "Latest Stories" rail and the footer) and, from file f2, a Stateline story.
 */
const khTitle = 'With Delivery Rooms Closing, Rural Ambulance Crews Learn to Catch Babies';
const khSrc = `
@@image

BRANNOCK, Mont. — The call came in just after 3 a.m. on a Sunday in February: a woman in labor, 38 weeks pregnant, at a
ranch 22 miles north of town. By the time the ambulance reached her, her water had broken and the baby was crowning.

Paramedic Tessa Lundgren had delivered exactly one baby before, during training, on a mannequin. "I remember thinking, OK,
this is happening here, in this kitchen," she said. The boy, 7 pounds, 2 ounces, was born on the floor 11 minutes later.
Mother and son were fine.

Emergency crews like Lundgren's are increasingly on the front line of childbirth in rural America. Since 2020, more than
100 rural hospitals nationwide have stopped delivering babies, according to a tally by researchers at the Center for
Rural Maternal Health, citing staff shortages, low birth volumes and money lost on each delivery.

@@photo2

When Brannock Memorial Hospital closed its labor and delivery unit in 2023, the nearest hospital that delivers babies
became Glenrock Regional Medical Center, 94 miles away over a two-lane highway that can close for days in winter storms.
Expectant mothers are told to plan to travel at 37 weeks and to call 911 if labor starts early.

Some don't make it. The Ridge County ambulance service, which Lundgren works for, recorded 14 births in the field or in
the back of an ambulance last year, up from two in 2021. Crews also transported 61 women in active labor to Glenrock, a
trip that can take nearly two hours.

@@related

To prepare, the ambulance service began sending every paramedic and emergency medical technician to a two-day obstetric
emergency course, paid for with a state grant. The training covers complications such as breech births and hemorrhage,
which are rare but can turn deadly far from a hospital.

"Our crews are good, but this isn't what most of them signed up for," said Ridge County EMS director Roy Fenstermaker.
"A normal delivery, we can handle. A shoulder dystocia at mile marker 60 in a blizzard, that's a different thing."

Maternal health experts say training emergency crews is a stopgap, not a solution. Dr. Amara Osei, an obstetrician who
studies rural care at a university in Denver, said women who live far from a delivery hospital are more likely to have
their babies early and to be admitted to intensive care.

Montana lawmakers this year approved $3.5 million to help rural hospitals keep or reopen obstetric units, but Brannock
Memorial's chief executive, Lynn Carraway, said that would not be enough to bring back round-the-clock staffing. The
hospital now runs a prenatal clinic two days a week with a visiting nurse-midwife.

Lundgren still thinks about that February morning. The mother sent the crew a photo of her son at his first birthday
party last month. "He's walking now," Lundgren said. "I keep it on my phone."
`;
const khBlocks = parse(khSrc);
const khGold = gold(khBlocks);
const khNav = ['Aging', 'Health Industry', 'Insurance', 'Mental Health', 'Public Health', 'Race and Health', 'Rural Health', 'Multimedia'];
const khTop = ['Newsletters', 'Podcasts', 'About Us'];
const khCaption = 'Paramedic Tessa Lundgren checks supplies in a Ridge County ambulance in Brannock, Montana.';
const khCredit = '(Ezra Colton for KFF Health News)';
const khCaption2 = 'Brannock Memorial Hospital closed its labor and delivery unit in 2023. (Ezra Colton for KFF Health News)';
const khRelated = [
  'Related',
  'Rural Hospitals Are Closing Maternity Units. Who Fills the Gap?',
  'In Wyoming, Pregnant Patients Move to Town Weeks Before Birth',
];
const khPartner = 'This article was produced in partnership with the Prairie Ledger.';
const khKff =
  'KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs ' +
  'at KFF, an independent source for health policy research, polling and journalism.';
const khUseText = 'This story can be republished for free (details).';
const khUse = ['USE OUR CONTENT', khUseText];
const khContact = 'Sofia Marchetti: smarchetti@kff.example, @sofiamarchetti';
const khTags = ['Rural Health', 'Hospitals', 'Montana', 'Women’s Health', 'Emergency Medicine'];
const khNews = ['Subscribe to KFF Health News’ free Morning Briefing.', 'Your Email Address', 'Sign Up'];
const khLatest = [
  'Medicaid Unwinding Left Thousands of Kids Uninsured. Some States Are Trying Again',
  'A Hospital Sued Its Patients Over Unpaid Bills. Then Came the Audit',
  'Listen: Why Your Next Doctor Visit Might Be With a Nurse Practitioner',
];
const khFoot = ['About Us', 'Our Staff', 'Contact Us', 'Republishing Guidelines', 'Privacy Policy', 'Ethics and Editorial Independence'];
const khCopy = '© 2025 KFF';
const khHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${khTitle} - KFF Health News</title>
<meta name="description" content="As rural hospitals stop delivering babies, emergency crews are increasingly on the front line of childbirth.">
<meta property="og:type" content="article"><meta property="og:title" content="${khTitle}"><meta property="og:site_name" content="KFF Health News">
<meta property="article:section" content="Rural Health"><meta property="article:published_time" content="2025-10-14T09:00:00+00:00">
<link rel="canonical" href="https://kffhealthnews.example/news/article/rural-ambulance-crews-childbirth-delivery-rooms-closing/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${khTitle}","datePublished":"2025-10-14T09:00:00+00:00",
"author":[{"@type":"Person","name":"Sofia Marchetti"}],"publisher":{"@type":"Organization","name":"KFF Health News"}}</script>
<link rel="stylesheet" id="khn-style-css" href="https://kffhealthnews.example/wp-content/themes/kaiser-healthnews/style.css?ver=6.3.1" media="all"></head>
<body class="post-template-default single single-post postid-1987654 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="kff-bar"><a href="https://www.kff.example/">KFF</a><span class="kff-bar__tagline">Health Policy Research, Polling, and News</span></div>
<header class="site-header"><a class="site-logo" href="/"><img src="/logo.svg" alt="KFF Health News"></a>
<nav class="site-nav" aria-label="Topics"><ul>${links(khNav, 'site-nav__item')}</ul></nav><ul class="site-utility">${links(khTop, 'site-utility__item')}</ul>
<button class="search-toggle" aria-expanded="false">Search</button><button class="menu-toggle" aria-expanded="false">Menu</button>
<div class="mobile-menu" hidden><ul>${links(khNav, 'mobile-menu__item')}${links(khTop, 'mobile-menu__item')}</ul></div></header>
<main id="content"><article class="post type-post">
<header class="entry-header"><div class="entry-topic"><a href="/rural-health/">Rural Health</a></div><h1 class="entry-title">${khTitle}</h1>
<div class="entry-byline"><span class="byline">By <a href="/news/author/sofia-marchetti/">Sofia Marchetti</a></span>
<time class="entry-date" datetime="2025-10-14T09:00:00+00:00">October 14, 2025</time></div>
<div class="entry-tools"><button class="listen-button">Listen to this article</button><a class="republish-button" href="#republish">Republish This Story</a>
</div></header>
<div class="entry-content">
${render(
  khBlocks,
  {},
  {
    image: `<figure class="wp-caption alignnone"><img src="https://kffhealthnews.example/wp-content/uploads/sites/2/2025/10/ambulance.jpg" alt=""
width="1200" height="800"><figcaption class="wp-caption-text">${khCaption} ${khCredit}</figcaption></figure>`,
    photo2: `<figure class="wp-caption alignright"><img src="https://kffhealthnews.example/wp-content/uploads/sites/2/2025/10/hospital.jpg" alt=""
width="600" height="400"><figcaption class="wp-caption-text">${khCaption2}</figcaption></figure>`,
    related: `<div class="related-box"><h3 class="related-box__title">${khRelated[0]}</h3><ul>${links(khRelated.slice(1), 'related-box__item')}</ul></div>`,
  },
)}
<p><em>${khPartner}</em></p>
<p class="khn-boilerplate"><em>${khKff} <a href="https://www.kff.example/about-us">Learn more about KFF.</a></em></p>
</div>
<div class="use-our-content"><h3>${khUse[0]}</h3><p>${khUseText.replace('details', '<a href="/republishing-guidelines/">details</a>')}</p></div>
<div class="author-contact"><p>${khContact}</p></div>
<div class="related-topics"><h3>Related Topics</h3><ul>${links(khTags, 'related-topics__item')}</ul>
<a href="/contact-us/">Contact Us</a> <a href="/submit-a-story-tip/">Submit a Story Tip</a></div></article>
<aside class="sidebar"><div class="newsletter-box"><p>${khNews[0]}</p><form><label for="khn-email" class="screen-reader-text">${khNews[1]}</label>
<input id="khn-email" type="email" placeholder="Your Email Address"><button>${khNews[2]}</button></form></div>
<section class="latest"><h2>Latest Stories</h2><ul>${links(khLatest, 'latest__item')}</ul></section></aside></main>
<footer class="site-footer"><ul>${links(khFoot)}</ul><p>${khCopy}</p></footer>
<script src="https://kffhealthnews.example/wp-content/themes/kaiser-healthnews/js/main.js?ver=6.3.1" id="khn-main-js"></script></body></html>`;
const kff: TestPage = {
  name: 'heldout148-kffhealthnews-news',
  kind: 'news',
  html: khHtml,
  // the partnership note and the KFF boilerplate paragraph sit inside the article content but are furniture; the author
  // contact line is a byline
  title: khTitle,
  headings: khGold.headings,
  body: khGold.body,
  bylines: ['By Sofia Marchetti', 'October 14, 2025', khContact],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'KFF', 'Health Policy Research, Polling, and News', ...khNav, ...khTop, 'Search', 'Menu', 'Listen to this article',
    'Republish This Story', khCaption, khCredit, khCaption2, ...khRelated, khPartner, `${khKff} Learn more about KFF.`, ...khUse, 'Related Topics',
    ...khTags.slice(1), 'Contact Us', 'Submit a Story Tip', ...khNews, 'Latest Stories',
    ...khLatest, ...khFoot.filter((t) => !['Contact Us', 'About Us'].includes(t)), khCopy,
  ],
};

export const HELDOUT148_F: readonly TestPage[] = [kff, stateline];
