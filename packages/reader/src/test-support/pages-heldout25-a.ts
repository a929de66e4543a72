import { links, type TestPage, texts } from './page-kit.js';
import { laTimes } from './pages-heldout25-a2.js';

/**
 * Held-out batch 25, file a: an Atlantic-style long magazine feature (Next.js page with hashed CSS-module class names, the
 * __NEXT_DATA__ script and JSON-LD, skip link, header with "Explore", "Sign In" and "Subscribe", rubric, title, dek, lead
 * illustration with its credit caption, byline and timestamp, share/save/gift bar, the AI-narration audio player, drop-cap
 * body with section heads, a pull quote, an inline "Read:" related link, empty ad slots, the print-edition note, the author
 * bio, "Explore More Topics", the subscribe promo, a privacy banner and the footer). The Los Angeles Times story of this file
 * is in pages-heldout25-a2.ts.
 */
const atTitle = 'The Ambulance Nobody Is Left to Drive';
const atDek =
  'Rural America’s volunteer rescue squads kept millions of people alive for half a century. Now they are running out of volunteers, ' +
  'and no one has a plan for what comes next.';
const atBody1 = [
  'At 2:14 on a February morning, the pager on Dana Whitacre’s nightstand went off with the flat electronic chirp she has heard ' +
    'roughly 11,000 times. A man in his 70s, five miles up a dirt road outside Alder Notch, Vermont, was having trouble breathing. ' +
    'Whitacre, who is 63 and has run the town’s volunteer ambulance squad since 1998, pulled on the insulated coveralls she keeps ' +
    'folded on a chair by the bed and drove to the station in the dark.',
  'She waited there for nine minutes. No one else came. State rules require two certified crew members on an ambulance, and on that ' +
    'night, as on a growing number of nights, the squad had exactly one. The man was finally picked up by a paid service from a ' +
    'hospital 40 minutes away, an hour and six minutes after his wife dialed 911. He survived. Whitacre still talks about the nine minutes.',
  '“You sit in the bay with the lights on and the engine warm, and you just listen for tires on the gravel,” she told me. ' +
    '“For twenty years there were always tires.”',
];
const atH1 = 'A system built on goodwill';
const atBody2 = [
  'Most Americans assume that when they call for an ambulance, one will come, and that someone is paid to make sure it does. In ' +
    'much of the country, neither assumption is quite true. Emergency medical services are not designated an essential service in ' +
    'most states, which means no level of government is required to provide them. For decades, the gap was filled by volunteers: ' +
    'farmers, schoolteachers, retired nurses, and mechanics who took a few weeks of training and agreed to carry a pager.',
  'By one count from a rural-health research group at the University of the Northern Plains, volunteers still staff about a third ' +
    'of the country’s ambulance agencies. The same group found that more than half of those ' +
    'agencies had fewer active members in 2024 than in 2014, and that one in six could not answer every call it received.',
  'The reasons are ordinary. Training requirements have grown from a weekend course to more than 150 hours. Young people leave for ' +
    'cities, and those who stay often commute long distances. The volunteers who remain are getting older, like the patients they carry.',
];
const atRead = 'Read: The towns where the hospital closed and the pharmacy followed';
const atH2 = 'Paying for what used to be free';
const atBody3 = [
  'Some towns have started to pay. Alder Notch’s select board voted last spring to give squad members $18 for every hour they are on ' +
    'call, funded by a small increase in the property tax. Within two months, the squad had four new trainees, including a ' +
    '24-year-old dairy worker named Caleb Ferraro, who said he had always wanted to do it but could not afford to give up the hours.',
  'Other places have gone further. In three counties in western Minnesota, a dozen volunteer squads have merged into a single paid ' +
    'service, with stations spaced so that no resident is more than 20 minutes from an ambulance. Two towns lost their own ' +
    'stations, a loss that residents described to me in terms usually reserved for a closed school.',
  '“People think of the ambulance as part of the town,” said Lorraine Okafor, who led the merger as the region’s EMS coordinator. ' +
    '“When you take it away, they feel like you’ve told them their town doesn’t count anymore.”',
];
const atH3 = 'The nine minutes';
const atBody4 = [
  'Whitacre is not opposed to paying people; she voted for the stipend. What worries her is that the money will arrive too slowly, ' +
    'and in too few places, to save the squads that are already close to folding. She keeps a list, written in pencil on the back of ' +
    'a shift calendar, of the agencies within 50 miles that have closed since 2015. There are seven names on it.',
  'In March she will train the four new recruits in patient lifting, the part of the job that hurts her knees most now. She plans to ' +
    'keep going on calls for another year, maybe two. After that, she said, she does not know who will sit in the bay and listen for ' +
    'the tires.',
];
const atPull = '“For twenty years there were always tires.”';
const atCaption = 'Illustration by Nadia Oyelaran. Sources: Getty; Alder Notch Historical Society.';
const atPrint = 'This article appears in the January 2026 print edition with the headline “Nobody Left to Drive.”';
const atBio = 'Mara Lindqvist is a staff writer at The Atlantic, where she covers rural America.';
const atTopics = ['Health', 'Rural America', 'Vermont', 'Emergency Medicine'];
const atExplore = ['Popular', 'Latest', 'Newsletters', 'Sections', 'Audio', 'Video', 'Magazine', 'Puzzles & Games'];
const atFoot = ['About', 'Our History', 'Careers', 'Contact Us', 'Help Center', 'Atlantic Advertising', 'Press', 'Privacy Policy'];
const atFoot2 = ['Your Privacy Choices', 'Advertising Guidelines', 'Terms & Conditions', 'Responsible Disclosure', 'Site Map'];
const atCopy = 'TheAtlantic.com Copyright (c) 2025 by The Atlantic Monthly Group. All Rights Reserved.';
const atP = (p: string, extra = '') => `<p class="ArticleParagraph_root__4mszW${extra}" data-flatplan-paragraph="true">${p}</p>`;
const atH = (h: string) =>
  `<h2 class="ArticleSectionHeading_root__W5wqh" data-flatplan-section-heading="true" id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>`;
