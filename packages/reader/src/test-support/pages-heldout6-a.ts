import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 6 (news/magazine), written in session 10 without reading the reader's rules:
 * a magazine long-read on a Condé Nast style template (rubric, dek, drop cap, pull quote,
 * print-edition note, contributor bio), and an opinion column on a Guardian style template
 * (standfirst, author note and letters prompt inside the article body, "Most viewed" rail).
 */
const organs = [
  'On the morning I arrived, Agnes Mabry was lying on her back inside an organ. Only her boots were visible, sticking out from a gap in the ' +
    'casework of St. Oswald’s, a soot-dark Victorian church on a hill above Todmorden, and her voice came up through the pipes as a kind of hollow ' +
    'murmur. “Don’t touch the swell pedal,” she said. “There’s a mouse nest in the linkage, and I’d rather he moved out on his own.”',
  'Mabry is sixty-three. For thirty-one years she has run Calder Organ Works with her brother, Dennis, and a former apprentice named Tunde Okafor, ' +
    'who is now fifty and still gets called “the lad.” Between them they tune, clean and rebuild the instruments of roughly a hundred and ninety ' +
    'churches, chapels, town halls and one crematorium, spread across the hill country between Leeds and Manchester. When something goes wrong ' +
    'with an organ anywhere in that region, there is a good chance that the phone rings in their workshop, a long, unheated room above a former ' +
    'dye works in Halifax.',
  'An organ is less a single instrument than a small building full of them. The one at St. Oswald’s has eleven hundred pipes, the longest of them ' +
    'sixteen feet, the shortest no bigger than a pencil. Each one speaks only when air reaches it, and the air arrives through a maze of leather ' +
    'valves, wooden channels and wire linkages that the Victorians built to last a century and that, in many churches, have now lasted nearly a ' +
    'century and a half. Leather dries out. Glue lets go. Mice, Mabry told me, are a constant.',
  'The work is slow by design. Releathering a single wind chest can take Okafor three weeks, because each of the small pouches that open the ' +
    'valves has to be cut, glued and tested by hand. He showed me a tray of them, pale discs of lambskin no wider than a coin, arranged in rows ' +
    'like biscuits cooling. “If you rush one, you hear it in ten years,” he said. “A cipher in the middle of a funeral. That’s the kind of thing ' +
    'people remember.”',
  'The economics are harder to fix than the organs. Congregations in the region have shrunk steadily, and the churches that remain often have ' +
    'roofs and heating to pay for before anything else. A full restoration can cost more than a hundred thousand pounds; Dennis Mabry keeps a ' +
    'folder of quotes that were accepted with gratitude and then never paid for, because the parish’s money ran out first. In the meantime, the ' +
    'workshop does what it can with patches, and with what Agnes calls “keeping it breathing.”',
  'There is also the question of who comes next. The trade has no formal qualification in Britain, and most builders learn it the way Okafor did, ' +
    'by turning up at a workshop as a teenager and refusing to leave. Calder took on its last apprentice in 2009. She stayed four years and then ' +
    'went to work for a firm in the Netherlands that builds new instruments, where the pay is better and the wind chests are not full of mice.',
  'Agnes Mabry does not sound bitter about this. She talks instead about the organs themselves, which she describes as if they were elderly ' +
    'relatives with strong opinions. The instrument at Heptonstall Methodist is “sulky in cold weather.” The one in Hebden Bridge town hall “likes ' +
    'to be played loudly or not at all.” Tuning an organ, she explained, is partly a negotiation with the building: a stone church in January can ' +
    'be ten degrees colder than in August, and the pipes go flat as the air in them cools.',
  'On my second day, the three of them tuned the reed stops at St. Oswald’s, a process that needs one person at the keyboard and another inside ' +
    'the case, adjusting each pipe with a small tool while calling out through the dark. It took the whole afternoon. Okafor played the same note ' +
    'over and over, a low brassy bark, and Mabry’s voice came back from inside: “Up. No. Down a hair. There.” By four o’clock the light through ' +
    'the clerestory windows had gone orange and then grey, and the church had become noticeably colder.',
  'When they finished, Dennis asked Okafor to play something, and he chose, without much hesitation, a hymn tune I didn’t recognize, slow and in a ' +
    'minor key. The sound filled the church in a way that made the building seem briefly larger. Agnes climbed out of the case, brushed the dust ' +
    'off her jumper and listened with her eyes shut. When it ended she said only, “The trumpet’s still a bit bright,” and went back in.',
  'Later, in the car park, I asked her what would happen to the organs in the valley when the three of them stopped working. She thought about it ' +
    'for a while. “Some will be fine for twenty years,” she said. “Some will go quiet in five. And then somebody will put an electric keyboard in ' +
    'the corner, and it will be perfectly all right, and nobody under forty will know what they’re missing.”',
];
const organsDek =
  'In a cold workshop above a Halifax dye works, three restorers look after almost two hundred church organs. There is no one in line to take over.';
const organsHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>The People Who Keep the Pipes Singing | The Meridian</title>
<meta name="description" content="${organsDek}">
<meta property="og:type" content="article"><meta property="og:title" content="The People Who Keep the Pipes Singing">
<meta property="og:site_name" content="The Meridian"><meta name="author" content="Harriet Olowe">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"The People Who Keep the Pipes Singing",
"author":[{"@type":"Person","name":"Harriet Olowe"}],"datePublished":"2025-05-05T06:00:00.000-04:00","articleSection":"annals of craft"}</script>
<link rel="stylesheet" href="https://assets.meridianmag.com/verso/static/css/main.3f9a1c.css">
</head><body><div id="app-root"><div class="BaseWrap-sc-gjQpdd page">
<a class="SkipLink-kUFxLw" href="#main-content">Skip to main content</a>
<header class="StackedNavigationWrapper-eOaVSA"><div class="NavigationUtilities-cTkBvQ">
<a href="/newsletters" class="UtilityLink">Newsletter</a><a href="/account/sign-in" class="UtilityLink">Sign In</a>
<button class="SearchButton" aria-label="Open search">Search</button>
<a class="SubscribeLink-jJnvYt" href="/subscribe">Subscribe</a></div>
<a class="BrandLogo" href="/"><span class="visually-hidden">The Meridian</span></a>
<nav class="NavigationListWrapper" aria-label="Main"><ul class="NavigationList">
<li><a href="/news">News</a></li><li><a href="/culture">Books &amp; Culture</a></li>
<li><a href="/fiction-and-poetry">Fiction &amp; Poetry</a></li><li><a href="/humor">Humor</a></li>
<li><a href="/games">Puzzles &amp; Games</a></li></ul></nav></header>
<div class="PaywallBarWrapper-fMnQtt"><p>You’re reading your last free article.</p>
<a href="/subscribe?source=bar">Subscribe for $1 a week</a></div>
<main id="main-content"><article class="article main-content" lang="en-GB">
<header class="SplitScreenContentHeaderWrapper-cfrsXn"><div class="ContentHeaderRubric" data-testid="ContentHeaderRubric">
<a href="/annals-of-craft" class="RubricLink">Annals of Craft</a></div>
<h1 data-testid="ContentHeaderHed" class="ContentHeaderHed-NCyCC">The People Who Keep the Pipes Singing</h1>
<div class="ContentHeaderDek-bIqFFZ">${organsDek}</div>
<div class="BylinesWrapper-KIudk"><p class="BylineWrapper"><span class="BylinePreamble">By </span><span class="BylineName">
<a href="/contributors/harriet-olowe" class="BylineLink">Harriet Olowe</a></span></p>
<time class="ContentHeaderPublishDate" datetime="2025-05-05">May 5, 2025</time></div>
<div class="ActionBarWrapperContent"><button class="SaveButton">Save this story</button><button class="ShareButton">Share</button></div>
<figure class="ResponsiveAssetFigure"><picture class="ResponsiveImagePicture"><img alt="A woman inside an organ case"
 src="https://media.meridianmag.com/photos/organ-works.jpg"></picture>
<figcaption class="CaptionWrapper"><span class="CaptionText">Agnes Mabry inside the case of the organ at St. Oswald’s, Todmorden.</span>
<span class="CaptionCredit">Photograph by Callum Reyes for The Meridian</span></figcaption></figure></header>
<div class="ArticlePageChunksContent"><div class="body__inner-container">
<p class="has-dropcap has-dropcap__lead-standard-heading">${organs[0]}</p>
${ps(organs.slice(1, 4))}
<aside class="PullQuoteEmbed-hBkyfb"><blockquote><p class="PullQuoteEmbedText">“If you rush one, you hear it in ten years. ... A cipher
 in the middle of a funeral.”</p></blockquote></aside>
${ps(organs.slice(4, 6))}
<div class="ad ad--in-content" data-slot-type="mid-content"><span class="ad__label">Advertisement</span></div>
${ps(organs.slice(6))}
<p class="PrintEdition"><em>Published in the print edition of the <a href="/magazine/2025/05/12">May 12, 2025</a>, issue,
 with the headline “Breath and Wind.”</em></p></div></div>
