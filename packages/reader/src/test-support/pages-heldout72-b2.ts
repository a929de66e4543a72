import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 72, file b2: a BBC News story in the older Wales layout (the orbit bar with its links and "More menu", the
 * cookie banner, the BBC News nav and the Wales sub-nav, the headline block, the byline block with author, role and the
 * "Published"/"Updated" times, "Share" and "Save", image blocks with visually hidden "Image source," and "Image caption,"
 * prefixes, bold lead paragraph, crossheads, a "More on this story" links block and a "Related Topics" tag list inside the
 * <article>, the "Top Stories", "Features" and "Most Read" rails and the orbit footer).
 */
const bbTitle = 'Aberhenfor ferry to stop after 90 years as council pulls funding';
const bbLead = 'A ferry that has carried passengers across the Henfor estuary for 90 years will make its last crossing next month.';
const bbBody1 = [
  'Gwynedd Môr council said it could no longer afford the £310,000 a year it pays to keep the service running between ' + 'Aberhenfor and Traeth Bach.',
  'Campaigners said the decision would add a 40-minute drive to journeys for dozens of workers and students who use the boat ' + 'every day.',
  'The council said passenger numbers had fallen by a third since 2019 and the vessel needed repairs costing more than £1m.',
];
const bbH1 = '‘Our road to work’';
const bbBody2 = [
  'Carys Elin, who crosses twice a day to her job at the hospital in Traeth Bach, said the ferry was “not a tourist ride, it ' + 'is our road to work”.',
  '“In winter the bus around the estuary takes over an hour. On the boat it is eight minutes and you see the herons on the ' + 'sandbanks,” she said.',
  'A petition to save the service has gathered more than 6,000 signatures, and the town council in Aberhenfor has offered to ' + 'contribute £20,000 a year.',
  'Skipper Dafydd Rowlands, who has worked on the ferry for 27 years, said he had been told his job would end on 31 March.',
  '“My grandfather worked on this river. I never thought I would be the one to tie her up for the last time,” he said.',
];
const bbH2 = 'What happens next?';
const bbBody3 = [
  'The council’s cabinet member for transport, Gareth Hughes-Lloyd, said it had looked at every option, including handing the ' +
    'service to a community trust.',
  '“Nobody in this council wanted to make this decision, but we have a legal duty to balance the budget,” he said.',
  'He said the council would run an extra early bus around the estuary from April and would talk to any group that came forward ' +
    'with a “realistic plan” to run the boat.',
  'The Welsh government said ferry services were a matter for local authorities.',
  'Campaigners plan to hand their petition to councillors at a full council meeting on 27 February, when the budget will be set.',
];
const bbOrbit = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Bitesize'];
const bbNav = ['Israel-Gaza war', 'War in Ukraine', 'Climate', 'UK', 'World', 'Business', 'Politics', 'Culture', 'Tech', 'Science', 'Health'];
const bbSub = ['Wales', 'Wales Politics', 'Wales Business', 'North West', 'North East', 'Mid', 'South West', 'South East', 'Cymru Fyw'];
const bbCap1 = 'The ferry has run across the Henfor estuary since 1935';
const bbCap2 = 'Dafydd Rowlands has skippered the ferry for 27 years';
const bbMore = ['Campaigners launch petition to save estuary ferry', 'Council warns of £40m budget gap', 'Ferry service cut to weekends in winter'];
const bbTopics = ['Ferries', 'Public transport', 'Gwynedd Môr Council', 'Local government in Wales'];
const bbTop = [
  'Strikes at two Welsh ports called off after pay offer',
  'Snow and ice warnings for much of Wales overnight',
  'Ambulance waits at record high, figures show',
];
const bbFeatures = ['The village that bought its own pub, and its own shop', 'Why are so many chapels up for sale?'];
const bbMost = [
  'Man charged after lorry crashes into shop',
  'Drivers warned as bridge shuts for three nights',
  'Rugby star to open bakery in home town',
  'Seal pup found in car park returned to sea',
  'Train fares to rise by 4.6%',
];
const bbFoot = [
  'Terms of Use',
  'About the BBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Parental Guidance',
  'Contact the BBC',
  'Get Personalised Newsletters',
  'Why you can trust the BBC',
  'Advertise with us',
];
const bbCopy = 'Copyright © 2025 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.';
const bbCookie = [
  'Let us know you agree to cookies',
  'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
  'Yes, I agree',
  'No, take me to settings',
];
const bbText = (a: readonly string[]): string =>
  a
    .map(
      (p) => `<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1">
<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">${p}</p></div></div>`,
    )
    .join('\n');
