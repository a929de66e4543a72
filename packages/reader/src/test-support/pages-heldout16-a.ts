import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 16, file a: a regional paper's Google AMP article (⚡ html, amp-boilerplate, amp-sidebar menu, amp-img with
 * caption, amp-social-share, amp-ad slots with "Advertisement" placeholders, amp-consent banner, amp-analytics config) and an
 * Al Jazeera-style news story (live ticker, standfirst, inline "Recommended Stories" list, "Follow Al Jazeera English" box,
 * "Most Read" rail, topic tags, newsletter signup, cookie dialog).
 */
const ampTitle = 'Lakeport schools will switch to a four-day week in August after split board vote';
const ampBody1 = [
  'LAKEPORT — The Lakeport Unified School District will move to a four-day week when classes resume in August, after the ' +
    'board voted 4-3 late Tuesday to adopt a calendar that keeps its eleven campuses closed on Mondays.',
  'Under the new schedule, each school day will run 42 minutes longer, starting at 7:55 a.m. at the elementary schools and ' +
    '8:10 a.m. at the middle and high schools. The district says students will still receive more than the minimum ' +
    'instructional minutes the state requires over a year.',
  'District leaders pitched the change mainly as a way to hire and keep teachers. Lakeport has started each of the past three ' +
    'years with more than twenty classrooms led by long-term substitutes, and exit surveys show that many departing staff ' +
    'took jobs in larger districts down the valley that pay between $6,000 and $9,000 more a year.',
  '“We cannot outbid Fresno County on salary, and we have stopped pretending we can,” Superintendent Alma Reyes-Carrillo ' +
    'told the board. “What we can offer is time. Every teacher I have asked says a predictable planning day would change ' +
    'how long they stay.”',
];
const ampBody2 = [
  'Parents who spoke during more than two hours of public comment were divided. Several said a long weekend every week ' +
    'would make it easier to schedule medical appointments and family visits, while others, many of them working in the ' +
    'packing houses along Route 41, said they had no one to watch younger children on Mondays.',
  'The district plans to run supervised Monday programs at Harbor View Elementary and Lakeport Middle School, with crafts, ' +
    'tutoring and outdoor games, for $15 a day. Families who qualify for free or reduced-price lunch would pay nothing, ' +
    'and buses would run a reduced route to both sites.',
  'Trustee Glenn Amundsen, who voted against the plan, said the district was moving too quickly. “We are changing the life ' +
    'of every family in this town on six weeks of discussion,” he said. “I would have liked to see a pilot at one school first.”',
  'Research on shorter school weeks is mixed. Studies of rural districts in Missouri and Oregon have found small declines in ' +
    'test scores after the switch, especially in math, while districts in Colorado reported better teacher retention and ' +
    'fewer substitute days.',
  'The Lakeport Teachers Association endorsed the calendar after a survey in which 81% of its members supported it. The ' +
    'board agreed to review attendance, test results and staffing after two full years and to hold a public hearing before ' +
    'deciding whether to keep the schedule.',
];
const ampCaption =
  'Students leave Harbor View Elementary at the end of the school day on May 20. From August, the district’s campuses will be closed on Mondays.';
