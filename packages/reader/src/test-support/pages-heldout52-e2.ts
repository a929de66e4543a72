import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 52, file e2: a National Geographic story on its Prism template (the header with "Subscribe", "Newsletters"
 * and "Sign In", the section menu, the topic label, headline and dek, byline with the photographer line, date and read time,
 * share buttons, three photos each with caption and credit, two h2s in the body, the subscriber promo box, "Related Topics"
 * tags, "You May Also Like" cards, the "Go Further" section grid, the consent banner and the "Legal" and "Our Sites" footer).
 */
const ngTitle = 'In Patagonia, ranchers and pumas are learning to share the steppe';
const ngDek = 'For a century, sheep farmers in southern Chile shot the big cats on sight. Now some of them are guiding tourists to see them instead.';
const ngBody1 = [
  'The puma is lying on a rock ledge about 300 yards away, and Rodrigo Cárcamo does not need binoculars to find her. “That’s Ñire,” he says, ' +
    'using the name his family gave her after the scrubby southern beech trees where she was first seen. “She had two cubs last spring. ' +
    'She is the best mother on this ranch.”',
  'Ten years ago, Cárcamo would have reached for a rifle. His grandfather, who settled this stretch of windswept steppe in Chile’s ' +
    'Magallanes region in 1931, lost so many sheep to pumas that he paid his workers a bounty for every pelt. Cárcamo’s father kept up ' +
    'the practice. Between them, the family estimates, they killed more than 200 of the cats.',
  'Today the Estancia La Querencia still runs about 4,000 sheep, but it also hosts a steady stream of visitors who pay to walk the hills ' +
    'with trackers and watch pumas hunt guanacos, the wild relatives of the llama that graze here in their thousands.',
];
const ngH1 = 'Counting the cost';
const ngBody2 = [
  'The shift began almost by accident. In 2015, a wildlife photographer asked Cárcamo’s father for permission to set up camera traps on the ' +
    'property. The images of pumas drew attention online, and within a few years photographers were offering to pay for access.',
  'The arithmetic turned out to be persuasive. A single visitor on a week-long tracking trip now brings in more than the ranch earns from ' +
    'selling 30 lambs, according to Cárcamo. The family still loses some sheep to pumas each year, but they now pay for guard dogs and ' +
    'night corrals instead of bullets.',
  '“Nobody here became an environmentalist overnight,” says Valentina Ruiz Aguilar, a wildlife biologist with the University of Magallanes ' +
    'who has studied the region’s pumas since 2012. “What changed is that a living puma became worth more than a dead one.”',
];
const ngH2 = 'An uneasy truce';
const ngBody3 = [
  'Not every neighbor agrees. On ranches a few miles to the east, where tourism has not caught on, pumas are still killed, legally or ' +
    'otherwise, and some ranchers blame the growing cat population near La Querencia for rising losses on their own land.',
  'Ruiz’s research suggests the picture is more complicated. Her team’s GPS collars show that pumas living on ranches that protect them ' +
    'tend to stay put, holding territories rich in guanacos. On ranches where cats are shot, young males move in to fill the gaps, and ' +
    'inexperienced hunters are the most likely to go after sheep.',
  'Back on the ledge, Ñire has stood up and is looking down the valley toward a herd of guanacos. Cárcamo lowers his voice. “My grandfather ' +
    'would not understand this,” he says. “But I think my daughter will not understand how it was before.”',
];
type Photo = readonly [string, string];
const ngPhotos: readonly [Photo, Photo, Photo] = [
  ['A puma known as Ñire rests above the Estancia La Querencia, a sheep ranch in Chile’s Magallanes region.', 'Photograph by Sofía Arancibia'],
  ['Rodrigo Cárcamo, a third-generation rancher, scans the hills for pumas with a visiting tracker.', 'Photograph by Sofía Arancibia'],
  ['Guanacos, the pumas’ main prey, graze near the ranch at dusk.', 'Photograph by Sofía Arancibia, Nat Geo Image Collection'],
];
const ngNav = ['Animals', 'Environment', 'History & Culture', 'Science', 'Travel', 'Health', 'Photography', 'Video', 'Disney+'];
const ngTopics = ['ANIMALS', 'WILDLIFE WATCHING', 'BIG CATS', 'CONSERVATION', 'FARMING'];
const ngLike: [string, string][] = [
  ['ANIMALS', 'Snow leopards are thriving in one corner of Mongolia. Here’s why.'],
  ['ENVIRONMENT', 'The quiet comeback of the Andean condor'],
  ['TRAVEL', 'How to see wild pumas in Torres del Paine, responsibly'],
];
const ngGo: [string, string[]][] = [
  ['History & Culture', ['Who built the stone circles of the Sahara?', 'The forgotten women of the Gold Rush']],
  ['Science', ['Why your sense of smell fades with age', 'The moon is drifting away. Here’s what that means.']],
  ['Travel', ['Six quiet islands to visit in the Aegean', 'A food lover’s guide to Oaxaca']],
];
const ngLegal = ['Terms of Use', 'Privacy Policy', 'Your US State Privacy Rights', 'Children’s Online Privacy Policy', 'Interest-Based Ads'];
const ngSites = ['Nat Geo Home', 'Attend a Live Event', 'Book a Trip', 'Buy Maps', 'Shop Nat Geo', 'Watch TV', 'Customer Service'];
const ngCopy = 'Copyright © 1996-2026 National Geographic Partners, LLC. All rights reserved';
const photo = ([cap, cred]: Photo, i: number): string =>
  `<figure class="InlineImage ImageFrame" data-testid="inline-image-${i}"><picture><img src="https://i.natgeofe.com/n/puma-${i}.jpg?w=1436" alt=""></picture>
<figcaption class="Caption"><span class="Caption__Text">${cap}</span><span class="Caption__Credit">${cred}</span></figcaption></figure>`;
const ngHtml =
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>In Patagonia, ranchers and pumas are learning to share the steppe | National Geographic</title>
<link rel="canonical" href="https://www.nationalgeographic.com/animals/article/patagonia-puma-ranchers-tourism">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ngTitle}","description":"${ngDek}",
"datePublished":"2026-01-09T10:00:00.000Z","author":[{"@type":"Person","name":"Javier Lindqvist"}],
"publisher":{"@type":"Organization","name":"National Geographic"}}</script>
<script>window['__natgeo__']={"page":{"type":"article","section":"animals","locale":"en_US"},"user":{"isSubscriber":false}};</script></head>
<body class="natgeo"><div id="natgeo-template"><header class="GlobalNav" role="banner"><a class="GlobalNav__Logo" href="/" aria-label="National Geographic">
<svg></svg></a><nav class="GlobalNav__Menu" aria-label="Main"><ul>${links(ngNav, 'GlobalNav__Item')}</ul></nav>
<div class="GlobalNav__Utility"><a class="Button Button--subscribe" href="/subscribe">Subscribe</a><a href="/newsletters/signup">Newsletters</a>
<button class="GlobalNav__SignIn">Sign In</button></div></header>
<main class="Article"><div class="Article__Headline"><div class="Article__Headline__Topic"><a href="/animals">Animals</a></div>
<h1 class="Article__Headline__Title">${ngTitle}</h1><p class="Article__Headline__Desc">${ngDek}</p>
<div class="Byline"><span class="Byline__By">By </span><a class="Byline__Author" href="/author/javier-lindqvist">Javier Lindqvist</a>
<div class="Byline__Photographer">Photographs by <a href="/photographer/sofia-arancibia">Sofía Arancibia</a></div>
<div class="Byline__Meta"><span class="Byline__Meta--publishDate">Published January 9, 2026</span><span class="Byline__TimeStamp">8 min read</span></div></div>
<div class="SocialShare"><button aria-label="Share on Facebook" class="SocialShare__Button">Facebook</button>
<button aria-label="Share on X" class="SocialShare__Button">X</button><button aria-label="Email" class="SocialShare__Button">Email</button></div></div>
${photo(ngPhotos[0], 1)}
<section class="PrismArticleBody" data-testid="prism-article-body">
${ngBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${ngH1}</h2>
${ngBody2
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${photo(ngPhotos[1], 2)}
<p>${ngBody2[2]}</p>
<div class="SubscriberPromo" data-testid="subscriber-promo"><p class="SubscriberPromo__Title">Subscriber Exclusive Content</p>
<p>Unlock the world’s best photography and stories. Subscribe for full access.</p><a class="Button" href="/subscribe">Subscribe</a></div>
<h2>${ngH2}</h2>
${ngBody3
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${photo(ngPhotos[2], 3)}
<p>${ngBody3[2]}</p>
</section>
<section class="RelatedTopics"><h2 class="RelatedTopics__Title">Related Topics</h2><ul>${links(ngTopics, 'RelatedTopics__Item')}</ul></section>
<section class="YouMayAlsoLike"><h2>You May Also Like</h2>
${ngLike
  .map(
    ([k, t]) => `<div class="PromoTile"><span class="PromoTile__Kicker">${k}</span>
<a class="PromoTile__Title" href="#">${t}</a></div>`,
  )
  .join('\n')}</section>
<section class="GoFurther"><h2>Go Further</h2>
${ngGo.map(([h, l]) => `<div class="GoFurther__Section"><h3>${h}</h3><ul>${links(l)}</ul></div>`).join('\n')}</section></main>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We use cookies and similar technologies to personalize your experience ` +
  `and the ads you see.</p><button id="onetrust-accept-btn-handler">Accept All</button><button>Cookie Settings</button></div>
<footer class="Footer"><div class="Footer__Legal"><h4>Legal</h4><ul>${links(ngLegal)}</ul></div>
<div class="Footer__Sites"><h4>Our Sites</h4><ul>${links(ngSites)}</ul></div><p class="Footer__Copyright">${ngCopy}</p></footer></div></body></html>`;
export const natGeoStory: TestPage = {
  html: ngHtml,
  name: 'heldout52-national-geographic-story',
  kind: 'news',
  // the dek is body; the two h2s are the headings; "Javier Lindqvist" and "Published January 9, 2026" are bylines ("By" in
  // neither); the photographer line, the three captions and their credits, the topic label, read time, share buttons,
  // the subscriber promo between the sections, "Related Topics", "You May Also Like" with its kickers, "Go Further", the
  // cookie banner, header and footer are furniture; the topic "BIG CATS" is a phrase of the dek ("the big cats"): left out
  title: ngTitle,
  headings: [ngH1, ngH2],
  body: [ngDek, ...texts(ngBody1), ...texts(ngBody2), ...texts(ngBody3)],
  bylines: ['Javier Lindqvist', 'Published January 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ngNav, 'Subscribe', 'Newsletters', 'Sign In', 'Photographs by Sofía Arancibia', '8 min read', 'Facebook', 'X', 'Email', ...ngPhotos.flat(),
    'Subscriber Exclusive Content', 'Unlock the world’s best photography and stories. Subscribe for full access.', 'Related Topics',
    ...ngTopics.filter((t) => t !== 'BIG CATS'),
    'You May Also Like', ...ngLike.flat(), 'Go Further', ...ngGo.flatMap(([h, l]) => [h, ...l]),
    'We use cookies and similar technologies to personalize your experience and the ads you see.', 'Accept All', 'Cookie Settings', 'Legal',
    ...ngLegal, 'Our Sites', ...ngSites, ngCopy,
  ],
};
