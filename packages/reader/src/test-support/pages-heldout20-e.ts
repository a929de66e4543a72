import { links, type TestPage, texts } from './page-kit.js';
import { foxNews } from './pages-heldout20-e2.js';

/**
 * Held-out batch 20, file e: an NPR story page (the global header with "Donate" and the station picker, the section slug,
 * the story title, the audio module with "Listen", duration, "Playlist", "Download", "Embed" and "Transcript" controls and
 * the "Heard on Morning Edition" box, byline with station, the dateblock, a bucketwrap image with "hide caption" / "toggle
 * caption" and credit, the storytext with an h3 subhead and "Sponsor Message" slots, the transcript section with speaker
 * labels and the transcript disclaimer note, tags, the "More Stories From NPR" and "Popular on NPR.org" lists, the newsletter
 * promo and the footer). The Fox-style story of this file is in pages-heldout20-e2.ts.
 */
const npTitle = 'On a tiny Maine island, a one-room school fights to keep its last five students';
const npStory1 = [
  "The school bell on Ledgemere Island is an old brass hand bell, and on most mornings it is rung by whichever of the school's five " +
    'students reaches the door first.',
  'The island, 9 miles off the coast of Maine and reached by a ferry that runs four times a week in winter, has about 60 year-round ' +
    'residents. Its one-room school, which teaches kindergarten through eighth grade, is the smallest in the state.',
  'Teacher Molly Brannigan has taught there for nine years. When she arrived, she had 14 students. Next fall, after two eighth graders ' +
    'leave for high school on the mainland, she expects to have three.',
  '"We do everything together," Brannigan said. "The big kids read to the little kids, and the little kids keep the big kids honest."',
  'Island schools like this one have been closing along the Maine coast for a century, as fishing jobs disappeared and housing prices ' +
    'rose. Once a school closes, residents say, young families rarely come back, and an island can go from a working community to a ' +
    'summer colony within a generation.',
];
const npH = 'A house, rent free';
const npStory2 = [
  "To keep its school open, the island's town meeting voted in March to offer a renovated three-bedroom house, rent free for five " +
    'years, to a family with at least two school-age children who will live on the island year round.',
  "More than 60 families from 19 states have applied. The town's selectboard will interview finalists in January, said selectwoman Joan " +
    'Pettigrew, whose own children went through the school in the 1990s.',
  '"We\'re not looking for people who love the idea of an island," Pettigrew said. "We\'re looking for people who will still love it in ' +
    'February when the ferry doesn\'t come for a week."',
  "The state pays most of the school's costs through a formula meant to protect isolated schools, but that money depends on enrollment " +
    'staying above three students. Brannigan said she tries not to think about the number.',
  '"I just teach the kids who are here," she said. "That\'s all you can do."',
];
const npTranscriptH = 'Transcript';
const npTranscript = [
  'DANIELLE ROSS, HOST:',
  'Off the coast of Maine, a handful of islands still have their own schools. On one of them, the whole student body would fit around a ' +
    "kitchen table. Maine Public's Ruthanne Cole took the ferry out.",
  "RUTHANNE COLE, BYLINE: It's 7:45 in the morning, and the only traffic on the island's one road is a pickup truck and a kid on a bike. " +
    'Inside the schoolhouse, teacher Molly Brannigan is handing out spelling lists.',
  'MOLLY BRANNIGAN: We do everything together. The big kids read to the little kids, and the little kids keep the big kids honest.',
  'COLE: When Brannigan started here nine years ago, she had 14 students. Now there are five, and two of them leave for the mainland next year.',
  "BRANNIGAN: If the school closes, the young families go. And if the young families go, there's no island. It's that simple.",
  "COLE: So the town is offering a free house to a family with school-age kids. More than 60 families have applied. For NPR News, I'm " +
    'Ruthanne Cole on Ledgemere Island, Maine.',
];
const npNote =
  'NPR transcripts are produced on a tight deadline and may not be in their final form. The text may be revised as the audio is ' +
  "updated, and the audio record is the authoritative version of NPR's programming.";
