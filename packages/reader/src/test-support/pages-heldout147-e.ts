import { links, type TestPage, texts } from './page-kit.js';
import { quanta } from './pages-heldout147-e2.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file e: a National Geographic animals news article on its current templates (skip link, the header
 * with "Menu", "Newsletters", "Subscribe" and the hidden menu drawer, the category link, headline, description, byline,
 * "Published" date and reading time, share buttons, the lead image caption and "Photograph by" credit, inline images with
 * captions, "ADVERTISEMENT" slots, h2 subheads, the print-issue note, "Related Topics", "You May Also Like", the "Go
 * Further" rail with its section headings, the newsletter box and the footer with its legal and copyright lines) and,
 * from file e2, a Quanta Magazine news article.
 */
const ngTitle = 'Snow leopards are back in a Mongolian valley they vanished from decades ago';
const ngDek = 'Camera traps in the Altan Gorge have recorded at least five of the big cats, including a mother with two cubs.';
const ngP1 = paras(`
For almost forty years, herders in the Altan Gorge of western Mongolia told researchers the same thing: the snow leopards were gone.
The last confirmed sighting, a young male caught in a wolf trap, dated to 1986. Surveys in the 1990s and 2000s found tracks of wolves,
foxes and lynx, but no trace of the cat locals call <em>irbis</em>.

Now, a set of motion-triggered cameras has proved them happily wrong. Over 14 months, 32 cameras placed along ridgelines and game
trails in the gorge recorded at least five individual snow leopards, identified by the unique patterns of spots on their flanks and
tails. Among them is a female photographed in October with two cubs at her heels.

“When the first picture came in, we thought it might be a mistake, or a leopard passing through from somewhere else,” says Bolormaa
Ganbaatar, a wildlife biologist with the Mongolian Steppe Conservancy, which ran the survey. “Cubs change everything. Cubs mean they
are living here.”`);
const ngH1 = 'Why they came back';
const ngP2 = paras(`
The return of the cats seems to follow the return of their food. Snow leopards mostly hunt ibex and argali, a wild sheep with huge
curling horns, and both were heavily hunted in the gorge through the 1980s. Since a community-run reserve was set up in 2009, ibex
numbers in the area have roughly tripled, according to annual counts by local rangers.

Herders have also changed how they deal with the predators. Under a program begun in 2015, families whose livestock is killed by snow
leopards receive compensation from a fund paid for by tourism fees and an international conservation grant, as long as they report
the loss and do not retaliate. Before the program, poisoned carcasses were a common way of dealing with wolves and any snow leopard
that wandered into the gorge.

“The herders made this possible,” Ganbaatar says. “They are the ones who live with the risk.”`);
const ngH2 = 'A fragile recovery';
const ngP3 = paras(`
Researchers caution that five cats is a small population, and a vulnerable one. Snow leopards roam over huge areas, and the Altan Gorge
animals almost certainly move between the reserve and neighboring mountains where hunting and mining are not controlled. A gold mine
that opened in 2021 about 40 miles to the south has brought new roads and traffic into the range.

Climate change is another worry. Snow leopards are adapted to cold, high terrain, and warming could push both the cats and their prey
higher up the mountains, where there is less room. Tom Harcastle, an ecologist at the University of Montana who studies large
carnivores in Central Asia, says the Altan Gorge is “a good news story, but it’s the first chapter, not the last.”

For now, the conservancy plans to expand the camera network and fit two of the cats with GPS collars next winter, to learn where they
go when they leave the gorge. The herders have asked for one more thing: the right to name the cubs. The community has settled on
Tsasaa and Uul—snow and mountain.`);
const ngMenu = ['Animals', 'Environment', 'History & Culture', 'Science', 'Travel', 'Health', 'Photography', 'Video', 'Magazine'];
const ngShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy link'];
const ngLeadCap = 'A snow leopard photographed by a camera trap on a ridge above the Altan Gorge in November.';
const ngLeadCred = 'Photograph by Mongolian Steppe Conservancy';
const ngCap2 = 'A herder checks one of the 32 camera traps placed along the gorge.';
const ngCred2 = 'Photograph by Sarnai Batbold';
const ngIssue = 'This story appears in the May 2025 issue of National Geographic magazine.';
const ngTopics = ['SNOW LEOPARDS', 'CONSERVATION', 'WILDLIFE CONSERVATION', 'MONGOLIA'];
const ngAlso = ['Rare footage shows a pallas’s cat family in the wild', 'How ranchers and wolves learned to share a valley'];
const ngFurther = [
  ['Animals', 'These fish can walk on land. Here’s how they do it.', 'Why elephants have names for each other'],
  ['Environment', 'The surprising return of the world’s wetlands'],
  ['History & Culture', 'Inside the lost city beneath a Scottish loch'],
] as const;
const ngNews = ['Sign up for our newsletter', 'Get the best of National Geographic delivered to your inbox.', 'Your email address', 'Sign Up'];
const ngFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Your US State Privacy Rights',
  'Children’s Online Privacy Policy',
  'Interest-Based Ads',
  'About Nielsen Measurement',
  'Do Not Sell or Share My Personal Information',
  'Nat Geo Home',
  'Attend a Live Event',
  'Book a Trip',
  'Shop Nat Geo',
  'Customer Service',
  'Masthead',
  'Press Room',
  'Advertise With Us',
];
const ngCopy = ['Copyright © 1996-2015 National Geographic Society', 'Copyright © 2015-2025 National Geographic Partners, LLC. All rights reserved'];
const ngAd = (n: number): string => `<div class="ad-slot ad-slot--inline" data-testid="prism-ad-wrapper"><span class="ad-slot__label">ADVERTISEMENT</span>
<div id="ad-inline-${n}" class="ad-slot__container"></div></div>`;
const ngP = (a: readonly string[]): string => a.map((p) => `<p class="EmXQ Ocvm">${p}</p>`).join('\n');
const ngH = (t: string): string => `<h2 class="EzJZ Article__Subhead">${t}</h2>`;
const ngHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Snow leopards return to Mongolia’s Altan Gorge after decades | National Geographic</title>
<meta name="description" content="${ngDek}"><meta property="og:site_name" content="Animals"><meta property="og:type" content="article">
<meta property="og:title" content="${ngTitle}"><meta name="author" content="Oyun Erdenebat"><meta name="keywords" content="snow leopards,mongolia">
<link rel="canonical" href="https://www.nationalgeographic.com/animals/article/snow-leopards-return-altan-gorge-mongolia">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ngTitle}","description":"${ngDek}",
"datePublished":"2025-03-14T10:00:00.000Z","author":[{"@type":"Person","name":"Oyun Erdenebat"}],"publisher":{"@type":"Organization",
"name":"National Geographic"}}</script>
<script>window['__natgeo__'] = {"page":{"content":{"section":"animals","type":"article"}},"ads":{"enabled":true}};</script>
<link rel="stylesheet" href="https://assets-cdn.nationalgeographic.example/natgeo/static/default.7e1c.css"></head>
<body class="animals article"><div id="natgeo"><a class="SkipLink" href="#main-content">Skip to content</a>
<header class="GlobalNav" role="banner"><div class="GlobalNav__Container"><button class="GlobalNav__Menu" aria-label="Menu"><span>Menu</span></button>
<a class="GlobalNav__Logo" href="https://www.nationalgeographic.com/"><span class="sr-only">National Geographic</span><svg aria-hidden="true"></svg></a>
<div class="GlobalNav__Actions"><a class="GlobalNav__Newsletters" href="/newsletters/signup">Newsletters</a>
<a class="GlobalNav__Subscribe Button--primary" href="https://www.nationalgeographic.com/subscribe">Subscribe</a></div></div>
<nav class="MenuDrawer" aria-hidden="true" hidden><ul class="MenuDrawer__List">${links(ngMenu, 'MenuDrawer__Item')}</ul></nav></header>
<main id="main-content" class="PageLayout"><article class="Article"><header class="Article__Header"><div class="Article__Headline">
<div class="Article__Headline__Category"><a class="Article__Headline__Category__Link" href="/animals">Animals</a></div>
<h1 class="Article__Headline__Title">${ngTitle}</h1>
<p class="Article__Headline__Desc">${ngDek}</p></div>
<div class="Byline"><div class="Byline__Authors">
<span class="Byline__By">By</span> <a class="Byline__Author" href="/author/oyun-erdenebat">Oyun Erdenebat</a></div>
<div class="Byline__Meta Byline__Meta--publishDate">Published March 14, 2025</div><div class="Byline__Meta Byline__Meta--readTime">6 min read</div></div>
<div class="Social Social--article"><ul class="Social__List">${ngShare
  .map((t) => `<li class="Social__Item"><button class="Social__Button" type="button"><span class="sr-only">${t}</span></button></li>`)
  .join('\n')}</ul></div></header>
