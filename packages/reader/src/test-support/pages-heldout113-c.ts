import { links, ps, type TestPage, texts } from './page-kit.js';
import { conversationPage } from './pages-heldout113-c2.js';

/**
 * Held-out batch 113, file c: an NPR story (the global navigation with "Donate" and "NPR Shop", the slug, headline and
 * teaser, the audio module with "Listen", duration and "Transcript", the lead image with "Enlarge this image", caption,
 * "hide caption"/"toggle caption" and credit, the byline block and dateblock, "Sponsor Message" asides and a newsletter promo
 * inside the story text, the "Related Stories" and "More Stories From NPR" rails, the share tools and the four-column footer)
 * and, from file c2, a The Conversation article.
 */
const npTitle = 'A dry summer left Vermont’s maple farmers worried. Then the trees surprised them';
const npP = [
  'When the leaves on Hollis Farm’s sugar maples started turning brown in August, Carla Beaudoin assumed the worst.',
  '“We had gone six weeks with barely any rain,” she says, standing in a grove of trees that her grandfather tapped in the 1960s. ' +
    '“You start doing the math on next spring and it is not good math.”',
  'Maple sap depends on the sugar a tree stores in its roots over the summer and fall. A drought can mean less sugar, and less sugar ' +
    'means more sap has to be boiled down to make the same gallon of syrup. For a farm like Beaudoin’s, with about 4,000 taps outside ' +
    'the town of Lyndon, that can be the difference between a good year and a loss.',
  'But tests this fall by researchers at the state’s maple extension program found something few growers expected. In most of the ' +
    'sites they sampled, sugar levels in the trees were normal or only slightly lower than usual.',
  '“The trees were more resilient than we gave them credit for,” says Dr. Owen Tilley, who runs the program. “A lot of the browning ' +
    'people saw was the trees shutting down their leaves early to save water, and that is a defense, not a collapse.”',
  'Tilley’s team drilled small cores from about 600 trees on 40 farms and measured the starch stored in the wood. Trees on thin, ' +
    'rocky soil did worse, he says, but trees on deeper soils had stored nearly as much as in a wet year.',
  'That does not mean next season is safe. The amount of sap a tree gives depends heavily on the weather in March: cold nights and ' +
    'warm days make it run. Winters in Vermont have been shorter and more erratic, and several farms have started tapping in January ' +
    'to catch early runs.',
  'Beaudoin says she will still tap all 4,000 trees this spring. She has also started thinning the grove to give the strongest maples ' +
    'more room and water.',
  '“My grandfather used to say the trees know more than we do,” she says. “This year I believed him.”',
];
const npNav = ['News', 'Culture', 'Music', 'Podcasts & Shows', 'Search', 'Newsletters', 'NPR Shop'];
const npCaption = 'Carla Beaudoin checks a maple at Hollis Farm in Lyndon, Vt., in September. Many leaves browned early after a dry summer.';
const npCredit = 'Jonah Pryce for NPR';
const npSponsor = ['Sponsor Message', 'Become an NPR sponsor'];
const npNews = 'Sign up for the Up First newsletter, the news you need to start your day.';
const npRelated = ['How warmer winters are changing the sugaring season', 'Vermont farms brace for another year of extreme weather'];
const npMore = [
  'A new study links noise from leaf blowers to poorer sleep',
  'Why some cities are painting their roofs white',
  'The last lighthouse keeper on Lake Superior retires',
];
const npFoot = [
  'Read & Listen',
  'Home',
  'Connect',
  'Facebook',
  'Instagram',
  'Press',
  'Public Editor',
  'Corrections',
  'Contact & Help',
  'About NPR',
  'Overview',
  'Diversity',
  'NPR Network',
  'Accessibility',
  'Ethics',
  'Finances',
  'Get Involved',
  'Support Public Radio',
  'Sponsor NPR',
  'NPR Careers',
  'NPR Events',
  'NPR Extra',
  'terms of use',
  'privacy',
  'your privacy choices',
  'text only',
];
const sponsor = `<aside id="ad-standard-wrap" aria-label="advertisement" class="ad-wrap"><div class="ad-config" data-sizes="[[300,250]]"></div>
<p class="left">${npSponsor[0]}</p><p class="right"><a href="https://www.nationalpublicmedia.com/sponsorship/">${npSponsor[1]}</a></p></aside>`;
const npHtml = `<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8"><title>Vermont maple trees weathered drought better than expected : NPR</title>
<meta name="description" content="A dry summer browned maples across Vermont, but tests found sugar stores held up.">
<meta property="og:site_name" content="NPR"><meta name="author" content="Nell Kaminski"><meta name="date" content="2025-10-07">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${npTitle}",
"author":{"@type":"Person","name":["Nell Kaminski"]},"datePublished":"2025-10-07T05:00:37-04:00","publisher":{"@type":"Organization","name":"NPR"}}</script>
<script>var NPR = NPR || {}; NPR.serverVars = {"storyId":"nx-s1-5541207"};</script>
</head>
<body class="tmplStory id1128"><a class="skiplink" href="#mainContent">Skip to main content</a>
<header id="globalheader" class="globalheader"><div id="navigation" class="global-navigation"><a class="nprlogo" href="/">NPR logo</a>
<nav class="header-nav" aria-label="main navigation"><ul>
${links(npNav, 'navitem')}
</ul></nav><a href="https://www.npr.org/donations/support" class="header-donate">Donate</a><button class="header-sign-in">Sign In</button></div></header>
<main><section id="main-section"><article class="story">
<div class="story-meta has-slug"><div class="slug-wrap"><h3 class="slug"><a href="/sections/climate/">Climate</a></h3></div>
<div class="storytitle"><h1>${npTitle}</h1></div></div>
<div class="bucketwrap resaudio" aria-label="audio-module"><div class="audio-module-controls"><button class="audio-module-listen"><b>Listen</b>
<b class="audio-module-listen-duration">· 3:58</b></button><span>Heard on <a href="/programs/morning-edition/">Morning Edition</a></span>
<a class="audio-tool-transcript" href="/transcripts/nx-s1-5541207">Transcript</a><button>Toggle more options</button><span>Download</span><span>Embed</span>
</div></div>
<div id="storybyline" class="story-meta__one"><div class="byline-container--block"><div class="byline byline--block">
<p class="byline__name byline__name--block"><a href="/people/348112/nell-kaminski" rel="author">Nell Kaminski</a></p></div></div>
<div class="dateblock"><time datetime="2025-10-07T05:00:37-04:00"><span class="date">October 7, 2025</span><span class="time">5:00 AM ET</span></time></div>
</div>
<div id="storytext" class="storytext storylocation linkLocation">
<div id="res-nx-s1-5541208" class="bucketwrap image large"><div class="imagewrap has-source-dimensions"><a class="enlargebtn">Enlarge this image</a>
<picture><img src="https://npr.brightspotcdn.com/dims3/maple.jpg" alt="A woman examines a maple tree trunk."></picture></div>
<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>${npCaption}</p></div></div>
<span class="credit" aria-label="Image credit">${npCredit}</span><b class="hide-caption"><b>hide caption</b></b>
<b class="toggle-caption"><b>toggle caption</b></b></div></div>
${ps(npP.slice(0, 4))}
${sponsor}
${ps(npP.slice(4, 6))}
<div class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket"><h3>Related Stories</h3><ul>
${links(npRelated, 'related-story')}
</ul></div></div>
${ps(npP.slice(6))}
<div class="newsletter-acquisition-callout" aria-label="newsletter-callout"><p>${npNews}</p><form><label>Email address</label><input type="email">
<button>Subscribe</button></form><p class="disclaimer">See more subscription options</p></div>
${sponsor}
</div>
<div class="share-tools share-tools--secondary" aria-label="Share"><ul><li>Facebook</li><li>Flipboard</li><li>Email</li></ul></div>
</article>
<aside id="recommended" class="more-from"><h2>More Stories From NPR</h2><ul>
${links(npMore, 'item')}
</ul></aside></section></main>
<footer id="npr-footer"><div class="footer-cols"><ul>
${links(npFoot, 'footer-item')}
</ul></div><p>© 2025 npr</p></footer>
<script src="https://www.npr.org/templates/javascript/require.js" defer></script>
</body>
</html>`;

const nprPage: TestPage = {
  name: 'heldout113-npr-news',
  kind: 'news',
  html: npHtml,
  title: npTitle,
  headings: [],
  body: texts(npP),
  bylines: ['Nell Kaminski', 'October 7, 2025', '5:00 AM ET'],
  furniture: [
    'Skip to main content',
    ...npNav,
    'Donate',
    'Sign In',
    'Climate',
    'Listen',
    '· 3:58',
    'Morning Edition',
    'Transcript',
    'Toggle more options',
    'Download',
    'Embed',
    'Enlarge this image',
    npCaption,
    npCredit,
    'hide caption',
    'toggle caption',
    ...npSponsor,
    'Related Stories',
    ...npRelated,
    npNews,
    'Email address',
    'See more subscription options',
    'Flipboard',
    'More Stories From NPR',
    ...npMore,
    ...npFoot,
    '© 2025 npr',
  ],
};

export const HELDOUT113_C: readonly TestPage[] = [nprPage, conversationPage];
