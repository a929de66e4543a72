import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout261-kit.js';

/**
 * Held-out batch 261, file e: a National Geographic-style feature on the Disney "fitt" React template (hashed class names,
 * data-testid wrappers, the body split into several PrismArticleBody blocks around a photo mosaic, breadcrumb, byline with
 * photographer, share buttons, inline newsletter, "Related Topics", "You May Also Like" rail, footer, consent dialog and
 * the serialized __INITIAL_STATE__) and a Rolling Stone-style ranked album list (PMC WordPress gallery markup: list
 * items with rank numbers, artist/album h2s, cover credits, "Listen" embeds, "Trending" rail, newsletter and footer).
 */
const gTitle = 'The Night Shift of the Salt Flats';
const gDek = 'On a remote salt pan, scientists are racing to learn how flamingos survive a landscape that is slowly drying out.';
const gHeads = ['Counting in the dark', 'A lake in retreat', 'Reasons for hope'];
const gP1 = [
  j(
    'An hour before dawn, the Oruna salt pan is so quiet that the loudest sound is the crunch of crust under rubber boots. Then,',
    'from somewhere out on the water, comes a noise like a crowd murmuring in a distant stadium: forty thousand flamingos, talking',
    'to one another in the dark.',
  ),
  j(
    'Biologist Teodora Vasquez-Lind has been coming to this shallow, salty lake for eleven years. She and her small team work at',
    'night because that is when the birds feed most heavily, wading through brine and sweeping their upside-down bills through',
    'water so salty it would burn a human eye.',
  ),
];
const gP2 = [
  j(
    'Counting flamingos is harder than it sounds. The birds gather in dense, shifting flocks, and from the shore they blur into a',
    'single pink line. The team uses thermal cameras mounted on tall poles and, on calm mornings, a small drone that flies a fixed',
    'grid at sunrise. Software then counts the warm dots, and a person checks the count.',
  ),
];
const gP3 = [
  j(
    'Satellite images show that the lake\u2019s surface in the dry season has shrunk by almost a third since 1990. Farms upstream',
    'draw more water from the rivers that feed it, and the rains have grown less reliable. As the lake shrinks, it grows saltier,',
    'and the tiny algae and brine shrimp the flamingos eat grow scarcer.',
  ),
  j(
    'The birds have adapted before. They can fly hundreds of kilometers in a night to find better water. But the nearest',
    'alternative lakes are drying too, and breeding colonies need stable islands of mud that disappear when the water falls.',
  ),
];
const gP4 = [
  j(
    'Last year, after long negotiations, farmers upstream agreed to leave a minimum flow in the river during the driest months.',
    'It is too early to know whether it will be enough. But this season, for the first time in four years, the flamingos built',
    'nests on the lake\u2019s central island.',
  ),
  j(
    'On the last night of the count, Vasquez-Lind stood at the edge of the water and listened. <q>When they are quiet, I worry,</q>',
    'she said. <q>Tonight they are very loud.</q>',
  ),
];
const gNav = ['Animals', 'Environment', 'History & Culture', 'Science', 'Travel', 'Photography', 'Subscribe'];
const gRel = ['Why flamingos stand on one leg', 'The shrinking lakes of the high desert', 'Inside the world’s largest salt flat'];
const gTopics = ['Birds', 'Wetlands', 'Conservation'];
const gFoot = ['Terms of Use', 'Privacy Policy', 'Your US State Privacy Rights', 'Children’s Online Privacy Policy', 'Interest-Based Ads', 'Contact Us'];
const body = (ps2: string): string => `<div data-testid="prism-article-body" class="PrismArticleBody fRTgT"><div class="xvlfx ZRifP TKoO">${ps2}</div></div>`;
const gPara = (arr: string[]): string => ps(arr, ' class="EkqkG IGXmU nlgHS yuUao lqtkC"');
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} | Nat Terra</title>
<meta name="description" content="${gDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="Nat Terra">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"NewsArticle","headline":"${gTitle}","author":[{"@type":"Person",
"name":"Priya Hallam"}],
"datePublished":"2026-02-28T08:00:00.000Z"}</script>
<script>window['__INITIAL_STATE__']={"page":{"content":{"article":{"title":"${gTitle}","section":"animals"}}},"app":{"edition":"en-US"}};</script></head>
<body><div id="fittPageContainer"><div class="fitt-layout"><header class="GlobalNav ZvYfL"><div class="GlobalNav__Logo">
<a href="/" aria-label="Nat Terra">Nat Terra</a></div>
<nav class="GlobalNav__Menu"><ul>${links(gNav, 'GlobalNav__Item lZur')}</ul></nav><button class="GlobalNav__Login">Log In</button></header>
<main class="Page__Content"><div class="PrismLeadContainer"><div data-testid="prism-breadcrumb" class="Breadcrumb tRkRz">
<a href="/animals" class="NGLink">Animals</a><span aria-hidden="true">›</span><a href="/animals/birds" class="NGLink">Birds</a></div>
<div class="Article__Headline"><h1 class="Article__Headline__Title vMjAx">${gTitle}</h1><p class="Article__Headline__Desc">${gDek}</p></div>
<div data-testid="prism-byline" class="Byline kQsdd"><div class="Byline__Author">By <a href="/contributors/priya-hallam">Priya Hallam</a></div>
<div class="Byline__Author">Photographs by <a href="/contributors/oren-baptiste">Oren Baptiste</a></div>
<div class="Byline__Meta Byline__Meta--publishDate">Published February 28, 2026</div><div class="Byline__Meta">14 min read</div></div>
<div data-testid="prism-share" class="SocialBar"><button aria-label="facebook">Facebook</button><button aria-label="email">Email</button>
<button aria-label="copy link">Copy Link</button></div>
<figure class="PrismLeadImage"><div class="RatioFrame"><img alt="Flamingos on a salt lake at dawn" src="https://i.natterra.example/lead.jpg"></div>
<figcaption class="Image__Caption"><span class="RichText">Flamingos feed in the brine of the Oruna salt pan before sunrise.</span>
<span class="Image__Credit">Photograph by Oren Baptiste</span></figcaption></figure></div>
<div class="GridLayout"><section class="Article__Content">
${body(gPara(gP1))}
<div class="PrismArticleBody" data-testid="prism-article-body"><h2 class="EkqkG jLDPW">${gHeads[0]}</h2></div>
${body(gPara(gP2))}
<div data-testid="prism-mosaic" class="Mosaic"><figure><img alt="Thermal camera image of a flock" src="https://i.natterra.example/thermal.jpg">
<figcaption><span class="RichText">A thermal camera picks out each bird as a warm dot against the cold water.</span>
<span class="Image__Credit">Photograph by Oren Baptiste</span></figcaption></figure></div>
<div data-testid="prism-newsletter" class="InlineNewsletter"><h3>Go beyond the headlines</h3><p>Get the Nat Terra newsletter, delivered weekly.</p>
<button>Sign Up</button></div>
<div class="PrismArticleBody" data-testid="prism-article-body"><h2 class="EkqkG jLDPW">${gHeads[1]}</h2></div>
${body(gPara(gP3))}
<div class="PrismArticleBody" data-testid="prism-article-body"><h2 class="EkqkG jLDPW">${gHeads[2]}</h2></div>
${body(gPara(gP4))}
<div class="Article__Footer"><p class="Article__Footnote"><i>This story was supported by the Nat Terra Society Field Grant.</i></p></div>
<div data-testid="prism-tags" class="RelatedTopics"><h3>Related Topics</h3><ul>${links(gTopics)}</ul></div></section>
<aside class="Article__Rail"><h3>You May Also Like</h3><ul>${links(gRel)}</ul></aside></div></main>
<footer class="GlobalFooter"><ul>${links(gFoot)}</ul><p>Copyright © 1996-2026 Nat Terra Partners, LLC. All rights reserved</p></footer></div></div>
<div role="dialog" id="consent-modal" class="ConsentModal"><p>We use cookies and similar tools to give you a better experience.</p>
<button>Accept All</button><button>Cookie Settings</button></div></body></html>`;
const natgeo: TestPage = {
  name: 'heldout261-natgeo-react-feature-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gP1, ...gP2, ...gP3, ...gP4]),
  bylines: ['Priya Hallam', 'Oren Baptiste', 'Published February 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Log In', 'Photographs by', '14 min read', 'Facebook', 'Email', 'Copy Link', 'Flamingos feed in the brine of the Oruna salt pan before sunrise.',
    'Photograph by Oren Baptiste', 'A thermal camera picks out each bird as a warm dot against the cold water.', 'Go beyond the headlines',
    'Get the Nat Terra newsletter, delivered weekly.', 'Sign Up', 'This story was supported by the Nat Terra Society Field Grant.', 'Related Topics',
    ...gTopics,
    'You May Also Like', ...gRel, ...gFoot, 'Copyright © 1996-2026 Nat Terra Partners, LLC. All rights reserved',
    'We use cookies and similar tools to give you a better experience.', 'Accept All', 'Cookie Settings',
  ],
};

const rTitle = 'The 8 Best Albums of Winter 2026';
const rIntro = [
  j(
    'The coldest months are usually a quiet time for new music, with labels saving their big releases for spring. This winter was',
    'different. A handful of debut records, a surprise double album and a country singer going electric made the first quarter',
    'of the year unusually crowded. Here are the records our critics kept coming back to, ranked.',
  ),
];
const rItems: [string, string][] = [
  [
    'Halloway Drift, ‘Low Country Static’',
    j(
      'A shoegaze band from a river delta town, Halloway Drift bury their hooks under layers of guitar, and the digging is the fun.',
      'The closing track, a nine-minute wash of feedback and handclaps, is the best thing they have done.',
    ),
  ],
  [
    'Ossie Pryor, ‘Paper Houses’',
    j(
      'Pryor recorded his second album alone in a rented cabin with a four-track tape machine, and you can hear the wind in the gaps.',
      'It is a small record about big losses, sung so close to the microphone that it feels like eavesdropping.',
    ),
  ],
  [
    'Kestrel & the Tides, ‘Night Ferry’',
    j(
      'The most fun album on this list: bright synth-pop about bad decisions made on public transport. Singer Lulu Kestrel has a',
      'gift for the line that sounds silly until the third listen, when it starts to hurt.',
    ),
  ],
  [
    'Maribel Stone, ‘Electric Prairie’',
    j(
      'After three acoustic albums of heartbreak ballads, the country singer plugged in, hired a drummer from a punk band and made',
      'the loudest record of her career. Some fans are furious. They will come around.',
    ),
  ],
  [
    'DJ Ferrous, ‘Weekday Rituals’',
    j(
      'Ferrous built these tracks from samples of office printers, kettles and elevator chimes, and somehow made them swing. It is a',
      'dance record about the working week that never once feels like a gimmick.',
    ),
  ],
  [
    'The Wend Sisters, ‘Harbour Lights’',
    'Three-part harmonies, a pedal steel and songs about leaving a fishing town. Nothing new, and nothing done better this winter.',
  ],
  [
    'Calix Obi, ‘Second Language’',
    j(
      'Obi raps in two languages and sings in a third, switching mid-verse, and the effect is of a mind thinking faster than any',
      'single vocabulary allows. The production is sparse enough to let every word land.',
    ),
  ],
  [
    'Yara Flint, ‘Blue Hour, Vol. 1 & 2’',
    j(
      'A surprise double album of late-night jazz-soul that runs to nearly two hours and does not waste a minute. Flint plays piano on',
      'every track, and her left hand carries the whole thing.',
    ),
  ],
];
const rNav = ['Music', 'Politics', 'TV & Movies', 'Culture', 'Lists', 'Video', 'Subscribe'];
const rTrend = ['Maribel Stone Explains Why She Went Electric', 'The 50 Greatest Breakup Songs', 'Inside the Comeback Tour Nobody Expected'];
const rFoot = ['About Us', 'Advertise', 'Contact Us', 'Careers', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Ad Choices'];
const rItem = (i: number, [h, p]: [string, string]): string => `<div class="c-gallery-vertical-album" id="list-item-${8 - i}" data-list-item="${8 - i}">
<figure class="c-gallery-vertical-album__image"><img alt="Album cover" src="https://www.rollingdisc.example/wp-content/uploads/2026/03/album-${i}.jpg">
<figcaption class="c-gallery-vertical-album__credit">Courtesy of the artist</figcaption></figure>
<div class="c-gallery-vertical-album__number" aria-hidden="true">${8 - i}</div><h2 class="c-gallery-vertical-album__title">${h.replace(/&/g, '&amp;')}</h2>
<div class="c-gallery-vertical-album__description"><p>${p}</p></div>
<div class="c-gallery-vertical-album__embed"><a class="c-button" href="https://listen.example/${i}">Listen</a></div></div>`;
const rHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${rTitle} – Rolling Disc</title>
<meta name="description" content="Our critics rank the best albums of the winter."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"${rTitle}","numberOfItems":8}</script>
<script>var pmc_meta={"env":"desktop","page-type":"list","primary-category":"Music","author":["Gideon Marsh","Ines Calloway"]};</script>
<link rel="stylesheet" id="pmc-core-css" href="https://www.rollingdisc.example/wp-content/themes/pmc-rollingdisc/assets/build/css/list.css"></head>
<body class="single single-pmc_list pmc-list-vertical"><div class="l-page">
<header class="l-header"><a class="c-logo" href="/">Rolling Disc</a><nav class="c-nav"><ul>${links(rNav, 'c-nav__item')}</ul></nav></header>
<main class="l-article"><div class="l-article__header"><div class="c-breadcrumbs"><a href="/music/">Music</a><a href="/music/music-lists/">Music Lists</a></div>
<h1 class="c-title">${rTitle}</h1><div class="c-byline"><span class="c-byline__author">By <a href="/author/gideon-marsh/">Gideon Marsh</a>,
<a href="/author/ines-calloway/">Ines Calloway</a></span><time class="c-timestamp" datetime="2026-03-06T10:00:00-05:00">March 6, 2026</time></div>
<div class="c-social-bar"><a href="#fb" class="c-social-bar__link">Share on Facebook</a><a href="#x" class="c-social-bar__link">Share on X</a>
<a href="#em" class="c-social-bar__link">Share to Email</a></div></div>
<div class="c-list__lead">${ps(rIntro)}</div>
<div class="pmc-affiliate-disclaimer"><p>Rolling Disc may receive an affiliate commission if you buy through our links.</p></div>
<div class="c-list">${rItems.map((it, i) => rItem(i, it)).join('\n<div class="admz"><span class="admz-label">Advertisement</span></div>\n')}</div>
<aside class="c-trending"><h3>Trending Stories</h3><ul>${links(rTrend)}</ul></aside>
<div class="c-newsletter"><h3>Get the Rolling Disc Daily</h3><p>The best music news, every morning.</p><button>Sign Up</button></div></main>
<footer class="l-footer"><ul>${links(rFoot)}</ul><p>Rolling Disc is a part of Marlow Media Corp. © 2026 Rolling Disc, LLC. All rights reserved.</p>
</footer></div></body></html>`;
const rollingStone: TestPage = {
  name: 'heldout261-rollingstone-album-list-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rItems.map(([h]) => h),
  body: texts([...rIntro, ...rItems.map(([, p]) => p)]),
  bylines: ['Gideon Marsh', 'Ines Calloway', 'March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Music Lists', 'Share on Facebook', 'Share on X', 'Share to Email',
    'Rolling Disc may receive an affiliate commission if you buy through our links.',
    'Courtesy of the artist', 'Listen', 'Advertisement', 'Trending Stories', ...rTrend, 'Get the Rolling Disc Daily', 'The best music news, every morning.',
    'Sign Up',
    ...rFoot, 'Rolling Disc is a part of Marlow Media Corp. © 2026 Rolling Disc, LLC. All rights reserved.',
  ],
};

export const HELDOUT261_E: readonly TestPage[] = [natgeo, rollingStone];