<div class="Article__LeadMedia"><figure class="Image"><img alt="" src="https://i.natgeofe.example/n/3f2b/snow-leopard-camera-trap.jpg"></figure>
<div class="Article__LeadMedia__Caption"><span class="RichText">${ngLeadCap}</span><span class="Image__Credit">${ngLeadCred}</span></div></div>
<section class="Article__Content" data-testid="prism-article-body">
${ngP(ngP1)}
${ngAd(1)}
${ngH(ngH1)}
${ngP(ngP2.slice(0, 2))}
<figure class="InlineImage"><img alt="" src="https://i.natgeofe.example/n/3f2b/herder-camera.jpg"><figcaption class="InlineImage__Caption">
<span class="RichText">${ngCap2}</span><span class="Image__Credit">${ngCred2}</span></figcaption></figure>
${ngP(ngP2.slice(2))}
${ngH(ngH2)}
${ngP(ngP3)}
${ngAd(2)}
<p class="EmXQ Ocvm Article__Note"><em>${ngIssue}</em></p>
</section>
<div class="RelatedTopics"><h3 class="RelatedTopics__Title">Related Topics</h3>
<ul class="RelatedTopics__List">${links(ngTopics, 'RelatedTopics__Item')}</ul></div>
</article>
<section class="YouMayAlsoLike"><h2 class="YouMayAlsoLike__Title">You May Also Like</h2><ul>${links(ngAlso, 'YouMayAlsoLike__Card')}</ul></section>
<section class="GoFurther"><h2 class="GoFurther__Title">Go Further</h2>${ngFurther
  .map((g) => `<div class="GoFurther__Section"><h3 class="GoFurther__Heading">${g[0]}</h3><ul>${links(g.slice(1), 'GoFurther__Card')}</ul></div>`)
  .join('\n')}</section>