<div class="ContributorBioBlock"><p class="ContributorBio"><a href="/contributors/harriet-olowe">Harriet Olowe</a> is a staff writer at
 The Meridian. Her most recent book is “Salt Roads.”</p></div>
</article>
<section class="NewsletterSubscribeForm"><h3>Sign up for The Meridian Daily</h3>
<p>Get the best of the magazine in your inbox every weekday.</p><button type="submit">Sign up</button>
<p class="legal">By signing up, you agree to our User Agreement and Privacy Policy &amp; Cookie Statement.</p></section>
<section class="RecircMostPopular" data-testid="recirc"><h2 class="RecircHeading">More Annals of Craft</h2><ul>
<li><a href="/a/1">The Last Man Who Can Fix a Jacquard Loom</a></li>
<li><a href="/a/2">What the Thatchers Know About Rain</a></li>
<li><a href="/a/3">A Bell Foundry Rings Its Final Note</a></li></ul></section>
</main><footer class="SiteFooter"><p>© 2025 Meridian Publications LLC. All rights reserved.</p>
<a href="/privacy-choices">Your Privacy Choices</a></footer></div></div>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headline":"The People Who Keep the Pipes Singing"}}};</script>
</body></html>`;
const magazine: TestPage = {
  name: 'heldout6-magazine-longread',
  kind: 'news',
  // gold: headline, the dek under it, and the story paragraphs (the drop-cap lead included); the
  // rubric, photo caption and credit and the pull quote (an elided repeat of paragraph 4) are
  // furniture; the contributor bio and the print-edition note count as bylines
  title: 'The People Who Keep the Pipes Singing',
  headings: [],
  body: [organsDek, ...texts(organs)],
  bylines: [
    'By Harriet Olowe',
    'May 5, 2025',
    'Published in the print edition of the May 12, 2025, issue, with the headline “Breath and Wind.”',
    'Harriet Olowe is a staff writer at The Meridian. Her most recent book is “Salt Roads.”',
  ],
  furniture: [
    'Skip to main content',
    'Newsletter',
    'Sign In',
    'Subscribe',
    'Books & Culture',
    'Fiction & Poetry',
    'Puzzles & Games',
    'You’re reading your last free article.',
    'Subscribe for $1 a week',
    'Annals of Craft',
    'Save this story',
    'Agnes Mabry inside the case of the organ at St. Oswald’s, Todmorden.',
    'Photograph by Callum Reyes for The Meridian',
    '“If you rush one, you hear it in ten years. ... A cipher in the middle of a funeral.”',
    'Advertisement',
    'Sign up for The Meridian Daily',
    'Get the best of the magazine in your inbox every weekday.',
    'By signing up, you agree to our User Agreement and Privacy Policy & Cookie Statement.',
    'More Annals of Craft',
    'The Last Man Who Can Fix a Jacquard Loom',
    'What the Thatchers Know About Rain',
    'A Bell Foundry Rings Its Final Note',
    '© 2025 Meridian Publications LLC. All rights reserved.',
    'Your Privacy Choices',
  ],
  html: organsHtml,
};

const buses = [
  'Every weekday at 7.42am, according to the timetable fixed to the shelter at the end of my road, a number 31 bus leaves for the city centre. I ' +
    'have caught it perhaps twice this month. On the other mornings it was either not there at all or arrived together with the 7.54, the two ' +
    'buses nose to tail like nervous ducklings, the second one nearly empty.',
  'This is not a complaint about one route. <a href="/uk/2025/may/07/bus-reliability-figures">Figures published last week</a> by the regional ' +
    'transport authority show that across the city, 23% of scheduled bus journeys in the last quarter either did not run or ran more than 10 ' +
    'minutes late. On some of the busiest corridors in the east, the figure was closer to a third. The authority’s own target is 5%.',
  'It is easy to treat this as an irritation, the kind of thing that fills the letters page and is then forgotten. But unreliability does ' +
    'something more corrosive than make people late. A timetable is a promise, and when it is broken often enough people stop believing it. They ' +
    'leave 30 minutes early “just in case”, which makes every trip longer. They stop taking the bus for anything that matters – a job interview, a ' +
    'hospital appointment, the school run – and keep it only for journeys where lateness costs nothing.',
  'Those who can, buy a car. Those who cannot, and they are disproportionately the young, the old, the disabled and the poor, simply shrink the ' +
    'size of their lives to fit the network. Researchers call this “transport poverty”, and it is not an abstraction: it is the care worker who ' +
    'turns down a better-paid shift on the other side of the city because she cannot be sure of getting home.',
  'The causes are not mysterious. Operators are short of around 300 drivers, and cancellations are the result. Congestion on a handful of ' +
    'junctions knocks services out of pattern for the rest of the day. And the contracts under which private companies run the routes pay them ' +
    'mostly for miles scheduled, not for buses that actually turn up on time.',
  'Yet the authority’s response, unveiled with some fanfare this spring, is a set of new routes: an express to the airport and two orbital lines ' +
    'that skirt the centre. New routes photograph well. Reliability does not. Nobody cuts a ribbon for a 7.42 that leaves at 7.42.',
  'A better plan would start with the boring things. Pay drivers enough to keep them, and train more of them. Put bus lanes and signal priority on ' +
    'the 12 junctions where delays begin. Rewrite the contracts so operators are paid for punctuality, with penalties that bite. Publish the ' +
    'reliability figures for every route every month, in plain language, at every stop.',
  'None of this is glamorous, and none of it is cheap. But it would cost less than the new routes, and it would do more for the people who already ' +
    'depend on the buses we have. The city does not need more promises. It needs to keep the ones it has already made.',
];
const busesStandfirst =
  'When a quarter of scheduled buses never turn up, riders stop planning around the network – and then stop riding it. Reliability should come ' +
  'before any new route';
const mostViewed = [
  'Heatwave warning issued for the north-east as temperatures set to pass 30C',
  'Council confirms closure of two swimming pools in budget shake-up',
  'The 20 best walks within an hour of the city – chosen by readers',
  'Man arrested after lorry crashes into canal bridge',
  'Why are so many young people leaving the city? We asked them',
];
const busesHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A bus timetable is a promise. Our city keeps breaking it | Imogen Darrow | The Northern Ledger</title>
<meta name="description" content="${busesStandfirst}">
<meta property="og:title" content="A bus timetable is a promise. Our city keeps breaking it | Imogen Darrow">
<meta property="article:section" content="Opinion"><meta name="author" content="Imogen Darrow">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"A bus timetable is a promise. Our city keeps breaking it",
"author":[{"@type":"Person","name":"Imogen Darrow"}],"datePublished":"2025-05-14T05:00:00.000Z"}]</script>
<script>window.guardian = {"config":{"page":{"contentType":"Article","section":"commentisfree","isPaidContent":false}}};</script>
<style>.dcr-1989ovb{font-family:GH Guardian Headline,serif}</style></head>
<body><a href="#maincontent" class="dcr-18hbtmo">Skip to main content</a><a href="#navigation" class="dcr-18hbtmo">Skip to navigation</a>
<div id="bannerandheader"><header data-component="header"><div class="dcr-1ywyqd9">
<a href="https://support.northernledger.com/subscribe" data-link-name="header : topbar : printsubs">Print subscriptions</a>
<a href="https://profile.northernledger.com/signin" data-link-name="header : topbar : signin">Sign in</a></div>
<div class="dcr-10tn8ei"><p class="dcr-1d5c6p3">Support the Ledger</p><p class="dcr-1r5wopu">Fund independent journalism with $5 per month</p>
<a href="https://support.northernledger.com/contribute" class="dcr-1ud3pqw">Support us</a></div>
<nav id="navigation" aria-label="Ledger sections" data-component="nav2"><ul class="dcr-11dl56p">
<li><a href="/uk">News</a></li><li><a href="/uk/commentisfree">Opinion</a></li><li><a href="/uk/sport">Sport</a></li>
<li><a href="/uk/culture">Culture</a></li><li><a href="/uk/lifeandstyle">Lifestyle</a></li></ul></nav></header></div>
<main data-layout="CommentLayout" id="maincontent"><article class="dcr-1uu9m9l">
<div data-gu-name="title"><div class="dcr-1yi1cnj"><a href="/uk/commentisfree" class="dcr-q9k9v1"><span>Opinion</span></a>
<a href="/uk/transport" class="dcr-ev1e4p"><span>Buses</span></a></div></div>
<div data-gu-name="headline"><h1 class="dcr-1ctd0ym">A bus timetable is a promise. Our city keeps breaking it</h1>
<address aria-label="Contributor info" data-component="meta-byline"><a rel="author" href="/profile/imogen-darrow">Imogen Darrow</a></address></div>
<div data-gu-name="standfirst"><div class="dcr-1whrqs1"><p>${busesStandfirst}</p></div></div>
<div data-gu-name="media"><figure><img alt="" src="https://i.northernledger.com/img/media/buses.jpg">
<figcaption class="dcr-xr8lh9"><span class="dcr-1sq3ir">Passengers wait at a stop on Harrowgate Road during the morning rush.</span>
<span class="dcr-1b0i4ol">Photograph: Leon Marsh/The Northern Ledger</span></figcaption></figure></div>
<div data-gu-name="meta"><details class="dcr-1ye8wac"><summary><span class="dcr-u0h1qy">Wed 14 May 2025 06.00 BST</span></summary>
<span class="dcr-u0h1qy">Last modified on Wed 14 May 2025 09.12 BST</span></details>
<div class="dcr-1d8q1oc"><button data-link-name="share-button">Share</button>
<a href="#comments" data-link-name="comment count">Comments (412)</a></div></div>
<div data-gu-name="body"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1g5o3j6">
${ps(buses.slice(0, 3), ' class="dcr-s3ycb2"')}
<figure data-spacefinder-role="inline"><div id="dfp-ad--inline1" class="ad-slot ad-slot--inline"><p class="ad-slot__label">Advertisement</p></div></figure>
${ps(buses.slice(3), ' class="dcr-s3ycb2"')}
<ul data-spacefinder-role="inline"><li class="dcr-jlwjvi">
<p class="dcr-s3ycb2"><em>Imogen Darrow is a former transport planner and writes about cities</em></p></li>
<li class="dcr-jlwjvi"><p class="dcr-s3ycb2"><em>Do you have an opinion on the issues raised in this article?
 If you would like to submit a response of up to 300 words by email to be considered for publication in our <a href="/tone/letters">letters</a> section, please
 <a href="/info/letters">click here</a>.</em></p></li></ul></div>
<div class="dcr-1u5sbh4" data-gu-name="epic"><h2>Every story the Ledger publishes is free to read.</h2>
<p>We have no shareholders and no billionaire owner. If you value this reporting, I hope you will consider supporting us today.</p>
<a href="https://support.northernledger.com/contribute">Support the Ledger</a></div>
<div class="dcr-1qh2sk5"><span>Explore more on these topics</span><ul><li><a href="/uk/public-transport">Public transport</a></li>
<li><a href="/uk/cities">Cities</a></li><li><a href="/uk/local-government">Local government</a></li></ul>
<button>Share</button><a href="https://syndication.northernledger.com/">Reuse this content</a></div></div></article>
<aside data-component="most-viewed"><h2 class="dcr-mhjq8u">Most viewed</h2><ol>
${mostViewed.map((h, i) => `<li><a href="/mv/${i}"><span class="dcr-counter">${i + 1}</span><span class="dcr-hed">${h}</span></a></li>`).join('\n')}
</ol></aside></main>
<footer data-component="footer"><ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li>
<li><a href="/info/privacy">Privacy policy</a></li></ul>
<small>© 2025 Northern Ledger Media Limited or its affiliated companies. All rights reserved.</small></footer></body></html>`;
const opinion: TestPage = {
  name: 'heldout6-opinion-column',
  kind: 'news',
  // gold: headline, standfirst (it is the dek), the column's paragraphs; the author note that
  // sits inside the article body is a byline, and the letters prompt next to it is furniture
  title: 'A bus timetable is a promise. Our city keeps breaking it',
  headings: [],
  body: [busesStandfirst, ...texts(buses)],
  bylines: [
    'Imogen Darrow',
    'Wed 14 May 2025 06.00 BST',
    'Last modified on Wed 14 May 2025 09.12 BST',
    'Imogen Darrow is a former transport planner and writes about cities',
  ],
  furniture: [
    'Skip to main content',
    'Skip to navigation',
    'Print subscriptions',
    'Sign in',
    'Support the Ledger',
    'Fund independent journalism with $5 per month',
    'Support us',
    'Buses',
    'Passengers wait at a stop on Harrowgate Road during the morning rush.',
    'Photograph: Leon Marsh/The Northern Ledger',
    'Comments (412)',
    'Advertisement',
    'Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email ' +
      'to be considered for publication in our letters section, please click here.',
    'Every story the Ledger publishes is free to read.',
    'We have no shareholders and no billionaire owner. If you value this reporting, I hope you will consider supporting us today.',
    'Explore more on these topics',
    'Public transport',
    'Local government',
    'Reuse this content',
    'Most viewed',
    ...mostViewed,
    'Privacy policy',
    '© 2025 Northern Ledger Media Limited or its affiliated companies. All rights reserved.',
  ],
  html: busesHtml,
};

export const HELDOUT6_A: readonly TestPage[] = [magazine, opinion];