const ampBio = 'Corey Whitlock covers education and local government for The Lakeport Ledger. Reach him at cwhitlock@lakeportledger.example.';
const ampNav = ['Local News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'e-Edition', 'Weather', 'Contact Us'];
const ampMore = [
  'Valley college adds evening nursing program to meet hospital demand',
  'Lakeport library to reopen Saturday after roof repairs',
  'Harbor View students raise $4,000 for new playground shade',
];
const ampFoot = ['About Us', 'Advertise', 'Terms of Service', 'Privacy Policy', 'Your Privacy Choices'];
const ampAd = (slot: string): string => `<div class="ad-wrapper"><amp-ad width="300" height="250" type="doubleclick" data-slot="/2204/lakeport/${slot}"
json='{"targeting":{"section":["education"]}}'><div placeholder class="ad-label">Advertisement</div><div fallback></div></amp-ad></div>`;
const ampHtml = `<!doctype html>
<html ⚡ lang="en"><head><meta charset="utf-8"><title>${ampTitle} | The Lakeport Ledger</title>
<link rel="canonical" href="https://www.lakeportledger.example/story/news/education/2025/05/21/lakeport-four-day-school-week/83719241/">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ampTitle}",
"datePublished":"2025-05-21T04:47:00Z","dateModified":"2025-05-21T14:15:00Z","author":[{"@type":"Person","name":"Corey Whitlock"}],
"publisher":{"@type":"Organization","name":"The Lakeport Ledger","logo":{"@type":"ImageObject",
"url":"https://www.lakeportledger.example/logo-amp.png"}}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>.gnt_n{height:48px}.gnt_ar_b p{font-size:18px;line-height:1.6}.ad-label{font-size:10px;text-transform:uppercase}</style></head>
<body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{"consentInstanceId":"ledger-consent","promptUI":"consent-ui"}</script>
<div id="consent-ui" class="consent-banner"><p>We use cookies and similar technologies to personalize content and ads, and to analyze our traffic.</p>
<button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Manage options</button></div></amp-consent>
<amp-sidebar id="gnt_sidebar" layout="nodisplay" side="left"><button on="tap:gnt_sidebar.close" class="gnt_sb_c" aria-label="Close navigation">Close</button>
<nav class="gnt_sb_n"><ul>${links(ampNav, 'gnt_sb_li')}</ul></nav>
<a class="gnt_sb_sub" href="https://subscribe.lakeportledger.example/">Subscribe</a></amp-sidebar>
<header class="gnt_n"><button class="gnt_n_mn" on="tap:gnt_sidebar.toggle" aria-label="Open navigation"></button>
<a class="gnt_n_logo" href="https://www.lakeportledger.example/">The Lakeport Ledger</a>
<a class="gnt_n_sub" href="https://subscribe.lakeportledger.example/">Subscribe for $1</a></header>
<main class="gnt_cw"><article class="gnt_ar">
<a class="gnt_ar_lbl" href="/news/education/">Education</a>
<h1 class="gnt_ar_hl">${ampTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/corey-whitlock/">Corey Whitlock</a>
<div class="gnt_ar_by_t">The Lakeport Ledger</div></div>
<div class="gnt_ar_dt" aria-label="Published: 9:47 p.m. PT May 20, 2025 Updated: 7:15 a.m. PT May 21, 2025">
<span>Published 9:47 p.m. PT May 20, 2025</span> <span>Updated 7:15 a.m. PT May 21, 2025</span></div>
<div class="gnt_ss"><span class="gnt_ss_l">Share this story</span>
<amp-social-share type="facebook" width="32" height="32" data-param-app_id="2543" aria-label="Share on Facebook"></amp-social-share>
<amp-social-share type="twitter" width="32" height="32" aria-label="Share on X"></amp-social-share>
<amp-social-share type="email" width="32" height="32" aria-label="Share by email"></amp-social-share></div>
<figure class="gnt_em gnt_em_img"><amp-img src="https://www.lakeportledger.example/gcdn/harbor-view-dismissal.jpg" width="1320" height="743"
layout="responsive" alt="Children with backpacks walk out of a school gate"></amp-img>
<figcaption class="gnt_em_cp"><span class="gnt_em_cp_t">${ampCaption}</span>
<span class="gnt_em_cp_a">Renata Solis/The Lakeport Ledger</span></figcaption></figure>
<div class="gnt_ar_b">
${ps(ampBody1, ' class="gnt_ar_b_p"')}
${ampAd('article_1')}
${ps(ampBody2, ' class="gnt_ar_b_p"')}
<p class="gnt_ar_b_p gnt_ar_b_bio"><em>${ampBio}</em></p>
</div>
${ampAd('article_2')}
<aside class="gnt_sub_p"><h2>Stay informed on Lakeport schools</h2><p>Get unlimited access to local news for $1 for 6 months.</p>
<a href="https://subscribe.lakeportledger.example/">Subscribe now</a></aside>
<section class="gnt_rl"><h2 class="gnt_rl_h">More from Education</h2><ul>${links(ampMore, 'gnt_rl_li')}</ul></section>
<a class="gnt_full" href="https://www.lakeportledger.example/story/news/education/2025/05/21/lakeport-four-day-school-week/83719241/">View full site</a>
</article></main>
<footer class="gnt_f"><ul>${links(ampFoot, 'gnt_f_li')}</ul><p>© 2025 The Lakeport Ledger. All rights reserved.</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-LKPT2025","config":{"G-LKPT2025":
{"groups":"default","content_group":"education"}}},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>
</body></html>`;
const amp: TestPage = {
  html: ampHtml,
  name: 'heldout16-amp-news',
  kind: 'news',
  // the LAKEPORT dateline opens the first paragraph and stays body (convention); the reporter's name and the two
  // published/updated stamps are bylines, the paper name under his name furniture; the italic tagline about the reporter
  // at the end of the body is furniture (a bio, as batch 15 did); the section label, caption, photo credit, ad
  // placeholders, share label, subscription asides, related list, consent banner, sidebar menu and footer are furniture
  title: ampTitle,
  headings: [],
  body: [...texts(ampBody1), ...texts(ampBody2)],
  bylines: ['Corey Whitlock', 'Published 9:47 p.m. PT May 20, 2025', 'Updated 7:15 a.m. PT May 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies and similar technologies to personalize content and ads, and to analyze our traffic.', 'Accept', 'Manage options', 'Close',
    ...ampNav, 'Subscribe', 'The Lakeport Ledger', 'Subscribe for $1', 'Education', 'Share this story', ampCaption,
    'Renata Solis/The Lakeport Ledger', 'Advertisement', ampBio,
    'Stay informed on Lakeport schools', 'Get unlimited access to local news for $1 for 6 months.', 'Subscribe now', 'More from Education',
    ...ampMore, 'View full site', ...ampFoot, '© 2025 The Lakeport Ledger. All rights reserved.',
  ],
};

const ajTitle = 'Floods in Mozambique’s Zambezia province force 60,000 from their homes';
const ajStand = 'Aid agencies warn of cholera risk as the Licungo River bursts its banks for the second time in three weeks.';
const ajBody1 = [
  'Tens of thousands of people have fled their homes in central Mozambique after days of torrential rain sent the Licungo ' +
    'River over its banks, flooding farmland and cutting the main road between the provincial capital Quelimane and the ' +
    'inland town of Mocuba.',
  'The National Institute for Disaster Risk Management said on Tuesday that at least 60,000 people had been displaced in ' +
    'Zambezia province and that 14 had died, most of them swept away while trying to cross swollen streams on foot.',
  'It is the second time this rainy season that the river has flooded. Communities that had only just returned to their ' +
    'villages after the first floods in mid-February were forced to leave again, many of them for the same crowded schools ' +
    'and churches they had used as shelters.',
];
const ajBody2 = [
  'Rescue workers used boats and a single helicopter to reach families stranded on rooftops and in trees along the river, ' +
    'where the water rose by nearly two metres overnight on Sunday.',
  'A 40-metre section of the N1 highway south of Mocuba collapsed on Monday, leaving trucks carrying food and fuel stuck ' +
    'on either side. Officials said it could take at least two weeks to build a temporary crossing.',
  '“The problem now is not only the water but what it leaves behind,” said Helena Cossa, who coordinates emergency health ' +
    'programmes for a Mozambican aid group in Quelimane. “Latrines have overflowed, wells are contaminated, and we have ' +
    'already seen the first cases of acute diarrhoea in the camps.”',
];
const ajBody3 = [
  'In Namacurra district, farmer Jacinto Mulhanga stood at the edge of what had been his maize and rice fields, now a ' +
    'brown lake stretching to the tree line. “We planted twice this year,” he said. “The first flood took the seeds. This ' +
    'one took the harvest. I do not know what we will eat in June.”',
  'The United Nations World Food Programme said it had begun distributing emergency rations to 25,000 people but warned ' +
    'that its operations in Mozambique were only 30 percent funded for the year.',
  'Scientists say warmer seas in the Mozambique Channel are making tropical storms and heavy rain more intense in the region. ' +
    'The country has been hit by more than a dozen major cyclones and flood disasters since 2019, when Cyclone Idai killed ' +
    'more than 600 people.',
  'Forecasters expect more rain over the Zambezi basin this week, and authorities have urged people living in low-lying ' +
    'areas along the Licungo and Zambezi rivers to move to higher ground.',
];
const ajCaption = 'People wade through floodwater in the Namacurra district of Zambezia province, Mozambique, on March 3, 2025 [Alfredo Machava/AFP]';
const ajNav = ['News', 'Middle East', 'Explained', 'Opinion', 'Sport', 'Video', 'More'];
const ajTicker = ['Sudan ceasefire talks resume in Jeddah as fighting rages in el-Fasher', 'Stock markets slide as new tariffs take effect'];
const ajRec = [
  'Cyclone Jude leaves trail of destruction across northern Mozambique',
  'Malawi declares state of disaster after weeks of heavy rain',
  'How warmer oceans are fuelling stronger storms in southern Africa',
  'Mozambique’s cholera outbreak: What you need to know',
];
const ajTags = ['Floods', 'Climate Crisis', 'Humanitarian crises', 'Africa', 'Mozambique'];
const ajMost = [
  'Israel strikes kill dozens in Gaza as truce talks stall',
  'Why is the price of cocoa falling again?',
  'Photos: Holi celebrations light up cities across India',
  'Philippines’ Duterte arrested on ICC warrant',
];
const ajFoot = ['About Us', 'Code of Ethics', 'Terms and Conditions', 'EU/EEA Regulatory Notice', 'Privacy Policy', 'Cookie Policy', 'Contact Us'];
const ajHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${ajTitle} | Floods News | Al Jazeera</title>
<meta name="description" content="${ajStand}"><meta property="og:type" content="article"><meta property="og:site_name" content="Al Jazeera">
<meta name="pageType" content="Article"><meta name="primaryTopic" content="Floods"><meta name="where" content="Mozambique">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ajTitle}",
"datePublished":"2025-03-04T11:22:09Z","author":{"@type":"Person","name":"Nkosana Dube","url":"https://www.aljazeera.example/author/nkosana_dube"},
"publisher":{"@type":"Organization","name":"Al Jazeera"}}</script>
<style>.wysiwyg p{margin-bottom:1.25rem}.css-1vdbuye{display:flex}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleType":"news","tags":"floods,climate-crisis,africa"});</script></head>
<body class="single-post">
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners process data to provide and
improve our services, personalise content and measure its performance.</p>
<button id="onetrust-accept-btn-handler">Allow All</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
<div class="site-header"><a class="skip-link" href="#main-content-area">Skip to Content</a><a class="site-logo" href="/">Al Jazeera</a>
<nav class="menu header-menu" aria-label="Primary"><ul class="menu__list">${links(ajNav, 'menu__item')}</ul></nav>
<a class="header-live" href="/live/">Live</a><button class="site-header__search-trigger">Search</button></div>
<div class="breaking-news-container" data-ticker="live"><span class="breaking-news-label">Live updates</span><ul class="breaking-news-list">
${links(ajTicker, 'breaking-news-item')}</ul></div>
<main id="main-content-area" class="container--article"><div class="article-header">
<div class="topics"><a href="/news/" class="topics__link">News</a>|<a href="/tag/floods/" class="topics__link">Floods</a></div>
<header class="article-header"><h1>${ajTitle}</h1><p class="article__subhead css-1wt8oh6"><em>${ajStand}</em></p></header>
<div class="article-info-block css-ti04u9"><div class="article-author"><div class="article-author-name">
<span class="article-author-name-item"><span>By </span><a class="author-link" href="/author/nkosana_dube">Nkosana Dube</a></span></div></div>
<div class="article-dates"><div class="date-simple css-1yjq2zp"><span>Published On 4 Mar 2025</span></div></div>
<div class="article-b-l"><button class="article-save-button">Save</button><button class="article-share-button">Click here to share on social media</button>
</div></div></div>
<figure class="article-featured-image"><div class="responsive-image"><img src="/wp-content/uploads/2025/03/AFP__zambezia.jpg" alt="Floods in Zambezia"></div>
<figcaption class="article-featured-image--caption">${ajCaption}</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content css-1vkfgk0" aria-live="polite">
${ps(ajBody1)}
<div class="more-on"><div class="more-on__heading"><h2>Recommended Stories</h2></div><p class="screen-reader-text">list of 4 items</p>
<ul class="more-on__list">${ajRec
  .map((t, i) => `<li class="more-on__item"><span class="screen-reader-text">list ${i + 1} of 4</span><a href="/news/2025/x">${t}</a></li>`)
  .join('\n')}</ul><p class="screen-reader-text">end of list</p></div>