const npCopy = 'Copyright © 2025 NPR. All rights reserved. See our terms of use and permissions pages at www.npr.example for more.';
const npCap = 'Molly Brannigan teaches a reading lesson to three of her five students at the Ledgemere Island School.';
const npCredit = 'Jonah Pell/Maine Public';
const npNav = ['News', 'Culture', 'Music', 'Podcasts & Shows', 'Search', 'Newsletters', 'NPR Shop'];
const npTags = ['Maine', 'schools', 'islands', 'rural America'];
const npMore = [
  "A Vermont town bought its own general store. Five years later, it's still open",
  'Why ferry workers are so hard to hire, and what that means for islands',
  'The last lighthouse keepers on the Great Lakes',
];
const npPopular = ['How to stay warm without turning up the heat', 'A 94-year-old marathoner on the one habit she never skips'];
const npFoot = [
  'Home',
  'News',
  'Culture',
  'Music',
  'Podcasts & Shows',
  'About NPR',
  'Diversity',
  'Support',
  'Careers',
  'Press',
  'Ethics',
  'Terms of Use',
  'Privacy',
  'Your Privacy Choices',
  'Text Only',
];
const npSponsor =
  '<aside class="ad-wrap" aria-label="advertisement"><div class="ad-config"><p class="left">Sponsor Message</p></div><div id="ad-1"></div></aside>';
