import { links, type TestPage, texts } from './page-kit.js';
import { axiosPage } from './pages-heldout101-b2.js';

/**
 * Held-out batch 101, file b: a The Atlantic Ideas article (header nav with "Popular", "Latest", "Newsletters",
 * "Subscribe" and "Sign In", the rubric, headline, dek, byline and timestamp, the lead illustration with its credit, the
 * AI-narration audio player, the body with an ornamental section break, "Read:" related-link paragraphs and ad
 * injectors inside it, the "About the Author" bio, topic links, the subscription gate and the footer) and, from file b2,
 * an Axios story.
 */
const atTitle = 'The Quiet Return of the Tool Library';
const atDek = 'Americans own more drills than ever and use them for about 13 minutes each. A few towns have found a better arrangement.';
const atP1 = [
  'The first thing you notice at the Fenwick Tool Library, in a converted bus garage on the edge of a small town in western Oregon, is ' +
    'the sound. Somebody is always testing something: a hedge trimmer, a tile saw, a carpet cleaner that roars into life and dies ' +
    'again. The second thing you notice is how few of the people borrowing these machines seem to know one another, and how quickly ' +
    'that changes.',
  'Tool libraries are not new. The first American one opened in Columbus, Ohio, in 1943, lending hand tools to people planting victory ' +
    'gardens. But after decades in which they were a curiosity, they are spreading again. A survey by the Shareable Goods Network, a ' +
    'nonprofit that tracks them, counted 312 in the United States this year, up from about 90 a decade ago.',
  'The economics are easy to understand. The average household drill, by one industry estimate, runs for less than 15 minutes over its ' +
    'entire life. A ladder spends most of its years leaning against a garage wall. It is hard to think of a clearer case of private ' +
    'abundance that nobody much enjoys.',
];
const atP2 = [
  'What is harder to explain is why a tool library works in one town and fails in the next. Margaret Okafor, who founded Fenwick’s in ' +
    '2019 with a $4,000 grant and a borrowed van, thinks the answer has little to do with tools.',
  '“People assume the hard part is the inventory,” she told me. “The inventory is easy. Everyone has a drill in the garage they never ' +
    'use. The hard part is getting someone to walk in the door the first time and ask for help.”',
  'Her solution was to make asking for help the point. Volunteers staff the counter every Saturday, and borrowers are expected to say ' +
    'what they are making. A woman building raised beds is introduced to a retired carpenter. A teenager fixing a bike is sent to the ' +
    'man who rebuilt the library’s entire stock of bicycle pumps. The library lends about 4,000 items a year; Okafor estimates that ' +
    'about a third of those loans come with some kind of lesson attached.',
];
const atP3 = [
  'There is a familiar story about American civic life in which bowling leagues and union halls faded and nothing replaced them. Tool ' +
    'libraries do not overturn that story, but they complicate it. They suggest that people still want to be useful to strangers, as ' +
    'long as the occasion is practical enough that nobody has to call it community.',
  'When I asked Okafor whether she thought of the library as a social project, she laughed. “It’s a shed,” she said. “It’s a really ' +
    'big shed. The rest just happens.”',
];
const atNav = ['Popular', 'Latest', 'Newsletters', 'Politics', 'Ideas', 'Culture', 'Books', 'Science', 'Technology', 'Health'];
const atCredit = 'Illustration by The Atlantic. Sources: Getty; Shutterstock.';
const atAudio = ['Listen to this article', '00:00', '11:02', 'Produced by ElevenLabs and News Over Audio (Noa) using AI narration.'];
const atRead = ['Read: The loneliness of the American garage', 'Read: What the library card is really for'];
const atBio = 'Helen Marchetti is a staff writer at The Atlantic, where she covers cities and civic life.';
const atTopics = ['Explore More Topics', 'Oregon', 'public libraries', 'neighbors'];
const atGate = ['Never miss a story.', 'Subscribe to The Atlantic for unlimited access to our journalism.', 'Already have an account? Sign in'];
const atFoot = [
  'Our History',
  'Careers',
  'Contact Us',
  'Help Center',
  'Give a Gift',
  'Manage Subscription',
  'Group Subscriptions',
  'Atlantic Editions',
  'Privacy Policy',
  'Advertising Guidelines',
  'Terms Conditions',
  'Responsible Disclosure',
  'Site Map',
];
const atCopy = 'TheAtlantic.com Copyright (c) 2025 by The Atlantic Monthly Group. All Rights Reserved.';
const atP = (a: readonly string[]): string => a.map((p) => `<p class="ArticleParagraph_root__4mszW" data-flatplan-paragraph="true">${p}</p>`).join('\n');
const atReadP = (t: string): string =>
  `<p class="ArticleRelatedContentLink_root__VYc9V" data-view-action="view link - related content link"><em>Read:</em> <a href="#">${t.slice(6)}</a></p>`;