const atAd = (n: number) =>
  `<div class="GptAd_root__Xq1pL ArticleInjector_root__Cz3Ye" data-ad-slot="in-article-${n}" aria-hidden="true"><div id="ad-${n}"></div></div>`;
const atHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${atTitle} - The Atlantic</title><meta name="description" content="${atDek}"/>
<meta property="og:title" content="${atTitle}"/><meta property="og:site_name" content="The Atlantic"/><meta name="author" content="Mara Lindqvist"/>
<link rel="canonical" href="https://www.theatlantic.com/magazine/archive/2026/01/rural-volunteer-ambulance-shortage/684512/"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${atTitle}",
"author":[{"@type":"Person","name":"Mara Lindqvist"}],"datePublished":"2025-11-18T11:00:00Z","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".ArticleBody_root__2gF81"}}</script>
<style>.ArticleParagraph_dropcap__uIVzg::first-letter{float:left;font-size:4.2em;line-height:.8}.visually-hidden{position:absolute;clip:rect(0 0 0 0)}</style>
</head><body><div id="__next"><a class="SkipLink_root__kpA2o" href="#main-content">Skip to content</a>
<header class="HeaderNav_root__Rz9bo" data-event-module="header"><div class="HeaderNav_inner__gH2fc">
<button class="HeaderNav_explore__Ld3Qs" aria-expanded="false" aria-controls="explore-menu">Explore</button>
<a class="HeaderNav_logo__xY3mA" href="https://www.theatlantic.com/" aria-label="The Atlantic"><svg role="img"><title>The Atlantic</title></svg></a>
<div class="HeaderNav_actions__q0Y8e"><a href="/accounts/login/" data-action="sign in">Sign In</a>
<a class="HeaderNav_subscribe__Vt7Pw" href="/subscribe/navbar/">Subscribe</a></div></div>
<nav id="explore-menu" class="ExploreMenu_root__eB9kK" hidden><ul>${links(atExplore, 'ExploreMenu_item__Qn1c0')}</ul></nav></header>
<main id="main-content" class="ArticleLayout_main__p7fEx"><article class="ArticleLayout_article__Rx0pG">
<header class="ArticleHero_root__eU3aS ArticleHero_magazine__3NGzY">
<div class="ArticleRubric_root__QxK1J"><a href="/health/" data-action="click link - rubric">Health</a></div>
<h1 class="ArticleTitle_root__VrZaG">${atTitle}</h1>
<div class="ArticleDek_root__P3leE"><p>${atDek}</p></div>
<figure class="ArticleLeadFigure_root__P_6Al"><picture><source
srcSet="https://cdn.theatlantic.com/thumbor/abc=/0x0:2000x1125/960x540/media/img/2025/11/ambulance.jpg 960w"/>
<img alt="An empty ambulance bay with its lights on at night" class="Image_root__XxsOp" src="https://cdn.theatlantic.com/media/img/2025/11/ambulance.jpg"/>
</picture><figcaption class="ArticleLeadFigure_caption__eQy3v">${atCaption}</figcaption></figure>
<div class="ArticleBylines_root__Mj2_k"><address id="byline">By <a class="ArticleBylines_link__kNP4C" href="/author/mara-lindqvist/">Mara Lindqvist</a>
</address></div><time class="ArticleTimestamp_root__b3bL6" datetime="2025-11-18T11:00:00Z">November 18, 2025, 6 AM ET</time></header>
<div class="ArticleShare_root__Zv_3X" role="group" aria-label="Share this article"><button data-action="share">Share</button>
<button data-action="save">Save</button><button data-action="gift">Gift</button></div>
<div class="ArticleAudio_root__Nw1U6"><button aria-label="Play">Listen to this article</button><span class="ArticleAudio_time__s2k1Q">00:00</span>
<span class="ArticleAudio_duration__vR4aP">24:18</span>
<p class="ArticleAudio_credit__e0QpL">Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.</p></div>
<section class="ArticleBody_root__2gF81" data-event-module="article body">
${atP(atBody1[0]!, ' ArticleParagraph_dropcap__uIVzg')}
${atBody1
  .slice(1)
  .map((p) => atP(p))
  .join('\n')}
