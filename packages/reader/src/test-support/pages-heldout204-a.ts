import { links, ps, type TestPage, texts } from './page-kit.js';
import { sbsStory } from './pages-heldout204-a2.js';

/**
 * Held-out batch 204, file a: an ABC News (Australia) story as the Next.js site saves it (skip links, the masthead with the
 * section nav and "More" menu, the "Key points" box at the top of the story, the byline with "ABC Rural" and the
 * "Posted/updated" times, the "Listen" audio strip, the lead image caption and credit, an inline "Related" card inside the
 * text, the "Help keep family & friends informed" share prompt, "Posted, updated" repeated at the end, topic tags, the
 * "Top Stories" rail, the acknowledgement of country and the footer) and, from file a2, an SBS News story.
 */
const abcTitle = 'Growers on the Murrumbidgee count the cost as a late frost wipes out almond blossom';
const abcKey = [
  'A frost on Tuesday morning dropped temperatures to minus 3 degrees across orchards near Hay and Balranald',
  'Growers say up to 60 per cent of this season’s almond crop may be lost',
  'Industry leaders want frost events included in the federal drought assistance scheme',
];
const abcP1 = [
  'Almond growers in the western Riverina are checking their trees branch by branch after an unseasonal frost swept across the ' +
    'Murrumbidgee valley in the early hours of Tuesday, just as the orchards were coming into full blossom.',
  'Temperatures at the Bureau of Meteorology station at Hay fell to minus 3.1 degrees Celsius at 5:40am, the coldest reading ' +
    'recorded there this late in the season for more than two decades.',
  'Orchardist Fiona Cattanach, who manages 420 hectares of almonds east of Balranald, said she knew it was bad as soon as the sun came up.',
  '“You walk down the rows and the flowers look fine from a distance, but when you pull one apart the centre has gone black,” she said.',
  '“Those flowers won’t set a nut. We won’t know the full damage for another fortnight, but I’d be surprised if we keep more than half.”',
];
const abcH1 = 'Sprinklers and fans not enough';
const abcP2 = [
  'Many larger orchards in the region have frost fans, tall towers that mix warmer air from above into the cold layer near the ' +
    'ground, and some run overhead sprinklers that coat the blossom in ice to hold it at zero degrees.',
  'But agronomist Deepak Raman from Griffith said the protection only worked within limits.',
  '“Fans will buy you a degree or two on a still night,” he said. “Below about minus 2 for hours, there’s only so much you can do.”',
  'Mr Raman said the timing was especially damaging because the early-flowering varieties that make up most plantings in the ' +
    'district were at their most vulnerable stage.',
];
const abcH2 = 'Calls for frost to be treated like drought';
const abcP3 = [
  'The Riverina Nut Growers Association has written to the federal Agriculture Minister asking for frost events to be added to ' +
    'the criteria for concessional farm loans, which currently cover drought but not sudden cold snaps.',
  'Association chair Tom Vukovic said many younger growers had borrowed heavily to plant new orchards over the past five years and ' +
    'would struggle if they lost most of a crop.',
  '“A frost can do in one night what a drought does over two years, and the banks treat it exactly the same way,” he said.',
  'A spokesperson for the minister said the department was aware of the reports and would “look closely at the impact on affected ' +
    'growers once assessments are complete”.',
  'Growers are being urged to record damage with photographs and notes for insurers, and to contact the Rural Financial Counselling ' +
    'Service if they need support.',
];
const abcNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Science', 'Health', 'Arts', 'Fact Check', 'Other'];
const abcCaption = 'Fiona Cattanach inspects frost-damaged almond blossom on her orchard east of Balranald.';
const abcCredit = '(ABC Riverina: Romy Stephens)';
const abcRelated = 'Citrus growers shift picking rosters as heatwave hits Sunraysia';
const abcTopics = ['Agricultural Crops', 'Fruit Crops', 'Frost', 'Rural', 'Balranald', 'Hay', 'Griffith'];
const abcTop = [
  'Interest rate cut on the table as inflation eases for a third month',
  'Flood warnings issued for northern rivers ahead of weekend rain',
  'Matildas name uncapped teenager in squad for Asian Cup qualifiers',
  'Live: Senate estimates hears from energy regulator',
];
const abcAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands ' +
  'where we live, learn, and work.';
