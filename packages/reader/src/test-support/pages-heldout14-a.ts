import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 14, file a: a public-radio story in the style of NPR (slug, audio player "Listen · 4:12" with download /
 * embed / transcript tools, "Heard on Morning Edition", photo with "hide caption" toggles, sponsor message and related-story
 * inset inside the story text, newsletter pitch, more stories) and an article on The Conversation (authors with their
 * universities, inline "Read more" promos, captions with credits, disclosure statement, partners, republish box).
 */
const nprTitle = 'An Iowa town’s empty grain elevator gets a second life as a climbing gym';
const nprOpen = [
  'For most of a century, the concrete grain elevator on the east edge of Corwith Falls, Iowa, was the tallest thing for twenty miles. ' +
    'Farmers hauled corn there every October, and kids dared each other to climb the service ladder at night.',
  'The co-op that ran it shut the elevator down in 2019, when a bigger terminal opened on the rail line forty minutes away. For four years the ' +
    'building just stood there.',
  'Now there are people on the outside of it again, on purpose.',
  '"We get asked constantly if this is legal," says Renata Voss, laughing, as she clips into a rope at the base of the north wall. "It is. We ' +
    'have the permits framed in the office."',
  'Voss grew up in Corwith Falls, left for college in Minneapolis and came back in 2021 to help run her family’s hardware store. She started ' +
    'climbing in the city and missed it. When the co-op put the elevator up for sale, she and two friends offered $38,000 and a promise to keep ' +
    'the structure standing.',
  'Structural engineers spent most of a year on the building before anyone was allowed to climb it. The concrete bins turned out to be in better ' +
    'shape than expected: poured in 1952, thick, and mostly dry inside.',
  'Inside, the old bins became bouldering caves and a tall lead-climbing shaft. Outside, the group bolted three routes up the sunny south face, ' +
    'which is open from May to October.',
];
const nprSub = '"People drive in from Des Moines"';
const nprRest = [
  'The gym opened last summer. Day passes cost $14, and the town council agreed to a ten-year lease on the gravel lot next door for parking.',
  'Voss says about a third of the members live within ten miles, but weekends are different. "People drive in from Des Moines, from Mason City, ' +
    'from Minnesota," she says. "And then they eat at the diner and buy gas. That part matters more than the climbing."',
  'Hal Brandvold, who farmed outside town for forty years and hauled his grain to the elevator, was skeptical. He came to the opening mostly, ' +
    'he says, to watch it fail.',
  '"I figured somebody would fall off the thing in the first week," he says. "Nobody has. My granddaughter goes twice a week now. So I guess I ' +
    'was wrong."',
  'Across the rural Midwest, hundreds of small elevators have gone quiet as grain handling consolidates. Most are torn down, though demolition ' +
    'can cost more than the land is worth, and some simply stand empty.',
  'Voss has started getting calls from other towns. She tells them the same thing: get an engineer in early, and talk to the neighbors before ' +
    'you talk to the bank.',
];
const nprNav = ['News', 'Culture', 'Music', 'Podcasts & Shows', 'Search', 'Newsletters', 'NPR Shop'];
const nprCaption = 'Renata Voss leads a route up the south face of the former co-op elevator in Corwith Falls, Iowa, in September.';
const nprMore = ['Why rural hardware stores are outlasting the big boxes', 'A Kansas library lends out fishing rods. Now it has a waitlist'];
const nprFoot = ['Overview', 'Diversity', 'Ethics', 'Finances', 'Public Editor', 'Corrections', 'Terms of Use', 'Privacy', 'Your Privacy Choices'];
const nprHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${nprTitle} : NPR</title>
<meta name="description" content="A co-op grain elevator that closed in 2019 now has climbers on its walls.">
<meta property="og:site_name" content="NPR"><meta property="og:type" content="article"><meta property="og:title" content="${nprTitle}">
<meta name="date" content="2024-03-19"><meta name="twitter:site" content="@NPR">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nprTitle}",
"author":{"@type":"Person","name":["Dana Whitcombe"]},"datePublished":"2024-03-19T05:01:00-04:00","publisher":{"@type":"Organization","name":"NPR"}}</script>
<script>var NPR = NPR || {}; NPR.serverVars = {"storyId":"1239021144","topics":["1003","1025"],"programId":"3","theme":"99"};</script>
<style>.audio-module-listen-duration{margin-left:.25em}.hide-caption{display:none}</style></head>
<body class="tmplStory id1239021144 hasAudio">
<div class="skip-links"><a href="#mainContent">Skip to main content</a><a href="#audio-player">Keyboard shortcuts for audio player</a></div>
<header class="npr-header" id="globalheader" role="banner"><div class="header-hd"><a class="npr-logo" href="/" aria-label="NPR homepage"></a>
<nav class="navigation"><ul class="menu">${links(nprNav, 'menu__item')}</ul></nav>
<div class="header-donate"><a href="/donations/support" class="header-donate__link">Donate</a></div>
<div class="header-live-radio"><button class="live-radio-button" aria-label="Open Live Radio Player">Live Radio</button></div></div></header>
<main id="mainContent"><section id="main-section"><article class="story">
<div id="story-meta" class="story-meta has-byline"><div class="story-meta__one"><div class="slug-wrap"><h3 class="slug">
<a href="/sections/national/">National</a></h3></div><div class="storytitle"><h1>${nprTitle}</h1></div></div>
<div class="story-meta__two"><div id="storybyline" class="storylocation linkLocation"><div class="byline-container--block">
<div class="byline byline--block"><div class="byline__name byline__name--block"><a href="/people/1180225/dana-whitcombe" rel="author">
Dana Whitcombe</a></div></div></div><div class="dateblock"><time datetime="2024-03-19T05:01:00-04:00"><span class="date">March 19, 2024</span>
<span class="time">5:01 AM ET</span></time></div>
<div class="share-tools share-tools--secondary" aria-label="Share"><ul><li><button class="share-tools__btn">Facebook</button></li>
<li><button class="share-tools__btn">Flipboard</button></li><li><button class="share-tools__btn">Email</button></li></ul></div></div></div></div>
<div class="program-block"><span class="program-block__label">Heard on <a href="/programs/morning-edition/">Morning Edition</a></span></div>
<div id="primaryaudio" class="storylocation"><div class="audio-module has-transcript" data-audio='{"duration":252,"hasTranscript":true}'>
<div class="audio-module-controls-wrap"><div class="audio-module-controls"><button class="audio-module-listen" id="audio-player">
<b class="audio-module-listen-inner"><b class="audio-module-listen-icon icn-play"></b><b class="audio-module-listen-text">
<b class="audio-module-cta">Listen</b><b class="audio-module-listen-duration"> · 4:12</b></b></b></button></div>
<div class="audio-module-tools"><ul class="audio-tool-list"><li class="audio-tool audio-tool-download">
<a href="https://ondemand.npr.example/npr/me/2024/03/20240319_me_elevator.mp3" download><b>Download</b></a></li>
<li class="audio-tool audio-tool-embed"><button><b>Embed</b></button></li>
<li class="audio-tool audio-tool-transcript"><a href="/transcripts/1239021144"><b>Transcript</b></a></li></ul></div></div></div></div>
<div id="storytext" class="storytext storylocation linkLocation">
<div id="resg-s1-50211" class="bucketwrap image large"><div class="imagewrap has-source-dimensions"><picture>
<img src="https://media.npr.example/assets/img/2024/03/18/elevator-climb_wide.jpg" alt="A climber on a concrete silo wall" loading="lazy"></picture></div>
<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>${nprCaption}
<b class="hide-caption"><b>hide caption</b></b></p><b class="toggle-caption"><b>toggle caption</b></b></div></div>
<span class="credit" aria-label="Image credit">Dana Whitcombe/KVRN</span></div></div>
${ps(nprOpen.slice(0, 4))}
<aside aria-label="advertisement" class="ad-wrap" id="ad-backstage-wrap"><div class="ad-config"><p class="left">Sponsor Message</p>
<div id="ad-backstage" class="ad-backstage" data-ad-size="300x250"></div></div></aside>
${ps(nprOpen.slice(4))}
<aside id="res1239018803" aria-label="related content" class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket img">
<div class="bucketblock"><h3 class="slug"><a href="/sections/business/">Business</a></h3>
<p class="title"><a href="/2023/11/02/1209933">As grain terminals get bigger, small-town elevators go dark</a></p></div></div></aside>
<h3>${nprSub}</h3>
${ps(nprRest)}
</div>
<aside class="newsletter-acquisition-link"><h3 class="newsletter-acquisition-link__title">Sign up for the Up First newsletter</h3>
<p>The news you need to start your day, in your inbox every weekday morning.</p>
<form class="newsletter-form"><input type="email" aria-label="Email address" placeholder="Email address"><button>Subscribe</button></form>
<p class="legal">See terms and privacy policy. This site is protected by reCAPTCHA.</p></aside></article>
<div id="end-of-story-recommendations-mount"><h3 class="related-stories__title">More Stories From NPR</h3><ul>
${nprMore.map((t) => `<li class="item"><div class="item-info"><h2 class="title"><a href="/2024/02/x">${t}</a></h2></div></li>`).join('\n')}
</ul></div></section></main>
<footer id="npr-footer" class="npr-footer"><nav><h3>About NPR</h3><ul>${links(nprFoot)}</ul></nav>
<p class="npr-footer__copyright">© 2024 npr</p></footer>
<script src="https://s.npr.example/templates/javascript/requirejs/require.js" data-main="main"></script>
</body></html>`;
const npr: TestPage = {
  html: nprHtml,
  name: 'heldout14-public-radio-story',
  kind: 'news',
  // hard calls: the story is the web text of a radio piece (no transcript on the page); the one h3 subhead inside the story
  // is a heading, the "National" slug above the h1 is furniture; reporter and date/time are bylines; the photo credit
  // "Dana Whitcombe/KVRN" is a credit (furniture) though it holds her name; the audio player, "Heard on Morning Edition",
  // the sponsor message and related-story inset inside #storytext, and the newsletter pitch are furniture
  title: nprTitle,
  headings: [nprSub],
  body: [...texts(nprOpen), ...texts(nprRest)],
  bylines: ['Dana Whitcombe', 'March 19, 2024', '5:01 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Keyboard shortcuts for audio player', ...nprNav, 'Donate', 'Live Radio', 'National', 'Facebook', 'Flipboard', 'Email',
    'Heard on Morning Edition', 'Listen · 4:12', 'Download', 'Embed', 'Transcript', nprCaption, 'hide caption', 'toggle caption',
    'Dana Whitcombe/KVRN', 'Sponsor Message', 'Business', 'As grain terminals get bigger, small-town elevators go dark',
    'Sign up for the Up First newsletter', 'The news you need to start your day, in your inbox every weekday morning.', 'Subscribe',
    'See terms and privacy policy. This site is protected by reCAPTCHA.', 'More Stories From NPR', ...nprMore, 'About NPR', ...nprFoot, '© 2024 npr',
  ],
};

const tcTitle = 'Short on sleep, teenagers misread faces – and that may explain more than moodiness';
const tcIntro = [
  'Ask any parent of a teenager about sleep and you will probably get a sigh. Adolescents go to bed later than children, wake earlier than their ' +
    'bodies would like because school starts early, and run up a sleep debt during the week that they try to repay at weekends.',
  'Most of the public conversation about this is about grades and attention. <a href="https://doi.example/10.1111/desc.13490">Our research</a> ' +
    'points to another cost that gets less notice: teenagers who are short of sleep become noticeably worse at reading other people’s faces.',
];
const tcMeasured = [
  'In a study published this month in the journal Developmental Science, my colleagues and I worked with 146 students aged 14 to 17 from four ' +
    'schools. Each took part in two sessions a week apart: once after a normal school night, and once after a night on which we asked them to go ' +
    'to bed two hours later than usual while keeping their usual alarm.',
  'In each session they saw several hundred photographs of faces showing anger, fear, sadness, happiness or no particular emotion, some at full ' +
    'strength and some blended subtly with a neutral expression. They had to say, as quickly as they could, which emotion they saw.',
  'After the short night, accuracy on the subtle faces fell by around 9%. The drop was not evenly spread. Students were most likely to misread ' +
    'neutral faces as <em>angry</em>, and sad faces as neutral.',
];
const tcMatters = [
  'Misreading a neutral face as hostile is a small error in a laboratory. In a corridor, a classroom or a family kitchen it can start an argument. ' +
    'Teenagers are already at a stage of life in which friendships are intensely important and easily bruised.',
  'We also found that students who reported the most weekday sleep loss over the previous month showed the largest drop, which hints that the ' +
    'effect builds up rather than resetting after one good night.',
];
const tcPromo = 'Read more: <a href="/why-teenagers-really-do-need-a-lie-in-2221">Why teenagers really do need a lie-in</a>';
const tcLimits = [
  'There are limits to what a study like this can show. Two nights is not a month, and we could not control what our participants did in the ' +
    'evenings. We also tested faces on a screen, which is not the same as reading a friend’s expression across a lunch table.',
];
const tcHelp = [
  'A number of school districts in the US and a handful of schools in the UK have moved their start times later, typically by 30 to 60 minutes. ' +
    'Evaluations have mostly looked at attendance and exam results, and those have generally been encouraging.',
  'Our findings suggest that schools trying these changes should also ask about the social side: fewer conflicts, fewer referrals for behaviour, ' +
    'students feeling better understood. Those are harder to measure than test scores, but they may be where a later start pays off most.',
  'For parents, the practical message is more modest. When a tired teenager reacts badly to something you said in a perfectly neutral tone, it ' +
    'may not be attitude. They may genuinely have seen something in your face that was not there.',
];
const tcCap1 = 'A late night can change what a teenager sees in a friend’s expression.';
const tcCap2 = 'Participants saw faces blended between a neutral expression and one of four emotions.';
const tcNav = ['Arts + Culture', 'Business + Economy', 'Education', 'Environment', 'Health', 'Politics + Society', 'Science + Technology'];
const tcTopics = ['Sleep', 'Adolescence', 'Emotions', 'School start times'];
const tcFoot = ['Who we are', 'Our charter', 'Our team', 'Partners and funders', 'Resource for media', 'Contact us', 'Privacy policy'];
const tcFig = (src: string, cap: string, credit: string): string =>
  `<figure class="align-center zoomable"><a href="https://images.theconversation.example/files/${src}" class="enlarge-link">` +
  `<img alt="" src="https://images.theconversation.example/files/${src}?w=754"></a><figcaption><span class="caption">${cap}</span>\n` +
  `<span class="attribution"><a class="source" href="https://stock.example/${src}">${credit}</a></span></figcaption></figure>`;
const tcHtml = `<!DOCTYPE html>
<html lang="en-GB" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${tcTitle}</title>
<meta name="description" content="A night two hours short made 14 to 17 year olds misread neutral faces as angry.">
<meta property="og:site_name" content="The Conversation"><meta property="og:type" content="article"><meta property="og:title" content="${tcTitle}">
<meta property="article:author" content="https://theconversation.example/profiles/ines-kowalczyk-1208834">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tcTitle}","datePublished":"2024-03-11T14:14:02Z",
"author":[{"@type":"Person","name":"Ines Kowalczyk","affiliation":"University of Eastmoor"}],
"license":"https://creativecommons.org/licenses/by-nd/4.0/"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleId":"224517","edition":"uk","sections":["health"]});</script></head>
<body class="articles show uk"><header id="site-header" class="global-header"><div class="branding"><a class="logo" href="/uk">The Conversation</a>
<p class="tagline">Academic rigour, journalistic flair</p></div><div class="edition-select"><button>Edition:</button> <span>United Kingdom</span></div>
<nav class="global-nav" aria-label="Sections"><ul>${links(tcNav, 'global-nav__item')}</ul></nav>
<a class="donate-button" href="/uk/donate">Donate</a><a class="newsletter-button" href="/uk/newsletters">Get newsletter</a></header>
<main id="main"><article class="hero-article" itemscope itemtype="http://schema.org/Article">
<header class="content-header"><div class="content-header-block"><h1 class="legacy entry-title instapaper_title" itemprop="name">
<strong>${tcTitle}</strong></h1></div>
<div class="content-authors-group"><ul class="authors"><li class="author"><a class="author-name" href="/profiles/ines-kowalczyk-1208834"
rel="author">Ines Kowalczyk</a>, <span class="role">University of Eastmoor</span></li><li class="author"><a class="author-name"
href="/profiles/tobias-renn-1305512" rel="author">Tobias Renn</a>, <span class="role">University of Eastmoor</span></li></ul></div>
<div class="timestamps"><time datetime="2024-03-11T14:14:02Z" itemprop="datePublished">Published: March 11, 2024 2:14pm GMT</time></div></header>
<div class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">
${tcFig('567120/original/file-20240308.jpg', tcCap1, 'Fizkes/Shutterstock')}
${ps(tcIntro)}
<h2>What we measured</h2>
${ps(tcMeasured)}
${tcFig('567121/original/file-20240308-faces.png', tcCap2, 'Kowalczyk et al., Developmental Science (2024)')}
<h2>Why it matters</h2>
${ps(tcMatters)}
<p><strong>${tcPromo}</strong></p>
${ps(tcLimits)}
<h2>What might help</h2>
${ps(tcHelp)}
</div>
<div class="topic-list-wrapper"><ul class="topic-list">${links(tcTopics, 'topic-list-item')}</ul></div>
<div class="republish-box"><h3>Republish this article</h3><p>Republish our articles for free, online or in print, under a Creative Commons licence.</p>
<button class="republish-trigger">Republish this article</button></div></article>
<aside class="content-sidebar"><div class="author-profiles"><h3>Authors</h3><p class="author-role"><a href="/profiles/ines-kowalczyk-1208834">Ines
Kowalczyk</a> Senior Lecturer in Developmental Psychology, University of Eastmoor</p><p class="author-role"><a href="/profiles/tobias-renn-1305512">
Tobias Renn</a> Research Fellow in Sleep Science, University of Eastmoor</p></div>
<div class="disclosure"><h3>Disclosure statement</h3><p>Ines Kowalczyk receives funding from the Economic and Social Research Council.</p>
<p>Tobias Renn does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.</p></div>
<div class="partners"><h3>Partners</h3><a href="/institutions/university-of-eastmoor"><img alt="University of Eastmoor" src="/logos/eastmoor.png"></a>
<p>University of Eastmoor provides funding as a member of The Conversation UK.</p><p><a href="/uk/partners">View all partners</a></p></div>
<div class="free-flow"><h3>We believe in the free flow of information</h3><p>Republish our articles for free, online or in print, under Creative Commons
licence.</p></div></aside></main>
<footer class="global-footer"><ul>${links(tcFoot)}</ul><p class="copyright">Copyright © 2010–2024, The Conversation Media Group Ltd</p></footer>
<script src="https://cdn.theconversation.example/assets/application.js" defer></script>
</body></html>`;
const conversation: TestPage = {
  html: tcHtml,
  name: 'heldout14-conversation-article',
  kind: 'news',
  // hard calls: author names are bylines and the university beside each is furniture (an affiliation, not article text);
  // the inline "Read more:" promo paragraph inside articleBody is furniture, not body; captions and credits, topics,
  // republish box, sidebar author roles, disclosure statement and partners are furniture (the disclosure is about the
  // authors, not the news, and would be noise in a summary)
  title: tcTitle,
  headings: ['What we measured', 'Why it matters', 'What might help'],
  body: [...texts(tcIntro), ...texts(tcMeasured), ...texts(tcMatters), ...texts(tcLimits), ...texts(tcHelp)],
  bylines: ['Ines Kowalczyk', 'Tobias Renn', 'Published: March 11, 2024 2:14pm GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Academic rigour, journalistic flair', 'Edition:', 'United Kingdom', ...tcNav, 'Donate', 'Get newsletter', 'University of Eastmoor', tcCap1, tcCap2,
    'Fizkes/Shutterstock', 'Kowalczyk et al., Developmental Science (2024)', texts([tcPromo])[0]!, ...tcTopics, 'Republish this article',
    'Republish our articles for free, online or in print, under a Creative Commons licence.', 'Authors',
    'Senior Lecturer in Developmental Psychology, University of Eastmoor', 'Research Fellow in Sleep Science, University of Eastmoor',
    'Disclosure statement', 'Ines Kowalczyk receives funding from the Economic and Social Research Council.',
    'Tobias Renn does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.',
    'Partners', 'University of Eastmoor provides funding as a member of The Conversation UK.', 'View all partners',
    'We believe in the free flow of information', 'Republish our articles for free, online or in print, under Creative Commons licence.', ...tcFoot,
    'Copyright © 2010–2024, The Conversation Media Group Ltd',
  ],
};

export const HELDOUT14_A: readonly TestPage[] = [npr, conversation];
