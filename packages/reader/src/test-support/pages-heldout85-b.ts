import { links, ps, type TestPage } from './page-kit.js';
import { bloxRegwall } from './pages-heldout85-b2.js';

/**
 * Held-out batch 85, file b: a public broadcaster's news story on the ABC News (Australia) Next.js template, brand invented
 * (the "Skip to" links, the masthead and section nav, the topic tag above the headline, the "Warning" content note box at
 * the top of the story, the byline with "ABC"-style station credit, "Posted" / "Updated" timestamps, the lead image caption,
 * the key-points box, "Read more" and related-story cards inside the body, the support-line info box at the end, topic
 * tags, the "Top Stories" rail and the acknowledgement-of-country footer) and, from file b2, a TownNews BLOX CMS local
 * story behind a registration wall.
 */
const sbTitle = 'Coroner finds farm worker’s death was preventable, calls for changes to seasonal visa housing rules';
const sbWarn = 'Warning: This story contains references to suicide.';
const sbKey = [
  'The coroner found the 23-year-old had raised concerns about his housing and pay in the weeks before his death',
  'She recommended the federal government require independent checks on all housing provided to seasonal workers',
  'The labour hire company involved says it has changed its practices',
];
const sbP1 = [
  'A coroner has found the death of a young seasonal worker on a Marlow Plains orchard was preventable and has called for an overhaul of ' +
    'the rules for housing workers brought to the region on short-term visas.',
  'The 23-year-old man, who cannot be named for cultural reasons, died in a shared caravan on the property in February last year, ' +
    'eleven weeks after arriving to pick stone fruit.',
  'Delivering her findings in Tarrant on Tuesday, Coroner Helena Vasquez said the man had told a welfare officer and two co-workers that ' +
    'he was struggling, was sleeping poorly in an overcrowded caravan, and was sending almost all of his pay home.',
  '“He asked for help in the ways that were open to him,” Coroner Vasquez said. “The system around him was not built to hear it.”',
];
const sbH1 = 'Six men in a caravan built for four';
const sbP2 = [
  'The inquest heard the man shared a caravan with five other workers, and that the labour hire company that recruited him deducted ' +
    '$185 a week from each worker’s pay for accommodation.',
  'An inspection carried out by the council after his death found the caravan had no working heating and that its only toilet had been ' +
    'out of order for a month.',
  'Coroner Vasquez said the deductions were “grossly out of proportion” to the standard of the housing and that nobody outside the company ' +
    'had checked it before workers moved in.',
];
const sbH2 = 'Recommendations for government';
const sbP3 = [
  'The coroner made seven recommendations, including that the federal government require an independent inspection of all housing ' +
    'offered to seasonal workers before their visas are approved, and that welfare officers be employed separately from labour hire firms.',
  'She also recommended that workers be given information about mental health support in their first language when they arrive.',
  'In a statement, the labour hire company, Greenline Workforce, said it had “accepted the coroner’s findings in full” and had since ' +
    'reduced the number of workers in each caravan and hired an independent welfare provider.',
  'The man’s cousin, who also works in the region, said outside court that the family hoped the findings would protect others. “He came ' +
    'here to help his family,” he said. “We want the next boys who come to be looked after.”',
  'A spokesperson for the federal Employment Minister said the government would consider the recommendations.',
];
const sbHelp = [
  'Crisis Support Line on 13 55 08',
  'Youth Talk on 1800 555 203',
  'Men’s Support Line on 1300 555 781',
  'Multicultural Wellbeing Service on 1800 555 419',
];
const sbNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Lifestyle', 'Entertainment'];
const sbCaption = 'The orchard at Marlow Plains where the man lived and worked in early 2024.';
const sbCredit = 'SBN News: Kai Whitford';
const sbRelated = ['Labour hire firms face new licensing rules after seasonal worker complaints', 'Workers say visa rules leave them afraid to speak up'];
const sbTopics = ['Courts', 'Agricultural Crops', 'Immigration', 'Mental Health', 'Marlow Plains', 'Tarrant'];
const sbTop = [
  'Interest rates on hold as inflation eases',
  'Bushfire warning downgraded near Glenbarr',
  'Live: Parliament debates housing bill',
  'Tennis star withdraws from home tournament',
];
const sbFoot = ['About SBN', 'Editorial Policies', 'Corrections & Clarifications', 'Contact SBN News', 'Accessibility', 'Privacy Policy', 'Terms of Use'];
const sbAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where ' +
  'we live, work, and learn.';