const atAd = (n: number): string =>
  `<div class="ArticleInjector_root__m4gVM" data-ad-slot="injector-${n}"><div class="GptAd_root" id="article-ad-${n}"></div></div>`;
const atHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>The Quiet Return of the Tool Library - The Atlantic</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${atDek}">
<meta property="og:title" content="${atTitle}"><meta property="og:site_name" content="The Atlantic"><meta name="author" content="Helen Marchetti">
<meta property="article:section" content="Ideas"><link rel="canonical" href="https://www.theatlantic.example/ideas/archive/2025/11/tool-library/684712/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${atTitle}","description":"${atDek}",
"author":[{"@type":"Person","name":"Helen Marchetti"}],"datePublished":"2025-11-12T12:00:00Z","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".ArticleBody_root__2gF81"}}</script>
<script src="https://cdn.theatlantic.example/_next/static/chunks/main-5e1a.js" defer></script></head>
<body><div id="__next"><div class="ArticleLayout_root__lX8hT">
<header class="HeaderNav_root__K1pH8"><a class="HeaderNav_logo" href="/" aria-label="The Atlantic"></a>
<nav class="HeaderNav_nav" aria-label="Site sections"><ul>${links(atNav, 'HeaderNav_item')}</ul></nav>
<div class="HeaderNav_actions"><a class="HeaderNav_subscribe" href="/subscribe/">Subscribe</a><a class="HeaderNav_signIn"
href="/accounts/login/">Sign In</a></div></header>
<main id="main-content"><article class="ArticleLayout_article__2b8Yp"><header class="ArticleHero_root__dQ2oP">
<div class="ArticleRubric_root__ZQ1gA"><a href="/ideas/">Ideas</a></div><h1 class="ArticleTitle_root__VrZaG">${atTitle}</h1>
<p class="ArticleDek_root__P3leE">${atDek}</p>
<div class="ArticleBylines_root__jg2Mk">By <a class="ArticleBylines_link__kNP4C" href="/author/helen-marchetti/">Helen Marchetti</a></div>
<time class="ArticleTimestamp_root__b3bL6" dateTime="2025-11-12T12:00:00Z">November 12, 2025, 7 AM ET</time>
<figure class="ArticleLeadFigure_root__P_6k8"><picture><img alt="Illustration of shelves of power tools"
src="https://cdn.theatlantic.example/media/img/tool.jpg"></picture>
<figcaption class="ArticleLeadFigure_caption__qh0Ob">${atCredit}</figcaption></figure></header>
<div class="ArticleAudio_root__k4N2m"><button aria-label="Play">${atAudio[0]}</button><span class="ArticleAudio_time">${atAudio[1]}</span>
<span class="ArticleAudio_duration">${atAudio[2]}</span><p class="ArticleAudio_credit">${atAudio[3]} <a
href="#">Listen to more stories on the Noa app.</a></p></div>
<section class="ArticleBody_root__2gF81">
${atP(atP1)}
${atAd(1)}
${atReadP(atRead[0] ?? '')}
<hr class="ArticleLegacySectionBreak_root"><div class="ArticleLegacyHtml_root"><p class="dropcap-divider">***</p></div>
${atP(atP2)}
${atAd(2)}
${atReadP(atRead[1] ?? '')}
${atP(atP3)}
</section>
<div class="ArticleBio_root__8r3Dq"><h2 class="ArticleBio_heading">About the Author</h2><p class="ArticleBio_bio">${atBio}</p>
<a class="ArticleBio_follow" href="#">Follow</a></div>
<div class="ArticleTopics_root"><h2>${atTopics[0]}</h2><ul>${links(atTopics.slice(1))}</ul></div></article>
<div class="Paywall_root__gate" role="dialog" aria-hidden="true" style="display:none"><h2>${atGate[0]}</h2><p>${atGate[1]}</p>
<a href="/subscribe/">Subscribe Now</a><p>${atGate[2]}</p></div></main>
<footer class="Footer_root__Hs2Dn"><ul>${links(atFoot, 'Footer_item')}</ul><p class="Footer_copyright">${atCopy}</p></footer></div></div>
</body></html>`;
const atlanticPage: TestPage = {
  html: atHtml,
  name: 'heldout101-theatlantic-news',
  kind: 'news',
  // the dek is body; the "Read:" related-link paragraphs inside the body and the "***" section break are furniture
  title: atTitle,
  headings: [],
  body: texts([atDek, ...atP1, ...atP2, ...atP3]),
  bylines: ['By Helen Marchetti', 'November 12, 2025, 7 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...atNav, 'Subscribe', 'Sign In', atCredit, ...atAudio, 'Listen to more stories on the Noa app.', ...atRead, '***', 'About the Author', atBio,
    'Follow', ...atTopics, ...atGate, 'Subscribe Now', ...atFoot, atCopy,
  ],
};
export const HELDOUT101_B: readonly TestPage[] = [atlanticPage, axiosPage];
