import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 88, file a2: a regional story on ABC News (Australia) in its current React template (skip links, the
 * masthead nav with search and "Log in", the topic label, byline with station, "Posted ... updated" timestamps, share
 * button, lead image with caption and credit, the "Key points:" box above the text, inline "Read more:" links between
 * paragraphs, the "Related stories" and "Related topics" blocks, "Back to top", the footer with its acknowledgement of
 * country and links).
 */
const abTitle = 'Tablelands farmers send up drones to count feral pigs as damage bill climbs';
const abKey = [
  'Farmers on the Atherton Tablelands are using thermal drones to find and count feral pigs at night',
  'The first survey found almost three times as many pigs as landholders had estimated',
  'Growers say the animals cost the region’s banana and avocado industries millions of dollars a year',
];
const abP1 = [
  'When avocado grower Neville Tranh sent a thermal drone over his orchard near Malanda at two o’clock one morning last ' +
    'month, he expected to see a dozen feral pigs.',
  'The screen showed 37.',
  '“They were everywhere, under the trees, in the dam, along the creek line,” Mr Tranh said. “I’ve been farming here for ' +
    '22 years and I had no idea it was that bad.”',
  'His orchard is one of 41 properties taking part in a night-time drone survey run by the Tablelands Pest Management ' +
    'Group, which wants to replace guesswork with hard numbers before the next round of baiting and trapping.',
];
const abRead1 = 'Read more: <a href="/news/2025-09-02/feral-pig-trapping-program-far-north-queensland/105123456">Why feral pig traps keep coming up empty</a>';
const abH1 = 'Counting in the dark';
const abP2 = [
  'Feral pigs feed at night and hide in thick scrub by day, which makes them very hard to count from the ground.',
  'Program coordinator Aliyah Brennan said the drones picked up the heat of the animals through the canopy, letting ' +
    'pilots count pigs across an entire property in a couple of hours.',
  '“Across the first 41 properties we counted just over 1,900 pigs,” Ms Brennan said. “Landholders had estimated about ' + '700 between them.”',
  'She said the numbers would be used to decide where traps and bait stations should go, and to measure whether the ' + 'control work was making a difference.',
];
const abRead2 = 'Read more: <a href="/news/2025-06-18/banana-growers-tully-biosecurity-levy/105098765">Banana growers vote on new biosecurity levy</a>';
const abH2 = 'A costly pest';
const abP3 = [
  'Feral pigs dig up pasture, damage irrigation lines, eat fallen fruit and spread weeds along creeks.',
  'The Australian Banana Growers’ Council estimates pigs cost the industry in far north Queensland about $12 million a ' +
    'year, and avocado growers on the Tablelands say their losses are rising.',
  'Mr Tranh said he had lost about a tenth of his crop last season, mostly to pigs knocking fruit from low branches.',
  '“You can put up with a few, but not this many,” he said.',
  'The Tablelands Regional Council has committed $180,000 to the next stage of the program, which will extend the drone ' +
    'survey to another 60 properties before the wet season.',
  'Ms Brennan said the group hoped to repeat the survey each year. “If we come back in twelve months and the numbers ' +
    'haven’t moved, we’ll know we need to try something different,” she said.',
];
const abNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Lifestyle', 'Entertainment'];
const abCaption = 'A thermal drone image shows a group of feral pigs moving through an avocado orchard near Malanda.';
const abCredit = '(Supplied: Tablelands Pest Management Group)';
const abRelated = ['Why feral pig traps keep coming up empty', 'Banana growers vote on new biosecurity levy'];
const abTopics = ['Agricultural Crops', 'Pest Management', 'Rural', 'Malanda', 'Atherton'];
const abAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the ' +
  'lands where we live, learn and work.';
