import { links } from './page-kit.js';

/**
 * Held-out batch 84, file c3: the texts and HTML of an NPR story page (invented reporter and facts): the global nav with the
 * station "Listen Live" button, the section slug, the primary audio module ("Listen · 4:12", Download, Embed with its
 * hidden embed box, Transcript), the byline, date block and "Heard on Morning Edition", an image bucket with caption,
 * "hide caption" / "toggle caption" and credit, the "Sponsor Message" ad, an inset related-story bucket, the newsletter
 * acquisition widget, "More Stories From NPR" and the footer's four link columns.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const nprTitle = 'A nurse on the phone: How one rural county cut its ER visits by a fifth';
export const nprP1 = paras(`
When Marjorie Tillotson’s blood sugar started climbing one night last spring, the nearest emergency room was 47 miles away. In
the past, she says, she would have had her son drive her there and spent the night in the waiting room.

Instead, she called a number printed on a magnet on her refrigerator. A nurse answered within two minutes.

“She asked me what I’d eaten, what I’d taken, how I felt,” Tillotson, 71, says from her kitchen in Cold Creek, a ranching town in
the high plains. “She stayed on the line while I checked it again. She told me what to do and she called me back at six in the
morning to make sure I was all right.”

The line Tillotson called is part of an experiment in Dawes River County, where there is no hospital and the one clinic closes
at 5 p.m. Since the county started paying for a round-the-clock nurse advice line two years ago, emergency room visits by
county residents have fallen by about 21%, according to figures from the regional hospital that receives most of them.
`);
export const nprP2 = paras(`
The idea is not new. Many insurers and large health systems run nurse lines. What is unusual is that this one is paid for by a
county of fewer than 6,000 people, staffed by nurses who live in the region, and connected directly to the local clinic’s
records.

“When our nurse picks up, she can see your medications and your last visit,” says Dr. Anil Raghunathan, the clinic’s medical
director. “That is the difference between a generic script and someone who actually knows your situation.”

The county pays about $310,000 a year for the service, roughly what it used to spend on ambulance transfers for patients who
turned out not to need emergency care. Commissioners renewed the contract last month by a unanimous vote.
`);
export const nprP3 = paras(`
Not every call ends at home. Nurses on the line sent about one caller in eight straight to the emergency room, and dispatched
an ambulance in the most serious cases. Raghunathan says that is the point.

“We are not trying to keep people out of the ER,” he says. “We are trying to get the right people there, and the rest of them a
good night’s sleep.”

Health policy researchers say the results are encouraging but caution against reading too much into two years of data from one
small county. Kiera Boateng, who studies rural health care at a state university, says programs like this often depend on a few
committed people.

“The question is whether it survives the nurse who set it up retiring, or the commissioner who championed it losing an
election,” she says. “That is where a lot of good rural programs die.”

For now, Tillotson is keeping the magnet where it is. “I hope I don’t need it,” she says. “But I like knowing it’s there.”
`);
export const nprNav = ['Home', 'News', 'Culture', 'Music', 'Podcasts & Shows', 'Search', 'Newsletters', 'NPR Shop'];
export const nprAudio = ['Listen', '4:12', 'Toggle more options', 'Download', 'Embed', 'Transcript'];
export const nprCaption = 'Marjorie Tillotson at home in Cold Creek. The number for the county’s nurse line is on a magnet on her refrigerator.';
export const nprCredit = 'Ella Moravec/NPR';
export const nprInset = 'Rural hospitals are closing their maternity wards. Here’s what happens next';
export const nprNews = [
  'Sign up for the Shots newsletter',
  'Get the latest health news and research, delivered to your inbox every week.',
  'Email address',
  'See more newsletters',
];
export const nprMore = [
  'Why doctors are prescribing walks in the park',
  'A new blood test for Alzheimer’s is coming. Here’s what to know',
  'Measles cases climb in three states as vaccination rates slip',
  'Meet the pharmacists who now write prescriptions',
];
export const nprFootCols: [string, string[]][] = [
  ['Read & Listen', ['Home', 'News', 'Culture', 'Music', 'Podcasts & Shows']],
  ['Connect', ['Newsletters', 'Facebook', 'Instagram', 'Press', 'Public Editor', 'Corrections', 'Contact & Help']],
  ['About NPR', ['Overview', 'Diversity', 'NPR Network', 'Accessibility', 'Ethics', 'Finances']],
  ['Get Involved', ['Support Public Radio', 'Sponsor NPR', 'NPR Careers', 'NPR Shop', 'NPR Events', 'NPR Extra']],
];
export const nprLegal = ['Terms of Use', 'Privacy', 'Your Privacy Choices', 'Text Only'];

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');

export const nprHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8">
<title>Rural county nurse advice line cuts emergency room visits : Shots - Health News : NPR</title>
<meta name="description" content="A county with no hospital pays for a round-the-clock nurse advice line. ER visits have fallen by about a fifth.">
<meta property="og:title" content="${nprTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="NPR">
<meta name="npr-pjax" content="true"><link rel="canonical" href="https://www.npr.org/sections/shots-health-news/2025/11/12/nx-s1-5601847/rural-nurse-line">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nprTitle}","datePublished":"2025-11-12T05:04:00-05:00",
"author":{"@type":"Person","name":["Ella Moravec"]},"publisher":{"@type":"Organization","name":"NPR"},"mainEntityOfPage":{"@type":"WebPage"}}</script>
<script>var NPR = NPR || {}; NPR.ServerConstants = {"storyId":"nx-s1-5601847","storyTitle":"rural-nurse-line","programId":"3"};</script>
<link rel="stylesheet" href="https://static-assets.npr.example/static/css/build/app.min.css"></head>
<body class="story tmplMain tmplMainStory useFilledIcons"><div id="skip-links"><a href="#mainContent">Skip to main content</a></div>
<header id="globalheader" class="globalheader"><nav class="navigation" aria-label="main navigation"><div class="navigation__top-level-wrap">
<a class="navigation__logo" href="/" aria-label="NPR logo"><img src="https://static-assets.npr.example/static/images/npr-logo.svg" alt="NPR logo"></a>
<ul class="navigation__top-level">${links(nprNav, 'navigation__top-level-item')}</ul></div>
<div class="navigation__station"><button class="header-live-button" type="button"><span class="live-button__label">Listen Live</span></button>
<a class="header-donate" href="/donations/support">Donate</a></div></nav></header>
<main id="mainContent"><section id="main-section"><article class="story">
<div class="story-meta has-slug"><div class="slug-wrap"><h3 class="slug"><a href="/sections/shots-health-news/">Shots - Health News</a></h3></div>
<div class="storytitle"><h1>${nprTitle}</h1></div></div>
<div id="primaryaudio" class="storylocation"><div class="audio-module" data-audio='{"title":"Rural county nurse line","duration":252}'>
<div class="audio-module-controls-wrap"><button class="audio-module-listen" data-metrics='{"action":"Click Listen"}'><b class="audio-module-listen-inner">
<b class="audio-module-listen-icon icn-play"></b><b class="audio-module-listen-text"><b class="audio-module-cta">${nprAudio[0]}</b> ·
<b class="audio-module-listen-duration">${nprAudio[1]}</b></b></b></button><div class="audio-module-tools">
<button class="audio-module-more-toggle"><b>${nprAudio[2]}</b></button><ul class="audio-module-more-tools">
<li class="audio-tool audio-tool-download"><a href="https://ondemand.npr.example/anon.npr-mp3/npr/me/2025/11/20251112_me_nurse.mp3">${nprAudio[3]}</a></li>
<li class="audio-tool audio-tool-embed"><button>${nprAudio[4]}</button></li>
<li class="audio-tool audio-tool-transcript"><a href="https://www.npr.org/transcripts/nx-s1-5601847">${nprAudio[5]}</a></li></ul></div>
<div class="audio-module-embed-box"><b class="embed-close">Close</b><b class="embed-label">Embed</b><b class="embed-url"><input readonly
value="&lt;iframe src=&quot;https://www.npr.org/player/embed/nx-s1-5601847/nx-s1-9-me&quot;&gt;"></b></div></div></div></div>
<div class="story-meta__two"><div class="bucketwrap byline-container"><div class="byline byline--block"><p class="byline__name byline__name--block">
<a href="https://www.npr.org/people/348871/ella-moravec" rel="author">Ella Moravec</a></p></div></div>
<div class="dateblock"><time datetime="2025-11-12T05:04:00-05:00"><span class="date">November 12, 2025</span><span class="time">5:04 AM ET</span></time></div>
<div class="heard-on-program">Heard on <a href="/programs/morning-edition/">Morning Edition</a></div></div>
<div class="bucketwrap image large" id="resg-s1-1102"><div class="imagewrap has-source-dimensions"><picture><img
src="https://npr.brightspotcdn.example/dims3/tillotson.jpg"
alt="Marjorie Tillotson at home"></picture></div><div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption">
<p>${nprCaption}<b class="hide-caption"><b>hide caption</b></b></p></div><b class="toggle-caption"><b>toggle caption</b></b></div>
<span class="credit" aria-label="Image credit">${nprCredit}</span></div></div>
<div id="storytext" class="storytext storylocation linkLocation">
${ps(nprP1)}
<aside id="ad-backstage-wrap" aria-label="advertisement"><div id="ad-backstage-Story_Backstage"><div class="ad-wrap"><p class="left">Sponsor Message</p>
<div id="ad-backstage"></div><a class="become-sponsor" href="https://www.nationalpublicmedia.example/">Become an NPR sponsor</a></div></div></aside>
${ps(nprP2)}
<div class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket img"><a id="featuredStackSquareImage"
href="/sections/health/2025/10/maternity">
<img src="https://npr.brightspotcdn.example/dims3/maternity.jpg" alt=""></a><div class="bucketblock"><h3 class="slug"><a
href="/sections/health/">Health</a></h3>
<p class="title"><a href="/sections/health/2025/10/maternity">${nprInset}</a></p></div></div></div>
${ps(nprP3)}
<aside class="bucketwrap newsletter-acquisition-widget" aria-label="Newsletter signup"><h3 class="newsletter-acquisition__title">${nprNews[0]}</h3>
<p>${nprNews[1]}</p><form><label for="nl-email">${nprNews[2]}</label><input id="nl-email" type="email"><button type="submit">Subscribe</button></form>
<a href="/newsletters/">${nprNews[3]}</a></aside>
</div>
<div class="share-tools share-tools--secondary"><ul><li><button>Facebook</button></li><li><button>Flipboard</button></li>
<li><button>Email</button></li></ul></div>
</article>
<aside class="more-stories"><h2 class="rightrail-title">More Stories From NPR</h2><ul>${nprMore
  .map((t, i) => `<li class="item"><h3 class="slug">Health</h3><h2 class="title"><a href="/sections/health/more-${i}">${t}</a></h2></li>`)
  .join('\n')}</ul></aside></section></main>
<footer id="npr-footer" class="npr-footer"><div class="npr-footer__columns">${nprFootCols
  .map(([h, items]) => `<div class="npr-footer__column"><h3 class="npr-footer__header">${h}</h3><ul>${links(items, 'npr-footer__item')}</ul></div>`)
  .join('\n')}</div><ul class="npr-footer__legal">${links(nprLegal)}</ul><p class="npr-footer__copyright">© 2025 npr</p></footer>
<script src="https://static-assets.npr.example/static/javascript/build/app.min.js" defer></script></body></html>`;