const sbP = ' class="paragraph_paragraph__3FB4x"';
const sbCard = (t: string, i: number): string => `<div data-component="RelatedCard" class="RelatedCard_container__yQ8Ue"><a class="Link_link__5eL5m"
href="/news/2025-0${i + 3}-12/related-${i}/104${i}2201"><span data-component="KeyboardFocus"><h3 class="Typography_base__sj2RP">${t}</h3></span></a>
<span class="RelatedCard_kicker__Lb1b8">Read more</span></div>`;
const sbHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>Coroner finds farm worker’s death was preventable - SBN News</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${sbKey[0]}">
<meta property="og:title" content="${sbTitle}"><meta property="og:type" content="article"><meta name="ContentType" content="Article">
<meta name="DCTERMS.issued" content="2025-11-04T05:02:31+11:00"><meta name="DCTERMS.modified" content="2025-11-04T09:41:10+11:00">
<link rel="canonical" href="https://www.sbn.example/news/2025-11-04/coroner-seasonal-worker-death-marlow-plains/105011894">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${sbTitle}","datePublished":"2025-11-04T05:02:31+11:00",
"author":[{"@type":"Person","name":"Jess Tanaka"}],"publisher":{"@type":"Organization","name":"SBN News"}}</script>
<link rel="preload" href="/news-web/_next/static/css/b1f5e2c9a0b1d0f4.css" as="style"></head>
<body><div id="__next"><div class="Page_container__Sm2c9"><div data-component="SkipLinks" class="SkipLinks_skipLinks__9Kp2e"><a href="#content">Skip to main
content</a><a href="#navigation">Skip to navigation</a></div>
<header data-component="Masthead" class="Masthead_masthead__8XQ3k"><a href="/news" class="Masthead_logo__2A1Qk"><span class="sr-only">SBN News</span></a>
<nav id="navigation" data-component="NavBar" aria-label="Primary"><ul class="NavBar_list__Mv3Ha">${links(sbNav, 'NavBar_item__q4hJ1')}</ul>
<button data-component="SearchButton" aria-label="Search SBN News">Search</button></nav></header>
<main id="content" data-component="Main"><article data-component="Article" class="Article_article__1f2E3">
<header data-component="ArticleHeader"><div data-component="Tag"><a href="/news/topic/courts">Courts</a></div>
<h1 data-component="Heading" class="Typography_base__sj2RP Typography_sizeDisplay__a9YhH">${sbTitle}</h1>
<div data-component="Byline" class="Byline_container__2mXgD"><div class="Byline_text__9qZtR"><span>By </span><a href="/news/jess-tanaka/104338">Jess Tanaka</a>
<span> and </span><a href="/news/farid-osei/104871">Farid Osei</a></div><p class="Byline_station__3Gd4v">SBN Northern Inland</p></div>
<div data-component="Timestamps" class="Timestamps_container__F2mLp"><p>Posted <time datetime="2025-11-03T18:02:31.000Z">Tue 4 Nov 2025 at 5:02am</time></p>
<p>Updated <time datetime="2025-11-03T22:41:10.000Z">Tue 4 Nov 2025 at 9:41am</time></p></div>
<div data-component="ShareUtility"><button aria-label="Share this article" data-component="ShareButton">Share</button></div></header>
<div data-component="WarningBox" class="WarningBox_container__XTw2p" role="note"><p class="WarningBox_text__Qj8Pz">${sbWarn}</p></div>
<figure data-component="Figure" class="Figure_figure__Z6dWe"><img alt="Rows of fruit trees with a caravan at the end of a dirt track."
src="https://live-production.wcms.sbn-cdn.example/3f2a1b?impolicy=wcms_crop_resize&amp;width=940"><figcaption data-component="Figure__figCaption">
<span class="Figure_caption__Bn5Qd">${sbCaption}</span><span class="Figure_credit__Kd2Lw">(${sbCredit})</span></figcaption></figure>
<div data-component="KeyPoints" class="KeyPoints_container__R1m2P"><h2 class="KeyPoints_title__L0qz1">Key points:</h2><ul>${sbKey
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></div>
<div id="body" data-component="LayoutContainer"><div class="ArticleRender_article__7i2EN">
${ps(sbP1.slice(0, 2), sbP)}
<div data-component="EmphasisedText" class="ad-slot-label">Advertisement</div>
${ps(sbP1.slice(2), sbP)}
<h2 data-component="Heading" class="Typography_base__sj2RP">${sbH1}</h2>
${ps(sbP2, sbP)}
${sbCard(sbRelated[0]!, 0)}
<h2 data-component="Heading" class="Typography_base__sj2RP">${sbH2}</h2>
${ps(sbP3, sbP)}
${sbCard(sbRelated[1]!, 1)}
<aside data-component="InfoBox" class="InfoBox_container__Jh5Ke"><h3 class="InfoBox_title__Gx8T0">Where to get help</h3>
<p class="paragraph_paragraph__3FB4x">If you or anyone you know needs help:</p><ul>${sbHelp.map((t) => `<li>${t}</li>`).join('\n')}</ul></aside>
</div></div><div data-component="Topics" class="Topics_container__Yw3Nf"><h3>Topics</h3><ul>${links(sbTopics, 'Topics_item__K4pRt')}</ul></div>
</article><aside data-component="Sidebar"><section data-component="TopStories"><h2>Top Stories</h2><ol>${links(sbTop, 'TopStories_item__w1bLk')}</ol>
</section></aside></main>
<footer data-component="Footer" class="Footer_footer__9Bq1o"><p class="Footer_ack__v2Nq8">${sbAck}</p><ul>${links(sbFoot, 'Footer_link__u8e3X')}</ul>
<p class="Footer_copyright__x4Bn2">© 2025 Southern Broadcasting Network</p></footer></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"contentType":"Article","id":"105011894"}},"page":"/news/[...slug]","buildId":"news-web-4.211"}</script>
<script src="/news-web/_next/static/chunks/main-5f0d2b3c.js" async></script></body></html>`;
const sbnWarning: TestPage = {
  html: sbHtml,
  name: 'heldout85-abc-au-style-news-content-warning',
  kind: 'news',
  // the content warning box and the "Where to get help" support box are notices, not story: furniture; the key points box
  // is the story's summary (body, its "Key points:" label furniture); related cards inside the body are furniture
  title: sbTitle,
  headings: [sbH1, sbH2],
  body: [...sbKey, ...sbP1, ...sbP2, ...sbP3],
  bylines: ['By Jess Tanaka and Farid Osei', 'SBN Northern Inland', 'Posted Tue 4 Nov 2025 at 5:02am', 'Updated Tue 4 Nov 2025 at 9:41am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...sbNav, 'Search', 'Courts', 'Share', sbWarn, sbCaption, `(${sbCredit})`, 'Key points:',
    'Advertisement', ...sbRelated, 'Read more', 'Where to get help', 'If you or anyone you know needs help:', ...sbHelp, 'Topics', ...sbTopics.slice(1),
    'Top Stories', ...sbTop, sbAck, ...sbFoot, '© 2025 Southern Broadcasting Network',
  ],
};

export const HELDOUT85_B: readonly TestPage[] = [sbnWarning, bloxRegwall];