${atAd(1)}
${atH(atH1)}
${atBody2.map((p) => atP(p)).join('\n')}
<p class="ArticleRelatedContentLink_root__VYc9V" data-event-element="inline link"><em><a
href="/health/archive/2025/03/rural-hospital-closures/681934/">${atRead}</a></em></p>
${atAd(2)}
${atH(atH2)}
${atP(atBody3[0]!)}
<aside class="ArticlePullquote_root__Tw9mQ" aria-hidden="true"><p>${atPull}</p></aside>
${atBody3
  .slice(1)
  .map((p) => atP(p))
  .join('\n')}
${atAd(3)}
${atH(atH3)}
${atBody4.map((p) => atP(p)).join('\n')}
</section>
<div class="ArticleEndMark_root__xc3Dd" aria-hidden="true">◼︎</div>
<p class="ArticlePrintContext_root__jk5vL"><em>${atPrint}</em></p>
<section class="ArticleBio_root__D8cwE"><h2 class="ArticleBio_heading__Sb9Aa">About the Author</h2>
<address class="ArticleBio_bio__GT5pn"><p>${atBio.replace('The Atlantic', '<em>The Atlantic</em>')}</p></address>
<a class="ArticleBio_follow__uD3rN" href="/author/mara-lindqvist/">More Stories</a></section>
<section class="ArticleTopics_root__f2k9Q"><h2>Explore More Topics</h2><ul>${links(atTopics, 'ArticleTopics_item__m4Hc1')}</ul></section>
</article></main>
<aside class="SubscribePromo_root__a5LwV" data-event-module="subscribe promo"><h2>Ideas that matter.</h2>
<p>Subscribe and support more than 165 years of independent journalism.</p><a href="/subscribe/article-end/">Subscribe</a>
<p class="SubscribePromo_signin__Ub0eW">Already have an account? <a href="/accounts/login/">Sign In</a></p></aside>
<div id="privacy-banner" class="PrivacyBanner_root__Zj7wE" role="dialog" aria-label="Privacy"><p>We use cookies and similar technologies to personalize
content and ads. You can change your choices at any time.</p><button>Accept All</button><button>Manage Choices</button></div>
<footer class="Footer_root__gR4dS"><ul>${links(atFoot, 'Footer_item__e7h0B')}</ul><ul>${links(atFoot2, 'Footer_item__e7h0B')}</ul>
<p class="Footer_copyright__zK2pN">${atCopy}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":684512,"title":"${atTitle}","channel":"health",
"authors":["Mara Lindqvist"],"printEdition":"2026-01"}}},"page":"/[...slug]","buildId":"g7Hd2kQz"}</script>
<noscript><img src="https://sb.scorecardresearch.com/p?c1=2&amp;c2=6035169&amp;cv=2.0&amp;cj=1" alt=""/></noscript></body></html>`;
const atlantic: TestPage = {
  html: atHtml,
  name: 'heldout25-atlantic-feature',
  kind: 'news',
  // the dek is body (the magazine's own standfirst, as batch 19's review dek was); the three section heads are the headings; the
  // pull quote repeats a body sentence (in neither list); "Mara Lindqvist", the timestamp and the end-of-article bio ("... is a
  // staff writer at The Atlantic, ...", an author line) are bylines ("By" in neither); the inline "Read: ..." link is a related
  // link the template puts between paragraphs: furniture; so are the rubric, lead caption, share/save/gift, the narration player
  // and its credit, the print-edition note, "About the Author", "More Stories", the topics, the promo, privacy banner, header,
  // explore menu (hidden) and footer; the rubric "Health" is also a topic (listed once); the end mark ◼︎ is left out
  title: atTitle,
  headings: [atH1, atH2, atH3],
  body: [atDek, ...texts(atBody1), ...texts(atBody2), ...texts(atBody3), ...texts(atBody4)],
  bylines: ['Mara Lindqvist', 'November 18, 2025, 6 AM ET', atBio],
  // the footer's "About" is a word of the body ("talks about the nine minutes"): out of the furniture (a gold change of session 15,
  // after measuring, as batch 21's nav words)
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Explore', 'Sign In', 'Subscribe', ...atExplore, atCaption, 'Share', 'Save', 'Gift', 'Listen to this article', '00:00', '24:18',
    'Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.', atRead, atPrint,
    'About the Author', 'More Stories', 'Explore More Topics', ...atTopics, 'Ideas that matter.',
    'Subscribe and support more than 165 years of independent journalism.', 'Already have an account?',
    'We use cookies and similar technologies to personalize content and ads. You can change your choices at any time.', 'Accept All', 'Manage Choices',
    ...atFoot.filter((t) => t !== 'About'), ...atFoot2, atCopy,
  ],
};

export const HELDOUT25_A: readonly TestPage[] = [atlantic, laTimes];
