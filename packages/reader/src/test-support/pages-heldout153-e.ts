import type { TestPage } from './page-kit.js';
import { stuff } from './pages-heldout153-e2.js';

/**
 * Held-out batch 153, file e: an ABC (Australia) news story on the Next.js ABC News site (hashed class names and
 * data-component attributes, the ABC network bar, the ABC News header menu, the "By" byline with its region, "Posted" and
 * "updated" times, the "Share" utility, the lead figure with a bracketed credit, the bold "In short:" and "What's next?"
 * labels over the opening summary, h2 subheadings, a second captioned figure, the topic list, "Related stories", the "Top
 * Stories" rail and the footer with its acknowledgement of country) and, from file e2, a Stuff (New Zealand) story.
 */
const abTitle = 'Late frost wipes out up to half of grape crop for south-west WA growers';
const abShort = [
  'A frost in the last week of October has damaged vines across the south-west, with some growers losing up to half of this ' + 'season’s crop.',
  'Growers say it is the worst frost damage in the region in more than 20 years.',
];
const abNext = [
  'The Department of Primary Industries will survey affected vineyards this month to assess whether growers qualify for ' + 'disaster assistance.',
];
const abP1 = [
  'Grape growers in Western Australia’s south-west say a late-season frost has destroyed up to half of this year’s crop in some ' +
    'vineyards, just weeks after the vines began to flower.',
  'Temperatures dropped to minus 2.5 degrees Celsius in low-lying parts of the Kalgarin Creek valley in the early hours of ' +
    'October 29, according to growers’ own weather stations.',
  'Vigneron Tessa McAllister, whose family has grown grapes in the valley since 1986, said she had never seen damage like it.',
  '“You walk out the next morning and the new shoots are black,” she said. “Some rows look fine, and the next row down the slope ' + 'is gone.”',
];
const abH1 = '‘Worst we’ve seen’';
const abP2 = [
  'Ms McAllister estimates she has lost 40 per cent of her chardonnay and about a third of her cabernet sauvignon.',
  'Regional wine association president Gary Hensley said early reports suggested about 30 vineyards had been affected.',
  '“This is the worst frost damage we’ve seen in the region in more than 20 years,” he said.',
  '“For smaller growers who sell their fruit to the big wineries, a bad year like this can wipe out their income.”',
];
const abH2 = 'Calls for support';
const abP3 = [
  'Mr Hensley said the association had written to the state government asking for frost damage to be covered under the natural ' +
    'disaster relief program, which currently applies to fire, flood and storm damage.',
  'A spokesperson for Agriculture Minister Denise Carrow said the department would survey affected properties this month.',
  '“We understand how difficult this is for growers, and the department is working with industry to understand the extent of ' +
    'the damage,” the spokesperson said.',
  'Some growers have already begun looking at ways to protect their vines in future, including frost fans and overhead ' +
    'sprinklers. Ms McAllister said a single frost fan cost about $80,000.',
  '“It’s a lot of money for a small vineyard, but after this year, we’ll have to think about it,” she said.',
];
const abNetwork = ['ABC News', 'ABC iview', 'ABC listen', 'triple j', 'ABC Kids', 'More from ABC'];
const abNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Science', 'Health', 'Arts', 'Fact Check', 'Other'];
const abCaption1 = 'Frost-damaged shoots on a chardonnay vine in the Kalgarin Creek valley.';
const abCredit1 = '(ABC South West: Amelia Rourke)';
const abCaption2 = 'Tessa McAllister says some rows of vines are completely gone.';
const abCredit2 = '(Supplied: Tessa McAllister)';
const abShare = ['Share', 'Copy link', 'Facebook', 'X (formerly Twitter)', 'Email'];
const abTopics = ['Agricultural Crops', 'Viticulture', 'Weather', 'Rural', 'Bunbury'];
const abRelated = ['Wine grape prices fall as global glut bites', 'Frost fans divide neighbours in Great Southern wine region'];
const abTop = [
  'Interest rates on hold as Reserve Bank warns inflation fight not over',
  'Bushfire emergency warning issued for parts of Gippsland',
  'Live: Australian shares open higher after Wall Street rally',
  'Man charged over alleged stabbing at Perth shopping centre',
];
const abFoot = ['ABC Help', 'About the ABC', 'Accessibility', 'Contact the ABC', 'Editorial Policies', 'Privacy Policy', 'Terms of Use'];
const abAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands ' +
  'where we live, learn and work.';
