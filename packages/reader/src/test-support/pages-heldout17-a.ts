import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 17, file a: a BBC News-style article (ssrcss-* hashed classes, data-component blocks for headline, byline,
 * image with "Image source" copyright label and "Image caption", text and subheadline blocks, "Related topics" tags, "More on
 * this story" links, "Top stories" and "Features" rails, cookie banner, orbit nav and footer) and an AP News-style story
 * (Page-content, RichTextStoryBody with an in-body "Related Stories" list and ADVERTISEMENT slots, the "The Associated Press
 * receives support from..." note, contributor line, author card, "Most Read" rail, footer).
 */
const bbTitle = 'Bardsey Island ferry halted for summer after storm wrecks slipway';
const bbBody1 = [
  '<b>Day trips to Bardsey Island have been cancelled for the rest of the summer after a winter storm tore away part of the slipway ' +
    'used by the only passenger boat to the island.</b>',
  'The concrete landing at Porth Meudwy, on the tip of the Llŷn Peninsula in Gwynedd, was undermined by waves during Storm Bronagh ' +
    'in January and a section around eight metres long has since collapsed into the sea.',
  'The boat operator said it could not safely carry visitors across Bardsey Sound until a new landing was built, and has refunded ' +
    'more than 1,400 bookings made for the season.',
  'About 10,000 people visit Bardsey, known in Welsh as Ynys Enlli, each year, many of them following an old pilgrims’ route to the ' +
    'ruins of the abbey of St Mary.',
];
const bbSub1 = 'Islanders rely on the crossing';
const bbBody2 = [
  'The island has a handful of permanent residents, a bird observatory and a small farm, and all of them depend on the same ' +
    'crossing for food, fuel and post.',
  '“We can still get supplies over on calm days using the beach at Aberdaron, but it is slow and it is not something you can do ' +
    'with a boat full of visitors,” said Siân Pritchard, who has farmed on Bardsey for eleven years.',
  'The Bardsey Island Trust, which owns the island, said the loss of visitor income would leave a gap of about £90,000 in its budget ' +
    'this year, money that normally pays for the upkeep of its nine listed farmhouses.',
];
const bbSub2 = 'Repairs will need marine licence';
const bbBody3 = [
  'Gwynedd Council, which is responsible for the slipway, said engineers had drawn up plans for a replacement landing but that the ' +
    'work needed a marine licence from Natural Resources Wales because the site lies within a special area of conservation.',
  'A council spokesperson said it hoped to start construction in October, when the seal pupping season along that stretch of coast ' +
    'has ended, and to reopen the crossing by Easter next year.',
  'Local MS Mabon ap Gwynfor said the delay showed how vulnerable small coastal communities were to more frequent storms, and called ' +
    'on the Welsh government to set up a fund for harbour repairs.',
];
const bbImgCaption = 'The passenger boat to Bardsey has run from Porth Meudwy since the 1970s';
const bbImg2Caption = 'Part of the slipway collapsed into the sea after the January storm';
const bbNav = ['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Arts', 'Travel', 'Earth', 'Audio', 'Video', 'Live'];
const bbSubNav = ['Wales Politics', 'Wales Business', 'North West Wales', 'North East Wales', 'Mid Wales', 'South West Wales', 'South East Wales'];
const bbTopics = ['Aberdaron', 'Natural Resources Wales', 'Gwynedd Council', 'Ferries'];
const bbMore = ['Storm Bronagh: Thousands without power in north Wales', 'Pilgrims walk 140 miles to island of 20,000 saints'];
const bbTop = [
  'Interest rates held as Bank warns of slower growth',
  'Firefighters tackle large blaze at disused Swansea warehouse',
  'Teachers in Wales accept revised pay offer',
];
const bbFeat = [
  'The village that built its own broadband network',
  'Why are so many young people learning Welsh online?',
  'Inside the slate quarry that became a zip-wire park',
];
const bbFoot = [
  'Terms of Use',
  'About the BBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Parental Guidance',
  'Contact the BBC',
  'BBC emails for you',
  'Advertise with the BBC',
  'Do not share or sell my info',
];
const bbCopy = 'Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites.';
const bbImage = (src: string, source: string, caption: string): string => `<figure class="ssrcss-19mq2c-StyledFigure e34k3c23">
<div class="ssrcss-ab5fd8-StyledFigureContainer e34k3c21"><span class="ssrcss-1vdp97b-Placeholder"><img sizes="(min-width: 1280px) 50vw, 100vw"
src="https://ichef.bbci.example/news/480/cpsprodpb/${src}.jpg.webp" alt="" class="ssrcss-evoj7m-Image edrdn950" width="1024" height="576"></span>
<span role="text" class="ssrcss-1tae6ta-Copyright e34k3c20"><span class="ssrcss-1mqpqcu-VisuallyHidden">Image source, </span>${source}</span></div>
<figcaption class="ssrcss-1hjuztf-Caption e34k3c22"><span class="ssrcss-1mqpqcu-VisuallyHidden">Image caption, </span>${caption}</figcaption></figure>`;
const bbText = (paras: readonly string[]): string =>
  paras
    .map(
      (p) => `<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">${p}</p></div>`,
    )
    .join('\n');
const bbSubhead = (t: string): string =>
  `<div data-component="subheadline-block" class="ssrcss-1u6nubi-SubheadlineComponentWrapper"><h2 class="ssrcss-y7ikp7-StyledHeading e10rt3ze0">${t}</h2>
</div>`;
const bbRail = (title: string, items: readonly string[]): string => `<section data-component="${title === 'Top stories' ? 'top-stories' : 'features'}"
class="ssrcss-1mfmz3m-Stack"><h2 class="ssrcss-1ueyd4e-StyledHeading">${title}</h2><ul class="ssrcss-1o5dy5j-StyledList">
${items
  .map(
    (
      t,
      i,
    ) => `<li class="ssrcss-1ho3nxi-ListItem"><a href="/news/articles/c${i}x9" class="ssrcss-1b1mki6-PromoLink"><span><p class="ssrcss-17zglt8-PromoHeadline">
<span>${t}</span></p></span></a></li>`,
  )
  .join('\n')}</ul></section>`;
const bbHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${bbTitle} - BBC News</title>
<meta name="description" content="Day trips to the island are cancelled after Storm Bronagh undermined the landing at Porth Meudwy.">
<meta property="og:site_name" content="BBC News"><meta property="article:author" content="https://www.facebook.com/bbcnews">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.bbc.example/news/articles/c4gp8e2lm7yo",
"headline":"${bbTitle}","datePublished":"2025-05-12T05:02:41.000Z","dateModified":"2025-05-12T05:02:41.000Z",
"author":[{"@type":"Person","name":"Elin Haf Roberts"}],"publisher":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script>
<style>.ssrcss-1q0x1qg-Paragraph{margin:0 0 1.5rem;font-size:1.125rem}.ssrcss-1mqpqcu-VisuallyHidden{clip-path:inset(100%);position:absolute}</style>
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"article\\":{\\"isAvailable\\":true}}}";</script></head>
<body><div id="__next">
<div id="bbccookies" class="bbccookies-banner" role="region" aria-label="Cookie banner"><h2 id="bbccookies-title">Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<button id="bbccookies-continue-button">Yes, I agree</button><a id="bbccookies-settings" href="/usingthebbc/cookies/">No, take me to settings</a></div>
<header data-testid="header-content" class="ssrcss-1wbj3i2-HeaderWrapper"><a href="#main-content" class="ssrcss-1hp8sig-SkipLink">Skip to content</a>
<a href="/" class="ssrcss-1ukyx8h-BrandLink" aria-label="British Broadcasting Corporation">BBC</a>
<button class="ssrcss-gp1i0r-RegisterButton">Register</button><button class="ssrcss-1b4q7r-SignInButton">Sign In</button>
<nav aria-label="BBC" class="ssrcss-1wr8bfy-Nav"><ul class="ssrcss-1fiotzt-NavList">${links(bbNav, 'ssrcss-1x8cahu-NavItem')}</ul></nav>
<nav aria-label="Wales" class="ssrcss-1rt5d3g-SecondaryNav"><a href="/news/wales" class="ssrcss-1lnkqv8-SectionTitle">Wales</a><ul>
${links(bbSubNav, 'ssrcss-1vdnmdo-SecondaryNavItem')}</ul></nav></header>
<div id="main-content" data-testid="main-content" class="ssrcss-1d7pz5d-MainContent"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l5">
<div data-component="headline-block" class="ssrcss-1jnhthi-ComponentWrapper"><h1 id="main-heading" type="headline" tabindex="-1"
class="ssrcss-1s9pby4-Heading e10rt3ze0"><span role="text">${bbTitle}</span></h1></div>
<div data-component="byline-block" class="ssrcss-1gw7tty-ComponentWrapper"><div data-testid="byline-new" class="ssrcss-1xj4jfe-BylineContainer">
<time data-testid="timestamp" datetime="2025-05-12T05:02:41.000Z" class="ssrcss-1vxufgx-Timestamp">12 May 2025</time>
<div class="ssrcss-1fl0kdg-BylineContributors"><span data-testid="byline-name" class="ssrcss-1lqn8e8-Contributor">Elin Haf Roberts</span>
<span data-testid="byline-role" class="ssrcss-1lrnvbt-Role">BBC News, north-west Wales</span></div></div>
<div class="ssrcss-1bt8ghl-SocialShare"><button class="ssrcss-1ghwa6s-ShareButton">Share</button><button class="ssrcss-9y8oar-SaveButton">Save</button>
</div></div>
<div data-component="image-block" class="ssrcss-1mrhgda-ComponentWrapper">${bbImage('c1b2/live/boat-porth-meudwy', 'Getty Images', bbImgCaption)}</div>
${bbText(bbBody1)}
${bbImage('5e0f/live/slipway-collapse', 'Gwynedd Council', bbImg2Caption)}
${bbSubhead(bbSub1)}
${bbText(bbBody2)}
${bbSubhead(bbSub2)}
${bbText(bbBody3)}
<div data-component="links-block" class="ssrcss-1y2hyne-ComponentWrapper"><h2 class="ssrcss-1j0uqwp-StyledHeading">More on this story</h2><ul>
${links(bbMore, 'ssrcss-1n7hynb-ListItem')}</ul></div>
<div data-component="tags" class="ssrcss-1g9o2vn-TopicListWrapper"><h2 class="ssrcss-1wsbum8-TopicListHeading">Related topics</h2>
<ul class="ssrcss-1dx4gbm-TopicList">${links(bbTopics, 'ssrcss-1axtp0h-ListItem')}</ul></div>
</article>
<aside class="ssrcss-11r1m41-Aside">${bbRail('Top stories', bbTop)}
${bbRail('Features', bbFeat)}</aside></div>
<footer data-testid="footer" class="ssrcss-1h4x0ir-FooterWrapper"><ul class="ssrcss-1ghlz6r-FooterList">${links(bbFoot, 'ssrcss-1tlfmo6-FooterListItem')}</ul>
<p class="ssrcss-u2ygjl-FooterDisclaimer"><span>${bbCopy}</span> <a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external
linking.</a></p></footer></div>
<script src="https://static.files.bbci.example/bbcdotcom/web/20250512/js/main.js" async></script></body></html>`;
const bbc: TestPage = {
  html: bbHtml,
  name: 'heldout17-bbc-news',
  kind: 'news',
  // the bold first text block is the story's intro: body; the two subheadline blocks are headings; the reporter's name
  // and the "12 May 2025" timestamp are bylines, her role line ("BBC News, north-west Wales") furniture as an affiliation;
  // "Image source, ..." copyright labels and "Image caption, ..." captions, share/save, "More on this story" and
  // "Related topics" (inside the <article>), the rails, cookie banner, nav and footer are furniture; the nav's "Home",
  // "News", "Live" and the Wales label, and the topics "Aberdaron", "Natural Resources Wales" and "Gwynedd Council" are
  // words of the title or body: left out
  title: bbTitle,
  headings: [bbSub1, bbSub2],
  body: [...texts(bbBody1), ...texts(bbBody2), ...texts(bbBody3)],
  bylines: ['Elin Haf Roberts', '12 May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Let us know you agree to cookies', 'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    'Yes, I agree', 'No, take me to settings', 'Skip to content', 'BBC', 'Register', 'Sign In',
    ...bbNav.filter((t) => !['Home', 'News', 'Live'].includes(t)), ...bbSubNav, 'BBC News, north-west Wales', 'Share', 'Save',
    'Image source, Getty Images', `Image caption, ${bbImgCaption}`, 'Image source, Gwynedd Council', `Image caption, ${bbImg2Caption}`,
    'More on this story', ...bbMore, 'Related topics', 'Ferries', 'Top stories', ...bbTop, 'Features', ...bbFeat, ...bbFoot, bbCopy,
    'Read about our approach to external linking.',
  ],
};

const apTitle = 'Idaho ranchers and trout anglers strike a deal to keep water in the Big Lost River';
const apBody1 = [
  'MACKAY, Idaho (AP) — For most of the past decade, the lower stretch of the Big Lost River in central Idaho has run dry by late ' +
    'July, leaving trout stranded in shrinking pools and ranchers blaming anglers, and anglers blaming ranchers, for the empty channel.',
  'On Tuesday the two sides signed an agreement that both say could change that. Under the deal, eleven ranching families will ' +
    'leave part of their irrigation water in the river during the hottest weeks of summer, and a coalition of fishing groups will ' +
    'pay them for the hay they do not grow.',
  'The payments, about $1.8 million over five years, come from a mix of private donations and a federal drought program. The ' +
    'ranchers keep their water rights, which in Idaho can be lost if water is not put to use, because the state Legislature ' +
    'approved a law last year that counts water left in a stream under a signed agreement as a beneficial use.',
];
const apBody2 = [
  '“My grandfather would have thought this was crazy, getting paid not to irrigate,” said Wade Hollister, whose family has raised ' +
    'cattle near Mackay since 1911. “But the river has changed, the snow has changed, and we were fighting over a ditch that was ' +
    'going dry either way.”',
  'The Big Lost is fed mostly by snowmelt from the Pioneer and Lost River ranges. Snowpack in the basin has come in below average in ' +
    'six of the last nine winters, and the peak runoff now arrives about two weeks earlier than it did in the 1980s, according to ' +
    'data from the Natural Resources Conservation Service.',
  'Fishing groups say the deal should keep at least 30 cubic feet per second flowing past the town of Arco through August, enough ' +
    'for rainbow trout to move between cold springs and deeper pools.',
  'Not everyone is convinced. Some downstream irrigators worry that more water in the river will simply sink into the porous lava ' +
    'rock beneath the lower valley before it reaches them. State hydrologists plan to install four new stream gauges this summer to ' +
    'measure how much water the agreement actually keeps in the channel.',
  'Similar arrangements have been tried on rivers in Montana and Oregon, with mixed results. Idaho officials said the Big Lost deal ' +
    'would be reviewed after its second summer.',
];
const apRelated = [
  'Western states race to update water laws as snowpack shrinks',
  'Drought pushes Idaho farmers to sell water rights to cities',
  'Trout die-off in Montana river prompts fishing closures',
];
const apNote =
  'The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental policy. The AP ' +
  'is solely responsible for all content. For all of AP’s environment coverage, visit https://apnews.example/hub/climate-and-environment';
const apContrib = 'Associated Press writer Rebecca Boone in Boise contributed to this report.';
const apBio = 'Cal Whitford covers water, land and energy in the American West for The Associated Press.';
const apNav = ['World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Fact Check', 'Oddities', 'Be Well', 'Newsletters'];
const apMost = [
  'A wildfire near Yosemite forces evacuations of two mountain towns',
  'Senate passes stopgap spending bill hours before deadline',
  'Gold prices hit another record high as the dollar weakens',
  'What to know about the measles outbreak in West Texas',
];
const apFoot = [
  'About',
  'Contact Us',
  'AP News Values and Principles',
  'AP’s Role in Elections',
  'AP Stylebook',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
];
const apShare = ['Copy', 'Link copied', 'Email', 'Facebook', 'X', 'LinkedIn', 'Bluesky', 'Flipboard', 'Pinterest', 'Reddit'];
const apAd =
  '<div class="Advertisement" data-ad-slot="ap/article/inline"><div class="Advertisement-label">ADVERTISEMENT</div><div id="div-gpt-ad-9"></div></div>';
const apHtml = `<!DOCTYPE html>
<html class="Page" lang="en"><head><meta charset="UTF-8"><title>${apTitle} | AP News</title>
<meta property="og:type" content="article"><meta name="brightspot.contentId" content="00000196-b3f4-d1e2-a7f7-fbfe85ab0000">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${apTitle}",
"author":[{"@type":"Person","name":"Cal Whitford"}],"datePublished":"2025-06-03T18:22:41Z","dateModified":"2025-06-03T21:07:12Z",
"publisher":{"@type":"Organization","name":"AP News"},"keywords":["Idaho","Water","Drought"]}</script>
<script>window.dataLayer=[{"contentType":"story","primaryTag":"idaho","byline":"cal whitford"}];</script></head>
<body class="Page-body"><div class="Page-header-stickyWrap"><header class="Page-header"><a class="Page-header-logo" href="/">AP</a>
<nav class="Page-header-navigation"><ul class="Navigation-items">${links(apNav, 'Navigation-items-item')}</ul></nav>
<a class="Page-header-donate" href="/donate">SUPPORT INDEPENDENT JOURNALISM</a><button class="Page-header-search-button">Search</button></header></div>
<main class="Page-main"><div class="Page-content"><div class="Page-storyBody"><div class="Page-lead">
<h1 class="Page-headline">${apTitle}</h1>
<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/author/cal-whitford">Cal Whitford</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1748985432000"><span data-date>Updated 5:07 PM EDT, June 3, 2025</span></bsp-timestamp></div>
</div>
<bsp-share-tools class="Page-actions"><button class="Page-actions-share">Share</button><div class="ShareTools">
${apShare.map((s) => `<span class="ShareTools-item">${s}</span>`).join('\n')}</div></bsp-share-tools>
<figure class="Figure"><picture><img class="Image" alt="Dry riverbed" src="https://dims.apnews.example/dims4/default/big-lost-dry.jpg"></picture>
<figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>The channel of the Big Lost River sits dry near Arco, Idaho, Aug. 14,
2024. (AP Photo/Kyle Greer)</p></div></figcaption></figure></div>
<div class="RichTextStoryBody RichTextBody">
${ps(apBody1)}
${apAd}
<div class="Enhancement" data-align-center><div class="PageListStandardE"><div class="PageList-header"><h2 class="PageList-header-title">Related Stories
</h2></div><ul class="PageList-items">${apRelated
  .map(
    (t) =>
      `<li class="PageList-items-item"><div class="PagePromo"><h3 class="PagePromo-title"><a class="Link" href="/article/x">
<span class="PagePromoContentIcons-text">${t}</span></a></h3></div></li>`,
  )
  .join('\n')}</ul></div></div>
