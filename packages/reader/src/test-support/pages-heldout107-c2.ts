import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 107, file c2: an ABC News (Australia) story on the abc.net.au Next.js template (the "Skip to main content"
 * links, the ABC masthead with "Search" and "Log in", the News nav, the station/program kicker, the h1, the byline with
 * "Topic:" link, the share button, the "Posted" and "Updated" times, the lead image with caption and credit, the "In short:"
 * and "What's next?" summary paragraphs opening the body, "Loading..." placeholders and "Get our afternoon news email"
 * promo, "Related stories", "Related topics", the "Top Stories" rail, the Acknowledgement of Country and the footer).
 */
const abcTitle = 'Shark net trial ends early after two whales caught in a week off Gallows Bay';
const abcShort = [
  '<strong>In short:</strong> A trial of shark nets off Gallows Bay has ended three months early after two humpback whales were caught in the nets in a week.',
  'Both whales were freed by rescue crews, but the state government says the risk to migrating whales is too high.',
  '<strong>What’s next?</strong> Drone patrols and a shark-listening station will take the nets’ place over summer.',
];
const abcP = [
  'A trial of shark nets at one of the state’s busiest surf beaches has been abandoned three months early after two humpback whales became ' +
    'tangled in the nets within a week.',
  'The nets were installed off Gallows Bay in September, six months after a surfer was seriously injured by a shark in the area.',
  'Fisheries Minister Leanne Coutts said rescue crews had freed both whales, one of them a calf, but the government could not justify the risk ' +
    'to animals on their annual migration south.',
  '“We said at the start that this was a trial and that we would pull the nets if they did more harm than good,” Ms Coutts said.',
  '“Two whales in a week is more harm than good.”',
];
const abcH1 = 'Surfers divided';
const abcP2 = [
  'The decision has split the local surfing community, which lobbied for the nets after the attack in March.',
  'Gallows Bay Boardriders president Tom Ferris said many members felt safer with the nets in the water and were disappointed by the decision.',
  '“People have kids in the water here every afternoon. They wanted to see something done, and now it feels like we are back where we started,” he said.',
  'But marine scientist Dr Priya Venkatesan, from the state university, said the nets had never been a reliable protection.',
  '“Shark nets do not form a barrier. Sharks swim over, under and around them,” she said. “What they do very well is catch other animals, ' +
    'including whales, turtles and dolphins.”',
];
const abcH2 = 'Drones to take over';
const abcP3 = [
  'From December, drones will patrol the beach for four hours a day during school holidays and on weekends, with lifesavers alerted to any shark sightings.',
  'A listening station will also be placed on the sea floor to pick up signals from sharks that have been tagged by researchers.',
  'Ms Coutts said the government would review the program at the end of summer. “If the drones work, we will expand them to other beaches,” she said.',
];
const abcSkip = ['Skip to main content', 'Skip to navigation'];
const abcNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Science', 'Health', 'Arts', 'Fact Check', 'Other'];
const abcKicker = 'ABC South West WA';
const abcCaption = 'A humpback whale was freed from the nets by rescue crews on Sunday.';
const abcCredit = '(Supplied: Department of Fisheries)';
const abcPromo = 'Get our afternoon news email';
const abcPromoText = 'Get a wrap of the day’s news delivered to your inbox every weekday afternoon.';
const abcRelated = ['Surfer injured in shark attack at Gallows Bay', 'Shark nets to be trialled at popular beach after attack'];
const abcTopics = ['Shark Attacks', 'Sharks', 'Whales', 'Surfing', 'Gallows Bay', 'State and Territory Government'];
const abcTop = [
  'Interest rates on hold as RBA waits for more data',
  'Bushfire warning upgraded for communities in the hills',
  'Matildas name squad for Olympic qualifiers',
];
const abcAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, ' +
  'learn, and work.';
