import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 204, file b2: a CBC News story (the CBC header with the hidden "Menu" drawer and sections, the News
 * sub-nav, the deck, the byline with "CBC News" and "Posted/Last Updated" times, "Social Sharing", the lead image caption,
 * in-text "ADVERTISEMENT" slots, the bold "Tell us" and "WATCH" embed titles, "With files from" line, the "ABOUT THE
 * AUTHOR" box, "Corrections and clarifications" and "Submit a news tip" links, "Related Stories", and the footer).
 */
const cbcTitle = 'Halifax renters say new heat pump rules leave them stuck with $400 power bills';
const cbcDeck = 'Landlords not required to upgrade units until 2029, tenant groups say that’s too long';
const cbcP1 = [
  'Tenants in some of Halifax’s oldest apartment buildings say they are paying hundreds of dollars a month to heat drafty units ' +
    'with baseboard heaters, and that a provincial program meant to help them will take years to reach their homes.',
  'Under rules announced by Nova Scotia’s Department of Energy last spring, landlords of buildings with more than 12 units must ' +
    'submit an energy efficiency plan by 2027 and complete upgrades, such as heat pumps or better insulation, by 2029.',
  'Shauna Morrison, who lives in a three-bedroom unit in a 1960s building in Fairview, said her electricity bill was $412 in January.',
  '“I keep the heat at 17 degrees and we wear sweaters inside,” she said. “I asked the property manager about heat pumps and they ' +
    'told me they’re not required to do anything yet.”',
];
const cbcH1 = 'Tenant groups want faster timeline';
const cbcP2 = [
  'ACORN Nova Scotia, which represents tenants across the province, says the deadline should be moved up by at least two years ' +
    'for buildings where tenants pay for their own heat.',
  'The group’s chair, Jamal Okafor, said people on fixed incomes were being forced to choose between heat and groceries.',
  '“The province is giving landlords rebates of up to $15,000 a unit. There’s no reason they can’t start now,” he said.',
  'The group also wants landlords to be barred from passing the cost of upgrades on to tenants through rent increases above the provincial cap.',
];
const cbcH2 = 'Landlords point to contractor shortage';
const cbcP3 = [
  'Kevin Sampson, executive director of the Investment Property Owners Association of Nova Scotia, said many owners wanted to ' +
    'upgrade but were struggling to find qualified installers.',
  '“Some of our members have been on a waiting list for eight months,” he said. “Moving the deadline doesn’t create more contractors.”',
  'Sampson said the association supported the program and was working with the province on a training initiative for heat pump technicians.',
  'In a statement, the Department of Energy said it was “monitoring uptake closely” and that 3,100 rental units had already received ' +
    'upgrades through the program. It said it had no plans to change the deadlines.',
  'For Morrison, the numbers are little comfort. She said she has started looking for another apartment, but that anything with ' +
    'a heat pump in her area costs at least $300 more a month in rent.',
  '“So either way I pay,” she said.',
];
const cbcNav = [
  'Top Stories',
  'Local',
  'Climate',
  'World',
  'Canada',
  'Politics',
  'Indigenous',
  'Business',
  'Health',
  'Entertainment',
  'Science',
  'CBC News Investigates',
];
const cbcHead = ['Sign In', 'Search', 'Menu', 'News', 'Sports', 'Radio', 'Music', 'Listen Live', 'TV', 'Watch'];
const cbcCaption = 'Shauna Morrison says her electricity bill for January was $412. She heats her Fairview apartment with baseboard heaters.';
const cbcCredit = '(Jeorge Sadi/CBC)';
const cbcWatch = 'WATCH | Why heat pumps are catching on in Atlantic Canada:';
const cbcVideo = ['Heat pumps explained', '3 months ago', 'Duration 2:14'];
const cbcBio =
  'Alicia Fournier is a reporter with CBC Nova Scotia. She covers housing, energy and municipal affairs. You can reach her at alicia.fournier@cbc.example.';
const cbcRelated = ['N.S. expands heat pump rebate to renters in small buildings', 'Power rates to rise 14% over two years, regulator rules'];
const cbcFoot = [
  'Contact CBC',
  'Submit Feedback',
  'Help Centre',
  'Audience Relations, CBC',
  'Terms of Use',
  'Privacy Policy',
  'Accessibility',
  'Jobs',
  'Ombudsman',
  'Reuse & Permission',
  'Corrections & Clarifications',
];
const cbcStd = 'Corrections and clarifications';
const cbcTip = 'Submit a news tip';
const cbcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halifax renters say new heat pump rules leave them stuck with $400 power bills | CBC News</title>
<meta name="description" content="${cbcDeck}"><meta property="og:site_name" content="CBC"><meta property="og:type" content="article">
<meta name="author" content="Alicia Fournier"><meta name="cXenseParse:recs:publishtime" content="2026-02-14T09:00:00.000Z">
<link rel="canonical" href="https://www.cbc.ca/news/canada/nova-scotia/halifax-renters-heat-pumps-1.7731204">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cbcTitle}","description":"${cbcDeck}",
"datePublished":"2026-02-14T09:00:00.000Z","author":[{"@type":"Person","name":"Alicia Fournier"}],"publisher":{"@type":"Organization","name":"CBC"}}</script>
<script>window.__INITIAL_STATE__={"detail":{"content":{"id":"1.7731204"}}};</script></head>
<body><div id="app"><div class="pageWrapper"><a href="#content" class="skipLink">Skip to Main Content</a>
<header class="header" id="header"><div class="headerContent"><a href="https://www.cbc.ca" class="logo"><span class="hiddenText">CBC</span></a>
<ul class="primaryNav">${links(cbcHead, 'primaryNavItem')}</ul></div>
<div class="menuDrawer" aria-hidden="true" hidden><h2>Menu</h2>
<ul>${links(['Live', 'Documentaries', 'Kids', 'CBC Gem', 'CBC Listen'], 'drawerItem')}</ul></div></header>
<nav class="subNav" aria-label="News"><ul>${links(cbcNav, 'subNavItem')}</ul></nav>
<main id="content" class="content"><div class="storyWrapper"><div class="sclt-section"><a href="/news/canada/nova-scotia">Nova Scotia</a></div>
<h1 class="detailHeadline">${cbcTitle}</h1><h2 class="deck">${cbcDeck}</h2>
<div class="bylineDetails"><div class="authorWrapper"><span class="authorText"><a href="/news/author/alicia-fournier-1.6012">Alicia Fournier</a></span>
<span class="bylineSource"> · CBC News</span></div><div class="timeStamp">
<time class="timeStamp" datetime="2026-02-14T09:00:00.000Z">Posted: Feb 14, 2026 5:00 AM AST</time>
 | <span class="updatedText">Last Updated: February 14</span></div></div>