${ps(apBody2)}
${apAd}
<p>___</p>
<p>${apContrib}</p>
<p><em>${apNote}</em></p>
</div>
<div class="Page-authorInfo"><div class="AuthorCard"><a class="AuthorCard-name" href="/author/cal-whitford">CAL WHITFORD</a>
<p class="AuthorCard-bio">${apBio}</p><a class="AuthorCard-email" href="mailto:cwhitford@ap.example">email</a></div></div></div>
<aside class="Page-aside"><div class="PageListMostRead"><h2 class="PageList-header-title">Most Read</h2><ol>${links(apMost, 'PageList-items-item')}</ol></div>
${apAd}</aside></div></main>
<footer class="Page-footer"><ul class="Page-footer-navigation">${links(apFoot)}</ul>
<p class="Page-footer-disclaimer">Copyright 2025 The Associated Press. All Rights Reserved.</p></footer>
<script src="https://assets.apnews.example/js/All.min.js" async></script></body></html>`;
const ap: TestPage = {
  html: apHtml,
  name: 'heldout17-ap-news-story',
  kind: 'news',
  // the MACKAY, Idaho (AP) dateline opens the first paragraph and stays body; "Cal Whitford" (the "By" line) and the
  // "Updated ..." stamp are bylines, the contributor line at the end a byline too (a credit, as batch 16's "Source:" line);
  // the "___" rule is in neither list; the in-body "Related Stories" list, ADVERTISEMENT slots, share tools, photo caption,
  // the funder note, the author card (its capitalised name, bio and email link), Most Read, nav and footer are furniture;
  // the logo "AP" (the dateline's "(AP)") and the footer's "About" are words of the body: left out
  title: apTitle,
  headings: [],
  body: [...texts(apBody1), ...texts(apBody2)],
  bylines: ['Cal Whitford', 'Updated 5:07 PM EDT, June 3, 2025', apContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...apNav, 'SUPPORT INDEPENDENT JOURNALISM', 'Search', 'Share', ...apShare,
    'The channel of the Big Lost River sits dry near Arco, Idaho, Aug. 14, 2024. (AP Photo/Kyle Greer)', 'ADVERTISEMENT', 'Related Stories',
    ...apRelated, apNote, 'CAL WHITFORD', apBio, 'email', 'Most Read', ...apMost,
    ...apFoot.filter((t) => t !== 'About'), 'Copyright 2025 The Associated Press. All Rights Reserved.',
  ],
};

export const HELDOUT17_A: readonly TestPage[] = [bbc, ap];