const abCopy = 'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service.';
const tx = 'Typography_base__k7c9F Typography_sizeMobile16__u7kEl Typography_lineHeightMobile24__crkfh Typography_colourInherit__dfnUx';
const abP = (t: string): string => `<p class="paragraph_paragraph__iYReA">${t}</p>`;
const abFig = (cap: string, credit: string, img: string): string => `<figure class="Figure_figure__hvhZ8" data-component="Figure">
<div class="Figure_media__q2F1h"><img src="https://live-production.wcms.abc-cdn.example/${img}?impolicy=wcms_crop_resize&amp;width=940" alt="${cap}"
loading="lazy"></div><figcaption class="Figure_caption__kZ1lN"><span class="${tx}" data-component="Text">${cap}</span>
<cite class="Figure_cite__uy5qf">${credit}</cite></figcaption></figure>`;
const abHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Late frost wipes out up to half of grape crop for south-west WA growers - ABC News</title>
<meta name="description" content="${abShort[0]}"><meta property="og:site_name" content="ABC News"><meta property="og:type" content="article">
<meta property="og:title" content="${abTitle}"><meta name="ContentId" content="104551238"><meta name="DC.date" content="2024-11-05T06:12:00+08:00">
<link rel="canonical" href="https://www.abc.net.au/news/2024-11-05/late-frost-south-west-wa-grape-growers/104551238">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${abTitle}","datePublished":"2024-11-04T22:12:00Z",
"dateModified":"2024-11-05T01:40:00Z","author":[{"@type":"Person","name":"Amelia Rourke"}],"publisher":{"@type":"Organization","name":"ABC News"}}</script>
<link rel="preload" as="style" href="/news/_next/static/css/8b2f7e3a1c.css"><link rel="stylesheet" href="/news/_next/static/css/8b2f7e3a1c.css"></head>
<body><div id="__next"><a class="SkipLinks_link__bqa2S" href="#content">Skip to main content</a>
<div class="Network_network__lW2LQ" data-component="NetworkBar"><nav aria-label="ABC network"><ul class="Network_list__Fk0bt">${abNetwork
  .map((t) => `<li><a class="Network_link__Ws1eW" href="https://www.abc.net.au/${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`)
  .join('')}</ul></nav><a class="Network_signIn__u1oNr" href="https://www.abc.net.au/account">Sign in</a></div>