<div class="socialSharing"><button class="sharingIcon" aria-label="Social Sharing"><span>Social Sharing</span></button></div>
<div class="storyMedia"><figure class="imageMedia leadmedia-story full">
<img alt="A woman stands beside a baseboard heater." src="https://i.cbc.ca/1.7731210.jpg">
<figcaption class="image-caption">${cbcCaption} <span class="image-credit">${cbcCredit}</span></figcaption></figure></div>
<div class="story">
${ps(cbcP1)}
<div class="ad-risingstar-container"><p class="adLabel">ADVERTISEMENT</p><div id="ad-1"></div></div>
<h2>${cbcH1}</h2>
${ps(cbcP2)}
<div class="embed-video"><p><strong>${cbcWatch}</strong></p><div class="media-video"><h3 class="media-title">${cbcVideo[0]}</h3>
<span class="media-age">${cbcVideo[1]}</span><span class="media-duration">${cbcVideo[2]}</span></div></div>
<h2>${cbcH2}</h2>
${ps(cbcP3.slice(0, 3))}
<div class="ad-risingstar-container"><p class="adLabel">ADVERTISEMENT</p><div id="ad-2"></div></div>
${ps(cbcP3.slice(3))}
<p class="byline-footer">With files from Information Morning</p>
</div>
<div class="aboutAuthorContainer"><h3 class="aboutAuthorHeading">ABOUT THE AUTHOR</h3><div class="authorProfile"><span class="authorName">Alicia Fournier</span>
<p class="authorBio">${cbcBio}</p></div></div>
<div class="storyFooter"><p><a href="https://www.cbc.ca/news/corrections">${cbcStd}</a> | <a href="https://www.cbc.ca/newstips">${cbcTip}</a></p></div>
<div class="similarStories"><h3 class="similarStoriesHeading">Related Stories</h3><ul>${links(cbcRelated, 'similarStory')}</ul></div></div></main>
<footer class="cbc-footer"><ul class="footerLinks">${links(cbcFoot, 'footerLink')}</ul>
<p class="footerCopyright">©2026 CBC/Radio-Canada. All rights reserved.</p><p>Visitez Radio-Canada.ca</p></footer></div></div>
<script src="https://www.cbc.ca/cbc-news-app/main.js" defer></script></body></html>`;
export const cbcStory: TestPage = {
  html: cbcHtml,
  name: 'heldout204-cbc-news',
  kind: 'news',
  // the deck is body; the "With files from" line is a byline; the section label, share button, caption and credit, ad
  // labels, WATCH embed title and its video card, author box, corrections/tip links, Related Stories, nav and footer are furniture
  title: cbcTitle,
  headings: [cbcH1, cbcH2],
  body: [cbcDeck, ...cbcP1, ...cbcP2, ...cbcP3],
  bylines: ['Alicia Fournier', 'CBC News', 'Posted: Feb 14, 2026 5:00 AM AST', 'Last Updated: February 14', 'With files from Information Morning'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...cbcHead, 'Live', 'Documentaries', 'Kids', 'CBC Gem', 'CBC Listen', ...cbcNav, 'Nova Scotia', 'Social Sharing', cbcCaption,
    cbcCredit, 'ADVERTISEMENT', cbcWatch, ...cbcVideo, 'ABOUT THE AUTHOR', cbcBio, cbcStd, cbcTip, 'Related Stories', ...cbcRelated, ...cbcFoot,
    '©2026 CBC/Radio-Canada. All rights reserved.', 'Visitez Radio-Canada.ca',
  ],
};