const npP = (t: string): string => `<p>${t}</p>`;
const npHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${npTitle} : NPR</title>
<meta name="description" content="Ledgemere Island's school has five students. The town is offering a free house to keep it open.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${npTitle}","publisher":{"@type":"Organization",
"name":"NPR"},"author":{"@type":"Person","name":"Ruthanne Cole"},"datePublished":"2025-11-12T05:00:00-05:00"}</script>
<script>var NPR=NPR||{};NPR.serverVars={"storyId":"nx-s1-5618834","topics":["1013"],"programId":"3"};</script></head>
<body class="news"><a class="skip-link" href="#mainContent">Skip to main content</a><header id="globalheader" class="globalheader">
<a class="npr-logo" href="/">NPR</a><nav class="global-navigation" aria-label="Main"><ul>${links(npNav, 'navitem')}</ul></nav>
<div class="header-station"><button class="station-picker">Maine Public</button></div><a class="donate-link" href="/donations/support">Donate</a>
<a class="signin" href="/account/signin">Sign In</a></header>
<main><section id="mainContent"><article class="story" id="story-nx-s1-5618834"><div class="story-layout"><div class="storytitle">
<div class="slug-wrap"><h3 class="slug"><a href="/sections/education/">Education</a></h3></div><h1>${npTitle}</h1></div>
<div id="primaryaudio" class="story-audio"><div class="audio-module" data-audio-metadata="{&quot;duration&quot;:278}"><div class="audio-module-controls-wrap">
<button class="audio-module-listen"><b class="audio-module-listen-inner"><b class="audio-module-listen-icon icn-play"></b><b class="audio-module-listen-text">
<b class="audio-module-cta">Listen</b> <b class="audio-module-listen-duration">· 4:38</b></b></b></button>
<span class="audio-module-listen-duration-text">4-Minute Listen</span><button class="audio-module-queue"><b class="icn-playlist"></b>
<b class="audio-module-queue-text">Playlist</b></button></div><div class="audio-module-tools"><ul class="audio-tool-list">
<li class="audio-tool audio-tool-download"><a href="https://ondemand.npr.example/anon.npr-mp3/npr/me/2025/11/20251112_me_maine.mp3">Download</a></li>
<li class="audio-tool audio-tool-embed"><button>Embed</button></li><li class="audio-tool audio-tool-transcript">
<a href="https://www.npr.example/transcripts/nx-s1-5618834">Transcript</a></li></ul></div></div>
<div class="program-block"><p>Heard on <a href="/programs/morning-edition/">Morning Edition</a></p></div></div>
<div id="story-meta" class="story-meta has-byline"><div class="story-meta__one"><div class="byline-container--block"><div class="byline byline--block">
<p class="byline__name byline__name--block"><a href="/people/nx-s1-2281/ruthanne-cole" rel="author">Ruthanne Cole</a></p>
<p class="byline__name byline__name--block byline-station">Maine Public</p></div></div></div>
<div class="story-meta__two"><div class="dateblock"><time datetime="2025-11-12T05:00:00-05:00"><span class="date">November 12, 2025</span><span
class="time">5:00 AM ET</span></time></div></div></div>
<div id="storytext" class="storytext storylocation linkLocation"><div id="res1" class="bucketwrap image large"><div class="imagewrap has-source-dimensions">
<img src="https://npr.brightspotcdn.example/dims3/default/resize/1100/ledgemere-school.jpg" alt="A teacher reads with three children at a table."
loading="lazy"></div><div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>${npCap}</p></div></div>
<span class="credit" aria-label="Image credit">${npCredit}</span></div><div class="enlarge_measure"><b class="toggle-caption"><b class="icn-caption">
</b><b class="hide-caption">hide caption</b></b><b class="show-caption">toggle caption</b></div></div>
${npStory1.slice(0, 3).map(npP).join('\n')}
${npSponsor}
${npStory1.slice(3).map(npP).join('\n')}
<h3 class="edTag">${npH}</h3>
${npStory2.slice(0, 3).map(npP).join('\n')}
${npSponsor}
${npStory2.slice(3).map(npP).join('\n')}
</div>
<div class="transcript storytext"><h3 class="transcript-title">${npTranscriptH}</h3>
${npTranscript.map(npP).join('\n')}
<p class="disclaimer">${npNote}</p><p class="disclaimer">${npCopy}</p></div>
<div class="tags"><ul>${links(npTags, 'tag')}</ul></div>
<aside id="newsletter-acquisition-callout" class="newsletter-acquisition-callout"><h3>The NPR Morning Brief</h3>
<p>The news you need to start your day, written for people who are too busy to read everything.</p><input type="email" placeholder="Email address">
<button>Subscribe</button><p class="legal">See more subscription options. By subscribing, you acknowledge and agree to NPR's Terms of Use.</p></aside>
</div></article>
<aside class="related"><h3>More Stories From NPR</h3><ul>${links(npMore, 'item')}</ul></aside>
<aside class="popular"><h3>Popular on NPR.org</h3><ol>${links(npPopular, 'item')}</ol></aside></section></main>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>NPR's sites use cookies and similar tools to improve your experience
and to measure how our content is used.</p><button>Accept</button><button>Your Choices</button></div>
<footer id="npr-footer"><ul>${links(npFoot, 'footer-item')}</ul><p class="copyright">© 2025 npr</p></footer></body></html>`;
const npr: TestPage = {
  html: npHtml,
  name: 'heldout20-npr-story-audio',
  kind: 'news',
  // the web story and the broadcast transcript below it are both the story's text: body (their h3s "A house, rent free" and
  // "Transcript" are the headings), the transcript's speaker labels stay in their lines; the transcript disclaimer note and
  // the copyright line after it are furniture; "Ruthanne Cole", her station line "Maine Public" and the date and time are
  // bylines; the audio module ("Listen", duration, "Playlist", "Download", "Embed", its "Transcript" link), "Heard on Morning
  // Edition", the section slug, the caption with "hide caption"/"toggle caption" and credit, "Sponsor Message" (twice, once),
  // tags, the newsletter promo, both lists, the cookie banner, header, nav and footer are furniture; the audio "Transcript"
  // link is the transcript heading's word and the station picker repeats the byline station: neither listed as furniture
  title: npTitle,
  headings: [npH, npTranscriptH],
  body: [...texts(npStory1), ...texts(npStory2), ...npTranscript],
  bylines: ['Ruthanne Cole', 'Maine Public', 'November 12, 2025', '5:00 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'NPR', ...npNav, 'Donate', 'Sign In', 'Education', 'Listen', '· 4:38', '4-Minute Listen', 'Playlist', 'Download',
    'Embed', 'Heard on Morning Edition', npCap, npCredit, 'hide caption', 'toggle caption', 'Sponsor Message', npNote, npCopy, ...npTags,
    'The NPR Morning Brief', 'The news you need to start your day, written for people who are too busy to read everything.',
    'Subscribe', 'See more subscription options. By subscribing, you acknowledge and agree to NPR\'s Terms of Use.', 'More Stories From NPR',
    ...npMore, 'Popular on NPR.org', ...npPopular,
    'NPR\'s sites use cookies and similar tools to improve your experience and to measure how our content is used.', 'Accept', 'Your Choices',
    ...npFoot, '© 2025 npr',
  ],
};

export const HELDOUT20_E: readonly TestPage[] = [npr, foxNews];