<header class="Masthead_masthead__h7Jq1" data-component="Masthead"><a class="Masthead_logo__WBd2p" href="/news">
<span class="VisuallyHidden_hidden__c2JpJ">ABC News
Homepage</span></a><nav class="Navigation_navigation__bD2fa" aria-label="ABC News"><ul class="Navigation_list__fo4Et">${abNav
  .map((t) => `<li class="Navigation_item__hZ3se"><a class="Navigation_link__G7x1d" href="/news/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></nav><button class="Navigation_search__yP3wq" type="button"><span class="${tx}">Search</span></button></header>
<main id="content" class="Main_main__bLq6u"><div class="ArticleLayout_layout__s9E1f"><article class="ArticleLayout_article__n4Lde" data-component="Article">
<div class="ArticleHeadline_headline__q3Zwm" data-component="ArticleHeadline">
<h1 class="Typography_base__k7c9F Typography_sizeMobile32__rP7wy">${abTitle}</h1></div>
<div class="ArticleMeta_meta__ty3Xh"><div class="Byline_byline__lqbsR" data-component="Byline"><p class="${tx}">By <a class="Link_link__5eL5m"
href="/news/amelia-rourke/12488340">Amelia Rourke</a></p><p class="${tx} Byline_source__Bc1vK">ABC South West WA</p></div>
<div class="Timestamp_timestamp__sE7Vd" data-component="Timestamp"><p class="${tx}">Posted <time datetime="2024-11-04T22:12:00.000Z">Tue 5 Nov 2024 at
6:12am</time></p><p class="${tx}">updated <time datetime="2024-11-05T01:40:00.000Z">Tue 5 Nov 2024 at 9:40am</time></p></div>
<div class="ShareUtility_share__mqK2o" data-component="ShareUtility"><button class="ShareUtility_button__a0Zx9" aria-expanded="false">${abShare[0]}</button>
<ul class="ShareUtility_list__pVh3E" hidden>${abShare
  .slice(1)
  .map((t) => `<li><button class="ShareUtility_option__uq1C2"><span class="${tx}">${t}</span></button></li>`)
  .join('')}</ul></div></div>
${abFig(`${abCaption1}`, abCredit1, 'frost-vines-1.jpg')}
<div class="ArticleRender_article__7i2EW" data-component="ArticleRender"><div id="body" class="RichTextContainer_container__m8t5w">
${abP('<strong>In short:</strong>')}
${abShort.map(abP).join('\n')}
${abP('<strong>What’s next?</strong>')}
${abNext.map(abP).join('\n')}
${abP1.map(abP).join('\n')}
<h2 class="Typography_base__k7c9F Heading_heading__W2u1L" data-component="Heading">${abH1}</h2>
${abP2.slice(0, 2).map(abP).join('\n')}
${abFig(abCaption2, abCredit2, 'tessa-mcallister.jpg')}
${abP2.slice(2).map(abP).join('\n')}
<h2 class="Typography_base__k7c9F Heading_heading__W2u1L" data-component="Heading">${abH2}</h2>
${abP3.map(abP).join('\n')}
</div></div>
<div class="TopicList_topicList__z8Wn2" data-component="TopicList"><h2 class="${tx}">Related topics</h2><ul>${abTopics
  .map((t) => `<li><a class="TopicList_link__Sk3Gc" href="/news/topic/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div>
<div class="RelatedStories_related__aQ8yK" data-component="RelatedStories"><h2 class="${tx}">Related stories</h2><ul>${abRelated
  .map((t, i) => `<li><a class="CardLink_link__lPz0h" href="/news/rural/${i}"><span class="${tx}">${t}</span></a></li>`)
  .join('')}</ul></div></article>
<aside class="ArticleLayout_aside__dt2Ke" data-component="TopStories"><h2 class="${tx}">Top Stories</h2><ol>${abTop
  .map((t, i) => `<li><a class="CardLink_link__lPz0h" href="/news/top/${i}">${t}</a></li>`)
  .join('\n')}</ol></aside></div></main>
<footer class="Footer_footer__Yw0n2" data-component="Footer"><p class="Footer_ack__h3q7A">${abAck}</p><ul class="Footer_links__Pq1nm">${abFoot
  .map((t) => `<li><a href="https://www.abc.net.au/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul><p class="Footer_copy__Hs8yB">${abCopy}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentId":"104551238","documentType":"Article"}},"page":"/[...slug]"}</script>
<script src="/news/_next/static/chunks/webpack-3b1e.js" defer></script></body></html>`;
const abc: TestPage = {
  html: abHtml,
  name: 'heldout153-abc-australia-news',
  kind: 'news',
  // the "In short:" and "What's next?" summary that opens the text is body, its two bold labels in neither list; the "By"
  // line, the region line and the posted and updated times are bylines; captions, credits, share utility, topics, related
  // stories, "Top Stories", the network bar, the footer and its acknowledgement of country are furniture
  title: abTitle,
  headings: [abH1, abH2],
  body: [...abShort, ...abNext, ...abP1, ...abP2, ...abP3],
  bylines: ['By Amelia Rourke', 'ABC South West WA', 'Tue 5 Nov 2024 at 6:12am', 'Tue 5 Nov 2024 at 9:40am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...abNetwork, 'Sign in', 'ABC News Homepage', ...abNav, 'Search', ...abShare, abCaption1, abCredit1, abCaption2, abCredit2,
    'Related topics', ...abTopics, 'Related stories', ...abRelated, 'Top Stories', ...abTop, abAck, ...abFoot, abCopy,
  ],
};

export const HELDOUT153_E: readonly TestPage[] = [abc, stuff];