<aside class="NewsletterSignup"><h2 class="NewsletterSignup__Title">${ngNews[0]}</h2><p>${ngNews[1]}</p><form><label class="sr-only"
for="ng-email">${ngNews[2]}</label><input id="ng-email" type="email"><button type="submit">${ngNews[3]}</button></form></aside></main>
<footer class="GlobalFooter"><ul class="GlobalFooter__Links">${links(ngFoot, 'GlobalFooter__Item')}</ul>
<p class="GlobalFooter__Copyright">${ngCopy[0]}</p><p class="GlobalFooter__Copyright">${ngCopy[1]}</p></footer></div>
<script src="https://assets-cdn.nationalgeographic.example/natgeo/static/default.4b9a.js" defer></script></body></html>`;
const natgeo: TestPage = {
  html: ngHtml,
  name: 'heldout147-natgeo-news',
  kind: 'news',
  // the description is body; the category, share labels, captions, credits, ad labels, the print-issue note at the end of
  // the text, topics, the rails (with their section headings), newsletter and footer are furniture; the reading time is a
  // byline
  title: ngTitle,
  headings: [ngH1, ngH2],
  body: [ngDek, ...texts(ngP1), ...texts(ngP2), ...texts(ngP3)],
  bylines: ['By Oyun Erdenebat', 'Oyun Erdenebat', 'Published March 14, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', 'Newsletters', 'Subscribe', ...ngMenu, ...ngShare, ngLeadCap, ngLeadCred, 'ADVERTISEMENT', ngCap2, ngCred2, ngIssue,
    'Related Topics', ...ngTopics, 'You May Also Like', ...ngAlso, 'Go Further', ...ngFurther.flatMap((g) => g.slice(1)), ...ngNews, ...ngFoot, ...ngCopy,
  ],
};

export const HELDOUT147_E: readonly TestPage[] = [natgeo, quanta];