const bbImg = (src: string, credit: string, cap: string): string => `<div data-component="image-block" class="ssrcss-17zbbtv-ComponentWrapper ep2nwvo0">
<figure class="ssrcss-wpgbih-StyledFigure e34k3c23"><div class="ssrcss-ab5fd8-StyledFigureContainer e34k3c21"><span class="ssrcss-1kswf7p-Placeholder">
<img alt="${cap}" src="https://ichef.bbci.co.uk/news/976/cpsprodpb/${src}.jpg.webp" width="976" height="549" class="ssrcss-evoj7m-Image ee0ct7c0"></span>
<span role="text"><span class="ssrcss-1cswmbr-VisuallyHidden e16en2lz0">Image source, </span>${credit}</span></div>
<figcaption class="ssrcss-1hgqeoa-Caption e34k3c20"><span class="ssrcss-1cswmbr-VisuallyHidden e16en2lz0">Image caption, </span>${cap}</figcaption>
</figure></div>`;
const bbHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${bbTitle} - BBC News</title>
<meta name="description" content="${bbLead}"><meta property="og:title" content="${bbTitle}"><meta property="og:site_name" content="BBC News">
<meta name="article:section" content="Wales"><link rel="canonical" href="https://www.bbc.co.uk/news/uk-wales-68123456">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.bbc.co.uk/news/uk-wales-68123456",
"headline":"${bbTitle}","datePublished":"2025-02-03T06:12:44.000Z","dateModified":"2025-02-04T10:31:02.000Z",
"author":{"@type":"Person","name":"Rhian Cadwgan"},"publisher":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script>
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"article\\":{\\"id\\":\\"uk-wales-68123456\\"}}}";</script></head>
<body><div id="orb-banner" class="orbit-banner"><div class="ssrcss-1fx2e3e-CookieBanner" role="region" aria-label="Cookie banner">
<h2 class="ssrcss-v2n5ll">${bbCookie[0]}</h2><p>${bbCookie[1]}</p><button type="button">${bbCookie[2]}</button>
<a href="https://www.bbc.co.uk/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/">${bbCookie[3]}</a></div></div>
<header class="orbit-header-container" role="banner"><a href="#main-content" class="ssrcss-13nq3ni-SkipLink">Skip to content</a>
<a href="https://www.bbc.co.uk/accessibility/" class="ssrcss-13nq3ni-SkipLink">Accessibility Help</a>
<div class="ssrcss-1rtmzsf-OrbitHeader"><a href="https://www.bbc.co.uk" aria-label="BBC Homepage"><svg viewBox="0 0 84 24"></svg></a>
<a href="https://account.bbc.com/account" class="ssrcss-1ddpa8a-AccountLink">Your account</a>
<nav aria-label="BBC" class="ssrcss-1yopa9u-OrbitNav"><ul role="list">${links(bbOrbit, 'ssrcss-1p6d3g6-OrbitNavItem')}</ul>
<button type="button" aria-expanded="false" class="ssrcss-19k8ycb-MoreMenuButton">More menu</button></nav>
<a href="https://search.bbc.co.uk/search" class="ssrcss-1kx5nh6-SearchLink">Search BBC</a></div></header>
<header class="ssrcss-1i2ig5f-Header" role="banner"><div class="ssrcss-1v3by25-Brand"><a href="https://www.bbc.co.uk/news"><span>BBC News</span></a></div>
<nav aria-label="BBC News" class="ssrcss-d7aixc-NavigationWrapper"><ul role="list">${links(bbNav, 'ssrcss-m7vxyz-GlobalNavigationProduct')}</ul></nav>
<nav aria-label="Wales" class="ssrcss-m8d1f3-SecondaryNavigationWrapper"><ul role="list">${links(bbSub, 'ssrcss-4plqsk-SecondaryNavigationLink')}</ul></nav>
</header>
<main id="main-content" data-testid="main-content" class="ssrcss-1snrh1p-Main"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l6">
<header data-component="headline-block" class="ssrcss-1eqcsb1-HeadingWrapper e1nh2i2l5"><h1 id="main-heading" type="headline" tabindex="-1"
class="ssrcss-15xko80-StyledHeading e10rt3ze0">${bbTitle}</h1></header>
<div data-component="byline-block" class="ssrcss-1v7bxtk-StyledComponentWrapper ep2nwvo0"><div class="ssrcss-ugte5s-BylineContainer e8mq1e99">
<div class="ssrcss-1loxmoo-MetadataWrapper"><div class="ssrcss-m5j4pi-MetadataContent"><span class="ssrcss-1if1g9v-MetadataText">Published</span>
<time data-testid="timestamp" datetime="2025-02-03T06:12:44.000Z" class="ssrcss-1if1g9v-MetadataText">3 February 2025</time></div>
<div class="ssrcss-m5j4pi-MetadataContent"><span class="ssrcss-1if1g9v-MetadataText">Updated</span>
<time datetime="2025-02-04T10:31:02.000Z" class="ssrcss-1if1g9v-MetadataText">4 February 2025</time></div>
<div class="ssrcss-1hlxxic-PromoShareSaveWrapper"><button type="button" class="ssrcss-ae5ytg-ShareButton">Share</button>
<button type="button" class="ssrcss-12n8sbt-SaveButton">Save</button></div></div>
<div class="ssrcss-68pt20-Text-TextContributorName e8mq1e96">By Rhian Cadwgan</div><div class="ssrcss-84ltp5-Text e8mq1e910">BBC News, North West Wales</div>
</div></div>
${bbImg('1b2e/live/ferry.jpg', 'Gwynedd Môr Council', bbCap1)}
<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1">
<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10"><b class="ssrcss-hmf8ql-BoldText e5tfeyi3">${bbLead}</b></p></div></div>
${bbText(bbBody1)}
<div data-component="crosshead-block" class="ssrcss-1u5ya8e-ComponentWrapper ep2nwvo0"><h2 class="ssrcss-y0st9s-StyledHeading e10rt3ze0">${bbH1}</h2></div>
${bbText(bbBody2.slice(0, 2))}
${bbImg('4c1a/live/skipper.jpg', 'BBC', bbCap2)}
${bbText(bbBody2.slice(2))}
<div data-component="crosshead-block" class="ssrcss-1u5ya8e-ComponentWrapper ep2nwvo0"><h2 class="ssrcss-y0st9s-StyledHeading e10rt3ze0">${bbH2}</h2></div>
${bbText(bbBody3)}
<div data-component="links-block" class="ssrcss-1x1b8yw-ComponentWrapper ep2nwvo0"><div class="ssrcss-1ocoo3l-Container"><h2 id="more-on-this-story"
class="ssrcss-1vb8hq-StyledHeading e10rt3ze0">More on this story</h2><ul role="list" class="ssrcss-5y5v9w-Stack">
${bbMore
  .map(
    (t, i) => `<li class="ssrcss-4u1gn8-StyledListItem"><div class="ssrcss-1f3bvyz-Stack"><a href="https://www.bbc.co.uk/news/uk-wales-6798${i}"
class="ssrcss-xz7gpf-PromoLink"><span>${t}</span></a><span class="ssrcss-1if1g9v-MetadataText">Published</span>
<time class="ssrcss-1if1g9v-MetadataText">${12 + i} January 2025</time></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div data-component="tag-list" class="ssrcss-1qmkvfu-TopicListWrapper ep2nwvo0"><div class="ssrcss-1ocoo3l-Container"><h2
class="ssrcss-1vb8hq-StyledHeading e10rt3ze0">Related Topics</h2><ul role="list" class="ssrcss-1ahxr5b-TopicList">
${links(bbTopics, 'ssrcss-1ui7gkx-TopicListItem')}</ul></div></div></article>
<div data-component="onward-journeys" class="ssrcss-gdeaho-OnwardJourneys"><section><h2 class="ssrcss-1lr2k5s-StyledHeading">Top Stories</h2>
<ul role="list">${links(bbTop, 'ssrcss-7bqdgm-StyledListItem')}</ul></section>
<section><h2 class="ssrcss-1lr2k5s-StyledHeading">Features</h2><ul role="list">${links(bbFeatures, 'ssrcss-7bqdgm-StyledListItem')}</ul></section>
<section><h2 class="ssrcss-1lr2k5s-StyledHeading">Most Read</h2><ol role="list">${links(bbMost, 'ssrcss-1ztvqbm-MostReadListItem')}</ol></section></div>
</main>
<footer class="orbit-footer" role="contentinfo"><div class="ssrcss-1p4rc73-FooterContainer"><ul
role="list">${links(bbFoot, 'ssrcss-7cdkyc-FooterListItem')}</ul>
<p class="ssrcss-ay8qx3-SmallPrint">${bbCopy}</p></div></footer>
<script src="https://static.files.bbci.co.uk/news/articles/main.js" defer></script></body></html>`;
export const bbcStory: TestPage = {
  html: bbHtml,
  name: 'heldout72-bbc-news',
  kind: 'news',
  // the bold lead paragraph is body; captions with their hidden "Image source,"/"Image caption," prefixes and credits, "More on
  // this story" with its items and dates, "Related Topics" with its tags, rails, cookie banner and footer are furniture; the nav
  // items "Home" and "News" sit in the orbit bar, "Wales" in the sub-nav; "Published"/"Updated" labels and their dates are bylines
  title: bbTitle,
  headings: [bbH1, bbH2],
  body: [bbLead, ...texts(bbBody1), ...texts(bbBody2), ...texts(bbBody3)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['Published', '3 February 2025', 'Updated', '4 February 2025', 'By Rhian Cadwgan', 'BBC News, North West Wales'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bbCookie, 'Skip to content', 'Accessibility Help', 'Your account', ...bbOrbit, 'More menu', 'Search BBC', 'BBC News', ...bbNav, ...bbSub,
    'Share', 'Save', 'Image source, Gwynedd Môr Council', 'Image source, BBC', `Image caption, ${bbCap1}`, `Image caption, ${bbCap2}`,
    'More on this story', ...bbMore, '12 January 2025', '13 January 2025', '14 January 2025', 'Related Topics', ...bbTopics, 'Top Stories',
    ...bbFeatures, 'Features', 'Most Read', ...bbMost, ...bbFoot.filter((t) => t !== 'Accessibility Help'), bbCopy,
  ],
};