const abcFoot = ['About ABC News', 'Editorial Policies', 'ABC Assist', 'Contact ABC News', 'Accessibility', 'Help', 'Terms of Use', 'Privacy Policy'];
const abcDate = '<time datetime="2026-09-08T21:02:00.000Z">Tue 9 Sep</time>';
const abcHtml = `<!DOCTYPE html>
<html lang="en-AU" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Growers on the Murrumbidgee count the cost as a late frost wipes out almond blossom - ABC News</title>
<meta name="description" content="Almond growers in the western Riverina are checking their trees after an unseasonal frost.">
<meta property="og:type" content="article"><meta property="og:site_name" content="ABC News"><meta property="og:title" content="${abcTitle}">
<meta name="twitter:site" content="@abcnews"><meta name="ContentId" content="105766432"><meta name="ContentType" content="Article">
<link rel="canonical" href="https://www.abc.net.au/news/rural/2026-09-09/frost-almond-blossom-riverina/105766432">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${abcTitle}","datePublished":"2026-09-08T21:02:00.000Z",
"dateModified":"2026-09-09T01:15:00.000Z","author":[{"@type":"Person","name":"Romy Stephens"}],"publisher":{"@type":"Organization",
"name":"ABC News"}}</script>
<link rel="preload" as="script" href="/news-web/_next/static/chunks/framework-3f2d1e.js"><script>window.__abcNewsVersion="7.24.1";</script></head>
<body><div id="__next"><div class="Page_container__Yh3kP">
<nav aria-label="Skip links" class="SkipLinks_skipLinks__mR7e1"><a href="#content">Skip to main content</a><a href="#navigation">Skip to navigation</a></nav>
<header class="Masthead_masthead__bN2x4" data-component="Masthead"><a href="/news" class="Masthead_logo__x9sLd"><span class="VisuallyHidden_root__1vrQ2">
ABC News homepage</span><svg aria-hidden="true" viewBox="0 0 64 20"></svg></a><div class="Masthead_tools__K2w0e"><a href="/news/search">Search</a>
<a href="https://www.abc.net.au/my-abc/login">Sign in</a></div>
<nav id="navigation" aria-label="Main" class="Navigation_nav__p3QaB" data-component="Navigation"><ul class="Navigation_list__Vd0fA">
${links(abcNav, 'Navigation_item__3Yk9d')}<li class="Navigation_item__3Yk9d"><button aria-expanded="false" class="Navigation_more__o1Lme">More</button></li>
</ul></nav></header>
<main id="content" class="Main_main__x0Vn7"><article class="Article_article__1Gzjo" data-component="Article">
<header class="ArticleHeader_header__w1VkB"><a href="/news/rural" class="ArticleHeader_label__V8u0Q" data-component="ContextLabel">ABC Rural</a>
<h1 class="Typography_base__sj2RP ArticleHeadline_headline__Nu8Qp" data-component="Headline">${abcTitle}</h1>
<div class="KeyPoints_keyPoints__JZt1c" data-component="KeyPoints"><h2 class="KeyPoints_title__U8fQw">Key points:</h2><ul class="KeyPoints_list__V1xzQ">
${abcKey.map((t) => `<li class="KeyPoints_item__z4R1t">${t}</li>`).join('\n')}</ul></div>
<div class="Byline_byline__Nu0Yf" data-component="Byline"><div class="Byline_names__4QwkQ"><span>By </span>
<a href="/news/romy-stephens/13391230" class="Link_link__5eL5m" data-component="Link">Romy Stephens</a></div>
<div class="Timestamp_timestamps__Qn6Ss" data-component="Timestamps"><div>Posted ${abcDate}</div>
<div><time datetime="2026-09-09T01:15:00.000Z">Tue 9 Sep 2026 at 11:15am</time></div></div></div>
<div class="AudioStrip_strip__d6Wdg" data-component="AudioStrip"><button class="AudioStrip_play__dI0qK" aria-label="Play">Listen</button>
<span class="AudioStrip_duration__P2v3b">4 minutes</span></div></header>
<figure class="Figure_figure__uAzN3" data-component="Figure"><img alt="A woman holds an almond branch with browned flowers."
src="https://live-production.wcms.abc-cdn.net.au/frost-almond.jpg?width=940" loading="eager" width="940" height="529">
<figcaption class="Figure_caption__f8dhw"><span>${abcCaption}</span> <cite class="Figure_credit__oi6Fw">${abcCredit}</cite></figcaption></figure>
<div class="ArticleRender_article__7i2EW" data-component="ArticleRender" id="body">
${ps(abcP1, ' class="paragraph_paragraph__iYReA"')}
<aside class="InlineRelated_wrapper__7Qf9c" data-component="InlineRelated"><span class="InlineRelated_label__8jkR9">Related</span>
<a href="/news/rural/2026-08-30/sunraysia-citrus-heat/105733010" class="InlineRelated_card__gk0vA"><h3>${abcRelated}</h3></a></aside>
<h2 class="Typography_base__sj2RP">${abcH1}</h2>
${ps(abcP2, ' class="paragraph_paragraph__iYReA"')}
<aside class="Advertisement_slot__0P4oV" data-component="Ad" aria-hidden="true"><div id="div-gpt-ad-article-1"></div></aside>
<h2 class="Typography_base__sj2RP">${abcH2}</h2>
${ps(abcP3, ' class="paragraph_paragraph__iYReA"')}
</div>
<div class="ShareUtility_wrapper__aQ4sT" data-component="ShareUtility"><p class="ShareUtility_title__tDJ5m">Help keep family &amp; friends informed by sharing
this article</p><button class="ShareUtility_button__Ek6Ff" aria-label="Share this article">Share</button>
<button class="ShareUtility_copy__o6Ma3">Copy link</button></div>
<div class="Timestamp_footer__L2kQn" data-component="Timestamps"><span>Posted</span> <time datetime="2026-09-08T21:02:00.000Z">9 Sep 2026</time>
<span>, updated</span> <time datetime="2026-09-09T01:15:00.000Z">9 Sep 2026</time></div>
<div class="Topics_topics__Gz4tK" data-component="Topics"><h2 class="Topics_title__y9Eru">Related topics</h2><ul class="Topics_list__9C6yY">
${links(abcTopics, 'Topics_item__2W3t1')}</ul></div></article>
<aside class="TopStories_rail__Qk3ZT" data-component="TopStories" aria-labelledby="top-stories"><h2 id="top-stories">Top Stories</h2><ol>
${abcTop.map((t, i) => `<li><a href="/news/2026-09-09/top-${i}"><h3 class="CardHeading_heading__j8Ltb">${t}</h3></a></li>`).join('\n')}</ol></aside></main>
<footer class="Footer_footer__Lq8sE" data-component="Footer"><p class="Footer_acknowledgement__rU3h1">${abcAck}</p>
<nav aria-label="Footer"><ul>${links(abcFoot, 'Footer_item__7eTrS')}</ul></nav>
<p class="Footer_copyright__t3B4u">This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World
Service which is copyright and cannot be reproduced.</p><p>AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)</p>
</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentId":"105766432","contentType":"Article"}},"page":"/news/[...slug]"}</script>
<script src="/news-web/_next/static/chunks/pages/_app-8a1f2c.js" defer></script></body></html>`;
const abc: TestPage = {
  html: abcHtml,
  name: 'heldout204-abc-au-news',
  kind: 'news',
  // the "Key points" list is written story text (body), its label in neither list; the "ABC Rural" context label, the audio
  // strip, caption, credit, inline Related card, share prompt, topics, Top Stories rail, nav and footer are furniture
  title: abcTitle,
  headings: [abcH1, abcH2],
  body: [...abcKey, ...texts(abcP1), ...abcP2, ...abcP3],
  bylines: ['By Romy Stephens', 'Posted Tue 9 Sep', 'Tue 9 Sep 2026 at 11:15am', 'Posted 9 Sep 2026', 'updated 9 Sep 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'ABC News homepage', 'Search', 'Sign in', ...abcNav, 'More', 'ABC Rural', 'Listen', '4 minutes',
    abcCaption, abcCredit, 'Related', abcRelated, 'Help keep family & friends informed by sharing this article', 'Share', 'Copy link', 'Related topics',
    ...abcTopics, 'Top Stories', ...abcTop, abcAck, ...abcFoot,
    'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the ' +
      'BBC World Service which is copyright and cannot be reproduced.',
    'AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)',
  ],
};

export const HELDOUT204_A: readonly TestPage[] = [abc, sbsStory];
