import { links, type TestPage, texts } from './page-kit.js';
import { techCrunch } from './pages-heldout41-b2.js';

/**
 * Held-out batch 41, file b: an Atlantic magazine essay (the Next.js template with hashed class names and __NEXT_DATA__,
 * the header with "Popular", "Latest", "Sign In" and "Subscribe", the rubric, headline, dek, "By" line, timestamp, share,
 * save and "Listen" buttons, the lead illustration with its credit line, a drop-cap first paragraph, an inline "Read:"
 * link, a section break instead of headings, the audio credit line, the "About the Author" bio with a "Follow" button, the
 * sticky subscribe bar and the footer).
 */
const atTitle = 'The Hardware Store Is Having a Strange Second Life';
const atDek =
  'Big-box chains won the last war over nuts and bolts. A new generation of small shops is betting that people will pay for ' +
  'someone who knows where the washers are.';
const atBody1 = [
  'On a Saturday morning in October, the line at Greer &amp; Sons Hardware, in Dayton, Ohio, ran past the key-cutting machine and ' +
    'into the aisle of paint rollers. Nobody in it was in a hurry. A retired electrician wanted the right fuse for a 1950s stove; ' +
    'a young couple held a cracked toilet flapper in a plastic bag as if it were evidence. Behind the counter, Marcus Greer, who ' +
    'is 34 and bought the store from his great-uncle four years ago, heard each of them out and then walked off to find the part himself.',
  'For most of my life, stores like this one have been a synonym for decline. The home-improvement chains that spread across ' +
    'American suburbs in the 1990s offered lower prices, longer hours, and acres of parking, and independent hardware stores ' +
    'closed by the thousands. The ones that survived did so, the story went, out of stubbornness or sentiment.',
  'But something odd has happened in the past few years. The number of independent hardware stores in the United States has ' +
    'stopped falling, according to the trade group that tracks them, and in some cities it has begun to rise. Many of the new ' +
    'owners are younger than their customers, and few of them came from retail.',
  'Their pitch is not price. Greer admits that a box of drywall screws costs about a dollar more at his counter than at the ' +
    'chain store across the highway. What he sells instead is time—specifically, the time a customer does not spend wandering ' +
    'a 100,000-square-foot warehouse looking for an employee who can tell a lag bolt from a carriage bolt.',
];
const atBody2 = [
  'It would be easy to file this under nostalgia, and some of it surely is. The stores play to an idea of the neighborhood that ' +
    'many of their customers only half remember. But the economics are more practical than that. Housing in most American ' +
    'cities is old and getting older, and old houses break in particular ways. The parts they need are small, cheap, and hard ' +
    'to find, which is exactly the kind of inventory a big chain has little reason to stock.',
  '“People think we’re competing with the big stores,” says Lena Oduya, who opened a shop in a former bank branch in ' +
    'Providence, Rhode Island, in 2022. “We’re really competing with the second trip. Nobody wants to go back for the thing ' +
    'they forgot.” Her store rents out tools by the day, sharpens knives on Thursdays, and keeps a binder of local plumbers ' +
    'who will take small jobs.',
  'None of this guarantees survival. Margins are thin, rents are rising, and the wholesale cooperatives that supply independent ' +
    'stores have their own troubles. Several of the owners I spoke with said they would not be open without a second income ' +
    'in the household.',
  'Still, standing in Greer’s store as the morning line finally thinned out, I was struck by how little of what happened there ' +
    'could be done online. A man came in with a broken window latch and left with a working one, and a short lesson in why it ' +
    'had failed. It took eleven minutes. He paid $4.19.',
];
const atBio = 'Nadia Ferreira-Oakes is a contributing writer at The Atlantic and the author of the forthcoming book Small Parts.';
const atNav = ['Popular', 'Latest', 'Newsletters', 'Sections', 'Audio', 'Give a Gift'];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const atFoot = [
  'Our History', 'Careers', 'Contact', 'Help Center', 'Manage Subscription', 'Download iOS App', 'Privacy Policy', 'Your Privacy Choices',
  'Advertising Guidelines', 'Terms Conditions', 'Responsible Disclosure', 'Site Map',
];
const atRead = 'The strange survival of the corner bookshop';
const atNoa = 'Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.';
const atP = (ps: readonly string[], first = false): string =>
  ps
    .map(
      (p, i) => `<p class="ArticleParagraph_root__4mszW${first && i === 0 ? ' ArticleParagraph_dropcap__uIVzg' : ''}" data-flatplan-paragraph="true">${p}</p>`,
    )
    .join('\n');
const atHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Hardware Store’s Strange Second Life - The Atlantic</title>
<meta name="description" content="${atDek}"><meta property="og:type" content="article"><meta name="author" content="Nadia Ferreira-Oakes">
<link rel="preload" href="/_next/static/css/4f1c2e9a8b.css" as="style"><link rel="stylesheet" href="/_next/static/css/4f1c2e9a8b.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${atTitle}","isAccessibleForFree":false,
"author":[{"@type":"Person","name":"Nadia Ferreira-Oakes"}],"datePublished":"2025-12-02T12:00:00Z","articleSection":"Ideas"}</script></head>
<body><div id="__next"><a class="SkipLink_root__aQ3kP" href="#main-content">Skip to content</a>
<header class="SiteHeader_root__x9Ulj" data-event-module="header"><nav aria-label="Site navigation"><a class="SiteHeader_logo__Ei7bd" href="/">
<svg role="img" aria-labelledby="logo-title"><title id="logo-title">The Atlantic</title></svg></a><ul class="SiteHeader_links__n2c3R">
${links(atNav, 'SiteHeader_item__wQ0aM')}</ul><div class="SiteHeader_account__d1oVt"><a href="/accounts/login/">Sign In</a>
<a class="SiteHeader_subscribe__Zm8dA" href="/subscribe/navbar/">Subscribe</a></div></nav></header>
<main id="main-content"><article class="ArticleLayout_article__Ik9CH"><header class="ArticleHeader_root__ApoMo">
<div class="ArticleHeader_rubric__b7Ptd"><a class="ArticleRubric_root__zmvFv" href="/ideas/" data-action="click link - section rubric">Ideas</a></div>
<h1 class="ArticleTitle_root__VrZaG">${atTitle}</h1><p class="ArticleDek_root__P3leE">${atDek}</p>
<div class="ArticleBylines_root__wE0xN"><address id="byline" class="ArticleBylines_address__zTkN8"><span>By </span>
<a class="ArticleBylines_link__kNP4C" href="/author/nadia-ferreira-oakes/">Nadia Ferreira-Oakes</a></address></div>
<time class="ArticleTimestamp_root__b3bL6" datetime="2025-12-02T12:00:00Z">December 2, 2025, 7 AM ET</time>
<div class="ArticleShare_root__fW2jQ"><button class="ArticleShare_button__Wl4Qp" aria-haspopup="dialog">Share</button>
<button class="ArticleSave_button__O0yY5" aria-label="Save this article to read later">Save</button>
<button class="ArticleAudio_button__Hq3yR" data-action="click button - audio listen">Listen<span
class="ArticleAudio_duration__r3Dt1">(9 min)</span></button></div>
<figure class="ArticleLeadArt_root__pM3dP"><picture><img alt="An illustration of a hardware store shelf stacked with small drawers of screws"
src="https://cdn.theatlantic.com/thumbor/lead/hardware.jpg"></picture><figcaption class="ArticleLeadFigcaption_root__iYlyZ">Illustration by Jun Okada /
The Atlantic. Source: Getty.</figcaption></figure></header>
<section class="ArticleBody_root__2gF81">
${atP(atBody1.slice(0, 3), true)}
<p class="ArticleRelatedContentLink_root__VYc9V" data-view-action="view link - related content"><em>Read: </em>
<a class="ArticleRelatedContentLink_link__cR5t6" href="/ideas/archive/2025/03/corner-bookshop/681234/">${atRead}</a></p>
${atP(atBody1.slice(3))}
<div class="ArticleInjector_root__wG3vQ"><div class="ArticleAd_root__c4nEo" data-ad-unit="in-article"></div></div>
<div class="ArticleSectionBreak_root__k8mF6" role="separator"><hr></div>
${atP(atBody2)}
</section><footer class="ArticleFooter_root__nE2tW"><p class="ArticleAudioCredit_root__tqQ5j">${atNoa}</p>
<section class="ArticleBio_root__Jz8xC"><h2 class="ArticleBio_heading__bW6Vr">About the Author</h2><div class="AuthorBio_root__qDh9O">
<p class="AuthorBio_text__wLR2e"><a href="/author/nadia-ferreira-oakes/">Nadia Ferreira-Oakes</a> is a contributing writer at The Atlantic and the author of
the forthcoming book <em>Small Parts</em>.</p><button class="AuthorBio_follow__u3dmS" data-action="click button - follow author">Follow</button></div></section>
</footer></article></main>
<div class="StickyGate_root__y5pVd" role="complementary"><p class="StickyGate_text__Xo1fa">Never miss a story. Start your subscription today.</p>
<a class="StickyGate_button__eWj8T" href="/subscribe/sticky/">Subscribe</a></div>
<footer class="SiteFooter_root__q1bvN"><ul class="SiteFooter_links__gT4lz">${links(atFoot)}</ul>
<p class="SiteFooter_copyright__Ms2rE">TheAtlantic.com Copyright (c) 2025 by The Atlantic Monthly Group. All Rights Reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"${atTitle}","dek":"${atDek}","channel":"ideas",
"authors":[{"displayName":"Nadia Ferreira-Oakes","slug":"nadia-ferreira-oakes"}],"wordCount":1904}}},"page":"/[channel]/archive/[year]/[month]/[slug]"}</script>
</body></html>`;
const atlantic: TestPage = {
  html: atHtml,
  name: 'heldout41-atlantic',
  kind: 'news',
  // the dek is body; the essay has no section headings (a rule between its two parts). The author's name and the timestamp
  // are bylines ("By" in neither), and so is the "About the Author" bio sentence (an author line, with the name in it); its
  // heading and "Follow" are furniture. The rubric, share/save/listen buttons and duration, the illustration credit, the inline
  // "Read:" link (a related item inside the text; "Read:" in neither), the ElevenLabs audio credit, the subscribe bar, skip
  // link, logo title, header and footer are furniture; the second "Subscribe" is the same text as the header's (listed once)
  title: atTitle,
  headings: [],
  body: [atDek, ...texts(atBody1), ...texts(atBody2)],
  bylines: ['Nadia Ferreira-Oakes', 'December 2, 2025, 7 AM ET', atBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Atlantic', ...atNav, 'Sign In', 'Subscribe', 'Ideas', 'Share', 'Save', 'Listen', '(9 min)',
    'Illustration by Jun Okada / The Atlantic. Source: Getty.', atRead, atNoa, 'About the Author', 'Follow',
    'Never miss a story. Start your subscription today.', ...atFoot,
    'TheAtlantic.com Copyright (c) 2025 by The Atlantic Monthly Group. All Rights Reserved.',
  ],
};

export const HELDOUT41_B: readonly TestPage[] = [atlantic, techCrunch];