const abFoot = ['About us', 'Editorial Policies', 'Contact ABC', 'Corrections & Clarifications', 'Accessibility', 'Privacy Policy', 'Terms of Use'];
const abP = (a: readonly string[]): string => a.map((p) => `<p class="paragraph_paragraph__iYReA">${p}</p>`).join('\n');
const abReadP = (t: string): string => `<p class="paragraph_paragraph__iYReA"><strong>${t}</strong></p>`;
const abHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${abTitle} - ABC News</title><meta name="description" content="${abKey[0]}.">
<meta property="og:title" content="${abTitle}"><meta property="og:site_name" content="ABC News">
<meta name="ContentType" content="Article"><meta name="DCTERMS.issued" content="2025-11-12T05:41:00+10:00">
<link rel="canonical" href="https://www.abc.net.au/news/2025-11-12/tablelands-feral-pigs-thermal-drone-survey/105987654">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${abTitle}",
"datePublished":"2025-11-11T19:41:00.000Z","dateModified":"2025-11-11T21:10:00.000Z","author":[{"@type":"Person","name":"Kiri Munro"}],
"publisher":{"@type":"Organization","name":"ABC News"}}</script>
<link rel="stylesheet" href="/news-web/static/css/article.5b1c2a.css"></head>
<body><div id="root"><div class="App_app__2Xv1d">
<a class="SkipLinks_link__1qX2m" href="#content">Skip to main content</a><a class="SkipLinks_link__1qX2m" href="#navigation">Skip to navigation</a>
<header class="Header_header__4aWt7" data-component="Header"><div class="Header_masthead__3Gn5L"><a href="/news" class="Header_logo__1tW9q">
<span class="VisuallyHidden_visuallyHidden__2rQ7B">ABC News homepage</span><svg></svg></a>
<form role="search" class="Search_form__1yKbC"><label class="VisuallyHidden_visuallyHidden__2rQ7B" for="search">Search the news</label>
<input id="search" type="search"></form><a class="Header_login__2Vd8K" href="/account/login">Log in</a></div>
<nav id="navigation" aria-label="ABC News" class="Nav_nav__3d7Pq"><ul class="Nav_list__1fQ5k">${links(abNav, 'Nav_item__2QnbY')}</ul></nav></header>
<main id="content" class="Main_main__3yW1c"><article class="Article_article__3bG1v" data-component="Article">
<header class="ArticleHeader_header__1wL0f"><a href="/news/topic/pest-management" class="Topic_topic__2Yp3x" data-component="Topic">Pest Management</a>
<h1 class="Typography_base__sj2RP ArticleHeadline_headline__2Xk0p Typography_sizeDesktop48__1vS4y">${abTitle}</h1>
<div class="ArticleByline_byline__3d0rq" data-component="Byline"><p class="Typography_base__sj2RP">By <a href="/news/kiri-munro/13029384">Kiri Munro</a>
<span class="ArticleByline_station__2Qk7h">ABC Far North</span></p>
<div class="Timestamp_timestamp__1Wq0P"><time datetime="2025-11-11T19:41:00.000Z">Posted Wed 12 Nov 2025 at 5:41am</time>, <time
datetime="2025-11-11T21:10:00.000Z">updated Wed 12 Nov 2025 at 7:10am</time></div></div>
<div class="ShareButton_share__1nV9m"><button type="button" aria-haspopup="dialog" class="ShareButton_button__3gJ1u">Share</button></div>
<figure class="Figure_figure__1zB7w" data-component="Figure">
<img alt="Heat signatures of pigs among trees" src="https://live-production.wcms.abc-cdn.example/pigs.jpg"
width="862" height="485" loading="eager"><figcaption class="Figure_caption__2q4Kx"><span class="Caption_text__3mXa1">${abCaption}</span>
<span class="Caption_attribution__1hP2c">${abCredit}</span></figcaption></figure></header>
<div id="body" class="ArticleRender_article__7i2EW" data-component="ArticleBody">
<aside class="KeyPoints_keyPoints__2Fq4W" data-component="KeyPoints"><h2 class="KeyPoints_title__3yYt0">Key points:</h2>
<ul class="KeyPoints_list__1P7wT">${abKey.map((t) => `<li class="KeyPoints_item__2zE1X">${t}</li>`).join('\n')}</ul></aside>
${abP(abP1)}
${abReadP(abRead1)}
<h2 class="Typography_base__sj2RP">${abH1}</h2>
${abP(abP2)}
${abReadP(abRead2)}
<h2 class="Typography_base__sj2RP">${abH2}</h2>
${abP(abP3)}
</div>
<section class="RelatedStories_related__1Xz0c" data-component="RelatedStories"><h2 class="Typography_base__sj2RP">Related stories</h2>
<ul>${links(abRelated, 'RelatedStories_item__3Rk1m')}</ul></section>
<section class="RelatedTopics_topics__2wA6v" data-component="RelatedTopics"><h2 class="Typography_base__sj2RP">Related topics</h2>
<ul>${links(abTopics, 'RelatedTopics_tag__1vQ3s')}</ul></section>
<a class="BackToTop_link__1R3Kd" href="#content">Back to top</a></article></main>
<footer class="Footer_footer__1Q9pA" data-component="Footer"><p class="Footer_acknowledgement__2kT1y">${abAck}</p>
<ul class="Footer_links__3P1tw">${links(abFoot)}</ul><p class="Footer_copyright__1bV3e">© 2025 ABC</p></footer></div></div>
<script>window.__API__ = {"documentId":"105987654","contentType":"Article"};</script>
<script src="/news-web/static/js/main.8f2a1e.js" defer></script></body></html>`;
export const abcKeyPoints: TestPage = {
  html: abHtml,
  name: 'heldout88-abc-au-keypoints-news',
  kind: 'news',
  // the "Key points:" box's items are the story's own summary: body (the label is furniture); the inline "Read more:"
  // paragraphs link to other stories and are furniture; the topic label, caption, credit and related blocks are furniture
  title: abTitle,
  headings: [abH1, abH2],
  body: [...abKey, ...texts(abP1), ...abP2, ...abP3],
  bylines: ['By Kiri Munro', 'ABC Far North', 'Posted Wed 12 Nov 2025 at 5:41am', 'updated Wed 12 Nov 2025 at 7:10am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'ABC News homepage', 'Search the news', 'Log in', ...abNav, 'Share', abCaption,
    abCredit, 'Key points:', ...texts([abRead1, abRead2]), 'Related stories', ...abRelated, 'Related topics', ...abTopics, 'Back to top',
    abAck, ...abFoot, '© 2025 ABC',
  ],
};