<h2 id="roads-cut-off">Roads cut off</h2>
${ps(ajBody2)}
<h2 id="we-lost-everything">‘The first flood took the seeds’</h2>
${ps(ajBody3)}
</div>
<div class="article-source">Source: Al Jazeera and news agencies</div>
<div class="article-social"><p class="article-social__title">Follow Al Jazeera English:</p><ul class="social-links">
<li><a href="https://facebook.example/aljazeera" aria-label="facebook">facebook</a></li><li><a href="https://x.example/AJEnglish">twitter</a></li>
<li><a href="https://youtube.example/aljazeeraenglish">youtube</a></li><li><a href="https://instagram.example/aljazeera">instagram</a></li></ul></div>
<div class="article-topics"><ul>${links(ajTags, 'topics-list__item')}</ul></div>
<aside class="article-trending"><h2 class="section-title">Most Read</h2><ol class="article-trending__list">
${ajMost.map((t, i) => `<li><span class="trending-number">${i + 1}</span><a href="/news/2025/y">${t}</a></li>`).join('\n')}</ol></aside>
<section class="newsletter-signup"><h2>Sign up for Al Jazeera</h2><p>Africa Weekly</p><p>Get the stories that matter from across the continent,
every week.</p><input type="email" placeholder="E-mail address"><button>Subscribe</button>
<p class="newsletter-disclaimer">By signing up, you agree to our Privacy Policy</p></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(ajFoot, 'footer-menu__item')}</ul>
<p class="site-footer__copyright">© 2025 Al Jazeera Media Network</p></footer>
<script src="/static/js/main.bundle.js" defer></script></body></html>`;
const aljazeera: TestPage = {
  html: ajHtml,
  name: 'heldout16-aljazeera-story',
  kind: 'news',
  // the italic subhead is the story's standfirst: body; the two h2 subheads inside the story are headings, and the
  // "Recommended Stories" box inside the story div (its h2 too) is furniture, its screen-reader lines left in neither
  // list; "By" + name and "Published On ..." are bylines, "Source: Al Jazeera and news agencies" a credit line (byline);
  // the live ticker, topic kicker, follow box, tags, most-read rail, newsletter, cookie banner and footer are furniture;
  // the kicker "News" (the nav's too), the nav's "More" and the tags "Floods" and "Mozambique" are words of the title or body: left out
  title: ajTitle,
  headings: ['Roads cut off', '‘The first flood took the seeds’'],
  body: [ajStand, ...texts(ajBody1), ...texts(ajBody2), ...texts(ajBody3)],
  bylines: ['Nkosana Dube', 'Published On 4 Mar 2025', 'Source: Al Jazeera and news agencies'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners process data to provide and improve our services, personalise content and measure its performance.', 'Allow All',
    'Reject All', 'Manage Preferences', 'Skip to Content', 'Al Jazeera', ...ajNav.filter((t) => t !== 'News' && t !== 'More'), 'Live', 'Search',
    'Live updates', ...ajTicker,
    'Save', 'Click here to share on social media', ajCaption, 'Recommended Stories', ...ajRec, 'Follow Al Jazeera English:', 'facebook', 'twitter',
    'youtube', 'instagram', ...ajTags.filter((t) => t !== 'Floods' && t !== 'Mozambique'), 'Most Read', ...ajMost, 'Sign up for Al Jazeera', 'Africa Weekly',
    'Get the stories that matter from across the continent, every week.', 'Subscribe', 'By signing up, you agree to our Privacy Policy',
    ...ajFoot, '© 2025 Al Jazeera Media Network',
  ],
};

export const HELDOUT16_A: readonly TestPage[] = [amp, aljazeera];