const abcFoot = ['About the ABC', 'Accessibility', 'Help', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'ABC Careers'];
const abcCopy = 'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service.';
const abcPara = (p: string): string => `<p class="paragraph_paragraph__iYReA">${p}</p>`;
const abcHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${abcTitle} - ABC News</title>
<meta name="description" content="A trial of shark nets has ended three months early after two humpback whales were caught.">
<meta property="og:site_name" content="ABC News">
<meta property="og:title" content="${abcTitle}"><meta name="ContentId" content="105981234"><meta name="DC.type" content="Article">
<link rel="canonical" href="https://www.abc.net.au/news/2025-11-12/shark-net-trial-ends-early-gallows-bay/105981234">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"NewsArticle","headline":"${abcTitle}","datePublished":"2025-11-12T03:05:00+00:00",
"dateModified":"2025-11-12T05:48:00+00:00","author":[{"@type":"Person","name":"Bridie Calloway"}],"publisher":{"@type":"Organization",
"name":"ABC News"}}</script>
<link rel="stylesheet" href="/news-web/_next/static/css/9f1e2c3b4a.css"></head>
<body><div id="__next">
<div class="SkipLinks_container__B4Qd1">${abcSkip.map((t, i) => `<a href="#${i ? 'nav' : 'content'}" class="SkipLinks_link__8aG1">${t}</a>`).join('')}</div>
<header class="Masthead_masthead__a3Fc2" data-component="Masthead"><a href="https://www.abc.net.au/" aria-label="ABC homepage"><svg></svg></a>
<a href="https://www.abc.net.au/news" class="Masthead_title__D5e1">ABC News</a><div class="Masthead_actions__c2f4"><button aria-label="Search">Search</button>
<a href="https://www.abc.net.au/account/login">Log in</a></div></header>
<nav id="nav" aria-label="ABC News" data-component="NewsNav"><ul class="NavList_list__3Fm2">${links(abcNav, 'NavList_item__Qw1c')}</ul></nav>
<main id="content" data-component="ArticleLayout"><article class="Article_article__1d9Yx" data-component="Article">
<div class="ArticleHeadline_container__Bz7f" data-component="ArticleHeadline"><div class="KickerLink_kicker__Lz3c"><a href="/southwestwa">${abcKicker}</a></div>
<h1 class="Typography_base__sj2RP Typography_sizeDesktop48__Ir2A Typography_lineHeightDesktop56__2Aqe">${abcTitle}</h1>
<div data-component="Byline" class="Byline_container__3Yp9"><div class="Byline_author__a4Ft">
<a href="/news/bridie-calloway/12345" data-component="Link">Bridie Calloway</a></div>
<div class="Byline_topic__6cLb"><span>Topic:</span><a href="/news/topic/shark-attacks" data-component="Link">Shark Attacks</a></div>
<div class="Byline_share__Xx2n"><button data-component="ShareButton" aria-label="Share this article">Share</button></div>
<div class="Byline_timestamps__1Bq8"><div class="Timestamp_timestamp__8Gh1">
<span>Posted</span> <time datetime="2025-11-12T03:05:00.000Z">Wed 12 Nov 2025 at 11:05am</time></div>
<div class="Timestamp_timestamp__8Gh1"><span>Updated</span> <time datetime="2025-11-12T05:48:00.000Z">Wed 12 Nov 2025 at 1:48pm</time></div></div></div></div>
<figure class="Figure_figure__mK1b" data-component="Figure"><div class="Image_image__5g3w" data-component="Image">
<img alt="A whale tail rises beside a buoy line"
src="https://live-production.wcms.abc-cdn.example/9c1f2b3c4d5e?impolicy=wcms_crop_resize&amp;cropH=1080&amp;cropW=1920"></div>
<figcaption class="Figure_caption__2Kqh"><span class="Typography_base__sj2RP">${abcCaption}</span> <cite class="Figure_cite__1Lp2">${abcCredit}</cite>
</figcaption></figure>
<div id="body" class="Article_body__8dF3" data-component="ArticleBody"><div class="paragraphs ArticleRender_article__7i2EW">
${abcShort.map(abcPara).join('\n')}
<hr class="Divider_divider__4eQ2">
${abcP.slice(0, 3).map(abcPara).join('\n')}
<div data-component="Loading" class="Loading_loading__9k2s" aria-live="polite">Loading...</div>
${abcP.slice(3).map(abcPara).join('\n')}
<h2 class="Typography_base__sj2RP" data-component="Heading">${abcH1}</h2>
${abcP2.slice(0, 3).map(abcPara).join('\n')}
<aside data-component="Newsletter" class="NewsletterPromo_container__3Tx8"><h3>${abcPromo}</h3><p>${abcPromoText}</p>
<label for="nl-email">Your email address</label><input id="nl-email" type="email"><button type="submit">Subscribe</button></aside>
${abcP2.slice(3).map(abcPara).join('\n')}
<h2 class="Typography_base__sj2RP" data-component="Heading">${abcH2}</h2>
${abcP3.map(abcPara).join('\n')}
</div></div>
<div class="RelatedStories_container__Pn4a" data-component="RelatedStories"><h2>Related stories</h2>
<ul>${links(abcRelated, 'RelatedStories_item__0b2s')}</ul></div>
<div class="RelatedTopics_container__7mC1" data-component="RelatedTopics"><h2>Related topics</h2><ul>${links(abcTopics, 'Tag_tag__2Gz8')}</ul></div>
</article><aside class="Sidebar_sidebar__1m8t" data-component="TopStories"><h2>Top Stories</h2><ol>${links(abcTop, 'CardList_item__4Rr1')}</ol></aside></main>
<footer class="Footer_footer__7Wq3" data-component="Footer"><p class="Footer_acknowledgement__1lPq">${abcAck}</p><ul>${links(abcFoot, 'Footer_link__8Hy2')}</ul>
<p class="Footer_disclaimer__3bZ1">${abcCopy}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentId":"105981234","docType":"Article"}},"page":"/news/[...]"}</script>
</body></html>`;
export const abcStory: TestPage = {
  html: abcHtml,
  name: 'heldout107-abcnewsau-news',
  kind: 'news',
  // the "In short:" / "What's next?" summary paragraphs opening the body are body (the ABC writes them as part of the
  // story); the author and the "Posted" / "Updated" times are bylines; the kicker, "Topic:" link, caption, credit, the
  // newsletter promo inside the body, related stories and topics are furniture
  title: abcTitle,
  headings: [abcH1, abcH2],
  body: texts([...abcShort, ...abcP, ...abcP2, ...abcP3]),
  bylines: ['Bridie Calloway', 'Posted Wed 12 Nov 2025 at 11:05am', 'Updated Wed 12 Nov 2025 at 1:48pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...abcSkip, 'ABC News', 'Search', 'Log in', ...abcNav, abcKicker, 'Topic:', 'Share', abcCaption, abcCredit, 'Loading...', abcPromo, abcPromoText,
    'Your email address', 'Subscribe', 'Related stories', ...abcRelated, 'Related topics', ...abcTopics, 'Top Stories', ...abcTop, abcAck, ...abcFoot,
    abcCopy,
  ],
};
